// Shared test helpers: the trees the renderer is tested on (the parser's fixture outputs and
// the seed chapter, parsed), the HTML validator, and small tree builders.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import type { Chapter, Claim, FootnoteDefinition, Inline, Root } from '@colophon/schema'
import { HtmlValidate } from 'html-validate'

export const repository = fileURLToPath(new URL('../../../', import.meta.url))
const fixtures = join(repository, 'packages/parser/test/fixtures')
export const seedPath = join(repository, 'source/snyder-bloodlands-ch2-class-terror.txt')

/** Names of the parser's golden fixtures. */
export function fixtureNames(): string[] {
  return readdirSync(fixtures).sort()
}

/** The tree of a parser fixture, from its `output.json`. */
export function fixtureTree(name: string): Root {
  const output = JSON.parse(readFileSync(join(fixtures, name, 'output.json'), 'utf8')) as {
    tree: Root
  }
  return output.tree
}

/** The tree of one of the parser's Markdown fixtures, from its `output.json`. */
export function markdownTree(name: string): Root {
  const path = join(repository, 'packages/parser/test/fixtures-md', name, 'output.json')
  return (JSON.parse(readFileSync(path, 'utf8')) as { tree: Root }).tree
}

/** The parser's Markdown fixture of figures and images (a PNG and an SVG embedded), its tree. */
export function imagesTree(): Root {
  return markdownTree('images')
}

let seed: Root | undefined

/** The seed chapter, parsed from `source/` with its settings. */
export function seedTree(): Root {
  if (seed) return structuredClone(seed)
  const result = parseFile(seedPath)
  if (!result.tree) throw new Error(`Expected a tree from ${seedPath}`)
  // The parser names the source from the project root: `source/…`, from any working folder.
  seed = result.tree
  return structuredClone(seed)
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Claim ids are the parser's citable ids, `p12.3`: valid HTML (no whitespace, not empty),
    // addressed by URL fragments and `:target`, never by a `#p12.3` CSS selector, which the
    // strict form of this rule protects.
    'valid-id': ['error', { relaxed: true }],
    // The `<title>` is the work's own title and author, which may well run past the 70
    // characters this rule (search-engine advice) allows; it is not ours to shorten.
    'long-title': 'off'
  }
})

/** Problems html-validate finds in `html`, one line each. */
export async function validate(html: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)
  )
}

// ---------------------------------------------------------------------------------------------
// Tree builders for hand-made cases

const source = { path: 'test.txt', format: 'text' as const, sha256: '0'.repeat(64) }

/** A one-chapter edition whose paragraphs are made of the given claims' inline children. */
export function edition(
  paragraphs: Inline[][][],
  options: { notes?: FootnoteDefinition[]; meta?: Partial<Root['meta']>; title?: string } = {}
): Root {
  const chapter: Chapter = {
    type: 'chapter',
    id: 'c1',
    source,
    children: [
      {
        type: 'section',
        id: 's1',
        children: paragraphs.map((claims, p) => ({
          type: 'paragraph',
          id: `p${p + 1}`,
          n: p + 1,
          children: claims.map(
            (children, c): Claim => ({
              type: 'claim',
              id: `p${p + 1}.${c + 1}`,
              kinds: [],
              children
            })
          )
        }))
      }
    ],
    notes: options.notes ?? []
  }
  if (options.title !== undefined) chapter.title = options.title
  return {
    type: 'root',
    meta: { title: 'Test', language: 'en', sources: [source], ...options.meta },
    children: [chapter]
  }
}

/** A note definition with one paragraph of text, or missing. */
export function note(n: number, body?: string): FootnoteDefinition {
  const identifier = `n${n}`
  return {
    type: 'footnoteDefinition',
    identifier,
    label: String(n),
    number: n,
    status: body === undefined ? 'missing' : 'present',
    children:
      body === undefined
        ? []
        : [
            {
              type: 'paragraph',
              id: `${identifier}.p1`,
              n: 1,
              children: [
                {
                  type: 'claim',
                  id: `${identifier}.p1.1`,
                  kinds: [],
                  children: [{ type: 'text', value: body }]
                }
              ]
            }
          ]
  }
}

/** A reference to note `n`. */
export function ref(n: number): Inline {
  return {
    type: 'footnoteReference',
    identifier: `n${n}`,
    label: String(n),
    number: n,
    marker: 'glued'
  }
}

/** A text node. */
export function text(value: string): Inline {
  return { type: 'text', value }
}

/** The document without its stylesheet, for goldens and assertions that do not need it. */
export function withoutStyle(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '<style>/* stylesheet */</style>')
}
