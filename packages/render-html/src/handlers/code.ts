// code: a block of code as written, `<pre id="code1" class="code"><code class="language-js">`,
// its lines kept, in a monospace face; no number in the margin, for it is no prose.
import type { Code } from '@colophon/schema'
import { contextOf, useId } from '../context.js'
import { element, patch, text } from '../hast.js'
import { checkId } from '../ids.js'
import type { Handler } from '../types.js'

export const code: Handler<Code> = (state, node) => {
  const id = useId(contextOf(state), checkId('code', node.id))
  const language = node.lang ? { className: [`language-${node.lang}`] } : {}
  return patch(
    state,
    node,
    element('pre', { id, className: ['code'] }, [element('code', language, [text(node.value)])])
  )
}
