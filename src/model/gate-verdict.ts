import type { CheckResult, RoleReport, Summary } from './report.js';
import { worst, type Verdict } from './verdict.js';

/**
 * What the gate counts for one check (design.md §2): a check the baseline records, or a waiver
 * covers wholly, counts as a pass; a partial waiver leaves the actions it does not cover.
 */
export function checkGateVerdict(check: CheckResult): Verdict {
  if (check.verdict === 'pass' || check.baseline) return 'pass';
  const waiver = check.waiver;
  if (!waiver) return check.verdict;
  if (!waiver.actions) return 'pass';
  const waived = new Set(waiver.actions.map((a) => a.toLowerCase()));
  const left = (list: string[] | undefined) => (list ?? []).filter((a) => !waived.has(a.toLowerCase()));
  if (left(check.missingActions).length) return 'fail';
  if (left(check.unprovenActions).length) return 'unknown';
  // A check that fails or is unknown for a reason other than actions is not covered by an action list.
  return check.missingActions?.length || check.unprovenActions?.length ? 'pass' : check.verdict;
}

/** Sets `gateVerdict` on the role when waivers or the baseline make it differ from `verdict`. */
export function settleGateVerdict(role: RoleReport): void {
  const gate = worst(role.checks.map(checkGateVerdict));
  if (gate === role.verdict) delete role.gateVerdict;
  else role.gateVerdict = gate;
}

/** Role counts as the gate sees them: `fail` / `unknown` leave out what waivers or the baseline accept. */
export function countRoles(
  roles: readonly RoleReport[],
): Pick<Summary, 'pass' | 'fail' | 'unknown' | 'accepted'> {
  const gate = (r: RoleReport): Verdict => r.gateVerdict ?? r.verdict;
  const accepted = roles.filter((r) => r.verdict !== 'pass' && gate(r) === 'pass').length;
  return {
    pass: roles.filter((r) => r.verdict === 'pass').length,
    fail: roles.filter((r) => gate(r) === 'fail').length,
    unknown: roles.filter((r) => gate(r) === 'unknown').length,
    ...(accepted > 0 && { accepted }),
  };
}
