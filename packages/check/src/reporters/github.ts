// GitHub Actions workflow commands: one annotation per message, shown on the pull request.
//
//   ::error file=book.txt,line=49,col=1067,endLine=49,endColumn=1069,title=note-sequence::Expected…
import { severityOf } from '../severity.js'
import { byFile, type CheckResult, regionOf, ruleIdOf } from './results.js'

const command = { error: 'error', warning: 'warning', info: 'notice' } as const

/** Formats results as workflow commands, one per line. */
export function formatGithub(results: readonly CheckResult[]): string {
  const lines: string[] = []
  for (const { path, messages } of byFile(results)) {
    for (const message of messages) {
      const properties: Array<[string, string | number]> = [['file', path]]
      const region = regionOf(message)
      if (region) {
        properties.push(['line', region.line], ['col', region.column])
        if (region.endLine !== undefined) properties.push(['endLine', region.endLine])
        if (region.endColumn !== undefined) properties.push(['endColumn', region.endColumn])
      }
      properties.push(['title', ruleIdOf(message)])
      const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      lines.push(
        `::${command[severityOf(message)]} ${list.join(',')}::${escapeData(message.reason)}`
      )
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

/** Escapes a command's message: `%`, CR and LF would end or break the command. */
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escapes a property value: as a message, and `:` and `,`, which separate properties. */
function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
