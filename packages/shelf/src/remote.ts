// Whether the remote cache turbo is pointed at answers, asked once before the run: a server that
// is down or slow costs one warning and a build from the local cache, not a failed build or a
// wait on every edition.
import { request } from 'node:http'
import { request as secureRequest } from 'node:https'

/** The remote cache of the environment (`TURBO_API`, `TURBO_TOKEN`, `TURBO_TEAM`), if any. */
export interface Remote {
  api: string
  token: string
  team: string | undefined
}

export function remoteOf(env: Readonly<Record<string, string | undefined>>): Remote | undefined {
  const api = env.TURBO_API
  const token = env.TURBO_TOKEN
  if (!api || !token) return undefined
  return { api: api.replace(/\/+$/, ''), token, team: env.TURBO_TEAM || undefined }
}

/**
 * Asks the cache's status (`GET /v8/artifacts/status`) within `timeout` milliseconds; undefined
 * when it answers that caching is enabled, else why not, in words.
 */
export function probe(remote: Remote, timeout: number): Promise<string | undefined> {
  const url = new URL(`${remote.api}/v8/artifacts/status`)
  if (remote.team !== undefined) url.searchParams.set('slug', remote.team)
  const send = url.protocol === 'https:' ? secureRequest : request
  return new Promise((done) => {
    const asked = send(
      url,
      { headers: { authorization: `Bearer ${remote.token}` } },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          body += chunk
        })
        response.on('end', () => {
          clearTimeout(timer)
          if (response.statusCode === 200 && /"enabled"/.test(body)) done(undefined)
          else done(`it answered ${response.statusCode ?? 'nothing'} ${body.slice(0, 80)}`.trim())
        })
      }
    )
    const timer = setTimeout(() => {
      asked.destroy()
      done(`it did not answer within ${timeout / 1000} s`)
    }, timeout)
    asked.on('error', (error) => {
      clearTimeout(timer)
      done(error.message)
    })
    asked.end()
  })
}
