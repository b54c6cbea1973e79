// Properties of `parse` over the real manuscript, generated manuscripts, excerpts of the real
// manuscript and raw fuzz: it never throws, its trees are valid, their positions slice back to
// the source, nothing is lost, ids are stable, and line endings do not matter.
import { type FootnoteReference, type Root, type Settings, validateEdition } from '@colophon/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Encoding, parse } from '../src/index.js'
import {
  excerptOf,
  expectSkippedUnder,
  fileBytes,
  firstDoubled,
  firstUncovered,
  idProblems,
  manuscriptLf,
  manuscriptText,
  positionProblems,
  rawText,
  readManuscript,
  settingsArb,
  walk,
  withEndings,
  withoutPositions
} from './helpers.js'

const real = readManuscript('snyder-bloodlands-ch2-class-terror')

/** Runs per kind of input: enough to find things, few enough to stay well under a minute. */
const runs = { generated: 200, withSettings: 100, excerpts: 100, raw: 500, bytes: 300 }

type Input = string | Uint8Array

/** Parses `input`; the source positions refer to is the decoded text. */
function parsed(input: Input, settings?: Settings): { tree: Root | undefined; source: string } {
  const result = parse(input, settings ? { settings } : {})
  return { tree: result.tree, source: String(result.file.value) }
}

function parsedTree(input: Input, settings?: Settings): { tree: Root; source: string } {
  const { tree, source } = parsed(input, settings)
  if (!tree) throw new Error('parse gave no tree for text input')
  return { tree, source }
}

function assertNone(what: string, problems: readonly string[]): void {
  if (problems.length === 0) return
  const shown = problems.slice(0, 8).join('\n  ')
  const more = problems.length > 8 ? `\n  … and ${problems.length - 8} more` : ''
  throw new Error(`${what}: ${problems.length} problem(s)\n  ${shown}${more}`)
}

// Settings for excerpts: the real ones would warn about exclusions that match nothing.
const excerptSettings: Settings = { notes: { bodies: 'absent' } }

const bytes = fc.uint8Array({ maxLength: 400 })

const encoding = fc.constantFrom<Encoding | undefined>(
  undefined,
  'utf-8',
  'utf-16le',
  'utf-16be',
  'latin1',
  'windows-1252'
)

/**
 * A check of one input: whether it was really checked, `false` when the input gave nothing to
 * check (no tree: bytes no encoding reads, a text too large).
 */
type Check = (input: Input, settings?: Settings) => boolean

/**
 * Registers `check` over every kind of input: the real manuscript once, then generated
 * manuscripts, excerpts of the real one, raw strings and raw bytes, counting the inputs that
 * gave nothing to check: a kind whose inputs are mostly such would test nothing, and fails.
 */
function overAllInputs(check: Check): void {
  it('holds for the real manuscript', () => {
    expect(check(real.text, real.settings), 'the real manuscript gave no tree').toBe(true)
  })
  const text = (value: Input): [Input, Settings | undefined] => [value, undefined]
  const kinds: [string, fc.Arbitrary<[Input, Settings | undefined]>, number][] = [
    ['generated manuscripts', manuscriptText.map(text), runs.generated],
    [
      'generated manuscripts with settings',
      fc.tuple(manuscriptText, settingsArb),
      runs.withSettings
    ],
    [
      'excerpts of the real manuscript',
      excerptOf(real.text).map((value) => [value, excerptSettings]),
      runs.excerpts
    ],
    ['raw strings', rawText.map(text), runs.raw],
    ['raw bytes and texts written as bytes', fileBytes.map(text), runs.bytes]
  ]
  for (const [name, inputs, numRuns] of kinds) {
    it(`holds for ${name}`, () => {
      const tally = { runs: 0, skipped: 0 }
      fc.assert(
        fc.property(inputs, ([input, settings]) => {
          tally.runs++
          if (!check(input, settings)) tally.skipped++
        }),
        { numRuns }
      )
      expectSkippedUnder(tally)
    })
  }
}

describe('1. parse never throws', () => {
  it('on any bytes, in any encoding', () => {
    fc.assert(
      fc.property(bytes, encoding, (value, enc) => {
        parse(value, enc ? { encoding: enc } : {})
      }),
      { numRuns: runs.raw }
    )
  })
  it('on any string of code units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        parse(text)
      }),
      { numRuns: runs.raw }
    )
  })
  it('on any text, with or without the real settings', () => {
    fc.assert(
      fc.property(fc.oneof(rawText, manuscriptText), fc.boolean(), (text, withSettings) => {
        parse(text, withSettings ? { settings: real.settings } : {})
      }),
      { numRuns: runs.raw }
    )
  })
  it('on generated manuscripts', () => {
    fc.assert(
      fc.property(manuscriptText, (text) => {
        parse(text)
      }),
      { numRuns: runs.generated }
    )
  })
})

describe('2. every tree is valid against the edition schema', () => {
  overAllInputs((input, settings) => {
    const { tree } = parsed(input, settings)
    if (!tree) return false
    const result = validateEdition(tree)
    if (!result.ok) {
      assertNone(
        'validateEdition',
        result.problems.map((problem) => `${problem.path || '/'} ${problem.message}`)
      )
    }
    return true
  })
})

