import type { AttachedPolicy, RoleShape } from '../model/role.js';
import { isUnresolved } from '../model/value.js';
import { isAwsManagedArn, lookupAwsManagedPolicy } from '../iam/managed-policies.js';
import {
  traceAction,
  type ActionVerdict,
  type EvaluatedPolicy,
  type TracedVerdict,
} from '../iam/permissions.js';
import { originOf } from '../model/document-origin.js';
import type { PolicyDocument } from '../model/policy.js';
import { conditionTests, requiredCondition } from '../requirements/conditions.js';
import type { RequirementSet } from '../requirements/types.js';
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

/** Every required action judged against the policies, as the role's own evaluation gives it. */
function evaluateRequired(
  requirement: RequirementSet,
  identity: readonly EvaluatedPolicy[],
  boundary: EvaluatedPolicy | undefined,
): TracedVerdict[] {
  // Actions Veeam needs only under a condition are checked against that condition (issue 6).
  return requirement.actions.map((action) => {
    const condition = requiredCondition(requirement, action);
    return traceAction(action, identity, boundary, condition && conditionTests(condition));
  });
}

/** A verdict to reuse: with the location taken from the role's own policy at `index`, if any. */
interface Reusable {
  verdict: ActionVerdict;
  at?: { index: number; statement: boolean };
}

const judged = new WeakMap<RequirementSet, Map<string, Reusable[]>>();
const MAX_JUDGED = 1_000;

/**
 * The verdicts on every required action, judged once per distinct set of policies (issue 16): the
 * roles of a fleet attach copies of the same documents (src/model/document-origin.ts) and the
 * same AWS-managed ones. The key holds all that the verdict texts name (labels, unreadable
 * reasons, the file and line a copied document sits at); locations are the role's own again.
 */
export function requiredVerdicts(
  requirement: RequirementSet,
  identity: readonly EvaluatedPolicy[],
  boundary: EvaluatedPolicy | undefined,
): ActionVerdict[] {
  const policies = boundary ? [...identity, boundary] : identity;
  let known = judged.get(requirement);
  if (!known) judged.set(requirement, (known = new Map()));
  const key = evaluationKey(policies, identity.length);
  const found = known.get(key);
  if (found)
    return found.map((r) => (r.at ? { ...r.verdict, location: locationAt(policies, r.at) } : r.verdict));
  const traced = evaluateRequired(requirement, identity, boundary);
  // Sets that never repeat (every role its own documents) must not grow without bound.
  if (known.size >= MAX_JUDGED) known.clear();
  known.set(
    key,
    traced.map(({ verdict, locatedBy }) =>
      // A statement of a document of its own (not a copy) keeps its location: the key names it.
      locatedBy && (!locatedBy.statement || copied(policies[locatedBy.index]!.document))
        ? { verdict, at: locatedBy }
        : { verdict },
    ),
  );
  return traced.map((t) => t.verdict);
}

function copied(document: PolicyDocument | undefined): boolean {
  return document !== undefined && originOf(document) !== undefined;
}

function locationAt(policies: readonly EvaluatedPolicy[], at: NonNullable<Reusable['at']>) {
  const policy = policies[at.index]!;
  // Every location in a copied document is the one it was moved to.
  return at.statement ? originOf(policy.document!)!.at : policy.location;
}

const ids = new WeakMap<object, number>();
let nextId = 0;

function idOf(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = nextId++));
  return id;
}

/** What the verdicts on a set of policies depend on, locations of copied documents aside. */
function evaluationKey(policies: readonly EvaluatedPolicy[], identityCount: number): string {
  return JSON.stringify([
    identityCount,
    ...policies.map((p) => {
      const document = p.document;
      const origin = document && originOf(document);
      const content = origin
        ? ['copy', idOf(origin.origin), origin.at.file, origin.at.line]
        : document
          ? ['own', idOf(document)]
          : null;
      return [p.label, p.opaque ?? null, content];
    }),
  ]);
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
    let verdicts = requiredVerdicts(requirement, identity, boundary);
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
