// Public API of @colophon/config.
export { findSidecar, readSettings } from './settings.js'
export { compileUserPattern, type UserPattern } from './user-pattern.js'
export {
  defineKey,
  isRecord,
  isUnder,
  kindOf,
  parseYaml,
  placeOf,
  problemsOneByOne,
  reportYamlProblems,
  type SchemaNode,
  segmentsOf,
  showValue,
  toYamlData,
  unknownPropertyProblem,
  valueOffset,
  type YamlData,
  type YamlPlace,
  type YamlProblem,
  type YamlWording
} from './yaml-data.js'
