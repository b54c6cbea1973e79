// The `colophon-shelf` command: `colophon-shelf [PATH…] [--out DIR] [--json] [--html] [--pdf]
// [--epub] [--concurrency N] [--force]` builds the shelf; `colophon-shelf edition …` is the task
// of one edition, which turbo runs.
import { parseArgs } from 'node:util'
import { editionTask } from './edition.js'
import { buildShelf } from './run.js'

/** Runs `colophon-shelf` with `argv` (without the node and script names); the exit code. */
export async function shelfMain(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'edition') return editionTask(argv.slice(1))
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    process.stderr.write(
      `colophon-shelf: ${error instanceof Error ? error.message : String(error)}\n`
    )
    return 2
  }
  const { values, positionals } = parsed
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency)
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    process.stderr.write(
      `colophon-shelf: Unexpected \`--concurrency ${values.concurrency}\`, expected a whole number of 1 or more\n`
    )
    return 2
  }
  const formats = (['json', 'html', 'pdf', 'epub'] as const)
    .filter((format) => values[format] === true)
    .map((format) => `--${format}`)
  return buildShelf(
    process.cwd(),
    {
      paths: positionals.length > 0 ? positionals : ['source'],
      out: values.out ?? 'editions',
      formats,
      concurrency,
      turbo: values.force === true ? ['--force'] : []
    },
    {
      stdout: (line) => process.stdout.write(`${line}\n`),
      stderr: (line) => process.stderr.write(`${line}\n`),
      env: process.env
    }
  )
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean' },
      html: { type: 'boolean' },
      pdf: { type: 'boolean' },
      epub: { type: 'boolean' },
      concurrency: { type: 'string' },
      force: { type: 'boolean' }
    }
  })
}
