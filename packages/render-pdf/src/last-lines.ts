// A word broken into a paragraph's last line is one a reader meets twice for nothing: the line
// has room to spare. Before Paged.js lays the part out, its text is set once in a plain column
// of the measure, in the print's own styles; where a paragraph's last line opens with the end of
// a word broken at a soft hyphen or at a compound's hyphen, that word is kept whole (its soft
// hyphens out; a compound in a span no line breaks in, `span.whole`), and the paragraph is set
// again (twice at most, as keeping one word whole may break another into the last line). First,
// each paragraph is given the word spacing, of three a little apart, that ends fewest of its
// lines in a broken word in as many lines. A page break does not move a line break inside a paragraph, so the
// column's lines are the pages'.
// Kept as source text, like the page script, which runs it.

import { lineGuessesScript } from './line-guesses.js'

/** `(content, css, measure)`: the part's content, its stylesheet, the measure in points. */
export const lastLinesScript = String.raw`async (content, css, measure) => {
  if (!content.textContent.includes('\u00ad')) return 0
  const style = document.createElement('style')
  // Notes are floated to the foot of the page by Paged.js; in the column they would stand in
  // the text as blocks, so they are left out of it.
  style.textContent = css + '\nspan.footnote { display: none !important; }'
  document.head.append(style)
  const column = document.createElement('div')
  column.style.cssText = 'position: absolute; left: 0; top: 0; visibility: hidden; width: ' + measure + 'pt'
  column.append(content)
  document.body.append(column)
  // Set in the faces the pages use: a face is loaded when text first asks for it, and until
  // then the lines are the fallback's.
  void column.offsetHeight
  await document.fonts.ready
  const range = document.createRange()
  const rectOf = (node, at) => {
    range.setStart(node, at)
    range.setEnd(node, at + 1)
    return range.getBoundingClientRect()
  }
  const letter = /[\p{L}\p{M}\u00ad]/u
  // The text nodes of a paragraph, its notes left out.
  const textsOf = (paragraph) => {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement.closest('span.footnote') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
    })
    const nodes = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node)
    return nodes
  }
  const isBreak = (text, at) =>
    text[at] === '\u00ad' ||
    ((text[at] === '-' || text[at] === '\u2010') && letter.test(text[at - 1] || '') && letter.test(text[at + 1] || ''))
  // The word around a break at 'at' (its letters, soft hyphens and hyphens), kept whole: its
  // soft hyphens out, and a compound's hyphen (eighty-seven) held by a span no line breaks in.
  const keepWhole = (node, at) => {
    const text = node.textContent
    const inWord = (c) => letter.test(c) || c === '-' || c === '\u2010'
    let start = at
    while (start > 0 && inWord(text[start - 1])) start--
    let end = at + 1
    while (end < text.length && inWord(text[end])) end++
    const word = text.slice(start, end).replaceAll('\u00ad', '')
    if (!/[-\u2010]/.test(word)) {
      node.textContent = text.slice(0, start) + word + text.slice(end)
      return
    }
    const tail = node.splitText(end)
    const middle = node.splitText(start)
    middle.textContent = word
    const span = document.createElement('span')
    span.className = 'whole'
    tail.before(span)
    span.append(middle)
  }
  // The word broken into the paragraph's last line, as a function that keeps it whole; null
  // if none is. Every paragraph is read before any is changed: each change lays the column out
  // again at the next reading.
  const brokenInto = (paragraph) => {
    const nodes = textsOf(paragraph)
    const last = nodes.findLast((node) => /\S/.test(node.textContent))
    if (!last) return null
    const bottom = rectOf(last, last.textContent.trimEnd().length - 1).bottom
    for (let k = nodes.length - 1; k >= 0; k--) {
      const node = nodes[k]
      const text = node.textContent
      for (let at = text.length - 2; at >= 0; at--) {
        if (!isBreak(text, at)) continue
        const before = rectOf(node, at)
        if (before.bottom > bottom - 2) continue
        // The first break above the last line: taken, it breaks a word into the last line.
        if (rectOf(node, at + 1).bottom < bottom - 2) return null
        return () => keepWhole(node, at)
      }
      // A text node wholly on the last line holds no break into it: look further back.
      if (text.length > 0 && rectOf(node, 0).bottom < bottom - 2) return null
    }
    return null
  }
  // The first break past each place a node's text is guessed to go on to the next line
  // (line-guesses.ts).
  const cuts = ${lineGuessesScript}
  // How many of the paragraph's lines end in a broken word: a break whose letter after stands
  // on a lower line than its letter before (by their feet: a range that starts a line reaches
  // back to the end of the line before). The breaks are measured by halves, as in the audit:
  // where the letter before the first of a run and the letter after its last stand on one line,
  // so does every letter between, and no break of the run ends a line.
  const brokenEnds = (paragraph) => {
    let count = 0
    for (const node of textsOf(paragraph)) {
      const text = node.textContent
      const marks = []
      for (let at = 1; at < text.length - 1; at++) if (isBreak(text, at)) marks.push(at)
      if (marks.length === 0) continue
      // A node on one line has no break that ends one.
      range.selectNodeContents(node)
      const spans = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 || rect.height > 0)
      if (spans.length < 2) continue
      // Each letter's foot is measured once, as the halves share their ends.
      const feet = new Map()
      const bottom = (at) => {
        if (!feet.has(at)) feet.set(at, rectOf(node, at).bottom)
        return feet.get(at)
      }
      const halves = (first, last) => {
        if (bottom(marks[last] + 1) <= bottom(marks[first] - 1) + 2) return
        if (first === last) {
          count++
          return
        }
        const middle = (first + last) >> 1
        halves(first, middle)
        halves(middle + 1, last)
      }
      // The runs halved are cut where the text is guessed to go on to the next line (as far
      // into it as the widths of its lines before): a run with no change of line in it costs
      // two letters' feet. Any cut counts the same breaks, as every break is in one run.
      let first = 0
      for (const cut of cuts(text, marks, spans.map((span) => span.width))) {
        if (cut <= first || cut >= marks.length) continue
        halves(first, cut - 1)
        first = cut
      }
      halves(first, marks.length - 1)
    }
    return count
  }
  // Paragraphs with lines that end in a broken word are set again with their word spaces a
  // little tighter, then a little looser (\`p.spacing-tighter\`, \`p.spacing-looser\`), and
  // each is kept in the setting that ends fewest of its lines in a broken word in as many
  // lines: Chromium breaks a paragraph's lines one at a time, greedily, where a paragraph-wide
  // line breaker would weigh each hyphen against the spacing. As many lines, not fewer: the
  // pages then break where they did, and Paged.js meets the notes' calls where it did (a Goethe
  // chapter set in fewer lines had Paged.js set a sentence twice over a page break, where a
  // note's call moved its line on). Two more settings between these took the first manuscript
  // from 51 to 48 broken line ends for 70% more time. A paragraph's lines do not depend on the
  // others', so every paragraph tries a setting at once: the column is laid out once a
  // setting, not once a paragraph. The word broken into the last line is read in the setting
  // kept, while the paragraph stands in it (\`fix\`): a paragraph is not set back in the column
  // (each setting set is a paragraph shaped and broken again), only once it has left it.
  const setIn = (trial, setting) => {
    if (trial.setting) trial.paragraph.classList.remove(trial.setting)
    if (setting) trial.paragraph.classList.add(setting)
    trial.setting = setting
  }
  const respace = (paragraphs) => {
    const trials = paragraphs
      .map((paragraph) => ({ paragraph, best: brokenEnds(paragraph), chosen: '', setting: '', fix: null }))
      .filter((trial) => trial.best > 0)
    for (const trial of trials) trial.height = trial.paragraph.getBoundingClientRect().height
    for (const variant of ['spacing-tighter', 'spacing-looser']) {
      const open = trials.filter((trial) => trial.best > 0)
      for (const trial of open) setIn(trial, variant)
      for (const trial of open) {
        const same = Math.abs(trial.paragraph.getBoundingClientRect().height - trial.height) < 1
        const broken = same ? brokenEnds(trial.paragraph) : trial.best
        if (broken < trial.best) {
          trial.best = broken
          trial.chosen = variant
          trial.fix = brokenInto(trial.paragraph)
        }
      }
    }
    return trials
  }
  const paragraphs = Array.from(column.querySelectorAll('main p:not(.verse)'))
  const fixes = new Map(paragraphs.map((paragraph) => [paragraph, brokenInto(paragraph)]))
  const trials = respace(paragraphs)
  for (const trial of trials) if (trial.chosen) fixes.set(trial.paragraph, trial.fix)
  let pending = paragraphs.filter((paragraph) => fixes.get(paragraph) !== null)
  for (const paragraph of pending) fixes.get(paragraph)()
  let settled = pending.length
  // Keeping one word whole may break another into the last line: the paragraphs changed are
  // read again, in the setting kept.
  const trialOf = new Map(trials.map((trial) => [trial.paragraph, trial]))
  for (const paragraph of pending) {
    const trial = trialOf.get(paragraph)
    if (trial) setIn(trial, trial.chosen)
  }
  const again = pending.map(brokenInto)
  pending = pending.filter((_, k) => again[k] !== null)
  for (const fix of again) if (fix) fix()
  settled += pending.length
  content.append(...column.childNodes)
  for (const trial of trials) setIn(trial, trial.chosen)
  column.remove()
  style.remove()
  return settled
}`
