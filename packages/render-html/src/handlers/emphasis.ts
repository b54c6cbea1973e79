// emphasis: `<em>`.
import type { Emphasis } from '@colophon/schema'
import { h } from 'hastscript'
import { all, patch } from '../hast.js'
import type { Handler } from '../types.js'

export const emphasis: Handler<Emphasis> = (state, node) =>
  patch(state, node, h('em', all(state, node)))
