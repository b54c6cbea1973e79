// The typographic audit, in a real browser: a narrow page of long words (broken words in runs,
// across pages, with short pieces, loose lines), a page without the renderer's own rules (a
// ragged last line before the break), and the seed (none ragged, no widow or orphan, every note
// number at one height); the report's shape. And the furniture of the page, read back from the
// PDF: folios and paragraph numbers in the outer margin, running heads at the text's outer edge.
import { parse } from '@colophon/parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AuditPart, type AuditReport, auditBook } from '../src/audit.js'
import type { LineFacts } from '../src/audit-script.js'
import { type PdfResult, renderPdf } from '../src/index.js'
import type { PageFacts } from '../src/page-script.js'
import { type Budgets, Pager } from '../src/paginate.js'
import { launchBrowser, notedSeedTree, open } from './helpers.js'

const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }
const slow = 240_000

/** A manuscript of long words: on a narrow page nearly every line ends in a broken word. */
function longWords(): ReturnType<typeof parse>['tree'] {
  const words =
    'internationalisation characteristically incomprehensibility counterrevolutionaries unquestionably institutionalisation representativeness disproportionately'
  const paragraph = Array.from({ length: 6 }, () => words).join(' ')
  const text = `${Array.from({ length: 4 }, () => `${paragraph}.`).join('\n\n')}\n`
  const { tree } = parse(Buffer.from(text), {
    path: 'long-words.txt',
    settings: { title: 'Long Words', author: 'A. Typesetter', language: 'en' }
  })
  return tree
}

describe('the audit of a narrow page of long words', () => {
  let result: PdfResult
  let audit: AuditReport

  beforeAll(async () => {
    const tree = longWords()
    if (!tree) throw new Error('Expected the manuscript to parse')
    result = await renderPdf(tree, { size: '3x4in', env })
    if (!result.audit) throw new Error('Expected an audit')
    audit = result.audit
  }, slow)

  it('finds broken words in runs and loose lines, none across a page nor in short pieces', () => {
    expect(audit.rate).toBeGreaterThan(8)
    expect(audit.longestRun).toBeGreaterThan(2)
    for (const rule of ['pdf-audit-hyphens', 'pdf-audit-hyphen-run'] as const) {
      expect(audit.counts[rule], rule).toBeGreaterThan(0)
    }
    // The hyphenation leaves at least 3 letters on each side of a break, and the page breaks
    // move a broken word whole to the next page.
    expect(audit.counts['pdf-audit-carry-over']).toBe(0)
    expect(audit.counts['pdf-audit-hyphen-page']).toBe(0)
    const ids = new Set(result.messages.map((message) => message.ruleId))
    expect(ids).toContain('pdf-audit-hyphen-run')
    expect(ids).toContain('pdf-audit')
  })

  it('names the page and the manuscript line of each finding', () => {
    const run = result.messages.find((message) => message.ruleId === 'pdf-audit-hyphen-run')
    expect(run?.reason).toMatch(
      /lines in a row end in a broken word, more than 2 on page \d+ \(PDF page \d+\)$/
    )
    expect(run?.file).toBe('long-words.txt')
    expect(run?.line).toBeGreaterThan(0)
  })

  it('gives a report of this shape, as JSON', () => {
    const json = JSON.parse(JSON.stringify(audit)) as AuditReport
    expect(Object.keys(json).sort()).toEqual([
      'counts',
      'findings',
      'hyphenated',
      'kept',
      'limits',
      'lines',
      'longestRun',
      'ms',
      'rate',
      'warnings'
    ])
    expect(json.limits).toEqual({
      hyphenRate: 8,
      hyphenRun: 2,
      carryOver: 3,
      ragged: 1,
      loose: 2,
      veryLoose: 3,
      spread: 3,
      marker: 0.05
    })
    expect(json.findings[0]).toEqual({
      rule: expect.stringMatching(/^pdf-(audit-[a-z-]+|widow|orphan)$/),
      severity: expect.stringMatching(/^(warning|info)$/),
      folio: expect.any(String),
      pdfPage: expect.any(Number),
      id: expect.any(String),
      reason: expect.any(String),
      ...(json.findings[0]?.file === undefined
        ? {}
        : { file: 'long-words.txt', line: expect.any(Number), column: expect.any(Number) }),
      ...(json.findings[0]?.value === undefined ? {} : { value: expect.any(Number) })
    })
    expect(json.warnings).toBe(json.findings.filter((f) => f.severity === 'warning').length)
  })
})

