// A checker of the PDF/UA-1 conditions a machine can decide, named by their Matterhorn Protocol
// checkpoints, read back from the PDF's own objects with pdf-lib (no validator to install).
// What it checks:
//   01-003 / 01-004  no artifact inside tagged content, no tagged content inside an artifact
//   01-005           every painting operation (text, path, image) is tagged (an MCID its page's
//                    parent tree gives an element for) or an artifact; BDC/EMC balanced
//   01-007           no /Suspects true; and /MarkInfo /Marked true (ISO 32000-1, 14.7.1)
//   02-001 / 02-004  every structure type is standard or role-mapped to one; no standard remapped
//   06-001..06-003   an XMP metadata stream, with `pdfuaid:part` 1 and `dc:title`
//   07-001 / 07-002  /ViewerPreferences /DisplayDocTitle true
//   09-004..09-006   tables, lists and contents built as ISO 32000-1 Tables 333, 336-337 ask
//                    (LI: Lbl, LBody; TOC: TOCI; TOCI: Lbl, Reference, NonStruct, P, TOC)
//   11-001           a natural language for the text: the catalog's /Lang
//   13-004           every Figure has /Alt (or /ActualText)
//   14-002 / 14-003  numbered headings start at H1 and skip no level going down; 14-007 no H
//                    beside H1-H6
//   19-003 / 19-004  every Note has an /ID, no two the same; and (the project's own) its number
//                    a Lbl, as `finish/notes.ts` makes it, the notice of absent notes' `*` too
//   28-008 / 28-009  a page with annotations has /Tabs /S
//   28-011 / 28-012  every link annotation sits in a Link element (its /StructParent and an
//                    OBJR agree) and has /Contents
//   01-006           (given the edition's paragraphs) each is one P, its text that P's: not two,
//                    one a page, where the page breaks in it; (given how many block quotations it
//                    prints) as many BlockQuote elements (the part of 01-006, structure types
//                    semantically appropriate, a machine can decide knowing the paragraphs)
// Not checked here: what needs eyes (01-006 beyond paragraphs, reading order, alt text quality), fonts
// (31-xxx: the renderer's own checks embed every glyph), colour contrast.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  type PDFPage,
  PDFRawStream,
  PDFRef,
  PDFString
} from 'pdf-lib'
import { operations } from '../src/finish/content-ops.js'
import { type EditionParagraph, letters, paragraphTexts } from './pdf-ua-text.js'

export interface Failure {
  checkpoint: string
  message: string
}

/** The structure types of ISO 32000-1 (14.8.4), which PDF/UA-1 builds on. */
const standard = new Set(
  `Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3
  H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry
  Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form`.split(/\s+/)
)

interface Element {
  role: string
  dict: PDFDict
  kids: Element[]
}

/** What the checker knows of the edition, for the conditions that need it. */
export interface Edition {
  /** Its paragraphs (`editionParagraphs`): each must be one P. */
  paragraphs?: readonly EditionParagraph[]
  /** How many block quotations it prints (`editionQuotations`): each must be one BlockQuote. */
  quotations?: number
}

/** Every failure of `bytes` against the conditions above; none for a conforming file. */
export async function checkPdfUa(bytes: Uint8Array, edition: Edition = {}): Promise<Failure[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const failures: Failure[] = []
  const fail = (checkpoint: string, message: string) => failures.push({ checkpoint, message })
  checkCatalog(doc, fail)
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root) {
    fail('01-005', 'No /StructTreeRoot: the document is not tagged')
    return failures
  }
  const roles = roleMap(root, fail)
  const tree = readTree(doc, root.get(PDFName.of('K')), roles)
  checkRoles(tree, fail)
  const parents = parentTree(doc, root)
  for (const [index, page] of doc.getPages().entries()) {
    checkContent(doc, page, index, parents, fail)
    checkAnnotations(doc, page, index, parents, fail)
  }
  if (edition.paragraphs) checkParagraphs(await paragraphTexts(bytes), edition.paragraphs, fail)
  if (edition.quotations !== undefined) checkQuotations(tree, edition.quotations, fail)
  return failures
}

/**
 * Each paragraph one P whose text is the paragraph's. Where none is: how many P elements in a
 * row make it up (a paragraph broken by a page, tagged as one P a page), else that its text is
 * not all in one P (some of it an artifact, or elsewhere).
 */
function checkParagraphs(
  texts: readonly string[],
  paragraphs: readonly EditionParagraph[],
  fail: Fail
): void {
  const elements = texts.map(letters).filter((text) => text !== '')
  const whole = new Map<string, number>()
  for (const text of elements) whole.set(text, (whole.get(text) ?? 0) + 1)
  for (const { id, text } of paragraphs) {
    const wanted = letters(text)
    const found = whole.get(wanted) ?? 0
    if (wanted === '' || found > 0) {
      whole.set(wanted, found - 1)
      continue
    }
    const run = runOf(elements, wanted)
    fail(
      '01-006',
      run > 1
        ? `The paragraph \`${id}\` is ${run} P elements, expected one`
        : `The paragraph \`${id}\` is not one P: no P holds all its text`
    )
  }
}

