import type { Statement } from '../model/policy.js';
import { isUnresolved, type Str } from '../model/value.js';
import { not, type Tri } from './tri.js';
import { actionMatches, coversEveryResource } from './wildcard.js';

export type Effect = 'Allow' | 'Deny' | 'invalid' | 'unresolved';

export function effectOf(st: Statement): Effect {
  if (isUnresolved(st.effect)) return 'unresolved';
  return st.effect === 'Allow' || st.effect === 'Deny' ? st.effect : 'invalid';
}

/**
 * A statement's Action (or NotAction) list compiled once: ASCII patterns without wildcards become
 * a set of lower-cased names, the rest stay wildcard tests. Policies are shared by many roles and
 * every required action is tested against them, so this is where evaluation time goes.
 */
interface CompiledPatterns {
  literals: Set<string>;
  others: string[];
  unresolved: boolean;
}

const compiled = new WeakMap<readonly Str[], CompiledPatterns>();
const plainAscii = /^[\x20-\x29\x2b-\x3e\x40-\x7e]*$/;

function compile(patterns: readonly Str[]): CompiledPatterns {
  let found = compiled.get(patterns);
  if (!found) {
    found = { literals: new Set(), others: [], unresolved: false };
    for (const p of patterns) {
      if (isUnresolved(p)) found.unresolved = true;
      else if (plainAscii.test(p)) found.literals.add(p.toLowerCase());
      else found.others.push(p);
    }
    compiled.set(patterns, found);
  }
  return found;
}

/** Lower-cased ASCII form of a required action, or null when it is not plain ASCII: a few dozen. */
const folded = new Map<string, string | null>();

function fold(action: string): string | null {
  let f = folded.get(action);
  if (f === undefined) {
    f = plainAscii.test(action) ? action.toLowerCase() : null;
    if (folded.size > 10_000) folded.clear();
    folded.set(action, f);
  }
  return f;
}

/** Same answer as testing every pattern with actionMatches (the 'yes' of any, else 'maybe' of any). */
function anyPatternMatches(patterns: Str[], action: string): Tri {
  const c = compile(patterns);
  const lower = fold(action);
  if (lower !== null && c.literals.has(lower)) return 'yes';
  for (const p of c.others) if (actionMatches(p, action)) return 'yes';
  if (c.literals.size && lower === null) {
    // Non-ASCII: keep the regex's case folding exactly.
    for (const p of patterns) if (typeof p === 'string' && actionMatches(p, action)) return 'yes';
  }
  return c.unresolved ? 'maybe' : 'no';
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
