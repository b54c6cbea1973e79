// introQuote: a passage the editor quotes in an introduction, `<blockquote>` of paragraphs.
import type { IntroQuote } from '@colophon/schema'
import { h } from 'hastscript'
import { all, lines } from '../hast.js'
import type { Handler } from '../types.js'

export const introQuote: Handler<IntroQuote> = (state, node) =>
  h('blockquote', lines(all(state, node)))
