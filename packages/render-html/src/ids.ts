// The id scheme of the edition AST (`c2`, `c2-s1`, `c2-p12`, `c2-p12.3`, `c2-n7`, `c2-n7.p1`,
// `c2-n7.code1`),
// checked before any id reaches the page. An id that does not fit is an error of the caller
// (a tree not made by @colophon/parser), so it throws: names such as `location`,
// `__proto__` or `constructor` can never become element ids.

const prefix = '(?:c[0-9]+-)?'
const note = `${prefix}n(?:[0-9]+|(?:-x[0-9a-f]+)+)(?:-[0-9]+)?`
const paragraph = `(?:${prefix}p[0-9]+|${note}\\.p[0-9]+)`
/** What the id of a block other than a paragraph begins with: its chapter's, or its note's (`c2-n7.`). */
const block = `(?:${prefix}|${note}\\.)`

const patterns = {
  chapter: /^c[0-9]+$/,
  section: new RegExp(`^${prefix}s[0-9]+$`),
  paragraph: new RegExp(`^${paragraph}$`),
  claim: new RegExp(`^${paragraph}\\.[0-9]+$`),
  note: new RegExp(`^${note}$`),
  code: new RegExp(`^${block}code[0-9]+$`),
  table: new RegExp(`^${block}table[0-9]+$`),
  quote: new RegExp(`^${block}q[0-9]+$`),
  list: new RegExp(`^${block}l[0-9]+$`),
  figure: new RegExp(`^${prefix}figure[0-9]+$`)
} as const

const examples: Record<IdKind, string> = {
  chapter: 'c2',
  section: 's1',
  paragraph: 'p12',
  claim: 'p12.3',
  note: 'n7',
  code: 'code1',
  table: 'table1',
  quote: 'q1',
  list: 'l1',
  figure: 'figure1'
}

export type IdKind = keyof typeof patterns

/** `value` when it is an id of `kind` in Colophon's scheme; throws a `TypeError` otherwise. */
export function checkId(kind: IdKind, value: unknown): string {
  if (typeof value === 'string' && patterns[kind].test(value)) return value
  throw new TypeError(
    `Unexpected ${kind} id ${JSON.stringify(value) ?? String(value)}, expected an id such as \`${examples[kind]}\`; render trees made by @colophon/parser`
  )
}
