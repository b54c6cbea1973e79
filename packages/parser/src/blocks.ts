// Splits a manuscript into lines and blocks (runs of non-blank lines), keeping offsets.
//
//   "Title\r\n\r\n\r\nOne line\nand another\n"
//    ^block 0      ^2 blank lines, then block 1 (two lines)

/** A line without its line ending: [start, end) in the text. */
export interface Line {
  start: number
  end: number
}

/** A run of non-blank lines. */
export interface Block {
  /** Offset of the first non-blank character. */
  start: number
  /** Offset after the last non-blank character. */
  end: number
  lines: Line[]
  /** Blank lines between this block and the one before (or the start of the text). */
  blanksBefore: number
}

const lineEnding = /\r\n|\r|\n/g
const nonBlank = /[^\s\ufeff]/

/** Every line of `text`, in order; a final line ending does not open an empty last line. */
export function lines(text: string): Line[] {
  const found: Line[] = []
  let start = 0
  lineEnding.lastIndex = 0
  for (let match = lineEnding.exec(text); match; match = lineEnding.exec(text)) {
    found.push({ start, end: match.index })
    start = match.index + match[0].length
  }
  if (start < text.length) found.push({ start, end: text.length })
  return found
}

/** Groups the lines of `text` into blocks separated by blank lines. */
export function blocks(text: string): Block[] {
  const found: Block[] = []
  let current: Line[] = []
  let blanks = 0
  const close = () => {
    if (current.length === 0) return
    const first = current[0] as Line
    const last = current[current.length - 1] as Line
    found.push({
      start: first.start + leading(text, first),
      end: last.end - trailing(text, last),
      lines: current,
      blanksBefore: blanks
    })
    current = []
    blanks = 0
  }
  for (const line of lines(text)) {
    if (isBlank(text, line)) {
      close()
      blanks++
    } else {
      current.push(line)
    }
  }
  close()
  return found
}

/** Whether a line holds only whitespace. */
export function isBlank(text: string, line: Line): boolean {
  return !nonBlank.test(text.slice(line.start, line.end))
}

function leading(text: string, line: Line): number {
  let n = 0
  while (line.start + n < line.end && isSpace(text.charCodeAt(line.start + n))) n++
  return n
}

function trailing(text: string, line: Line): number {
  let n = 0
  while (line.end - n > line.start && isSpace(text.charCodeAt(line.end - n - 1))) n++
  return n
}

/** Whitespace inside a line, as `\s` sees it, plus the byte-order mark. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 11 ||
    code === 12 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** The text of a block with its line endings as `\n` and each line trimmed. */
export function blockText(text: string, block: Block): string {
  return block.lines.map((line) => text.slice(line.start, line.end).trim()).join('\n')
}