describe('the audit of the seed with its notes, 6×9 in', () => {
  let result: PdfResult

  beforeAll(async () => {
    result = await renderPdf(notedSeedTree(), { env })
  }, slow)

  it('finds no orphan, every note number at one height, no word broken into a last line, and counts the widows the checks say', () => {
    const counts = result.audit?.counts
    // Widows the notes at the foot leave are counted as the checks after layout say them.
    expect(counts?.['pdf-widow']).toBe(
      result.messages.filter((m) => m.ruleId === 'pdf-widow').length
    )
    expect(counts?.['pdf-orphan']).toBe(0)
    // Every note number stands at one height, and none opens a line: the word before it is in
    // the inline block of the number and its note, which a line could break before (three of
    // 65 in this book did, each alone on a line of its own making).
    const markers = result.audit?.findings.filter((f) => f.rule === 'pdf-audit-marker') ?? []
    expect(markers.map((f) => f.reason)).toEqual([])
    // No word is broken into a paragraph's last line: set once in a column before the pages,
    // each that would be is kept whole (a compound's hyphen too, `eighty-seven`; see
    // last-lines.test.ts, as here the spacing chosen for each paragraph leaves few or none).
    expect(counts?.['pdf-audit-hyphen-last']).toBe(0)
    expect(result.audit?.lines).toBeGreaterThan(1000)
  })

  it('ends facing pages at one depth, notes at the foot included', () => {
    // The text area is a whole number of lines deep, a right-hand page after a short left-hand
    // one ends as short, and what is still uneven is spaced out (spreads.ts). Left: pages
    // that end seven or eight lines short, where the next line's note could not follow it onto
    // the page (more than a line and a half for each space between its blocks).
    const uneven = result.audit?.findings.filter((f) => f.rule === 'pdf-audit-spread') ?? []
    expect(uneven.filter((f) => (f.value ?? 0) < 4 * 14.91)).toEqual([])
    expect(uneven.length).toBeLessThanOrEqual(2)
  })

  it('sets folios and paragraph numbers in the outer margin, running heads at the outer edge', async () => {
    const pdf = await open(result.pdf)
    const [inner, outer, width] = [60.48, 43.2, 432]
    let checked = 0
    for (let number = 4; number <= 9; number++) {
      const page = await pdf.getPage(number)
      const items = (await page.getTextContent()).items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [
              {
                text: item.str,
                x: item.transform[4] as number,
                y: item.transform[5] as number,
                w: item.width
              }
            ]
          : []
      )
      const recto = number % 2 === 1
      const textLeft = recto ? inner : outer
      const textRight = textLeft + (width - inner - outer)
      // Numbers (paragraph and note numbers): in the text or in the outer margin,
      // never in the gutter.
      const numbers = items.filter((item) => /^\d+$/.test(item.text) && item.y < 600 && item.y > 60)
      for (const item of numbers) {
        const gutter = recto ? item.x < textLeft - 1 : item.x + item.w > textRight + 1
        expect(gutter, `page ${number}: ${item.text} at ${item.x}`).toBe(false)
        if (recto ? item.x > textRight : item.x + item.w < textLeft) checked++
      }
      // The folio and the running head, above the text.
      const top = items.filter((item) => item.y > 600)
      const folio = top.find((item) => /^\d+$/.test(item.text))
      const head = top.find((item) => !/^\d+$/.test(item.text))
      if (!folio || !head) throw new Error(`Expected a folio and a running head on page ${number}`)
      if (recto) {
        expect(folio.x).toBeGreaterThan(textRight)
        expect(head.x + head.w).toBeCloseTo(textRight, 0)
      } else {
        expect(folio.x + folio.w).toBeLessThan(textLeft)
        expect(head.x).toBeCloseTo(textLeft, 0)
      }
    }
    expect(checked).toBeGreaterThan(4)
    await pdf.destroy()
  })

  it('indents every paragraph but the first of a run by an em and a half, with no space between', async () => {
    const pdf = await open(result.pdf)
    const page = await pdf.getPage(5)
    const starts = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item && /^\p{L}/u.test(item.str) && item.transform[5] > 80 && item.transform[5] < 600
        ? [{ x: item.transform[4] as number, y: item.transform[5] as number }]
        : []
    )
    const left = Math.min(...starts.map((start) => start.x))
    // 10.5 pt type: 1.5 em is 15.75 pt.
    const indented = starts.filter((start) => Math.abs(start.x - left - 15.75) < 1)
    expect(indented.length).toBeGreaterThan(0)
    // The line above an indented one is the line before it, one line's height up.
    const lines = [...new Set(starts.map((start) => Math.round(start.y * 10) / 10))].sort(
      (a, b) => b - a
    )
    for (const start of indented) {
      const at = lines.indexOf(Math.round(start.y * 10) / 10)
      if (at > 0) expect((lines[at - 1] as number) - (lines[at] as number)).toBeCloseTo(14.91, 0)
    }
    await pdf.destroy()
  })
})

