import type { Expr } from './ast.js';
import type { Scope } from './scope.js';
import { unknown, type TfValue } from './value.js';

/**
 * Evaluates an expression without a plan. Pure: everything outside the expression comes from
 * `scope`. Never throws: errors (type errors, bad arguments, limits) are `TfUnknown`s with
 * `error: true` and a reason; values the configuration does not determine are `TfUnknown`s.
 */
export function evaluate(expr: Expr, _scope: Scope): TfValue {
  return unknown('evaluation not implemented yet', expr.location);
}
