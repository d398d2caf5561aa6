import type { AttachedPolicy, RoleShape } from '../model/role.js';
import { isUnresolved } from '../model/value.js';
import { isAwsManagedArn, lookupAwsManagedPolicy } from '../iam/managed-policies.js';
import { evaluateActions, type ActionVerdict, type EvaluatedPolicy } from '../iam/permissions.js';
import { conditionTests, requiredCondition } from '../requirements/conditions.js';
import { documentProblems, withProblems, type Check, type CheckContext, type CheckOutcome } from './types.js';

function describe(p: AttachedPolicy): string {
  const name = isUnresolved(p.name) ? `<${p.name.reason}>` : p.name;
  if (p.kind === 'inline') return `inline policy '${name}'`;
  const arn = p.arn ?? p.name;
  if (typeof arn === 'string' && isAwsManagedArn(arn))
    return `AWS-managed policy ${arn.replace(/^.*:policy\//, '')}`;
  return `managed policy ${name}`;
}

/** Resolves an attachment to a readable document or an opaque one with the reason (never guessed). */
export function toEvaluated(p: AttachedPolicy): EvaluatedPolicy {
  // Asked by the check and by each kind of advice for the same attachment: resolved once (issue 16).
  let found = evaluatedPolicies.get(p);
  if (!found) evaluatedPolicies.set(p, (found = resolve(p)));
  return found;
}

const evaluatedPolicies = new WeakMap<AttachedPolicy, EvaluatedPolicy>();

function resolve(p: AttachedPolicy): EvaluatedPolicy {
  const label = describe(p);
  const base = { label, location: p.location };
  if (p.unresolved) return { ...base, opaque: p.unresolved.reason };
  if (p.document) return { ...base, document: p.document };
  const arn = p.arn ?? p.name;
  if (isUnresolved(arn)) return { ...base, opaque: arn.reason };
  if (isAwsManagedArn(arn)) {
    const found = lookupAwsManagedPolicy(arn);
    return found.found ? { ...base, document: found.document } : { ...base, opaque: found.reason };
  }
  return { ...base, opaque: `the scanned input does not define ${arn}` };
}

function list(actions: readonly ActionVerdict[]): string {
  return actions.map((a) => a.action).join(', ');
}

/**
 * permissions (design.md §3): the role's effective identity permissions allow every required
 * action on Resource "*". Lists exactly what is missing and what cannot be proven.
 */
export const permissionsCheck: Check = {
  id: 'permissions',
  run(shape: RoleShape, context: CheckContext): CheckOutcome {
    const { requirement } = context;
    const identity = shape.policies.map(toEvaluated);
    const boundary = shape.permissionsBoundary ? toEvaluated(shape.permissionsBoundary) : undefined;
    // Actions Veeam needs only under a condition are checked against that condition (issue 6).
    let verdicts = requirement.actions.map((action) => {
      const condition = requiredCondition(requirement, action);
      return evaluateActions([action], identity, boundary, condition && conditionTests(condition))[0]!;
    });
    if (!shape.complete.policies) {
      // The input does not show every policy of the role: what is not granted may be granted elsewhere.
      verdicts = verdicts.map((v) =>
        v.state === 'missing' && !v.location
          ? { ...v, state: 'unproven', reason: "the input does not list the role's policies" }
          : v,
      );
    }
    const missing = verdicts.filter((v) => v.state === 'missing');
    const unproven = verdicts.filter((v) => v.state === 'unproven');
    const total = requirement.actions.length;
    const target = `Veeam Backup for AWS ${requirement.version} (${requirement.kind})`;
    const where =
      missing.find((v) => v.location)?.location ??
      unproven.find((v) => v.location)?.location ??
      shape.policies[0]?.location ??
      context.role.location;
    const result: CheckOutcome = {
      verdict: missing.length ? 'fail' : unproven.length ? 'unknown' : 'pass',
      location: where,
      message: '',
      missingActions: missing.map((v) => v.action),
      unprovenActions: unproven.map((v) => v.action),
    };
    if (result.verdict === 'pass') {
      result.message = `allows all ${total} actions ${target} needs on Resource "*"`;
      return result;
    }
    const parts: string[] = [];
    if (missing.length) {
      // Group by reason so one Deny or one partial grant reads as one sentence.
      const byReason = new Map<string, ActionVerdict[]>();
      for (const v of missing) byReason.set(v.reason, [...(byReason.get(v.reason) ?? []), v]);
      const reasons = [...byReason.entries()].map(([reason, vs]) => `${list(vs)} (${reason})`);
      parts.push(
        `missing ${missing.length} of ${total} actions ${target} needs on Resource "*": ${reasons.join('; ')}`,
      );
    }
    if (unproven.length) {
      const byReason = new Map<string, ActionVerdict[]>();
      for (const v of unproven) byReason.set(v.reason, [...(byReason.get(v.reason) ?? []), v]);
      const reasons = [...byReason.entries()].map(([reason, vs]) => `${list(vs)}: ${reason}`);
      parts.push(
        `cannot prove ${unproven.length} action${unproven.length === 1 ? '' : 's'}: ${reasons.join('; ')}`,
      );
    }
    result.message = parts.join('. ');
    const problems = [...identity, ...(boundary ? [boundary] : [])].flatMap((p) =>
      documentProblems(p.document),
    );
    return withProblems(result, problems);
  },
};
