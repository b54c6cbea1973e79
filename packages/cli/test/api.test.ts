import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('@colophon/cli', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'editionInputs',
      'editionName',
      'exit',
      'findManuscripts',
      'main'
    ])
    expect(api.exit).toEqual({ ok: 0, errors: 1, usage: 2 })
  })

  it('returns 2 for bad usage without printing a stack', async () => {
    const lines: string[] = []
    const io = {
      stdout: (text: string) => lines.push(text),
      stderr: (text: string) => lines.push(text)
    }
    expect(await api.main(['parse'], io)).toBe(2)
    expect(lines.join('\n')).toContain("missing required argument 'file'")
    expect(lines.join('\n')).not.toMatch(/\n\s+at /)
  })
})
