// The typographic audit, a typesetter's report on the laid-out pages: how many lines end in a
// broken word and how many such lines follow one another, words broken across a page turn or
// into a paragraph's last line, breaks that leave fewer than three letters on a side, justified
// lines left short at the foot of a page, lines whose word spaces stretch past twice the face's,
// facing pages whose text ends at different depths, and note numbers that do not stand at one
// height. It reads what the page script measured (`audit-script.ts`); each finding names its
// page and the claim, hence the manuscript's line.
import type { Position } from '@colophon/schema'
import type { LineFacts, PageTypeset } from './audit-script.js'
import type { PaginationFacts } from './page-script.js'

/** A CSS pixel, in points. */
const pixel = 0.75

/** The limits the audit holds the pages to. */
export const auditLimits = {
  /** Per cent of lines that may end in a broken word. */
  hyphenRate: 8,
  /** Lines in a row that may end in a broken word. */
  hyphenRun: 2,
  /** Fewest letters of a broken word on either side of the break. */
  carryOver: 3,
  /** Points a justified line may fall short of the measure before a page break. */
  ragged: 1,
  /** Word space over the face's own: loose above this (info)… */
  loose: 2,
  /** …and very loose above this (warning). */
  veryLoose: 3,
  /** Points by which facing pages' text may end at different depths. */
  spread: 3,
  /** Ems by which a note number may stand higher or lower than the book's most common height. */
  marker: 0.05
} as const

export type AuditRule =
  | 'pdf-audit-hyphens'
  | 'pdf-audit-hyphen-run'
  | 'pdf-audit-hyphen-page'
  | 'pdf-audit-hyphen-last'
  | 'pdf-audit-carry-over'
  | 'pdf-audit-ragged'
  | 'pdf-audit-loose'
  | 'pdf-audit-spread'
  | 'pdf-audit-marker'
  | 'pdf-widow'
  | 'pdf-orphan'

export interface AuditFinding {
  rule: AuditRule
  severity: 'warning' | 'info'
  /** The page's folio ('' where none is printed) and its number in the PDF, from 1. */
  folio: string
  pdfPage: number
  /** The claim, paragraph or note reference concerned. */
  id: string
  file?: string | undefined
  line?: number | undefined
  column?: number | undefined
  /** What was found, in words. */
  reason: string
  /** The figure measured: letters, lines in a row, points, a ratio of spaces, ems. */
  value?: number | undefined
}

export interface AuditReport {
  /** Lines of paragraphs measured, and those ending in a broken word. */
  lines: number
  hyphenated: number
  /** Words kept whole before layout rather than broken into a paragraph's last line. */
  kept: number
  /** Per cent of lines ending in a broken word, to one decimal. */
  rate: number
  longestRun: number
  /** Findings by rule. */
  counts: Record<AuditRule, number>
  warnings: number
  limits: typeof auditLimits
  findings: AuditFinding[]
  /** Time the measuring took in the pages, in ms (the rules' own time is negligible). */
  ms: number
}

/** A part of the book as the audit reads it: its pages' facts and where its text comes from. */
export interface AuditPart {
  facts: PaginationFacts
  /** Index of its first page in the PDF. */
  firstIndex: number
  places: ReadonlyMap<string, { file: string; position: Position | undefined }>
}

/** A measured line with the PDF page it is on and the part it belongs to. */
interface PlacedLine extends LineFacts {
  index: number
  part: AuditPart
}

/** Where each finding is in the manuscript, for its message. */
const places = new WeakMap<AuditFinding, { file: string; position: Position | undefined }>()

/** The manuscript's file and position of `finding`, if known. */
export function placeOfFinding(
  finding: AuditFinding
): { file: string; position: Position | undefined } | undefined {
  return places.get(finding)
}

/** What each rule needs to say where a finding is. */
interface Finder {
  folios: readonly string[]
  findings: AuditFinding[]
}

/** The audit of the body's parts, laid out with folios `folios` (by PDF page index). */
export function auditBook(parts: readonly AuditPart[], folios: readonly string[]): AuditReport {
  const finder: Finder = { folios, findings: [] }
  const lines = placedLines(parts)
  const hyphenated = lines.filter(isHyphenated).length
  const rate = lines.length === 0 ? 0 : Math.round((hyphenated / lines.length) * 1000) / 10
  if (rate > auditLimits.hyphenRate && lines[0]) {
    add(
      finder,
      { index: lines[0].index, part: lines[0].part, id: '' },
      {
        rule: 'pdf-audit-hyphens',
        severity: 'warning',
        reason: `${hyphenated} of ${lines.length} lines (${rate}%) end in a broken word, more than ${auditLimits.hyphenRate}%`,
        value: rate
      }
    )
  }
  const longestRun = hyphenFindings(lines, finder)
  lineFindings(lines, finder)
  spreadFindings(parts, finder)
  markerFindings(parts, finder)
  splitFindings(parts, finder)
  const counts = Object.fromEntries(rules.map((rule) => [rule, 0])) as Record<AuditRule, number>
  for (const finding of finder.findings) counts[finding.rule]++
  finder.findings.sort((a, b) => a.pdfPage - b.pdfPage || a.rule.localeCompare(b.rule))
  const ms = parts.reduce((sum, part) => sum + (part.facts.auditMs ?? 0), 0)
  return {
    lines: lines.length,
    kept: parts.reduce((sum, part) => sum + (part.facts.kept ?? 0), 0),
    hyphenated,
    rate,
    longestRun,
    counts,
    warnings: finder.findings.filter((finding) => finding.severity === 'warning').length,
    limits: auditLimits,
    findings: finder.findings,
    ms: Math.round(ms)
  }
}

