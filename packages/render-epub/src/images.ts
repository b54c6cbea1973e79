// The images of the HTML edition, which carries them as `data:` URLs, as files of the book
// (`images/image-3f2a9c1d.png`), named by their content so the same image is one file.
import { createHash } from 'node:crypto'
import type { Part } from './chapters.js'
import type { Resource } from './fonts.js'
import { walk } from './links.js'

const types: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg'
}

/** Moves every `data:` image of `parts` into a file of its own; the files. */
export function extractImages(parts: readonly Part[]): Resource[] {
  const files = new Map<string, Resource>()
  for (const part of parts) {
    walk(part.children, (element) => {
      const src = element.properties.src
      if (element.tagName !== 'img' || typeof src !== 'string' || !src.startsWith('data:')) return
      const image = decode(src)
      if (image === undefined) return
      const hash = createHash('sha256').update(image.data).digest('hex').slice(0, 16)
      const href = `images/image-${hash}.${types[image.mediaType]}`
      if (!files.has(href)) files.set(href, { href, mediaType: image.mediaType, data: image.data })
      element.properties.src = href
    })
  }
  return [...files.values()].sort((a, b) => (a.href < b.href ? -1 : a.href > b.href ? 1 : 0))
}

/** The bytes and type of a `data:` URL of an image type the book may hold. */
function decode(url: string): { mediaType: string; data: Uint8Array } | undefined {
  const match = /^data:([^;,]+)((?:;[^;,]*)*),(.*)$/s.exec(url)
  if (!match) return undefined
  const mediaType = (match[1] ?? '').toLowerCase()
  if (types[mediaType] === undefined) return undefined
  const body = match[3] ?? ''
  const data = /;base64$/i.test(match[2] ?? '')
    ? Buffer.from(body, 'base64')
    : Buffer.from(decodeURIComponent(body), 'utf8')
  return { mediaType, data: new Uint8Array(data) }
}
