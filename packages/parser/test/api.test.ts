import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('@colophon/parser', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'colophonMarkdown',
      'colophonText',
      'decode',
      'findProjectRoot',
      'formatOf',
      'joinTrees',
      'markdownExtensions',
      'maxBytes',
      'parse',
      'parseFile',
      'remarkColophon',
      'severityOf',
      'sourceName'
    ])
  })
})
