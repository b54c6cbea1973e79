// Public API of @colophon/config.
export { isUnder, segmentsOf } from './pointer.js'
export { reportYamlProblems } from './report.js'
export {
  placeOf,
  problemsOneByOne,
  type SchemaNode,
  unknownPropertyProblem,
  valueOffset
} from './schema-problems.js'
export { findSidecar, readSettings } from './settings.js'
export { compileUserPattern, type UserPattern } from './user-pattern.js'
export { defineKey, isRecord, kindOf, showValue } from './values.js'
export {
  parseYaml,
  toYamlData,
  type YamlData,
  type YamlPlace,
  type YamlProblem,
  type YamlWording
} from './yaml-data.js'
