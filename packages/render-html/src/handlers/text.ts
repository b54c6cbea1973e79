// text: the source's characters as they are (curly quotes and dashes kept), but for the spaces a
// line must not break at (see `nobreak.ts`; inside a name only on screen, where lines are ragged);
// escaped on output.
import type { Text } from '@colophon/schema'
import { contextOf } from '../context.js'
import { patch, text as textNode } from '../hast.js'
import { keepTogether } from '../nobreak.js'
import type { Handler } from '../types.js'

export const text: Handler<Text> = (state, node) => {
  const context = contextOf(state)
  const names = context.settings.profile !== 'print'
  return patch(state, node, textNode(keepTogether(node.value, context.words.language, names)))
}
