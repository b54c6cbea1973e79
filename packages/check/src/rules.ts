// The rules whose severity the settings and the command line set (`rules:`, `--rule`): those of
// the registry of `@colophon/diagnostics` that the settings schema lists, in the registry's order.
// Rules found by the checker have an implementation in `checks.ts`; the others come from the
// parser and are passed through, with the severity the settings give them.
import { type Rule, rules as registry } from '@colophon/diagnostics'
import { type RuleSettings, settingsSchema } from '@colophon/schema'

export type { Rule }

/** A rule id the settings configure; the settings schema lists the same ids. */
export type RuleId = keyof RuleSettings

const configurable = new Set(Object.keys(settingsSchema.$defs.ruleSettings.properties))

/**
 * Every configurable rule, by id. The type requires each id of the settings schema to be in
 * the registry; the test requires the two lists to be the same.
 */
export const rules = Object.fromEntries(
  Object.entries(registry).filter(([id]) => configurable.has(id))
) as { readonly [K in RuleId]: (typeof registry)[K] }

/** Whether `id` names a rule the settings configure. */
export function isRuleId(id: string): id is RuleId {
  return configurable.has(id)
}
