// Soft hyphens in the text layer. The print HTML marks every place a word may break with a soft
// hyphen (U+00AD; see `hyphenate.ts`), and Chromium writes each one into the PDF as a
// zero-width glyph whose ActualText is U+00AD, so an extractor reads `revo­lu­tion` and a search
// for `revolution` fails. A soft hyphen where the line did not break (the glyph with no advance:
// `0 0 Td` follows it) is given an empty ActualText; one that ends a line, drawn as a hyphen,
// keeps U+00AD, which marks it as a break for extractors to join.

const unbroken = /\/Span<<\/ActualText <FEFF00AD> >> BDC\n([^\n]*? Tj)\nEMC\n(?=0 0 Td )/g

/** A content stream's text with the ActualText of every soft hyphen not at a line's end emptied. */
export function clearSoftHyphens(text: string): string {
  if (!text.includes('<FEFF00AD>')) return text
  return text.replace(unbroken, '/Span<</ActualText () >> BDC\n$1\nEMC\n')
}
