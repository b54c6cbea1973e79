// Public API of @colophon/config.
export {
  everyProblem,
  type ManifestKind,
  manifestProblems,
  manifestWording,
  readManifestText,
  readManifestYaml
} from './manifest.js'
export { isUnder } from './pointer.js'
export { reportYamlProblems } from './report.js'
export { placeOf, type SchemaNode } from './schema-problems.js'
export { findSidecar, readSettings } from './settings.js'
export { compileUserPattern, type UserPattern } from './user-pattern.js'
export { isRecord, show } from './values.js'
export type { YamlData, YamlPlace, YamlProblem, YamlWording } from './yaml-data.js'
