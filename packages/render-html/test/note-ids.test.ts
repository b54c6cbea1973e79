// The id scheme of notes and their references, which the PDF and EPUB renderers read.
import { describe, expect, it } from 'vitest'
import { isNoteId, noteId, referencedNote, referenceId } from '../src/index.js'

describe('note ids', () => {
  it('names a note, its references, and tells a note’s id from a reference’s', () => {
    expect(noteId('c2-n7')).toBe('fn-c2-n7')
    expect(referenceId('n7', 1)).toBe('fnref-n7')
    expect(referenceId('n7', 2)).toBe('fnref-n7-2')
    expect(referencedNote(referenceId('n7', 1))).toBe('n7')
    expect(isNoteId(noteId('n7'))).toBe(true)
    expect(isNoteId(referenceId('n7', 1))).toBe(false)
    expect(isNoteId(noteId(''))).toBe(false)
    expect(isNoteId('p12')).toBe(false)
  })
})
