import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('@colophon/render-html', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'colophonRehype',
      'faceRule',
      'families',
      'fontFacesFor',
      'fontFilesFor',
      'inTypeface',
      'isLongNote',
      'isNoteId',
      'noteId',
      'noteLength',
      'referenceId',
      'referencedNote',
      'renderHtml',
      'toHast',
      'wordsFor'
    ])
  })
})
