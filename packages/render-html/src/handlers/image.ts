// image: `<img src alt>` of the image embedded in the tree (a `data:` URL); an image that was
// not read (remote, missing) shows its alt text instead, `<span class="image-alt">`. One in a
// sentence is set in the line, no taller than a line or two.
import type { Image } from '@colophon/schema'
import { contextOf } from '../context.js'
import { element, patch, text } from '../hast.js'
import type { Handler } from '../types.js'

/** The only sources an edition's image may have: one of the kinds it embeds, as data. */
const embedded = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]*={0,2}$/

export const image: Handler<Image> = (state, node, parent) => {
  const inline = parent?.type !== 'figure'
  if (node.src === undefined) {
    return patch(state, node, element('span', { className: ['image-alt'] }, [text(node.alt)]))
  }
  if (!embedded.test(node.src)) {
    throw new TypeError(
      `Unexpected image source \`${node.src.slice(0, 40)}\`, expected a \`data:\` URL of a PNG, JPEG, GIF, WebP or SVG image; render trees made by @colophon/parser`
    )
  }
  contextOf(state).images = true
  const properties = {
    src: node.src,
    alt: node.alt,
    title: node.title,
    className: inline ? ['inline'] : undefined
  }
  return patch(state, node, element('img', properties))
}
