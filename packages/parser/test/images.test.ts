// Images of a Markdown manuscript: their kind known from their bytes, the URLs that are not
// files, and the HTML blocks read as figures.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, severityOf } from '../src/index.js'
import { htmlImage } from '../src/markdown/html-figure.js'
import { imageType } from '../src/shared/image-types.js'
import { diskReader } from '../src/shared/images.js'

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0))

describe('imageType', () => {
  it('knows PNG, JPEG, GIF, WebP and SVG by their first bytes, whatever the name', () => {
    expect(imageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png'
    )
    expect(imageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(imageType(ascii('GIF89a…'))).toBe('image/gif')
    expect(imageType(ascii('GIF87a…'))).toBe('image/gif')
    expect(imageType(ascii('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp')
    expect(imageType(ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('image/svg+xml')
    const prolog = '\ufeff<?xml version="1.0"?>\n<!-- drawn -->\n<!DOCTYPE svg>\n<svg>'
    expect(imageType(new TextEncoder().encode(prolog))).toBe('image/svg+xml')
  })

  it('knows no other kind of file', () => {
    expect(imageType(ascii('not an image'))).toBeUndefined()
    expect(imageType(ascii('<html><svg></svg></html>'))).toBeUndefined()
    expect(imageType(ascii('RIFF\0\0\0\0WAVE'))).toBeUndefined()
    expect(imageType(new Uint8Array())).toBeUndefined()
  })
})

describe('image URLs', () => {
  const messages = (url: string) =>
    parse(`Text.\n\n![A](${url})\n`, { path: 'x.md', readImage: () => undefined }).messages.map(
      (m) => `${severityOf(m)} ${m.ruleId}`
    )

  it('fetches no URL with a scheme or a host, and says so', () => {
    for (const url of [
      'https://example.org/a.png',
      'http://x/a.png',
      '//cdn.example/a.png',
      'ftp://x/a'
    ])
      expect(messages(url), url).toEqual(['warning image-remote'])
  })

  it('reads a `data:` URL as the image it holds', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64')
    const result = parse(`![A](data:image/png;base64,${png})\n`, { path: 'x.md' })
    expect(result.messages).toEqual([])
    const figure = result.tree?.children[0]?.children[0]?.children[0]
    expect(figure?.type === 'figure' && figure.children[0].src).toBe(`data:image/png;base64,${png}`)
    expect(messages('data:text/plain;base64,aGk=')).toEqual(['error image-unsupported'])
  })

  it('reads the file a path names without its query or fragment, its escapes decoded', () => {
    const asked: string[] = []
    parse('![A](plates/a%20b.png?v=2#top)\n', {
      path: 'x.md',
      readImage: (path) => {
        asked.push(path)
        return undefined
      }
    })
    expect(asked).toEqual(['plates/a b.png'])
  })

  it("reads no file outside the manuscript's folder: absolute, up past it, or a link out", () => {
    const asked: string[] = []
    const readImage = (path: string) => {
      asked.push(path)
      return undefined
    }
    for (const url of ['/etc/hostname', '../secret.png', 'plates/../../secret.png']) {
      const result = parse(`![A](${url})\n`, { path: 'x.md', readImage })
      expect(result.messages.map((m) => m.reason)).toEqual([
        expect.stringContaining("is outside the manuscript's folder")
      ])
    }
    expect(asked).toEqual([])
    // A link beside the manuscript that leads out is not followed.
    const folder = mkdtempSync(join(tmpdir(), 'colophon-images-'))
    const outside = mkdtempSync(join(tmpdir(), 'colophon-images-outside-'))
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    writeFileSync(join(outside, 'secret.png'), png)
    writeFileSync(join(folder, 'inside.png'), png)
    symlinkSync(join(outside, 'secret.png'), join(folder, 'link.png'))
    const read = diskReader(join(folder, 'book.md'))
    expect(read('inside.png')).toEqual(png)
    expect(read('link.png')).toBeUndefined()
  })
})

describe('htmlImage', () => {
  it('reads a figure of one image, its caption before or after it, its references decoded', () => {
    const after = htmlImage(
      '<figure class="x">\n<img src="a.png" alt="A &amp; B" title=\'T\'/>\n<figcaption>One <b>two</b></figcaption>\n</figure>'
    )
    expect(after).toMatchObject({
      image: { url: 'a.png', alt: 'A & B', title: 'T' },
      caption: 'One two'
    })
    const before = htmlImage('<figure><figcaption>Cap</figcaption><img src=a.png></figure>')
    expect(before).toMatchObject({ image: { url: 'a.png', alt: '' }, caption: 'Cap' })
    expect(htmlImage('<img alt="x" src="b.svg">')).toMatchObject({
      image: { url: 'b.svg', alt: 'x' }
    })
  })

  it('reads nothing else: two images, other markup, an image without a source', () => {
    expect(htmlImage('<figure><img src="a.png"><img src="b.png"></figure>')).toBeUndefined()
    expect(htmlImage('<figure><img src="a.png"><p>Text</p></figure>')).toBeUndefined()
    expect(htmlImage('<div><img src="a.png"></div>')).toBeUndefined()
    expect(htmlImage('<img alt="no source">')).toBeUndefined()
  })
})
