// introList: a list of the editor's introduction, `<ol>` when numbered, else `<ul>`.
import type { IntroList } from '@colophon/schema'
import { h } from 'hastscript'
import { all, lines } from '../hast.js'
import type { Handler } from '../types.js'

export const introList: Handler<IntroList> = (state, node) =>
  h(node.ordered ? 'ol' : 'ul', lines(all(state, node)))
