// Facing pages end at one depth. The lines of a page keep to one grid (layout.ts), but a page
// still ends a line or three short where a widow is kept from it, or a section break and the
// two lines that must follow it do not fit. Three steps even the spread, in the page:
//
// - While Paged.js lays the part out, a left-hand page that ends short has the right-hand
//   page after it end as many whole lines short (`spreadsSetup`): the spread runs short
//   together and its lines stay on one grid.
// - A section break that ends a page has its ornament on the page's last line rather than
//   the middle of its three, and a code block that ends a page has no padding under its last
//   line, so that the page ends where its facing page does.
// - Once the part is laid out, a right-hand page that still ends short of its left-hand page
//   (or the other way round) has the difference shared among the spaces between its blocks
//   (`evenSpreadsScript`), as vertical justification does; at most a line and a half in one
//   space, the page's lines of code (if any) taking what is left, a twelfth of a line each at
//   most. A page of prose with no space between blocks, short by a line at most, has its lines
//   set that much further apart instead.
// - A right-hand page still whole lines short of a full left-hand page (its next line could
//   not follow, a note with it, and it has too few spaces to open) has the part laid out
//   again with that left-hand page as many lines short (`window.colophonShorten`; see
//   `Pager.balance`): the spread runs short together, as in the first step.
//
// A page with notes at its foot ends at the foot whatever its text does (or as many lines
// above it as the page was shortened), and a page with a figure kept whole ends where the
// figure made it: neither is spaced out, nor is a figure's page matched to. No spacing out
// stands where the page's text would then run past its area (`overflows`).
// Kept as source text, like the page script, which runs it.

/**
 * Defines `window.colophonSpreads` (how far a page's text ends short of its area; the section
 * break at a page's foot) and registers the handler that shortens a right-hand page after a
 * short left-hand one. `(Paged)`: the polyfill, before the part is laid out.
 */
