// A CID font's widths (/W, ISO 32000-1 9.7.4.3) and its ToUnicode CMap (9.10.3) as maps keyed
// by CID, and back, so that the fonts of several parts can be given one of each.
import { PDFArray, type PDFContext, PDFNumber, type PDFObject } from 'pdf-lib'

/** CID to width, from a /W array: `c [w1 w2 …]` and `c_first c_last w` entries. */
export function readWidths(array: PDFArray | undefined): Map<number, number> {
  const widths = new Map<number, number>()
  const items = array?.asArray() ?? []
  const number = (item: PDFObject | undefined) =>
    item instanceof PDFNumber ? item.asNumber() : NaN
  for (let index = 0; index < items.length; ) {
    const first = number(items[index])
    const next = items[index + 1]
    if (next instanceof PDFArray) {
      for (const [k, item] of next.asArray().entries()) widths.set(first + k, number(item))
      index += 2
    } else {
      const last = number(next)
      const width = number(items[index + 2])
      for (let cid = first; cid <= last; cid++) widths.set(cid, width)
      index += 3
    }
  }
  return widths
}

/** A /W array of `widths`, consecutive CIDs in one `c [w1 w2 …]` entry. */
export function writeWidths(context: PDFContext, widths: ReadonlyMap<number, number>): PDFArray {
  const array = PDFArray.withContext(context)
  let run: PDFArray | undefined
  let previous = Number.NaN
  for (const cid of [...widths.keys()].sort((a, b) => a - b)) {
    if (!run || cid !== previous + 1) {
      run = PDFArray.withContext(context)
      array.push(PDFNumber.of(cid))
      array.push(run)
    }
    run.push(PDFNumber.of(widths.get(cid) as number))
    previous = cid
  }
  return array
}

const hexes = (text: string) => [...text.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1] as string)

/** `hex` (UTF-16BE) with `step` added to its last byte, as a bfrange's destinations are. */
function stepped(hex: string, step: number): string {
  const last = Number.parseInt(hex.slice(-2), 16) + step
  return hex.slice(0, -2).toUpperCase() + (last & 0xff).toString(16).toUpperCase().padStart(2, '0')
}

/** CID to the text it stands for (UTF-16BE as hex), from the bfchar and bfrange blocks. */
export function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    const items = hexes(block[1] as string)
    for (let k = 0; k + 1 < items.length; k += 2) {
      map.set(Number.parseInt(items[k] as string, 16), (items[k + 1] as string).toUpperCase())
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of (block[1] as string).matchAll(/<(\w+)>\s*<(\w+)>\s*(<\w*>|\[[^\]]*\])/g)) {
      const first = Number.parseInt(line[1] as string, 16)
      const last = Number.parseInt(line[2] as string, 16)
      const target = line[3] as string
      const list = target.startsWith('[') ? hexes(target) : undefined
      for (let cid = first; cid <= last; cid++) {
        const text = list ? list[cid - first] : stepped(hexes(target)[0] as string, cid - first)
        if (text !== undefined) map.set(cid, text.toUpperCase())
      }
    }
  }
  return map
}

const hex4 = (cid: number) => cid.toString(16).toUpperCase().padStart(4, '0')

/** A ToUnicode CMap of `map`, in bfchar blocks of at most 100 entries (the CMap limit). */
export function writeToUnicode(map: ReadonlyMap<number, string>): string {
  const cids = [...map.keys()].sort((a, b) => a - b)
  const blocks: string[] = []
  for (let at = 0; at < cids.length; at += 100) {
    const chunk = cids.slice(at, at + 100)
    const lines = chunk.map((cid) => `<${hex4(cid)}> <${map.get(cid)}>`)
    blocks.push(`${chunk.length} beginbfchar\n${lines.join('\n')}\nendbfchar`)
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
    ''
  ].join('\n')
}
