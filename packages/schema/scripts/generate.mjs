// Writes src/generated/*.ts from schemas/*.schema.json: the TypeScript types
// and the schemas as modules. `--check` fails when the committed files are stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { compile } from 'json-schema-to-typescript'

const here = new URL('..', import.meta.url)
const check = process.argv.includes('--check')
const banner =
  '// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.\n'

const outputs = new Map()
for (const name of readdirSync(new URL('schemas/', here)).sort()) {
  if (!name.endsWith('.schema.json')) continue
  const base = name.slice(0, -'.schema.json'.length)
  const schema = JSON.parse(readFileSync(new URL(`schemas/${name}`, here), 'utf8'))
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

function camel(name) {
  return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())
}
