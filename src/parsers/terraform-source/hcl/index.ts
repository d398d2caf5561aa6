// The HCL language layer of Terraform source: parse (tree-sitter) → located AST → evaluate.
export type * from './ast.js';
export type { ResolvedStep, Resolution, FileRead, Scope } from './scope.js';
export type { TfValue, TfMap, TfUnknown, TfRef, TfSymbolicString } from './value.js';
export {
  isUnknown,
  isRef,
  isSymbolicString,
  isMap,
  isList,
  isWhollyKnown,
  unknown,
  makeMap,
  symbolicString,
  typeName,
} from './value.js';
export { loadHcl, type HclReader } from './load.js';
export { evaluate, locationOf, DEFAULT_LIMITS, type EvalLimits } from './evaluate.js';
export { encodeJson, decodeJson } from './functions/json.js';
export { SUPPORTED_FUNCTIONS } from './functions/index.js';
