// The configurable rules: the ids of the settings schema, each in the README's table of rules.
// The registry's own tests (`@colophon/diagnostics`) hold every rule to its docs and the sources.
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

  it('documents every rule in the README, with its default severity', () => {
    const table = readme.slice(readme.indexOf('## Rules'))
    for (const [id, rule] of Object.entries(rules)) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${id}\``))
      expect(row, `README row for ${id}`).toBeDefined()
      expect(row).toContain(rule.severity)
    }
  })
})
