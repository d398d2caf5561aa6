import { adviceFails, LEAST_PRIVILEGE_CODES } from './advice/gate-codes.js';
import type { Report } from './model/report.js';

export interface GateOutcome {
  verdict: 'pass' | 'fail' | 'unknown';
  exitCode: 0 | 1;
  /** One sentence for logs and the action's output. */
  reason: string;
}

/**
 * The gate's decision (design.md §2, §5): it fails on any failing role, on any file or config
 * error, and on any `unknown` role unless `onUnknown` is 'warn'. `verdict` stays 'unknown' under
 * 'warn' so callers can still show that something was not proven.
 */
export function gateOutcome(
  report: Report,
  onUnknown: 'fail' | 'warn',
  leastPrivilege: 'warn' | 'fail' = 'warn',
): GateOutcome {
  const { fail, unknown, errors, workerRoles } = report.summary;
  const advice = adviceFails(report.warnings, leastPrivilege)
    ? report.warnings.filter((w) => LEAST_PRIVILEGE_CODES.includes(w.code)).length
    : 0;
  if (fail > 0 || errors > 0 || advice > 0) {
    const parts = [];
    if (fail > 0) parts.push(`${count(fail, 'role')} failed`);
    if (errors > 0) parts.push(`${count(errors, 'error')} in files or config`);
    if (advice > 0) parts.push(`${count(advice, 'least-privilege finding')} (least-privilege: fail)`);
    if (unknown > 0 && onUnknown === 'fail') parts.push(`${count(unknown, 'role')} could not be proven`);
    return { verdict: 'fail', exitCode: 1, reason: `${parts.join(', ')}.` };
  }
  if (unknown > 0) {
    return onUnknown === 'warn'
      ? {
          verdict: 'unknown',
          exitCode: 0,
          reason: `${count(unknown, 'role')} could not be proven; passing because on-unknown is 'warn'.`,
        }
      : {
          verdict: 'unknown',
          exitCode: 1,
          reason: `${count(unknown, 'role')} could not be proven (on-unknown: fail).`,
        };
  }
  if (workerRoles === 0) {
    const seen = report.summary.iamRoles;
    const hint =
      seen > 0
        ? ` among ${count(seen, 'IAM role')} (name them in the config's roles: or tag them veeam:role)`
        : '';
    return { verdict: 'pass', exitCode: 0, reason: `No Veeam worker roles found${hint}.` };
  }
  const accepted = report.summary.accepted ?? 0;
  const through = accepted > 0 ? `, ${accepted} of them through waivers or the baseline` : '';
  return { verdict: 'pass', exitCode: 0, reason: `All ${count(workerRoles, 'Veeam role')} pass${through}.` };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
