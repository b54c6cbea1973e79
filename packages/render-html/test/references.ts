// Compares what an edition looks like with a committed reference image, pixel by pixel, in grey.
// `UPDATE=1` rewrites the references instead (look at each before committing it); on a mismatch
// the actual image and a diff (the reference faded, the differing pixels red) are written to the
// package's `test-output/` and named in the message.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { type Grey, greyOf, type Pixels, readPng, writePng } from './pixels.js'

export interface Tolerance {
  /** How far (0 to 1 of black to white) a pixel may move before it counts as differing. */
  threshold: number
  /** The largest share (0 to 1) of differing pixels an image may have and still match. */
  share: number
}

/**
 * A pixel differs when its grey moves by more than a tenth of black to white (26 of 255 levels:
 * more than the edge of a glyph drawn a fraction of a pixel aside, less than any ink
 * appearing or going); an image matches while at most 0.01% of its pixels differ (126 pixels of
 * a 1400×900 screen, 104 of a 1200×864 spread): one changed word, one moved line, fails.
 */
export const tolerance: Tolerance = { threshold: 0.1, share: 0.0001 }

export interface Places {
  /** The folder of committed references, `test/references/`. */
  references: string
  /** The folder of what a failing comparison writes, `test-output/`. */
  output: string
}

export interface Match {
  pass: boolean
  /** Pixels that differ by more than the threshold, and their share of the image. */
  differing: number
  share: number
  /** Why it failed (with the files written), or what it measured. */
  message: string
}

export interface MatchOptions {
  /** Rewrite the reference instead of comparing (default: `UPDATE=1` in the environment). */
  update?: boolean
  /** The name of what is written on a mismatch (default: the reference's name). */
  label?: string
  tolerance?: Tolerance
}

/** Compares `image` with the reference `name` (`references/<name>.png`). */
export function matchReference(
  image: Grey,
  name: string,
  places: Places,
  options: MatchOptions = {}
): Match {
  const file = join(places.references, `${name}.png`)
  const shown = relative(process.cwd(), file)
  if (options.update ?? process.env.UPDATE === '1') {
    mkdirSync(places.references, { recursive: true })
    writeFileSync(file, writePng(image))
    return { pass: true, differing: 0, share: 0, message: `Wrote ${shown}` }
  }
  const label = options.label ?? name
  mkdirSync(places.output, { recursive: true })
  const actual = join(places.output, `${label}.actual.png`)
  if (!existsSync(file)) {
    writeFileSync(actual, writePng(image))
    return fail(0, 1, `Found no reference \`${shown}\`, expected one; ${rewrite(actual)}`)
  }
  const expected = greyOf(readPng(readFileSync(file)))
  if (expected.width !== image.width || expected.height !== image.height) {
    writeFileSync(actual, writePng(image))
    const sizes = `${image.width}×${image.height}, expected ${expected.width}×${expected.height}`
    return fail(
      0,
      1,
      `Unexpected size of \`${label}\`: ${sizes} (\`${shown}\`); ${rewrite(actual)}`
    )
  }
  const limit = options.tolerance ?? tolerance
  const { differing, diff } = compare(image, expected, limit.threshold)
  const share = differing / (image.width * image.height)
  const measured = `${differing} pixels (${percent(share)}) of \`${label}\` differ from \`${shown}\``
  if (share <= limit.share) return { pass: true, differing, share, message: measured }
  const drawn = join(places.output, `${label}.diff.png`)
  writeFileSync(actual, writePng(image))
  writeFileSync(drawn, writePng(diff))
  const files = `the actual image is \`${relative(process.cwd(), actual)}\`, the differences in red \`${relative(process.cwd(), drawn)}\``
  return fail(
    differing,
    share,
    `${measured}, expected at most ${percent(limit.share)}: ${files}; ${rewrite()}`
  )
}

/** The pixels of `actual` that differ from `expected` by more than `threshold`, and a picture of them. */
export function compare(
  actual: Grey,
  expected: Grey,
  threshold: number
): { differing: number; diff: Pixels } {
  const rgb = new Uint8Array(expected.grey.length * 3)
  let differing = 0
  for (let i = 0; i < expected.grey.length; i++) {
    const [a, e] = [actual.grey[i] ?? 0, expected.grey[i] ?? 0]
    if (Math.abs(a - e) > threshold * 255) {
      differing++
      rgb.set([255, 0, 0], i * 3)
    } else rgb.fill(255 - ((255 - e) >> 2), i * 3, i * 3 + 3)
  }
  return { differing, diff: { width: expected.width, height: expected.height, rgb } }
}

function fail(differing: number, share: number, message: string): Match {
  return { pass: false, differing, share, message }
}

function percent(share: number): string {
  return `${(share * 100).toFixed(share < 0.001 ? 4 : 2)}%`
}

function rewrite(actual?: string): string {
  const wrote = actual ? `the actual image is \`${relative(process.cwd(), actual)}\`; ` : ''
  return `${wrote}if the change is meant, rewrite the references with \`UPDATE=1 npx vitest run\` on this test file and look at them before committing`
}
