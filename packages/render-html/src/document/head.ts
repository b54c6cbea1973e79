// The document's head: what it is, who wrote it, where it came from (path and SHA-256 of
// every source), and the one stylesheet. A Content-Security-Policy allows that stylesheet
// (by its hash), the embedded fonts and, in an edition with images, the embedded images, and
// nothing else: no script, no request.
import { createHash } from 'node:crypto'
import type { Meta } from '@colophon/schema'
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { Stylesheet } from '../context.js'
import { lines } from '../hast.js'
import type { Words } from '../words/index.js'

export function head(meta: Meta, css: Stylesheet, words: Words, images: boolean): Element {
  const hash = policyHash(css.hashOf)
  const imageSource = images ? ' img-src data:;' : ''
  const policy = `default-src 'none'; style-src 'sha256-${hash}'; font-src data:;${imageSource} base-uri 'none'; form-action 'none'`
  const title = meta.author === undefined ? meta.title : `${meta.title} — ${meta.author}`
  const description = [
    meta.author === undefined ? meta.title : words.titleBy(meta.title, meta.author),
    meta.work
  ]
    .filter((part) => part !== undefined)
    .join('. ')
  return h(
    'head',
    lines([
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }),
      h('meta', { name: 'color-scheme', content: 'light dark' }),
      h('title', title),
      ...(meta.author === undefined ? [] : [h('meta', { name: 'author', content: meta.author })]),
      h('meta', { name: 'description', content: description }),
      ...meta.sources.flatMap((source) => [
        h('meta', { name: 'colophon:source', content: source.path }),
        h('meta', { name: 'colophon:sha256', content: source.sha256 })
      ]),
      h('style', css.text)
    ])
  )
}

const hashes = new Map<string, string>()

/** The base64 SHA-256 of a stylesheet, computed once per stylesheet. */
function policyHash(css: string): string {
  let hash = hashes.get(css)
  if (hash === undefined) {
    hash = createHash('sha256').update(css).digest('base64')
    hashes.set(css, hash)
  }
  return hash
}
