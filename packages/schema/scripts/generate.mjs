// Writes src/generated/*.ts from schemas/*.schema.json: the TypeScript types, the schemas as
// modules, and their validators as code. `--check` fails when the committed files are stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { compile } from 'json-schema-to-typescript'
import { withDispatch } from './dispatch.mjs'

const here = new URL('..', import.meta.url)
const check = process.argv.includes('--check')
const banner =
  '// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.\n'

const outputs = new Map()
const schemas = new Map()
for (const name of readdirSync(new URL('schemas/', here)).sort()) {
  if (!name.endsWith('.schema.json')) continue
  const base = name.slice(0, -'.schema.json'.length)
  const schema = JSON.parse(readFileSync(new URL(`schemas/${name}`, here), 'utf8'))
  schemas.set(camel(base), schema)
  const types = await compile(schema, schema.title, {
    additionalProperties: false,
    bannerComment: '',
    declareExternallyReferenced: true,
    enableConstEnums: false,
    format: false,
    strictIndexSignatures: true,
    unreachableDefinitions: true
  })
  outputs.set(`src/generated/${base}.ts`, banner + types)
  outputs.set(
    `src/generated/${base}.schema.ts`,
    `${banner}export const ${camel(base)}Schema = ${JSON.stringify(schema, null, 2)} as const\n`
  )
}

outputs.set('src/generated/validators.ts', validators(schemas))

let stale = 0
for (const [path, text] of outputs) {
  const url = new URL(path, here)
  let before = ''
  try {
    before = readFileSync(url, 'utf8')
  } catch {}
  if (before === text) continue
  if (check) {
    stale++
    console.error(`${path} is stale: run \`npm run generate\` in packages/schema`)
  } else {
    writeFileSync(url, text)
    console.log(`wrote ${path}`)
  }
}
process.exit(stale ? 1 : 0)

/**
 * The validators as code, compiled here rather than when a program starts (compiling took about
 * 100 ms of every `colophon` command): one per schema, named after it, that says only whether a
 * value is valid. A `oneOf` over node types picks its branch by `type` (see dispatch.mjs).
 */
function validators(schemas) {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: false,
    $data: false,
    messages: false,
    discriminator: true,
    code: { source: true, esm: true, lines: true }
  })
  const exports = {}
  for (const [name, schema] of schemas) {
    const compiled = withDispatch(schema) ?? schema
    ajv.addSchema(compiled)
    exports[name] = compiled.$id
  }
  // ajv refers to its runtime helpers (`ucs2length`, `equal`) with `require`, even in an ES
  // module: the module makes itself one.
  const code = withoutPaths(unrootedPointers(standaloneCode(ajv, exports)))
  const head =
    "import { createRequire } from 'node:module'\nconst require = createRequire(import.meta.url)"
  // The code is ajv's, untyped; its exports are typed where they are used (validate.ts).
  return `${banner}// @ts-nocheck\n${head}\n${code}\n`
}

/**
 * The code with every JSON pointer to the `work` property (of the settings, of a chapter's
 * origin) split into two string literals, `"/" + "work"`: the same value, but no text that
 * reads as a folder of the machine that built it.
 */
function unrootedPointers(code) {
  return code.replace(/("[^"\n]*)\/(work)(?=[/"])/g, '$1/" + "$2')
}

/**
 * The code with each validator of a property or item called with its parent's `instancePath`
 * rather than one built for it (`instancePath+"/children/"+i0`): the path only words the
 * problems of a value that fails, and these validators are asked only whether a value is valid
 * (validate.ts words the problems with ajv). Building it cost a string for every node of every
 * tree validated (7 MB of text, 124,000 nodes: 42 → 33 ms at the median).
 */
function withoutPaths(code) {
  const calls = /\{instancePath:instancePath\+[^,{}]*,parentData:/g
  if (!calls.test(code)) throw new Error('generate: no validator call with a path to leave out')
  return code.replace(calls, '{instancePath,parentData:')
}

function camel(name) {
  return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())
}
