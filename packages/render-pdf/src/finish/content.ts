// Drawing over a page's existing content without inheriting whatever state it leaves behind.
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  type PDFOperator,
  type PDFPage
} from 'pdf-lib'

/**
 * Appends `operators` as a new content stream, after wrapping the existing content in q/Q:
 * Chromium's page content starts with a `cm` it never undoes.
 */
export function drawOver(doc: PDFDocument, page: PDFPage, operators: PDFOperator[]): void {
  const { context } = doc
  const stream = context.register(context.contentStream(operators))
  page.node.normalize()
  const contents = page.node.Contents()
  if (contents instanceof PDFArray && contents.size() > 0) {
    page.node.wrapContentStreams(
      context.getPushGraphicsStateContentStream(),
      context.getPopGraphicsStateContentStream()
    )
    contents.push(stream)
  } else {
    page.node.set(PDFName.of('Contents'), context.obj([stream]))
  }
}

/** A resource name not yet used in the page's `category` dictionary, with no random part. */
export function freshResourceName(page: PDFPage, category: string, base: string): PDFName {
  const dict = page.node.normalizedEntries().Resources.lookupMaybe(PDFName.of(category), PDFDict)
  let name = PDFName.of(base)
  for (let suffix = 2; dict?.has(name); suffix++) name = PDFName.of(`${base}${suffix}`)
  return name
}
