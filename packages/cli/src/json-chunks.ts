// A value as JSON, in pieces to write one after another: the bytes of `JSON.stringify(value)`
// without the whole string. A tree of a 7 MB manuscript is 28 MB of JSON; made as one string,
// then one buffer of UTF-8, it was 0.3 s of a 1 s `colophon parse` (most of it the two large
// allocations and their encoding), against 0.2 s in pieces of a megabyte, and less again when
// each text is handed on as it is made and the writer gathers their bytes (`size: 0`).

/** Options of `jsonChunks`. */
export interface JsonChunksOptions {
  /**
   * How deep containers are written member by member; deeper values are `JSON.stringify`'d
   * whole. 6 reaches the paragraphs of an edition tree (root, chapters, sections).
   */
  depth?: number
  /**
   * About how many characters a piece holds; a value written whole may make it longer. 0 gives
   * each text as it is made, for a writer that gathers them itself.
   */
  size?: number
}

interface Pieces {
  parts: string[]
  length: number
  readonly size: number
}

/**
 * `JSON.stringify(value)` in pieces, without indentation; no piece at all for a value that has
 * no JSON (undefined, a function), for which `JSON.stringify` gives `undefined`.
 */
export function* jsonChunks(value: unknown, options: JsonChunksOptions = {}): Generator<string> {
  if (!isContainer(value) && JSON.stringify(value) === undefined) return
  const pieces: Pieces = { parts: [], length: 0, size: options.size ?? 1 << 20 }
  yield* write(value, options.depth ?? 6, pieces)
  if (pieces.length > 0) yield pieces.parts.join('')
}

/** Plain objects and arrays, whose members `JSON.stringify` writes without a `toJSON`. */
function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  )
}

/** Adds `text`; the piece it fills, if it fills one. */
function add(text: string, pieces: Pieces): string | undefined {
  if (pieces.size === 0) return text
  pieces.parts.push(text)
  pieces.length += text.length
  if (pieces.length < pieces.size) return undefined
  const piece = pieces.parts.join('')
  pieces.parts = []
  pieces.length = 0
  return piece
}

/**
 * Writes `value`: a container member by member while `depth` lasts, anything else whole.
 * `member` says how `JSON.stringify` writes a value that has no JSON (undefined, a function):
 * `null` in an array, nothing (the member left out) in an object.
 */
function* write(value: unknown, depth: number, pieces: Pieces): Generator<string> {
  if (depth === 0 || !isContainer(value)) {
    const piece = add(JSON.stringify(value) ?? 'null', pieces)
    if (piece !== undefined) yield piece
    return
  }
  const array = Array.isArray(value)
  const keys = array ? undefined : Object.keys(value)
  const count = keys === undefined ? (value as unknown[]).length : keys.length
  let written = 0
  let piece = add(array ? '[' : '{', pieces)
  if (piece !== undefined) yield piece
  for (let i = 0; i < count; i++) {
    const key = keys?.[i]
    const member =
      key === undefined ? (value as unknown[])[i] : (value as Record<string, unknown>)[key]
    if (key !== undefined && !isContainer(member) && JSON.stringify(member) === undefined) continue
    const comma = written > 0 ? ',' : ''
    piece = add(key === undefined ? comma : `${comma}${JSON.stringify(key)}:`, pieces)
    if (piece !== undefined) yield piece
    written++
    yield* write(member, depth - 1, pieces)
  }
  piece = add(array ? ']' : '}', pieces)
  if (piece !== undefined) yield piece
}
