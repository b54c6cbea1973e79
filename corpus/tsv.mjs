// The corpus's tab-separated files (oracles, gold sets): blank lines and `#` comments skipped.
import { readFileSync } from 'node:fs'

/**
 * Calls `each` with the cells of every data row of the file at `path`, the row's place for
 * messages (`path:line`) and its line number.
 */
export function eachRow(path, each) {
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((row, index) => {
      if (row.trim() === '' || row.startsWith('#')) return
      each(row.split('\t'), `${path}:${index + 1}`, index + 1)
    })
}
