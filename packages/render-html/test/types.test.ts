// The test files type-check with the package's compiler options, and with them the facts in
// registry-probe.ts: a registry missing a node type's handler, or with a handler for a type
// the AST lacks, does not compile.
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const here = fileURLToPath(new URL('.', import.meta.url))
const configPath = fileURLToPath(new URL('../tsconfig.json', import.meta.url))

describe('types', () => {
  it('the tests and the registry probe compile, every expected error found', () => {
    const config = ts.readConfigFile(configPath, ts.sys.readFile)
    const parsed = ts.parseJsonConfigFileContent(
      config.config,
      ts.sys,
      fileURLToPath(new URL('..', import.meta.url))
    )
    const files = readdirSync(here)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `${here}${name}`)
    // The browser tests' callbacks run in the page: the DOM's types too.
    const lib = [...(parsed.options.lib ?? []), 'lib.dom.d.ts', 'lib.dom.iterable.d.ts']
    // Without `rootDir`: the tests sit outside `src`.
    const { rootDir: _rootDir, ...options } = parsed.options
    const program = ts.createProgram(files, { ...options, lib, noEmit: true })
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined
      const file = d.file ? d.file.fileName.replace(here, 'test/') : ''
      return `${file}:${where ? where.line + 1 : 0} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
    })
    expect(problems).toEqual([])
  })
})
