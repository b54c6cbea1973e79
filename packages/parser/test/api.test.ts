import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('@colophon/parser', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'colophonMarkdown',
      'colophonText',
      'decode',
      'findSidecar',
      'maxBytes',
      'parse',
      'parseFile',
      'readSettings',
      'severityOf'
    ])
  })
})
