// Trim sizes: the named ones a press or a printer asks for, and any other as `WIDTHxHEIGHT`
// with a unit (`6x9in`, `148x210mm`, `432x648pt`).

export interface PageSize {
  /** What was asked for, normalised: `6x9in`, `A4`. */
  name: string
  /** In PostScript points (1/72 in). */
  width: number
  height: number
}

const points = { in: 72, mm: 72 / 25.4, cm: 72 / 2.54, pt: 1 } as const

const named: Record<string, readonly [number, number, keyof typeof points]> = {
  a4: [210, 297, 'mm'],
  a5: [148, 210, 'mm'],
  letter: [8.5, 11, 'in']
}

const custom = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(in|mm|cm|pt)$/

/** Smallest and largest trim accepted, in points: a postcard to a broadsheet. */
const smallest = 144
const largest = 72 * 40

/** The size named by `value`, or an error that says which sizes there are. */
export function parsePageSize(value: string): PageSize | { error: string } {
  const text = value.trim().toLowerCase()
  const known = Object.hasOwn(named, text) ? named[text] : undefined
  const match = known ? undefined : custom.exec(text)
  let size: PageSize | undefined
  if (known) {
    const [w, h, unit] = known
    size = {
      name: text === 'letter' ? 'Letter' : text.toUpperCase(),
      width: w * points[unit],
      height: h * points[unit]
    }
  } else if (match) {
    const [, w = '', h = '', written = ''] = match
    const unit = written as keyof typeof points
    size = {
      name: `${w}x${h}${unit}`,
      width: Number(w) * points[unit],
      height: Number(h) * points[unit]
    }
  }
  if (!size) {
    return {
      error: `Unexpected page size \`${value}\`, expected \`A4\`, \`A5\`, \`Letter\` or a width and height with a unit such as \`6x9in\` or \`148x210mm\``
    }
  }
  for (const side of [size.width, size.height]) {
    if (side < smallest || side > largest) {
      return {
        error: `Unexpected page size \`${value}\`: each side must be between 2 in and 40 in`
      }
    }
  }
  size.width = round(size.width)
  size.height = round(size.height)
  return size
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
