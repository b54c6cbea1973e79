// Claims from Markdown phrasing content. The words of a paragraph are read into one string (a
// footnote reference or an image stands in it as one placeholder character), cut into sentences, and the
// inline nodes are dealt out to the sentences: a text node, or an emphasis, strong or link,
// that a sentence boundary falls inside is split in two, each part keeping its place.
import type {
  Claim,
  Emphasis,
  FootnoteReference,
  Image,
  Inline,
  InlineCode,
  Link,
  Paragraph,
  Strong
} from '@colophon/schema'
import type * as Md from 'mdast'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'
import type { ImageMaker, ImageSource } from '../shared/images.js'
import { claimKinds } from '../shared/kinds.js'
import { normalize, plain } from '../shared/paragraph.js'
import type { Positioner } from '../shared/positions.js'
import { type Span, sentences } from '../shared/sentences.js'
import { align } from './align.js'

/** A footnote reference made in a paragraph, before its note is resolved. */
export interface FoundReference {
  node: FootnoteReference
  /** The label as GFM matches it: whitespace collapsed, case folded. */
  identifier: string
  /** The paragraph it stands in. */
  paragraph: Paragraph
}

/** A link reference definition (`[name]: url "title"`). */
export interface LinkTarget {
  url: string
  title?: string | null | undefined
}

/** What building paragraphs needs besides the nodes. */
export interface PhrasingContext {
  /** The whole decoded source. */
  text: string
  position: Positioner
  /** The link reference definition of an identifier (`mdast-util-definitions`). */
  links: (identifier: string) => LinkTarget | undefined
  /** Receives every footnote reference made, in order. */
  references: FoundReference[]
  /** The manuscript's language (BCP 47), for the abbreviations that end no sentence. */
  language?: string | undefined
  /**
   * Takes raw HTML out of the text (`<b>`, `<!-- … -->`), for the front end to account for; a
   * `<br>` is a line break. Without it, raw HTML stays as written.
   */
  dropHtml?: (start: number, end: number, value: string) => void
  /** Makes the node of an image in the text; without it, an image gives its alt text. */
  image?: ImageMaker
}

/** `<br>`, `<br/>`, `<br />`: a line break written in HTML. */
const lineBreakTag = /^<br\s*\/?>$/i

/** An opening `<a>` or `<span>` that names a place (`id` or `name`): an anchor. */
const anchorTag = /^<(?:a|span)\b[^>]*?\s(?:id|name)\s*=\s*(?:"([^"]+)"|'([^']+)')[^>]*>$/i

/** Emphasis, strong and links nest at most this deep; deeper ones give their words to the parent. */
const maxNesting = 32

/** Stands for a footnote reference or an image in the text cut into sentences. */
const placeholder = '\ufffc'

/** `[^label]` in text: a reference whose note is not defined (remark makes one only if it is). */
const bareReference = /\[\^([^\s[\]]{1,999})\]/g

interface Container {
  type: 'emphasis' | 'strong' | 'link'
  url: string
  title: string | undefined
  /** Source offsets of the whole node, delimiters included. */
  start: number
  end: number
  /** Where its words start and end in the paragraph's text. */
  from: number
  to: number
  parent: Container | undefined
  depth: number
}

type Atom =
  | {
      kind: 'text'
      from: number
      to: number
      /** The characters `base`… of `value` are this atom's. */
      value: string
      base: number
      starts: number[]
      ends: number[]
      /** Inline code or HTML: written as is, and never cut into sentences. */
      literal: boolean
      container: Container | undefined
    }
  | {
      kind: 'reference'
      from: number
      to: number
      label: string
      identifier: string
      start: number
      end: number
      container: Container | undefined
    }
  | {
      kind: 'break'
      from: number
      to: number
      start: number
      end: number
      container: Container | undefined
    }
  | {
      kind: 'image'
      from: number
      to: number
      node: Image
      start: number
      end: number
      container: Container | undefined
    }
  | {
      kind: 'anchor'
      from: number
      to: number
      name: string
      start: number
      end: number
      container: Container | undefined
    }
  | {
      /** Inline code: its characters stand in the text for the sentences, never cut. */
      kind: 'code'
      from: number
      to: number
      value: string
      start: number
      end: number
      container: Container | undefined
    }

