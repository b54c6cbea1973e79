// The ICC profile of the print edition's output intent: a monochrome output (`prtr`) profile,
// version 2.1, whose one channel maps the gray of the text to luminance by a gamma of 2.2
// under the D50 illuminant. The edition prints in one ink (its text, rules and numbers are
// DeviceGray), so a gray profile states the condition it is made for; a press converts from it
// to its own. It is written here, by the layout of ICC.1:2001-04, rather than shipped as a file:
// 400 bytes whose every field is below.

/** The D50 illuminant, the profile connection space's white, in XYZ. */
const d50 = [0.9642, 1.0, 0.8249] as const
const gamma = 2.2

export const grayProfileName = 'Colophon Gray, gamma 2.2, D50'

/** The profile's bytes. */
export function grayProfile(): Uint8Array {
  const tags: [string, Uint8Array][] = [
    ['desc', textDescription(grayProfileName)],
    ['cprt', text('No copyright: use freely.')],
    ['wtpt', xyz(d50)],
    ['kTRC', curve(gamma)]
  ]
  const tableEnd = 128 + 4 + 12 * tags.length
  const placed: { signature: string; offset: number; data: Uint8Array }[] = []
  let offset = tableEnd
  for (const [signature, data] of tags) {
    placed.push({ signature, offset, data })
    offset += padded(data.length)
  }
  const bytes = new Uint8Array(offset)
  const view = new DataView(bytes.buffer)
  header(view, offset)
  view.setUint32(128, tags.length)
  placed.forEach((tag, index) => {
    ascii(bytes, 132 + 12 * index, tag.signature)
    view.setUint32(136 + 12 * index, tag.offset)
    view.setUint32(140 + 12 * index, tag.data.length)
    bytes.set(tag.data, tag.offset)
  })
  return bytes
}

/** The 128-byte header: size, version, class, colour spaces, a fixed date, the illuminant. */
function header(view: DataView, size: number): void {
  const bytes = new Uint8Array(view.buffer)
  view.setUint32(0, size)
  view.setUint32(8, 0x02100000)
  ascii(bytes, 12, 'prtr')
  ascii(bytes, 16, 'GRAY')
  ascii(bytes, 20, 'XYZ ')
  // 2026-01-01 00:00:00: fixed, so that the profile's bytes are always the same.
  for (const [index, value] of [2026, 1, 1, 0, 0, 0].entries())
    view.setUint16(24 + 2 * index, value)
  ascii(bytes, 36, 'acsp')
  // Rendering intent 0, perceptual.
  view.setUint32(64, 0)
  for (const [index, value] of d50.entries()) view.setInt32(68 + 4 * index, s15Fixed16(value))
}

/** `textDescriptionType`: the name in ASCII, no Unicode or ScriptCode version. */
function textDescription(value: string): Uint8Array {
  const bytes = new Uint8Array(12 + value.length + 1 + 4 + 4 + 2 + 1 + 67)
  ascii(bytes, 0, 'desc')
  new DataView(bytes.buffer).setUint32(8, value.length + 1)
  ascii(bytes, 12, value)
  return bytes
}

/** `textType`: ASCII ending in NUL. */
function text(value: string): Uint8Array {
  const bytes = new Uint8Array(8 + value.length + 1)
  ascii(bytes, 0, 'text')
  ascii(bytes, 8, value)
  return bytes
}

/** `XYZType` of one colour. */
function xyz(values: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(8 + 4 * values.length)
  ascii(bytes, 0, 'XYZ ')
  const view = new DataView(bytes.buffer)
  for (const [index, value] of values.entries()) view.setInt32(8 + 4 * index, s15Fixed16(value))
  return bytes
}

/** `curveType` of one entry: a gamma, as a u8Fixed8Number. */
function curve(power: number): Uint8Array {
  const bytes = new Uint8Array(14)
  ascii(bytes, 0, 'curv')
  const view = new DataView(bytes.buffer)
  view.setUint32(8, 1)
  view.setUint16(12, Math.round(power * 256))
  return bytes
}

function s15Fixed16(value: number): number {
  return Math.round(value * 65536)
}

/** Tags start on 4-byte boundaries. */
function padded(length: number): number {
  return Math.ceil(length / 4) * 4
}

function ascii(bytes: Uint8Array, at: number, value: string): void {
  for (let index = 0; index < value.length; index++) bytes[at + index] = value.charCodeAt(index)
}
