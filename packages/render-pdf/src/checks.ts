// Facts about the paginated pages checked against the tree: each footnote begins on the page
// of its reference, every claim still has all its text, no paragraph leaves a single line
// behind or carries one over, no page's text runs past its foot, and each part has a page
// count its length allows.

import { referencedNote } from '@colophon/render-html'
import type { Chapter, FootnoteDefinition, Position } from '@colophon/schema'
import { visit } from 'unist-util-visit'
import type { VFileMessage } from 'vfile-message'
import { type Indexed, normalise } from './index-tree.js'
import type { Layout } from './layout.js'
import { message } from './messages.js'
import type { Settings } from './options.js'
import type { PaginatedPart } from './paginate.js'

/** A part as paginated (a chapter, the notes, the sources), and where it goes in the book. */
export interface PartPlan {
  /** Its name in messages about its length. */
  title: string
  /** Notes that must begin on the page of their first reference (notes at the foot). */
  footnotes: readonly FootnoteDefinition[]
  /** Where messages about the part as a whole point. */
  place: { file: string; position: Position | undefined }
  /** Whether its page count is checked against its length. */
  counted: boolean
  /** The chapter it prints, if it is one: its code and tables take pages its claims do not. */
  chapter?: Chapter | undefined
  part: PaginatedPart
  /** The folio of its first page. */
  firstFolio: number
  /** Blank pages after it, so the next part opens on a right-hand page. */
  pad: number
  /** Index of its first page in the PDF. */
  firstIndex: number
}

/** What each of a part's checks needs: its plan, its pages' names, the tree's places. */
interface PartCheck {
  plan: PartPlan
  indexed: Indexed
  pageName: (k: number) => string
  place: (id: string) => { file: string; position: Position | undefined } | undefined
  messages: VFileMessage[]
}

/** The checks after layout of one part: its notes, its text, its figures, its broken paragraphs. */
export function checkPart(
  plan: PartPlan,
  indexed: Indexed,
  folios: readonly string[],
  settings: Settings,
  messages: VFileMessage[]
): void {
  const check: PartCheck = {
    plan,
    indexed,
    pageName: (k) => {
      const folio = folios[plan.firstIndex + k]
      return `page ${folio || '?'} (PDF page ${plan.firstIndex + k + 1})`
    },
    place: (id) => indexed.places.get(id),
    messages
  }
  if (settings.notes === 'foot' && plan.footnotes.length > 0) checkFootnotes(check)
  checkText(check)
  checkFigures(check)
  checkSplits(check)
  checkOverflow(check)
}

/** Each footnote begins on the page of its first reference. */
function checkFootnotes({ plan, pageName, place, messages }: PartCheck): void {
  const { pages } = plan.part.facts
  const notePage = new Map<string, number>()
  pages.forEach((page, k) => {
    for (const note of page.notes) if (!notePage.has(note)) notePage.set(note, k)
  })
  const expected = new Set(plan.footnotes.map((note) => note.identifier))
  pages.forEach((page, k) => {
    for (const reference of page.references) {
      const identifier = referencedNote(reference)
      if (!expected.has(identifier)) continue
      const at = notePage.get(identifier)
      const label = identifier.replace(/^(?:c\d+-)?n/, '')
      if (at === undefined) {
        messages.push(
          message(
            'error',
            'pdf-footnote-lost',
            `Note \`${label}\`, referred to on ${pageName(k)}, is on no page; the paginator dropped it`,
            place(reference)
          )
        )
      } else if (at !== k) {
        messages.push(
          message(
            'error',
            'pdf-footnote-page',
            `Note \`${label}\` begins on ${pageName(at)}, expected ${pageName(k)} with its reference`,
            place(reference)
          )
        )
      }
    }
  })
}

/** Each claim's text as printed is the tree's, and runs into none before it. */
function checkText({ plan, indexed, pageName, place, messages }: PartCheck): void {
  const { claims, joined } = plan.part.facts
  for (const [id, text] of indexed.claims) {
    const printed = claims[id]
    if (printed === undefined) {
      messages.push(
        message(
          'error',
          'pdf-text-lost',
          `${named(id)} is on no page; its text was dropped in pagination`,
          place(id)
        )
      )
    } else if (normalise(printed) !== normalise(text)) {
      messages.push(
        message(
          'error',
          'pdf-text-changed',
          `${named(id)} reads differently on the page than in the source: expected \`${excerpt(text)}\`, found \`${excerpt(printed)}\``,
          place(id)
        )
      )
    }
  }
  for (const touch of joined) {
    messages.push(
      message(
        'error',
        'pdf-text-changed',
        `Claim \`${touch.id}\` runs into the sentence before it on ${pageName(touch.page)}: the space between them was lost in pagination`,
        place(touch.id)
      )
    )
  }
}

