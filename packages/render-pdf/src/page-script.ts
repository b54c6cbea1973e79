// What runs in the page: Paged.js paginates a part (with handlers that stop at the page
// ceiling and keep words whole across pages), then the facts about the pages are read off the
// DOM for the checks, the concordance, the bookmarks and the named destinations. Kept as
// source text for `page.evaluate`: it touches the DOM, which this package's own types do not
// know, and it runs through the browser's protocol, not as a script of the page.

import { noteId } from '@colophon/render-html'
import { auditScript, type PageTypeset } from './audit-script.js'
import { splitSubtag } from './finish/split-elements.js'
import { lastLinesScript } from './last-lines.js'
import { longNotesSetup } from './long-notes.js'
import { evenSpreadsScript, spreadsSetup } from './spreads.js'
import { unprintedScript } from './unprinted.js'

/** One page as paginated, positions in CSS pixels from the page's top edge. */
export interface PageFacts {
  /** Paragraphs, claims and headings whose first fragment is on this page, with their top. */
  starts: { id: string; top: number }[]
  /** Ids of note references (`fnref-n7`) on this page. */
  references: string[]
  /** Notes (`data-fn`) that begin in this page's footnote area. */
  notes: string[]
  /** Whether the page holds no text at all. */
  blank: boolean
  /** Figures on this page (`figure1`); one broken across pages is on each of them. */
  figures: string[]
  /**
   * Its text runs past its area, into the next of the columns Paged.js lays a page out in,
   * which is not printed (see spreads.ts).
   */
  overflow: boolean
  /** Its lines, the depth of its text and its note numbers, measured for the audit. */
  typeset?: PageTypeset | undefined
}

export interface PaginationFacts {
  pages: PageFacts[]
  /** Each claim's text as paginated: its fragments joined, in page order. */
  claims: Record<string, string>
  /** Paragraphs split across pages: lines left before the break and carried after it. */
  splits: { id: string; page: number; before: number; after: number }[]
  /** Claims printed right against the one before them, with no space between. */
  joined: { id: string; page: number }[]
  /** Addresses the page's policy refused to load. */
  refused: string[]
  /** What each link in the document leads to, by its target's id: its label, else its text. */
  links: Record<string, string>
  /** Paged.js's own time for the flow, in ms. */
  ms: number
  /** The audit's time in the page, in ms (when it ran). */
  auditMs?: number | undefined
  /** Words kept whole rather than broken into a paragraph's last line (see last-lines.ts). */
  kept: number
  /**
   * Long notes begun under their reference's line and run on to the next page (long-notes.ts):
   * each note's id (`data-fn`) and the index of the page of its reference.
   */
  splitNotes: { fn: string; page: number }[]
  /** Elements of Paged.js's page template that print nothing, taken out before printing. */
  unprinted: number
  /**
   * Facing pages still ending more than 3 pt apart once spaced out (spreads.ts): the left-hand
   * page's index, and by how many lines the right-hand page ends above it.
   */
  uneven: Spread[]
}

/** A spread by its left-hand page's index, and a depth in lines. */
export interface Spread {
  page: number
  lines: number
}

