import type { CheckResult, Report, RoleReport } from '../model/report.js';
import { compareChecks } from './check-info.js';

/** One thing to show at a place in a file: a failing or unknown check, an unreadable file, or advice. */
export interface Finding {
  severity: 'fail' | 'unknown' | 'advice';
  /** A check id, 'file-error', or 'advice'. */
  ruleId: string;
  file: string;
  line?: number;
  column?: number;
  /** Short: names the role and the check. */
  title: string;
  /** The whole message, one paragraph, with the missing actions when there are any. */
  message: string;
  role?: RoleReport;
  check?: CheckResult;
}

/** The part of a role id after '#': the logical ID, Terraform address or role name. */
export function roleKey(role: RoleReport): string {
  const hash = role.id.indexOf('#');
  return hash === -1 ? role.id : role.id.slice(hash + 1);
}

export function checkMessage(check: CheckResult): string {
  const parts = [check.message.trim()];
  if (unsaid(check.message, check.missingActions))
    parts.push(`Missing: ${check.missingActions!.join(', ')}.`);
  if (unsaid(check.message, check.unprovenActions))
    parts.push(`Not proven: ${check.unprovenActions!.join(', ')}.`);
  for (const note of check.notes ?? []) parts.push(`Note: ${note}.`);
  return parts.join(' ');
}

/** Whether a list of actions still needs saying: the check's message may already name them all. */
export function unsaid(message: string, actions: readonly string[] | undefined): boolean {
  return !!actions?.length && !actions.every((action) => message.includes(action));
}

/**
 * Every finding of the report, most important first: unreadable files (nothing in them was checked),
 * failing checks, unknown checks, then advice. Within each, report order (roles are sorted by id).
 */
export function findingsOf(report: Report): Finding[] {
  const fileErrors: Finding[] = report.errors.map((error) => ({
    severity: 'fail',
    ruleId: 'file-error',
    file: error.file,
    line: error.line,
    column: error.column,
    title: `${error.file} could not be checked`,
    message: error.message,
  }));
  const checks: Finding[] = [];
  for (const role of report.roles) {
    const sorted = [...role.checks].sort((a, b) => compareChecks(a.check, b.check));
    for (const check of sorted) {
      if (check.verdict === 'pass') continue;
      const location = check.location ?? role.location;
      checks.push({
        severity: check.verdict,
        ruleId: check.check,
        file: location.file,
        line: location.line,
        column: location.column,
        title: `${roleKey(role)}: ${check.check} ${check.verdict === 'fail' ? 'fails' : 'is unknown'}`,
        message: checkMessage(check),
        role,
        check,
      });
    }
  }
  const advice: Finding[] = [];
  for (const warning of report.warnings) {
    if (!warning.location) continue;
    advice.push({
      severity: 'advice',
      ruleId: 'advice',
      file: warning.location.file,
      line: warning.location.line,
      column: warning.location.column,
      title: `veeam-iam-gate: ${warning.code}`,
      message: warning.message,
    });
  }
  return [
    ...fileErrors,
    ...checks.filter((f) => f.severity === 'fail'),
    ...checks.filter((f) => f.severity === 'unknown'),
    ...advice,
  ];
}