const rules: readonly AuditRule[] = [
  'pdf-audit-hyphens',
  'pdf-audit-hyphen-run',
  'pdf-audit-hyphen-page',
  'pdf-audit-hyphen-last',
  'pdf-audit-carry-over',
  'pdf-audit-ragged',
  'pdf-audit-loose',
  'pdf-audit-spread',
  'pdf-audit-marker',
  'pdf-widow',
  'pdf-orphan'
]

function placedLines(parts: readonly AuditPart[]): PlacedLine[] {
  return parts.flatMap((part) =>
    part.facts.pages.flatMap((page, k) =>
      (page.typeset?.lines ?? []).map((line) => ({ ...line, index: part.firstIndex + k, part }))
    )
  )
}

function isHyphenated(line: LineFacts): boolean {
  return line.end !== 'word'
}

/** Records a finding about `line` (or the claim `id` of `part` on PDF page `index`). */
function add(
  finder: Finder,
  at: { index: number; part: AuditPart; claim?: string; id?: string },
  finding: Pick<AuditFinding, 'rule' | 'severity' | 'reason' | 'value'>
): void {
  const id = at.id ?? at.claim ?? ''
  const place = at.part.places.get(id) ?? at.part.places.get(id.replace(/\.[0-9]+$/, ''))
  const start = place?.position?.start
  const found: AuditFinding = {
    ...finding,
    folio: finder.folios[at.index] ?? '',
    pdfPage: at.index + 1,
    id,
    ...(place ? { file: place.file } : {}),
    ...(start ? { line: start.line, column: start.column } : {})
  }
  if (place) places.set(found, place)
  finder.findings.push(found)
}

/** The words broken at line ends: runs, page turns, last lines, short pieces; the longest run. */
function hyphenFindings(lines: readonly PlacedLine[], finder: Finder): number {
  let longest = 0
  let run: PlacedLine[] = []
  const endRun = () => {
    longest = Math.max(longest, run.length)
    const first = run[0]
    if (first && run.length > auditLimits.hyphenRun) {
      add(finder, first, {
        rule: 'pdf-audit-hyphen-run',
        severity: 'warning',
        reason: `${run.length} lines in a row end in a broken word, more than ${auditLimits.hyphenRun}`,
        value: run.length
      })
    }
    run = []
  }
  lines.forEach((line, k) => {
    const previous = lines[k - 1]
    if (!isHyphenated(line) || (run.length > 0 && previous?.paragraph !== line.paragraph)) endRun()
    if (isHyphenated(line)) run.push(line)
    if (line.end === 'page') pageTurn(line, finder)
    if (line.last && previous && previous.paragraph === line.paragraph && isHyphenated(previous)) {
      add(finder, previous, {
        rule: 'pdf-audit-hyphen-last',
        severity: 'info',
        reason: "A word is broken into the paragraph's last line"
      })
    }
    const least = Math.min(line.before ?? Infinity, line.after ?? Infinity)
    if (least < auditLimits.carryOver) {
      add(finder, line, {
        rule: 'pdf-audit-carry-over',
        severity: 'info',
        reason: `A word broken ${line.before} letters | ${line.after}: fewer than ${auditLimits.carryOver} on one side`,
        value: least
      })
    }
  })
  endRun()
  return longest
}

/** A word broken at the foot of a page: worse on a right-hand page, read on after turning the leaf. */
function pageTurn(line: PlacedLine, finder: Finder): void {
  const recto = line.index % 2 === 0
  add(finder, line, {
    rule: 'pdf-audit-hyphen-page',
    severity: recto ? 'warning' : 'info',
    reason: recto
      ? 'A word is broken across the turn of the leaf, from this right-hand page to the next'
      : 'A word is broken across the spread, from this left-hand page to the facing one'
  })
}

