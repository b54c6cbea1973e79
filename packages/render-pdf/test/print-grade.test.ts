// A print edition says what it is made for: the gray output intent (its profile read back by an
// ICC parser), PDF/X-4 in the Info dictionary and the XMP when nothing is in colour, the dates
// PDF/X asks for; and no PDF/X claim, with a message naming the pages, when images are in colour.
import icc from 'icc'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { grayProfile } from '../src/finish/gray-profile.js'
import { renderPdf } from '../src/index.js'
import { figuresTree, seedTree } from './helpers.js'

const slow = 240_000

function infoOf(doc: PDFDocument): PDFDict {
  return doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
}

function xmpOf(doc: PDFDocument): string {
  const stream = doc.catalog.lookup(PDFName.of('Metadata'), PDFStream)
  return Buffer.from(stream.getContents()).toString('utf8')
}

describe('the gray output profile', () => {
  it('is a monochrome printer profile, version 2.1, that an ICC parser reads', () => {
    const profile = icc.parse(Buffer.from(grayProfile()))
    expect(profile).toMatchObject({
      version: '2.1',
      deviceClass: 'Printer',
      colorSpace: 'GRAY',
      connectionSpace: 'XYZ',
      description: 'Colophon Gray, gamma 2.2, D50'
    })
    expect(profile.whitepoint?.map((value: number) => value.toFixed(3))).toEqual([
      '0.964',
      '1.000',
      '0.825'
    ])
  })
})

describe('--print', () => {
  it(
    'an edition in one ink: the output intent, PDF/X-4, its dates without SOURCE_DATE_EPOCH',
    async () => {
      const env = { ...process.env, SOURCE_DATE_EPOCH: '' }
      const result = await renderPdf(seedTree(), { env, print: true })
      expect(result.messages.filter((m) => m.ruleId === 'pdf-colour')).toEqual([])
      const doc = await PDFDocument.load(result.pdf, { updateMetadata: false })
      const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray)
      expect(intents.size()).toBe(1)
      const intent = intents.lookup(0, PDFDict)
      expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFX'))
      const profile = intent.lookup(PDFName.of('DestOutputProfile'), PDFStream)
      expect(String(profile.dict.get(PDFName.of('N')))).toBe('1')
      const info = infoOf(doc)
      expect((info.lookup(PDFName.of('GTS_PDFXVersion')) as PDFString).decodeText()).toBe('PDF/X-4')
      expect(info.get(PDFName.of('Trapped'))).toBe(PDFName.of('False'))
      for (const key of ['CreationDate', 'ModDate', 'Title']) {
        expect(info.get(PDFName.of(key)), key).toBeDefined()
      }
      const xmp = xmpOf(doc)
      expect(xmp).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>')
      expect(xmp).toContain('<xmp:CreateDate>')
    },
    slow
  )

  it(
    'an edition with colour images: the output intent, no PDF/X claim, the pages named',
    async () => {
      const result = await renderPdf(figuresTree(), { print: true })
      const colour = result.messages.filter((m) => m.ruleId === 'pdf-colour')
      expect(colour.map((m) => m.reason)).toEqual([expect.stringMatching(/^Pages? \d+/)])
      const doc = await PDFDocument.load(result.pdf, { updateMetadata: false })
      expect(doc.catalog.get(PDFName.of('OutputIntents'))).toBeDefined()
      expect(infoOf(doc).get(PDFName.of('GTS_PDFXVersion'))).toBeUndefined()
      expect(xmpOf(doc)).not.toContain('pdfxid')
    },
    slow
  )

  it(
    'a screen edition makes no claim and has no output intent',
    async () => {
      const result = await renderPdf(seedTree(), {})
      const doc = await PDFDocument.load(result.pdf, { updateMetadata: false })
      expect(doc.catalog.get(PDFName.of('OutputIntents'))).toBeUndefined()
      expect(infoOf(doc).get(PDFName.of('GTS_PDFXVersion'))).toBeUndefined()
    },
    slow
  )
})