interface Frame {
  children: readonly Md.Nodes[]
  index: number
  container: Container | undefined
  /** The container this frame's children fill, closed when they are done. */
  opened: Container | undefined
}

/**
 * The paragraph of `children` (phrasing content) that stands at `start`–`end` in the source;
 * undefined when it has no words (an image with no alt text).
 */
export function buildPhrasing(
  children: readonly Md.Nodes[],
  start: number,
  end: number,
  context: PhrasingContext
): Paragraph | undefined {
  const { atoms, flat } = flatten(children, context)
  const attached: Span[] = []
  let verse = false
  for (const atom of atoms) {
    if (atom.kind === 'reference') attached.push([atom.from, atom.to])
    else if (atom.kind === 'break') verse = true
  }
  const paragraph: Paragraph = {
    type: 'paragraph',
    id: '',
    n: 1,
    children: [],
    position: context.position(start, end)
  }
  let first = 0
  for (const [from, to] of unbroken(sentences(flat, attached, context.language), atoms)) {
    while (first < atoms.length && (atoms[first] as Atom).to <= from) first++
    const claim = new ClaimBuilder(from, to, context, paragraph)
    for (let k = first; k < atoms.length; k++) {
      const atom = atoms[k] as Atom
      if (atom.from >= to) break
      claim.add(atom)
    }
    const node = claim.finish()
    if (node) paragraph.children.push(node)
  }
  if (paragraph.children.length === 0) return undefined
  if (verse) paragraph.verse = true
  return paragraph
}

/** Sentences joined again where a boundary falls inside inline code or HTML. */
function unbroken(spans: Span[], atoms: readonly Atom[]): Span[] {
  const literals = atoms.filter(
    (atom) => (atom.kind === 'text' && atom.literal) || atom.kind === 'code'
  )
  if (literals.length === 0 || spans.length < 2) return spans
  const joined: Span[] = []
  let k = 0
  for (const span of spans) {
    const previous = joined[joined.length - 1]
    while (k < literals.length && (literals[k] as Atom).to <= (previous?.[1] ?? 0)) k++
    const literal = literals[k]
    if (previous && literal && literal.from < previous[1] && literal.to > span[0]) {
      joined[joined.length - 1] = [previous[0], span[1]]
    } else joined.push(span)
  }
  return joined
}

/** A paragraph of one claim holding `start`–`end` of the source as it is written. */
export function literalParagraph(start: number, end: number, context: PhrasingContext): Paragraph {
  const value = normalize(context.text.slice(start, end))
  const position = context.position(start, end)
  const children: Inline[] = [{ type: 'text', value, position }]
  const claim: Claim = { type: 'claim', id: '', kinds: claimKinds(value), children, position }
  return { type: 'paragraph', id: '', n: 1, verse: true, children: [claim], position }
}

/** Reads phrasing content into atoms and the text they make, in order. */
function flatten(
  children: readonly Md.Nodes[],
  context: PhrasingContext
): { atoms: Atom[]; flat: string } {
  return new Flattener(children, context).run()
}

/** Walks phrasing content once, putting out its atoms and the text they stand for. */
class Flattener {
  private readonly atoms: Atom[] = []
  private readonly parts: string[] = []
  private length = 0
  private readonly stack: Frame[]

  constructor(
    children: readonly Md.Nodes[],
    private readonly context: PhrasingContext
  ) {
    this.stack = [{ children, index: 0, container: undefined, opened: undefined }]
  }

