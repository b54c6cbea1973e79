// A note too long for the room left under its reference's line. The print's policy
// (`footnote-policy: line`) takes that line to the next page with the note, which is right
// where no more than a line or so of the note would fit: a note is not begun a page before its
// reference, and a reference on a page's last line does not have its note set a page late.
// But where the room under the line holds several lines of the note, the page then ends short
// by all of that room (a note of fifteen lines left 240 pt empty at the foot of a page), and its
// facing page does not. There, as a book sets a long note, the line stays, the note begins under
// it, and the rest of the note runs on at the foot of the next page: Paged.js's own way with a
// note under the `auto` policy, which carries a note's overflow to the next page.
// Kept as source text, like the page script, which runs it.

/**
 * `(Paged)`: the polyfill, before any part is laid out. Wraps the footnote handler's placing of
 * a note so that a note that would take its reference's line to the next page, though at least
 * `leastLines` of its lines fit under that line, begins under it instead: where the part's
 * `window.colophonNotes` allows it (`allowed`, and the note's `data-fn` not in `except`), each
 * such note listed in its `split`.
 */
export const longNotesSetup = `(Paged) => {
  const leastLines = 2
  const Footnotes = Paged.registeredHandlers.find(
    (handler) => typeof handler.prototype.moveFootnote === 'function'
  )
  if (!Footnotes) throw new Error('colophon: the Paged.js footnote handler was not found')
  const place = Footnotes.prototype.moveFootnote
  const range = document.createRange()
  // The foot of the reference's line box: the number and what stands before it, as Paged.js
  // reads the line, end at the foot of their letters; the line's box ends half its leading
  // lower.
  const lineFoot = (call) => {
    range.setStartBefore(call.previousSibling || call)
    range.setEndAfter(call)
    const rects = range.getClientRects()
    const last = rects.length > 0 ? rects[rects.length - 1] : range.getBoundingClientRect()
    const block = call.closest('p, li, blockquote, dd, td, th') || call.parentElement
    const line = parseFloat(getComputedStyle(block).lineHeight)
    return Math.ceil(last.bottom + (line > last.height ? (line - last.height) / 2 : 0))
  }
  // The reference stands on the page: not carried into the column past it.
  const onPage = (call, pageArea) => {
    const box = pageArea.querySelector('.pagedjs_page_content').getBoundingClientRect()
    const at = call.getBoundingClientRect()
    return at.left < box.right && at.bottom <= box.bottom + 0.5
  }
  Footnotes.prototype.moveFootnote = function (node, pageArea, needsNoteCall) {
    const notes = window.colophonNotes
    const lined =
      notes.allowed &&
      needsNoteCall &&
      node.nodeType === 1 &&
      node.dataset.notePolicy === 'line' &&
      !notes.except.has(node.dataset.fn)
    const area = lined ? pageArea.querySelector('.pagedjs_footnote_area') : null
    if (!area) return place.call(this, node, pageArea, needsNoteCall)
    const before = {
      box: area.getBoundingClientRect(),
      room: pageArea.style.getPropertyValue('--pagedjs-footnotes-height'),
    }
    place.call(this, node, pageArea, needsNoteCall)
    keepLine(this, node, pageArea, area, before)
  }
  // The note's lines, from the top of the notes' room (the notes before it included): the top
  // and height of each line's letters, as they stand.
  const linesOf = (node, inner, line) => {
    range.selectNodeContents(node)
    const origin = inner.getBoundingClientRect().top
    const rects = Array.from(range.getClientRects())
      .filter((rect) => rect.width > 0 && rect.height < 2 * line)
      .map((rect) => ({ top: rect.top - origin, height: rect.height }))
      .sort((a, b) => a.top - b.top)
    return rects.filter((rect, k) => k === 0 || rect.top - rects[k - 1].top > line / 2)
  }
  // The first character of 'node' set past 'edge' (the first column's right: the columns after
  // it stand a gap further on), as a text node and an offset in it; null if every character
  // stands before the edge.
  const firstPast = (node, edge) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
    const past = (text, at) => {
      range.setStart(text, at)
      range.setEnd(text, at + 1)
      return range.getBoundingClientRect().left >= edge
    }
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      range.selectNodeContents(text)
      const rects = Array.from(range.getClientRects())
      if (!rects.some((rect) => rect.width > 0 && rect.left >= edge)) continue
      let low = 0
      let high = text.length - 1
      while (low < high) {
        const middle = (low + high) >> 1
        if (past(text, middle)) high = middle
        else low = middle + 1
      }
      return { text, at: low }
    }
    return null
  }
  // The character before the one at 'at' in 'text' (in the text node before it, if 'at' is 0).
  const charBefore = (node, text, at) => {
    if (at > 0) return text.data[at - 1]
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
    walker.currentNode = text
    const previous = walker.previousNode()
    return previous && previous !== text ? previous.data[previous.length - 1] : ' '
  }
  // The lines of the note (as linesOf gives them) that Paged.js keeps on the page in a room of
  // 'room' pixels, and whether the page would end inside a word. Once the page is laid out,
  // Paged.js sets the room's notes in columns as tall as the room and as wide as the notes'
  // box, and carries what stands past the first column to the next page: a line whose box is
  // taller than the rest (a raised number, a line of Greek) goes on though its letters fit.
  // Where the first column ends in a broken word, it keeps a letter of the word's next line
  // too, and the kept part, set again, runs to a line more. The columns are set here as they
  // will be, the lines in the first counted, and the room put back as it was.
  const keptIn = (node, inner, room, lines) => {
    const saved = [inner.style.height, inner.style.columnWidth, inner.style.columnGap]
    const width = inner.parentElement.getBoundingClientRect().width
    inner.style.height = room + 'px'
    inner.style.columnWidth = Math.round(width) + 'px'
    inner.style.columnGap = 'calc(var(--pagedjs-margin-right) + var(--pagedjs-margin-left))'
    const box = inner.getBoundingClientRect()
    range.selectNodeContents(node)
    const tops = Array.from(range.getClientRects())
      .filter((rect) => rect.width > 0 && rect.left < box.right)
      .map((rect) => rect.top - box.top)
    const past = firstPast(node, box.right)
    const broken =
      past !== null && !/\\s/.test(past.text.data[past.at] + charBefore(node, past.text, past.at))
    ;[inner.style.height, inner.style.columnWidth, inner.style.columnGap] = saved
    const held = lines.filter((line) => tops.some((top) => Math.abs(top - line.top) < 1)).length
    return { held, broken }
  }
  // The height to give the notes' room so that Paged.js keeps the note's first lines in it, at
  // least leastLines of them and at least as many left for the next page (the note's orphans
  // and widows), the last of them ending a word (no word broken over the page turn); null if
  // that cannot be. The room then grows or shrinks to the lines it kept, so those lines, not
  // the room asked for, must leave the reference's line its place: within the available
  // pixels, with a quarter of a line to spare.
  const roomFor = (node, inner, available, line) => {
    if (!(line > 0)) return null
    const lines = linesOf(node, inner, line)
    const footOf = (kept) => {
      const last = lines[kept - 1]
      return Math.ceil(last.top + (last.height + line) / 2 + 0.5)
    }
    let room = null
    for (let kept = leastLines; kept <= lines.length - leastLines; kept++) {
      if (footOf(kept) + line / 4 > available) break
      const { held, broken } = keptIn(node, inner, footOf(kept), lines)
      if (broken || held < leastLines || held > lines.length - leastLines) continue
      if (footOf(held) + line / 4 > available) break
      room = footOf(kept)
    }
    return room
  }
  // Paged.js sets the notes' own height only where a note did not fit whole under its
  // reference's line, and then to end above that line. The room is put back as it was to find
  // the line's foot, and the note is let begin under it if enough of it fits there.
  const keepLine = (handler, node, pageArea, area, before) => {
    const inner = area.querySelector('.pagedjs_footnote_inner_content')
    if (!inner || !inner.style.height || node.parentElement !== inner) return
    const call = pageArea.querySelector('[data-footnote-call="' + CSS.escape(node.dataset.ref) + '"]')
    if (!call) return
    const taken = { room: pageArea.style.getPropertyValue('--pagedjs-footnotes-height'), inner: inner.style.height }
    pageArea.style.setProperty('--pagedjs-footnotes-height', before.room)
    inner.style.height = ''
    const foot = lineFoot(call)
    const content = area.querySelector('.pagedjs_footnote_content')
    const edges = handler.marginsHeight(content) + handler.paddingHeight(content) + handler.borderHeight(content)
    const height = before.box.height + Math.floor(before.box.top) - foot
    const room = roomFor(node, inner, height - edges, parseFloat(getComputedStyle(node).lineHeight))
    if (onPage(call, pageArea) && room !== null) {
      pageArea.style.setProperty('--pagedjs-footnotes-height', room + edges + 'px')
      inner.style.height = room + 'px'
      // The line may still not stay (its paragraph's widows take it on): then as Paged.js had it.
      if (onPage(call, pageArea)) {
        const page = Number(call.closest('.pagedjs_page').dataset.pageNumber) - 1
        window.colophonNotes.split.push({ fn: node.dataset.fn, page })
        return
      }
    }
    pageArea.style.setProperty('--pagedjs-footnotes-height', taken.room)
    inner.style.height = taken.inner
  }
}`
