import { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { formatMessage, summary } from '../src/report.js'

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

  it('formats a message as `file:line:column  severity  message  rule-id`', () => {
    const message = new VFileMessage('Unexpected note `7` after `5`, expected `6`', {
      place: { line: 3, column: 14 },
      ruleId: 'note-sequence',
      source: 'colophon'
    })
    message.file = 'book.txt'
    message.fatal = true
    expect(formatMessage(message)).toBe(
      'book.txt:3:14  error  Unexpected note `7` after `5`, expected `6`  note-sequence'
    )
    message.fatal = undefined
    expect(summary([message, message])).toBe('0 errors, 0 warnings, 2 info')
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
