// Figures of a Markdown manuscript: a paragraph of one image, the line under it (if any) its
// caption, or an HTML block `<figure><img …><figcaption>…</figcaption></figure>` (or a lone
// `<img>`). A figure is no prose: it takes no paragraph number and makes no claims.
import type { Figure, Image, Inline, Position } from '@colophon/schema'
import type * as Md from 'mdast'
import { normalize } from '../shared/paragraph.js'
import { htmlImage } from './html-figure.js'
import { buildPhrasing, imageSource, type PhrasingContext } from './phrasing.js'

/**
 * The figure a paragraph gives when it holds one image alone, or one image and, after a line
 * break, its caption; undefined for any other paragraph.
 */
export function figureOf(node: Md.Paragraph, context: PhrasingContext): Figure | undefined {
  const [first, ...rest] = node.children
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (!context.image || start === undefined || end === undefined) return undefined
  if (first?.type !== 'image' && first?.type !== 'imageReference') return undefined
  const found = imageSource(first, context)
  const caption = captionNodes(rest, context.text)
  if (!found || !caption) return undefined
  const image = context.image(found, placeOf(first, context))
  const figure: Figure = { type: 'figure', id: '', children: [image] }
  const from = caption.start
  const words = from === undefined ? undefined : buildPhrasing(caption.nodes, from, end, context)
  const inlines = words?.children.flatMap((claim) => claim.children) ?? []
  const [head, ...tail] = inlines
  if (head && from !== undefined) {
    figure.caption = [head, ...tail]
    figure.captionPosition = context.position(from, end)
  } else titleCaption(figure, image)
  figure.position = context.position(start, end)
  return figure
}

/** The figure of an HTML block of one image, with its `<figcaption>`; undefined for other HTML. */
export function htmlFigureOf(node: Md.Html, context: PhrasingContext): Figure | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (!context.image || start === undefined || end === undefined) return undefined
  const found = htmlImage(node.value)
  if (!found) return undefined
  // Offsets within the block hold where its value is the source as written (not in a quotation).
  const exact = context.text.slice(start, end) === node.value
  const at = (span: readonly [number, number] | undefined): Position =>
    exact && span
      ? context.position(start + span[0], start + span[1])
      : context.position(start, end)
  const image = context.image(found.image, at(found.imageSpan))
  const figure: Figure = { type: 'figure', id: '', children: [image] }
  const caption = found.caption === undefined ? '' : normalize(found.caption).trim()
  if (caption) {
    const position = at(found.captionSpan)
    figure.caption = [{ type: 'text', value: caption, position }]
    figure.captionPosition = position
  } else titleCaption(figure, image)
  figure.position = context.position(start, end)
  return figure
}

/** Without a caption of its own, a figure's caption is its image's title, if it has one. */
function titleCaption(figure: Figure, image: Image): void {
  const title = image.title ? normalize(image.title).trim() : ''
  if (!title) return
  const caption: Inline = { type: 'text', value: title }
  if (image.position) {
    caption.position = image.position
    figure.captionPosition = image.position
  }
  figure.caption = [caption]
}

/**
 * The nodes of the caption after a figure's image: none, or those after a line break (the
 * first text without its leading line ending, and where its words start in the source);
 * undefined when words follow the image on its own line, which makes it no figure.
 */
function captionNodes(
  rest: readonly Md.PhrasingContent[],
  text: string
): { nodes: Md.PhrasingContent[]; start: number | undefined } | undefined {
  const [next, ...after] = rest
  if (!next) return { nodes: [], start: undefined }
  if (next.type === 'break') return { nodes: after, start: after[0]?.position?.start.offset }
  if (next.type !== 'text' || !/^[ \t]*(?:\r\n|\r|\n)/.test(next.value)) return undefined
  const value = next.value.replace(/^\s+/, '')
  const from = next.position?.start.offset
  if (from === undefined) return undefined
  // The source skips the line ending, and a quotation's `>` before the caption's line.
  const start = from + (/^[\s>]*/.exec(text.slice(from))?.[0].length ?? 0)
  if (value === '') return { nodes: after, start: after[0]?.position?.start.offset }
  const end = next.position?.end.offset ?? start
  const trimmed: Md.Text = {
    type: 'text',
    value,
    position: {
      start: { line: 0, column: 0, offset: start },
      end: { line: 0, column: 0, offset: end }
    }
  }
  return { nodes: [trimmed, ...after], start }
}

function placeOf(node: Md.Nodes, context: PhrasingContext): Position {
  const start = node.position?.start.offset ?? 0
  return context.position(start, node.position?.end.offset ?? start)
}
