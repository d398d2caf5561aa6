import type { Statement } from '../model/policy.js';
import { isUnresolved, type Str } from '../model/value.js';
import { anyOf, not, type Tri } from './tri.js';
import { actionMatches, coversEveryResource } from './wildcard.js';

export type Effect = 'Allow' | 'Deny' | 'invalid' | 'unresolved';

export function effectOf(st: Statement): Effect {
  if (isUnresolved(st.effect)) return 'unresolved';
  return st.effect === 'Allow' || st.effect === 'Deny' ? st.effect : 'invalid';
}

function anyPatternMatches(patterns: Str[], action: string): Tri {
  return anyOf(
    patterns.map((p): Tri => (isUnresolved(p) ? 'maybe' : actionMatches(p, action) ? 'yes' : 'no')),
  );
}

/** Does the statement's Action (or NotAction) cover `action`? A statement with neither covers nothing. */
export function coversAction(st: Statement, action: string): Tri {
  if (st.action) return anyPatternMatches(st.action, action);
  if (st.notAction) return not(anyPatternMatches(st.notAction, action));
  return 'no';
}

/**
 * How much of the resource space the statement covers, for a requirement on `Resource: "*"`:
 * `all` (a `*` resource; for Deny also any NotResource, which denies all but a few), `some`
 * (specific ARNs only, or an Allow with NotResource), `maybe` (an unresolved entry decides), `none`.
 */
export type Scope = 'all' | 'some' | 'maybe' | 'none';

export function resourceScope(st: Statement, effect: 'Allow' | 'Deny'): Scope {
  if (st.resource) {
    if (st.resource.some((r) => typeof r === 'string' && coversEveryResource(r))) return 'all';
    if (st.resource.some(isUnresolved)) return 'maybe';
    return st.resource.length ? 'some' : 'none';
  }
  if (st.notResource) {
    if (st.notResource.some((r) => typeof r === 'string' && coversEveryResource(r))) return 'none';
    if (st.notResource.some(isUnresolved)) return 'maybe';
    return effect === 'Deny' ? 'all' : 'some';
  }
  return 'none';
}

/** A statement with any Condition only applies when the request context satisfies it. */
export function isConditional(st: Statement): boolean {
  return st.condition.length > 0 || st.conditionUnresolved !== undefined;
}

/** Short text for messages: the statement's Sid, or where it is. */
export function describeStatement(st: Statement): string {
  const where = `${st.location.file}:${st.location.line}`;
  return st.sid ? `statement '${st.sid}' (${where})` : `the statement at ${where}`;
}

export function unresolvedReasons(values: Str[] | undefined): string[] {
  return (values ?? []).filter(isUnresolved).map((v) => v.reason);
}
