import type { SourceLocation } from '../model/location.js';
import type { ConditionTest, PolicyDocument, Statement } from '../model/policy.js';
import { conditionImplied } from './condition.js';
import { coversAction, describeStatement, effectOf, isConditional, unresolvedReasons } from './statement.js';
import { actionResourceScope } from './action-scope.js';

/** One policy as the evaluator sees it: a readable document, or an opaque one with the reason. */
export interface EvaluatedPolicy {
  /** e.g. "inline policy 'WorkerPolicy'" or "AWS-managed policy AmazonSSMManagedInstanceCore". */
  label: string;
  document?: PolicyDocument;
  /** Why the document cannot be read (unresolved ARN, not in the snapshot, known after apply…). */
  opaque?: string;
  location: SourceLocation;
}

export type ActionState = 'granted' | 'missing' | 'unproven';

export interface ActionVerdict {
  action: string;
  state: ActionState;
  /** Why it is missing or unproven; for granted, what grants it. */
  reason: string;
  /** Where the deciding statement is (a Deny, a conditional Allow), when one decides. */
  location?: SourceLocation;
}

interface Tally {
  allow?: { by: string; location: SourceLocation };
  allowMaybe: string[];
  partial: string[];
  /** `on`: the resources a resource-scoped Deny hits, when it is not all of them. */
  deny?: { by: string; location: SourceLocation; policy: EvaluatedPolicy; on?: string };
  denyMaybe: string[];
}

function tally(
  policies: readonly EvaluatedPolicy[],
  action: string,
  allowOpaque: boolean,
  required?: readonly ConditionTest[],
): Tally {
  const t: Tally = { allowMaybe: [], partial: [], denyMaybe: [] };
  for (const policy of policies) {
    const unreadable = policy.opaque ?? policy.document?.unresolved?.reason;
    if (unreadable !== undefined) {
      t.allowMaybe.push(`${policy.label} cannot be read (${unreadable})`);
      // An unreadable permissions boundary may also deny; an unreadable identity policy is
      // assumed not to carry a Deny of Veeam's actions, and is named in the message.
      if (!allowOpaque) t.denyMaybe.push(`${policy.label} cannot be read (${unreadable})`);
      if (!policy.document) continue;
    }
    for (const st of policy.document?.statements ?? []) tallyStatement(t, st, policy, action, required);
  }
  return t;
}

function tallyStatement(
  t: Tally,
  st: Statement,
  policy: EvaluatedPolicy,
  action: string,
  required?: readonly ConditionTest[],
): void {
  const effect = effectOf(st);
  if (effect === 'invalid') return;
  const covers = coversAction(st, action);
  if (covers === 'no') return;
  if (effect === 'unresolved') {
    const message = `${what(st, policy)} has an Effect that cannot be resolved`;
    t.allowMaybe.push(message);
    t.denyMaybe.push(message);
    return;
  }
  const { scope, on, doubt } = actionResourceScope(st, effect, action);
  if (scope === 'none') return;
  // An Allow under a condition the required one implies is as good as unconditional for it.
  const conditional =
    isConditional(st) && !(effect === 'Allow' && required !== undefined && conditionImplied(st, required));
  const certain = covers === 'yes' && scope === 'all' && !conditional;
  // Messages are built only when kept: most statements repeat a grant an earlier one made, and
  // this runs for every required action × statement of every role (issue 16: most of the run's
  // allocations were these strings).
  if (effect === 'Allow') {
    if (certain) t.allow ??= { by: what(st, policy), location: st.location };
    else if (scope === 'some' && !conditional) {
      if (covers === 'yes') {
        const where = st.resource
          ? `only on ${st.resource.join(', ')}`
          : `on everything but ${st.notResource?.join(', ')}`;
        t.partial.push(`${what(st, policy)} grants it ${where}, not on "*"`);
      } else t.allowMaybe.push(why(st, policy, conditional, scope, doubt, required));
    } else t.allowMaybe.push(why(st, policy, conditional, scope, doubt, required));
  } else {
    if (certain) t.deny ??= { by: what(st, policy), location: st.location, policy, ...(on ? { on } : {}) };
    else if (scope === 'some')
      t.denyMaybe.push(`${what(st, policy)} denies it on some resources (${st.resource?.join(', ')})`);
    else
      t.denyMaybe.push(
        why(st, policy, conditional, scope, doubt, required).replace(' applies', ' denies it'),
      );
  }
}

/** The statement and its policy, as messages name them. */
function what(st: Statement, policy: EvaluatedPolicy): string {
  return `${describeStatement(st)} in ${policy.label}`;
}

/** Why a statement that bears on the action may, but need not, decide it. */
function why(
  st: Statement,
  policy: EvaluatedPolicy,
  conditional: boolean,
  scope: string,
  doubt: string | undefined,
  required?: readonly ConditionTest[],
): string {
  if (conditional)
    return required
      ? `${what(st, policy)} applies only under a Condition that the required one does not imply`
      : `${what(st, policy)} applies only under a Condition`;
  if (scope === 'maybe' && doubt) return `${what(st, policy)}: ${doubt}`;
  if (scope === 'maybe')
    return `${what(st, policy)} has a Resource that cannot be resolved (${[...unresolvedReasons(st.resource), ...unresolvedReasons(st.notResource)].join('; ')})`;
  const open = [...unresolvedReasons(st.action), ...unresolvedReasons(st.notAction)];
  return `${what(st, policy)} has an Action that cannot be resolved (${open.join('; ')})`;
}

