import { describe, expect, it } from 'vitest';
import { gateOutcome } from '../src/gate.js';
import type { Report, Summary } from '../src/model/report.js';

function report(counts: Partial<Summary>): Report {
  const summary: Summary = {
    files: 1,
    iamRoles: 3,
    workerRoles: 0,
    pass: 0,
    fail: 0,
    unknown: 0,
    errors: 0,
    ...counts,
  };
  summary.workerRoles = summary.pass + summary.fail + summary.unknown;
  return { version: 1, summary, roles: [], errors: [], warnings: [] };
}

describe('gateOutcome', () => {
  it.each([
    // counts, on-unknown, verdict, exit code, reason
    [
      {},
      'fail',
      'pass',
      0,
      "No Veeam worker roles found among 3 IAM roles (name them in the config's roles: or tag them veeam:role).",
    ],
    [{ iamRoles: 0 }, 'fail', 'pass', 0, 'No Veeam worker roles found.'],
    [{ pass: 2 }, 'fail', 'pass', 0, 'All 2 Veeam roles pass.'],
    [{ pass: 1 }, 'warn', 'pass', 0, 'All 1 Veeam role pass.'],
    [{ pass: 1, fail: 1 }, 'fail', 'fail', 1, '1 role failed.'],
    [{ fail: 2 }, 'warn', 'fail', 1, '2 roles failed.'],
    [{ unknown: 1 }, 'fail', 'unknown', 1, '1 role could not be proven (on-unknown: fail).'],
    [
      { unknown: 2, pass: 1 },
      'warn',
      'unknown',
      0,
      "2 roles could not be proven; passing because on-unknown is 'warn'.",
    ],
    [{ errors: 1 }, 'fail', 'fail', 1, '1 error in files or config.'],
    [{ errors: 1, pass: 3 }, 'warn', 'fail', 1, '1 error in files or config.'],
    [{ errors: 2, unknown: 1 }, 'warn', 'fail', 1, '2 errors in files or config.'],
    [
      { fail: 1, unknown: 1, errors: 1 },
      'fail',
      'fail',
      1,
      '1 role failed, 1 error in files or config, 1 role could not be proven.',
    ],
  ] as const)('%j with on-unknown %s → %s (exit %d)', (counts, onUnknown, verdict, exitCode, reason) => {
    expect(gateOutcome(report(counts), onUnknown)).toEqual({ verdict, exitCode, reason });
  });
});

describe('gateOutcome with least-privilege advice', () => {
  const advised = (code: string): Report => ({
    version: 1,
    summary: { files: 1, iamRoles: 1, workerRoles: 1, pass: 1, fail: 0, unknown: 0, errors: 0 },
    roles: [],
    errors: [],
    warnings: [{ code, message: 'grants iam:* beyond what Veeam needs' }],
  });
  it.each<[string, 'warn' | 'fail' | undefined, number]>([
    ['least-privilege', undefined, 0],
    ['least-privilege', 'warn', 0],
    ['least-privilege', 'fail', 1],
    ['unknown-action', 'fail', 1],
    ['duplicate-key', 'fail', 0],
  ])('%s under least-privilege %s exits %i', (code, mode, exitCode) => {
    expect(gateOutcome(advised(code), 'fail', mode).exitCode).toBe(exitCode);
  });
});
