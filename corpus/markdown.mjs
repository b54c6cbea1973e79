// What a Markdown text of the corpus holds besides prose, read straight from its source with
// remark (CommonMark, GFM, YAML front matter): the blocks a reader would not call a paragraph
// of running text, and the footnotes, from which its oracle is made.
//
//   node corpus/markdown.mjs FILE    the oracle rows of FILE's footnotes (scope `book`)
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/** Containers whose children are blocks: an `html` node among them is a raw HTML block. */
const flow = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/** Whether a paragraph holds images and nothing else but white space (an image may be a link). */
function imageOnly(paragraph) {
  let images = 0
  const only = (nodes) =>
    nodes.every((node) => {
      if (node.type === 'image' || node.type === 'imageReference') return ++images > 0
      if (node.type === 'text') return node.value.trim() === ''
      if (node.type === 'break') return true
      if (node.type === 'link' || node.type === 'linkReference') return only(node.children)
      return false
    })
  return only(paragraph.children) && images > 0
}

/** The kind of non-prose block `node` is, if it is one. */
function kindOf(node, parent) {
  if (node.type === 'code') return 'code'
  if (node.type === 'table') return 'table'
  if (node.type === 'thematicBreak') return 'break'
  if (node.type === 'html' && flow.has(parent?.type)) return 'html'
  if (node.type === 'paragraph' && imageOnly(node)) return 'image'
  return undefined
}

/**
 * The blocks of `text` that are not prose: code (fenced or indented), tables, raw HTML blocks,
 * paragraphs of images alone and thematic breaks, as `{ kind, start, end }` offsets, in order.
 */
export function nonProseRanges(text) {
  const ranges = []
  const visit = (node, parent) => {
    const kind = kindOf(node, parent)
    if (kind && node.position) {
      ranges.push({ kind, start: node.position.start.offset, end: node.position.end.offset })
      return
    }
    for (const child of node.children ?? []) visit(child, node)
  }
  visit(markdown.parse(text), undefined)
  return ranges
}

/**
 * The paragraphs of the tree's running text (not its notes) that begin inside a non-prose block
 * of the Markdown `text`: how many, and how many of each kind.
 */
export function countNonProse(tree, text) {
  const ranges = nonProseRanges(text)
  const byKind = {}
  let count = 0
  for (const chapter of tree.children) {
    for (const section of chapter.children) {
      for (const paragraph of section.children) {
        // A block of code is the tree's own node for code, no paragraph.
        if (paragraph.type !== 'paragraph') continue
        const offset = paragraph.position?.start.offset
        if (offset === undefined) continue
        const range = ranges.find((r) => r.start <= offset && offset < r.end)
        if (!range) continue
        count++
        byKind[range.kind] = (byKind[range.kind] ?? 0) + 1
      }
    }
  }
  return { nonProse: count, nonProseByKind: byKind }
}

/**
 * The footnotes of `text` as oracle rows: a `marker` per reference (line, column of its `[`, the
 * label as written) and a `body` per definition (first and last line), all of scope `book`.
 */
export function footnoteRows(text) {
  const rows = []
  const visit = (node) => {
    const at = node.position
    if (node.type === 'footnoteReference' && at) {
      const label = text.slice(at.start.offset + 2, at.end.offset - 1)
      rows.push(['marker', at.start.line, at.start.column, label, 'book'])
    }
    if (node.type === 'footnoteDefinition' && at) {
      const head = text.slice(at.start.offset, at.end.offset)
      const label = head.slice(2, head.indexOf(']:'))
      rows.push(['body', at.start.line, at.end.line, label, 'book'])
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(markdown.parse(text))
  // In the order they stand, a body before a marker inside it.
  const column = (row) => (row[0] === 'marker' ? row[2] : 0)
  return rows.sort((a, b) => a[1] - b[1] || column(a) - column(b))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(process.argv[2], 'utf8')
  for (const row of footnoteRows(text)) console.log(row.join('\t'))
}
