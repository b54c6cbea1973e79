// The EPUB of a tree: its container (mimetype first and stored), one XHTML document per
// chapter with the HTML edition's ids, links across documents, notes marked for pop-ups, the
// fonts as files, the navigation, the package's metadata, the same bytes every time, and the
// print edition's pages when given.
import { createHash } from 'node:crypto'
import { parse } from '@colophon/parser'
import type { Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { renderEpub } from '../src/index.js'
import { fixtureTree, markdownTree, seedTree, textOf, unzip } from './helpers.js'

const epoch = { SOURCE_DATE_EPOCH: '1767225600' }

describe('@colophon/render-epub', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual(['renderEpub'])
  })
})

describe('the container', () => {
  it('opens with `mimetype`, stored, with no extra field', () => {
    const epub = renderEpub(seedTree())
    const bytes = Buffer.from(epub)
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50)
    expect(bytes.readUInt16LE(8)).toBe(0) // stored
    expect(bytes.readUInt16LE(26)).toBe('mimetype'.length)
    expect(bytes.readUInt16LE(28)).toBe(0) // no extra field
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype')
    expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip')
  })

  it('names the package in META-INF/container.xml, and holds the files in reading order', () => {
    const files = unzip(renderEpub(seedTree()))
    expect(textOf(files, 'META-INF/container.xml')).toContain('full-path="OEBPS/package.opf"')
    expect([...files.keys()].slice(0, 8)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/package.opf',
      'OEBPS/cover.xhtml',
      'OEBPS/nav.xhtml',
      'OEBPS/chapter1.xhtml',
      'OEBPS/colophon.xhtml',
      'OEBPS/style.css'
    ])
  })
})

