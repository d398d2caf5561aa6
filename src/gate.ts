// STUB until the engine lands on main (CLI engineer owns this file): signature only.
import type { Report } from './model/report.js';
import type { Verdict } from './model/verdict.js';

export interface GateOutcome {
  verdict: Verdict;
  exitCode: 0 | 1;
  reason: string;
}

export function gateOutcome(report: Report, onUnknown: 'fail' | 'warn'): GateOutcome {
  const { fail, unknown, errors } = report.summary;
  const verdict: Verdict = fail > 0 || errors > 0 ? 'fail' : unknown > 0 ? 'unknown' : 'pass';
  const fails = verdict === 'fail' || (verdict === 'unknown' && onUnknown === 'fail');
  return { verdict, exitCode: fails ? 1 : 0, reason: fails ? `gate ${verdict}` : 'gate passes' };
}
