// introParagraph: a paragraph of the editor's introduction, a plain `<p>`: no id, no number.
import type { IntroParagraph } from '@colophon/schema'
import { h } from 'hastscript'
import { all } from '../hast.js'
import type { Handler } from '../types.js'

export const introParagraph: Handler<IntroParagraph> = (state, node) => h('p', all(state, node))
