import type { SourceLocation } from '../model/location.js';
import type { PolicyDocument, Principal, Statement } from '../model/policy.js';
import { coversAction, describeStatement, effectOf, isConditional } from './statement.js';
import type { Tri } from './tri.js';
import { isUnresolved } from '../model/value.js';

export type PrincipalMatcher = (p: Principal) => Tri;

export interface TrustDecision {
  /** Can the principal assume the role with sts:AssumeRole? */
  state: Tri;
  /** The statement that grants it (for `yes`), or the deciding Deny / doubt. */
  location?: SourceLocation;
  grantedBy?: Statement;
  reasons: string[];
}

const ASSUME = 'sts:AssumeRole';

function isWildcard(p: Principal): boolean {
  return p.type === '*' || (p.type === 'AWS' && p.value === '*');
}

function principalMatches(st: Statement, match: PrincipalMatcher, wildcards: boolean): Tri {
  if (st.principal) {
    let result: Tri = 'no';
    for (const p of st.principal) {
      const m = isWildcard(p) ? (wildcards ? 'yes' : 'no') : match(p);
      if (m === 'yes') return 'yes';
      if (m === 'maybe') result = 'maybe';
    }
    return result;
  }
  if (st.notPrincipal) {
    // Everyone except the listed principals.
    if (!wildcards) return 'no';
    let result: Tri = 'yes';
    for (const p of st.notPrincipal) {
      const m = p.type === '*' ? 'yes' : match(p);
      if (m === 'yes') return 'no';
      if (m === 'maybe') result = 'maybe';
    }
    return result;
  }
  return 'no';
}

/**
 * Evaluates a trust policy for one principal and sts:AssumeRole: an Allow that names it (directly,
 * by wildcard, or through NotPrincipal), and no Deny that takes it away. `conditionAccepted`
 * decides which conditions still count as a certain grant (e.g. sts:ExternalId for the appliance).
 */
export function decideTrust(
  doc: PolicyDocument,
  match: PrincipalMatcher,
  conditionAccepted: (st: Statement) => boolean = () => false,
): TrustDecision {
  return decide(doc, match, conditionAccepted);
}

/**
 * Like decideTrust, but an Allow counts only when it names the principal: `*`, `{"AWS": "*"}` and
 * NotPrincipal grants are ignored (they are reported as dangerous instead). Denies still count in full.
 */
export function decideExplicitTrust(
  doc: PolicyDocument,
  match: PrincipalMatcher,
  conditionAccepted: (st: Statement) => boolean = () => false,
): TrustDecision {
  return decide(doc, match, conditionAccepted, false);
}

function decide(
  doc: PolicyDocument,
  match: PrincipalMatcher,
  conditionAccepted: (st: Statement) => boolean,
  allowWildcards = true,
): TrustDecision {
  // Statements are a union (issue 12): an unconditional Deny decides; else an unconditional Allow
  // decides unless a Deny may take it away; else a conditional Allow leaves it open; else nothing
  // grants it, whatever conditional Denies say.
  let granted: Statement | undefined;
  const allowDoubts: string[] = [];
  const denyDoubts: string[] = [];
  for (const st of doc.statements) {
    const effect = effectOf(st);
    if (effect === 'invalid') continue;
    const action = coversAction(st, ASSUME);
    if (action === 'no') continue;
    const principal = principalMatches(st, match, effect === 'Deny' || allowWildcards);
    if (principal === 'no') continue;
    const certain = action === 'yes' && principal === 'yes';
    if (effect === 'Deny') {
      if (certain && !isConditional(st)) {
        return { state: 'no', location: st.location, reasons: [`${describeStatement(st)} denies it`] };
      }
      denyDoubts.push(`${describeStatement(st)} may deny it`);
    } else if (effect === 'unresolved') {
      const why = `${describeStatement(st)} has an Effect that cannot be resolved`;
      allowDoubts.push(why);
      denyDoubts.push(why);
    } else if (certain && (!isConditional(st) || conditionAccepted(st))) {
      granted ??= st;
    } else {
      allowDoubts.push(
        certain
          ? `${describeStatement(st)} allows it only under a Condition (${st.condition.map((c) => `${c.operator} ${c.key}`).join(', ') || 'unresolved'})`
          : `${describeStatement(st)} names a principal or action that cannot be resolved (${openValues(st).join('; ')})`,
      );
    }
  }
  if (doc.unresolved) {
    const why = `the trust policy cannot be read (${doc.unresolved.reason})`;
    allowDoubts.push(why);
    denyDoubts.push(why);
  }
  if (granted) {
    const state = denyDoubts.length ? 'maybe' : 'yes';
    return { state, grantedBy: granted, location: granted.location, reasons: denyDoubts };
  }
  if (allowDoubts.length) return { state: 'maybe', reasons: [...allowDoubts, ...denyDoubts] };
  return { state: 'no', reasons: [] };
}

/** The reasons behind a statement's unresolved principals and actions, for messages. */
function openValues(st: Statement): string[] {
  const principals = [...(st.principal ?? []), ...(st.notPrincipal ?? [])].map((p) => p.value);
  const reasons = [...principals, ...(st.action ?? []), ...(st.notAction ?? [])]
    .filter(isUnresolved)
    .map((v) => v.reason);
  return reasons.length ? [...new Set(reasons)] : ['a value the input does not give'];
}

/** Allow statements that let anyone assume the role: `Principal: "*"`, `{"AWS": "*"}`, or NotPrincipal. */
export function wildcardTrust(doc: PolicyDocument): { statement: Statement; conditional: boolean }[] {
  return doc.statements
    .filter(
      (st) =>
        effectOf(st) === 'Allow' &&
        coversAction(st, ASSUME) !== 'no' &&
        (st.notPrincipal !== undefined || (st.principal ?? []).some(isWildcard)),
    )
    .map((statement) => ({ statement, conditional: isConditional(statement) }));
}