/** As many BlockQuote elements as the edition prints quotations: not one a page they are on. */
function checkQuotations(tree: readonly Element[], quotations: number, fail: Fail): void {
  let found = 0
  const visit = (element: Element) => {
    if (element.role === 'BlockQuote') found++
    for (const kid of element.kids) visit(kid)
  }
  for (const element of tree) visit(element)
  if (found !== quotations) {
    fail('01-006', `${found} BlockQuote elements for the edition's ${quotations} quotations`)
  }
}

/** How many P elements in a row, their texts joined, are `wanted`; 0 if none are. */
function runOf(elements: readonly string[], wanted: string): number {
  for (const [start, first] of elements.entries()) {
    if (!wanted.startsWith(first)) continue
    let joined = first
    for (let end = start + 1; end < elements.length && wanted.startsWith(joined); end++) {
      joined += elements[end]
      if (joined === wanted) return end - start + 1
    }
  }
  return 0
}

type Fail = (checkpoint: string, message: string) => void

function checkCatalog(doc: PDFDocument, fail: Fail): void {
  const mark = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  if (String(mark?.get(PDFName.of('Marked'))) !== 'true')
    fail('01-007', 'No /MarkInfo /Marked true')
  if (String(mark?.get(PDFName.of('Suspects'))) === 'true') fail('01-007', '/Suspects is true')
  const metadata = doc.catalog.lookup(PDFName.of('Metadata'))
  if (!(metadata instanceof PDFRawStream)) {
    fail('06-001', 'No XMP metadata stream in the catalog')
  } else {
    const xmp = new TextDecoder().decode(decodePDFRawStream(metadata).decode())
    if (!/<pdfuaid:part>1<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp)) {
      fail('06-002', 'The XMP has no `pdfuaid:part` 1')
    }
    if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>[^<]+<\/rdf:li>/.test(xmp)) {
      fail('06-003', 'The XMP has no `dc:title`')
    }
  }
  const preferences = doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)
  const display = preferences?.get(PDFName.of('DisplayDocTitle'))
  if (display === undefined) fail('07-001', 'No /ViewerPreferences /DisplayDocTitle')
  else if (String(display) !== 'true') fail('07-002', '/DisplayDocTitle is not true')
  const lang = doc.catalog.lookup(PDFName.of('Lang'))
  if (!(lang instanceof PDFString || lang instanceof PDFHexString) || lang.decodeText() === '') {
    fail('11-001', 'No /Lang in the catalog: the language of the text cannot be determined')
  }
}

function roleMap(root: PDFDict, fail: Fail): Map<string, string> {
  const map = new Map<string, string>()
  const dict = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict)
  for (const [key, value] of dict?.entries() ?? []) {
    const from = key.decodeText()
    if (standard.has(from)) fail('02-004', `The standard type \`${from}\` is remapped`)
    if (value instanceof PDFName) map.set(from, value.decodeText())
  }
  return map
}

/** The elements under `k`, each with its role resolved through the role map. */
function readTree(
  doc: PDFDocument,
  k: PDFObject | undefined,
  roles: Map<string, string>
): Element[] {
  const kids = k === undefined ? [] : doc.context.lookup(k)
  const list = kids instanceof PDFArray ? kids.asArray() : k === undefined ? [] : [k]
  const elements: Element[] = []
  for (const kid of list) {
    const dict = doc.context.lookup(kid)
    if (!(dict instanceof PDFDict)) continue
    const type = dict.get(PDFName.of('Type'))
    if (type === PDFName.of('MCR') || type === PDFName.of('OBJR')) continue
    let role = dict.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText() ?? ''
    for (let hops = 0; !standard.has(role) && roles.has(role) && hops < 10; hops++) {
      role = roles.get(role) as string
    }
    elements.push({ role, dict, kids: readTree(doc, dict.get(PDFName.of('K')), roles) })
  }
  return elements
}

