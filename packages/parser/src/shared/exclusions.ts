// Blocks the settings keep out of the text (`exclude`), for every front end: each
// says how many blocks it has, how each can be written, and where each stands.

import { compileUserPattern } from '@colophon/config'
import type { Omission, Position, Settings } from '@colophon/schema'
import type { VFile } from 'vfile'
import { report } from './messages.js'
import { normalize } from './paragraph.js'

/** What the exclusions need to know of a front end's blocks. */
export interface Blocks {
  count: number
  /** The ways block `index` can be matched (as written, by its words), line endings as `\n`. */
  forms: (index: number) => readonly string[]
  place: (index: number) => Position
}

/**
 * The indexes of the blocks the settings exclude, each recorded in `omitted`; an
 * exclusion that matches no block is a warning.
 */
export function exclude(
  file: VFile,
  settings: Settings,
  blocks: Blocks,
  omitted: Omission[]
): Set<number> {
  const excluded = new Set<number>()
  const rules = settings.exclude ?? []
  rules.forEach((rule, ruleIndex) => {
    const name = `exclude[${ruleIndex}]`
    let matched = 0
    const take = (index: number) => {
      if (index < 0 || index >= blocks.count || excluded.has(index)) return
      excluded.add(index)
      matched++
      omitted.push({ reason: 'excluded', rule: name, position: blocks.place(index) })
    }
    if ('block' in rule) {
      take(rule.block > 0 ? rule.block - 1 : blocks.count + rule.block)
    } else {
      // The settings were validated, patterns included; a pattern that still fails
      // to compile matches nothing and is reported as unused.
      let matches: (value: string) => boolean = () => false
      if ('text' in rule) {
        const wanted = normalize(rule.text.trim())
        matches = (value) => value === wanted
      } else {
        const compiled = compileUserPattern(rule.pattern, rule.flags ?? '')
        if ('pattern' in compiled) matches = compiled.pattern.test
      }
      for (let index = 0; index < blocks.count; index++) {
        if (blocks.forms(index).some(matches)) take(index)
      }
    }
    if (matched === 0) {
      report(
        file,
        'warning',
        'settings-exclusion-unused',
        `Setting \`${name}\` excludes no block of the text; correct it or remove it`,
        undefined
      )
    }
  })
  return excluded
}
