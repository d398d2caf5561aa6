import type { RequiredCondition, RequirementSet } from '../requirements/types.js';
import { requiredCondition } from '../requirements/conditions.js';
import type { TrustPrincipal } from './request.js';

/** One statement of a fix: the missing actions, under the condition Veeam grants them with. */
export interface FixStatement {
  actions: string[];
  condition?: RequiredCondition;
}

/**
 * The statements that grant exactly the missing actions: the unconditional ones together, then one
 * per required condition (EFS indexing), so a fix never grants more broadly than Veeam asks.
 */
export function missingStatements(requirement: RequirementSet, missing: readonly string[]): FixStatement[] {
  const plain = missing.filter((a) => !requiredCondition(requirement, a));
  const wanted = new Set(missing.map((a) => a.toLowerCase()));
  // Conditional statements in the order Veeam prints them.
  const conditional = (requirement.conditional ?? [])
    .map((c) => ({ actions: c.actions.filter((a) => wanted.has(a.toLowerCase())), condition: c.condition }))
    .filter((c) => c.actions.length);
  return [...(plain.length ? [{ actions: plain }] : []), ...conditional];
}

/** A trust statement that lets one principal assume the role. */
export function trustStatementJson(principal: TrustPrincipal): Record<string, unknown> {
  return { Effect: 'Allow', Principal: { [principal.type]: principal.value }, Action: 'sts:AssumeRole' };
}

/** A whole trust policy for a role that has none. */
export function trustPolicyJson(principals: readonly TrustPrincipal[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: principals.map(trustStatementJson) };
}

/** A statement as IAM JSON: single values as strings, as Veeam prints them. */
export function statementJson(st: FixStatement): Record<string, unknown> {
  const out: Record<string, unknown> = { Effect: 'Allow', Action: st.actions, Resource: '*' };
  if (st.condition) {
    out.Condition = Object.fromEntries(
      Object.entries(st.condition).map(([op, tests]) => [
        op,
        Object.fromEntries(Object.entries(tests).map(([k, v]) => [k, v.length === 1 ? v[0] : v])),
      ]),
    );
  }
  return out;
}