describe('the content documents', () => {
  it('are one XHTML document per chapter, with the HTML edition’s ids', () => {
    const files = unzip(renderEpub(fixtureTree('book-parts')))
    for (const [k, id] of ['c1', 'c2', 'c3'].entries()) {
      const chapter = textOf(files, `OEBPS/chapter${k + 1}.xhtml`)
      expect(chapter).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE html>\n<html xmlns="http:\/\/www.w3.org\/1999\/xhtml" lang="en" xml:lang="en" xmlns:epub="http:\/\/www.idpf.org\/2007\/ops">/
      )
      expect(chapter).toContain(`<article id="${id}" class="chapter"`)
      expect(chapter).toContain(`id="${id}-p1"`)
      expect(chapter).toContain('<link rel="stylesheet" type="text/css" href="style.css" />')
    }
  })

  it('lead every link to a document and an id the book has', () => {
    const tree = fixtureTree('book-parts')
    // A link in chapter 1 to a paragraph of chapter 3.
    const claim = tree.children[0]?.children[0]?.children[0]
    if (claim?.type !== 'paragraph') throw new Error('Expected a paragraph')
    claim.children[0]?.children.push({
      type: 'link',
      url: '#c3-p1',
      children: [{ type: 'text', value: 'see chapter III' }]
    })
    const files = unzip(renderEpub(tree))
    expect(textOf(files, 'OEBPS/chapter1.xhtml')).toContain(
      '<a href="chapter3.xhtml#c3-p1">see chapter III</a>'
    )
    for (const [path, file] of files) {
      if (typeof file !== 'string' || !path.endsWith('.xhtml')) continue
      for (const [, href] of file.matchAll(/ href="([^"]*)"/g)) {
        if (href === undefined || href === 'style.css' || /^https?:/.test(href)) continue
        const [name, id] = href.startsWith('#')
          ? [path.slice('OEBPS/'.length), href.slice(1)]
          : href.split('#')
        const target = textOf(files, `OEBPS/${name}`)
        if (id !== undefined) expect(target, `${path}: ${href}`).toContain(` id="${id}"`)
      }
    }
  })

  it('keep the words of a link to a file the book does not hold, unlinked, and say where', () => {
    const tree = fixtureTree('book-parts')
    const claim = tree.children[0]?.children[0]?.children[0]
    if (claim?.type !== 'paragraph') throw new Error('Expected a paragraph')
    const at = {
      start: { line: 3, column: 5, offset: 20 },
      end: { line: 3, column: 40, offset: 55 }
    }
    claim.children[0]?.children.push(
      {
        type: 'link',
        url: '/es/lecciones/a',
        children: [{ type: 'text', value: 'the lesson' }],
        position: at
      },
      {
        type: 'link',
        url: 'https://example.org/b',
        children: [{ type: 'text', value: 'the site' }]
      }
    )
    const told: string[] = []
    const files = unzip(
      renderEpub(tree, {
        onLinkOutside: (href, position) =>
          told.push(`${position?.start.line}:${position?.start.column} ${href}`)
      })
    )
    const chapter = textOf(files, 'OEBPS/chapter1.xhtml')
    expect(chapter).toContain('<a>the lesson</a>')
    expect(chapter).toContain('<a href="https://example.org/b" rel="noreferrer">the site</a>')
    expect(told).toEqual(['3:5 /es/lecciones/a'])
  })

  it('keep the words of a link to a place the book does not have, unlinked, and say where', () => {
    const tree = fixtureTree('book-parts')
    const claim = tree.children[0]?.children[0]?.children[0]
    if (claim?.type !== 'paragraph') throw new Error('Expected a paragraph')
    const at = {
      start: { line: 4, column: 7, offset: 30 },
      end: { line: 4, column: 50, offset: 73 }
    }
    claim.children[0]?.children.push(
      {
        type: 'link',
        url: '#alternatives-to-anaconda',
        children: [{ type: 'text', value: 'the section below' }],
        position: at
      },
      { type: 'link', url: '#100%', children: [{ type: 'text', value: 'a broken escape' }] }
    )
    const told: string[] = []
    const files = unzip(
      renderEpub(tree, {
        onLinkOutside: (href, position) =>
          told.push(`${position?.start.line ?? '-'}:${position?.start.column ?? '-'} ${href}`)
      })
    )
    const chapter = textOf(files, 'OEBPS/chapter1.xhtml')
    expect(chapter).toContain('<a>the section below</a>')
    expect(chapter).toContain('<a>a broken escape</a>')
    expect(told).toEqual(['4:7 #alternatives-to-anaconda', '-:- #100%'])
  })

  it('hold each document’s content in `<main>`, under an `<h1>`', () => {
    const files = unzip(renderEpub(fixtureTree('gutenberg-footnotes')))
    const documents = [...files.keys()].filter((path) => path.endsWith('.xhtml'))
    expect(documents.length).toBe(5)
    for (const path of documents) {
      const document = textOf(files, path)
      expect(document.match(/<main>/g), path).toHaveLength(1)
      expect(document.match(/<h1[ >]/g), path).toHaveLength(1)
    }
    expect(textOf(files, 'OEBPS/colophon.xhtml')).toContain(
      '<section class="colophon" epub:type="colophon" aria-labelledby="colophon-title">\n<h1 id="colophon-title">Colophon</h1>'
    )
  })

  it('move a titled chapter’s headings up a level, its title the `<h1>`', () => {
    const files = unzip(renderEpub(fixtureTree('gutenberg-footnotes')))
    const chapter = textOf(files, 'OEBPS/chapter1.xhtml')
    expect(chapter).toContain('<h1 id="c1-title">CHAPTER I.<br />The Causes of the War</h1>')
    expect(chapter).toContain('<h2 id="c1-notes-title">Notes</h2>')
    expect(chapter).not.toMatch(/<h[3-6][ >]/)
  })

  it('give an untitled chapter among others its title in the contents as its heading', () => {
    const source = 'Words before any heading.\n\n# One\n\nText.\n\n## Part of one\n\nMore.\n'
    const { tree } = parse(source, { format: 'markdown', path: 'book.md' })
    if (!tree) throw new Error('Expected a tree')
    const files = unzip(renderEpub(tree))
    expect(textOf(files, 'OEBPS/chapter1.xhtml')).toContain(
      '<article id="c1" class="chapter" aria-labelledby="c1-title">\n<header><h1 id="c1-title">Chapter 1</h1></header>'
    )
    expect(textOf(files, 'OEBPS/nav.xhtml')).toContain('<a href="chapter1.xhtml">Chapter 1</a>')
    const second = textOf(files, 'OEBPS/chapter2.xhtml')
    expect([...second.matchAll(/<h([1-6])/g)].map((match) => match[1])).toEqual(['1', '2'])
  })

  it('name no section by a title that another section of its document has', () => {
    const source =
      '# Guide\n\n## Alpha\n\nOne.\n\n## Synopsis\n\nTwo.\n\n## Beta\n\nThree.\n\n## Synopsis\n\nFour.\n'
    const { tree } = parse(source, { format: 'markdown', path: 'guide.md' })
    if (!tree) throw new Error('Expected a tree')
    const chapter = textOf(unzip(renderEpub(tree)), 'OEBPS/chapter1.xhtml')
    const sections = [...chapter.matchAll(/<section id="[^"]+" class="section"[^>]*>/g)].map(
      (match) => match[0]
    )
    expect(sections).toEqual([
      '<section id="s1" class="section" aria-labelledby="s1-title">',
      '<section id="s2" class="section">',
      '<section id="s3" class="section" aria-labelledby="s3-title">',
      '<section id="s4" class="section">'
    ])
    expect(chapter).toContain('<h2 id="s2-title">Synopsis</h2>')
  })

  it('say, in the label of a link back to a note’s second reference, the number it shows', () => {
    const chapter = textOf(
      unzip(renderEpub(fixtureTree('gutenberg-footnotes'))),
      'OEBPS/chapter1.xhtml'
    )
    expect(chapter).toMatch(
      /role="doc-backlink" aria-label="Back to reference 2 of note \d+">↩<sup>2<\/sup><\/a>/
    )
  })

  it('underline the links in the text, not the paragraph numbers or note references', () => {
    const style = textOf(unzip(renderEpub(seedTree())), 'OEBPS/style.css')
    expect(style).not.toMatch(/(^|\n)a \{ text-decoration: none/)
    expect(style).toContain('a.pn, .noteref a, nav a, ol.compact a { text-decoration: none; }')
  })

  it('gather every note after the last chapter, in a document of their own, when asked', () => {
    const files = unzip(renderEpub(fixtureTree('book-parts'), { notes: 'book' }))
    const notes = textOf(files, 'OEBPS/notes.xhtml')
    const chapter = textOf(files, 'OEBPS/chapter1.xhtml')
    expect(chapter).not.toContain('epub:type="endnote"')
    const reference = / href="(notes\.xhtml#fn-c1-n1)"[^>]*>/.exec(chapter)
    expect(reference?.[1]).toBe('notes.xhtml#fn-c1-n1')
    expect(notes).toMatch(/<li id="fn-c1-n1"[^>]* epub:type="endnote"/)
    expect(notes).toMatch(/href="chapter1\.xhtml#fnref-c1-n1"/)
    expect(notes).toContain('<h1')
    const opf = textOf(files, 'OEBPS/package.opf')
    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((match) => match[1])
    expect(spine.slice(-2)).toEqual(['notes', 'colophon'])
    expect(textOf(files, 'OEBPS/nav.xhtml')).toContain('<a href="notes.xhtml">Notes</a>')
    expect(() => renderEpub(fixtureTree('book-parts'), { notes: 'page' as 'book' })).toThrow(
      'Unexpected notes `page`'
    )
  })

  it('give the only chapter, untitled, a heading of its own', () => {
    const chapter = textOf(unzip(renderEpub(seedTree())), 'OEBPS/chapter1.xhtml')
    expect(chapter).toContain(
      '<article id="c1" class="chapter" aria-labelledby="c1-title">\n<header><h1 id="c1-title">Class Terror</h1></header>'
    )
  })

  it('make the title page the cover, and the sources the colophon', () => {
    const files = unzip(renderEpub(seedTree()))
    const cover = textOf(files, 'OEBPS/cover.xhtml')
    expect(cover).toContain('<section class="cover" epub:type="cover titlepage">')
    expect(cover).toContain('<h1 id="edition-title">Class Terror</h1>')
    expect(cover).toContain('<p class="author">Timothy Snyder</p>')
    expect(textOf(files, 'OEBPS/colophon.xhtml')).toContain(
      '<code>source/snyder-bloodlands-ch2-class-terror.txt</code>'
    )
  })

  it('carry the images as files of the book', () => {
    const files = unzip(renderEpub(markdownTree('images')))
    const images = [...files.keys()].filter((path) => path.startsWith('OEBPS/images/'))
    expect(images.length).toBeGreaterThan(0)
    const chapters = [...files]
      .filter(([path]) => path.endsWith('.xhtml'))
      .map(([, file]) => String(file))
    expect(chapters.join('')).not.toContain('src="data:')
    const opf = textOf(files, 'OEBPS/package.opf')
    for (const image of images) expect(opf).toContain(`href="${image.slice('OEBPS/'.length)}"`)
    expect(opf).toContain('<meta property="schema:accessMode">visual</meta>')
  })
})

