// Characters the edition's typeface lacks: the browser would set them in a system font, which
// the PDF may not carry. Each is named, with the first place it stands and how often, before
// anything is laid out.
import { inTypeface } from '@colophon/render-html'
import type { Position, Root } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'
import { message } from './messages.js'
import { printed } from './print-text.js'

/** A character the typeface lacks: where it first stands, and how many times in all. */
interface Missing {
  file: string
  position: Position | undefined
  count: number
}

/** An error for each character of `tree`'s text that the typeface lacks. */
export function missingCharacters(tree: Root): VFileMessage[] {
  const missing = new Map<string, Missing>()
  for (const chapter of tree.children) {
    const nodes: Printed[] = []
    printedNodes(chapter, nodes)
    for (const node of nodes) {
      // As print sets it: composed, the narrow space a no-break one (see `print-text.ts`).
      const value = printed(node.value)
      for (let index = 0; index < value.length; index++) {
        const code = value.codePointAt(index) as number
        if (code > 0xffff) index++
        if (code < 0x80 || inTypeface(code)) continue
        const char = String.fromCodePoint(code)
        const known = missing.get(char)
        if (known) known.count++
        else
          missing.set(char, { file: chapter.source.path, position: placeIn(node, index), count: 1 })
      }
    }
  }
  return [...missing].map(([char, { file, position, count }]) =>
    message(
      'error',
      'pdf-font',
      `Character \`${char}\` (U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}), here and in ${count - 1} other place${count === 2 ? '' : 's'}, is in neither the edition's typeface Source Serif 4 nor its fallbacks Noto Serif and DejaVu Serif, and a PDF may carry no other; write it otherwise (\`n\` for \`ⁿ\`, a word for a symbol), or make the HTML edition alone`,
      { file, position }
    )
  )
}

/** A node whose value is printed: text, inline code, a code block (`block`: placed as a whole). */
interface Printed {
  value: string
  position?: Position
  block?: boolean
}

/** The printed nodes of a chapter, its titles' and notes' included, in `found`. */
function printedNodes(node: unknown, found: Printed[]): void {
  if (Array.isArray(node)) {
    for (const child of node) printedNodes(child, found)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const record = node as { type?: unknown; value?: unknown; position?: Position }
  const { type, value } = record
  if ((type === 'text' || type === 'inlineCode') && typeof value === 'string') {
    found.push(record as Printed)
  } else if (type === 'code' && typeof value === 'string') {
    found.push({ value, ...(record.position ? { position: record.position } : {}), block: true })
  } else {
    for (const key in record) {
      if (key !== 'position') printedNodes((record as Record<string, unknown>)[key], found)
    }
  }
}

/** The place of the character at `index` of a printed node whose value is the source's text. */
function placeIn(node: Printed, index: number): Position | undefined {
  const start = node.position?.start
  if (!start) return undefined
  // A code block's value starts after its fence: the block is the place.
  if (node.block) return node.position
  const before = node.value.slice(0, index)
  const lines = before.split('\n')
  const line = start.line + lines.length - 1
  const column = lines.length === 1 ? start.column + index : (lines.at(-1) as string).length + 1
  const point = { line, column, offset: start.offset + index }
  return { start: point, end: { ...point, column: point.column + 1, offset: point.offset + 1 } }
}
