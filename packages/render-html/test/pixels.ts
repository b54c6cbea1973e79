// Reads the browser's screenshots back as pixels, so a test can say what a page looks like:
// a PNG of 8-bit RGB or RGBA, not interlaced (what Chromium writes), unfiltered row by row.
import { inflateSync } from 'node:zlib'

export interface Pixels {
  width: number
  height: number
  /** Red, green and blue of each pixel, row by row. */
  rgb: Uint8Array
}

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** The pixels of a PNG, or an error naming the form it does not read. */
export function readPng(png: Uint8Array): Pixels {
  if (!signature.every((byte, i) => png[i] === byte)) throw new Error('Expected a PNG')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const data: Uint8Array[] = []
  let width = 0
  let height = 0
  let channels = 0
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    const body = png.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = view.getUint32(at + 8)
      height = view.getUint32(at + 12)
      const [depth, colour, , , interlace] = body.subarray(8, 13)
      channels = colour === 2 ? 3 : colour === 6 ? 4 : 0
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`Expected 8-bit RGB or RGBA, not interlaced; got depth ${depth}`)
      }
    } else if (type === 'IDAT') data.push(body)
    at += 12 + length
  }
  const rows = unfilter(inflateSync(Buffer.concat(data)), width, height, channels)
  const rgb = new Uint8Array(width * height * 3)
  for (let i = 0; i < width * height; i++) {
    rgb.set(rows.subarray(i * channels, i * channels + 3), i * 3)
  }
  return { width, height, rgb }
}

/** Undoes PNG's per-row filters (none, sub, up, average, Paeth). */
function unfilter(raw: Uint8Array, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels
  const out = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (out[y * stride + x - channels] ?? 0) : 0
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0
      const corner = x >= channels && y > 0 ? (out[(y - 1) * stride + x - channels] ?? 0) : 0
      const guess = [0, left, up, (left + up) >> 1, paeth(left, up, corner)][filter] ?? 0
      out[y * stride + x] = ((row[x] ?? 0) + guess) & 0xff
    }
  }
  return out
}

function paeth(left: number, up: number, corner: number): number {
  const p = left + up - corner
  const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)]
  return a <= b && a <= c ? left : b <= c ? up : corner
}

/** The share (0 to 1) of the pixels in a box that differ from `background` by more than `by`. */
export function inkShare(
  pixels: Pixels,
  box: { left: number; top: number; right: number; bottom: number },
  background: [number, number, number],
  by = 48
): number {
  let ink = 0
  let all = 0
  const [left, right] = [Math.max(0, Math.round(box.left)), Math.min(pixels.width, box.right)]
  const [top, bottom] = [Math.max(0, Math.round(box.top)), Math.min(pixels.height, box.bottom)]
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const i = (y * pixels.width + x) * 3
      const distance = background.reduce((sum, value, c) => {
        return sum + Math.abs((pixels.rgb[i + c] ?? 0) - value)
      }, 0)
      if (distance > by) ink++
      all++
    }
  }
  return all === 0 ? 0 : ink / all
}
