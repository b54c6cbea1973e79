// break: a line break kept from the source (verse), `<br>`.
import type { Break } from '@colophon/schema'
import { h } from 'hastscript'
import { patch, text } from '../hast.js'
import type { Handler } from '../types.js'

export const hardBreak: Handler<Break> = (state, node) => [patch(state, node, h('br')), text('\n')]
