// The text of each P element of a tagged PDF, for the checker's condition that each paragraph of
// the edition is one P: pdf.js reads each page's text by marked-content sequence (its MCID), and
// the structure tree, read with pdf-lib, says which sequences, on which pages, a P holds.
import {
  type Block,
  blocksIn,
  type Inline,
  type IntroInline,
  type Paragraph,
  type Root
} from '@colophon/schema'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFObject, PDFRef } from 'pdf-lib'
import { open, squash } from './helpers.js'

/** A paragraph of the edition: its id and its text as printed, note labels and all. */
export interface EditionParagraph {
  id: string
  text: string
}

/**
 * Every paragraph of the edition's chapters, in order: the editor's introduction's (named by its
 * chapter and place, `c1-introduction-2`), then the sections' and their quotations'.
 */
export function editionParagraphs(tree: Root): EditionParagraph[] {
  return tree.children.flatMap((chapter) => {
    const introduction = (chapter.introduction?.children ?? []).flatMap((block, index) =>
      block.type === 'introParagraph'
        ? [{ id: `${chapter.id}-introduction-${index + 1}`, text: printed(block.children) }]
        : []
    )
    const sections = chapter.children.flatMap((section) =>
      section.children.flatMap(paragraphsOutsideLists).map((paragraph) => ({
        id: paragraph.id,
        text: paragraph.children.map((claim) => printed(claim.children)).join(' ')
      }))
    )
    return [...introduction, ...sections]
  })
}

/** How many block quotations the edition's sections print, in quotations and lists too. */
export function editionQuotations(tree: Root): number {
  return tree.children
    .flatMap((chapter) => chapter.children.flatMap((section) => section.children.flatMap(blocksIn)))
    .filter((block) => block.type === 'quote').length
}

/** The paragraphs of a block, in quotations too; not a list item's, which may print as no `p`. */
function paragraphsOutsideLists(block: Block): Paragraph[] {
  if (block.type === 'paragraph') return [block]
  return block.type === 'quote' ? block.children.flatMap(paragraphsOutsideLists) : []
}

/** The text of inline content, a note reference by its label (`7`, or a source's `b`). */
function printed(children: readonly (Inline | IntroInline)[]): string {
  return children
    .map((child) =>
      child.type === 'text'
        ? child.value
        : child.type === 'footnoteReference'
          ? child.label
          : 'children' in child
            ? printed(child.children)
            : ''
    )
    .join('')
}

/**
 * Text reduced to what survives any layout and pdf.js's reading: its letters (`squash`), no
 * digits (a note's number) or punctuation (a note's `*`).
 */
export function letters(text: string): string {
  return squash(text.normalize('NFKC')).replace(/[^\p{L}]/gu, '')
}

/** The text of each P element, in the tree's order; a Note inside one is not its text. */
export async function paragraphTexts(bytes: Uint8Array): Promise<string[]> {
  const byMark = await markedTexts(bytes)
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const pages = new Map(doc.getPages().map((page, index) => [page.ref, index]))
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const texts: string[] = []
  const kids = (element: PDFDict) => {
    const k = element.get(PDFName.of('K'))
    const value = k === undefined ? undefined : doc.context.lookup(k)
    return value instanceof PDFArray ? value.asArray() : k === undefined ? [] : [k]
  }
  const textOf = (element: PDFDict, page: PDFObject | undefined): string => {
    const own = element.get(PDFName.of('Pg')) ?? page
    return kids(element)
      .map((kid) => {
        const at = (mcid: number, on: PDFObject | undefined) =>
          byMark.get(`${on instanceof PDFRef ? pages.get(on) : -1} ${mcid}`) ?? ''
        if (kid instanceof PDFNumber) return at(kid.asNumber(), own)
        const dict = doc.context.lookup(kid)
        if (!(dict instanceof PDFDict)) return ''
        const type = dict.get(PDFName.of('Type'))
        if (type === PDFName.of('MCR')) {
          const mcid = dict.lookupMaybe(PDFName.of('MCID'), PDFNumber)?.asNumber() ?? -1
          return at(mcid, dict.get(PDFName.of('Pg')) ?? own)
        }
        if (type === PDFName.of('OBJR') || dict.get(PDFName.of('S')) === PDFName.of('Note')) {
          return ''
        }
        return textOf(dict, own)
      })
      .join('')
  }
  const visit = (element: PDFDict) => {
    if (element.get(PDFName.of('S')) === PDFName.of('P')) texts.push(textOf(element, undefined))
    for (const kid of kids(element)) {
      const dict = doc.context.lookup(kid)
      if (dict instanceof PDFDict && !dict.has(PDFName.of('MCID'))) visit(dict)
    }
  }
  if (root) visit(root)
  return texts
}

/** The text of each marked-content sequence with an MCID, keyed `page mcid` (page from 0). */
async function markedTexts(bytes: Uint8Array): Promise<Map<string, string>> {
  const pdf = await open(bytes)
  const texts = new Map<string, string>()
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent({ includeMarkedContent: true })
    // The innermost open sequence with an MCID owns the text (pdf.js ids end `_mc7`).
    const open: (string | undefined)[] = []
    for (const item of content.items) {
      if ('str' in item) {
        const owner = open.findLast((key) => key !== undefined)
        if (owner !== undefined) texts.set(owner, (texts.get(owner) ?? '') + item.str)
      } else if (item.type === 'endMarkedContent') {
        open.pop()
      } else {
        const mcid = /_mc(\d+)$/.exec(item.id ?? '')?.[1]
        open.push(mcid === undefined ? undefined : `${number - 1} ${mcid}`)
      }
    }
  }
  await pdf.destroy()
  return texts
}
