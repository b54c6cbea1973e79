// The checks on a tree before it is rendered: a mistake of the caller throws at once.
import type { Root } from '@colophon/schema'

const language = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/

/** Throws a TypeError unless `tree` is an edition root with a BCP 47 `meta.language`. */
export function checkTree(tree: Root): void {
  if (
    tree?.type !== 'root' ||
    !Array.isArray(tree.children) ||
    typeof tree.meta !== 'object' ||
    tree.meta === null
  ) {
    throw new TypeError('Expected an edition tree, a `root` with `meta` and chapters')
  }
  // Checked before anything is rendered: it chooses the words, and it goes into `lang`.
  if (typeof tree.meta.language !== 'string' || !language.test(tree.meta.language)) {
    throw new TypeError(
      `Unexpected language ${JSON.stringify(tree.meta.language)}, expected a BCP 47 tag such as \`en\``
    )
  }
}
