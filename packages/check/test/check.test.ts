// `check` itself: options, severities, the parser's messages, and the numbering rule's
// resynchronisation, on small texts.
import { parse } from '@colophon/parser'
import type { RuleSettings, Settings } from '@colophon/schema'
import { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { check } from '../src/index.js'
import { severityOf } from '../src/severity.js'
import { show } from './helpers.js'

const absent: Settings = { notes: { bodies: 'absent' } }

function run(text: string, settings: Settings = absent, rules: RuleSettings = {}) {
  const { tree, messages } = parse(text, { path: 'book.txt', settings })
  return check(tree, { messages, settings, rules })
}

/** The messages of one rule, as `line:column severity reason`. */
function only(ruleId: string, messages: VFileMessage[]): string[] {
  return messages.filter((m) => m.ruleId === ruleId).map((m) => show(m).replace(` ${ruleId}`, ''))
}

/** A sentence per number, each ending with its glued marker. */
function numbered(numbers: number[]): string {
  return `${numbers.map((n) => `Claim.${n}`).join(' ')}\n`
}

/** The numbers the `note-sequence` messages are at, in order. */
function faults(numbers: number[], settings: Settings = absent): string[] {
  const text = numbered(numbers)
  return run(text, settings)
    .filter((m) => m.ruleId === 'note-sequence')
    .map((m) => `${m.actual}→${m.expected?.join('|')}`)
}

describe('check', () => {
  it('returns messages with rule id, source, file and place', () => {
    const text = numbered([1, 3])
    const [message] = run(text, absent, { 'notes-absent': 'off' })
    const offset = text.indexOf('.3') + 1
    expect(message).toBeInstanceOf(VFileMessage)
    expect(message?.ruleId).toBe('note-sequence')
    expect(message?.source).toBe('colophon')
    expect(message?.file).toBe('book.txt')
    expect(message?.place).toEqual({
      start: { line: 1, column: offset + 1, offset },
      end: { line: 1, column: offset + 2, offset: offset + 1 }
    })
    expect(message?.actual).toBe('3')
    expect(message?.expected).toEqual(['2'])
  })

  it('throws on misuse: an unknown rule, a bad level, invalid settings', () => {
    const { tree } = parse('Text.\n')
    expect(() => check(tree, { rules: { 'note-sequense': 'off' } as RuleSettings })).toThrow(
      /unknown rule `note-sequense`/
    )
    expect(() => check(tree, { rules: { 'note-sequence': 'warning' } as never })).toThrow(
      /cannot be `warning`/
    )
    expect(() => check(tree, { settings: { titel: 'x' } as Settings })).toThrow(TypeError)
  })

  it('checks only the parser’s messages when there is no tree', () => {
    const { tree, messages } = parse(new Uint8Array([0x66, 0xff, 0x0a]))
    expect(tree).toBeUndefined()
    expect(check(undefined, { messages }).map((m) => m.ruleId)).toEqual(['encoding-invalid'])
    expect(check(undefined, { messages, rules: { 'encoding-invalid': 'warn' } })).toHaveLength(1)
    expect(check(undefined, { messages, rules: { 'encoding-invalid': 'off' } })).toEqual([])
  })

  it('applies levels from the settings, overridden by the options', () => {
    const text = numbered([1, 3])
    const levels = (settings: Settings, rules: RuleSettings = {}) =>
      run(text, settings, rules).map((m) => `${m.ruleId} ${severityOf(m)}`)
    expect(levels(absent)).toEqual(['notes-absent info', 'note-sequence error'])
    expect(levels({ ...absent, rules: { 'note-sequence': 'warn' } })).toEqual([
      'notes-absent info',
      'note-sequence warning'
    ])
    expect(
      levels({ ...absent, rules: { 'note-sequence': 'warn' } }, { 'note-sequence': 'off' })
    ).toEqual(['notes-absent info'])
    expect(levels({}, { 'notes-absent': 'warn' })).toEqual([
      'notes-absent warning',
      'note-sequence error'
    ])
  })

  it('passes the parser’s messages through with their severity, and leaves them alone', () => {
    const { tree, messages } = parse('It ended in March 1933.1\n', { settings: absent })
    const before = messages.map(String)
    const result = check(tree, {
      messages,
      settings: absent,
      rules: { 'marker-ambiguous': 'warn' }
    })
    const ambiguous = result.filter((m) => m.ruleId === 'marker-ambiguous')
    expect(ambiguous).toHaveLength(1)
    expect(severityOf(ambiguous[0] as VFileMessage)).toBe('warning')
    expect(messages.map(String)).toEqual(before)
    expect(messages[0]?.fatal).toBeUndefined()
  })

  it('reports a guess recorded in the tree once, whether or not the parser’s messages are given', () => {
    const { tree, messages } = parse('It ended in March 1933.1\n', { settings: absent })
    const withMessages = check(tree, { messages, settings: absent })
    const without = check(tree, { settings: absent })
    expect(only('marker-ambiguous', withMessages)).toEqual(only('marker-ambiguous', without))
    expect(only('marker-ambiguous', without)).toHaveLength(1)
  })

  it('reports a marker glued to a word once, as `marker-punctuation` unless that is off', () => {
    const text = 'It was fifty cubits1 long.\n'
    // At one place, a warning before info; two of one severity by rule id (vfile-sort's order).
    expect(run(text).map((m) => m.ruleId)).toEqual(['marker-punctuation', 'notes-absent'])
    expect(run(text, absent, { 'marker-punctuation': 'off' }).map((m) => m.ruleId)).toEqual([
      'marker-ambiguous',
      'notes-absent'
    ])
  })

  it('sorts messages by place', () => {
    const messages = run('One.1 Two.3\n\nThree.2 “Four.”\n', {})
    const places = messages.map((m) => [m.line ?? 0, m.column ?? 0] as const)
    expect(places).toEqual([...places].sort((a, b) => a[0] - b[0] || a[1] - b[1]))
  })
})

describe('notes-absent and note-defined', () => {
  it('reports a manuscript without any note body once, as an error unless declared', () => {
    const text = numbered([1, 2, 3])
    expect(only('notes-absent', run(text, {}))).toEqual([
      '1:7 error `3` note references, no note bodies; add the notes (a closing `Notes` section, or a file named by `notes.file`) or declare `notes.bodies: absent` in the settings'
    ])
    expect(only('notes-absent', run(text))).toEqual([
      '1:7 info `3` note references, no note bodies, as the settings declare (`notes.bodies: absent`); the edition shows every note as missing'
    ])
    expect(only('note-defined', run(text, {}))).toEqual([])
  })

  it('reports each missing body once, at its first reference, when other notes have bodies', () => {
    const text = 'One.1 Two.2 Again.[2]\n\nNotes\n\n1. A source.\n'
    expect(only('note-defined', run(text, {}))).toEqual([
      '1:11 error Note `2` has no body; add its text to the notes (a closing `Notes` section or the file named by `notes.file`), or remove the marker'
    ])
    expect(only('notes-absent', run(text, {}))).toEqual([])
  })
})

describe('a note cited again from a later chapter (Markdown)', () => {
  const text =
    '# One\n\nFirst.[^a]\n\n# Two\n\nAgain.[^a] And new.[^b]\n\n[^a]: The note.\n\n[^b]: Another.\n'
  const { tree, messages } = parse(text, { path: 'book.md' })
  const found = check(tree, { messages })

  it('finds its body in the chapter where it was first cited: no note-defined, no note-used', () => {
    expect(found.map((m) => m.ruleId)).not.toContain('note-defined')
    expect(found.map((m) => m.ruleId)).not.toContain('note-used')
  })

  it('still reports a reference whose note has no body', () => {
    const broken = text.replace('[^b]: Another.\n', '')
    const parsed = parse(broken, { path: 'book.md' })
    expect(only('note-defined', check(parsed.tree, { messages: parsed.messages }))).toEqual([
      '7:20 error Note `b` has no body; add its text to the notes (a closing `Notes` section or the file named by `notes.file`), or remove the marker'
    ])
  })
})

describe('note-unique', () => {
  it('names the first body in the message and in the message’s cause', () => {
    const text = 'One.1\n\n[Footnote 1: First.]\n\n[Footnote 1: Second.]\n'
    const [message] = run(text, {}).filter((m) => m.ruleId === 'note-unique')
    expect(message?.reason).toBe(
      'Note `1` has a second body (the first is at 3:1); keep one and remove or renumber the other'
    )
    expect(message?.line).toBe(5)
    const cause = message?.cause as VFileMessage
    expect(cause).toBeInstanceOf(VFileMessage)
    expect([cause.line, cause.column, cause.reason]).toEqual([3, 1, 'First body of note `1`'])
  })

  it('takes the same symbol on two pages for two notes, each with its body', () => {
    const text =
      'The stone of this parish is of two sorts, and both\nare used in building.\n\n' +
      'Among the blue rags turn up some blocks, and every now\nand then balls called rust balls.*\n(* Plot, Staffordshire.)\n\n' +
      'In Wolmer-forest I see but one sort of stone, called by the\nworkmen sand, or forest-stone.*\n(* Brit. Zool.)\n'
    // Both notes are read, each with its body, so that the absences below say something.
    const notes = parse(text, { path: 'book.txt', settings: {} }).tree?.children.flatMap(
      (chapter) => chapter.notes.map((note) => `${note.label} ${note.status}`)
    )
    expect(notes).toEqual(['* present', '* present'])
    const messages = run(text, {}).map((m) => m.ruleId)
    expect(messages).not.toContain('note-unique')
    expect(messages).not.toContain('note-defined')
    expect(messages).not.toContain('note-used')
  })
})

describe('notes cited from headings', () => {
  const text =
    'FROM THE NORSE TONGUE.[1]\n\nNow the storm begins to lower,\nHaste, the loom of Hell prepare.[2]\n\n' +
    'Notes\n\n1. The Fatal Sisters.\n\n2. The web of war.\n'

  it('counts a reference in a title as a citation of its note, in order', () => {
    const messages = run(text, {})
    expect(messages.map((m) => m.ruleId)).not.toContain('note-used')
    expect(only('note-sequence', messages)).toEqual([])
  })

  it('reports a title’s note with no body at the title', () => {
    const messages = run(text.replace('1. The Fatal Sisters.\n\n', ''), {})
    expect(only('note-defined', messages)).toEqual([expect.stringMatching(/^1:23 error .*`1`/)])
  })
})

describe('images', () => {
  const text = 'Text.\n\n![Gone](gone.png)\n\n![Far](https://example.org/far.png)\n'
  const readImage = () => undefined

  it('reports a missing image as an error and a remote one as a warning, at their lines', () => {
    const { tree, messages } = parse(text, { path: 'plates.md', readImage })
    const found = check(tree, { messages, settings: {} })
    expect(found.map((m) => `${m.line}:${m.column} ${severityOf(m)} ${m.ruleId}`)).toEqual([
      '3:1 error image-missing',
      '5:1 warning image-remote'
    ])
    expect(found[0]?.reason).toBe(
      'Image `gone.png` not found: expected a file at `gone.png` relative to the manuscript; add the file or correct the path'
    )
  })

  it('lets the settings change their severity', () => {
    const { tree, messages } = parse(text, { path: 'plates.md', readImage })
    const rules: RuleSettings = { 'image-remote': 'off', 'image-missing': 'warn' }
    const found = check(tree, { messages, settings: {}, rules })
    expect(found.map((m) => `${severityOf(m)} ${m.ruleId}`)).toEqual(['warning image-missing'])
  })
})

describe('note-sequence', () => {
  it('accepts 1…N', () => {
    expect(faults([1, 2, 3, 4, 5])).toEqual([])
  })

  it('reports a gap once and expects the next number after the one found', () => {
    expect(faults([15, 16, 18, 19, 20].map((n) => n - 14))).toEqual(['4→3'])
    expect(faults([1, 2, 5, 6])).toEqual(['5→3'])
  })

  it('reports a swap of two notes as two messages, not one per following note', () => {
    // 21 23 22 24, shifted to start at 1: 1 3 2 4.
    expect(faults([1, 3, 2, 4, 5])).toEqual(['3→2', '2→4'])
  })

  it('reports a lower number that was not cited before as out of order', () => {
    expect(faults([1, 2, 3, 5, 4, 6])).toEqual(['5→4', '4→6'])
  })

  it('reports a glued repeat, unless the settings allow repeats', () => {
    expect(faults([1, 2, 2, 3])).toEqual(['2→3'])
    expect(faults([1, 2, 3, 1, 4])).toEqual(['1→4'])
    expect(faults([1, 2, 2, 3], { notes: { bodies: 'absent', repeats: 'allow' } })).toEqual([])
    expect(faults([1, 2, 3, 1, 4], { notes: { bodies: 'absent', repeats: 'allow' } })).toEqual([])
  })

  it('allows a bracketed, caret or Markdown-style marker to cite a note again', () => {
    const messages = run('One.[1] Two.[2] Again.[1] Three.[^3] Again.[^2] Four.[4]\n')
    expect(only('note-sequence', messages)).toEqual([])
  })

  it('still reports a bracketed number that was never cited and comes too early', () => {
    const messages = run('One.[1] Three.[3] Two.[2]\n')
    expect(messages.filter((m) => m.ruleId === 'note-sequence').map((m) => m.actual)).toEqual([
      '3',
      '2'
    ])
  })

  it('reports numbering that starts again inside a chapter once', () => {
    expect(faults([1, 2, 3, 1, 2, 3])).toEqual(['1→4'])
  })

  it('reports a chapter that starts neither at 1 nor where the previous one ended', () => {
    const chapters = (second: number[]) =>
      run(`CHAPTER I.\n\n${numbered([1, 2])}\nCHAPTER II.\n\n${numbered(second)}`)
        .filter((m) => m.ruleId === 'note-sequence')
        .map((m) => `${m.actual}→${m.expected?.join('|')}`)
    expect(chapters([1, 2])).toEqual([])
    expect(chapters([3, 4])).toEqual([])
    expect(chapters([5, 6])).toEqual(['5→1|3'])
    const [message] = run(
      `CHAPTER I.\n\n${numbered([1, 2])}\nCHAPTER II.\n\n${numbered([5])}`
    ).filter((m) => m.ruleId === 'note-sequence')
    expect(message?.reason).toBe(
      'Expected note `1` (or `3`, continuing the previous chapter), found `5`; add the missing notes `3` to `4`, or renumber the notes'
    )
  })

  it('finds no fault in a Markdown book’s numbering, renumbered in order, unless its labels are kept', () => {
    const text = 'One.[^1] Two.[^3] Three.[^2]\n\n[^1]: A.\n[^2]: B.\n[^3]: C.\n'
    const faults = (settings: Settings) => {
      const { tree, messages } = parse(text, { path: 'book.md', settings })
      return check(tree, { messages, settings })
        .filter((m) => m.ruleId === 'note-sequence')
        .map((m) => `${m.actual}→${m.expected?.join('|')}`)
    }
    expect(faults({})).toEqual([])
    expect(faults({ notes: { labels: 'keep' } })).toEqual(['3→2', '2→4'])
  })

  it('counts a note cited only from a figure’s caption as used', () => {
    const text =
      '![A loaf](https://example.org/bread.png)\nBread.[^a]\n\nPrices.[^b]\n\n[^a]: A loaf.\n[^b]: Ledger.\n'
    const { tree, messages } = parse(text, { path: 'prices.md' })
    const found = check(tree, { messages, settings: {} }).map((m) => m.ruleId)
    expect(found).not.toContain('note-used')
  })

  it('counts a note cited only from a table’s cell as used', () => {
    const text =
      '| Item | Price |\n|---|---|\n| Bread[^a] | 1 |\n\nPrices.[^b]\n\n[^a]: A loaf.\n[^b]: Ledger.\n'
    const { tree, messages } = parse(text, { path: 'prices.md' })
    const found = check(tree, { messages, settings: {} }).map((m) => m.ruleId)
    expect(found).not.toContain('note-used')
  })

  it('counts no reference to another chapter’s note in a chapter’s numbering', () => {
    const text =
      '# One\n\nA.[^a] B.[^b]\n\n# Two\n\nC.[^b] D.[^c]\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n'
    const { tree, messages } = parse(text, { path: 'book.md' })
    const found = check(tree, { messages, settings: {} }).filter(
      (m) => m.ruleId === 'note-sequence'
    )
    expect(found).toEqual([])
  })

  it('holds each chapter to the numbering the settings state', () => {
    const chapters = (second: number[], numbering: 'chapter' | 'book') => {
      const settings: Settings = { notes: { bodies: 'absent', numbering } }
      const text = `CHAPTER I.\n\n${numbered([1, 2])}\nCHAPTER II.\n\n${numbered(second)}`
      return run(text, settings).filter((m) => m.ruleId === 'note-sequence')
    }
    const shown = (messages: VFileMessage[]) =>
      messages.map((m) => `${m.actual}→${m.expected?.join('|')}`)
    expect(shown(chapters([1, 2], 'chapter'))).toEqual([])
    expect(shown(chapters([3, 4], 'book'))).toEqual([])
    expect(shown(chapters([3, 4], 'chapter'))).toEqual(['3→1'])
    expect(shown(chapters([1, 2], 'book'))).toEqual(['1→3'])
    expect(chapters([3, 4], 'chapter')[0]?.reason).toBe(
      'Expected note `1` (the notes start afresh in each chapter, `notes.numbering: chapter`), found `3`; add the missing notes `1` to `2`, or renumber the notes'
    )
    expect(chapters([1, 2], 'book')[0]?.reason).toBe(
      'Expected note `3` (the notes are numbered through the book, `notes.numbering: book`), found `1`; the numbering starts again; renumber the notes, or change `notes.numbering` in the settings'
    )
  })
})

describe('claim-cited', () => {
  it('reports an uncovered quotation or figure in an annotated chapter, saying which', () => {
    const text =
      'He said “no.” It cost 40 percent. “It cost 40 percent,” he said. Fine.1\n\nHe said “yes.”\n'
    expect(only('claim-cited', run(text))).toEqual([
      '3:1 warning Quotation in claim `p2.1` is covered by no note: no note follows it in its paragraph; add a note that gives its source, or check whether it needs one'
    ])
    const tail = 'Fine.1 He said “no.” It cost 40 percent. “It cost 40 percent,” he said.\n'
    expect(only('claim-cited', run(tail)).map((line) => line.split(' in claim')[0])).toEqual([
      '1:8 warning Quotation',
      '1:22 warning Figure',
      '1:42 warning Quotation and figure'
    ])
  })

  it('does not hold a chapter without note references to it', () => {
    expect(only('claim-cited', run('He said “no.” It cost 40 percent.\n'))).toEqual([])
  })
})

describe('files: messages name a file as it was read', () => {
  it('names the file by the path it was read by, not by its name in the tree', () => {
    const text = 'Claim.1 Claim.3\n'
    const { tree, messages } = parse(text, {
      path: '../text/book.txt',
      name: 'text/book.txt',
      settings: absent
    })
    expect(tree?.meta.sources[0]?.path).toBe('text/book.txt')
    const found = check(tree, {
      messages,
      settings: absent,
      files: { 'text/book.txt': '../text/book.txt' }
    })
    expect(found.length).toBeGreaterThan(0)
    expect(new Set(found.map((message) => message.file))).toEqual(new Set(['../text/book.txt']))
    const unmapped = check(tree, { messages, settings: absent })
    expect(unmapped.some((message) => message.file === 'text/book.txt')).toBe(true)
  })
})
