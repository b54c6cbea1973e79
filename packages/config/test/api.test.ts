import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('@colophon/config', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'compileUserPattern',
      'everyProblem',
      'findSidecar',
      'isRecord',
      'isUnder',
      'manifestProblems',
      'manifestWording',
      'placeOf',
      'readManifestText',
      'readManifestYaml',
      'readSettings',
      'reportYamlProblems',
      'show'
    ])
  })
})
