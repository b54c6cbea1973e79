// Soft hyphens out of the text layer. The print HTML marks every place a word may break with a
// soft hyphen (U+00AD; see `hyphenate.ts`). Chromium draws each one as the space glyph with no
// advance inside an ActualText span that says U+00AD, and a ligature across one (`f­f`, `f­fi`)
// in a span whose ActualText holds it between the letters; so `pdftotext` read `revo­lu­tion`
// and a search for `revolution` failed. Where the line breaks at a soft hyphen, Chromium ends
// the line with that same empty span and then draws the hyphen in a text object of its own,
// as the font's hyphen glyph, whose ToUnicode entry is U+002D.
//
// Every U+00AD is taken out of every ActualText, so a soft hyphen, broken or not, stands for
// nothing. A line broken at one then ends in the drawn hyphen, read as U+002D, which is what
// extractors join: poppler's `pdftotext` drops a `-` that ends a line and runs the next line
// on (`re-` / `acted` comes out `reacted`), and pdf.js reads `re-` with the line's end, which
// its find joins. Tried on the seed with poppler 22.12: with the ActualText U+00AD kept,
// poppler joined the lines but kept the U+00AD (`re­acted`, 255 of them); with the hyphen
// marked U+00AD or U+2010 (ActualText around the drawn glyph) it kept the line break and the
// character (`re­` / `acted`), as it only joins a line ending in U+002D. So the hyphen is left
// as drawn and the marks that hid it are what goes.

const span = /\/Span<<\/ActualText <FEFF((?:[0-9A-F]{4})*)> >> BDC\n/g

/** A content stream's text with U+00AD taken out of every ActualText (emptied if nothing is left). */
export function clearSoftHyphens(text: string): string {
  if (!text.includes('00AD')) return text
  return text.replace(span, (whole, units: string) => {
    const kept = (units.match(/[0-9A-F]{4}/g) ?? []).filter((unit) => unit !== '00AD')
    if (kept.length * 4 === units.length) return whole
    const actual = kept.length === 0 ? '()' : `<FEFF${kept.join('')}>`
    return `/Span<</ActualText ${actual} >> BDC\n`
  })
}
