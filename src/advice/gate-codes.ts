import type { Warning } from '../model/report.js';

// Apart from the advice itself (src/advice/index.ts), which loads the action catalogue and the IAM
// evaluator: the gate's decision needs only these, also on a run with nothing to check (issue 16).

/** Warning codes that `least-privilege: fail` turns into a failing gate. */
export const LEAST_PRIVILEGE_CODES: readonly string[] = ['least-privilege', 'unknown-action'];

/** Whether the advice fails the gate: only with `least-privilege: fail`, and only for those codes. */
export function adviceFails(warnings: readonly Warning[], mode: 'warn' | 'fail' | undefined): boolean {
  return mode === 'fail' && warnings.some((w) => LEAST_PRIVILEGE_CODES.includes(w.code));
}