describe('3. positions slice back to the source and nest in order', () => {
  overAllInputs((input, settings) => {
    const { tree, source } = parsed(input, settings)
    if (!tree) return false
    assertNone('positions', positionProblems(source, tree))
    return true
  })
})

describe('4. nothing is lost', () => {
  overAllInputs((input, settings) => {
    const { tree, source } = parsed(input, settings)
    if (!tree) return false
    const uncovered = firstUncovered(source, tree)
    if (uncovered) throw new Error(`not accounted for by the tree: ${uncovered}`)
    return true
  })
})

describe('4b. nothing is doubled: no character in two text nodes, or in text and an omission', () => {
  overAllInputs((input, settings) => {
    const { tree, source } = parsed(input, settings)
    if (!tree) return false
    const doubled = firstDoubled(source, tree)
    if (doubled) throw new Error(`claimed twice: ${doubled}`)
    return true
  })
})

describe('5. determinism and stable ids', () => {
  overAllInputs((input, settings) => {
    const first = parsed(input, settings).tree
    const second = parsed(input, settings).tree
    expect(second).toStrictEqual(first)
    if (!first) return false
    assertNone('ids', idProblems(first))
    return true
  })
})

describe('6. CRLF and CR give the same tree as LF, positions aside', () => {
  const same = (lf: string, settings?: Settings) => {
    const expected = withoutPositions(parsedTree(lf, settings).tree)
    for (const ending of ['\r\n', '\r'] as const) {
      const actual = withoutPositions(parsedTree(withEndings(lf, ending), settings).tree)
      expect(actual, `with ${JSON.stringify(ending)} line endings`).toEqual(expected)
    }
  }
  it('holds for the real manuscript', () => {
    same(real.text, real.settings)
  })
  it('holds for generated manuscripts', () => {
    fc.assert(
      fc.property(manuscriptLf, (text) => same(text)),
      { numRuns: runs.generated }
    )
  })
  it('holds for generated manuscripts with settings', () => {
    fc.assert(
      fc.property(manuscriptLf, settingsArb, (text, settings) => same(text, settings)),
      { numRuns: runs.withSettings }
    )
  })
  it('holds for excerpts of the real manuscript', () => {
    fc.assert(
      fc.property(excerptOf(real.text), (text) => same(text, excerptSettings)),
      { numRuns: runs.excerpts }
    )
  })
  it('holds for raw strings with LF line endings', () => {
    fc.assert(
      fc.property(rawText, (text) => same(withEndings(text, '\n'))),
      { numRuns: runs.raw }
    )
  })
})

describe('7. note numbering on the real manuscript', () => {
  // Parsed on first use, so that a parser that throws fails these tests, not the whole file.
  let memo: { tree: Root; source: string; references: FootnoteReference[] } | undefined
  const parsedReal = () => {
    if (!memo) {
      const { tree, source } = parsedTree(real.text, real.settings)
      memo = { tree, source, references: walk(tree).references.map(({ node }) => node) }
    }
    return memo
  }
  const slice = (node: FootnoteReference) =>
    node.position
      ? parsedReal().source.slice(node.position.start.offset, node.position.end.offset)
      : undefined
  /** The reference whose marker ends `written`, found where `written` stands in the source. */
  const referenceAfter = (written: string) => {
    const { source, references } = parsedReal()
    const at = source.indexOf(written)
    expect(at, `${written} in the source`).toBeGreaterThanOrEqual(0)
    const end = at + written.length
    return references.find((node) => node.position?.end.offset === end)
  }

  it('has exactly 65 references, numbered 1 to 65 in order', () => {
    const { references } = parsedReal()
    expect(references.map((node) => node.number)).toEqual(
      Array.from({ length: 65 }, (_, i) => i + 1)
    )
    expect(references.map((node) => node.label)).toEqual(
      Array.from({ length: 65 }, (_, i) => String(i + 1))
    )
  })

  it('reads `1933.7` as the year and note 7', () => {
    const reference = referenceAfter('March 1933.7')
    expect(reference?.number).toBe(7)
    expect(reference?.marker).toBe('glued')
    expect(reference && slice(reference)).toBe('7')
  })

  it('reads `43.9 percent` as a number inside a text node', () => {
    const { tree, source, references } = parsedReal()
    const at = source.indexOf('43.9 percent')
    expect(at).toBeGreaterThanOrEqual(0)
    const end = at + '43.9 percent'.length
    const holder = walk(tree).inlines.find(
      ({ node }) =>
        node.type === 'text' &&
        node.position !== undefined &&
        node.position.start.offset <= at &&
        node.position.end.offset >= end
    )
    expect(holder?.node.type).toBe('text')
    expect(
      references.some(
        (node) =>
          node.position !== undefined &&
          node.position.start.offset < end &&
          node.position.end.offset > at
      )
    ).toBe(false)
  })

  it('reads `00447.51` as the order number and note 51', () => {
    const reference = referenceAfter('Order 00447.51')
    expect(reference?.number).toBe(51)
    expect(reference?.marker).toBe('glued')
    expect(reference && slice(reference)).toBe('51')
  })
})
