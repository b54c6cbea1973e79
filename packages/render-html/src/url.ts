// Which link targets may stay links: web and mail addresses, and relative ones. Anything else
// (`javascript:`, `data:`, `vbscript:`, however it is spelled or padded) loses its href.
// The test is `sanitizeUri`'s from micromark, on the URL as `normalizeUri` percent-encodes it
// (so a tab or a space inside a scheme name makes it no scheme we allow); the HTML escaping
// is left to the serialiser.
import { normalizeUri } from 'micromark-util-sanitize-uri'

const allowed = /^(?:https?|mailto)$/i

/** The URL, percent-encoded, or `undefined` when it must not be a link. */
export function safeUrl(url: string): string | undefined {
  const value = normalizeUri(url)
  if (value === '') return undefined
  const colon = value.indexOf(':')
  const end = (char: string) => {
    const at = value.indexOf(char)
    return at === -1 ? Number.POSITIVE_INFINITY : at
  }
  // No colon, or one after a path, query or fragment began: a relative URL.
  if (colon === -1 || colon > Math.min(end('/'), end('?'), end('#'))) return value
  return allowed.test(value.slice(0, colon)) ? value : undefined
}
