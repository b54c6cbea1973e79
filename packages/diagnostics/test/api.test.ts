import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('@colophon/diagnostics', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'compareMessage',
      'copyMessage',
      'diagnostic',
      'docsBase',
      'isRuleId',
      'report',
      'rules',
      'setSeverity',
      'severityOf',
      'sortMessages',
      'source'
    ])
  })
})
