import type { ConditionTest, Statement } from '../model/policy.js';
import { compileWildcard } from './wildcard.js';

/**
 * Whether a statement's Condition holds in every request that satisfies `required` — that is, the
 * statement grants at least as broadly as a grant under `required` (issue 6: the EFS indexing set
 * grants some actions only under `EfsIndexWorker` tag conditions). Each of the statement's tests
 * must be implied by a required test on the same key (case-insensitive): the same operator with at
 * least the required values, or `StringLike` patterns that match every required value. Fewer tests
 * than required is broader; an unreadable Condition implies nothing.
 */
export function conditionImplied(st: Statement, required: readonly ConditionTest[]): boolean {
  if (st.conditionUnresolved) return false;
  return st.condition.every((test) =>
    required.some((r) => r.key.toLowerCase() === test.key.toLowerCase() && testImplied(test, r)),
  );
}

function testImplied(test: ConditionTest, r: ConditionTest): boolean {
  const values = test.values.filter((v): v is string => typeof v === 'string');
  if (values.length !== test.values.length) return false;
  const requiredValues = r.values.filter((v): v is string => typeof v === 'string');
  if (test.operator === r.operator) return requiredValues.every((v) => values.includes(v));
  if (test.operator === 'StringLike' && r.operator === 'StringEquals') {
    return requiredValues.every((v) => values.some((p) => compileWildcard(p, false).test(v)));
  }
  return false;
}
