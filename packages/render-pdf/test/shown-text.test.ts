// Invisible characters of a manuscript's titles stay out of the bookmarks and the document title.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { addOutline, setMetadata } from '../src/finish/index.js'
import { shownText } from '../src/finish/text.js'

const invisible =
  'Th\u202Ee\u200B Ti\u2066tle\u2069\u200E\u2028of\u2029it\uFEFF\u00AD\uFDD0\u{10FFFF}'

describe('shownText', () => {
  it('leaves out bidi controls, zero-width spaces, the soft hyphen and noncharacters', () => {
    expect(shownText(invisible)).toBe('The Title of it')
  })

  it('reads line breaks and separators as one space, and keeps the joiners', () => {
    expect(shownText(' One\r\n\ftwo\u2028\u2029three ')).toBe('One two three')
    expect(shownText('\u0645\u200C\u06CC \u{1F469}\u200D\u{1F52C}')).toBe(
      '\u0645\u200C\u06CC \u{1F469}\u200D\u{1F52C}'
    )
  })
})

describe('bookmarks and the document title', () => {
  it('hold no invisible character', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([432, 648])
    setMetadata(doc, {
      title: invisible,
      author: 'An\u200Bn',
      language: 'en',
      creator: 'Colophon',
      producer: 'Colophon'
    })
    addOutline(doc, [{ title: `Chapter ${invisible}`, page: 0 }])
    const back = await PDFDocument.load(await doc.save(), { updateMetadata: false })
    expect(back.getTitle()).toBe('The Title of it')
    expect(back.getAuthor()).toBe('Ann')
    const outlines = back.catalog.lookup(PDFName.of('Outlines'), PDFDict)
    const first = outlines.lookup(PDFName.of('First'), PDFDict)
    const title = first.lookup(PDFName.of('Title'))
    expect(title instanceof PDFHexString || title instanceof PDFString).toBe(true)
    expect((title as PDFHexString).decodeText()).toBe('Chapter The Title of it')
  })
})
