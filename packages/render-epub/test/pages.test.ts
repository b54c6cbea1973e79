// The print edition's pages in the EPUB: a marker where each page begins, from the concordance,
// the page list, and the metadata that names the print edition.
import { describe, expect, it } from 'vitest'
import { renderEpub } from '../src/index.js'
import { fixtureTree, seedTree, textOf, unzip } from './helpers.js'

/** A concordance of the seed: a title page and contents (i, ii), then p1–p2 on 1, p3.2 on 3. */
const concordance = {
  folios: ['', 'ii', '1', '2', '3', '4'],
  ids: {
    c1: { index: 2 },
    p1: { index: 2 },
    'p1.1': { index: 2 },
    p2: { index: 2 },
    p3: { index: 2 },
    'p3.2': { index: 4 },
    p4: { index: 5 },
    'n1.p1': { index: 2 }
  }
}

describe('page-break markers', () => {
  const files = unzip(renderEpub(seedTree(), { pages: { concordance, source: 'snyder.pdf' } }))
  const chapter = textOf(files, 'OEBPS/chapter1.xhtml')

  it('stand where each printed page begins, a page where nothing begins with the next', () => {
    expect(chapter).toContain(
      '<article id="c1" class="chapter" aria-labelledby="c1-title"><span epub:type="pagebreak" role="doc-pagebreak" id="page-1" aria-label="1" />'
    )
    expect(chapter).toMatch(
      /<span epub:type="pagebreak" role="doc-pagebreak" id="page-2" aria-label="2" \/><span epub:type="pagebreak" role="doc-pagebreak" id="page-3" aria-label="3" \/><span id="p3.2" class="claim"/
    )
    expect(chapter).toContain(
      '<p id="p4" data-n="4"><span epub:type="pagebreak" role="doc-pagebreak" id="page-4" aria-label="4" />'
    )
    // Once each; none for the front matter, none among the notes.
    expect(chapter.match(/epub:type="pagebreak"/g)).toHaveLength(4)
    expect(chapter).not.toContain('id="page-ii"')
  })

  it('are listed in the navigation, and the package names the print edition', () => {
    const nav = textOf(files, 'OEBPS/nav.xhtml')
    expect(nav).toContain(
      '<nav epub:type="page-list" id="page-list" aria-labelledby="page-list-title" hidden="">'
    )
    expect(nav).toContain('<li><a href="chapter1.xhtml#page-3">3</a></li>')
    const opf = textOf(files, 'OEBPS/package.opf')
    expect(opf).toContain('<dc:source id="print-edition">snyder.pdf</dc:source>')
    expect(opf).toContain('<meta refines="#print-edition" property="source-of">pagination</meta>')
    expect(opf).toContain('<meta property="schema:accessibilityFeature">printPageNumbers</meta>')
    expect(opf).toContain('<meta property="schema:accessibilityFeature">pageBreakMarkers</meta>')
    expect(opf).toContain('The pages of the print edition are marked in the text and listed.')
  })

  it('are left out when no element of the book is in the concordance', () => {
    const other = unzip(
      renderEpub(fixtureTree('book-parts'), {
        pages: {
          concordance: { folios: concordance.folios, ids: { p1: { index: 2 } } },
          source: 'x.pdf'
        }
      })
    )
    expect(textOf(other, 'OEBPS/nav.xhtml')).not.toContain('page-list')
    expect(textOf(other, 'OEBPS/package.opf')).not.toContain('dc:source')
  })
})