describe('the notes', () => {
  it('link each reference to its note and back, typed for reading systems that pop them up', () => {
    const chapter = textOf(
      unzip(renderEpub(fixtureTree('gutenberg-footnotes'))),
      'OEBPS/chapter1.xhtml'
    )
    const references = [
      ...chapter.matchAll(
        /<a href="#(fn-[^"]+)" id="([^"]+)" role="doc-noteref" aria-label="[^"]+" epub:type="noteref">/g
      )
    ]
    expect(references.length).toBeGreaterThan(0)
    for (const [, note, reference] of references) {
      expect(chapter).toMatch(new RegExp(`<li id="${note}"[^>]* epub:type="endnote">`))
      expect(chapter).toContain(`href="#${reference}" role="doc-backlink"`)
    }
    expect(chapter).toMatch(
      /<section id="c1-notes" class="notes" role="doc-endnotes" aria-labelledby="c1-notes-title" epub:type="endnotes">/
    )
  })

  it('say once in each chapter that the source lacks its note bodies, as the HTML edition does', () => {
    const chapter = textOf(unzip(renderEpub(seedTree())), 'OEBPS/chapter1.xhtml')
    expect(chapter.match(/class="notes-absent"/g)).toHaveLength(1)
    expect(chapter).toContain('<ol class="compact">')
  })
})