describe('a ragged line before a page break', () => {
  const budgets: Budgets = { launch: 60_000, paginate: 60_000, print: 60_000, finish: 60_000 }
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('is found where the last line of a justified paragraph on a page is left short', async () => {
    const sentence = 'The committee met again in the spring and agreed on nothing at all. '
    const html = `<main><p id="p1" data-id="p1"><span class="claim" data-id="p1.1">${sentence.repeat(12)}</span></p></main>`
    const css = `@page { size: 300px 200px; margin: 40px; }\nhtml, body { margin: 0; }\np { margin: 0; font-size: 14px; line-height: 20px; text-align: justify; }`
    const pager = await Pager.open(browser, '', budgets)
    try {
      const { facts } = await pager.paginate(
        { html, css, lang: 'en', measure: 165 },
        { label: 'the test', maxPages: 20, audit: true }
      )
      expect(facts.pages.length).toBeGreaterThan(1)
      const report = auditBook(
        [{ facts, firstIndex: 0, places: new Map() }],
        ['1', '2', '3', '4', '5', '6']
      )
      expect(report.counts['pdf-audit-ragged']).toBeGreaterThan(0)
      expect(report.findings.find((f) => f.rule === 'pdf-audit-ragged')).toMatchObject({
        id: 'p1.1',
        pdfPage: 1,
        folio: '1'
      })
    } finally {
      await pager.close()
    }
  }, 60_000)
})

describe('the audit’s rules on measured lines', () => {
  const line = (over: Partial<LineFacts>): LineFacts => ({
    paragraph: 'p1',
    claim: 'p1.1',
    end: 'word',
    short: 0,
    space: 1,
    first: false,
    last: false,
    broken: false,
    justified: true,
    ...over
  })
  const page = (lines: LineFacts[]): PageFacts => ({
    starts: [],
    references: [],
    notes: [],
    blank: false,
    figures: [],
    overflow: false,
    typeset: { lines, depth: 500, markers: [], figure: false, keptHead: 0 }
  })
  const book = (lines: LineFacts[]) =>
    auditBook(
      [
        {
          facts: { pages: [page(lines)], splits: [] } as unknown as AuditPart['facts'],
          firstIndex: 0,
          places: new Map()
        }
      ],
      ['1']
    )

  it('finds a word broken with fewer than 3 letters on one side, and not one with 3', () => {
    const short = book([line({ end: 'soft', before: 2, after: 7 }), line({})])
    expect(short.counts['pdf-audit-carry-over']).toBe(1)
    const fine = book([line({ end: 'soft', before: 3, after: 3 }), line({})])
    expect(fine.counts['pdf-audit-carry-over']).toBe(0)
  })

  it('leaves a page short where the block kept whole after it is taller than the difference', () => {
    const spread = (depths: number[], kept: number[]) =>
      auditBook(
        [
          {
            facts: {
              pages: depths.map((depth, k) => {
                const facing = page([line({})])
                return { ...facing, typeset: { ...facing.typeset, depth, keptHead: kept[k] ?? 0 } }
              }),
              splits: []
            } as unknown as AuditPart['facts'],
            firstIndex: 0,
            places: new Map()
          }
        ],
        ['1', '2', '3', '4', '5']
      ).counts['pdf-audit-spread']
    // Pages 2 and 3 face each other; page 3 ends 60 pt short.
    expect(spread([500, 500, 440, 500, 500], [0, 0, 0, 0, 0])).toBe(1)
    // The row opening page 4 is 80 pt tall: it could not have ended page 3.
    expect(spread([500, 500, 440, 500, 500], [0, 0, 0, 80, 0])).toBe(0)
    // A row of 40 pt would have fitted in the 60 pt left.
    expect(spread([500, 500, 440, 500, 500], [0, 0, 0, 40, 0])).toBe(1)
    // Page 2 ends short and page 3 opens with the row that did not fit on it.
    expect(spread([500, 440, 500, 500, 500], [0, 0, 80, 0, 0])).toBe(0)
    // A row as tall as the room but for less than a pixel (0.75 pt), which Paged.js rounds.
    expect(spread([500, 500, 440, 500, 500], [0, 0, 0, 59.5, 0])).toBe(0)
    expect(spread([500, 500, 440, 500, 500], [0, 0, 0, 59, 0])).toBe(1)
  })

  it('finds a word broken at the foot of a page', () => {
    const turned = book([line({ end: 'page', before: 4, after: 5, broken: true })])
    expect(turned.counts['pdf-audit-hyphen-page']).toBe(1)
    expect(book([line({ broken: true })]).counts['pdf-audit-hyphen-page']).toBe(0)
  })
})
