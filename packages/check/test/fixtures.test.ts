// Golden fixtures of the rules: `fixtures/rules/<rule-id>/<case>/input.txt`, with its settings
// in `input.yaml` when it has any; `output.txt` holds the messages `check` returns, one a line.
// Every rule the checker finds has a `fail` case, which reports it, and a `pass` case, which
// does not. `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites the outputs; review the
// diff before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { rules } from '../src/index.js'
import { checkFile, show } from './helpers.js'

const root = fileURLToPath(new URL('fixtures/rules/', import.meta.url))
const update = process.env.UPDATE === '1'

describe('rule fixtures', () => {
  for (const rule of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, rule)).sort()) {
      const folder = join(root, rule, name)
      it(`${rule}: ${name}`, () => {
        const messages = checkFile(join(folder, 'input.txt'))
        const actual = messages.map((message) => `${show(message)}\n`).join('')
        const expectedPath = join(folder, 'output.txt')
        if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, actual)
        expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
        const ids = messages.map((message) => message.ruleId)
        if (name === 'fail') expect(ids).toContain(rule)
        if (name === 'pass') expect(ids).not.toContain(rule)
      })
      // The same fault written in Markdown is found the same way.
      if (existsSync(join(folder, 'input.md'))) {
        it(`${rule}: ${name} (Markdown)`, () => {
          const messages = checkFile(join(folder, 'input.md'))
          const actual = messages.map((message) => `${show(message)}\n`).join('')
          const expectedPath = join(folder, 'output.md.txt')
          if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, actual)
          expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
          // A Markdown case may give its settings as front matter (a Markdown book's notes are
          // renumbered unless `notes.labels: keep`), which sets the shared sidecar aside.
          const ids = (list: VFileMessage[]) =>
            [...new Set(list.map((m) => m.ruleId))].filter((id) => id !== 'settings-ignored').sort()
          expect(ids(messages)).toEqual(ids(checkFile(join(folder, 'input.txt'))))
        })
      }
    }
  }

  it('has a failing and a passing case for every rule the checker finds', () => {
    for (const [id, rule] of Object.entries(rules)) {
      if (rule.package !== 'check') continue
      expect(existsSync(join(root, id, 'fail', 'input.txt')), `${id}/fail`).toBe(true)
      expect(existsSync(join(root, id, 'pass', 'input.txt')), `${id}/pass`).toBe(true)
    }
  })
})
