// inlineCode: `<code class="inline">` holding the code as written; the stylesheet sets it in the monospace face
// and keeps it from being hyphenated.
import type { InlineCode } from '@colophon/schema'
import { element, patch, text } from '../hast.js'
import type { Handler } from '../types.js'

export const inlineCode: Handler<InlineCode> = (state, node) =>
  patch(state, node, element('code', { className: ['inline'] }, [text(node.value)]))
