// What the typographic audit measures in the page, once Paged.js has laid a part out: every
// line of every paragraph (from the client rectangles of its text), how it ends (between
// words, in a word broken at a soft hyphen or after a hyphen of its own, at the page's foot in
// a word Paged.js broke), how far it falls short of the measure, and how wide its word spaces
// are beside the face's own; where each page's text ends; and how high each note number stands
// over its line. The rules are applied outside the page (`audit.ts`), to these facts. Kept as
// source text for the page script, which calls it with the pages.

import { lineGuessesScript } from './line-guesses.js'

/** One line of a paragraph as laid out. */
export interface LineFacts {
  /** The paragraph's id (`p12`); its fragments on several pages share it. */
  paragraph: string
  /** The claim (`p12.3`) at the line's end, or the paragraph's id. */
  claim: string
  /**
   * How the line ends: between words, in a word broken at a soft hyphen, after a hyphen in the
   * word itself, or in a word broken at the foot of the page.
   */
  end: 'word' | 'soft' | 'hard' | 'page'
  /** Letters of the broken word before and after the break (a soft or page break). */
  before?: number
  after?: number
  /** Points the line falls short of the measure. */
  short: number
  /** Its first word space over the face's own space (1 where it is not stretched, or has none). */
  space: number
  /** The paragraph's first line, its last (not a fragment's). */
  first: boolean
  last: boolean
  /** The line ends its page, the paragraph going on over the page. */
  broken: boolean
  /** Set justified. */
  justified: boolean
}

/** A note number in the text, and how high it stands over its line's text, in ems. */
export interface MarkerFacts {
  /** Its id (`fnref-n7`); '' for the notice of notes absent. */
  id: string
  claim: string
  raise: number
  /** It opens a line, parted from the word or stop it follows. */
  opens: boolean
}

/** What the audit measured on one page. */
export interface PageTypeset {
  lines: LineFacts[]
  /** Where the page's text ends (the text block or the notes at its foot), in points from its top. */
  depth: number
  markers: MarkerFacts[]
  /** The page holds a figure, kept whole: the page before it may end short where it did not fit. */
  figure: boolean
  /**
   * How tall the block kept whole that opens the page is (a table's row, a figure, a section
   * break, anything set `break-inside: avoid`, a heading with the two lines after it), in
   * points; 0 where the page opens with a block that splits. The page before it may end short
   * by less than this.
   */
  keptHead: number
}

/**
 * `(pages) => { pages: PageTypeset[], ms }`, run in the page after layout. Each paragraph's text
 * nodes give its lines (one client rectangle per line they cross); then the places a line may
 * end (spaces, soft hyphens, hyphens) are measured a character at a time with one reused range,
 * about 5 µs each: only near where a node's text goes on to the next line, guessed from its
 * rectangles' widths (see locate), and each line's first space.
 */
