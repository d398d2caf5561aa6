import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../../src/evaluate.js';
import { APPLIANCE, V10_ACTIONS } from '../../helpers/roles.js';
import type { ResourceSpec } from './helpers.js';
import { identityPolicy, parsePlan, plan, readFixture, parseText, role } from './helpers.js';

/** Plan → model → the same checks as every other format: a Terraform role gets the same verdicts. */
const selection = { kinds: ['production-worker'], selectedBy: 'test' };
const options = { veeamVersion: '10', appliancePrincipals: [APPLIANCE] };
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    { Effect: 'Allow', Principal: { AWS: APPLIANCE }, Action: 'sts:AssumeRole' },
  ],
});

function workerPlan(change: { actions?: string[]; profile?: boolean; extra?: ResourceSpec[] } = {}): object {
  const resources: ResourceSpec[] = [
    {
      address: 'module.veeam.aws_iam_role.worker',
      values: { name: 'veeam-worker', assume_role_policy: trust },
    },
    {
      address: 'module.veeam.aws_iam_role_policy.worker',
      values: { name: 'veeam', policy: identityPolicy(...(change.actions ?? V10_ACTIONS)) },
      unknown: { role: true },
    },
    ...(change.profile === false
      ? []
      : [{ address: 'module.veeam.aws_iam_instance_profile.worker', values: { role: 'veeam-worker' } }]),
    ...(change.extra ?? []),
  ];
  const config = {
    resources: [],
    calls: {
      veeam: {
        source: './modules/veeam',
        module: {
          resources: [
            { address: 'aws_iam_role.worker' },
            {
              address: 'aws_iam_role_policy.worker',
              expressions: { role: { references: ['aws_iam_role.worker.id', 'aws_iam_role.worker'] } },
            },
            { address: 'aws_iam_instance_profile.worker' },
            {
              address: 'aws_iam_role_policy_attachment.extra',
              expressions: { role: { references: ['local.role'] } },
            },
          ],
        },
      },
    },
  };
  return plan(resources, config);
}

const verdicts = (parsed: ReturnType<typeof parsePlan>) => {
  const report = evaluateRole(role(parsed, 'module.veeam.aws_iam_role.worker'), selection, options);
  return {
    verdict: report.verdict,
    checks: Object.fromEntries(report.checks.map((c) => [c.check, c.verdict])),
  };
};

describe('verdicts for Terraform roles (through evaluateRole)', () => {
  it('a compliant worker role in a module passes every check', () => {
    expect(verdicts(parsePlan(workerPlan()))).toEqual({
      verdict: 'pass',
      checks: {
        'trust-ec2': 'pass',
        'trust-appliance': 'pass',
        'instance-profile': 'pass',
        permissions: 'pass',
      },
    });
  });

  it('a missing action fails permissions and names it; the finding points at the role policy', () => {
    const parsed = parsePlan(workerPlan({ actions: V10_ACTIONS.filter((a) => a !== 'ssm:PutInventory') }));
    const report = evaluateRole(role(parsed, 'module.veeam.aws_iam_role.worker'), selection, options);
    const permissions = report.checks.find((c) => c.check === 'permissions');
    expect(report.verdict).toBe('fail');
    expect(permissions?.missingActions).toEqual(['ssm:PutInventory']);
    expect(report.id).toBe('plan.json#module.veeam.aws_iam_role.worker');
    expect(report.source).toBe('terraform-plan');
  });

  it('no instance profile fails instance-profile', () => {
    expect(verdicts(parsePlan(workerPlan({ profile: false }))).checks['instance-profile']).toBe('fail');
  });

  it('an attachment that cannot be linked turns a permissions fail into unknown, not a pass', () => {
    const extra: ResourceSpec = {
      address: 'module.veeam.aws_iam_role_policy_attachment.extra',
      values: { policy_arn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore' },
      unknown: { role: true },
    };
    const parsed = parsePlan(workerPlan({ actions: ['ec2:DescribeInstances'], extra: [extra] }));
    const report = evaluateRole(role(parsed, 'module.veeam.aws_iam_role.worker'), selection, options);
    const permissions = report.checks.find((c) => c.check === 'permissions');
    expect(permissions?.verdict).toBe('unknown');
    expect(permissions?.message).toContain('module.veeam.aws_iam_role_policy_attachment.extra.role');
  });

  it('a trust policy known only after apply makes the trust checks unknown', () => {
    const parsed = parsePlan(
      plan([
        {
          address: 'aws_iam_role.worker',
          values: { name: 'veeam-worker' },
          unknown: { assume_role_policy: true },
          expressions: {
            assume_role_policy: { references: ['aws_iam_role.appliance.arn', 'aws_iam_role.appliance'] },
          },
        },
      ]),
    );
    const report = evaluateRole(role(parsed, 'aws_iam_role.worker'), selection, options);
    expect(report.checks.find((c) => c.check === 'trust-ec2')?.verdict).toBe('unknown');
    expect(report.checks.find((c) => c.check === 'trust-ec2')?.message).toContain('known only after apply');
  });

  it('a real plan: the terragoat EC2 role is trusted by EC2 and in a profile, but lacks the appliance', () => {
    const parsed = parseText(readFixture('checkov-runner-plan-terragoat.json'));
    const report = evaluateRole(role(parsed, 'aws_iam_role.ec2role'), selection, options);
    const byCheck = Object.fromEntries(report.checks.map((c) => [c.check, c.verdict]));
    expect(byCheck).toMatchObject({
      'trust-ec2': 'pass',
      'trust-appliance': 'fail',
      'instance-profile': 'pass',
    });
    expect(report.verdict).toBe('fail');
  });
});