  run(): { atoms: Atom[]; flat: string } {
    const { stack } = this
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame
      const node = frame.children[frame.index]
      if (node === undefined) {
        stack.pop()
        if (frame.opened) frame.opened.to = this.length
        continue
      }
      frame.index++
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) continue
      this.visit(node, { start, end, container: frame.container })
    }
    return { atoms: this.atoms, flat: this.parts.join('') }
  }

  private push(atom: Atom, part: string): void {
    this.atoms.push(atom)
    this.parts.push(part)
    this.length += part.length
  }

  /** One node of phrasing content at `place`: its atoms, or its children to walk. */
  private visit(node: Md.Nodes, place: Place): void {
    const { text } = this.context
    const { start, end, container } = place
    switch (node.type) {
      case 'text': {
        const { starts, ends } = align(node.value, text, start, end)
        this.addText(node.value, starts, ends, container)
        break
      }
      case 'html':
        this.html(node.value, place)
        break
      case 'inlineCode':
        this.code(node.value, place)
        break
      case 'image':
      case 'imageReference':
        this.image(node, place)
        break
      case 'break': {
        const lineEnd = lineEndingAt(text, start, end)
        this.push(
          { kind: 'break', from: this.length, to: this.length + 1, ...lineEnd, container },
          '\n'
        )
        break
      }
      case 'footnoteReference':
        this.reference(node.label ?? node.identifier, node.identifier, place)
        break
      default:
        this.inner(node, place)
    }
  }

  /** Emphasis, strong, links and anything else with children: its words, in its container. */
  private inner(node: Md.Nodes, place: Place): void {
    switch (node.type) {
      case 'emphasis':
      case 'strong':
        this.enter(this.open(node.type, '', undefined, place), node.children, place)
        break
      case 'link':
        this.enter(this.open('link', node.url, node.title, place), node.children, place)
        break
      case 'linkReference': {
        const target = this.context.links(node.identifier)
        const opened = target ? this.open('link', target.url, target.title, place) : undefined
        this.enter(opened, node.children, place)
        break
      }
      default:
        // `delete` (strikethrough) and anything unknown: its words, without the markup.
        if ('children' in node) this.enter(undefined, node.children as Md.Nodes[], place)
        else if ('value' in node) this.addLiteral(place.start, place.end, place.container)
    }
  }

  private enter(opened: Container | undefined, nodes: readonly Md.Nodes[], place: Place): void {
    this.stack.push({ children: nodes, index: 0, container: opened ?? place.container, opened })
  }

  private open(
    type: Container['type'],
    url: string,
    title: string | null | undefined,
    place: Place
  ): Container | undefined {
    const { container } = place
    if ((container?.depth ?? 0) >= maxNesting) return undefined
    return {
      type,
      url,
      title: title ?? undefined,
      start: place.start,
      end: place.end,
      from: this.length,
      to: this.length,
      parent: container,
      depth: (container?.depth ?? 0) + 1
    }
  }

  /** Inline HTML: an anchor, a line break, or left out with a warning (see `markdown.ts`). */
  private html(value: string, place: Place): void {
    const { start, end, container } = place
    const { dropHtml } = this.context
    const anchor = dropHtml && anchorTag.exec(value.trim())
    if (anchor) {
      const name = (anchor[1] ?? anchor[2]) as string
      const atom: Atom = {
        kind: 'anchor',
        from: this.length,
        to: this.length + 1,
        name,
        start,
        end,
        container
      }
      this.push(atom, placeholder)
    } else if (dropHtml && lineBreakTag.test(value)) {
      this.push(
        { kind: 'break', from: this.length, to: this.length + 1, start, end, container },
        '\n'
      )
    } else if (dropHtml) dropHtml(start, end, value)
    else this.addLiteral(start, end, container)
  }

  private code(value: string, place: Place): void {
    if (value.length === 0) return
    const code = normalize(value)
    const { start, end, container } = place
    this.push(
      {
        kind: 'code',
        from: this.length,
        to: this.length + code.length,
        value: code,
        start,
        end,
        container
      },
      code
    )
  }

  private image(node: Md.Image | Md.ImageReference, place: Place): void {
    const { start, end, container } = place
    const found = imageSource(node, this.context)
    if (this.context.image && found) {
      const image = this.context.image(found, this.context.position(start, end))
      const atom: Atom = {
        kind: 'image',
        from: this.length,
        to: this.length + 1,
        node: image,
        start,
        end,
        container
      }
      this.push(atom, placeholder)
      return
    }
    const alt = node.alt ?? ''
    const { starts, ends } = align(alt, this.context.text, Math.min(start + 2, end), end)
    this.addText(alt, starts, ends, container)
  }

  private reference(label: string, identifier: string, place: Place): void {
    const { start, end, container } = place
    const atom: Atom = {
      kind: 'reference',
      from: this.length,
      to: this.length + 1,
      label,
      identifier,
      start,
      end,
      container
    }
    this.push(atom, placeholder)
  }

  /** Text, with the bare `[^1]` references a Markdown parser left in it as references. */
  private addText(
    value: string,
    starts: number[],
    ends: number[],
    container: Container | undefined
  ): void {
    const { text } = this.context
    let cursor = 0
    const take = (upTo: number) => {
      if (upTo <= cursor) return
      const atom: Atom = {
        kind: 'text',
        from: this.length,
        to: this.length + upTo - cursor,
        value,
        base: cursor,
        starts,
        ends,
        literal: false,
        container
      }
      this.push(atom, value.slice(cursor, upTo))
    }
    bareReference.lastIndex = 0
    for (let match = bareReference.exec(value); match; match = bareReference.exec(value)) {
      const at = match.index
      const last = at + match[0].length - 1
      const start = starts[at] as number
      const end = ends[last] as number
      // Only as written: an escaped `\[^1]` is text.
      if (text.slice(start, end) !== match[0]) continue
      take(at)
      const label = match[1] as string
      this.reference(label, normalizeIdentifier(label), { start, end, container })
      cursor = last + 1
    }
    take(value.length)
  }

  /** The source's characters `start`–`end` as written, never cut into sentences. */
  private addLiteral(start: number, end: number, container: Container | undefined): void {
    const value = this.context.text.slice(start, end)
    if (value.length === 0) return
    const starts: number[] = new Array(value.length)
    const ends: number[] = new Array(value.length)
    for (let i = 0; i < value.length; i++) {
      starts[i] = start + i
      ends[i] = start + i + 1
    }
    const atom: Atom = {
      kind: 'text',
      from: this.length,
      to: this.length + value.length,
      value,
      base: 0,
      starts,
      ends,
      literal: true,
      container
    }
    this.push(atom, value)
  }
}

