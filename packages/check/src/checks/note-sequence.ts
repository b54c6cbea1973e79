// `note-sequence`: in each chapter, numbered references run 1, 2, 3… in reading order, or
// continue from the previous chapter. After a fault the count resynchronises, so one missing
// note gives one message, not one for every note after it:
//
//   16 18 19      -> `18`: expected `17`; then `19` is as expected
//   21 23 22 24   -> `23`: expected `22`; `22`: out of order after `23`; `24` is as expected
//   39 40 40 41   -> the second `40`: a repeat (a glued numeral; `[40]` may cite a note again)
//   7 8 1 2 3      -> `1`: the numbering starts again inside a chapter (a heading was missed)
//
// A chapter may start at 1 or go on from the chapter before, unless `notes.numbering` in the
// settings says which: `chapter` (always 1) or `book` (always going on).
import type { Context } from '../context.js'
import { isNumbered, referencesOf } from '../tree.js'

export function noteSequence({ tree, settings, report }: Context): void {
  const repeatsAllowed = settings.notes?.repeats === 'allow'
  const numbering = settings.notes?.numbering
  /** The last number of the previous chapter that has numbered notes. */
  let previous = 0
  for (const chapter of tree.children) {
    // A reference to another chapter's note (cited again, or copied on a contents page) is no
    // step in this chapter's numbering.
    const own = new Set(chapter.notes.map((note) => note.identifier))
    const references = referencesOf(chapter).filter(
      ({ node }) => isNumbered(node) && own.has(node.identifier)
    )
    let last: number | undefined
    const seen = new Set<number>()
    const accept = (n: number) => {
      last = n
      seen.add(n)
    }
    references.forEach(({ node }, index) => {
      const n = node.number
      const fault = (reason: string, expected: number[]) =>
        report(reason, node.position, {
          actual: String(n),
          expected: expected.map(String)
        })

      if (last === undefined) {
        firstOfChapter(n, previous, numbering, fault)
        accept(n)
        return
      }

      const expected = last + 1
      if (n === expected) {
        accept(n)
      } else if (n > expected) {
        fault(`Expected note \`${expected}\`, found \`${n}\`; ${missing(expected, n - 1)}`, [
          expected
        ])
        accept(n)
      } else if (seen.has(n) && (!isBareNumeral(node.marker) || repeatsAllowed)) {
        // The same note cited again, on purpose: `[1]` … `[1]`.
      } else if (n === 1 && (!seen.has(1) || references[index + 1]?.node.number === 2)) {
        // `1` then `2`: a new run of notes, not note 1 cited again.
        fault(
          `Expected note \`${expected}\`, found \`1\`: the numbering starts again inside a chapter; add the chapter heading that belongs here, or renumber the notes`,
          [expected]
        )
        seen.clear()
        accept(n)
      } else if (seen.has(n)) {
        const which = n === last ? `found \`${n}\` again` : `found \`${n}\`, a note cited before`
        fault(
          `Expected note \`${expected}\`, ${which}; remove the repeated marker, or set \`notes.repeats: allow\` if the note is cited again on purpose`,
          [expected]
        )
      } else {
        fault(
          `Expected note \`${expected}\`, found \`${n}\` after \`${last}\`; put the markers in order, or renumber the notes`,
          [expected]
        )
      }
    })
    if (last !== undefined) previous = last
  }
}

/**
 * Checks a chapter's first note `n`, the chapter before having ended at `previous` (0: none
 * before): 1, or `previous + 1`, or only the one the settings' numbering allows.
 */
function firstOfChapter(
  n: number,
  previous: number,
  numbering: 'chapter' | 'book' | undefined,
  fault: (reason: string, expected: number[]) => void
): void {
  const goesOn = previous > 0 && numbering !== 'chapter'
  const starts = goesOn ? (numbering === 'book' ? [previous + 1] : [1, previous + 1]) : [1]
  if (starts.includes(n)) return
  const which =
    starts.length === 2
      ? `\`1\` (or \`${previous + 1}\`, continuing the previous chapter)`
      : goesOn
        ? `\`${previous + 1}\` (the notes are numbered through the book, \`notes.numbering: book\`)`
        : previous > 0
          ? '`1` (the notes start afresh in each chapter, `notes.numbering: chapter`)'
          : '`1`'
  const from = n > previous && goesOn ? previous + 1 : 1
  const advice =
    from < n
      ? missing(from, n - 1)
      : 'the numbering starts again; renumber the notes, or change `notes.numbering` in the settings'
  fault(`Expected note ${which}, found \`${n}\`; ${advice}`, starts)
}

/** What to do about the notes `from` to `to` that are missing. */
function missing(from: number, to: number): string {
  const which =
    from >= to ? `the missing note \`${from}\`` : `the missing notes \`${from}\` to \`${to}\``
  return `add ${which}, or renumber the notes`
}

/** A numeral with no brackets (`worship.”1`, `the Greeks 2 worthy`): a repeat of one is a fault. */
function isBareNumeral(style: string): boolean {
  return style === 'glued' || style === 'spaced' || style === 'superscript'
}