describe('the navigation', () => {
  it('lists the chapters under their parts, the landmarks, and no page list without print pages', () => {
    const nav = textOf(unzip(renderEpub(fixtureTree('book-parts'))), 'OEBPS/nav.xhtml')
    expect(nav).toContain(
      '<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title">'
    )
    expect(nav).toContain(
      '<li><span>BOOK I</span><ol><li><a href="chapter1.xhtml">CHAPTER I</a></li><li><a href="chapter2.xhtml">CHAPTER II</a></li></ol></li>'
    )
    expect(nav).toContain('<li><a epub:type="cover" href="cover.xhtml">Title page</a></li>')
    expect(nav).toContain('<li><a epub:type="bodymatter" href="chapter1.xhtml">Beginning</a></li>')
    expect(nav).not.toContain('page-list')
  })
})

describe('the package document', () => {
  it('describes the book, its accessibility and its conformance', () => {
    const opf = textOf(unzip(renderEpub(seedTree(), { env: epoch })), 'OEBPS/package.opf')
    for (const line of [
      '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">',
      '<dc:title>Class Terror</dc:title>',
      '<dc:creator>Timothy Snyder</dc:creator>',
      '<dc:language>en</dc:language>',
      '<meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>',
      '<meta property="schema:accessMode">textual</meta>',
      '<meta property="schema:accessModeSufficient">textual</meta>',
      '<meta property="schema:accessibilityFeature">tableOfContents</meta>',
      '<meta property="schema:accessibilityFeature">readingOrder</meta>',
      '<meta property="schema:accessibilityFeature">structuralNavigation</meta>',
      '<meta property="schema:accessibilityHazard">none</meta>',
      '<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>',
      '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav" />',
      '<item id="font1" href="fonts/source-serif-4-latin-ext-400-normal.woff2" media-type="font/woff2" />'
    ]) {
      expect(opf).toContain(line)
    }
    expect(opf).toMatch(
      /<dc:identifier id="uid">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/
    )
    expect(opf).toContain(
      '<meta property="schema:accessibilitySummary">The text is all of the book'
    )
    expect(opf).not.toContain('printPageNumbers')
  })

  it('is in the language of the tree, with its words', () => {
    const tree = seedTree()
    tree.meta.language = 'de-AT'
    const files = unzip(renderEpub(tree))
    expect(textOf(files, 'OEBPS/package.opf')).toContain('<dc:language>de-AT</dc:language>')
    expect(textOf(files, 'OEBPS/nav.xhtml')).toContain('<h1 id="toc-title">Inhalt</h1>')
    expect(textOf(files, 'OEBPS/chapter1.xhtml')).toContain('lang="de-AT" xml:lang="de-AT"')
  })

  it('embeds the fonts the words need, and the stylesheet names them', () => {
    const files = unzip(renderEpub(seedTree()))
    const fonts = [...files.keys()].filter((path) => path.startsWith('OEBPS/fonts/'))
    expect(fonts).toHaveLength(6)
    const css = textOf(files, 'OEBPS/style.css')
    for (const font of fonts)
      expect(css).toContain(`src:url(${font.slice('OEBPS/'.length)}) format('woff2')`)
  })
})

