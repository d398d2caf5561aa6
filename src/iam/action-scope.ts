import type { Statement } from '../model/policy.js';
import type { Str } from '../model/value.js';
import { actionResourceFormats } from './action-resources.js';
import { globCoveredBy, globsOverlap, type Glob, type GlobToken } from './glob-overlap.js';
import { resourceScope, type Scope } from './statement.js';
import { allOf, anyOf, not, type Tri } from './tri.js';
import { coversEveryResource } from './wildcard.js';

/**
 * How a statement's Resource/NotResource bears on one action, judged against the ARN formats the
 * action can act on (issue 12). For an Allow: `all` it grants the action on every such ARN, `some`
 * on part of them only, `none` on none. For a Deny: `all` it certainly removes the action (it hits
 * at least one such ARN, `on` says where), `none` it cannot touch it. `maybe`: the input cannot
 * decide (`doubt` says why when it is not an unresolved value).
 */
export interface ActionScope {
  scope: Scope;
  on?: string;
  doubt?: string;
}

/** Stand-ins for the symbols a pattern may keep: a policy variable or a CloudFormation pseudo parameter. */
const SAMPLES: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::AccountId': '123456789012',
  'AWS::Region': 'us-east-1',
  'AWS::URLSuffix': 'amazonaws.com',
};
const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/**
 * A policy's resource pattern as globs: `upper` reads each `${…}` symbol as a wildcard (every value
 * it may take), `sample` as one typical value. Without symbols both are the same glob. `${*}`, `${?}` and
 * `${$}` are IAM's escapes for the literal characters.
 */
function patternGlobs(pattern: string): { upper: Glob; sample: Glob; symbolic: boolean } {
  const upper: GlobToken[] = [];
  const sample: GlobToken[] = [];
  let symbolic = false;
  const re = /\$\{([^}]*)\}|[\s\S]/gu;
  for (const m of pattern.matchAll(re)) {
    const name = m[1];
    if (name === undefined) {
      const c = m[0];
      const t: GlobToken = c === '*' || c === '?' ? c : { char: c };
      upper.push(t);
      sample.push(t);
    } else if (ESCAPES[name] !== undefined) {
      upper.push({ char: ESCAPES[name] });
      sample.push({ char: ESCAPES[name] });
    } else {
      symbolic = true;
      // A pseudo parameter never holds a `:`; a policy variable may hold anything.
      upper.push(SAMPLES[name] ? '#' : '*');
      for (const char of SAMPLES[name] ?? 'x') sample.push({ char });
    }
  }
  return { upper, sample, symbolic };
}

/** Answers `judge` for the patterns read both ways; a disagreement means the symbols decide: maybe. */
function judged(patterns: readonly string[], judge: (globs: readonly Glob[]) => Tri): Tri {
  const read = patterns.map(patternGlobs);
  const upper = judge(read.map((r) => r.upper));
  if (!read.some((r) => r.symbolic)) return upper;
  return upper === judge(read.map((r) => r.sample)) ? upper : 'maybe';
}

const covers = (formats: readonly Glob[], patterns: readonly string[]): Tri =>
  judged(patterns, (globs) => allOf(formats.map((f) => globCoveredBy(f, globs))));

const overlaps = (formats: readonly Glob[], pattern: string): Tri =>
  judged([pattern], ([glob]) => anyOf(formats.map((f) => globsOverlap(f, glob!))));

// Past the search budget, or when a `${…}` value decides.
const BUDGET_DOUBT = 'cannot tell whether its resource patterns reach the ARNs the action acts on';

function judge(st: Statement, effect: 'Allow' | 'Deny', formats: readonly Glob[]): ActionScope {
  const listed = (st.resource ?? st.notResource)!;
  const patterns = listed.filter((r): r is string => typeof r === 'string');
  const open = patterns.length < listed.length;
  const maybe = (tri: Tri): ActionScope =>
    !open && tri === 'maybe' ? { scope: 'maybe', doubt: BUDGET_DOUBT } : { scope: 'maybe' };
  if (st.resource) {
    if (effect === 'Allow') {
      const all = covers(formats, patterns);
      if (all === 'yes') return { scope: 'all' };
      if (open || all === 'maybe') return maybe(all);
      return { scope: patterns.some((p) => overlaps(formats, p) !== 'no') ? 'some' : 'none' };
    }
    const hits = patterns.map((p) => [p, overlaps(formats, p)] as const);
    const hit = hits.filter(([, t]) => t === 'yes').map(([p]) => p);
    if (hit.length) return { scope: 'all', on: hit.join(', ') };
    const doubt = hits.some(([, t]) => t === 'maybe');
    return open || doubt ? maybe(doubt ? 'maybe' : 'no') : { scope: 'none' };
  }
  // NotResource: everything but the patterns.
  if (effect === 'Allow') {
    const excluded = anyOf(patterns.map((p) => overlaps(formats, p)));
    if (excluded === 'yes') return { scope: 'some' };
    return open || excluded === 'maybe' ? maybe(excluded) : { scope: 'all' };
  }
  const applies = not(covers(formats, patterns));
  if (applies === 'no') return { scope: 'none' };
  if (applies === 'yes' && !open) return { scope: 'all', on: `everything but ${patterns.join(', ')}` };
  return maybe(applies);
}

const cache = new WeakMap<readonly Str[], Map<string, ActionScope>>();

/**
 * The statement's resource scope for `action`: from the action's ARN formats when the catalogue
 * knows it, else the plain rule for `Resource: "*"` (resourceScope). Cached per resource list.
 */
export function actionResourceScope(st: Statement, effect: 'Allow' | 'Deny', action: string): ActionScope {
  const listed = st.resource ?? st.notResource;
  if (!listed || listed.length === 0) return { scope: resourceScope(st, effect) };
  if (listed.some((r) => typeof r === 'string' && coversEveryResource(r))) {
    return { scope: st.resource ? 'all' : 'none' };
  }
  const formats = actionResourceFormats(action);
  if (!formats) return { scope: resourceScope(st, effect) };
  let byAction = cache.get(listed);
  if (!byAction) cache.set(listed, (byAction = new Map()));
  const key = `${st.resource ? 'R' : 'N'}${effect}:${action.toLowerCase()}`;
  let found = byAction.get(key);
  if (!found) {
    found = judge(st, effect, formats);
    byAction.set(key, found);
  }
  return found;
}
