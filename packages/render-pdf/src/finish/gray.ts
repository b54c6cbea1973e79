// Colours as a printer wants them: Chromium sets black and the greys of the text, folios, rules
// and paragraph numbers in DeviceRGB (`0 0 0 rg`), which a press's preflight flags, since a
// RIP may print RGB black in four inks. A colour whose three components are equal is the same
// grey in DeviceGray (`0 g`); any other colour is left as it is.

const rgbGrey = /(^|\s)(-?\d*\.?\d+) \2 \2 (rg|RG)(?=\s)/g

/** A content stream's text with every RGB grey (and black) set as DeviceGray. */
export function grayColours(text: string): string {
  if (!text.includes(' rg') && !text.includes(' RG')) return text
  return text.replace(
    rgbGrey,
    (_, before: string, value: string, operator: string) =>
      `${before}${value} ${operator === 'rg' ? 'g' : 'G'}`
  )
}
