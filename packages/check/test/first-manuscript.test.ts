// The first manuscript, as it is and with its numbering broken on purpose. Places are computed
// from the text, not written down.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { paragraphsOf } from '@colophon/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { severityOf } from '../src/severity.js'
import { checkFile } from './helpers.js'

const source = fileURLToPath(
  new URL('../../../source/snyder-bloodlands-ch2-class-terror.txt', import.meta.url)
)
const sidecar = source.replace(/\.txt$/, '.yaml')
const text = readFileSync(source, 'utf8')
const folder = mkdtempSync(join(tmpdir(), 'colophon-check-'))

afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Writes a changed copy of the manuscript, with its settings, and checks it. */
function checkCopy(name: string, changed: string) {
  const path = join(folder, `${name}.txt`)
  writeFileSync(path, changed)
  copyFileSync(sidecar, join(folder, `${name}.yaml`))
  return checkFile(path)
}

/** The 1-based line and column of `offset` in `value`. */
function pointAt(value: string, offset: number): { line: number; column: number } {
  const before = value.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 }
}

/** `text` with `find` (which must occur once) replaced. */
function replaceOnce(value: string, find: string, replacement: string): string {
  expect(value.split(find)).toHaveLength(2)
  return value.replace(find, replacement)
}

describe('the first manuscript', () => {
  it('reports the absent notes once, the parser’s guesses, and the uncovered claims', () => {
    const messages = checkFile(source)
    const count = (ruleId: string) => messages.filter((m) => m.ruleId === ruleId).length
    const parsed = parseFile(source).messages.filter((m) => m.ruleId === 'marker-ambiguous')
    expect(parsed.length).toBeGreaterThan(0)

    expect(new Set(messages.map((m) => m.ruleId))).toEqual(
      new Set(['notes-absent', 'marker-ambiguous', 'claim-cited'])
    )
    expect(count('notes-absent')).toBe(1)
    expect(count('marker-ambiguous')).toBe(parsed.length)
    const absent = messages.find((m) => m.ruleId === 'notes-absent')
    expect(absent?.reason).toMatch(/^`65` note references, no note bodies, as the settings declare/)
    expect(severityOf(absent as never)).toBe('info')
    // The quotations and figures in paragraphs without any note (five: in p7, p12, p16, p28).
    const tree = parseFile(source).tree
    const uncovered = (tree?.children ?? [])
      .flatMap((chapter) => chapter.children.flatMap(paragraphsOf))
      .flatMap((paragraph) => paragraph.children)
      .filter((claim) => claim.citedBy === undefined)
      .filter((claim) => claim.kinds.includes('quotation') || claim.kinds.includes('figure'))
    expect(uncovered.length).toBeGreaterThan(0)
    expect(count('claim-cited')).toBe(uncovered.length)
    expect(
      messages.filter((m) => m.ruleId === 'claim-cited').every((m) => severityOf(m) === 'warning')
    ).toBe(true)
    expect(messages.filter((m) => severityOf(m) === 'error')).toEqual([])
  })

  it('reports a deleted marker once, where the next note stands, naming the one expected', () => {
    const changed = replaceOnce(text, 'destruction.17', 'destruction.')
    const faults = checkCopy('deleted', changed).filter((m) => m.ruleId === 'note-sequence')
    const at = pointAt(changed, changed.indexOf('Terror.18') + 'Terror.'.length)
    expect(faults.map((m) => [m.line, m.column, m.reason])).toEqual([
      [
        at.line,
        at.column,
        'Expected note `17`, found `18`; add the missing note `17`, or renumber the notes'
      ]
    ])
    expect(severityOf(faults[0] as never)).toBe('error')
  })

  it('reports a repeated marker once, naming the one expected', () => {
    // `…command.40` ends a paragraph; the first sentence of the next one cites note 40 again.
    const next = text.indexOf('Just as important as the elevation of the SS')
    const stop = text.indexOf('. ', next) + 1
    expect(text[stop - 2]).toMatch(/\p{L}/u)
    const changed = `${text.slice(0, stop)}40${text.slice(stop)}`
    const faults = checkCopy('repeated', changed).filter((m) => m.ruleId === 'note-sequence')
    const at = pointAt(changed, stop)
    expect(faults.map((m) => [m.line, m.column, m.reason])).toEqual([
      [
        at.line,
        at.column,
        'Expected note `41`, found `40` again; remove the repeated marker, or set `notes.repeats: allow` if the note is cited again on purpose'
      ]
    ])
  })

  it('reports two swapped markers at both, naming the numbers expected', () => {
    const swapped = replaceOnce(replaceOnce(text, 'Union.22', 'Union.23'), 'Two.”23', 'Two.”22')
    const faults = checkCopy('swapped', swapped).filter((m) => m.ruleId === 'note-sequence')
    const first = pointAt(swapped, swapped.indexOf('Union.23') + 'Union.'.length)
    const second = pointAt(swapped, swapped.indexOf('Two.”22') + 'Two.”'.length)
    expect(faults.map((m) => [m.line, m.column, m.actual, m.expected])).toEqual([
      [first.line, first.column, '23', ['22']],
      [second.line, second.column, '22', ['24']]
    ])
    expect(faults[0]?.reason).toContain('Expected note `22`, found `23`')
    expect(faults[1]?.reason).toContain('Expected note `24`, found `22` after `23`')
  })
})