function deniedBy(deny: NonNullable<Tally['deny']>): string {
  return deny.on ? `denied on ${deny.on} by ${deny.by}` : `denied by ${deny.by}`;
}

/**
 * The effective identity permissions for each required action on `Resource: "*"`: the union of
 * Allow statements, minus explicit Deny, intersected with the permissions boundary when there is
 * one (design.md §3). Pure; three-valued: anything the input leaves open makes an action `unproven`.
 * With `required`, the actions are needed only under that condition: an Allow whose condition it
 * implies counts as a certain grant (see conditionImplied).
 */
export function evaluateActions(
  actions: readonly string[],
  identity: readonly EvaluatedPolicy[],
  boundary?: EvaluatedPolicy,
  required?: readonly ConditionTest[],
): ActionVerdict[] {
  return actions.map((action) => traceAction(action, identity, boundary, required).verdict);
}

/**
 * A verdict and where its location comes from: a statement of the policy at `index` of
 * `[...identity, boundary]`, or (`statement: false`) that policy's own location.
 */
export interface TracedVerdict {
  verdict: ActionVerdict;
  locatedBy?: { index: number; statement: boolean };
}

/** evaluateActions for one action, saying which policy its location comes from (for reuse). */
export function traceAction(
  action: string,
  identity: readonly EvaluatedPolicy[],
  boundary?: EvaluatedPolicy,
  required?: readonly ConditionTest[],
): TracedVerdict {
  const t = tally(identity, action, true, required);
  if (t.deny)
    return {
      verdict: { action, state: 'missing', reason: deniedBy(t.deny), location: t.deny.location },
      locatedBy: { index: identity.indexOf(t.deny.policy), statement: true },
    };
  const b = boundary ? tally([boundary], action, false, required) : undefined;
  if (b?.deny) {
    return {
      verdict: {
        action,
        state: 'missing',
        reason: `${deniedBy(b.deny)} (permissions boundary)`,
        location: b.deny.location,
      },
      locatedBy: { index: identity.length, statement: true },
    };
  }
  if (!t.allow && t.allowMaybe.length === 0) {
    return { verdict: { action, state: 'missing', reason: t.partial[0] ?? 'no policy allows it' } };
  }
  if (b && !b.allow && b.allowMaybe.length === 0) {
    return {
      verdict: {
        action,
        state: 'missing',
        reason: b.partial[0] ?? `the permissions boundary (${boundary!.label}) does not allow it`,
        location: boundary!.location,
      },
      locatedBy: { index: identity.length, statement: false },
    };
  }
  const doubts = [
    ...(t.allow ? [] : t.allowMaybe),
    ...t.denyMaybe,
    ...(b && !b.allow ? b.allowMaybe : []),
    ...(b ? b.denyMaybe : []),
  ];
  if (doubts.length === 0)
    return { verdict: { action, state: 'granted', reason: `allowed by ${t.allow!.by}` } };
  return { verdict: { action, state: 'unproven', reason: doubts[0]! } };
}

/** One required action with every statement that bears on it (`--explain`). */
export interface ActionExplanation {
  verdict: ActionVerdict;
  /** e.g. "grants: Allow statement 'Sid' in inline policy 'P' (file:line)". */
  contributions: string[];
}

/**
 * The verdict on one action and what each statement of each policy did to it: granted it, granted
 * it only on some resources (narrowed), may grant it, denied it, may deny it; the boundary too.
 */
export function explainAction(
  action: string,
  identity: readonly EvaluatedPolicy[],
  boundary?: EvaluatedPolicy,
  required?: readonly ConditionTest[],
): ActionExplanation {
  const contributions: string[] = [];
  const at = (l: SourceLocation) => ` (${l.file}:${l.line})`;
  const each = (policies: readonly EvaluatedPolicy[], suffix: string) => {
    for (const policy of policies) {
      const unreadable = policy.opaque ?? policy.document?.unresolved?.reason;
      if (unreadable !== undefined)
        contributions.push(`cannot be read${suffix}: ${policy.label} (${unreadable})${at(policy.location)}`);
      for (const st of policy.document?.statements ?? []) {
        const t: Tally = { allowMaybe: [], partial: [], denyMaybe: [] };
        tallyStatement(t, st, policy, action, required);
        const where = at(st.location);
        if (t.deny)
          contributions.push(`denies${suffix}: ${t.deny.on ? `on ${t.deny.on}, ` : ''}${t.deny.by}${where}`);
        if (t.allow) contributions.push(`grants${suffix}: ${t.allow.by}${where}`);
        for (const p of t.partial) contributions.push(`narrows${suffix}: ${p}${where}`);
        for (const m of t.allowMaybe) contributions.push(`may grant${suffix}: ${m}${where}`);
        for (const m of t.denyMaybe) contributions.push(`may deny${suffix}: ${m}${where}`);
      }
    }
  };
  each(identity, '');
  if (boundary) each([boundary], ' (boundary)');
  return { verdict: evaluateActions([action], identity, boundary, required)[0]!, contributions };
}
