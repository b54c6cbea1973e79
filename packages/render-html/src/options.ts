// Options of the renderer, checked once at the entry points.

/** `screen`: the edition to read in a browser; `print`: the same document with the print stylesheet applied at every medium (for a paginator such as Paged.js). */
export type Profile = 'screen' | 'print'

export interface RenderOptions {
  /** Which stylesheet the document carries (default: `screen`). */
  profile?: Profile | undefined
}

const profiles: readonly Profile[] = ['screen', 'print']

/** The profile asked for; throws on anything but `screen`, `print` or nothing. */
export function profileOf(options: RenderOptions | undefined): Profile {
  const profile = options?.profile ?? 'screen'
  if (!profiles.includes(profile)) {
    throw new TypeError(
      `Unexpected profile \`${String(profile)}\`, expected \`screen\` or \`print\``
    )
  }
  return profile
}
