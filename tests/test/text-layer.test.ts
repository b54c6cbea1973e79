// The PDF's text layer is the text, words whole: for the first manuscript and two texts of the
// corpus (English and German), what pdftotext and pdf.js extract has no soft hyphen, no U+0000,
// ’ as U+2019 and ligatures as their letters, and, once a hyphen that ends a line is joined to
// the next line, every word of every paragraph of the tree, as many times as the paragraphs
// have it, and every three-word phrase of each paragraph. The PDFs are made once. A word broken
// across pages is found from its two halves (a line ending in `half-`, a line beginning with
// the rest). Phrases are looked for in pdf.js's body text: no artifact (running heads, folios),
// no Note, its lines in the order they stand on the page, so that a phrase running on to the
// next page is whole.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { renderPdf } from '@colophon/render-pdf'
import { type Inline, type Paragraph, paragraphsOf, type Root } from '@colophon/schema'
import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' }
const texts = {
  seed: 'source/snyder-bloodlands-ch2-class-terror.txt',
  english: 'corpus/en-carlyle-revolution/en-carlyle-revolution.txt',
  german: 'corpus/de-goethe-leipziger-freunde/de-goethe-leipziger-freunde.txt'
}

interface Edition {
  paragraphs: string[]
  pdftotext: string
  /** Every line pdf.js reads. */
  pdfjs: string
  /** The lines of the body text: no artifact (running heads, folios), no note. */
  body: string
}

const editions = new Map<string, Edition>()

/** A paragraph's text: its claims' text, a note's number as a space. */
function paragraphText(paragraph: Paragraph): string {
  const text = (children: readonly Inline[]): string =>
    children
      .map((child) => {
        if (child.type === 'text') return child.value
        return 'children' in child ? text(child.children as Inline[]) : ' '
      })
      .join('')
  return paragraph.children.map((claim) => text(claim.children)).join(' ')
}

function paragraphsOfTree(tree: Root): string[] {
  return tree.children.flatMap((chapter) =>
    chapter.children.flatMap((section) => paragraphsOf(section).map(paragraphText))
  )
}

/** The Note elements' marked content on a page of pdf.js. */
async function noteContent(page: PDFPageProxy): Promise<Set<string>> {
  const notes = new Set<string>()
  interface Node {
    role?: string
    type?: string
    id?: string
    children?: Node[]
  }
  const visit = (node: Node, inNote: boolean) => {
    const here = inNote || node.role === 'Note'
    if (node.type === 'content' && here && node.id) notes.add(node.id)
    for (const child of node.children ?? []) visit(child, here)
  }
  visit(((await page.getStructTree()) as Node | null) ?? {}, false)
  return notes
}

/** Lines in the order they stand on the page, top to bottom: items on one baseline are a line. */
function linesOf(items: readonly { str: string; x: number; y: number }[]): string {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x)
  let text = ''
  let baseline: number | undefined
  for (const item of sorted) {
    if (baseline !== undefined && Math.abs(item.y - baseline) > 1) text += '\n'
    baseline = item.y
    text += item.str
  }
  return `${text}\n`
}

/**
 * What pdf.js reads: all of it, a line's end as a line break; and the body text only, its lines
 * in the order they stand (Chromium may paint a heading before the lines above it).
 */
