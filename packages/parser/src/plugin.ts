// The front ends as unified parser plugins: plain text and Markdown.
import { createHash } from 'node:crypto'
import type { Root, Settings, SourceFile } from '@colophon/schema'
import type { Root as MdRoot } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { buildMarkdownTree, fromMdast } from './markdown/markdown.js'
import type { Encoding } from './shared/decode.js'
import type { ImageReader } from './shared/images.js'
import { buildTree } from './text/tree.js'

/** Options of the plain-text front end. */
export interface TextOptions {
  /** The manuscript's settings (its sidecar), already read and validated. */
  settings?: Settings
  /** How the manuscript is named in the tree; defaults to the file's path. */
  source?: SourceFile
  /** Offsets of control characters found while decoding. */
  controls?: readonly number[]
  /** The encoding the manuscript was decoded from, for the advice on doubly encoded text. */
  encoding?: Encoding
  /** A separate file of note bodies, decoded, with its source entry. */
  notes?: { file: VFile; source: SourceFile }
}

/** Options of the Markdown front end. */
export interface MarkdownOptions {
  /**
   * Settings given with the manuscript (its sidecar), already read and validated. Front matter
   * in the manuscript takes their place, with a warning that they were ignored.
   */
  settings?: Settings
  /** How the manuscript is named in the tree; defaults to the file's path. */
  source?: SourceFile
  /** Offsets of control characters found while decoding. */
  controls?: readonly number[]
  /** The encoding the manuscript was decoded from, for the advice on doubly encoded text. */
  encoding?: Encoding
  /** Reads an image's file (its path as written); by default from disk, beside the manuscript. */
  readImage?: ImageReader
}

/**
 * Makes a unified processor parse plain-text manuscripts into the edition AST. Typed as unified
 * types a parser plugin (text in, a tree out), so `parse` returns the edition's `Root`.
 */
export const colophonText: Plugin<[TextOptions?], string, Root> = function (options = {}) {
  this.parser = (_document: string, file: VFile): Root =>
    buildTree(file, {
      settings: options.settings ?? {},
      source: options.source ?? defaultSource(file, 'text'),
      ...(options.controls ? { controls: options.controls } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.notes ? { notes: options.notes } : {})
    })
}

/**
 * Makes a unified processor parse Markdown manuscripts (CommonMark with GFM footnotes and
 * tables, YAML front matter) into the edition AST.
 */
export const colophonMarkdown: Plugin<[MarkdownOptions?], string, Root> = function (options = {}) {
  this.parser = (_document: string, file: VFile): Root =>
    buildMarkdownTree(file, {
      source: options.source ?? defaultSource(file, 'markdown'),
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.controls ? { controls: options.controls } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.readImage ? { readImage: options.readImage } : {})
    })
}

/**
 * A bridge from a remark processor of one's own to the edition AST: after remark-parse,
 * remark-gfm (footnotes, tables), remark-frontmatter (`['yaml']`) and any remark plugin, it
 * turns their mdast into the edition AST, which `run` returns (a plugin after it sees the
 * edition AST, as one after remark-rehype sees hast).
 *
 *   unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])
 *     .use(remarkSmartypants).use(remarkColophon)
 */
export const remarkColophon: Plugin<[MarkdownOptions?], MdRoot, Root> = (options = {}) => {
  return (tree, file) =>
    fromMdast(tree, file, {
      source: options.source ?? defaultSource(file, 'markdown'),
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.controls ? { controls: options.controls } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.readImage ? { readImage: options.readImage } : {})
    })
}

function defaultSource(file: VFile, format: SourceFile['format']): SourceFile {
  return {
    path: file.path || (format === 'markdown' ? 'manuscript.md' : 'manuscript.txt'),
    format,
    sha256: createHash('sha256').update(String(file.value)).digest('hex')
  }
}
