import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../../src/evaluate.js';
import { selectRoles } from '../../../src/requirements/selection.js';
import { parseFixture } from './helpers.js';

/** Raw IAM JSON roles through the same engine as templates (every role selected as a worker). */
function verdicts(file: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [role, selection] of selectRoles(parseFixture(file)!.roles, [{ match: '*', kinds: [] }])) {
    const report = evaluateRole(role, selection, { veeamVersion: '10', appliancePrincipals: [] });
    out[role.key] = Object.fromEntries(report.checks.map((c) => [c.check, c.verdict]));
  }
  return out;
}

describe('raw IAM JSON verdicts', () => {
  it.each([
    // A whole account: a role outside every instance profile fails instance-profile.
    [
      'cloudsplaining-authz-details-test.json',
      'MyRole',
      { 'trust-ec2': 'fail', 'trust-appliance': 'fail', 'instance-profile': 'fail', permissions: 'fail' },
    ],
    [
      'cloudsplaining-authz-details-test.json',
      'OverprivilegedEC2',
      { 'trust-ec2': 'pass', 'trust-appliance': 'fail', 'instance-profile': 'pass', permissions: 'fail' },
    ],
    // get-role lists neither policies nor profiles: unknown, never fail.
    [
      'written/get-role-worker.json',
      'veeam-worker',
      {
        'trust-ec2': 'pass',
        'trust-appliance': 'fail',
        'instance-profile': 'unknown',
        permissions: 'unknown',
      },
    ],
    [
      'written/cli/create-role.json',
      'cli-worker',
      { 'trust-ec2': 'pass', 'trust-appliance': 'fail', 'instance-profile': 'pass', permissions: 'fail' },
    ],
    // A customer-managed policy the file does not carry: what it might grant is unknown.
    [
      'written/authz-url-encoded.json',
      'encoded-worker',
      { 'trust-ec2': 'pass', 'trust-appliance': 'pass', 'instance-profile': 'fail', permissions: 'unknown' },
    ],
  ])('%s#%s', (file, key, expected) => {
    expect(verdicts(file)[key]).toEqual(expected);
  });

  it('create-role: the AWS-managed SSM policy beside it counts from the bundled snapshot', () => {
    const [[role, selection]] = [...selectRoles(parseFixture('written/cli/create-role.json')!.roles, [])] as [
      [Parameters<typeof evaluateRole>[0], Parameters<typeof evaluateRole>[1]],
    ];
    const report = evaluateRole(role, selection, { veeamVersion: '10', appliancePrincipals: [] });
    expect(report.checks.find((c) => c.check === 'permissions')!.missingActions).toEqual([
      'iam:GetContextKeysForPrincipalPolicy',
      'iam:GetRole',
      'iam:ListInstanceProfilesForRole',
      'iam:SimulatePrincipalPolicy',
      'sqs:DeleteMessage',
      'sqs:ListQueues',
      'sqs:ReceiveMessage',
      'sqs:SendMessage',
    ]);
  });
});
