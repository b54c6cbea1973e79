// Values read from configuration, as messages show them, and added to objects safely.
import type { YamlWording } from './yaml-data.js'

/**
 * Adds `key` to `object` by definition: assigning `__proto__` would replace the object's prototype
 * instead of adding a key the schema can refuse.
 */
export function defineKey(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

/** Whether `value` is a mapping. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What kind of value `value` is, as a message says it. */
export function kindOf(value: unknown, wording: YamlWording): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `${wording.stringNoun} ${showValue(value, wording)}`
  return showValue(value, wording)
}

/** A value as a message shows it: quoted when a scalar, by its kind when a collection. */
export function showValue(value: unknown, wording: YamlWording): string {
  if (value === null || value === undefined) return 'empty'
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping'
  return `\`${show(String(value), wording.width)}\``
}

/** Text fit for a one-line message: control characters escaped, long text cut past `max`. */
export function show(text: string, max = 80): string {
  const flat = text.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, (character) => {
    if (character === '\n') return '\\n'
    if (character === '\t') return '\\t'
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export function unique(values: string[]): string[] {
  return [...new Set(values)]
}

const typeWords = new Map([
  ['object', 'a mapping'],
  ['array', 'a list'],
  ['integer', 'a whole number'],
  ['number', 'a number'],
  ['boolean', '`true` or `false`'],
  ['null', 'empty']
])

/** A JSON Schema type as a message names it (`integer`: a whole number), or undefined. */
export function typeWord(type: unknown, wording: YamlWording): string | undefined {
  if (type === 'string') return wording.stringType
  return typeof type === 'string' ? typeWords.get(type) : undefined
}
