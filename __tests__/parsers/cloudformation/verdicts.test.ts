import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../../src/evaluate.js';
import type { Role } from '../../../src/model/role.js';
import { parse, parseFixture } from './parse.js';

const APPLIANCE = 'arn:aws:iam::111122223333:role/VeeamImpersonation';
const selection = { kinds: ['production-worker'], selectedBy: 'test' };
const options = { veeamVersion: '10', appliancePrincipals: [APPLIANCE] };

const verdicts = (role: Role): Record<string, string> => {
  const report = evaluateRole(role, selection, options);
  return { verdict: report.verdict, ...Object.fromEntries(report.checks.map((c) => [c.check, c.verdict])) };
};
const roleOf = (roles: Role[], key: string) => roles.find((r) => r.key === key)!;
const example = (name: string) =>
  parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'), {}, name).roles[0]!;

describe('verdicts on real templates through evaluateRole', () => {
  it.each([['compliant-worker.yaml'], ['compliant-worker.json']])('%s passes every check', (name) => {
    expect(verdicts(example(name))).toEqual({
      verdict: 'pass',
      'trust-ec2': 'pass',
      'trust-appliance': 'pass',
      'instance-profile': 'pass',
      permissions: 'pass',
    });
  });

  it('the Veeam lab appliance role: EC2 trust and profile, but no appliance trust and only sts:AssumeRole', () => {
    const role = roleOf(
      parseFixture('veeam/vbawslab-backup-main.template.json').roles,
      'VeeamImpersonationRoleV1',
    );
    expect(verdicts(role)).toEqual({
      verdict: 'fail',
      'trust-ec2': 'pass',
      'trust-appliance': 'fail',
      'instance-profile': 'pass',
      permissions: 'fail',
    });
  });

  it('an EC2 role with Action "*" from a !Sub JSON string under a decided !If', () => {
    const [role] = parseFixture('checkov-role-policies-if-sub-json.yaml').roles;
    expect(verdicts(role!)).toMatchObject({
      'trust-ec2': 'pass',
      'instance-profile': 'pass',
      permissions: 'pass',
    });
  });

  it('AmazonSSMManagedInstanceCore by !Sub ARN counts, the missing actions are named', () => {
    const role = roleOf(parseFixture('awscft-adconnector.yaml').roles, 'ADConnectorWindowsEC2DomainJoinRole');
    const report = evaluateRole(role, selection, options);
    const permissions = report.checks.find((c) => c.check === 'permissions')!;
    expect(permissions.verdict).toBe('fail');
    // The SSM policy grants ssm:UpdateInstanceInformation; the sqs actions are nowhere.
    expect(permissions.missingActions).not.toContain('ssm:UpdateInstanceInformation');
    expect(permissions.missingActions).toContain('sqs:SendMessage');
  });

  it('a transformed template leaves every check unknown', () => {
    const [role] = parseFixture('awscft-macro-executionrolebuilder.yaml').roles;
    expect(verdicts(role!)).toEqual({
      verdict: 'unknown',
      'trust-ec2': 'unknown',
      'trust-appliance': 'unknown',
      'instance-profile': 'unknown',
      permissions: 'unknown',
    });
  });

  it('a SAM transform can only add: a compliant role still passes, a failing one becomes unknown', () => {
    const compliant = readFileSync(
      new URL('../../../examples/compliant-worker.yaml', import.meta.url),
      'utf8',
    );
    const sam = compliant.replace('Parameters:', 'Transform: AWS::Serverless-2016-10-31\nParameters:');
    expect(verdicts(parse(sam).roles[0]!).verdict).toBe('pass');
    const withoutProfile = sam.replace(/ {2}VeeamWorkerInstanceProfile:[\s\S]*$/, '');
    expect(verdicts(parse(withoutProfile).roles[0]!)).toMatchObject({ 'instance-profile': 'unknown' });
  });

  it('an undecided condition on the instance profile makes that check unknown; parameters decide it', () => {
    const text = readFileSync(new URL('../../../examples/compliant-worker.yaml', import.meta.url), 'utf8')
      .replace('Parameters:', 'Parameters:\n  Env: {Type: String}')
      .replace('Resources:', 'Conditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:')
      .replace('  VeeamWorkerInstanceProfile:\n', '  VeeamWorkerInstanceProfile:\n    Condition: IsProd\n');
    const undecided = parse(text).roles[0]!;
    expect(undecided.variants).toHaveLength(2);
    expect(verdicts(undecided)).toMatchObject({
      verdict: 'unknown',
      'instance-profile': 'unknown',
      permissions: 'pass',
    });
    expect(verdicts(parse(text, { Env: 'prod' }).roles[0]!)).toMatchObject({ verdict: 'pass' });
    expect(verdicts(parse(text, { Env: 'dev' }).roles[0]!)).toMatchObject({ 'instance-profile': 'fail' });
  });

  it('an appliance role ARN left to a parameter without value is unknown, not a pass', () => {
    const text = readFileSync(
      new URL('../../../examples/compliant-worker.yaml', import.meta.url),
      'utf8',
    ).replace('    Default: arn:aws:iam::111122223333:role/VeeamImpersonation\n', '');
    const role = parse(text).roles[0]!;
    expect(verdicts(role)['trust-appliance']).toBe('unknown');
    expect(verdicts(parse(text, { ApplianceRoleArn: APPLIANCE }).roles[0]!)['trust-appliance']).toBe('pass');
  });
});
