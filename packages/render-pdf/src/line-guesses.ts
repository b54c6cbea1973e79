// Where a text node's text goes on to the next line, guessed before a character of it is
// measured: its client rectangles, one a line, give the widths of its pieces, and each change of
// line is taken to fall as far into its text as the widths before it. A guess is where to begin
// measuring, never a result: the audit and the column pass measure from it to the change itself.
// Kept as source text for the scripts that run in the page.

/**
 * `(text, marks, widths) => number[]`: for each change of line of a node whose `text` has the
 * places a line may end at `marks` (ascending offsets) and whose pieces on its lines are
 * `widths` wide, the index of the first of those places past the guessed change.
 */
export const lineGuessesScript = `(text, marks, widths) => {
  const found = []
  const total = widths.reduce((sum, width) => sum + width, 0)
  let sum = 0
  let k = 0
  for (let i = 0; i < widths.length - 1; i++) {
    sum += widths[i]
    const at = (text.length * sum) / total
    while (k < marks.length && marks[k] < at) k++
    found.push(k)
  }
  return found
}`
