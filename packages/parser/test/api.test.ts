import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('@colophon/parser', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'colophonMarkdown',
      'colophonText',
      'decode',
      'defineKey',
      'findProjectRoot',
      'findSidecar',
      'formatOf',
      'isRecord',
      'isUnder',
      'joinTrees',
      'kindOf',
      'markdownExtensions',
      'maxBytes',
      'parse',
      'parseFile',
      'parseYaml',
      'placeOf',
      'problemsOneByOne',
      'readSettings',
      'remarkColophon',
      'reportYamlProblems',
      'segmentsOf',
      'severityOf',
      'showValue',
      'sourceName',
      'toYamlData',
      'unknownPropertyProblem',
      'valueOffset'
    ])
  })
})