/** Registers the handlers with Paged.js, once per page: the page ceiling, and word breaks. */
export const setupScript = String.raw`() => {
  // What the page's policy refused (an image, a stylesheet, a font from elsewhere): it never
  // reached the network, but the render says so all the same.
  window.colophonRefused = []
  document.addEventListener('securitypolicyviolation', (event) => {
    window.colophonRefused.push(event.blockedURI)
  })
  const Paged = window.Paged
  // The next task, with no wait for a frame (a message to oneself, unlike a timer, is not
  // clamped to 4 ms when nested).
  const channel = new MessageChannel()
  const waiting = []
  channel.port1.onmessage = () => waiting.shift()()
  window.colophonNextTask = (callback) => {
    waiting.push(callback)
    channel.port2.postMessage(null)
  }
  class Ceiling extends Paged.Handler {
    afterPageLayout() {
      window.colophonPages++
      if (window.colophonPages > window.colophonCeiling) {
        throw new Error('colophon: page ceiling ' + window.colophonCeiling + ' passed')
      }
    }
  }
  // Paged.js can break a page inside a word, at a soft hyphen or a letter past one
  // ("coun-t" | "ry"), or at a compound's own hyphen ("Ober-" | "Geleits-Einnehmer"): move such
  // a break back to the word's start, so that no word is broken across a page (a reader
  // turning the leaf, or searching the text, finds it whole).
  const letter = /[\p{L}\p{M}\u00ad]/u
  const inWord = /[\p{L}\p{M}\u00ad\u2010-]/u
  class WordBreaks extends Paged.Handler {
    onOverflow(overflow) {
      if (!overflow || overflow.startContainer.nodeType !== 3) return undefined
      const node = overflow.startContainer
      const text = node.textContent
      const offset = overflow.startOffset
      if (offset <= 0 || offset >= text.length) return undefined
      if (!inWord.test(text[offset - 1]) || !letter.test(text[offset])) return undefined
      let start = offset - 1
      while (start > 0 && inWord.test(text[start - 1])) start--
      if (start === 0) return undefined
      const range = overflow.cloneRange()
      range.setStart(node, start)
      return range
    }
  }
  // A code block broken across pages at a line's first character, after its indentation: the
  // break goes back to the line's start, so that the line keeps its indentation on the next
  // page and the page does not end in a line of spaces.
  class CodeLines extends Paged.Handler {
    onOverflow(overflow) {
      if (!overflow || overflow.startContainer.nodeType !== 3) return undefined
      const node = overflow.startContainer
      if (!node.parentElement || !node.parentElement.closest('pre')) return undefined
      const text = node.textContent
      const offset = overflow.startOffset
      const start = text.lastIndexOf('\n', offset - 1) + 1
      if (start === 0 || start >= offset || /[^ \t]/.test(text.slice(start, offset))) return undefined
      const range = overflow.cloneRange()
      range.setStart(node, start)
      return range
    }
  }
  // Past a page break, Paged.js copies each inline element whole and then skips to the next
  // node that is not white space: the spaces between the sentences of a paragraph's
  // continuation would be lost ("Germany.Stalin"). Each skipped space is put back.
  class Spaces extends Paged.Handler {
    renderNode(clone, node) {
      if (node.nodeType !== 1 || clone.childNodes.length !== node.childNodes.length) return undefined
      const next = node.nextSibling
      if (!next || next.nodeType !== 3 || /[^\t\n\r ]/.test(next.textContent)) return undefined
      if (clone.parentNode && !(clone.nextSibling && clone.nextSibling.nodeType === 3)) {
        clone.parentNode.insertBefore(document.createTextNode(next.textContent), clone.nextSibling)
      }
      return undefined
    }
  }
  // A page that would end in a table's head row, no row of its body under it, or in the line or
  // two that title a table it does not hold: the break goes before the title (a paragraph of a
  // line or two just before the table, "Table 2: …"), or before the table, unless that opens
  // the page.
  const opensPage = (element) => {
    for (let node = element; node && !node.classList.contains('pagedjs_page_content'); node = node.parentElement) {
      for (let before = node.previousSibling; before; before = before.previousSibling) {
        if (before.nodeType === 1 || /\S/.test(before.textContent)) return false
      }
    }
    return true
  }
  const titleOf = (wrapper) => {
    const title = wrapper.previousElementSibling
    if (!title || !title.matches('p') || opensPage(title)) return null
    const line = parseFloat(getComputedStyle(title).lineHeight)
    return line > 0 && title.getBoundingClientRect().height < 2.5 * line ? title : null
  }
  // The table whose start, or whose first row under its head, the overflow is at.
  const tableAt = (element) => {
    const wrapper = element.closest('div.table')
    const table = wrapper && wrapper.querySelector('table')
    if (!table || !table.querySelector(':scope > thead')) return null
    const body = element.closest('tbody')
    if (!body) return element.closest('tr, td, th') && !element.closest('thead') ? null : { wrapper, whole: true }
    const row = element.closest('tbody > tr') || body.firstElementChild
    return row === body.firstElementChild ? { wrapper, whole: false } : null
  }
  class TableHeads extends Paged.Handler {
    onOverflow(overflow) {
      if (!overflow) return undefined
      const container = overflow.startContainer
      const start = container.nodeType === 1 ? container.childNodes[overflow.startOffset] || container : container
      const element = start.nodeType === 1 ? start : start.parentElement
      const at = element && tableAt(element)
      if (!at || opensPage(at.wrapper)) return undefined
      const moved = titleOf(at.wrapper) || (at.whole ? null : at.wrapper)
      if (!moved) return undefined
      const range = overflow.cloneRange()
      range.setStartBefore(moved)
      return range
    }
  }
  // A note whose reference's line is carried to the next page (it did not fit under that line)
  // goes with it, but Paged.js leaves the room it had made for the note at the page's foot: the
  // page's text would stop short over an empty note area, and evening the spread (spreads.ts)
  // would take it for a page of notes. With no note left there, the room is given back.
  class NoteRoom extends Paged.Handler {
    afterOverflowRemoved(removed, rendered) {
      const area = rendered.closest('.pagedjs_area')
      const notes = area && area.querySelector('.pagedjs_footnote_inner_content')
      if (notes && notes.childNodes.length === 0) area.style.setProperty('--pagedjs-footnotes-height', '0px')
    }
  }
  Paged.registerHandlers(Ceiling, WordBreaks, CodeLines, Spaces, TableHeads, NoteRoom)
  ;(${spreadsSetup})(Paged)
  ;(${longNotesSetup})(Paged)

  // An SVG image draws its text in whatever font the system has, which the PDF must not carry:
  // an SVG with text in it is drawn into a PNG first, at four times its size (at most 2400 px
  // wide), and set at the size it had.
  window.colophonRasterise = async (content) => {
    for (const img of content.querySelectorAll('img[src^="data:image/svg+xml;base64,"]')) {
      const src = img.getAttribute('src')
      if (!/<(?:text|foreignObject)[\s>]/.test(atob(src.slice(src.indexOf(',') + 1)))) continue
      const image = new Image()
      image.src = src
      await image.decode()
      const width = image.naturalWidth || 300
      const height = image.naturalHeight || 150
      const scale = Math.min(4, 2400 / width)
      const canvas = document.createElement('canvas')
      canvas.width = Math.round(width * scale)
      canvas.height = Math.round(height * scale)
      canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height)
      img.setAttribute('width', String(width))
      img.setAttribute('height', String(height))
      img.setAttribute('src', canvas.toDataURL('image/png'))
    }
  }
}`