export const spreadsSetup = String.raw`(Paged) => {
  const line = () => parseFloat(getComputedStyle(document.documentElement).lineHeight)
  // The page's content area, unless the page's depth is not its text's: undefined for a blank
  // page or one with a figure, null for one with notes at its foot (it ends at the foot).
  const contentOf = (pageElement) => {
    const area = pageElement.querySelector('.pagedjs_page_content')
    if (!area || !area.firstElementChild || !/\S/.test(area.textContent)) return undefined
    if (area.querySelector('figure')) return undefined
    const notes = pageElement.querySelector('.pagedjs_footnote_area')
    return notes && /\S/.test(notes.textContent) ? null : area
  }
  const range = document.createRange()
  const bottomOf = (area) => {
    range.selectNodeContents(area.firstElementChild)
    return range.getBoundingClientRect().bottom
  }
  // The lowest foot of the letters of 'nodes' (text nodes), or -Infinity.
  const lettersFoot = (nodes) => {
    let foot = -Infinity
    for (const node of nodes) {
      range.selectNodeContents(node)
      for (const rect of range.getClientRects()) foot = Math.max(foot, rect.bottom)
    }
    return foot
  }
  // The text nodes in 'element' that print letters on its lines: not a note's number (raised)
  // nor a paragraph's number in the margin (smaller).
  const textIn = (element) => {
    const nodes = []
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/\S/.test(node.textContent) && !node.parentElement.closest('sup, .pn')) nodes.push(node)
    }
    return nodes
  }
  // Where the page's text ends: the foot of its last block; or, where a table ends the page,
  // the foot of its last row's letters and as much again as a line of the page's text has
  // under its letters. A row has its padding and rule under its letters where a line has only
  // half its leading, and the audit reads a page's depth by its letters.
  const textFootOf = (area) => {
    const bottom = bottomOf(area)
    const tables = area.querySelectorAll('table')
    const table = tables[tables.length - 1]
    if (!table || bottom - table.getBoundingClientRect().bottom > 1) return bottom
    const rows = table.querySelectorAll('tr')
    const row = lettersFoot(textIn(rows[rows.length - 1]))
    const paragraph = Array.from(area.querySelectorAll('p')).find((p) => !p.closest('table'))
    const text = paragraph && textIn(paragraph)[0]
    if (!text || row === -Infinity) return bottom
    range.selectNodeContents(text)
    const letters = range.getClientRects()[0]
    return letters ? row + (line() - letters.height) / 2 : bottom
  }
  // How far the page's text ends above the foot of its text area (the whole area, even where
  // the text's own part of it was shortened), in pixels: for a page with notes at its foot,
  // how far the notes end above it (0, unless the page was shortened: its notes stand as many
  // lines higher); undefined for a page whose depth is not its text's.
  const gapOf = (pageElement) => {
    const area = contentOf(pageElement)
    if (area === undefined) return undefined
    const foot = pageElement.querySelector('.pagedjs_area').getBoundingClientRect().bottom
    if (area !== null) return foot - textFootOf(area)
    return foot - pageElement.querySelector('.pagedjs_footnote_area').getBoundingClientRect().bottom
  }
  // Whole lines short, up to four (a page shorter still is left as it is).
  const linesShort = (pageElement) => {
    const gap = gapOf(pageElement)
    if (!gap) return 0
    const lines = Math.floor(gap / line() + 0.1)
    return lines >= 1 && lines <= 4 ? lines : 0
  }
  // A section break whose box reaches the page's foot sets its ornament on the last line.
  const breakAtFoot = (pageElement) => {
    const area = pageElement.querySelector('.pagedjs_page_content')
    const breaks = area ? area.querySelectorAll('hr.section-break') : []
    const last = breaks[breaks.length - 1]
    if (!last) return
    if (bottomOf(area) - last.getBoundingClientRect().bottom < 1) last.classList.add('at-foot')
  }
  // A code block that ends the page ends with its last line: the padding under that line goes,
  // as it goes from the piece of a block split over pages (Paged.js's stylesheet), so that the
  // rule beside the code ends where its text does, and the facing page's text with both.
  const codeAtFoot = (pageElement) => {
    const area = pageElement.querySelector('.pagedjs_page_content')
    const blocks = area ? area.querySelectorAll('pre.code') : []
    const last = blocks[blocks.length - 1]
    if (last && bottomOf(area) - last.getBoundingClientRect().bottom < 1) last.style.paddingBottom = '0'
  }
  // The page's text runs past its area: below its foot, or on into the next column of the
  // columns Paged.js lays the area out in, which the page does not show (that text would be
  // missing from the print). Its last text tells, the numbers in the margin left aside.
  const overflows = (area) => {
    const box = area.getBoundingClientRect()
    const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT)
    let last
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/\S/.test(node.textContent) && !node.parentElement.closest('.pn')) last = node
    }
    if (!last) return false
    // Up to its last letter: a line of spaces alone after it (a code block split after a line
    // break) prints nothing.
    range.setStart(last, 0)
    range.setEnd(last, last.textContent.trimEnd().length)
    return Array.from(range.getClientRects()).some(
      (rect) => rect.right > box.right + 1 || rect.bottom > box.bottom + 0.5
    )
  }
  window.colophonSpreads = { line, gapOf, contentOf, overflows }
  class Spreads extends Paged.Handler {
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller)
      this.short = 0
    }
    beforePageLayout(page) {
      // Or as many lines as the part's layout asks of this page (\`window.colophonShorten\`).
      const short = Math.max(this.short, window.colophonShorten.get(page.position) || 0)
      if (short > 0 && page.area) {
        page.area.style.height = 'calc(100% - var(--pagedjs-footnotes-height) - ' + short * line() + 'px)'
      }
      this.short = 0
    }
    afterPageLayout(pageElement, page, breakToken) {
      breakAtFoot(pageElement)
      codeAtFoot(pageElement)
      if (breakToken && pageElement.classList.contains('pagedjs_left_page')) this.short = linesShort(pageElement)
    }
  }
  Paged.registerHandlers(Spreads)
}`

/**
 * `(pages)`: the part's pages, laid out. Where facing pages still end at different depths,
 * the shorter one's blocks are spaced out to end at the other's depth. Returns the
 * spreads still uneven by more than 3 pt: each left-hand page's index and by how many lines
 * its right-hand page ends above it (less than 0 where it ends below).
 */
