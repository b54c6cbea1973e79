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
  // The height to give the notes' room so that it holds the note's first lines whole, at least
  // leastLines of them and at least as many left for the next page (the note's orphans and
  // widows); null if that cannot be. Paged.js sets the room's notes in columns as tall as the
  // room and carries what stands past the first to the next page; a line goes on unless its
  // whole line box fits, the box centred on the line's letters. It was seen to keep one line
  // more than that all the same (a 91 px room kept lines down to 105 px), and the room then
  // grows to hold what it kept: the room is chosen so that one line more would still leave the
  // reference's line its place, within the available pixels and a quarter of a line to spare.
  const roomFor = (node, inner, available, line) => {
    if (!(line > 0)) return null
    const lines = linesOf(node, inner, line)
    const footOf = (kept) => {
      const last = lines[kept - 1]
      return Math.ceil(last.top + (last.height + line) / 2 + 0.5)
    }
    let room = null
    for (let kept = leastLines; kept <= lines.length - leastLines; kept++) {
      if (footOf(kept + 1) + line / 4 > available) break
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
