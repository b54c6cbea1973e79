// The reporters, golden-tested on the results of `fixtures/reporters/`: a manuscript with one
// message of most rules, a clean one, and a missing file. `UPDATE=1 npx vitest run
// test/reporters.test.ts` rewrites the `output*` files; review the diff before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '@colophon/parser'
import { validateReport } from '@colophon/schema'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import {
  type CheckResult,
  check,
  formatCounts,
  formatGithub,
  formatJson,
  formatLine,
  formatSarif,
  formatTerminal,
  rules
} from '../src/index.js'
import { settingsOf } from './helpers.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const folder = fileURLToPath(new URL('fixtures/reporters/', import.meta.url))
const update = process.env.UPDATE === '1'

/** Checks the fixture manuscripts, with paths relative to the package as a command would show. */
function fixtureResults(): CheckResult[] {
  return ['book.txt', 'clean.txt', 'missing.txt'].map((name) => {
    const absolute = join(folder, name)
    const path = relative(packageRoot, absolute)
    const parsed = parseFile(absolute)
    const messages = check(parsed.tree, {
      messages: parsed.messages,
      settings: parsed.tree ? settingsOf(absolute) : {},
      ...(parsed.files ? { files: parsed.files } : {})
    })
    for (const message of messages) {
      message.file = path
      if (message.cause instanceof VFileMessage) message.cause.file = path
    }
    return { path, messages }
  })
}

function golden(name: string, actual: string): void {
  const path = join(folder, name)
  if (update || !existsSync(path)) writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

/** A validator of the SARIF 2.1.0 JSON Schema that @microsoft/jest-sarif ships (draft-04). */
function sarifValidator() {
  const require = createRequire(import.meta.url)
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  // The schema's language pattern, `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`, has a stray `]`
  // that only regular expressions without the `u` flag accept.
  // Both are CommonJS modules whose export is also their own `default`, which is how
  // TypeScript sees them from an ES module.
  const ajv = new ajvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false })
  ajvFormats.default(ajv)
  return ajv.compile(schema)
}

const results = fixtureResults()

describe('formatTerminal', () => {
  it('groups by file, aligns the columns and ends with a summary', () => {
    golden('output-terminal.txt', formatTerminal(results, { color: false }))
  })

  it('colours severities, places and rule ids only when asked', () => {
    const colored = formatTerminal(results, { color: true })
    golden('output-terminal-color.txt', colored)
    expect(colored).toContain('\u001b[31merror\u001b[39m')
    // Without the escapes, the coloured report is the plain one.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes
    expect(colored.replace(/\u001b\[[0-9]+m/g, '')).toBe(formatTerminal(results, { color: false }))
  })

  it('says when there is nothing to report', () => {
    expect(formatTerminal([{ path: 'a.txt', messages: [] }], { color: false })).toBe(
      '✔ No problems\n'
    )
  })
})

describe('formatJson', () => {
  it('writes a report that validates against report.schema.json', () => {
    const json = formatJson(results)
    golden('output.json', json)
    const report = JSON.parse(json)
    const valid = validateReport(report)
    expect(valid.ok ? [] : valid.problems).toEqual([])
    expect(report.files.map((file: { path: string }) => file.path)).toEqual([
      'test/fixtures/reporters/book.txt',
      'test/fixtures/reporters/clean.txt',
      'test/fixtures/reporters/missing.txt'
    ])
    expect(report.counts).toEqual({ error: 5, warning: 3, info: 1 })
  })
})

describe('formatSarif', () => {
  const validate = sarifValidator()

  it('writes a SARIF 2.1.0 log that validates against the SARIF schema', () => {
    const sarif = formatSarif(results)
    golden('output.sarif', sarif)
    const log = JSON.parse(sarif)
    expect(validate(log) ? [] : validate.errors).toEqual([])
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].tool.driver.name).toBe('colophon')
  })

  it('describes every rule and points each result at its rule', () => {
    const log = JSON.parse(formatSarif(results))
    const driver = log.runs[0].tool.driver
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(Object.keys(rules))
    for (const result of log.runs[0].results) {
      expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      expect(['error', 'warning', 'note']).toContain(result.level)
    }
  })

  it('names the first body of a duplicated note as a related location', () => {
    const log = JSON.parse(formatSarif(results))
    const unique = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'note-unique')
    expect(unique.relatedLocations[0].physicalLocation.region.startLine).toBe(9)
    expect(unique.relatedLocations[0].message.text).toBe('First body of note `3`')
  })

  it('is the same for the same results, and has no timestamps', () => {
    const sarif = formatSarif(results)
    expect(formatSarif(fixtureResults())).toBe(sarif)
    expect(sarif).not.toMatch(/Time|time"/)
  })

  it('writes an absolute path as a file URL and a relative one as a relative reference', () => {
    const message = new VFileMessage('Reason', {
      place: { line: 1, column: 2 },
      ruleId: 'text-empty'
    })
    const uris = (path: string) =>
      JSON.parse(formatSarif([{ path, messages: [message] }])).runs[0].results[0].locations[0]
        .physicalLocation.artifactLocation.uri
    expect(uris('my notes/book #2.txt')).toBe('my%20notes/book%20%232.txt')
    expect(uris('/tmp/book.txt')).toBe('file:///tmp/book.txt')
    const log = JSON.parse(formatSarif([{ path: 'my notes/book #2.txt', messages: [message] }]))
    expect(validate(log) ? [] : validate.errors).toEqual([])
  })
})

describe('formatGithub', () => {
  it('writes one workflow command per message', () => {
    golden('output-github.txt', formatGithub(results))
  })

  it('escapes `%`, CR and LF in messages, and also `:` and `,` in properties', () => {
    const message = new VFileMessage('100% sure:\r\nline, two', {
      place: { start: { line: 3, column: 4 }, end: { line: 3, column: 9 } },
      ruleId: 'note-sequence'
    })
    message.fatal = false
    expect(formatGithub([{ path: 'a,b:c%.txt', messages: [message] }])).toBe(
      '::warning file=a%2Cb%3Ac%25.txt,line=3,col=4,endLine=3,endColumn=9,title=note-sequence::100%25 sure:%0D%0Aline, two\n'
    )
  })

  it('uses `notice` for info, and leaves out the place of a message about a whole file', () => {
    const message = new VFileMessage('File not found; check the path', {
      ruleId: 'file-unreadable'
    })
    expect(formatGithub([{ path: 'a.txt', messages: [message] }])).toBe(
      '::notice file=a.txt,title=file-unreadable::File not found; check the path\n'
    )
  })

  it('formats a message on one line, `file:line:column  severity  message  rule-id`, and counts', () => {
    const message = new VFileMessage('Unexpected note `7` after `5`, expected `6`', {
      place: { line: 3, column: 14 },
      ruleId: 'note-sequence',
      source: 'colophon'
    })
    message.file = 'book.txt'
    message.fatal = true
    expect(formatLine(message)).toBe(
      'book.txt:3:14  error  Unexpected note `7` after `5`, expected `6`  note-sequence'
    )
    message.fatal = undefined
    expect(formatCounts([message, message])).toBe('0 errors, 0 warnings, 2 info')
    const whole = new VFileMessage('File not found; check the path', { ruleId: 'file-unreadable' })
    whole.file = 'gone.txt'
    whole.fatal = true
    expect(formatLine(whole)).toBe(
      'gone.txt  error  File not found; check the path  file-unreadable'
    )
  })
})
