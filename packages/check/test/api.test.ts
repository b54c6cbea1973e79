import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))

describe('@colophon/check', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'check',
      'formatCounts',
      'formatGithub',
      'formatJson',
      'formatLine',
      'formatSarif',
      'formatTerminal',
      'rules'
    ])
  })

  it('prints what the README’s example says it prints', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const use = readme.slice(readme.indexOf('## Use'))
    const code = /```js\n([\s\S]*?)```/.exec(use)?.[1]
    const output = /```text\n([\s\S]*?)```/.exec(use)?.[1]
    expect(code).toBeDefined()
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', code ?? ''], {
      cwd: packageRoot,
      encoding: 'utf8'
    })
    expect(printed).toBe(output)
  })
})
