// The editor's introduction to a chapter of a reader: its Markdown (CommonMark with GFM) into
// the edition's `introduction`, paragraphs, one-level lists and quotations of text, emphasis,
// strong text, links and line breaks. Nothing in it becomes markup of its own: raw HTML is kept
// as the text it is. What an introduction cannot hold becomes what it can (a heading a paragraph
// of bold text, an image its description, code its text, a footnote what was written), and each
// kind of change is reported once, saying what to write instead.
import type {
  IntroBlock,
  Introduction,
  IntroInline,
  IntroLink,
  IntroList,
  IntroListItem,
  IntroParagraph
} from '@colophon/schema'
import type * as Md from 'mdast'
import { definitions, type GetDefinition } from 'mdast-util-definitions'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { show } from './paths.js'

/** What `toIntroduction` gives: the introduction, and what was changed to make it. */
export interface IntroductionResult {
  introduction: Introduction
  /** One reason per kind of change, in order of first occurrence, each saying what to do. */
  changes: string[]
}

/** The kinds of construct an introduction cannot hold as written. */
type Change =
  | 'html'
  | 'heading'
  | 'image'
  | 'code'
  | 'footnote'
  | 'table'
  | 'rule'
  | 'strikethrough'
  | 'task'
  | 'nesting'
  | 'unreadable'

const markdown = unified().use(remarkParse).use(remarkGfm).freeze()

/** The introduction of entry `k` from its Markdown. */
export function toIntroduction(text: string, k: number): IntroductionResult {
  if (typeof text !== 'string') throw new TypeError('Expected the introduction to be a string')
  const found = new Map<Change, { example: string; count: number }>()
  const change = (kind: Change, example = '') => {
    const seen = found.get(kind)
    if (seen) seen.count++
    else found.set(kind, { example, count: 1 })
  }
  let children: IntroBlock[]
  try {
    const tree = markdown.parse(text)
    // Link targets by identifier, the first definition of each, as CommonMark has it.
    const converter = new Converter(text, definitions(tree), change)
    children = converter.blocks(tree.children)
  } catch (error) {
    // Thousands of containers inside each other overflow the recursion, remark's or ours.
    found.clear()
    change('unreadable', String(error))
    children = text
      .split(/\n[ \t]*\n/)
      .map((block) => literalParagraph(block.trim()))
      .filter((block) => block.children.length > 0)
  }
  const where = `the introduction of entry ${k}`
  const changes = [...found].map(([kind, { example, count }]) =>
    reason(kind, example, count, where)
  )
  return { introduction: { type: 'introduction', children }, changes }
}

/** The message for a kind of change: what was found, what became of it, and what to write. */
function reason(kind: Change, example: string, count: number, where: string): string {
  const shown = `\`${show(example, 60)}\``
  const more = count > 1 ? ` (and ${count - 1} more like it)` : ''
  switch (kind) {
    case 'html':
      return `Raw HTML ${shown}${more} in ${where} is shown as text, not markup; write Markdown instead, such as \`*emphasis*\`, \`**strong**\` or \`[words](https://…)\``
    case 'heading':
      return `Heading ${shown}${more} in ${where} is set as a paragraph of bold text; an introduction has no headings, so write \`**${show(example, 40)}**\` or leave it out`
    case 'image':
      return `Image ${shown}${more} in ${where} is shown as its description; an introduction has no images, so say in words what it shows, or link to it with \`[description](address)\``
    case 'code':
      return `Code ${shown}${more} in ${where} is set as plain text; an introduction has no code, so write it as text, or set it off with \`*emphasis*\``
    case 'footnote':
      return `Footnote ${shown}${more} in ${where} is shown as written; an introduction has no notes, so put the note's words in the text, in parentheses`
    case 'table':
      return `Table${more} in ${where} is shown as its Markdown, line by line; write it as a list, one \`- item\` a row`
    case 'rule':
      return `Rule ${shown}${more} in ${where} is left out; separate paragraphs with a blank line`
    case 'strikethrough':
      return `Struck-out text ${shown}${more} in ${where} is set as plain text; remove the \`~~\`, or the words`
    case 'task':
      return `Task box ${shown}${more} in ${where} is left out; write the item without it`
    case 'nesting':
      return `${example}${more} in ${where} is flattened into the one around it; an introduction's lists and quotations hold only text, so write them one after another`
    case 'unreadable':
      return `Markdown of ${where} could not be read (${shown}) and is shown as plain text; flatten its nesting`
  }
}

type Report = (kind: Change, example?: string) => void

/** Turns mdast blocks and phrasing into an introduction's, noting each change. */
class Converter {
  constructor(
    private readonly text: string,
    private readonly definitions: GetDefinition,
    private readonly change: Report
  ) {}

  blocks(nodes: readonly Md.RootContent[]): IntroBlock[] {
    return nodes.flatMap((node) => this.block(node))
  }

  block(node: Md.RootContent): IntroBlock[] {
    switch (node.type) {
      case 'paragraph':
        return paragraphOf(this.inlines(node.children))
      case 'heading':
        this.change('heading', wordsOf(node))
        return paragraphOf([{ type: 'strong', children: this.inlines(node.children) }])
      case 'blockquote':
        return [{ type: 'introQuote', children: this.quoted(node.children) }]
      case 'list':
        return [this.list(node)]
      case 'code':
        this.change('code', firstLine(node.value))
        return [linesParagraph(node.value)]
      case 'html':
        this.change('html', firstLine(node.value))
        return [linesParagraph(node.value)]
      case 'table':
        this.change('table')
        return [linesParagraph(this.source(node))]
      case 'footnoteDefinition':
        this.change('footnote', firstLine(this.source(node)))
        return [linesParagraph(this.source(node))]
      case 'thematicBreak':
        this.change('rule', this.source(node))
        return []
      case 'definition':
        // A link's target, used where the link is.
        return []
      default:
        // Nothing else comes out of CommonMark with GFM at this level; kept as written.
        return [linesParagraph(this.source(node))]
    }
  }

