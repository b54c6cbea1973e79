// Faults of the PDF's browser and budgets, each case a `colophon build --pdf` process of its
// own: the browser killed by its pid mid-render, a budget that trips, and a word of 200,000
// letters that once ran past every budget. A failed PDF is a message and no edition.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { colophon, descendants, inventory, messages, repo, scratch } from './run.js'

const seed = readFileSync(join(repo, 'source', 'snyder-bloodlands-ch2-class-terror.txt'), 'utf8')

/** A folder with `book.txt`, `copies` chapters of the first manuscript's text. */
function book(name: string, copies: number) {
  const folder = scratch(name)
  const chapters = Array.from({ length: copies }, (_, i) => `CHAPTER ${i + 1}\n\n${seed}`)
  writeFileSync(join(folder, 'book.txt'), `Book\n\n${chapters.join('\n\n')}`)
  writeFileSync(join(folder, 'book.yaml'), 'notes:\n  bodies: absent\n')
  return { folder, before: inventory(folder) }
}

/**
 * The browser's main process among the command's descendants: Chromium's, without `--type=`
 * (its helpers have one), and not a shell script that starts it (`/usr/bin/chromium-*` may be one).
 */
function browserOf(pid: number): number | undefined {
  return descendants(pid).find((id) => {
    try {
      const command = readFileSync(`/proc/${id}/cmdline`, 'utf8').split('\0')
      return (
        /chrom/i.test(command[0] ?? '') &&
        !command.some((argument) => argument.startsWith('--type='))
      )
    } catch {
      return false
    }
  })
}

describe('the browser killed by its pid mid-render', () => {
  it.skipIf(process.platform !== 'linux')(
    'says so, writes no edition, and ends',
    async () => {
      const { folder, before } = book('killed', 6)
      let pid = 0
      let killed = false
      const run = await colophon(['build', 'book.txt', '--out', 'out', '--pdf', '--no-cache'], {
        cwd: folder,
        timeout: 180_000,
        started: (id) => {
          pid = id
        },
        progress: (stderr) => {
          if (killed || !/Paginating .*\(2 of/.test(stderr)) return
          const browser = browserOf(pid)
          if (browser === undefined) return
          killed = true
          process.kill(browser, 'SIGKILL')
        }
      })
      expect(killed, run.stderr).toBe(true)
      expect(run.timedOut).toBe(false)
      expect(run.code, run.stderr).toBe(1)
      expect(run.stderr).toMatch(/ {2}pdf-browser$/m)
      expect(run.stderr).toContain('book.txt: no edition written')
      expect(inventory(folder)).toEqual(before)
    },
    200_000
  )
})

describe('budgets', () => {
  it('a pagination budget that trips: named, with how to raise it, and no edition', async () => {
    const { folder, before } = book('budget', 3)
    const run = await colophon(
      ['build', 'book.txt', '--out', 'out', '--pdf', '--no-cache', '--budget', 'paginate=0.05'],
      { cwd: folder, timeout: 120_000 }
    )
    expect(run.timedOut).toBe(false)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/--budget paginate=SECONDS.* {2}pdf-budget-paginate$/m)
    expect(inventory(folder)).toEqual(before)
  }, 150_000)

  it('a budget for stitching and finishing that trips: named, and no edition', async () => {
    const { folder, before } = book('finish-budget', 1)
    const run = await colophon(
      ['build', 'book.txt', '--out', 'out', '--pdf', '--no-cache', '--budget', 'finish=0.001'],
      { cwd: folder, timeout: 120_000 }
    )
    expect(run.timedOut).toBe(false)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/--budget finish=SECONDS.* {2}pdf-budget-finish$/m)
    expect(inventory(folder)).toEqual(before)
  }, 150_000)

  it('a paragraph of one 200,000-letter word: laid out well within the budgets', async () => {
    const folder = scratch('long-word')
    writeFileSync(join(folder, 'word.txt'), `Title\n\nA ${'x'.repeat(200_000)} word.\n`)
    const run = await colophon(['build', 'word.txt', '--out', 'out', '--pdf', '--no-cache'], {
      cwd: folder,
      timeout: 150_000
    })
    expect(run.timedOut).toBe(false)
    expect(messages(run.stderr).filter((m) => m.severity === 'error')).toEqual([])
    expect(run.code).toBe(0)
    expect(readdirSync(join(folder, 'out/word')).sort()).toEqual([
      'word.concordance.json',
      'word.pdf'
    ])
  }, 180_000)
})
