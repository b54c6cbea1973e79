// The registry: every rule named by its invariant and documented in the README section its url
// names, with its default severity; every rule id the packages' sources name is registered.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { docsBase, rules } from '../src/index.js'

const repo = fileURLToPath(new URL('../../../', import.meta.url))

/** Strings in the sources that look like rule ids and are not: class names, a library. */
const notRules = new Set(['book-notes', 'image-alt', 'notes-heading', 'notes-title', 'pdf-lib'])

describe('rules', () => {
  it('names each rule by its invariant, in lowercase words joined by hyphens', () => {
    for (const id of Object.keys(rules)) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/)
  })

  it('says what each rule checks and what to do, in sentences', () => {
    for (const rule of Object.values(rules)) {
      expect(rule.description).toMatch(/\.$/)
      expect(rule.fix).toMatch(/\.$/)
    }
  })

  it('links each rule to the README section that documents it, with its default severity', () => {
    for (const [id, rule] of Object.entries(rules)) {
      expect(rule.url).toBe(`${docsBase}${rule.docs}`)
      const [file = '', anchor = ''] = rule.docs.split('#')
      const row = sectionOf(readFileSync(join(repo, file), 'utf8'), anchor)
        .split('\n')
        .find((line) => line.startsWith('|') && (line.split('|')[1] ?? '').includes(`\`${id}\``))
      expect(row, `${file}#${anchor}: a row for \`${id}\``).toBeDefined()
      expect(row).toContain(rule.severity)
    }
  })

  it('registers every rule id the sources name', () => {
    const ids = new Set(Object.keys(rules))
    const prefixes = new Set([...ids].map((id) => id.split('-')[0]))
    const unknown: string[] = []
    for (const file of sources(join(repo, 'packages'))) {
      const text = readFileSync(file, 'utf8')
      for (const [, name = ''] of text.matchAll(/['`"]([a-z]+(?:-[a-z]+)+)['`"]/g)) {
        const prefix = name.split('-')[0]
        if (prefixes.has(prefix) && !ids.has(name) && !notRules.has(name)) {
          unknown.push(`${name} in ${file.slice(repo.length)}`)
        }
      }
    }
    expect(unknown).toEqual([])
  })
})

/** The text under the heading whose anchor is `anchor`, up to the next heading of its level. */
function sectionOf(text: string, anchor: string): string {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => line.startsWith('#') && slug(line) === anchor)
  if (start < 0) return ''
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 1
  const end = lines.findIndex(
    (line, index) =>
      index > start && /^#+ /.test(line) && (/^#+/.exec(line)?.[0].length ?? 0) <= level
  )
  return lines.slice(start, end < 0 ? undefined : end).join('\n')
}

/** The anchor a heading gets on a rendered README. */
function slug(heading: string): string {
  return heading
    .replace(/^#+\s*/, '')
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replaceAll(' ', '-')
}

/** The TypeScript sources of every package (generated files aside). */
function* sources(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!['node_modules', 'dist', 'generated', 'test', 'reports'].includes(entry.name)) {
        yield* sources(path)
      }
    } else if (entry.name.endsWith('.ts') && !path.includes('/packages/diagnostics/')) yield path
  }
}
