// Everything from the manuscript or its settings is text: markup, script URLs and names that
// would clobber the DOM come out inert.
import { paragraphsOf, type Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { renderHtml, toHast } from '../src/index.js'
import { edition, note, ref, text, validate, withoutStyle } from './helpers.js'

const script = '<script>alert(1)</script>'
const image = '<img src=x onerror=alert(1)>'

/** Element names in the document, outside the stylesheet and attribute values. */
function tags(html: string): string[] {
  const markup = withoutStyle(html).replace(/="[^"]*"/g, '=""')
  return [...new Set([...markup.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1] as string))].sort()
}

/** The tags of a document of plain text, which the others must not go beyond. */
const plain = tags(renderHtml(edition([[[text('Plain text.')]]])))

describe('safety', () => {
  it('escapes markup in the text', async () => {
    const html = renderHtml(edition([[[text(`A ${script} and ${image} here.`)]]]))
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>')
    expect(tags(html)).toEqual(plain)
    expect(await validate(html)).toEqual([])
  })

  it('escapes markup in the title, author, work and source paths', async () => {
    const tree = edition([[[text('Text.')]]], {
      meta: {
        title: script,
        author: `"><script>alert(1)</script>`,
        work: image,
        sources: [
          { path: `"><img src=x onerror=alert(1)>.txt`, format: 'text', sha256: 'a'.repeat(64) }
        ]
      },
      title: `Chapter ${script}`
    })
    const html = renderHtml(tree)
    expect(tags(html)).toEqual([...plain, 'h2'].sort())
    expect(html).toContain(
      '<title>&#x3C;script>alert(1)&#x3C;/script> — ">&#x3C;script>alert(1)&#x3C;/script></title>'
    )
    expect(html).toContain('<h1 id="edition-title">&#x3C;script>alert(1)&#x3C;/script></h1>')
    expect(html).toContain('<meta name="author" content="&#x22;><script>alert(1)</script>">')
    expect(await validate(html)).toEqual([])
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>'
  ])('drops the link of %j, keeping its text', (url) => {
    const html = renderHtml(
      edition([[[text('See '), { type: 'link', url, children: [text('this')] }, text('.')]]])
    )
    expect(withoutStyle(html)).not.toMatch(/href="(?!#)/)
    expect(html).not.toMatch(/javascript:|vbscript:|data:text/i)
    expect(html).toContain('See <span class="link">this</span>.')
  })

  it('keeps `javascript&colon;` as the relative URL it is (the `&` is escaped)', () => {
    const html = renderHtml(
      edition([[[{ type: 'link', url: 'javascript&colon;alert(1)', children: [text('x')] }]]])
    )
    expect(html).toContain('<a href="javascript&#x26;colon;alert(1)">x</a>')
  })

  it('keeps web, mail and relative links, escaped', () => {
    const links = ['https://example.org/a?b=1&c="2"', 'mailto:editor@example.org', 'notes.html#n7']
    const html = renderHtml(
      edition([
        [
          links.map((url) => ({
            type: 'link' as const,
            url,
            title: '"><b>',
            children: [text(url)]
          }))
        ]
      ])
    )
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&#x26;c=%222%22" title="&#x22;><b>" rel="noreferrer">'
    )
    expect(html).toContain('<a href="mailto:editor@example.org" title="&#x22;><b>">')
    expect(html).toContain('<a href="notes.html#n7" title="&#x22;><b>">')
  })

  it.each(['location', '__proto__', 'constructor', 'p1 onclick=alert(1)', ''])(
    'refuses the id %j: ids come from the id scheme, never from text',
    (id) => {
      for (const place of ['paragraph', 'claim', 'section', 'chapter', 'note'] as const) {
        const tree = edition([[[text('Text.'), ref(1)]]], { notes: [note(1, 'A note.')] })
        const chapter = tree.children[0]
        if (!chapter) throw new Error('Expected a chapter')
        const section = chapter.children[0]
        const paragraph = section ? paragraphsOf(section)[0] : undefined
        const claim = paragraph?.children[0]
        if (!section || !paragraph || !claim) throw new Error('Expected a paragraph')
        if (place === 'paragraph') paragraph.id = id
        if (place === 'claim') claim.id = id
        if (place === 'section') section.id = id
        if (place === 'chapter') chapter.id = id
        if (place === 'note') (chapter.notes[0] as { identifier: string }).identifier = id
        expect(() => renderHtml(tree), place).toThrow(TypeError)
      }
    }
  )

  it('refuses two elements with one id', () => {
    const tree = edition([[[text('One.')], [text('Two.')]]])
    const paragraph = tree.children[0]?.children[0]?.children[0]
    if (paragraph?.type !== 'paragraph') throw new Error('Expected a paragraph')
    ;(paragraph.children[1] as { id: string }).id = 'p1.1'
    expect(() => renderHtml(tree)).toThrow('Unexpected second element with id `p1.1`')
  })

  it('treats DOM names in the text as text', async () => {
    const html = renderHtml(
      edition([[[text('location __proto__ constructor')]]], {
        meta: { title: '__proto__', author: 'constructor', work: 'location' }
      })
    )
    expect(html).toContain('<h1 id="edition-title">__proto__</h1>')
    expect(html).not.toMatch(/(id|name)="(location|__proto__|constructor)"/)
    expect(await validate(html)).toEqual([])
  })

  it.each(['html', 'imageReference', 'script', '__proto__', 'constructor', 'toString'])(
    'throws on a node of unknown type %j',
    (type) => {
      const tree = edition([
        [[{ type, value: script, url: 'x' } as unknown as ReturnType<typeof text>]]
      ])
      expect(() => renderHtml(tree)).toThrow(`Unexpected node type "${type}"`)
    }
  )

  it.each([
    'https://example.org/a.png',
    'javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/svg+xml,<svg onload="alert(1)"/>'
  ])('throws on an image whose source is not an embedded image: %j', (src) => {
    const image = { type: 'image', url: 'a.png', alt: 'A', src }
    const tree = edition([[[image as unknown as ReturnType<typeof text>]]])
    expect(() => renderHtml(tree)).toThrow('Unexpected image source')
  })

  it('allows embedded images in its policy only when it has one, and shows an unread one by its alt text', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const shown = renderHtml(edition([[[{ type: 'image', url: 'a.png', alt: 'A', src: png }]]]))
    expect(shown).toContain('img-src data:;')
    expect(shown).toContain(`<img src="${png}" alt="A" class="inline">`)
    const unread = renderHtml(
      edition([[[{ type: 'image', url: 'https://x.org/a.png', alt: 'A' }]]])
    )
    expect(unread).not.toContain('img-src')
    expect(unread).not.toContain('<img')
    expect(unread).toContain('<span class="image-alt">A</span>')
  })

  it('ignores `data` on nodes (no `hName`, `hProperties`, `hChildren`)', () => {
    const node = {
      type: 'text',
      value: 'plain',
      data: {
        hName: 'script',
        hProperties: { src: 'x' },
        hChildren: [{ type: 'raw', value: script }]
      }
    }
    const html = renderHtml(edition([[[node as unknown as ReturnType<typeof text>]]]))
    expect(html).toContain('class="claim">plain</span>')
    expect(html).not.toContain('<script')
  })

  it('has no script and a policy that allows none', () => {
    const html = renderHtml(edition([[[text('Text.')]]]))
    expect(html).not.toMatch(/<script|\son[a-z]+=/i)
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;sha256-[A-Za-z0-9+/]+=*&#x27;; font-src data:; base-uri &#x27;none&#x27;; form-action &#x27;none&#x27;">/
    )
  })

  it('refuses what is not an edition tree, a bad language or profile', () => {
    expect(() => renderHtml({} as Root)).toThrow(TypeError)
    expect(() => toHast(null as unknown as Root)).toThrow(TypeError)
    expect(() =>
      renderHtml(edition([[[text('x')]]], { meta: { language: 'en"><script>' } }))
    ).toThrow('Unexpected language')
    expect(() => renderHtml(edition([[[text('x')]]]), { profile: 'pdf' as 'print' })).toThrow(
      'Unexpected profile `pdf`, expected `screen` or `print`'
    )
  })
})
