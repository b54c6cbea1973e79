// Reads an HTML block that is a figure: `<figure>` holding one `<img>` and at most one
// `<figcaption>`, or a lone `<img>`. Nothing else of HTML is read (the edition carries none).
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import type { ImageSource } from '../shared/images.js'

/** An HTML figure's image and caption text, with their spans in the block's value. */
export interface HtmlFigure {
  image: ImageSource
  imageSpan: [number, number]
  /** The caption's words: its markup taken out, its character references decoded. */
  caption?: string
  captionSpan?: [number, number]
}

const figureTags = /^(\s*<figure\b[^>]*>)([\s\S]*)<\/figure>\s*$/i
const imageTag = /<img\b[^>]*>/i
const captionTags = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/i

/** The figure an HTML block holds; undefined for any other HTML. */
export function htmlImage(value: string): HtmlFigure | undefined {
  const figure = figureTags.exec(value)
  const offset = figure ? (figure[1] ?? '').length : 0
  const inner = figure ? (figure[2] ?? '') : value
  const img = imageTag.exec(inner)
  if (!img) return undefined
  const caption = figure ? captionTags.exec(inner) : null
  let left = inner.replace(img[0], '')
  if (caption) left = left.replace(caption[0], '')
  if (left.trim() !== '') return undefined
  const attributes = attributesOf(img[0])
  const url = attributes.get('src')
  if (url === undefined) return undefined
  const title = attributes.get('title')
  const found: HtmlFigure = {
    image: { url, alt: attributes.get('alt') ?? '', ...(title ? { title } : {}) },
    imageSpan: [offset + img.index, offset + img.index + img[0].length]
  }
  if (caption) {
    const words = caption[1] ?? ''
    const from = offset + caption.index + caption[0].indexOf('>') + 1
    found.caption = decodeReferences(words.replace(/<[^>]*>/g, ''))
    found.captionSpan = [from, from + words.length]
  }
  return found
}

const attribute =
  /\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** An HTML tag's attributes by lower-case name, their values decoded; the first of a name wins. */
function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const match of tag.matchAll(attribute)) {
    const name = (match[1] ?? '').toLowerCase()
    if (!found.has(name)) found.set(name, decodeReferences(match[2] ?? match[3] ?? match[4] ?? ''))
  }
  return found
}

/** Text with its character references (`&amp;`, `&#233;`, `&#xE9;`) decoded. */
export function decodeReferences(text: string): string {
  return text.replace(
    /&(#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g,
    (all, ref: string) => {
      if (ref[0] !== '#') return decodeNamedCharacterReference(ref) || all
      const code =
        ref[1] === 'x' || ref[1] === 'X'
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : all
    }
  )
}
