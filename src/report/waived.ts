import type { CheckResult, Report, RoleReport } from '../model/report.js';
import type { CheckWaiver } from '../model/waiver.js';
import { compareChecks } from './check-info.js';

/** Waivers expiring within this many days are flagged in the comment, the summary and the text. */
export const expiresSoonDays = 14;

export interface WaivedCheck {
  role: RoleReport;
  check: CheckResult;
  waiver: CheckWaiver;
  expiresSoon: boolean;
}

/** Every waived check of the report, in report order (roles by id, checks in check order). */
export function waivedChecks(report: Report): WaivedCheck[] {
  return report.roles.flatMap((role) =>
    [...role.checks]
      .sort((a, b) => compareChecks(a.check, b.check))
      .filter((check) => check.waiver)
      .map((check) => ({
        role,
        check,
        waiver: check.waiver!,
        expiresSoon: check.waiver!.daysLeft <= expiresSoonDays,
      })),
  );
}

/** "config .github/veeam-iam-gate.yml:12" or "inline infra/stack.yaml:40". */
export function waiverPlace(waiver: CheckWaiver): string {
  return `${waiver.source} ${waiver.location.file}:${waiver.location.line}`;
}

/** The one-line notice for worker-named roles nothing ties to Veeam (issue 13), or undefined. */
export function notVeeamNotice(report: Report): string | undefined {
  const names = (report.skipped ?? []).filter((s) => s.reason === 'not-veeam').map((s) => s.id);
  if (names.length === 0) return undefined;
  const n = names.length;
  return `${n} role${n === 1 ? ' looks like a worker role' : 's look like worker roles'} but nothing names Veeam: ${names.join(', ')}; add ${n === 1 ? 'it' : 'them'} under \`roles:\` in the config to check ${n === 1 ? 'it' : 'them'}.`;
}
