import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../src/evaluate.js';
import { combinedRequirements } from '../../src/requirements/index.js';
import { APPLIANCE, role } from '../helpers/roles.js';
import { compliant, policyFor } from './compliant.js';

// EFS indexing with workers: Veeam grants ec2:StartInstances/TerminateInstances only on instances
// tagged EfsIndexWorker, and ec2:CreateTags only when RunInstances tags them so.
const kinds = ['efs-backup', 'production-worker-deployment'];
const requirement = combinedRequirements(kinds, '10');
const TAG = { StringEquals: { 'ec2:ResourceTag/EfsIndexWorker': 'EfsIndexWorker' } };
const CREATE = {
  StringEquals: { 'ec2:CreateAction': 'RunInstances', 'aws:RequestTag/EfsIndexWorker': 'EfsIndexWorker' },
};
const base = policyFor(requirement, ['ec2:StartInstances', 'ec2:TerminateInstances', 'ec2:CreateTags']);
const grant = (Action: string[], Condition?: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action, Resource: '*', ...(Condition ? { Condition } : {}) }],
});
const START_STOP = ['ec2:StartInstances', 'ec2:TerminateInstances'];

function permissions(...extra: object[]) {
  const spec = { ...compliant(requirement), inline: [base, ...extra] };
  return evaluateRole(
    role(spec),
    { kinds, selectedBy: 'test' },
    { veeamVersion: '10', appliancePrincipals: [APPLIANCE] },
  ).checks.find((c) => c.check === 'permissions')!;
}

describe('conditional requirements (EFS indexing)', () => {
  it('keeps the page conditions as data', () => {
    expect(requirement.conditional).toEqual([
      {
        actions: ['ec2:StartInstances', 'ec2:TerminateInstances'],
        condition: { StringEquals: { 'ec2:ResourceTag/EfsIndexWorker': ['EfsIndexWorker'] } },
      },
      {
        actions: ['ec2:CreateTags'],
        condition: {
          StringEquals: {
            'ec2:CreateAction': ['RunInstances'],
            'aws:RequestTag/EfsIndexWorker': ['EfsIndexWorker'],
          },
        },
      },
    ]);
  });

  it.each<[string, object[], string, string[]]>([
    ['the same conditions', [grant(START_STOP, TAG), grant(['ec2:CreateTags'], CREATE)], 'pass', []],
    ['unconditional grants', [grant([...START_STOP, 'ec2:CreateTags'])], 'pass', []],
    ['a wildcard action, unconditional', [grant(['ec2:*'])], 'pass', []],
    [
      'fewer tests than required (broader)',
      [
        grant(START_STOP, TAG),
        grant(['ec2:CreateTags'], { StringEquals: { 'aws:RequestTag/EfsIndexWorker': 'EfsIndexWorker' } }),
      ],
      'pass',
      [],
    ],
    [
      'more values than required (broader)',
      [
        grant(START_STOP, {
          StringEquals: { 'ec2:ResourceTag/EfsIndexWorker': ['EfsIndexWorker', 'Other'] },
        }),
        grant(['ec2:CreateTags'], CREATE),
      ],
      'pass',
      [],
    ],
    [
      'a StringLike pattern matching the value (broader)',
      [
        grant(START_STOP, { StringLike: { 'ec2:ResourceTag/EfsIndexWorker': 'Efs*' } }),
        grant(['ec2:CreateTags'], CREATE),
      ],
      'pass',
      [],
    ],
    [
      'condition keys in another case',
      [
        grant(START_STOP, { StringEquals: { 'EC2:resourcetag/EfsIndexWorker': 'EfsIndexWorker' } }),
        grant(['ec2:CreateTags'], CREATE),
      ],
      'pass',
      [],
    ],
    [
      'an extra test (narrower)',
      [
        grant(START_STOP, {
          StringEquals: {
            'ec2:ResourceTag/EfsIndexWorker': 'EfsIndexWorker',
            'aws:RequestedRegion': 'eu-west-1',
          },
        }),
        grant(['ec2:CreateTags'], CREATE),
      ],
      'unknown',
      [],
    ],
    [
      'another tag value',
      [
        grant(START_STOP, { StringEquals: { 'ec2:ResourceTag/EfsIndexWorker': 'Other' } }),
        grant(['ec2:CreateTags'], CREATE),
      ],
      'unknown',
      [],
    ],
    [
      'the tag condition on CreateTags where RunInstances is required too',
      [grant(START_STOP, TAG), grant(['ec2:CreateTags'], TAG)],
      'unknown',
      [],
    ],
    ['no grant at all', [grant(START_STOP, TAG)], 'fail', ['ec2:CreateTags']],
  ])('%s → %s', (_name, extra, verdict, missing) => {
    const p = permissions(...extra);
    expect(p.verdict).toBe(verdict);
    expect(p.missingActions).toEqual(missing);
    if (verdict === 'unknown') expect(p.message).toMatch(/Condition that the required one does not imply/);
  });

  it('drops a condition when another kind needs the action outright', () => {
    // ec2-backup needs ec2:CreateTags, and its worker extra ec2:TerminateInstances, unconditionally.
    const c = combinedRequirements(['efs-backup', 'ec2-backup', 'production-worker-deployment'], '10');
    expect(c.conditional).toEqual([
      {
        actions: ['ec2:StartInstances'],
        condition: { StringEquals: { 'ec2:ResourceTag/EfsIndexWorker': ['EfsIndexWorker'] } },
      },
    ]);
  });

  it('still treats conditional grants of unconditional requirements as unproven', () => {
    const p = permissions(
      grant(START_STOP, TAG),
      grant(['ec2:CreateTags'], CREATE),
      grant(['ec2:RunInstances'], TAG),
    );
    // base already grants RunInstances outright, so the conditional extra changes nothing.
    expect(p.verdict).toBe('pass');
    const without = {
      ...compliant(requirement),
      inline: [policyFor(requirement, ['ec2:RunInstances']), grant(['ec2:RunInstances'], TAG)],
    };
    const q = evaluateRole(
      role(without),
      { kinds, selectedBy: 't' },
      { veeamVersion: '10', appliancePrincipals: [APPLIANCE] },
    ).checks.find((c) => c.check === 'permissions')!;
    expect(q.verdict).toBe('unknown');
    expect(q.unprovenActions).toEqual(['ec2:RunInstances']);
  });
});