describe('the same bytes', () => {
  const hash = (tree: Root, env?: Record<string, string>) =>
    createHash('sha256').update(renderEpub(tree, { env })).digest('hex')

  it('for the same tree and date, in any time zone', () => {
    const before = process.env.TZ
    try {
      const first = hash(seedTree(), epoch)
      expect(hash(seedTree(), epoch)).toBe(first)
      for (const zone of ['America/St_Johns', 'Asia/Kathmandu', 'UTC']) {
        process.env.TZ = zone
        expect(hash(seedTree(), epoch), zone).toBe(first)
      }
    } finally {
      if (before === undefined) delete process.env.TZ
      else process.env.TZ = before
    }
  })

  it('dates the book from SOURCE_DATE_EPOCH, and 1980-01-01 without it', () => {
    expect(hash(seedTree(), epoch)).not.toBe(hash(seedTree()))
    expect(hash(seedTree())).toBe(hash(seedTree(), { SOURCE_DATE_EPOCH: '' }))
    const opf = textOf(unzip(renderEpub(seedTree())), 'OEBPS/package.opf')
    expect(opf).toContain('<meta property="dcterms:modified">1980-01-01T00:00:00Z</meta>')
  })
})

describe('mistakes of the caller', () => {
  it('throws a TypeError on what is not an edition tree or a bad date', () => {
    expect(() => renderEpub({ type: 'nope' } as unknown as Root)).toThrow(TypeError)
    expect(() => renderEpub(seedTree(), { env: { SOURCE_DATE_EPOCH: 'yesterday' } })).toThrow(
      'Unexpected SOURCE_DATE_EPOCH `yesterday`, expected whole seconds since 1970'
    )
    expect(() =>
      renderEpub(seedTree(), { pages: { concordance: {} as never, source: 'x.pdf' } })
    ).toThrow(TypeError)
  })
})