export const auditScript = String.raw`(pages) => {
  const started = performance.now()
  const range = document.createRange()
  const canvas = document.createElement('canvas').getContext('2d')
  const spaces = new Map()
  const owns = new Map()
  const letter = /[\p{L}\p{M}]/u
  const round = (value) => Math.round(value * 100) / 100
  const rectOf = (node, at) => {
    range.setStart(node, at)
    range.setEnd(node, at + 1)
    return range.getBoundingClientRect()
  }
  // The face's own space, as the canvas measures it in the element's font (once an element).
  const spaceOf = (element) => {
    if (owns.has(element)) return owns.get(element)
    const style = getComputedStyle(element)
    const font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily
    if (!spaces.has(font)) {
      canvas.font = font
      spaces.set(font, canvas.measureText(' ').width || 1)
    }
    owns.set(element, spaces.get(font))
    return spaces.get(font)
  }
  const textNodes = (root) => {
    const nodes = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent !== '' && !node.parentElement.closest('.pn')) nodes.push(node)
    }
    return nodes
  }
  // Letters of the word on each side of position at (the break), soft hyphens not counted.
  const lettersBack = (text, at) => {
    let count = 0
    for (let k = at - 1; k >= 0 && (letter.test(text[k]) || text[k] === '\u00ad'); k--) if (text[k] !== '\u00ad') count++
    return count
  }
  const lettersOn = (text, at) => {
    let count = 0
    for (let k = at; k < text.length && (letter.test(text[k]) || text[k] === '\u00ad'); k++) if (text[k] !== '\u00ad') count++
    return count
  }
  // The lines a paragraph's text nodes cross, top to bottom; a note number (raised) joins the
  // line it stands on without changing its height. Each node's pieces, one a line (their widths
  // and lines), go into spansOf.
  const linesOf = (nodes, spansOf) => {
    const lines = []
    for (const node of nodes) {
      range.selectNodeContents(node)
      const raised = Boolean(node.parentElement.closest('sup'))
      const claim = node.parentElement.closest('[data-id]')
      const spans = []
      spansOf.set(node, spans)
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 && rect.height === 0) continue
        const middle = (rect.top + rect.bottom) / 2
        let line = lines.find((found) => middle >= found.top && middle <= found.bottom)
        if (!line) {
          line = { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, claim: '', end: 'word', space: 0 }
          lines.push(line)
        } else if (!raised) {
          line.top = Math.min(line.top, rect.top)
          line.bottom = Math.max(line.bottom, rect.bottom)
        }
        spans.push({ width: rect.width, line })
        line.left = Math.min(line.left, rect.left)
        if (rect.right >= line.right || line.claim === '') line.claim = claim ? claim.dataset.id : ''
        line.right = Math.max(line.right, rect.right)
      }
    }
    return lines.sort((a, b) => a.top - b.top)
  }
  const lineAt = (lines, rect) => {
    const middle = (rect.top + rect.bottom) / 2
    return lines.find((line) => middle >= line.top && middle <= line.bottom)
  }
  const isHyphen = (text, at) =>
    text[at] === '\u00ad' ||
    ((text[at] === '-' || text[at] === '\u2010') && letter.test(text[at - 1] || '') && letter.test(text[at + 1] || ''))
  // A soft hyphen or hyphen at 'at' that ends its line: the line it stands on says how.
  const breakAt = (node, text, at, lines, measured) => {
    if (at + 1 >= text.length) return
    const rect = measured || rectOf(node, at)
    // A soft hyphen inside a ligature (of-fice) has a share of its width: the next letter
    // reaching a lower line tells a break (its range holds the line's end too).
    if (text[at] === '\u00ad' && rect.width < 0.1) return
    if (rectOf(node, at + 1).bottom < rect.bottom + 2) return
    const line = lineAt(lines, rect)
    if (!line) return
    line.end = text[at] === '\u00ad' ? 'soft' : 'hard'
    if (text[at] === '\u00ad') {
      line.before = lettersBack(text, at)
      line.after = lettersOn(text, at + 1)
    }
  }
  // Where a node's text goes on to the next line (line-guesses.ts), with the line before.
  const guessAt = ${lineGuessesScript}
  const guesses = (text, marks, spans) =>
    guessAt(text, marks, spans.map((span) => span.width)).map((k, i) => ({ k, line: spans[i].line }))
  // The line each place a line may end (a space, a soft hyphen, a hyphen) stands on: null for a
  // space collapsed at a line's end, undefined for one not measured, which stands on the line of
  // the marks measured on either side of it (the node's first line before the first, its last
  // after the last). A node on one line needs no measuring. Otherwise each guess is tried, then
  // steps of 1, 2, 4… from it until the line changes; then the runs between the marks measured
  // are halved, as where the two ends of a run stand on one line so does every mark between:
  // a change of line costs three measurements or so, not one a mark.
  const locate = (node, text, marks, spans, lines) => {
    const on = new Array(marks.length)
    const rects = new Array(marks.length)
    if (spans.length === 1) return { on: on.fill(spans[0].line), rects }
    const measure = (k) => {
      if (on[k] !== undefined) return
      const rect = rectOf(node, marks[k])
      rects[k] = rect
      on[k] = (rect.width > 0 || text[marks[k]] !== ' ' ? lineAt(lines, rect) : undefined) || null
    }
    // Marks -1 and marks.length stand for the node's ends, on its first and last lines.
    const lineOf = (k) => (k < 0 ? spans[0].line : k >= marks.length ? spans[spans.length - 1].line : on[k])
    const halves = (first, last) => {
      if (last - first < 2 || (lineOf(first) && lineOf(first) === lineOf(last))) return
      // A space collapsed at a line's end stands on no line: the run is taken from the mark next
      // to it.
      if (lineOf(first) === null) {
        measure(first + 1)
        halves(first + 1, last)
        return
      }
      if (lineOf(last) === null) {
        measure(last - 1)
        halves(first, last - 1)
        return
      }
      const middle = (first + last) >> 1
      measure(middle)
      halves(first, middle)
      halves(middle, last)
    }
    const near = (guess) => {
      let at = Math.min(Math.max(guess.k - 1, 0), marks.length - 1)
      measure(at)
      if (on[at] === null) return
      const forward = on[at] === guess.line
      for (let step = 1; ; step *= 2) {
        const next = forward ? at + step : at - step
        if (next < 0 || next >= marks.length) return
        measure(next)
        if ((on[next] === guess.line) !== forward) return
        at = next
      }
    }
    for (const guess of guesses(text, marks, spans)) near(guess)
    const measured = [-1]
    for (let k = 0; k < marks.length; k++) if (on[k] !== undefined) measured.push(k)
    measured.push(marks.length)
    for (let i = 1; i < measured.length; i++) halves(measured[i - 1], measured[i])
    return { on, rects }
  }
  // A line's word space is its first space's (the first not collapsed), over the face's own:
  // one place a line, as a sample's widest depended on where the halving fell. A justified
  // line's spaces are one width give or take what stands beside them (the figures moved by 0.01
  // at most on the first manuscript; the README has the corpus's).
  const firstSpaces = (found) => {
    for (const { node, text, marks, spans, on, rects } of found) {
      let line = spans[0].line
      for (let k = 0; k < marks.length; k++) {
        if (on[k] !== undefined) line = on[k]
        if (!line || line.space > 0 || text[marks[k]] !== ' ') continue
        const width = (rects[k] || rectOf(node, marks[k])).width
        if (width > 0) line.space = width / spaceOf(node.parentElement)
      }
    }
  }
  // Each soft hyphen and hyphen that ends a line: only one measured before a change of line can
  // (one not measured, or followed by a mark not measured or on its line, does not), and a
  // node's last.
  const hyphenEnds = (found, lines) => {
    for (const { node, text, marks, on, rects } of found) {
      for (let k = 0; k < marks.length; k++) {
        if (text[marks[k]] === ' ') continue
        const last = k + 1 === marks.length
        if (!last && on[k] === undefined) continue
        if (!last && on[k] !== null && (on[k + 1] === undefined || on[k + 1] === on[k])) continue
        breakAt(node, text, marks[k], lines, rects[k])
      }
    }
  }
  const measureCharacters = (nodes, lines, spansOf) => {
    const found = []
    for (const node of nodes) {
      const text = node.textContent
      const spans = spansOf.get(node)
      const marks = []
      for (let at = 0; at < text.length; at++) if (text[at] === ' ' || isHyphen(text, at)) marks.push(at)
      if (marks.length === 0 || spans.length === 0) continue
      found.push({ node, text, marks, spans, ...locate(node, text, marks, spans, lines) })
    }
    firstSpaces(found)
    hyphenEnds(found, lines)
  }
  // A word Paged.js broke at the page's foot ends the fragment with its own hyphen.
  const pageBreak = (paragraph, nodes, lines, next) => {
    const last = lines[lines.length - 1]
    const tail = nodes[nodes.length - 1]
    if (!last || !tail || !paragraph.dataset.splitTo) return
    if (!paragraph.classList.contains('pagedjs_hyphen') && !paragraph.querySelector('.pagedjs_hyphen')) return
    last.end = 'page'
    last.before = lettersBack(tail.textContent.replace(/-$/, ''), tail.textContent.replace(/-$/, '').length)
    const rest = next && next.querySelector('p[data-split-from="' + paragraph.dataset.ref + '"]')
    const head = rest && textNodes(rest)[0]
    last.after = head ? lettersOn(head.textContent, 0) : 0
  }
  const paragraphLines = (paragraph, next) => {
    const nodes = textNodes(paragraph)
    const spansOf = new Map()
    const lines = linesOf(nodes, spansOf)
    measureCharacters(nodes, lines, spansOf)
    pageBreak(paragraph, nodes, lines, next)
    const box = paragraph.getBoundingClientRect()
    const style = getComputedStyle(paragraph)
    const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth)
    const id = paragraph.dataset.id || paragraph.id || ''
    const continued = Boolean(paragraph.dataset.splitFrom)
    const goesOn = Boolean(paragraph.dataset.splitTo)
    const facts = lines.map((line, k) => ({
      paragraph: id,
      claim: line.claim || id,
      end: line.end,
      ...(line.before === undefined ? {} : { before: line.before, after: line.after }),
      short: round(Math.max(0, right - line.right) * 0.75),
      space: round(Math.max(1, line.space)),
      first: k === 0 && !continued,
      last: k === lines.length - 1 && !goesOn,
      broken: k === lines.length - 1 && goesOn,
      justified: style.textAlign === 'justify'
    }))
    return { facts, lines, size: parseFloat(style.fontSize) }
  }
  // How high each note number stands over the text of its line, in ems of the paragraph.
  const markersOf = (paragraph, lines, size) =>
    Array.from(paragraph.querySelectorAll('sup.noteref'), (sup) => {
      range.selectNodeContents(sup)
      const rect = range.getBoundingClientRect()
      const line = lineAt(lines, rect)
      const claim = sup.parentElement.closest('[data-id]')
      return {
        id: sup.id || '',
        claim: claim ? claim.dataset.id : '',
        raise: line ? round((line.bottom - rect.bottom) / size) : 0,
        opens: Boolean(line) && rect.left - line.left < 1 && rect.top > paragraph.getBoundingClientRect().top + size
      }
    })
  // Text that shows where a line ends: not blank, not a note number raised over its line.
  const showing = (node) => /\S/.test(node.textContent) && !node.parentElement.closest('sup, .pn')
  // The last such text of an area, found from its end.
  const lastShowing = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.lastChild(); node; node = walker.previousNode()) if (showing(node)) return node
    return null
  }
  const depthOf = (page, box) => {
    let bottom = 0
    for (const area of page.querySelectorAll('.pagedjs_page_content, .pagedjs_footnote_area')) {
      const tail = lastShowing(area)
      if (!tail) continue
      // A table's last row ends with its deepest cell, not with the last in the text's order.
      const row = tail.parentElement.closest('tr')
      const ends = row ? textNodes(row).filter(showing) : [tail]
      let rects = []
      for (const node of ends) {
        range.selectNodeContents(node)
        rects = Array.from(range.getClientRects())
        for (const rect of rects) bottom = Math.max(bottom, rect.bottom - box.top)
      }
      // A section break at the foot sets its ornament on the page's last line (spreads.ts):
      // it ends as far above its box's foot as a line of text ends above its line's.
      const ornament = area.querySelector('hr.section-break.at-foot')
      const block = tail.parentElement.closest('p')
      if (ornament && block && rects.length > 0) {
        const below = block.getBoundingClientRect().bottom - rects[rects.length - 1].bottom
        bottom = Math.max(bottom, ornament.getBoundingClientRect().bottom - below - box.top)
      }
    }
    return round(bottom * 0.75)
  }
  // A table's head goes with its first row, and a title of a line or two with them (the page
  // script's TableHeads): from the top of the first to the foot of that row, in points.
  const tableHead = (element) => {
    const table = element.matches('p') ? element.nextElementSibling && element.nextElementSibling.querySelector('table') : element.closest('table')
    const head = table && table.querySelector(':scope > thead')
    const row = table && table.querySelector(':scope > tbody > tr')
    if (!head || !row) return 0
    if (element.matches('p')) {
      const line = parseFloat(getComputedStyle(element).lineHeight)
      if (!(line > 0) || element.getBoundingClientRect().height >= 2.5 * line) return 0
    }
    return round((row.getBoundingClientRect().bottom - element.getBoundingClientRect().top) * 0.75)
  }
  const ownText = (element) => Array.from(element.childNodes, (node) => node.nodeType === 3 ? node.textContent : '').join('')
  // A heading goes with the first two lines after it (a chapter's notes' title with its first
  // note): from the top of its margin (or its section's, where it opens the section), which it
  // would take at the foot of the page before too, to the foot of those lines, in points.
  const headingHead = (heading) => {
    const after = heading.nextElementSibling
    const next = after && (after.matches('p') ? after : after.querySelector('p') || after)
    const line = next ? parseFloat(getComputedStyle(next).lineHeight) : 0
    if (!(line > 0)) return 0
    const box = next.getBoundingClientRect()
    const parent = heading.parentElement
    const above = Math.max(
      parseFloat(getComputedStyle(heading).marginTop) || 0,
      parent.firstElementChild === heading ? parseFloat(getComputedStyle(parent).marginTop) || 0 : 0
    )
    return round((Math.min(box.bottom, box.top + 2 * line) - heading.getBoundingClientRect().top + above) * 0.75)
  }
  // A paragraph's first two lines go with the notes they call (the print's footnote policy
  // takes a line to the page of its note, and a note of two lines is kept whole): where they
  // call any, from the paragraph's top to the foot of its second line, and the notes' room, its
  // rule included, down to the foot of the last of those notes and the room's space under its
  // notes, in points. 0 where they call none, where the paragraph runs on from the page before,
  // or where the room opens with a note that is not theirs.
  const notedHead = (paragraph, page) => {
    const line = parseFloat(getComputedStyle(paragraph).lineHeight)
    const area = page.querySelector('.pagedjs_footnote_area')
    if (paragraph.dataset.splitFrom || !(line > 0) || !area) return 0
    const box = paragraph.getBoundingClientRect()
    const foot = Math.min(box.bottom, box.top + 2 * line)
    const notes = Array.from(paragraph.querySelectorAll('[data-footnote-call]'))
      .filter((call) => call.getBoundingClientRect().top < foot)
      .map((call) => area.querySelector('span.footnote[data-ref="' + CSS.escape(call.dataset.footnoteCall) + '"]'))
    const all = Array.from(area.querySelectorAll('span.footnote'))
    if (notes.length === 0 || notes.includes(null) || !notes.includes(all[0])) return 0
    const last = Math.max(...notes.map((note) => note.getBoundingClientRect().bottom))
    const room = area.getBoundingClientRect()
    const under = room.bottom - Math.max(...all.map((note) => note.getBoundingClientRect().bottom))
    return round((foot - box.top + last - room.top + under) * 0.75)
  }
  // The first block of the page's flow, down to the first that is kept whole (its height in
  // points: a table's row, a figure, a section break, a heading with what it goes with, a
  // paragraph's first lines with their notes), or to one that is not.
  const keptHeadOf = (page) => {
    const content = page.querySelector('.pagedjs_page_content')
    let element = content && content.firstElementChild
    while (element) {
      const headed = element.matches('p, thead > tr') ? tableHead(element) : 0
      if (headed > 0) return headed
      const kept = element.matches('tr, figure, hr') || getComputedStyle(element).breakInside === 'avoid'
      if (kept) return round(element.getBoundingClientRect().height * 0.75)
      // (Paged.js takes \`break-after\` out of the styles into an attribute.)
      if (element.matches('h2, h3, h4, h5, h6') && element.dataset.breakAfter === 'avoid') return headingHead(element)
      if (element.matches('p')) return notedHead(element, page)
      if (/\S/.test(ownText(element))) return 0
      element = element.firstElementChild
    }
    return 0
  }
  const typeset = pages.map((page, index) => {
    const box = page.getBoundingClientRect()
    const lines = []
    const markers = []
    for (const paragraph of page.querySelectorAll('.pagedjs_page_content p')) {
      const found = paragraphLines(paragraph, pages[index + 1])
      lines.push(...found.facts)
      markers.push(...markersOf(paragraph, found.lines, found.size))
    }
    const figure = page.querySelector('.pagedjs_page_content figure') !== null
    return { lines, depth: depthOf(page, box), markers, figure, keptHead: keptHeadOf(page) }
  })
  return { pages: typeset, ms: round(performance.now() - started) }
}`
