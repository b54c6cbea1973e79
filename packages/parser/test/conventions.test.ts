// How the plain-text front end reads the conventions of real books, each in a small case taken
// from a form met in the conformance corpus (`corpus/`), where the whole texts are scored.
import type { Chapter, FootnoteDefinition, FootnoteReference, Root } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

function read(text: string, settings = {}) {
  const { tree, messages } = parse(text, { path: 'book.txt', settings })
  if (!tree) throw new Error('no tree')
  return { tree, messages: messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`) }
}

function references(chapter: Chapter): FootnoteReference[] {
  const found: FootnoteReference[] = []
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'footnoteReference') found.push(node as FootnoteReference)
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] })
  }
  for (const section of chapter.children) visit(section)
  return found
}

/** Each chapter's title and its notes as `identifier status first-line`. */
function notesOf(tree: Root): [string | undefined, string[]][] {
  return tree.children.map((chapter) => [
    chapter.title,
    chapter.notes.map(
      (note: FootnoteDefinition) =>
        `${note.identifier} ${note.status}${note.position ? ` ${note.position.start.line}` : ''}`
    )
  ])
}

describe('headings', () => {
  it('reads `CHAPTER I.` with its title on the next line, no blank line between, as one heading', () => {
    const { tree } = read(
      'CHAPTER I.\nThe Beginning\n\nText one.1 More.\n\nCHAPTER II.\nThe Middle\n\nText two.1\n' +
        '\nNotes\n\n1. First.\n\n1. Second.\n'
    )
    expect(tree.children.map((chapter) => chapter.title)).toEqual([
      'CHAPTER I.\nThe Beginning',
      'CHAPTER II.\nThe Middle'
    ])
    const paragraphs = tree.children.flatMap((c) => c.children.flatMap((s) => s.children))
    expect(paragraphs.map((p) => p.verse ?? false)).toEqual([false, false])
    expect(notesOf(tree)).toEqual([
      ['CHAPTER I.\nThe Beginning', ['c1-n1 present 13']],
      ['CHAPTER II.\nThe Middle', ['c2-n1 present 15']]
    ])
  })
})