async function pdfjsText(bytes: Uint8Array): Promise<{ pdfjs: string; body: string }> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false })
    .promise
  let pdfjs = ''
  let body = ''
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const notes = await noteContent(page)
    const content = await page.getTextContent({ includeMarkedContent: true })
    const open: boolean[] = []
    const shown: { str: string; x: number; y: number }[] = []
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'endMarkedContent') open.pop()
        else {
          // pdf.js gives a sequence's tag, which its types leave out.
          const { tag } = item as { tag?: string }
          open.push(tag === 'Artifact' || (item.id != null && notes.has(item.id)))
        }
        continue
      }
      pdfjs += item.str + (item.hasEOL ? '\n' : '')
      const [x = 0, y = 0] = item.transform.slice(4)
      if (!open.includes(true) && item.str !== '') shown.push({ str: item.str, x, y })
    }
    pdfjs += '\n'
    body += linesOf(shown)
  }
  return { pdfjs, body }
}

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'colophon-text-layer-'))
  for (const [name, path] of Object.entries(texts)) {
    const { tree } = parseFile(join(repo, path))
    if (!tree) throw new Error(`Expected ${path} to parse`)
    const { pdf } = await renderPdf(tree, { env })
    const file = join(folder, `${name}.pdf`)
    writeFileSync(file, pdf)
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`)
    const paragraphs = paragraphsOfTree(tree)
    editions.set(name, { paragraphs, pdftotext: run.stdout, ...(await pdfjsText(pdf)) })
  }
}, 900_000)

/**
 * Words as compared: runs of letters, marks and digits, hyphens dropped (a compound broken at
 * its own hyphen is one word to pdftotext), a number apart from a word it touches (a note's
 * number after a word, a paragraph's number in the margin before its first word).
 */
function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .replace(/-/g, '')
      .replace(/(\p{L}\p{M}*)(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  )
}

/**
 * The extracted text with each line-ending hyphen joined to the next line, past the numbers
 * pdf.js reads after a page's last line (the paragraphs' numbers in the margin).
 */
const joined = (text: string) => text.replace(/-\n(?:[\p{N} ]*\n)*/gu, '')

/**
 * Of the tree's words, those the extraction has fewer times than the paragraphs, whole or in two
 * halves across pages.
 */
function missingWords(edition: Edition, extracted: string): string[] {
  const found = new Map<string, number>()
  for (const word of words(joined(extracted))) found.set(word, (found.get(word) ?? 0) + 1)
  // A word's first half ends a line with its hyphen; or, in pdftotext, runs into the number of
  // the first note below (it joins the page's last line of text to the notes, hyphen dropped).
  const halves = new Set(
    [...extracted.matchAll(/([\p{L}\p{M}-]+)(?:-\n|\d)/gu)].map((m) =>
      (m[1] as string).replace(/-/g, '')
    )
  )
  const starts = new Set([...extracted.matchAll(/^[\p{L}\p{M}]+/gmu)].map((m) => m[0]))
  const broken = (word: string) => {
    for (let at = 1; at < word.length; at++) {
      if (halves.has(word.slice(0, at)) && starts.has(word.slice(at))) return true
    }
    return false
  }
  // A number the number of a note follows is read as one number (`1789` and note 405: `1789405`).
  const numbers = [...found.keys()].filter((word) => /^\p{N}+$/u.test(word))
  const glued = (word: string) =>
    /^\p{N}+$/u.test(word) && numbers.some((n) => n.length > word.length && n.startsWith(word))
  return edition.paragraphs.flatMap(words).filter((word) => {
    const left = found.get(word) ?? 0
    found.set(word, left - 1)
    return left <= 0 && !broken(word) && !glued(word)
  })
}

/**
 * Of each paragraph's three-word phrases, those not in the extraction. Numbers are left out of
 * the phrases, on both sides: a note's number, a paragraph's number in the margin and a folio
 * are numbers the extraction has where the tree has none (the words' test counts the numbers).
 */
function missingPhrases(edition: Edition, extracted: string): string[] {
  const lettered = (text: string) => words(text).filter((word) => !/^\p{N}+$/u.test(word))
  const sequence = lettered(joined(extracted))
  const phrases = new Set(
    sequence.slice(2).map((word, k) => `${sequence[k]} ${sequence[k + 1]} ${word}`)
  )
  return edition.paragraphs.flatMap((paragraph) => {
    const own = lettered(paragraph)
    return own
      .slice(2)
      .map((word, k) => `${own[k]} ${own[k + 1]} ${word}`)
      .filter((phrase) => !phrases.has(phrase))
  })
}

const count = (text: string, character: string) => text.split(character).length - 1

describe('the text layer', () => {
  for (const name of Object.keys(texts)) {
    for (const extractor of ['pdftotext', 'pdfjs'] as const) {
      it(`${name}, ${extractor}: no soft hyphen, no U+0000, ’ and ligatures as written`, () => {
        const edition = editions.get(name) as Edition
        const extracted = edition[extractor]
        for (const unwanted of ['\u00ad', '\u0000', '\u02bc', '\ufffd']) {
          expect(count(extracted, unwanted), `U+${unwanted.codePointAt(0)?.toString(16)}`).toBe(0)
        }
        expect(extracted).not.toMatch(/[\ufb00-\ufb06]/)
        const source = edition.paragraphs.join('\n')
        expect(count(extracted, '\u2019')).toBeGreaterThanOrEqual(count(source, '\u2019'))
      })

      it(`${name}, ${extractor}: every word of every paragraph, once line-end hyphens are joined`, () => {
        const edition = editions.get(name) as Edition
        expect(missingWords(edition, edition[extractor])).toEqual([])
      })
    }

    it(`${name}: every three-word phrase of every paragraph in pdf.js's body text`, () => {
      const edition = editions.get(name) as Edition
      expect(missingPhrases(edition, edition.body)).toEqual([])
    })
  }
})
