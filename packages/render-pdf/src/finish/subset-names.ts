// One subset name per font program. Each part of a book is printed on its own, and Chromium tags
// every part's subsets from `AAAAAA+` on, so the stitched book has several different subsets of
// Source Serif 4 all named `AAAAAA+SourceSerif4-Regular`; a press's preflight flags this, and a
// RIP can take one for another and print the wrong glyphs. Each distinct font program gets a
// tag of its own, in the order met, in its font, descendant font and font descriptor.
import { PDFArray, PDFDict, type PDFDocument, PDFName, type PDFRef } from 'pdf-lib'

/** A font's names to change together: the Type0 font, its descendant and its descriptor. */
interface Named {
  dicts: { dict: PDFDict; key: 'BaseFont' | 'FontName' }[]
  name: string
}

/** Gives every distinct embedded font program its own subset tag; returns how many changed. */
export function uniqueSubsetNames(doc: PDFDocument): number {
  const programs = new Map<PDFRef, Named>()
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0'))
      continue
    const named = namesOf(doc, object)
    if (named && !programs.has(named.program)) programs.set(named.program, named.named)
  }
  let changed = 0
  let index = 0
  for (const named of programs.values()) {
    const tag = tagOf(index++)
    const renamed = named.name.replace(/^[A-Z]{6}\+/, `${tag}+`)
    if (renamed === named.name) continue
    for (const { dict, key } of named.dicts) dict.set(PDFName.of(key), PDFName.of(renamed))
    changed++
  }
  return changed
}

/** The names of a Type0 font and the font program they name, when it embeds one. */
function namesOf(doc: PDFDocument, font: PDFDict): { program: PDFRef; named: Named } | undefined {
  const base = font.get(PDFName.of('BaseFont'))
  const descendants = font.lookup(PDFName.of('DescendantFonts'))
  if (!(base instanceof PDFName) || !(descendants instanceof PDFArray)) return undefined
  const descendant = doc.context.lookup(descendants.get(0))
  if (!(descendant instanceof PDFDict)) return undefined
  const descriptor = descendant.lookup(PDFName.of('FontDescriptor'))
  if (!(descriptor instanceof PDFDict)) return undefined
  const program = ['FontFile2', 'FontFile3', 'FontFile']
    .map((key) => descriptor.get(PDFName.of(key)))
    .find((value) => value !== undefined) as PDFRef | undefined
  if (program === undefined) return undefined
  return {
    program,
    named: {
      name: base.decodeText(),
      dicts: [
        { dict: font, key: 'BaseFont' },
        { dict: descendant, key: 'BaseFont' },
        { dict: descriptor, key: 'FontName' }
      ]
    }
  }
}

/** The `index`-th six-letter tag: AAAAAA, BAAAAA, … ZAAAAA, ABAAAA, … */
function tagOf(index: number): string {
  let tag = ''
  let rest = index
  for (let k = 0; k < 6; k++) {
    tag += String.fromCharCode(65 + (rest % 26))
    rest = Math.floor(rest / 26)
  }
  return tag
}