/** Justified lines short at the foot of a page, and lines whose word spaces stretch too far. */
function lineFindings(lines: readonly PlacedLine[], finder: Finder): void {
  for (const line of lines) {
    if (!line.justified) continue
    if (line.broken && line.short > auditLimits.ragged) {
      add(finder, line, {
        rule: 'pdf-audit-ragged',
        severity: 'warning',
        reason: `The last line before the page break of a justified paragraph falls ${line.short} pt short of the measure`,
        value: line.short
      })
    }
    if (!line.last && line.space > auditLimits.loose) {
      const very = line.space > auditLimits.veryLoose
      add(finder, line, {
        rule: 'pdf-audit-loose',
        severity: very ? 'warning' : 'info',
        reason: `A line's word spaces are ${line.space} times the face's, more than ${very ? auditLimits.veryLoose : auditLimits.loose}`,
        value: line.space
      })
    }
  }
}

/**
 * Facing pages (a left-hand page and the right-hand one after it, in one part) whose text ends
 * at depths more than the limit apart; a part's first and last pages, and blank ones, are left
 * out, as they end where their text does, and so are spreads with a figure on them or on the
 * page after them, since a figure kept whole ends the page before it where it did not fit, and
 * spreads whose shorter page is followed by a page opening with a block kept whole (a table's
 * row, a section break, a heading and the two lines that go with it, a paragraph's first two
 * lines with the notes they call) taller than the difference, for the same reason.
 */
function spreadFindings(parts: readonly AuditPart[], finder: Finder): void {
  for (const part of parts) {
    const { pages } = part.facts
    for (let k = 1; k + 1 < pages.length - 1; k++) {
      const index = part.firstIndex + k
      if (index % 2 !== 1) continue
      const left = pages[k]
      const right = pages[k + 1]
      if (!left?.typeset || !right?.typeset || left.blank || right.blank) continue
      if (left.typeset.figure || right.typeset.figure || pages[k + 2]?.typeset?.figure) continue
      const difference = Math.round(Math.abs(left.typeset.depth - right.typeset.depth) * 100) / 100
      if (difference <= auditLimits.spread) continue
      // The shorter page ends where the block kept whole that opens the page after it did
      // not fit: that block is taller than the room the shorter page leaves, within the pixel
      // Paged.js rounds the room to (OSSF: a table's title, head and first row of 165.28 pt
      // did not fit in 165.56).
      const after = left.typeset.depth < right.typeset.depth ? right : pages[k + 2]
      if ((after?.typeset?.keptHead ?? 0) + pixel > difference) continue
      add(
        finder,
        { index, part, id: firstClaim(left.typeset) },
        {
          rule: 'pdf-audit-spread',
          severity: 'warning',
          reason: `Facing pages end ${difference} pt apart (at ${left.typeset.depth} and ${right.typeset.depth} pt from the top), more than ${auditLimits.spread}`,
          value: difference
        }
      )
    }
  }
}

function firstClaim(typeset: PageTypeset): string {
  return typeset.lines[0]?.claim ?? ''
}

/** Note numbers standing higher or lower over their line than most of the book's. */
function markerFindings(parts: readonly AuditPart[], finder: Finder): void {
  const tally = new Map<number, number>()
  for (const part of parts) {
    for (const page of part.facts.pages) {
      for (const marker of page.typeset?.markers ?? []) {
        tally.set(marker.raise, (tally.get(marker.raise) ?? 0) + 1)
      }
    }
  }
  const common = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
  if (common === undefined) return
  for (const part of parts) {
    part.facts.pages.forEach((page, k) => {
      for (const marker of page.typeset?.markers ?? []) {
        const at = { index: part.firstIndex + k, part, id: marker.id || marker.claim }
        if (marker.opens) {
          add(finder, at, {
            rule: 'pdf-audit-marker',
            severity: 'warning',
            reason: 'A note number opens a line, parted from the word it follows',
            value: 0
          })
        }
        if (Math.abs(marker.raise - common) <= auditLimits.marker) continue
        add(finder, at, {
          rule: 'pdf-audit-marker',
          severity: 'warning',
          reason: `A note number stands ${marker.raise} em over its line, where most stand ${common} em`,
          value: marker.raise
        })
      }
    })
  }
}

/** Widows and orphans, as the checks after layout report them (`pdf-widow`, `pdf-orphan`). */
function splitFindings(parts: readonly AuditPart[], finder: Finder): void {
  for (const part of parts) {
    for (const split of part.facts.splits) {
      if (split.before >= 2 && split.after >= 2) continue
      const orphan = split.before < 2
      add(
        finder,
        { index: part.firstIndex + split.page + (orphan ? 0 : 1), part, id: split.id },
        {
          rule: orphan ? 'pdf-orphan' : 'pdf-widow',
          severity: 'warning',
          reason: orphan
            ? "A paragraph's first line stands alone at the foot of the page"
            : "A paragraph's last line stands alone at the head of the page"
        }
      )
    }
  }
}
