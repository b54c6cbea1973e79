// An image of a Markdown manuscript: the file its path names, beside the manuscript, read and
// embedded as a `data:` URL; a remote image is not fetched and a missing one not shown (the
// edition shows their alt text), each with a message at the image's place.
import { readFileSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, normalize, relative } from 'node:path'
import type { Image, Position } from '@colophon/schema'
import type { VFile } from 'vfile'
import { imageType } from './image-types.js'
import { report } from './messages.js'

/**
 * Reads the image file at `path`, relative to the manuscript (`path` as written in it, its
 * `%20`s decoded); undefined when there is no such file.
 */
export type ImageReader = (path: string) => Uint8Array | undefined

/** An image as written: `![alt](url "title")` or `<img src alt title>`. */
export interface ImageSource {
  url: string
  alt: string
  title?: string | null | undefined
}

/** Makes the image node of an image written at `position`. */
export type ImageMaker = (image: ImageSource, position: Position) => Image

/**
 * Reads image files from disk, relative to the folder of the manuscript at `manuscript`; a
 * file that is not inside that folder once links are followed is not read.
 */
export function diskReader(manuscript: string): ImageReader {
  const base = dirname(manuscript)
  return (path) => {
    try {
      const folder = realpathSync(base)
      const found = realpathSync(join(base, path))
      if (relative(folder, found).startsWith('..') || isAbsolute(relative(folder, found))) {
        return undefined
      }
      return readFileSync(found)
    } catch {
      return undefined
    }
  }
}

/** Whether a path as written leads out of the manuscript's folder: absolute, or up past it. */
function leadsOut(path: string): boolean {
  if (isAbsolute(path) || /^[A-Za-z]:/.test(path) || path.startsWith('\\')) return true
  return normalize(path).replace(/\\/g, '/').split('/')[0] === '..'
}

/** The maker of image nodes for `file`, reading each image's file with `read`. */
export function imageMaker(file: VFile, read: ImageReader): ImageMaker {
  return (image, position) => {
    const node: Image = { type: 'image', url: image.url, alt: image.alt }
    if (image.title) node.title = image.title
    const src = embed(file, read, image, position)
    if (src) node.src = src
    node.position = position
    return node
  }
}

/** A URL with a scheme (`https:`, `data:`) or a host (`//example.org`): not a file's path. */
const remote = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/)/

/** The image as a `data:` URL, or undefined (with a message) when it cannot be embedded. */
function embed(
  file: VFile,
  read: ImageReader,
  image: ImageSource,
  position: Position
): string | undefined {
  const url = image.url.trim()
  if (url === '') {
    const reason = 'Image has no path; write the path of its file, relative to the manuscript'
    report(file, 'error', 'image-missing', reason, position)
    return undefined
  }
  const written = /^data:[^,;]*;base64,([A-Za-z0-9+/]*={0,2})$/.exec(url)
  if (written) return encoded(file, image, Buffer.from(written[1] ?? '', 'base64'), position)
  if (remote.test(url)) {
    const shown = image.alt ? `its alt text \`${image.alt}\`` : 'nothing, for it has no alt text'
    const reason = `Image \`${excerpt(url)}\` is not fetched (the edition reads no network): it shows ${shown}; save the image beside the manuscript and write its path`
    report(file, 'warning', 'image-remote', reason, position)
    return undefined
  }
  const path = pathOf(url)
  if (leadsOut(path)) {
    const reason = `Image \`${excerpt(url)}\` is outside the manuscript's folder, where images are read from (a manuscript names no file elsewhere); copy the image beside the manuscript and write its path`
    report(file, 'error', 'image-missing', reason, position)
    return undefined
  }
  const bytes = read(path)
  if (!bytes) {
    const reason = `Image \`${excerpt(url)}\` not found: expected a file at \`${path}\` relative to the manuscript; add the file or correct the path`
    report(file, 'error', 'image-missing', reason, position)
    return undefined
  }
  return encoded(file, image, bytes, position)
}

/** The `data:` URL of an image's bytes, or undefined (with a message) for another kind of file. */
function encoded(
  file: VFile,
  image: ImageSource,
  bytes: Uint8Array,
  position: Position
): string | undefined {
  const type = imageType(bytes)
  if (!type) {
    const reason = `Image \`${excerpt(image.url.trim())}\` is not a PNG, JPEG, GIF, WebP or SVG image; convert it to one of these`
    report(file, 'error', 'image-unsupported', reason, position)
    return undefined
  }
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64')
  return `data:${type};base64,${base64}`
}

/** The file a URL names: without its query or fragment, its escapes (`%20`) decoded. */
function pathOf(url: string): string {
  const bare = url.replace(/[?#].*$/s, '')
  try {
    return decodeURI(bare)
  } catch {
    return bare
  }
}

function excerpt(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}…` : url
}
