// Reads the browser's screenshots back as pixels, so a test can say what a page looks like:
// a PNG of 8-bit grey, RGB or RGBA, not interlaced (what Chromium writes, and what `writePng`
// writes), unfiltered row by row; and writes grey or RGB pixels as a PNG.
import { crc32, deflateSync, inflateSync } from 'node:zlib'

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
      channels = colour === 0 ? 1 : colour === 2 ? 3 : colour === 6 ? 4 : 0
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(
          `Expected 8-bit grey, RGB or RGBA, not interlaced; got depth ${depth}, colour ${colour}`
        )
      }
    } else if (type === 'IDAT') data.push(body)
    at += 12 + length
  }
  const rows = unfilter(inflateSync(Buffer.concat(data)), width, height, channels)
  const rgb = new Uint8Array(width * height * 3)
  for (let i = 0; i < width * height; i++) {
    if (channels === 1) rgb.fill(rows[i] ?? 0, i * 3, i * 3 + 3)
    else rgb.set(rows.subarray(i * channels, i * channels + 3), i * 3)
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

/** Grey pixels: one byte a pixel, row by row, 0 black to 255 white. */
export interface Grey {
  width: number
  height: number
  grey: Uint8Array
}

/** The pixels in grey (their luma, ITU-R BT.601 weights). */
export function greyOf(pixels: Pixels): Grey {
  const grey = new Uint8Array(pixels.width * pixels.height)
  const { rgb } = pixels
  for (let i = 0; i < grey.length; i++) {
    const [r, g, b] = [rgb[i * 3] ?? 0, rgb[i * 3 + 1] ?? 0, rgb[i * 3 + 2] ?? 0]
    grey[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b)
  }
  return { width: pixels.width, height: pixels.height, grey }
}

/** A PNG of grey or RGB pixels: each row filtered as it packs best, deflated at level 9. */
export function writePng(image: Grey | Pixels): Buffer {
  const { width, height } = image
  const [data, channels, colour] = 'grey' in image ? [image.grey, 1, 0] : [image.rgb, 3, 2]
  const stride = width * channels
  const raw = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y++) {
    raw.set(bestFilter(data, y, stride, channels), y * (stride + 1))
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, colour, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from(signature),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** Row `y` filtered (its filter byte first) by whichever filter leaves the smallest sum. */
function bestFilter(data: Uint8Array, y: number, stride: number, channels: number): Uint8Array {
  let best: Uint8Array | undefined
  let bestSum = Number.POSITIVE_INFINITY
  for (let filter = 0; filter < 5; filter++) {
    const out = new Uint8Array(stride + 1)
    out[0] = filter
    let sum = 0
    for (let x = 0; x < stride; x++) {
      const at = y * stride + x
      const left = x >= channels ? (data[at - channels] ?? 0) : 0
      const up = y > 0 ? (data[at - stride] ?? 0) : 0
      const corner = x >= channels && y > 0 ? (data[at - stride - channels] ?? 0) : 0
      const guess = [0, left, up, (left + up) >> 1, paeth(left, up, corner)][filter] ?? 0
      const value = ((data[at] ?? 0) - guess) & 0xff
      out[x + 1] = value
      sum += value < 128 ? value : 256 - value
    }
    if (sum < bestSum) [best, bestSum] = [out, sum]
  }
  return best ?? new Uint8Array(stride + 1)
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(body.length, 0)
  head.write(type, 4, 'latin1')
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0)
  return Buffer.concat([head, body, tail])
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
