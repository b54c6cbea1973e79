// Paged.js builds every page from one template: a sheet with four bleed boxes of crop marks,
// and a page box with sixteen margin boxes in eight holders, some seventy elements a page
// whatever the page holds (a page of this renderer's text has some forty-five of its own).
// Chromium styles and lays out every element of the document again each time it begins or ends
// printing, four times a part, and builds its tags from them: once the part is laid out and
// measured, the elements that print nothing are taken out.
//
// - A margin box Paged.js did not mark as having content prints nothing (a margin box with no
//   `content` is not generated, and Paged.js hides it): a holder or side of the page box with
//   none that has goes whole; one left beside a box that has loses its empty content, keeping
//   its place in the side's grid. Every part of the page box is placed by its grid's line names,
//   so the rest stay where they were.
// - A bleed box with no area, its overflow hidden, shows nothing of its crop marks (this
//   renderer adds the bleed and the marks to the PDF itself).
//
// Kept as source text, like the page script, which runs it.

/** `(pages) => removed`: takes the unprinted elements out of `pages`, and counts them. */
export const unprintedScript = `(pages) => {
  let removed = 0
  const drop = (element) => {
    removed += element.getElementsByTagName('*').length + 1
    element.remove()
  }
  // Every bleed box is measured before any element goes: a measurement after a removal lays
  // the document out again, once a page. No removal changes a bleed box's size (the sheet's
  // grid sets its tracks itself).
  const bleeds = []
  for (const page of pages) {
    for (const bleed of page.querySelectorAll('.pagedjs_bleed')) {
      const box = bleed.getBoundingClientRect()
      if ((box.width === 0 || box.height === 0) && getComputedStyle(bleed).overflow === 'hidden') bleeds.push(bleed)
    }
  }
  for (const bleed of bleeds) drop(bleed)
  for (const page of pages) {
    for (const part of page.querySelectorAll('.pagedjs_pagebox > :not(.pagedjs_area)')) {
      if (!part.querySelector('.hasContent')) drop(part)
    }
    for (const margin of page.querySelectorAll('.pagedjs_margin:not(.hasContent)')) {
      for (const child of Array.from(margin.children)) drop(child)
    }
  }
  return removed
}`
