// text: the source's characters as they are (curly quotes and dashes kept); escaped on output.
import type { Text } from '@colophon/schema'
import { patch, text as textNode } from '../hast.js'
import type { Handler } from '../types.js'

export const text: Handler<Text> = (state, node) => patch(state, node, textNode(node.value))
