// inlineCode: `<code class="inline">` holding the code as written, with `<wbr>` where a line may
// break inside it (code-breaks.ts); the stylesheet sets it in the monospace face and keeps it
// from being hyphenated.
import type { InlineCode } from '@colophon/schema'
import type { ElementContent } from 'hast'
import { codePieces } from '../code-breaks.js'
import { element, patch, text } from '../hast.js'
import type { Handler } from '../types.js'

export const inlineCode: Handler<InlineCode> = (state, node) =>
  patch(state, node, element('code', { className: ['inline'] }, withBreaks(node.value)))

function withBreaks(value: string): ElementContent[] {
  return codePieces(value).flatMap((piece, k): ElementContent[] =>
    k === 0 ? [text(piece)] : [element('wbr', {}, []), text(piece)]
  )
}
