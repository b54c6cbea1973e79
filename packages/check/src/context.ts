// What a rule's check is given: the tree, the settings, the parser's messages, and `report`.
import type { Position, Root, Settings, Severity } from '@colophon/schema'
import type { VFileMessage } from 'vfile-message'

/** Another place a message refers to, such as the first of two note bodies. */
export interface Related {
  place: Position
  reason: string
  /** The file of that place, when it is not the manuscript (a notes file). */
  file?: string
}

/** Where and how a message is reported, besides its reason. */
export interface ReportOptions {
  /** The file, when not the manuscript (a note body read from a notes file). */
  file?: string
  /** The severity when the configuration does not set one; the rule's default otherwise. */
  severity?: Severity
  /** What was found and what was expected, for tools (vfile's `actual`, `expected`). */
  actual?: string
  expected?: string[]
  related?: Related
}

/** The context one rule's check runs in. */
export interface Context {
  readonly tree: Root
  readonly settings: Settings
  /** The parser's messages about the same manuscript. */
  readonly messages: readonly VFileMessage[]
  /** Reports a message of this rule. */
  report(reason: string, place: Position | undefined, options?: ReportOptions): void
}

/** A rule's check: finds what breaks the rule and reports it. */
export type Check = (context: Context) => void
