// The registry: the same ids as the settings schema, and every rule documented.
import { readFileSync } from 'node:fs'
import { settingsSchema } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { rules } from '../src/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('rules', () => {
  it('has the rule ids the settings schema accepts under `rules`', () => {
    const ids = Object.keys(settingsSchema.$defs.ruleSettings.properties)
    expect(Object.keys(rules).sort()).toEqual([...ids].sort())
  })

  it('names each rule by its invariant, in lowercase words joined by hyphens', () => {
    for (const id of Object.keys(rules)) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/)
  })

  it('documents every rule in the README, with its default severity', () => {
    const table = readme.slice(readme.indexOf('## Rules'))
    for (const [id, rule] of Object.entries(rules)) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${id}\``))
      expect(row, `README row for ${id}`).toBeDefined()
      expect(row).toContain(rule.severity)
    }
  })

  it('says what to do for every rule, and links to a heading that documents it', () => {
    for (const [id, rule] of Object.entries(rules)) {
      expect(rule.description).toMatch(/\.$/)
      expect(rule.fix).toMatch(/\.$/)
      const [file = '', anchor = ''] = rule.docs.split('#')
      const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8')
      const headings = text.split('\n').filter((line) => line.startsWith('#'))
      expect(headings.map(slug)).toContain(anchor)
      expect(text).toContain(`\`${id}\``)
    }
  })
})

/** The anchor a heading gets on a rendered README. */
function slug(heading: string): string {
  return heading
    .replace(/^#+\s*/, '')
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replaceAll(' ', '-')
}
