// The text as print sets it, in characters the edition's faces have:
// - letters and their combining marks composed (NFC): a text that writes polytonic Greek as
//   `ε` + U+0314 gets `ἑ`, which the fallback face has, where the marks alone it has not;
// - French's narrow no-break space (U+202F, before `;:!?»`, after `«`), which neither Source
//   Serif 4 nor its fallback has, as a no-break space (U+00A0), a little wider; Chromium would
//   take it from a system font, which the PDF may not carry.
// Both are the same text to a reader and to a search.
import type { Element, Root, Text } from 'hast'
import { visit } from 'unist-util-visit'

/** Combining marks, which only composing can put in a face. */
const combining = /[\u0300-\u036f]/

/** The text of `tree` as print sets it (see above). */
export function printText(tree: Root | Element): void {
  visit(tree, 'text', (node: Text) => {
    node.value = printed(node.value)
  })
}

/** `value` as print sets it. */
export function printed(value: string): string {
  let result = combining.test(value) ? value.normalize('NFC') : value
  if (result.includes('\u202f')) result = result.replaceAll('\u202f', '\u00a0')
  return result
}
