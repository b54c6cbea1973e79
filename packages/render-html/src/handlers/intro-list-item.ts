// introListItem: an item of a list in the editor's introduction, `<li>`.
import type { IntroListItem } from '@colophon/schema'
import { h } from 'hastscript'
import { all } from '../hast.js'
import type { Handler } from '../types.js'

export const introListItem: Handler<IntroListItem> = (state, node) => h('li', all(state, node))
