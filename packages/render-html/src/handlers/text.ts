// text: the source's characters as they are (curly quotes and dashes kept), but for the spaces a
// line must not break at (see `nobreak.ts`); escaped on output.
import type { Text } from '@colophon/schema'
import { contextOf } from '../context.js'
import { patch, text as textNode } from '../hast.js'
import { keepTogether } from '../nobreak.js'
import type { Handler } from '../types.js'

export const text: Handler<Text> = (state, node) =>
  patch(state, node, textNode(keepTogether(node.value, contextOf(state).words.language)))
