import { InputError } from '../model/errors.js';
import { checkGateVerdict } from '../model/gate-verdict.js';
import type { BaselineEntry, Report } from '../model/report.js';

/** The baseline file: today's findings that fail the gate, so that only new or worse ones fail it later. */
export interface BaselineFile {
  version: 1;
  findings: BaselineEntry[];
}

/**
 * The findings to record (`--write-baseline`): every failing or unknown check that no waiver covers,
 * with its missing (and unproven) actions. Sorted and free of dates: it diffs cleanly. Pure.
 */
export function baselineOf(report: Report): BaselineFile {
  const findings: BaselineEntry[] = [];
  for (const role of report.roles)
    for (const check of role.checks) {
      if (
        check.verdict === 'pass' ||
        (check.waiver && checkGateVerdict({ ...check, baseline: undefined }) === 'pass')
      )
        continue;
      findings.push({
        role: role.id,
        check: check.check,
        verdict: check.verdict,
        missingActions: [...(check.missingActions ?? []), ...(check.unprovenActions ?? [])].sort(),
      });
    }
  findings.sort((a, b) => (a.role === b.role ? compare(a.check, b.check) : compare(a.role, b.role)));
  return { version: 1, findings };
}

export function renderBaseline(baseline: BaselineFile): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Reads a baseline file; anything else is an InputError naming the file and what is wrong. */
export function parseBaseline(text: string, file: string): BaselineFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${file}: not a baseline file (not valid JSON: ${(error as Error).message}); write one with --write-baseline`,
    );
  }
  const bad = (what: string): never => {
    throw new InputError(`${file}: not a baseline file: ${what}; write one with --write-baseline`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('expected a JSON object');
  const { version, findings } = data as Record<string, unknown>;
  if (version !== 1) return bad(`version must be 1 (got ${JSON.stringify(version)})`);
  if (!Array.isArray(findings)) return bad('findings must be a list');
  return {
    version: 1,
    findings: findings.map((f: unknown, i): BaselineEntry => {
      const e = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
      const actions = e.missingActions ?? [];
      if (typeof e.role !== 'string' || typeof e.check !== 'string')
        return bad(`findings[${i}] needs role and check strings`);
      if (e.verdict !== 'fail' && e.verdict !== 'unknown')
        return bad(`findings[${i}].verdict must be fail or unknown`);
      if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string'))
        return bad(`findings[${i}].missingActions must be a list of actions`);
      return { role: e.role, check: e.check, verdict: e.verdict, missingActions: actions as string[] };
    }),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
