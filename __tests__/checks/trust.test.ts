import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../src/evaluate.js';
import { APPLIANCE, GOOD, role, type RoleSpec } from '../helpers/roles.js';

const sel = { kinds: ['production-worker'], selectedBy: 'test' };
const trust = (...Statement: object[]): RoleSpec => ({
  ...GOOD,
  trust: { Version: '2012-10-17', Statement },
});
const ec2 = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' };
const app = { Effect: 'Allow', Principal: { AWS: APPLIANCE }, Action: 'sts:AssumeRole' };

function verdict(spec: RoleSpec, check: string, appliancePrincipals = [APPLIANCE]) {
  const report = evaluateRole(role(spec), sel, { veeamVersion: '10', appliancePrincipals });
  return report.checks.find((c) => c.check === check)!;
}

describe('trust-ec2', () => {
  it.each<[string, RoleSpec, string]>([
    ['service string', trust(ec2, app), 'pass'],
    [
      'service list',
      trust({ ...ec2, Principal: { Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com'] } }, app),
      'pass',
    ],
    ['China partition form', trust({ ...ec2, Principal: { Service: 'ec2.amazonaws.com.cn' } }, app), 'pass'],
    ['URLSuffix form', trust({ ...ec2, Principal: { Service: 'ec2.${AWS::URLSuffix}' } }, app), 'pass'],
    ['action wildcard sts:*', trust({ ...ec2, Action: 'sts:*' }, app), 'pass'],
    ['action list', trust({ ...ec2, Action: ['sts:TagSession', 'sts:AssumeRole'] }, app), 'pass'],
    ['action in other case', trust({ ...ec2, Action: 'STS:assumerole' }, app), 'pass'],
    [
      'NotAction not covering it',
      trust(
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, NotAction: 'sts:TagSession' },
        app,
      ),
      'pass',
    ],
    [
      'only AssumeRoleWithWebIdentity',
      trust({ ...ec2, Action: 'sts:AssumeRoleWithWebIdentity' }, app),
      'fail',
    ],
    [
      'lookalike service',
      trust({ ...ec2, Principal: { Service: 'ec2.amazonaws.com.evil.example' } }, app),
      'fail',
    ],
    ['service with a space', trust({ ...ec2, Principal: { Service: ' ec2.amazonaws.com' } }, app), 'fail'],
    ['other service', trust({ ...ec2, Principal: { Service: 'lambda.amazonaws.com' } }, app), 'fail'],
    [
      'AWS principal named like the service',
      trust({ ...ec2, Principal: { AWS: 'ec2.amazonaws.com' } }, app),
      'fail',
    ],
    ['Principal "*"', trust({ ...ec2, Principal: '*' }, app), 'fail'],
    [
      'Deny after Allow',
      trust(ec2, app, { Effect: 'Deny', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:*' }),
      'fail',
    ],
    [
      'Deny "*" after Allow',
      trust(ec2, app, { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }),
      'fail',
    ],
    [
      'conditional Deny',
      trust(ec2, app, {
        Effect: 'Deny',
        Principal: '*',
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
      }),
      'unknown',
    ],
    [
      'conditional Allow',
      trust({ ...ec2, Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }, app),
      'unknown',
    ],
    ['Effect NotAllow', trust({ ...ec2, Effect: 'NotAllow' }, app), 'fail'],
    ['no trust policy', { ...GOOD, trust: undefined }, 'fail'],
    ['empty statement list', trust(), 'fail'],
  ])('%s', (_n, spec, expected) => {
    expect(verdict(spec, 'trust-ec2').verdict).toBe(expected);
  });
});

describe('trust-appliance', () => {
  const account = { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' };
  const root = {
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:root' },
    Action: 'sts:AssumeRole',
  };
  it.each<[string, RoleSpec, string[], string]>([
    ['configured role ARN', trust(ec2, app), [APPLIANCE], 'pass'],
    [
      'role name in other case',
      trust(ec2, { ...app, Principal: { AWS: 'arn:aws:iam::111122223333:role/veeamimpersonation' } }),
      [APPLIANCE],
      'pass',
    ],
    ['account ID trusts any role of it', trust(ec2, account), [APPLIANCE], 'pass'],
    ['account root ARN', trust(ec2, root), [APPLIANCE], 'pass'],
    ['configured account, trusted role in it', trust(ec2, app), ['111122223333'], 'pass'],
    ['configured root, trusted root', trust(ec2, root), ['arn:aws:iam::111122223333:root'], 'pass'],
    ['one of several configured', trust(ec2, app), ['arn:aws:iam::999999999999:root', APPLIANCE], 'pass'],
    [
      'partition symbolic',
      trust(ec2, {
        ...app,
        Principal: { AWS: 'arn:${AWS::Partition}:iam::111122223333:role/VeeamImpersonation' },
      }),
      [APPLIANCE],
      'pass',
    ],
    [
      'GovCloud partition vs aws',
      trust(ec2, { ...app, Principal: { AWS: 'arn:aws-us-gov:iam::111122223333:role/VeeamImpersonation' } }),
      [APPLIANCE],
      'fail',
    ],
    [
      'own account symbolic',
      trust(ec2, { ...app, Principal: { AWS: 'arn:aws:iam::${AWS::AccountId}:root' } }),
      [APPLIANCE],
      'unknown',
    ],
    [
      'external ID accepted',
      trust(ec2, { ...app, Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }),
      [APPLIANCE],
      'pass',
    ],
    [
      'other condition',
      trust(ec2, { ...app, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
      [APPLIANCE],
      'unknown',
    ],
    [
      'other role of the account',
      trust(ec2, { ...app, Principal: { AWS: 'arn:aws:iam::111122223333:role/Other' } }),
      [APPLIANCE],
      'fail',
    ],
    ['other account', trust(ec2, { ...app, Principal: { AWS: '999999999999' } }), [APPLIANCE], 'fail'],
    [
      'wildcard in role ARN is invalid',
      trust(ec2, { ...app, Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } }),
      [APPLIANCE],
      'fail',
    ],
    [
      'Principal "*"',
      trust(ec2, app, { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }),
      [APPLIANCE],
      'fail',
    ],
    ['AWS "*"', trust(ec2, { ...app, Principal: { AWS: '*' } }), [], 'fail'],
    [
      'NotPrincipal Allow',
      trust(ec2, { Effect: 'Allow', NotPrincipal: { AWS: '999999999999' }, Action: 'sts:AssumeRole' }),
      [APPLIANCE],
      'fail',
    ],
    ['only ec2 trusted', trust(ec2), [APPLIANCE], 'fail'],
    [
      'Deny the appliance',
      trust(ec2, app, { Effect: 'Deny', Principal: { AWS: APPLIANCE }, Action: 'sts:AssumeRole' }),
      [APPLIANCE],
      'fail',
    ],
    [
      'not configured: some AWS principal',
      trust(ec2, { ...app, Principal: { AWS: '444455556666' } }),
      [],
      'pass',
    ],
    [
      'not configured: only federated',
      trust(ec2, {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRole',
      }),
      [],
      'fail',
    ],
    ['not configured: nothing but ec2', trust(ec2), [], 'fail'],
  ])('%s', (_n, spec, configured, expected) => {
    expect(verdict(spec, 'trust-appliance', configured).verdict).toBe(expected);
  });

  it('names the trusted principal when no appliance is configured', () => {
    expect(
      verdict(trust(ec2, { ...app, Principal: { AWS: '444455556666' } }), 'trust-appliance', []).message,
    ).toContain('444455556666');
  });

  it('calls a wildcard principal dangerous', () => {
    expect(verdict(trust(ec2, { ...app, Principal: '*' }), 'trust-appliance').message).toMatch(/dangerous/);
  });
});

describe('malformed trust policies', () => {
  it('names the problem that makes a trust check fail', () => {
    const spec = trust({ ...ec2, Effect: 'NotAllow' }, app);
    expect(verdict(spec, 'trust-ec2').message).toContain("Effect 'NotAllow' is neither 'Allow' nor 'Deny'");
  });
});
