// Problems in a manuscript become vfile messages: rule id, source `colophon`, place, reason.
import type { Position, Severity } from '@colophon/schema'

/** A place in a file: a range, or a point (line and column). */
export type Place = Position | { line: number; column: number }

import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'

/** How much a message matters (the schema's): `error` fails a build, `info` is for review. */
export type { Severity }

// A message is an Error, whose constructor records a stack trace that vfile-message then throws
// away (it sets `stack` to ''). Recording none makes a message about four times cheaper, and the
// plain-text front end makes hundreds on a long manuscript; where the limit is frozen (a locked
// down realm), messages are made as they come.
const traceLimitWritable =
  Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable === true

/** Adds a message to `file`. */
export function report(
  file: VFile,
  severity: Severity,
  ruleId: string,
  reason: string,
  place: Place | undefined
): VFileMessage {
  let message: VFileMessage
  if (traceLimitWritable) {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      message = new VFileMessage(reason, { place, ruleId, source: 'colophon' })
    } finally {
      Error.stackTraceLimit = limit
    }
  } else {
    message = new VFileMessage(reason, { place, ruleId, source: 'colophon' })
  }
  if (file.path) message.file = file.path
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  file.messages.push(message)
  return message
}

/** The severity of a message, read back from vfile's `fatal` field. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}