/** Roles, lists, tables, figures, notes and headings, over the whole tree in order. */
function checkRoles(tree: Element[], fail: Fail): void {
  const headings: number[] = []
  const ids = new Set<string>()
  let plainH = false
  const visit = (element: Element) => {
    const { role, dict, kids } = element
    if (!standard.has(role)) fail('02-001', `The type \`${role}\` is neither standard nor mapped`)
    const kidRoles = kids.map((kid) => kid.role)
    if (role === 'L' && !kidRoles.every((kid) => ['LI', 'L', 'Caption'].includes(kid))) {
      fail('09-005', `An L holds \`${kidRoles.join(' ')}\`; expected LI`)
    }
    if (
      role === 'LI' &&
      (kids.length === 0 || !kidRoles.every((kid) => ['Lbl', 'LBody'].includes(kid)))
    ) {
      fail('09-005', `An LI holds \`${kidRoles.join(' ') || 'nothing'}\`; expected Lbl and LBody`)
    }
    if (role === 'TOC' && !kidRoles.every((kid) => ['TOCI', 'TOC', 'Caption'].includes(kid))) {
      fail('09-006', `A TOC holds \`${kidRoles.join(' ')}\`; expected TOCI`)
    }
    const entries = ['Lbl', 'Reference', 'NonStruct', 'P', 'TOC']
    if (role === 'TOCI' && !kidRoles.every((kid) => entries.includes(kid))) {
      fail('09-006', `A TOCI holds \`${kidRoles.join(' ')}\`; expected ${entries.join(', ')}`)
    }
    if (role === 'TR' && !kidRoles.every((kid) => kid === 'TH' || kid === 'TD')) {
      fail('09-004', `A TR holds \`${kidRoles.join(' ')}\`; expected TH and TD`)
    }
    const rows = ['TR', 'THead', 'TBody', 'TFoot', 'Caption']
    if (role === 'Table' && !kidRoles.every((kid) => rows.includes(kid))) {
      fail('09-004', `A Table holds \`${kidRoles.join(' ')}\`; expected TR, THead, TBody, TFoot`)
    }
    if (role === 'Figure' && !dict.has(PDFName.of('Alt')) && !dict.has(PDFName.of('ActualText'))) {
      fail('13-004', 'A Figure has no /Alt')
    }
    if (role === 'Note') checkNote(element, ids, fail)
    if (role === 'H') plainH = true
    const level = /^H([1-6])$/.exec(role)?.[1]
    if (level) headings.push(Number(level))
    for (const kid of kids) visit(kid)
  }
  for (const element of tree) visit(element)
  if (headings.length > 0 && headings[0] !== 1) {
    fail('14-002', `The first heading is H${headings[0]}, not H1`)
  }
  for (let index = 1; index < headings.length; index++) {
    const [before, after] = [headings[index - 1] as number, headings[index] as number]
    if (after > before + 1) fail('14-003', `H${after} follows H${before}, skipping a level`)
  }
  if (plainH && headings.length > 0) fail('14-007', 'The document uses both H and H1-H6')
}

/** A Note's /ID, there and not seen before; its number a Lbl. */
function checkNote(note: Element, ids: Set<string>, fail: Fail): void {
  const id = note.dict.lookup(PDFName.of('ID'))
  const labelled = (element: Element): boolean =>
    element.kids.some((kid) => kid.role === 'Lbl' || (kid.role !== 'Note' && labelled(kid)))
  if (!(id instanceof PDFString || id instanceof PDFHexString)) {
    fail('19-003', 'A Note has no /ID')
    if (!labelled(note)) fail('19-lbl', 'A Note has no Lbl (its number)')
    return
  }
  if (ids.has(id.decodeText())) fail('19-004', `The Note /ID \`${id.decodeText()}\` is not unique`)
  ids.add(id.decodeText())
  if (!labelled(note)) fail('19-lbl', `The Note \`${id.decodeText()}\` has no Lbl (its number)`)
}

/** The parent tree: by key, an element (an annotation's) or an array by MCID (a page's). */
function parentTree(doc: PDFDocument, root: PDFDict): Map<number, PDFObject> {
  const entries = new Map<number, PDFObject>()
  const visit = (node: PDFObject | undefined) => {
    const dict = node === undefined ? undefined : doc.context.lookup(node)
    if (!(dict instanceof PDFDict)) return
    const nums = dict.lookupMaybe(PDFName.of('Nums'), PDFArray)
    for (let index = 0; nums && index + 1 < nums.size(); index += 2) {
      const key = nums.lookup(index)
      if (key instanceof PDFNumber) entries.set(key.asNumber(), nums.get(index + 1))
    }
    for (const kid of dict.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) visit(kid)
  }
  visit(root.get(PDFName.of('ParentTree')))
  return entries
}

const painting = new Set('Tj TJ \' " S s f F f* B B* b b* Do sh EI'.split(' '))

