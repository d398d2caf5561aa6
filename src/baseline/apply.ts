import { countRoles, settleGateVerdict } from '../model/gate-verdict.js';
import type { BaselineEntry, Report } from '../model/report.js';
import type { BaselineFile } from './file.js';

/**
 * Applies a baseline to a report (issue 13): a failing or unknown check the baseline records, no
 * worse (no action missing that was not recorded, not `fail` where `unknown` was recorded), is
 * marked `baseline` and no longer fails the gate. Recorded findings that no longer occur are listed
 * as fixed; those naming a role the scan no longer sees are warnings. With `partial` (changed
 * files, a shard) absent roles are not judged. Returns a new report.
 */
export function applyBaseline(report: Report, baseline: BaselineFile, file: string, partial = false): Report {
  const roles = report.roles.map((role) => ({ ...role, checks: role.checks.map((c) => ({ ...c })) }));
  const entries = new Map(baseline.findings.map((e) => [`${e.role}\u0000${e.check}`, e]));
  const used = new Set<BaselineEntry>();
  for (const role of roles) {
    for (const check of role.checks) {
      const entry = entries.get(`${role.id}\u0000${check.check}`);
      if (!entry) continue;
      used.add(entry);
      if (check.verdict === 'pass') continue;
      const recorded = new Set(entry.missingActions.map((a) => a.toLowerCase()));
      const now = [...(check.missingActions ?? []), ...(check.unprovenActions ?? [])];
      const worse =
        (check.verdict === 'fail' && entry.verdict === 'unknown') ||
        now.some((a) => !recorded.has(a.toLowerCase()));
      if (!worse) check.baseline = { missingActions: [...entry.missingActions] };
    }
    settleGateVerdict(role);
  }
  const present = new Set(roles.map((r) => r.id));
  const fixed: BaselineEntry[] = [];
  const warnings = [...report.warnings];
  const gone = new Set<string>();
  for (const entry of baseline.findings) {
    if (present.has(entry.role)) {
      const check = roles.find((r) => r.id === entry.role)?.checks.find((c) => c.check === entry.check);
      if (!check || check.verdict === 'pass') fixed.push(entry);
    } else if (!partial && !gone.has(entry.role)) {
      gone.add(entry.role);
      warnings.push({
        code: 'baseline-role-gone',
        message: `the baseline ${file} names ${entry.role}, which the scan no longer finds: remove its entries`,
      });
    }
  }
  return {
    ...report,
    roles,
    warnings,
    summary: { ...report.summary, ...countRoles(roles) },
    baseline: { file, fixed },
  };
}
