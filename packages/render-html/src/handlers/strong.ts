// strong: `<strong>`.
import type { Strong } from '@colophon/schema'
import { h } from 'hastscript'
import { all, patch } from '../hast.js'
import type { Handler } from '../types.js'

export const strong: Handler<Strong> = (state, node) =>
  patch(state, node, h('strong', all(state, node)))