/** Every painting operation of the page tagged or an artifact, never both; BDC/EMC balanced. */
function checkContent(
  doc: PDFDocument,
  page: PDFPage,
  index: number,
  parents: Map<number, PDFObject>,
  fail: Fail
): void {
  const key = page.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber()
  const entry = key === undefined ? undefined : parents.get(key)
  const owners = entry === undefined ? undefined : doc.context.lookup(entry)
  const where = `on page ${index + 1}`
  for (const text of contentTexts(doc, page)) {
    const stack: { artifact: boolean; mcid: number | undefined }[] = []
    let bare = 0
    for (const { name, start, end } of operations(text)) {
      if (name === 'BDC' || name === 'BMC') {
        const operands = text.slice(start, end)
        const artifact = /^\s*\/Artifact\b/.test(operands)
        const mcid = /\/MCID\s+(\d+)/.exec(operands)?.[1]
        const inTagged = stack.some((entry) => entry.mcid !== undefined)
        const inArtifact = stack.some((entry) => entry.artifact)
        if (artifact && inTagged) fail('01-003', `An artifact inside tagged content ${where}`)
        if (mcid !== undefined && inArtifact)
          fail('01-004', `Tagged content inside an artifact ${where}`)
        if (mcid !== undefined) {
          const owner = owners instanceof PDFArray ? owners.get(Number(mcid)) : undefined
          if (!(owner instanceof PDFRef)) {
            fail('01-005', `MCID ${mcid} ${where} has no structure element in the parent tree`)
          }
        }
        stack.push({ artifact, mcid: mcid === undefined ? undefined : Number(mcid) })
      } else if (name === 'EMC') {
        if (stack.pop() === undefined) fail('01-005', `An EMC without its BDC ${where}`)
      } else if (
        painting.has(name) &&
        !stack.some((entry) => entry.artifact || entry.mcid !== undefined)
      ) {
        bare++
      }
    }
    if (stack.length > 0)
      fail('01-005', `${stack.length} marked-content sequences left open ${where}`)
    if (bare > 0)
      fail('01-005', `${bare} painting operations neither tagged nor artifacts ${where}`)
  }
}

function contentTexts(doc: PDFDocument, page: PDFPage): string[] {
  const contents = page.node.get(PDFName.of('Contents'))
  const resolved = contents === undefined ? undefined : doc.context.lookup(contents)
  const refs = resolved instanceof PDFArray ? resolved.asArray() : contents ? [contents] : []
  return refs.flatMap((ref) => {
    const stream = doc.context.lookup(ref)
    if (!(stream instanceof PDFRawStream)) return []
    return [Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')]
  })
}

/** Links in Link elements, with /Contents; /Tabs /S where there are annotations. */
function checkAnnotations(
  doc: PDFDocument,
  page: PDFPage,
  index: number,
  parents: Map<number, PDFObject>,
  fail: Fail
): void {
  const annotations = page.node.Annots()
  if (!annotations || annotations.size() === 0) return
  const where = `on page ${index + 1}`
  const tabs = page.node.get(PDFName.of('Tabs'))
  if (tabs === undefined) fail('28-008', `No /Tabs ${where}, which has annotations`)
  else if (tabs !== PDFName.of('S')) fail('28-009', `/Tabs is not /S ${where}`)
  for (let k = 0; k < annotations.size(); k++) {
    const ref = annotations.get(k)
    const annotation = annotations.lookup(k)
    if (
      !(annotation instanceof PDFDict) ||
      annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')
    )
      continue
    if (!annotation.has(PDFName.of('Contents'))) fail('28-012', `A link ${where} has no /Contents`)
    const key = annotation.lookupMaybe(PDFName.of('StructParent'), PDFNumber)?.asNumber()
    const element = key === undefined ? undefined : doc.context.lookup(parents.get(key))
    const owns =
      element instanceof PDFDict &&
      element.get(PDFName.of('S')) === PDFName.of('Link') &&
      objectRefs(doc, element).includes(ref)
    if (!owns) fail('28-011', `A link ${where} is not in a Link element that names it`)
  }
}

function objectRefs(doc: PDFDocument, element: PDFDict): PDFObject[] {
  const k = doc.context.lookup(element.get(PDFName.of('K')))
  const kids = k instanceof PDFArray ? k.asArray() : [element.get(PDFName.of('K'))]
  return kids.flatMap((kid) => {
    const dict = kid === undefined ? undefined : doc.context.lookup(kid)
    return dict instanceof PDFDict && dict.get(PDFName.of('Type')) === PDFName.of('OBJR')
      ? [dict.get(PDFName.of('Obj')) as PDFObject]
      : []
  })
}

/** How many elements of each role the tree has, for reports. */
export async function roleCounts(bytes: Uint8Array): Promise<Record<string, number>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const counts: Record<string, number> = {}
  const visit = (element: Element) => {
    counts[element.role] = (counts[element.role] ?? 0) + 1
    for (const kid of element.kids) visit(kid)
  }
  if (root)
    for (const element of readTree(doc, root.get(PDFName.of('K')), new Map())) visit(element)
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
}
