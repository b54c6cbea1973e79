// The one helper that makes messages, and the one order they are reported in.
import { describe, expect, it } from 'vitest'
import { copyMessage, diagnostic, report, rules, severityOf, sortMessages } from '../src/index.js'

describe('diagnostic', () => {
  it('sets the rule id, the source, the url and the rule’s default severity', () => {
    const message = diagnostic('note-defined', 'Note `2` has no body', {
      place: { line: 3, column: 11 },
      file: 'book.txt'
    })
    expect(message.ruleId).toBe('note-defined')
    expect(message.source).toBe('colophon')
    expect(message.url).toBe(rules['note-defined'].url)
    expect(message.url).toMatch(/^https:\/\/.+#rules$/)
    expect(message.file).toBe('book.txt')
    expect([message.line, message.column]).toEqual([3, 11])
    expect(severityOf(message)).toBe('error')
    expect(severityOf(diagnostic('note-defined', 'x', { severity: 'info' }))).toBe('info')
  })

  it('refuses an id the registry does not have: at compile time, and at run time', () => {
    // @ts-expect-error: not a registered rule id.
    expect(() => diagnostic('note-undefined', 'x')).toThrow(/Unexpected rule id `note-undefined`/)
  })

  it('adds a message to a file, naming its path', () => {
    const file = { path: 'book.txt', messages: [] }
    const message = report(file, 'text-empty', 'Manuscript is empty')
    expect(file.messages).toEqual([message])
    expect(message.file).toBe('book.txt')
  })

  it('copies a message so that the copy can change alone', () => {
    const message = diagnostic('note-used', 'Note `6` is never referenced', { file: 'a.txt' })
    const copy = copyMessage(message)
    copy.fatal = true
    expect(copy).toBeInstanceOf(Error)
    expect([copy.reason, copy.ruleId, copy.url]).toEqual([message.reason, 'note-used', message.url])
    expect(severityOf(message)).toBe('warning')
  })
})

describe('sortMessages', () => {
  it('puts the first file first, then the others by path; in each, by place and severity', () => {
    const at = (file: string, line: number, id: 'note-used' | 'note-defined') =>
      diagnostic(id, `${file}:${line}`, { file, place: { line, column: 1 } })
    const sorted = sortMessages(
      [
        at('b.txt', 2, 'note-used'),
        at('notes.txt', 1, 'note-used'),
        at('b.txt', 2, 'note-defined'),
        at('a.txt', 9, 'note-used'),
        diagnostic('text-empty', 'b.txt', { file: 'b.txt' })
      ],
      'b.txt'
    )
    expect(sorted.map((message) => `${message.reason} ${message.ruleId}`)).toEqual([
      'b.txt text-empty',
      'b.txt:2 note-defined',
      'b.txt:2 note-used',
      'a.txt:9 note-used',
      'notes.txt:1 note-used'
    ])
  })
})
