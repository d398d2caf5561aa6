import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../src/evaluate.js';
import { APPLIANCE, GOOD, role, V10_ACTIONS, allow, type RoleSpec } from './helpers/roles.js';

const sel = { kinds: ['production-worker'], selectedBy: 'test' };
const opts = { veeamVersion: '10', appliancePrincipals: [APPLIANCE] };
const BAD: RoleSpec = { ...GOOD, inline: [allow(V10_ACTIONS.slice(1))] };

describe('evaluateRole', () => {
  it('passes a compliant role with four checks in order', () => {
    const report = evaluateRole(role(GOOD), sel, opts);
    expect(report.verdict).toBe('pass');
    expect(report.checks.map((c) => c.check)).toEqual([
      'trust-ec2',
      'trust-appliance',
      'instance-profile',
      'permissions',
    ]);
    expect(report).toMatchObject({
      id: 'test.yaml#WorkerRole',
      kind: 'production-worker',
      veeamVersion: '10',
      selectedBy: 'test',
    });
  });

  it('is the worst of its checks', () => {
    expect(evaluateRole(role({ ...GOOD, profiles: [] }), sel, opts).verdict).toBe('fail');
    expect(
      evaluateRole(role({ ...GOOD, complete: { instanceProfiles: false }, profiles: [] }), sel, opts).verdict,
    ).toBe('unknown');
  });

  it.each<[string, RoleSpec[], string]>([
    ['pass in every branch', [GOOD, GOOD], 'pass'],
    ['fail in every branch', [BAD, BAD], 'fail'],
    ['pass in one, fail in the other', [GOOD, BAD], 'unknown'],
    [
      'fail in one, unknown in the other',
      [BAD, { ...GOOD, inline: [], complete: { policies: false } }],
      'fail',
    ],
  ])('combines condition variants: %s', (_n, [first, ...more], expected) => {
    const withAssumptions = [first!, ...more].map((s, i) => ({ ...s, assumptions: { UseSsm: i === 0 } }));
    const report = evaluateRole(role(withAssumptions[0]!, withAssumptions.slice(1)), sel, opts);
    expect(report.checks.find((c) => c.check === 'permissions')!.verdict).toBe(expected);
  });

  it('says which branch fails', () => {
    const report = evaluateRole(
      role({ ...GOOD, assumptions: { UseSsm: true } }, [{ ...BAD, assumptions: { UseSsm: false } }]),
      sel,
      opts,
    );
    const permissions = report.checks.find((c) => c.check === 'permissions')!;
    expect(permissions.message).toContain('fail when UseSsm=false');
    expect(permissions.unprovenActions).toEqual([V10_ACTIONS[0]]);
  });

  it('turns a pass into unknown on an open question that may change anything', () => {
    const spec = {
      ...GOOD,
      openQuestions: [
        {
          checks: ['permissions' as const],
          reason: 'Transform AWS::Serverless-2016-10-31 may change the role',
        },
      ],
    };
    const report = evaluateRole(role(spec), sel, opts);
    expect(report.checks.find((c) => c.check === 'permissions')).toMatchObject({ verdict: 'unknown' });
    expect(report.checks.find((c) => c.check === 'permissions')!.message).toContain('Transform');
  });

  it('attaches a fix only to failing checks', () => {
    const report = evaluateRole(role({ ...BAD, profiles: [] }), sel, opts);
    expect(report.checks.filter((c) => c.fix).map((c) => c.check)).toEqual([
      'instance-profile',
      'permissions',
    ]);
  });

  it('rejects an unknown Veeam version with a one-line input error', () => {
    expect(() => evaluateRole(role(GOOD), sel, { ...opts, veeamVersion: '7' })).toThrow(
      /veeam-version '7' is not known/,
    );
  });
});

describe('open questions on an unknown check', () => {
  it('keep the verdict and add their reason', () => {
    const spec = {
      ...GOOD,
      profiles: [],
      complete: { instanceProfiles: false },
      openQuestions: [
        {
          checks: ['instance-profile' as const],
          reason: 'ListInstanceProfilesForRole was denied',
          onlyAdds: true,
        },
      ],
    };
    const check = evaluateRole(role(spec), sel, opts).checks.find((c) => c.check === 'instance-profile')!;
    expect(check.verdict).toBe('unknown');
    expect(check.message).toContain('also open: ListInstanceProfilesForRole was denied');
  });
});
