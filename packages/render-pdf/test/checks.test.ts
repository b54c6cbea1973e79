// The checks after layout, on pages described by hand: each can fail, and says where.
import type { Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { checkPageCount, checkPart, type PartPlan } from '../src/checks.js'
import { indexTree } from '../src/index-tree.js'
import { layoutOf } from '../src/layout.js'
import { settingsOf } from '../src/options.js'
import type { PageFacts } from '../src/page-script.js'
import { parsePageSize } from '../src/page-size.js'
import { notedSeedTree } from './helpers.js'

const settings = settingsOf({ env: {} })
const folios = ['i', 'ii', '1', '2', '3']

function plan(
  tree: Root,
  pages: PageFacts[],
  claims: Record<string, string>,
  splits: PartPlan['part']['facts']['splits'] = [],
  joined: PartPlan['part']['facts']['joined'] = []
): PartPlan {
  const chapter = tree.children[0]
  if (!chapter) throw new Error('Expected a chapter')
  return {
    title: chapter.title ?? chapter.id,
    footnotes: chapter.notes,
    place: { file: chapter.source.path, position: chapter.position },
    counted: true,
    part: {
      pdf: new Uint8Array(),
      blocked: [],
      facts: {
        pages,
        claims,
        splits,
        joined,
        refused: [],
        links: {},
        ms: 0,
        kept: 0,
        splitNotes: [],
        unprinted: 0,
        uneven: []
      }
    },
    firstFolio: 1,
    pad: 0,
    firstIndex: 2
  }
}

function page(references: string[], notes: string[]): PageFacts {
  return { starts: [], references, notes, blank: false, figures: [], overflow: false }
}

describe('checks after layout', () => {
  const tree = notedSeedTree()
  const indexed = indexTree(tree, true)
  const allClaims = Object.fromEntries(indexed.claims)

  it('finds nothing when every note is with its reference and every claim is whole', () => {
    const found = collect(
      plan(tree, [page(['fnref-n1'], ['n1']), page(['fnref-n2'], ['n2'])], allClaims)
    )
    expect(found).toEqual([])
  })

  it('reports a note that begins on another page, at its reference, naming both pages', () => {
    const found: ReturnType<typeof collect> = collect(
      plan(tree, [page(['fnref-n1'], []), page([], ['n1'])], allClaims)
    )
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: 'pdf-footnote-page',
        reason:
          'Note `1` begins on page 2 (PDF page 4), expected page 1 (PDF page 3) with its reference'
      })
    ])
    expect(found[0]?.line).toBe(indexed.places.get('fnref-n1')?.position?.start.line)
  })

  it('reports a figure broken across pages, naming them', () => {
    const first = { ...page([], []), figures: ['figure1'] }
    const found = collect(plan(tree, [first, { ...first }], allClaims))
    expect(found.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([
      'pdf-figure-split: Figure `figure1` is broken across page 1 (PDF page 3) and page 2 (PDF page 4)'
    ])
  })

  it('reports a page whose text runs past its foot, where it is not printed', () => {
    const full = page(['fnref-n1'], ['n1'])
    const found = collect(
      plan(tree, [{ ...full, overflow: true }, page(['fnref-n2'], ['n2'])], allClaims)
    )
    expect(found.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([
      'pdf-overflow: The text of page 1 (PDF page 3) runs past the foot of its text area, where it is not printed'
    ])
    expect(found[0]?.fatal).toBe(true)
  })

  it('reports a note on no page', () => {
    expect(collect(plan(tree, [page(['fnref-n1'], [])], allClaims)).map((m) => m.ruleId)).toEqual([
      'pdf-footnote-lost'
    ])
  })

  it('reports a claim whose text was cut, and one that is on no page', () => {
    const claims: Record<string, string> = {
      ...allClaims,
      'p12.3': (allClaims['p12.3'] ?? '').slice(0, 10)
    }
    delete claims['p40.1']
    const found = collect(plan(tree, [], claims))
    expect(found.map((m) => `${m.ruleId} ${m.reason.slice(0, 24)}`)).toEqual([
      'pdf-text-changed Claim `p12.3` reads diff',
      'pdf-text-lost Claim `p40.1` is on no p'
    ])
  })

  it('reports two sentences run together, a space lost', () => {
    const found = collect(plan(tree, [], allClaims, [], [{ id: 'p2.4', page: 1 }]))
    expect(found.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([
      'pdf-text-changed: Claim `p2.4` runs into the sentence before it on page 2 (PDF page 4): the space between them was lost in pagination'
    ])
  })

  it('reports a single line left at the foot or carried to the head of a page', () => {
    const found = collect(
      plan(tree, [], allClaims, [
        { id: 'p3', page: 0, before: 1, after: 5 },
        { id: 'p4', page: 1, before: 6, after: 1 },
        { id: 'p5', page: 2, before: 2, after: 2 }
      ])
    )
    expect(found.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([
      'pdf-orphan: Paragraph `p3` leaves its first line alone at the foot of page 1 (PDF page 3)',
      'pdf-widow: Paragraph `p4` leaves its last line alone at the head of page 3 (PDF page 5)'
    ])
  })

  it('reports a chapter with far more or far fewer pages than its text allows', () => {
    const layout = layoutOf(parsePageSize('6x9in') as never)
    const pages = (count: number) => Array.from({ length: count }, () => page([], []))
    const counts = [1, 35, 400].map((count) => {
      const messages: { ruleId?: string | undefined }[] = []
      checkPageCount([plan(tree, pages(count), allClaims)], layout, messages as never)
      return messages.map((message) => message.ruleId)
    })
    expect(counts).toEqual([['pdf-page-count'], [], ['pdf-page-count']])
  })

  it('allows an index of one-line entries, each a paragraph, the pages they take', () => {
    // Biddulph's index (from the corpus): about 1,000 entries of some 20 characters, 51 pages.
    const layout = layoutOf(parsePageSize('6x9in') as never)
    const entries: Record<string, string> = {}
    for (let k = 1; k <= 1000; k++) entries[`p${k}.1`] = `Chandler, Gen., ${k}`
    const pages = (count: number) => Array.from({ length: count }, () => page([], []))
    const counts = [51, 400].map((count) => {
      const messages: { ruleId?: string | undefined }[] = []
      checkPageCount([plan(tree, pages(count), entries)], layout, messages as never)
      return messages.map((message) => message.ruleId)
    })
    expect(counts).toEqual([[], ['pdf-page-count']])
  })
})

function collect(part: PartPlan) {
  const messages: import('vfile-message').VFileMessage[] = []
  checkPart(part, indexTree(notedSeedTree(), true), folios, settings, messages)
  return messages
}
