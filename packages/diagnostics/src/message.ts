// The one way a Colophon package makes a diagnostic: a vfile message of a registered rule, with
// `source` `colophon`, its `ruleId`, the `url` of its documentation, and a severity.
import type { Severity } from '@colophon/schema'
import { type Options, VFileMessage } from 'vfile-message'
import { isRuleId, type RuleId, rules } from './rules.js'

/** A place in a file: a range, or a point (line and column), as vfile-message takes it. */
export type Place = NonNullable<Options['place']>

export type { Severity }

/** What a message says besides its rule and reason. */
export interface DiagnosticOptions {
  /** Where in the file; a message about the whole file has none. */
  place?: Place | undefined
  /** The file the message is about, as the user named it. */
  file?: string | undefined
  /** The severity, when it is not the rule's default. */
  severity?: Severity | undefined
  /** The value found, and those expected (vfile's `actual` and `expected`). */
  actual?: string | undefined
  expected?: string[] | undefined
  /** Another message this one stems from (the first of two note bodies). */
  cause?: VFileMessage | undefined
}

/** The namespace of every message, as vfile's `source`. */
export const source = 'colophon'

// A message is an Error, whose constructor records a stack trace that vfile-message then throws
// away (it sets `stack` to ''). Recording none makes a message about four times cheaper, and the
// plain-text front end makes hundreds on a long manuscript; where the limit is frozen (a locked
// down realm), messages are made as they come.
const traceLimitWritable =
  Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable === true

/** A message of rule `ruleId` saying `reason`. */
export function diagnostic(
  ruleId: RuleId,
  reason: string,
  options: DiagnosticOptions = {}
): VFileMessage {
  // JavaScript callers have no type to stop them: an unregistered id is a mistake of the caller.
  if (!isRuleId(ruleId)) throw new TypeError(`Unexpected rule id \`${String(ruleId)}\``)
  const settings = {
    ...(options.place ? { place: options.place } : {}),
    ...(options.cause ? { cause: options.cause } : {}),
    ruleId,
    source
  }
  let message: VFileMessage
  if (traceLimitWritable) {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      message = new VFileMessage(reason, settings)
    } finally {
      Error.stackTraceLimit = limit
    }
  } else {
    message = new VFileMessage(reason, settings)
  }
  message.url = rules[ruleId].url
  if (options.file) message.file = options.file
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = options.expected
  setSeverity(message, options.severity ?? rules[ruleId].severity)
  return message
}

/** Adds a message of rule `ruleId` to `file` (a vfile), naming its path; returns the message. */
export function report(
  file: { path?: string | undefined; messages: VFileMessage[] },
  ruleId: RuleId,
  reason: string,
  options: Omit<DiagnosticOptions, 'file'> = {}
): VFileMessage {
  const message = diagnostic(ruleId, reason, { ...options, file: file.path })
  file.messages.push(message)
  return message
}

/**
 * A copy of `message` that can be changed (its severity, its file) without changing the
 * original: every field, as an own property of a new message.
 */
export function copyMessage(message: VFileMessage): VFileMessage {
  return Object.assign(Object.create(Object.getPrototypeOf(message)) as VFileMessage, message)
}

/** The severity of a message, read from vfile's `fatal`: true error, false warning, unset info. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Sets the severity of a message, as vfile's `fatal`. */
export function setSeverity(message: VFileMessage, severity: Severity): void {
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}
