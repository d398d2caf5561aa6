import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../src/evaluate.js';
import { parseYamlLocated } from '../../src/parsers/located.js';
import { policyFromNode } from '../../src/parsers/policy-document.js';
import { allow, APPLIANCE, GOOD, role, V10_ACTIONS, type RoleSpec } from '../helpers/roles.js';

const sel = { kinds: ['production-worker'], selectedBy: 'test' };
const run = (spec: RoleSpec, veeamVersion = '10') =>
  evaluateRole(role(spec), sel, { veeamVersion, appliancePrincipals: [APPLIANCE] }).checks.find(
    (c) => c.check === 'permissions',
  )!;
const SSM_CORE = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';
const EIGHT = V10_ACTIONS.filter((a) => /^(iam|sqs):/.test(a));

describe('permissions', () => {
  it.each<[string, RoleSpec, string, number]>([
    ['all 33 listed', GOOD, 'pass', 0],
    [
      'service wildcards',
      { ...GOOD, inline: [allow(['ssm:*', 'ssmmessages:*', 'ec2messages:*', 'sqs:*', 'iam:*'])] },
      'pass',
      0,
    ],
    ['Action "*"', { ...GOOD, inline: [allow('*')] }, 'pass', 0],
    [
      'AWS-managed AmazonSSMManagedInstanceCore + the 8 others',
      { ...GOOD, inline: [allow(EIGHT)], managed: [SSM_CORE] },
      'pass',
      0,
    ],
    ['AmazonSSMManagedInstanceCore alone', { ...GOOD, inline: [], managed: [SSM_CORE] }, 'fail', 8],
    [
      'managed ARN with the symbolic partition',
      {
        ...GOOD,
        inline: [allow(EIGHT)],
        managed: ['arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore'],
      },
      'pass',
      0,
    ],
    [
      'AdministratorAccess',
      { ...GOOD, inline: [], managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
      'pass',
      0,
    ],
    [
      'AWS-managed ARN not in the snapshot',
      { ...GOOD, inline: [allow(EIGHT)], managed: ['arn:aws:iam::aws:policy/NoSuchPolicy'] },
      'unknown',
      0,
    ],
    [
      'AWS-managed ARN with a wrong path',
      { ...GOOD, inline: [allow(EIGHT)], managed: ['arn:aws:iam::aws:policy/AmazonEC2RoleforSSM'] },
      'unknown',
      0,
    ],
    [
      'customer-managed ARN not in the input',
      { ...GOOD, inline: [allow(EIGHT)], managed: ['arn:aws:iam::111122223333:policy/x'] },
      'unknown',
      0,
    ],
    [
      'unresolved managed policy',
      { ...GOOD, inline: [allow(EIGHT)], unresolvedManaged: ['Fn::ImportValue SharedPolicy'] },
      'unknown',
      0,
    ],
    [
      'one action missing',
      { ...GOOD, inline: [allow(V10_ACTIONS.filter((a) => a !== 'ssm:PutInventory'))] },
      'fail',
      1,
    ],
    ['resource not "*"', { ...GOOD, inline: [allow(V10_ACTIONS, 'arn:aws:ssm:*:*:*')] }, 'fail', 33],
    [
      'deny of iam:*',
      { ...GOOD, inline: [allow('*'), { Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }] }] },
      'fail',
      4,
    ],
    ['boundary without sqs', { ...GOOD, boundary: allow(['ssm*', 'ec2messages:*', 'iam:*']) }, 'fail', 4],
    ['boundary allowing all', { ...GOOD, boundary: allow('*') }, 'pass', 0],
    [
      'AWS-managed boundary PowerUserAccess (no iam:)',
      { ...GOOD, boundaryArn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
      'fail',
      4,
    ],
    [
      'AWS-managed boundary AdministratorAccess',
      { ...GOOD, boundaryArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      'pass',
      0,
    ],
    ['unknown policy list (get-role)', { ...GOOD, inline: [], complete: { policies: false } }, 'unknown', 0],
    [
      'conditional grant only',
      {
        ...GOOD,
        inline: [
          allow(V10_ACTIONS, '*', { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }),
        ],
      },
      'unknown',
      0,
    ],
  ])('%s', (_n, spec, expected, missing) => {
    const result = run(spec);
    expect(result.verdict).toBe(expected);
    expect(result.missingActions).toHaveLength(missing);
  });

  it('lists exactly the 8 actions AmazonSSMManagedInstanceCore does not grant', () => {
    expect(run({ ...GOOD, inline: [], managed: [SSM_CORE] }).missingActions).toEqual(EIGHT);
  });

  it('needs the 2 extra actions of version 11', () => {
    const result = run(GOOD, '11');
    expect(result.verdict).toBe('fail');
    expect(result.missingActions).toEqual(['iam:ListAccountAliases', 'pricing:GetProducts']);
  });

  it('gives a fix that, pasted into the role, makes it pass', () => {
    const broken: RoleSpec = { ...GOOD, inline: [], managed: [SSM_CORE] };
    const result = run(broken);
    expect(result.fix?.format).toBe('cloudformation-yaml');
    // The snippet is an AWS::IAM::Policy resource: read its PolicyDocument back and add it to the role.
    const [entry] = parseYamlLocated(result.fix!.text, 'fix.yaml');
    const resource = entry?.kind === 'map' ? entry.entries[0]?.value : undefined;
    const properties =
      resource?.kind === 'map' ? resource.entries.find((e) => e.key === 'Properties')?.value : undefined;
    const doc =
      properties?.kind === 'map'
        ? properties.entries.find((e) => e.key === 'PolicyDocument')?.value
        : undefined;
    expect(doc).toBeDefined();
    const fixed = role(broken);
    fixed.variants[0]!.policies.push({
      kind: 'inline',
      name: 'fix',
      document: policyFromNode(doc!),
      location: fixed.location,
    });
    const report = evaluateRole(fixed, sel, { veeamVersion: '10', appliancePrincipals: [APPLIANCE] });
    expect(report.verdict).toBe('pass');
  });
});

describe('instance-profile', () => {
  const check = (spec: RoleSpec) =>
    evaluateRole(role(spec), sel, { veeamVersion: '10', appliancePrincipals: [APPLIANCE] }).checks.find(
      (c) => c.check === 'instance-profile',
    )!;
  it.each<[string, RoleSpec, string]>([
    ['one profile', GOOD, 'pass'],
    ['two profiles', { ...GOOD, profiles: ['A', 'B'] }, 'pass'],
    ['none, input complete', { ...GOOD, profiles: [] }, 'fail'],
    ['none, input cannot tell', { ...GOOD, profiles: [], complete: { instanceProfiles: false } }, 'unknown'],
    [
      'none, an unlinked profile might hold it',
      {
        ...GOOD,
        profiles: [],
        openQuestions: [
          {
            checks: ['instance-profile'],
            reason: 'aws_iam_instance_profile.x role known after apply',
            onlyAdds: true,
          },
        ],
      },
      'unknown',
    ],
    [
      'one, an unlinked profile elsewhere',
      { ...GOOD, openQuestions: [{ checks: ['instance-profile'], reason: 'x', onlyAdds: true }] },
      'pass',
    ],
  ])('%s', (_n, spec, expected) => {
    expect(check(spec).verdict).toBe(expected);
  });
});