/** Where a node stands: its source offsets, and the container it fills. */
interface Place {
  start: number
  end: number
  container: Container | undefined
}

/** What an image or image reference says: its URL (a reference's, by its definition), alt and title. */
export function imageSource(
  node: Md.Image | Md.ImageReference,
  context: PhrasingContext
): ImageSource | undefined {
  if (node.type === 'image') return { url: node.url, alt: node.alt ?? '', title: node.title }
  const target = context.links(node.identifier)
  return target && { url: target.url, alt: node.alt ?? '', title: target.title }
}

/**
 * The line ending of a hard break (two spaces or a backslash, then a line ending): the break
 * proper. In a block quote remark's break runs on over the next line's `> `.
 */
function lineEndingAt(text: string, start: number, end: number): { start: number; end: number } {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x0a) return { start: i, end: i + 1 }
    if (code === 0x0d)
      return { start: i, end: i + 1 < end && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1 }
  }
  return { start, end }
}

interface Open {
  container: Container
  node: Emphasis | Strong | Link
  first: number | undefined
  last: number
}

/** Deals the atoms of one sentence out into a claim, opening containers as they need. */
class ClaimBuilder {
  private readonly children: Inline[] = []
  private readonly open: Open[] = []
  private first: number | undefined
  private last = 0
  private lastText: { node: Inline & { type: 'text' }; raw: string; end: number } | undefined

  constructor(
    private readonly from: number,
    private readonly to: number,
    private readonly context: PhrasingContext,
    private readonly paragraph: Paragraph
  ) {}

