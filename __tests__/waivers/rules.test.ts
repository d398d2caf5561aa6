import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { daysBetween, isDay, todayOf } from '../../src/waivers/dates.js';
import { waiverProblem } from '../../src/waivers/rules.js';

describe('waiver rules', () => {
  const today = '2026-12-01';
  it.each<[string, { checks: string[]; reason?: string; expires?: string }, number, string | undefined]>([
    ['acceptable', { checks: ['permissions'], reason: 'r', expires: '2027-06-01' }, 365, undefined],
    ['expires today', { checks: ['all'], reason: 'r', expires: today }, 365, undefined],
    ['exactly the longest', { checks: ['all'], reason: 'r', expires: '2027-12-01' }, 365, undefined],
    [
      'a trust-<service> check',
      { checks: ['trust-backup.amazonaws.com'], reason: 'r', expires: '2027-01-01' },
      365,
      undefined,
    ],
    [
      'one day too long',
      { checks: ['all'], reason: 'r', expires: '2027-12-02' },
      365,
      'is 366 days from today (2026-12-01); waivers may run at most 365 days',
    ],
    [
      'too long for a stricter limit',
      { checks: ['all'], reason: 'r', expires: '2027-01-01' },
      30,
      'at most 30 days',
    ],
    ['no reason', { checks: ['all'], expires: '2027-01-01' }, 365, 'needs a reason'],
    ['blank reason', { checks: ['all'], reason: '  ', expires: '2027-01-01' }, 365, 'needs a reason'],
    ['no expiry', { checks: ['all'], reason: 'r' }, 365, 'needs an expiry date'],
    [
      'not a date',
      { checks: ['all'], reason: 'r', expires: 'next year' },
      365,
      "expires 'next year' is not a date",
    ],
    ['not a calendar day', { checks: ['all'], reason: 'r', expires: '2027-02-30' }, 365, 'is not a date'],
    [
      'unknown check',
      { checks: ['permission'], reason: 'r', expires: '2027-01-01' },
      365,
      "'permission' is not a check",
    ],
  ])('%s', (_label, waiver, max, problem) => {
    const found = waiverProblem(waiver, today, max);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });

  it('counts days and validates dates', () => {
    expect(daysBetween('2026-12-01', '2026-12-15')).toBe(14);
    expect(daysBetween('2026-12-01', '2026-11-30')).toBe(-1);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
  });

  it('takes today from VEEAM_IAM_GATE_TODAY, else the clock (UTC)', () => {
    expect(todayOf({ VEEAM_IAM_GATE_TODAY: '2026-12-01' })).toBe('2026-12-01');
    expect(todayOf({}, new Date('2026-05-04T23:30:00Z'))).toBe('2026-05-04');
    expect(() => todayOf({ VEEAM_IAM_GATE_TODAY: 'tomorrow' })).toThrow(InputError);
  });
});
