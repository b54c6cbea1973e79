// The XMP packet that mirrors the Info dictionary, for viewers and preflight tools that read only XMP.
export interface Metadata {
  title: string
  author?: string
  subject?: string
  keywords?: readonly string[]
  language: string
  creator: string
  producer: string
  /** The one date written (creation and modification); none when absent. */
  date?: Date
  /** Claims PDF/UA-1 (`pdfuaid:part` 1): for a tagged document, its artifacts marked. */
  pdfua?: boolean
  /** Claims PDF/X-4 (`pdfxid:GTS_PDFXVersion`), not trapped: for a print edition in one ink. */
  pdfx?: boolean
}

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** XMP dates are ISO 8601; whole seconds, as in the Info dictionary. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function alt(value: string): string {
  return `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`
}

function list(kind: 'Seq' | 'Bag', values: readonly string[]): string {
  const items = values.map((value) => `<rdf:li>${escapeXml(value)}</rdf:li>`).join('')
  return `<rdf:${kind}>${items}</rdf:${kind}>`
}

export function keywordsText(keywords: readonly string[]): string {
  return keywords.join(', ')
}

export function xmpPacket(metadata: Metadata): string {
  const date = metadata.date === undefined ? undefined : xmpDate(metadata.date)
  const properties = [
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(metadata.title)}</dc:title>`,
    metadata.author === undefined
      ? ''
      : `<dc:creator>${list('Seq', [metadata.author])}</dc:creator>`,
    metadata.subject === undefined
      ? ''
      : `<dc:description>${alt(metadata.subject)}</dc:description>`,
    metadata.keywords === undefined
      ? ''
      : `<dc:subject>${list('Bag', metadata.keywords)}</dc:subject>`,
    `<dc:language>${list('Bag', [metadata.language])}</dc:language>`,
    metadata.keywords === undefined
      ? ''
      : `<pdf:Keywords>${escapeXml(keywordsText(metadata.keywords))}</pdf:Keywords>`,
    `<pdf:Producer>${escapeXml(metadata.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(metadata.creator)}</xmp:CreatorTool>`,
    date === undefined ? '' : `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    date === undefined ? '' : `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    date === undefined ? '' : `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    metadata.pdfua === true ? '<pdfuaid:part>1</pdfuaid:part>' : '',
    metadata.pdfx === true ? '<pdf:Trapped>False</pdf:Trapped>' : '',
    metadata.pdfx === true ? '<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>' : ''
  ].filter((line) => line !== '')
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ` xmlns:xmp="http://ns.adobe.com/xap/1.0/"${
      metadata.pdfua === true ? '\n xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"' : ''
    }${metadata.pdfx === true ? '\n xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"' : ''}>`,
    ...properties,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>'
  ].join('\n')
}
