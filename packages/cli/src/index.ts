// The `colophon` command: parses arguments and runs a command; returns the exit code.
import { Command, CommanderError, Option } from 'commander'
import { type BuildOptions, buildCommand } from './build.js'
import { type CheckCommandOptions, checkCommand, formats } from './checks.js'
import { exit, type Output, parseCommand } from './commands.js'
import { OutputError } from './write.js'

export { exit, type Output } from './commands.js'
export { editionName } from './editions.js'
export { editionInputs } from './inputs.js'
export { findManuscripts } from './manuscripts.js'

const standard: Output = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  isTTY: process.stdout.isTTY === true,
  env: process.env
}

/** Runs `colophon` with `argv` (without the node and script names). */
export async function main(argv: readonly string[], io: Output = standard): Promise<number> {
  let code: number = exit.ok
  const done = (result: number) => {
    code = result
  }
  const program = newProgram(io)
  addParse(program, io, done)
  addBuild(program, io, done)
  addCheck(program, io, done)
  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (error) {
    return failureCode(error, io)
  }
  return code
}

/** The program with no commands yet: its name, version and where its own messages go. */
function newProgram(io: Output): Command {
  return new Command('colophon')
    .description('Raw manuscripts in; checked, citable editions out.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text.trimEnd())
    })
    .showHelpAfterError('(run `colophon --help` for usage)')
}

/** `colophon parse`: one manuscript's tree as JSON; `done` gets its exit code. */
function addParse(program: Command, io: Output, done: (code: number) => void): void {
  program
    .command('parse')
    .description('parse a manuscript and print its edition AST as JSON')
    .argument(
      '<file>',
      'a manuscript (.txt, or Markdown: .md, .markdown, .mdown, .mkd), settings read from name.yaml beside it or its front matter; or a reader or book manifest'
    )
    .option('-o, --out <path>', 'write the JSON to this file (atomically) instead of printing it')
    .option('--pretty', 'indent the JSON')
    .action(async (file: string, options: { out?: string; pretty?: boolean }) => {
      done(await parseCommand(file, options, io))
    })
}

/** `colophon build`: the editions (JSON, HTML, PDF, EPUB) of manuscripts; `done` gets its exit code. */
function addBuild(program: Command, io: Output, done: (code: number) => void): void {
  program
    .command('build')
    .description('build the edition of every manuscript in the paths (default: source/)')
    .argument(
      '[paths...]',
      'manuscript files, reader or book manifests (name.reader.yaml, name.book.yaml) or folders'
    )
    .option('-o, --out <dir>', 'folder to write editions into', 'editions')
    .option('--json', 'write the edition AST as JSON')
    .option('--html', 'write the HTML edition')
    .option('--pdf', 'write the PDF edition and its concordance (paragraph and claim to page)')
    .option('--epub', "write the EPUB edition (with the PDF's page numbers when both are built)")
    .option('--print', 'PDF for a printer: 3 mm bleed and crop marks')
    .option(
      '--size <size>',
      'PDF trim size: 6x9in (default), A4, A5, Letter or WIDTHxHEIGHT with a unit'
    )
    .option(
      '--notes <placement>',
      'PDF notes at the foot of the page (default), at the end of chapters or of the book (foot, end, book)'
    )
    .option(
      '--paragraphs <style>',
      'PDF paragraphs indented with no space between them (default), or set apart by space (indented, block)'
    )
    .option(
      '--cache <dir>',
      'keep paginated PDF parts here, so a rebuild lays out only what changed (default: node_modules/.cache/colophon when the working folder has node_modules)'
    )
    .option('--no-cache', 'lay out every part of the PDF again')
    .option('--allow-outside-root', 'let a reader manifest name sources outside the project')
    .option(
      '--browser <path>',
      'Chromium or Chrome for the PDF (else COLOPHON_BROWSER, the system, npm)'
    )
    .option(
      '--budget <phase=seconds>',
      'time allowed for launch, paginate (each chapter), print (each chapter) or finish (stitching; repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      []
    )
    .option('--max-pages <n>', 'refuse a PDF longer than this', '3000')
    .option(
      '--audit <file>',
      "write the PDF's typographic audit (broken words, loose and ragged lines, spreads) as JSON"
    )
    .option(
      '--max-warnings <n>',
      "fail (exit 1) when there are more warnings than this, the checks' and the PDF's (its audit's)"
    )
    .option(
      '--concurrency <n>',
      'PDF parts laid out at once (else COLOPHON_CONCURRENCY, else the number of cores)'
    )
    .action(async (paths: string[], options: BuildOptions) => {
      done(await buildCommand(paths, options, io))
    })
}

/** `colophon check`: the notes and citations of manuscripts; `done` gets its exit code. */
function addCheck(program: Command, io: Output, done: (code: number) => void): void {
  program
    .command('check')
    .description(
      'check the notes and citations of manuscripts: missing, unused, duplicated, out-of-order or ambiguous notes, and uncited quotations and figures'
    )
    .argument(
      '<paths...>',
      'manuscript files, reader or book manifests, folders (every .txt and Markdown file and manifest inside) or globs'
    )
    .addOption(
      new Option('-f, --format <format>', 'report format').choices(formats).default('terminal')
    )
    .option(
      '--rule <id=level>',
      'set a rule to off, info, warn or error (repeatable; over the settings)',
      (value: string, previous: string[]) => [...previous, value],
      []
    )
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of printing it')
    .action(async (paths: string[], options: CheckCommandOptions) => {
      done(await checkCommand(paths, options, io))
    })
}

/** The exit code when the program throws: usage and output errors said on stderr. */
function failureCode(error: unknown, io: Output): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ||
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version'
      ? exit.ok
      : exit.usage
  }
  if (error instanceof OutputError) {
    io.stderr(`colophon: ${error.message}`)
    return exit.usage
  }
  io.stderr(`colophon: internal error: ${error instanceof Error ? error.message : String(error)}`)
  return exit.usage
}