/** What one pagination needs: the body's HTML, its stylesheet, and the page's language. */
export interface PageInput {
  html: string
  css: string
  lang: string
  /** The text block's width, in points. */
  measure: number
  maxPages: number
  /** Whether to measure the lines for the typographic audit. */
  audit: boolean
  /**
   * Whether a long note may begin under its reference's line (long-notes.ts), and the notes
   * (their `data-fn`) that may not.
   */
  splitNotes: { allowed: boolean; except: string[] }
  /** Left-hand pages (by index) to end as many lines short (see spreads.ts). */
  shorten: Spread[]
  /** Whether the part is printed tagged: only then are the fragments of split elements marked. */
  tagged: boolean
}

/**
 * The function `page.evaluate` runs for each part, in a page that keeps the polyfill and the
 * fonts from one part to the next: it clears what the last part left, paginates this one, and
 * resolves to `PaginationFacts` as JSON text: handed back as an object, each of its values
 * (some 15,000 with the audit's lines) would be wrapped, checked and unwrapped one by one by
 * the browser's protocol client, about 0.1 s of this process's time a chapter.
 */
export const pageScript = String.raw`async (input) => {
  window.colophonPages = 0
  window.colophonCeiling = input.maxPages
  window.colophonRefused = []
  window.colophonNotes = { allowed: input.splitNotes.allowed, except: new Set(input.splitNotes.except), split: [] }
  window.colophonShorten = new Map(input.shorten.map((page) => [page.page, page.lines]))
  for (const style of document.querySelectorAll('style[data-pagedjs-inserted-styles]')) style.remove()
  document.documentElement.lang = input.lang
  document.body.replaceChildren()
  // The content as set in its column (last-lines.ts), kept for the part's next layout (see
  // Pager.balance): Paged.js marks up what it is given, so it is given a copy.
  let prepared = window.colophonPrepared
  if (!prepared || prepared.html !== input.html || prepared.css !== input.css) {
    const template = document.createElement('template')
    template.innerHTML = input.html
    await window.colophonRasterise(template.content)
    const kept = await (${lastLinesScript})(template.content, input.css, input.measure)
    prepared = { html: input.html, css: input.css, content: template.content, kept }
    window.colophonPrepared = prepared
  }
  const { kept } = prepared
  const content = prepared.content.cloneNode(true)
  const previewer = new window.Paged.Previewer({ hyphenGlyph: '-' })
  // Paged.js lays out one page per animation frame: a page that takes 5 ms waits out the
  // rest of its 16.7 ms frame. Nothing here is painted while pages are laid out (each
  // measurement forces its own layout), so each page follows the last as a task instead.
  previewer.chunker.q.tick = window.colophonNextTask
  const flow = await previewer.preview(content, [{ [location.href]: input.css }], document.body)
  // Paged.js links each footnote call to its note by a random id, which Chromium would write
  // into the PDF as a destination: the same book would not give the same bytes. The calls are
  // empty (the text keeps its own note numbers), so their links go.
  for (const call of document.querySelectorAll('a[data-footnote-call]')) call.removeAttribute('href')
  const uneven = (${evenSpreadsScript})(Array.from(document.querySelectorAll('.pagedjs_page')))
  // Chromium tags the PDF by accessibility role and has no tag for a note, but one for an aside,
  // which finish/notes.ts makes a Note: each note, at the foot or listed after a chapter, takes
  // that role, and the rest of a note carried to the next page, which joins the note it
  // continues (see below).
  for (const note of document.querySelectorAll('span.footnote, section.notes > ol:not(.compact) > li')) {
    note.setAttribute('role', 'complementary')
  }
  // Paged.js renames a note it moves to the foot (note- and a random id): the note gets its
  // own id back, so that its reference's link leads to it (the rest of a note carried to the next
  // page has none: an id names one place). The id is the HTML renderer's (noteId), its prefix
  // written into this script where it is made.
  for (const note of document.querySelectorAll('span.footnote[data-fn]')) {
    if (note.dataset.splitFrom) note.removeAttribute('id')
    else note.id = ${JSON.stringify(noteId(''))} + note.dataset.fn
  }
  // And one for a group, which finish/contents.ts makes the printed contents' TOC.
  for (const contents of document.querySelectorAll('nav.print-contents')) contents.setAttribute('role', 'group')
  // Paged.js marks the rest of a note it carries to the next page (data-split-from) but not the
  // part it leaves, as it marks both parts of a block split in the text: the part left is marked
  // here, so that the two are found and joined alike.
  for (const rest of document.querySelectorAll('.pagedjs_footnote_area span.footnote[data-split-from]')) {
    const ref = rest.dataset.splitFrom
    const parts = Array.from(document.querySelectorAll('.pagedjs_footnote_area span.footnote[data-ref="' + CSS.escape(ref) + '"]'))
    const before = parts[parts.indexOf(rest) - 1]
    if (before && !before.dataset.splitTo) before.dataset.splitTo = ref
  }
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'))
  const claims = {}
  const splits = []
  const joined = []
  const facts = pages.map((page, index) => {
    const box = page.getBoundingClientRect()
    const content = page.querySelector('.pagedjs_page_content')
    const area = page.querySelector('.pagedjs_footnote_area')
    const starts = []
    for (const element of content.querySelectorAll('p[id], span.claim[id], h1[id], h2[id], h3[id], section[id], article[id]')) {
      starts.push({ id: element.id, top: element.getBoundingClientRect().top - box.top })
    }
    for (const element of page.querySelectorAll('span.claim[data-id], span.caption[data-id]')) {
      const id = element.dataset.id
      // Paged.js ends a word broken across pages with a hyphen of its own, marked by a class.
      const hyphenated = element.classList.contains('pagedjs_hyphen') || element.querySelector('.pagedjs_hyphen')
      const text = hyphenated ? element.textContent.replace(/-$/, '') : element.textContent
      claims[id] = (claims[id] || '') + text
    }
    const references = Array.from(content.querySelectorAll('sup.noteref[id]'), (element) => element.id)
    const notes = area
      ? Array.from(area.querySelectorAll('span.footnote[data-fn]'), (element) => element)
          .filter((element) => !element.dataset.splitFrom)
          .map((element) => element.dataset.fn)
      : []
    for (const element of content.querySelectorAll('p[data-split-to]')) {
      const next = pages[index + 1]
      const rest = next && next.querySelector('p[data-split-from="' + element.dataset.ref + '"]')
      const line = parseFloat(getComputedStyle(element).lineHeight) || 16
      splits.push({
        id: element.dataset.id || '',
        page: index,
        before: Math.round(element.getBoundingClientRect().height / line),
        after: rest ? Math.round(rest.getBoundingClientRect().height / line) : 0
      })
    }
    // Sentences that touch: the space between them (which opens the later one's span) was lost.
    // An empty fragment is a sentence that begins on the next page.
    for (const element of page.querySelectorAll('span.claim[data-id]')) {
      const before = element.previousSibling
      if (before && before.nodeType === 1 && before.matches('span.claim') && element.textContent !== '' &&
          !/^\s/.test(element.textContent) && !/\s$/.test(before.textContent)) {
        joined.push({ id: element.dataset.id, page: index })
      }
    }
    const text = (content.textContent + (area ? area.textContent : '')).trim()
    const figures = Array.from(content.querySelectorAll('figure.figure'), (element) => element.id || element.dataset.id || '')
    const overflow = window.colophonSpreads.overflows(content)
    return { starts, references, notes, blank: text.length === 0 && figures.length === 0, figures, overflow }
  })
  let auditMs
  if (input.audit) {
    const audit = (${auditScript})(pages)
    audit.pages.forEach((typeset, k) => { facts[k].typeset = typeset })
    auditMs = audit.ms
  }
  const links = {}
  for (const link of document.querySelectorAll('a[href^="#"]')) {
    const target = decodeURIComponent(link.getAttribute('href').slice(1))
    const name = (link.getAttribute('aria-label') || link.textContent).replace(/\s+/g, ' ').trim()
    if (name && !(target in links)) links[target] = name
  }
  // Once measured, what prints nothing goes: printing styles and lays out the whole document.
  const unprinted = (${unprintedScript})(pages)
  // Chromium tags each fragment of a block split across pages (a paragraph, a block quotation, a
  // list and its items, a note) as an element of its own, with nothing to tell them apart but a
  // language that differs from the parent's: each fragment gets its own language with a
  // private-use tag naming the element (en-x-colsplit-3), which finish/split-elements.ts reads,
  // takes off, and joins the fragments by. Each fragment's own language is read before any is
  // marked (a paragraph in a split quotation). (The text's language is the same: the print
  // sets no rule by it, and breaks no words of itself.) Marked last, once measured, and only
  // for a tagged print, the only one with a structure tree for the marks to join: a new
  // language lays its element out again (some 0.4 ms a paragraph), which printing, laying out
  // and shaping the whole part anew, does anyway.
  if (input.tagged) {
    const splittable = ['p', 'blockquote', 'ol', 'ul', 'li', 'span.footnote']
      .flatMap((tag) => [tag + '[data-split-to]', tag + '[data-split-from]'])
      .map((tag) => '.pagedjs_page ' + tag)
      .join(', ')
    const split = new Map()
    const fragments = Array.from(document.querySelectorAll(splittable), (element) => {
      if (!split.has(element.dataset.ref)) split.set(element.dataset.ref, split.size + 1)
      return [element, element.closest('[lang]')?.getAttribute('lang') || input.lang]
    })
    for (const [element, lang] of fragments) {
      element.setAttribute('lang', lang + '-x-' + ${JSON.stringify(splitSubtag)} + '-' + split.get(element.dataset.ref))
    }
  }
  // Violations are reported after the fact: give the last of them a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return JSON.stringify({ pages: facts, claims, splits, joined, refused: window.colophonRefused, links, ms: flow.performance, auditMs, kept, splitNotes: window.colophonNotes.split, unprinted, uneven })
}`
