// Golden fixtures: each folder in fixtures/ holds `input.txt` (and optionally its
// settings `input.yaml` and a notes file); `output.json` is the expected tree and
// messages. `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites the outputs;
// review the diff before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateEdition } from '@colophon/schema'
import { describe, expect, it } from 'vitest'
import { parseFile, severityOf } from '../src/index.js'

const root = fileURLToPath(new URL('fixtures/', import.meta.url))
const update = process.env.UPDATE === '1'

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name)
    it(name, () => {
      const result = parseFile(join(folder, 'input.txt'), { root: folder })
      expect(result.tree).toBeDefined()
      const valid = validateEdition(result.tree)
      expect(valid.ok ? [] : valid.problems).toEqual([])
      const actual = `${JSON.stringify(
        {
          messages: result.messages.map(
            (message) =>
              `${message.line ?? 0}:${message.column ?? 0} ${severityOf(message)} ${message.ruleId} ${message.reason}`
          ),
          tree: result.tree
        },
        null,
        2
      )}\n`.replaceAll(`${folder}/`, '')
      const expectedPath = join(folder, 'output.json')
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, actual)
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
    })
  }
})
