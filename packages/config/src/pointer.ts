// JSON pointers, the keys by which the place of each value of the YAML is found.

/** Whether `path` is one of `roots` or inside one. */
export function isUnder(path: string, roots: Set<string>): boolean {
  for (const root of roots) if (path === root || path.startsWith(`${root}/`)) return true
  return false
}

/** The unescaped segments of a JSON pointer. */
export function segmentsOf(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map(unescapePointer)
}

/** `name` as a segment of a JSON pointer. */
export function escapePointer(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1')
}

/** A segment of a JSON pointer as the name it stands for. */
export function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~')
}
