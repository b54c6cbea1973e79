// The text as print sets it: composed, and French's narrow no-break space as a no-break space.
import { describe, expect, it } from 'vitest'
import { printed } from '../src/print-text.js'

describe('printed', () => {
  it('composes a letter and its combining marks, as the faces have them', () => {
    expect(printed('ε\u0314ν')).toBe('ἑν')
    expect(printed('ω\u0314\u0342\u0345')).toBe('ᾧ')
  })

  it('sets a narrow no-break space as a no-break space, and leaves other text alone', () => {
    expect(printed('Où\u202f? «\u202fOui\u202f»')).toBe('Où\u00a0? «\u00a0Oui\u00a0»')
    expect(printed('Plain text, 12 words.')).toBe('Plain text, 12 words.')
  })
})