  /** A quotation's paragraphs: a list or quotation inside it becomes paragraphs of it. */
  quoted(nodes: readonly Md.RootContent[]): IntroParagraph[] {
    const paragraphs: IntroParagraph[] = []
    for (const block of this.blocks(nodes)) {
      if (block.type === 'introParagraph') {
        paragraphs.push(block)
        continue
      }
      this.change(
        'nesting',
        block.type === 'introList' ? 'A list in a quotation' : 'A quotation in a quotation'
      )
      if (block.type === 'introList') {
        for (const item of block.children) paragraphs.push(...paragraphOf(item.children))
      } else paragraphs.push(...block.children)
    }
    return paragraphs
  }

  list(node: Md.List): IntroList {
    const items: IntroListItem[] = []
    for (const item of node.children) {
      if (typeof item.checked === 'boolean') this.change('task', item.checked ? '[x]' : '[ ]')
      const own: IntroInline[] = []
      const after: IntroListItem[] = []
      for (const block of this.blocks(item.children)) {
        if (block.type === 'introParagraph') {
          if (own.length > 0) own.push({ type: 'break' })
          own.push(...block.children)
        } else if (block.type === 'introList') {
          this.change('nesting', 'A list in a list item')
          after.push(...block.children)
        } else {
          this.change('nesting', 'A quotation in a list item')
          for (const paragraph of block.children) {
            if (own.length > 0) own.push({ type: 'break' })
            own.push(...paragraph.children)
          }
        }
      }
      items.push({ type: 'introListItem', children: own }, ...after)
    }
    // Markdown has no list without an item; the type wants that said.
    const [first = { type: 'introListItem', children: [] }, ...rest] = items
    return { type: 'introList', ordered: node.ordered === true, children: [first, ...rest] }
  }

  inlines(nodes: readonly Md.PhrasingContent[]): IntroInline[] {
    return merged(nodes.flatMap((node) => this.inline(node)))
  }

  inline(node: Md.PhrasingContent): IntroInline[] {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value }]
      case 'emphasis':
        return [{ type: 'emphasis', children: this.inlines(node.children) }]
      case 'strong':
        return [{ type: 'strong', children: this.inlines(node.children) }]
      case 'break':
        return [{ type: 'break' }]
      case 'link':
        return [linkOf(node.url, node.title, this.inlines(node.children))]
      case 'linkReference': {
        const target = this.definitions(node.identifier)
        const children = this.inlines(node.children)
        return target ? [linkOf(target.url, target.title, children)] : children
      }
      case 'image':
      case 'imageReference':
        this.change('image', this.source(node))
        return node.alt ? [{ type: 'text', value: node.alt }] : []
      case 'inlineCode':
        this.change('code', node.value)
        return [{ type: 'text', value: node.value }]
      case 'html':
        this.change('html', node.value)
        return [{ type: 'text', value: node.value }]
      case 'delete':
        this.change('strikethrough', this.source(node))
        return this.inlines(node.children)
      case 'footnoteReference':
        this.change('footnote', this.source(node))
        return [{ type: 'text', value: this.source(node) }]
      default:
        return [{ type: 'text', value: this.source(node) }]
    }
  }

  /** The Markdown a node was read from, as written. */
  source(node: Md.Nodes): string {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    return start === undefined || end === undefined ? '' : this.text.slice(start, end)
  }
}

function linkOf(url: string, title: string | null | undefined, children: IntroInline[]): IntroLink {
  const link: IntroLink = { type: 'link', url, children }
  if (typeof title === 'string') link.title = title
  return link
}

/** A paragraph of `children`, or none when there is nothing in it. */
function paragraphOf(children: IntroInline[]): IntroParagraph[] {
  return children.length === 0 ? [] : [{ type: 'introParagraph', children }]
}

/** Text kept as written, one line after another. */
function linesParagraph(value: string): IntroParagraph {
  const children: IntroInline[] = []
  value
    .replace(/\n+$/, '')
    .split('\n')
    .forEach((line, index) => {
      if (index > 0) children.push({ type: 'break' })
      if (line !== '') children.push({ type: 'text', value: line })
    })
  return { type: 'introParagraph', children }
}

/** A block of plain text as one paragraph. */
function literalParagraph(value: string): IntroParagraph {
  return { type: 'introParagraph', children: value === '' ? [] : [{ type: 'text', value }] }
}

/** Neighbouring text nodes as one, as the text would have been had nothing been changed. */
function merged(nodes: IntroInline[]): IntroInline[] {
  const result: IntroInline[] = []
  for (const node of nodes) {
    const last = result.at(-1)
    if (node.type === 'text' && last?.type === 'text') last.value += node.value
    else if (node.type !== 'text' || node.value !== '') result.push(node)
  }
  return result
}

/** The words of a node, for a message. */
function wordsOf(node: Md.Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'image') return node.alt ?? ''
  return 'children' in node ? node.children.map(wordsOf).join('') : ''
}

function firstLine(value: string): string {
  return value.trim().split('\n')[0] ?? ''
}
