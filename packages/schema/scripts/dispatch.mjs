// A copy of a schema whose `oneOf` over node types picks its branch by the node's `type`, so a
// validator tries one branch per node instead of all of them.
//
// `oneOf: [text, emphasis, …]` with every branch an object that requires `type` and fixes it to
// a string of its own: a value can only match the branch its `type` names, so ajv's
// `discriminator` on `type` accepts exactly the values the `oneOf` accepts. Only the problems
// reported for a value that fails differ, which is why the validators keep the schema as
// written for those.

/** Keywords whose values are data, not schemas: never rewritten. */
const dataKeys = new Set(['const', 'enum', 'default', 'examples'])

/**
 * The schema with a `discriminator` beside each `oneOf` over node types; undefined if none.
 * @template {object} S
 * @param {S} schema
 * @returns {S | undefined}
 */
export function withDispatch(schema) {
  const copy = structuredClone(schema)
  const defs = isSchema(copy.$defs) ? copy.$defs : {}
  let changed = false
  /** @param {unknown} node */
  const visit = (node) => {
    if (Array.isArray(node)) for (const item of node) visit(item)
    if (!isSchema(node)) return
    if (dispatchable(node, defs)) {
      node.type = 'object'
      node.discriminator = { propertyName: 'type' }
      changed = true
    }
    for (const [key, value] of Object.entries(node)) if (!dataKeys.has(key)) visit(value)
  }
  visit(copy)
  return changed ? copy : undefined
}

/** Whether `node` is a `oneOf` whose branches are objects told apart by a required `type`. */
function dispatchable(node, defs) {
  const branches = node.oneOf
  if (!Array.isArray(branches) || branches.length === 0) return false
  if (node.type !== undefined && node.type !== 'object') return false
  if (node.discriminator !== undefined) return false
  const tags = new Set()
  for (const branch of branches) {
    const tag = tagOf(resolve(branch, defs))
    if (tag === undefined || tags.has(tag)) return false
    tags.add(tag)
  }
  return true
}

/** A branch as written, or the local definition it names when it is a bare `$ref`. */
function resolve(branch, defs) {
  if (!isSchema(branch)) return undefined
  const ref = branch.$ref
  if (ref === undefined) return branch
  if (typeof ref !== 'string' || Object.keys(branch).length !== 1) return undefined
  if (!ref.startsWith('#/$defs/')) return undefined
  const target = defs[ref.slice('#/$defs/'.length)]
  return isSchema(target) ? target : undefined
}

/** The constant `type` an object branch requires, if it does. */
function tagOf(branch) {
  if (branch === undefined || branch.type !== 'object') return undefined
  if (!Array.isArray(branch.required) || !branch.required.includes('type')) return undefined
  const properties = branch.properties
  if (!isSchema(properties) || !isSchema(properties.type)) return undefined
  const tag = properties.type.const
  return typeof tag === 'string' && tag !== '' ? tag : undefined
}

/** @returns {value is Record<string, any>} */
function isSchema(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