export const evenSpreadsScript = String.raw`(pages) => {
  const { line, gapOf, contentOf, overflows } = window.colophonSpreads
  const most = 1.5 * line()
  // The blocks before which a space may open: each paragraph, break, heading, quotation, list,
  // list item (a note listed after its chapter) or table (its wrapper, \`div.table\`) that
  // follows another block, in the flow or inside a quotation or an item (a note's second
  // paragraph), not inside a paragraph, code or a table. The block before it is one in the flow
  // too (not a note's number).
  const inFlow = (element) => {
    const style = getComputedStyle(element)
    return !/^(inline|none)/.test(style.display) && !/^(absolute|fixed)$/.test(style.position) && style.float === 'none'
  }
  const spacesOf = (area) =>
    Array.from(area.querySelectorAll('p, hr, h2, h3, h4, blockquote, ul, ol, li, pre, div.table, table')).filter(
      (block) =>
        !block.parentElement.closest('p, pre, table') &&
        block.previousElementSibling &&
        inFlow(block.previousElementSibling)
    )
  // Spaces out the page's blocks so that its text ends \`gap\` pixels above its area's foot;
  // undone if the text would then run past the foot. The spaces between blocks take up to a
  // line and a half each; the lines of code on the page take what is left, if they can.
  const spread = (page, gap) => {
    const area = contentOf(page)
    const extra = gapOf(page) - gap
    if (!area || extra < 3) return
    const spaces = spacesOf(area)
    const share = spaces.length === 0 ? 0 : Math.min(extra / spaces.length, most)
    const rest = extra - share * spaces.length
    const code = rest > 0.5 ? codeOf(area) : noCode
    if (spaces.length === 0 && code.lines === 0) {
      leadOut(area, extra)
      return
    }
    if (rest > 0.5 && rest > code.room) return
    // As padding, which does not collapse into the margin before it as a margin would. A
    // number in the margin (a paragraph's, a note's) stands at the top of its block's padding,
    // and goes down as far, to stay on its first line.
    const marks = spaces.flatMap((block) =>
      Array.from(block.querySelectorAll('.pn, .fn-label')).filter((mark) => mark.offsetParent === block)
    )
    const tops = marks.map((mark) => parseFloat(getComputedStyle(mark).top) || 0)
    const paddings = spaces.map((block) => parseFloat(getComputedStyle(block).paddingTop))
    const before = { paddings: spaces.map((block) => block.style.paddingTop), tops: marks.map((mark) => mark.style.top) }
    const height = area.style.height
    area.style.height = ''
    spaces.forEach((block, k) => { block.style.paddingTop = paddings[k] + share + 'px' })
    marks.forEach((mark, k) => { mark.style.top = tops[k] + share + 'px' })
    // A pixel to spare: each line's place is rounded to a 64th of a pixel.
    if (rest > 0.5) code.blocks.forEach((block, k) => { block.style.lineHeight = code.heights[k] + (rest - 1) / code.lines + 'px' })
    if (!overflows(area)) return
    spaces.forEach((block, k) => { block.style.paddingTop = before.paddings[k] })
    marks.forEach((mark, k) => { mark.style.top = before.tops[k] })
    for (const block of code.blocks) block.style.lineHeight = ''
    area.style.height = height
  }
  // The page's code blocks and their lines, which may be set further apart by a twelfth of a
  // line each at most (\`room\`, in pixels; 1.25 pt under code's 12.3): the page after a block
  // split over pages, or a page of code alone, ends short where the paragraph after the block
  // could not begin with two lines (Vaughan's TEI: 22 pt, over 40 lines of code).
  const noCode = { blocks: [], heights: [], lines: 0, room: 0 }
  const codeOf = (area) => {
    const blocks = Array.from(area.querySelectorAll('pre.code')).filter((block) => !block.parentElement.closest('table'))
    const heights = blocks.map((block) => parseFloat(getComputedStyle(block).lineHeight))
    if (heights.some((height) => !(height > 0))) return noCode
    const lines = blocks.reduce((sum, block, k) => sum + Math.round(textHeight(block) / heights[k]), 0)
    return { blocks, heights, lines, room: (lines * line()) / 12 }
  }
  // A block's height less its padding: as tall as its lines.
  const textHeight = (block) => {
    const style = getComputedStyle(block)
    return block.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
  }
  // A page of one paragraph (or of paragraphs run on, with no space between them) that ends
  // short, a line at most, where the widow kept from the next page took its last line: its
  // lines are set that much further apart (a line over a page of 37, 0.4 pt each), as
  // vertical justification does; undone if the text would then run past the foot.
  const leadOut = (area, extra) => {
    if (extra > line() * 1.05) return
    const blocks = Array.from(area.querySelectorAll('p')).filter((block) => !block.parentElement.closest('p, table'))
    const heights = blocks.map((block) => parseFloat(getComputedStyle(block).lineHeight))
    const count = blocks.reduce((sum, block, k) => sum + Math.round(block.getBoundingClientRect().height / heights[k]), 0)
    if (count < 10 || heights.some((height) => !(height > 0))) return
    const height = area.style.height
    area.style.height = ''
    // A pixel to spare, as above.
    blocks.forEach((block, k) => { block.style.lineHeight = heights[k] + (extra - 1) / count + 'px' })
    if (!overflows(area)) return
    for (const block of blocks) block.style.lineHeight = ''
    area.style.height = height
  }
  // Left-hand pages are those Paged.js set as such; a part's first and last pages end where
  // their text does.
  const uneven = []
  for (let k = 1; k + 1 < pages.length - 1; k++) {
    const left = pages[k]
    const right = pages[k + 1]
    if (!left.classList.contains('pagedjs_left_page')) continue
    // A figure on either page, or on the page after them, ends its page where it must.
    if (pages[k + 2] && pages[k + 2].querySelector('.pagedjs_page_content figure')) continue
    const a = gapOf(left)
    const b = gapOf(right)
    if (a === undefined || b === undefined || a === b) continue
    if (b > a) spread(right, a)
    else spread(left, b)
    // Measured again: the spacing out may have evened the spread, or been undone.
    const apart = gapOf(right) - gapOf(left)
    if (Math.abs(apart) > 4) uneven.push({ page: k, lines: Math.round((apart / line()) * 100) / 100 })
  }
  return uneven
}`
