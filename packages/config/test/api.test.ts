import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('@colophon/config', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'compileUserPattern',
      'defineKey',
      'findSidecar',
      'isRecord',
      'isUnder',
      'kindOf',
      'parseYaml',
      'placeOf',
      'problemsOneByOne',
      'readSettings',
      'reportYamlProblems',
      'segmentsOf',
      'showValue',
      'toYamlData',
      'unknownPropertyProblem',
      'valueOffset'
    ])
  })
})
