// The implementation of every rule the checker finds itself, by id: a rule of the registry
// of the package `check` and no entry here does not compile.

import { claimCited } from './checks/claim-cited.js'
import { markerAmbiguous } from './checks/marker-ambiguous.js'
import { markerPunctuation } from './checks/marker-punctuation.js'
import { noteDefined } from './checks/note-defined.js'
import { noteSequence } from './checks/note-sequence.js'
import { noteUnique } from './checks/note-unique.js'
import { noteUsed } from './checks/note-used.js'
import { notesAbsent } from './checks/notes-absent.js'
import type { Check } from './context.js'
import type { rules } from './rules.js'

type Rules = typeof rules
/** The ids of the rules found by the checker. */
export type CheckId = {
  [K in keyof Rules]: Rules[K]['package'] extends 'check' ? K : never
}[keyof Rules]

export const checks: { readonly [K in CheckId]: Check } = {
  'note-defined': noteDefined,
  'notes-absent': notesAbsent,
  'note-used': noteUsed,
  'note-unique': noteUnique,
  'note-sequence': noteSequence,
  'marker-ambiguous': markerAmbiguous,
  'marker-punctuation': markerPunctuation,
  'claim-cited': claimCited
}