/** A figure is never broken across pages: it is scaled to fit one, with its caption. */
function checkFigures({ plan, pageName, place, messages }: PartCheck): void {
  const figurePages = new Map<string, number[]>()
  plan.part.facts.pages.forEach((page, k) => {
    for (const id of page.figures) figurePages.set(id, [...(figurePages.get(id) ?? []), k])
  })
  for (const [id, on] of figurePages) {
    if (on.length < 2) continue
    const where = on.map(pageName).join(' and ')
    messages.push(
      message('error', 'pdf-figure-split', `Figure \`${id}\` is broken across ${where}`, place(id))
    )
  }
}

/** No page's text runs past its area, where it would not be printed. */
function checkOverflow({ plan, pageName, place, messages }: PartCheck): void {
  plan.part.facts.pages.forEach((page, k) => {
    if (!page.overflow) return
    const first = page.starts[0]
    messages.push(
      message(
        'error',
        'pdf-overflow',
        `The text of ${pageName(k)} runs past the foot of its text area, where it is not printed`,
        (first && place(first.id)) ?? plan.place
      )
    )
  })
}

/** A paragraph broken across pages keeps two lines on each side. */
function checkSplits({ plan, pageName, place, messages }: PartCheck): void {
  for (const split of plan.part.facts.splits) {
    if (split.before >= 2 && split.after >= 2) continue
    const what =
      split.before < 2
        ? 'its first line alone at the foot of'
        : 'its last line alone at the head of'
    const page = split.before < 2 ? split.page : split.page + 1
    messages.push(
      message(
        'warning',
        split.before < 2 ? 'pdf-orphan' : 'pdf-widow',
        `Paragraph \`${split.id}\` leaves ${what} ${pageName(page)}`,
        place(split.id)
      )
    )
  }
}

/** Each chapter's page count within what its length allows on this page. */
export function checkPageCount(
  plans: readonly PartPlan[],
  layout: Layout,
  messages: VFileMessage[]
): void {
  const { size, margins, fontSize } = layout
  const lines = (size.height - margins.top - margins.bottom) / (fontSize * 1.42)
  const perLine = (size.width - margins.inner - margins.outer) / (fontSize * 0.48)
  const capacity = lines * perLine
  for (const plan of plans) {
    const count = plan.part.facts.pages.length
    const paragraphs = paragraphLengths(plan.part.facts.claims)
    const characters = [...paragraphs.values()].reduce((sum, length) => sum + length, 0)
    // Full pages of unbroken text at the one end; at the other, lines a fifth full and two
    // lines of space around every paragraph, as with long notes, verse, headings and an index
    // of one-line entries, and a page for each figure.
    const figures = new Set(plan.part.facts.pages.flatMap((page) => page.figures)).size
    const least = Math.floor(characters / (capacity * 1.25))
    let sparse = 0
    for (const length of paragraphs.values()) sparse += Math.ceil(length / (perLine * 0.2)) + 2
    if (plan.chapter) sparse += listingLines(plan.chapter, perLine)
    const most = Math.ceil(sparse / lines) + 2 + figures
    if (count < least || count > most) {
      messages.push(
        message(
          'error',
          'pdf-page-count',
          `${plan.title} has ${count} pages, expected ${least} to ${most} for ${characters} characters; the layout went wrong`,
          plan.place
        )
      )
    }
  }
}

/**
 * The most lines a chapter's code and tables may take, none of it a claim's text: each line of
 * code wrapped at half the measure, each table row's text at a fifth of it, and two lines of
 * space around every block. A book of listings (40 of 40–89 lines) took 75 pages where its
 * prose alone allowed 45.
 */
function listingLines(chapter: Chapter, perLine: number): number {
  let count = 0
  visit(chapter, (node) => {
    if (node.type === 'code' && 'value' in node && typeof node.value === 'string') {
      for (const line of node.value.split('\n'))
        count += Math.max(1, Math.ceil(line.length / (perLine * 0.5)))
      count += 2
    } else if (node.type === 'tableRow') {
      let length = 0
      visit(node, (inner) => {
        if ('value' in inner && typeof inner.value === 'string') length += inner.value.length
      })
      count += Math.max(1, Math.ceil(length / (perLine * 0.2)))
    } else if (node.type === 'table') count += 2
  })
  return count
}

/** The characters of each paragraph (`p12` of claims `p12.1`, `p12.2`…) as printed. */
function paragraphLengths(claims: Readonly<Record<string, string>>): Map<string, number> {
  const lengths = new Map<string, number>()
  for (const [id, text] of Object.entries(claims)) {
    const paragraph = id.replace(/\.[0-9]+$/, '')
    lengths.set(paragraph, (lengths.get(paragraph) ?? 0) + normalise(text).length)
  }
  return lengths
}

/** A claim, or a figure's caption (`figure1-caption`), as messages name it. */
function named(id: string): string {
  const figure = /^(.*)-caption$/.exec(id)?.[1]
  return figure === undefined ? `Claim \`${id}\`` : `The caption of figure \`${figure}\``
}

function excerpt(text: string): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/\u00ad/g, '')
    .trim()
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat
}
