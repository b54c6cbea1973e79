// The closing list of a reader's sources: for each manuscript its title, author and work, the
// file and its SHA-256, and which chapters of the reader come from it, with the source's
// paragraph numbers, so that a student can go from an excerpt to the full edition.
import type { Chapter, Root } from '@colophon/schema'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { lines, phrase, text } from '../hast.js'
import type { Words } from '../words/index.js'

/** Whether the edition is made of excerpts (a reader): its chapters say where they come from. */
export function isExcerpted(tree: Root): boolean {
  return tree.children.some((chapter) => chapter.origin !== undefined)
}

/** `<section class="sources">`, or nothing for an edition that is not made of excerpts. */
export function sourcesSection(tree: Root, words: Words): Element | undefined {
  if (!isExcerpted(tree)) return undefined
  const items = tree.meta.sources.map((source) => {
    const chapters = tree.children
      .map((chapter, index) => ({ chapter, index }))
      .filter(
        ({ chapter }) =>
          chapter.source.path === source.path && chapter.source.sha256 === source.sha256
      )
    const origin = chapters.find(({ chapter }) => chapter.origin)?.chapter.origin
    const children: ElementContent[] = []
    if (origin) {
      children.push(h('p', { className: ['source-title'] }, phrase(words.sourceTitle(origin))))
    }
    children.push(
      h('p', { className: ['source-file'] }, [
        h('code', source.path),
        text(', SHA-256 '),
        h('code', { className: ['hash'] }, source.sha256)
      ])
    )
    if (chapters.length > 0) {
      children.push(
        h(
          'ul',
          { className: ['source-excerpts'] },
          lines(chapters.map(({ chapter, index }) => h('li', excerptLine(chapter, index, words))))
        )
      )
    }
    return h('li', lines(children))
  })
  return h(
    'section',
    { id: 'sources', className: ['sources'], ariaLabelledBy: 'sources-title' },
    lines([h('h2', { id: 'sources-title' }, words.sources), h('ol', lines(items))])
  )
}

/** `Chapter 2, “Title”: paragraphs 66, 71–73`, linked to the chapter. */
function excerptLine(chapter: Chapter, index: number, words: Words): ElementContent[] {
  const title = chapter.title?.replace(/\s*\n\s*/g, ' ')
  const name =
    title === undefined ? words.chapter(index + 1) : words.chapterTitled(index + 1, title)
  const line: ElementContent[] = [h('a', { href: `#${chapter.id}` }, name)]
  if (chapter.origin) line.push(text(words.excerptParagraphs(chapter.origin.paragraphs)))
  return line
}