  add(atom: Atom): void {
    const from = Math.max(this.from, atom.from)
    const to = Math.min(this.to, atom.to)
    if (to <= from) return
    this.enter(atom.container)
    const { position } = this.context
    if (atom.kind === 'text') {
      const lo = from - atom.from + atom.base
      const hi = to - atom.from + atom.base
      const start = atom.starts[lo] as number
      const end = Math.max(start, atom.ends[hi - 1] as number)
      const raw = atom.value.slice(lo, hi)
      const target = this.target()
      const previous = this.lastText
      if (previous && previous.end === start && target[target.length - 1] === previous.node) {
        previous.raw += raw
        previous.end = end
        previous.node.value = normalize(previous.raw)
        previous.node.position = position(previous.node.position?.start.offset ?? start, end)
      } else {
        const node: Inline & { type: 'text' } = {
          type: 'text',
          value: normalize(raw),
          position: position(start, end)
        }
        target.push(node)
        this.lastText = { node, raw, end }
      }
      this.placed(start, end)
      return
    }
    if (atom.kind === 'break') {
      this.target().push({ type: 'break', position: position(atom.start, atom.end) })
    } else if (atom.kind === 'image') {
      this.target().push(atom.node)
    } else if (atom.kind === 'anchor') {
      this.target().push({
        type: 'anchor',
        name: atom.name,
        position: position(atom.start, atom.end)
      })
    } else if (atom.kind === 'code') {
      const node: InlineCode = {
        type: 'inlineCode',
        value: atom.value,
        position: position(atom.start, atom.end)
      }
      this.target().push(node)
    } else {
      const node: FootnoteReference = {
        type: 'footnoteReference',
        identifier: '',
        label: atom.label,
        number: 0,
        marker: 'markdown',
        position: position(atom.start, atom.end)
      }
      this.target().push(node)
      this.context.references.push({
        node,
        identifier: atom.identifier,
        paragraph: this.paragraph
      })
    }
    this.lastText = undefined
    this.placed(atom.start, atom.end)
  }

  finish(): Claim | undefined {
    while (this.open.length > 0) this.close()
    if (this.first === undefined || this.children.length === 0) return undefined
    return {
      type: 'claim',
      id: '',
      // What a sentence is (a figure, a quotation) is read from its words, not its code.
      kinds: claimKinds(plain(this.children, false)),
      children: this.children,
      position: this.context.position(this.first, this.last)
    }
  }

  private target(): Inline[] {
    const top = this.open[this.open.length - 1]
    return top ? top.node.children : this.children
  }

  /** Records that something occupying `start`–`end` went into the innermost open node. */
  private placed(start: number, end: number): void {
    const top = this.open[this.open.length - 1]
    if (top) {
      top.first ??= start
      top.last = end
    } else {
      this.first ??= start
      this.last = end
    }
  }

  /** Makes the open containers those of `container`, closing and opening as needed. */
  private enter(container: Container | undefined): void {
    const chain: Container[] = []
    for (let c = container; c; c = c.parent) chain.push(c)
    chain.reverse()
    let common = 0
    while (
      common < this.open.length &&
      common < chain.length &&
      (this.open[common] as Open).container === chain[common]
    ) {
      common++
    }
    while (this.open.length > common) this.close()
    for (let depth = common; depth < chain.length; depth++) {
      const opened = chain[depth] as Container
      const node: Emphasis | Strong | Link =
        opened.type === 'link'
          ? { type: 'link', url: opened.url, children: [] }
          : { type: opened.type, children: [] }
      if (node.type === 'link' && opened.title !== undefined) node.title = opened.title
      this.target().push(node)
      this.open.push({ container: opened, node, first: undefined, last: 0 })
      this.lastText = undefined
    }
  }

  /**
   * Closes the innermost container. It covers its delimiters where it starts or ends in this
   * claim, and only its words where the claim cuts it.
   */
  private close(): void {
    const top = this.open.pop()
    if (!top) return
    const { container } = top
    const first = top.first ?? container.start
    const start = container.from >= this.from ? container.start : first
    const end = container.to <= this.to ? container.end : Math.max(top.last, start)
    top.node.position = this.context.position(start, end)
    this.lastText = undefined
    this.placed(start, end)
  }
}
