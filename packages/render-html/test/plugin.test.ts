// The edition's unified plugin: `colophonRehype` then `rehype-stringify` is `renderHtml`, and a
// rehype plugin between them works on the document, here `rehype-minify-whitespace` on the
// seed chapter.
import rehypeMinifyWhitespace from 'rehype-minify-whitespace'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { colophonRehype, renderHtml } from '../src/index.js'
import { seedTree } from './helpers.js'

/** The words of a document, its `<style>` left out: its tags as spaces, spaces collapsed. */
function words(html: string): string {
  return html
    .replace(/<style>[\s\S]*<\/style>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
}

/** The text of the document's one `<style>`. */
function style(html: string): string | undefined {
  return /<style>([\s\S]*)<\/style>/.exec(html)?.[1]
}

describe('colophonRehype', () => {
  it('then rehype-stringify, gives the bytes renderHtml gives', () => {
    const processor = unified().use(colophonRehype).use(rehypeStringify, { upperDoctype: true })
    expect(processor.stringify(processor.runSync(seedTree()))).toBe(renderHtml(seedTree()))
  })

  it('takes its options as renderHtml does, and checks them at once', () => {
    const processor = unified()
      .use(colophonRehype, { profile: 'print', notes: 'foot' })
      .use(rehypeStringify, { upperDoctype: true })
    expect(processor.stringify(processor.runSync(seedTree()))).toBe(
      renderHtml(seedTree(), { profile: 'print', notes: 'foot' })
    )
    const wrong = unified().use(colophonRehype, { profile: 'paper' as 'print' })
    expect(() => wrong.freeze()).toThrow('Unexpected profile `paper`')
  })

  it('lets a rehype plugin work on the edition: rehype-minify-whitespace on the seed chapter', () => {
    const plain = renderHtml(seedTree())
    const processor = unified()
      .use(colophonRehype)
      .use(rehypeMinifyWhitespace)
      .use(rehypeStringify, { upperDoctype: true })
    const html = processor.stringify(processor.runSync(seedTree()))
    // The line endings between blocks are gone…
    expect(plain).toContain('<main>\n<article id="c1"')
    expect(html).toContain('<main><article id="c1"')
    expect(plain.match(/>\n</g)?.length).toBeGreaterThan(200)
    expect(html.match(/>\n</g)).toBeNull()
    expect(html.length).toBeLessThan(plain.length)
    // …the spaces between claims are kept, and so are the words and the stylesheet, whose
    // hash the page's policy names.
    expect(html).toContain('</span> <span id="p1.2" class="claim"')
    expect(words(html)).toBe(words(plain))
    expect(style(html)).toBe(style(plain))
  })
})
