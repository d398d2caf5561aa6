// Hand-written reports shaped like the engine's output for the real corpus templates.
import type { CheckResult, Report, RoleReport } from '../../src/model/report.js';

const missing = ['ssm:PutInventory', 'ssm:UpdateInstanceInformation', 'ssmmessages:CreateControlChannel'];

export const failingRole: RoleReport = {
  id: 'infra/workers.yaml#VeeamWorkerRole',
  name: 'veeam-worker',
  source: 'cloudformation',
  kind: 'production-worker',
  veeamVersion: '10',
  selectedBy: "name contains 'worker'",
  location: { file: 'infra/workers.yaml', line: 12, column: 3 },
  verdict: 'fail',
  checks: [
    {
      check: 'permissions',
      verdict: 'fail',
      message: 'The role lacks 3 of the 33 actions Veeam needs on Resource "*".',
      location: { file: 'infra/workers.yaml', line: 31, column: 11 },
      missingActions: missing,
      unprovenActions: [],
      fix: {
        format: 'cloudformation-yaml',
        description:
          'add this statement to PolicyDocument.Statement of the role\'s inline policy "VeeamWorker"',
        text: [
          '- Effect: Allow',
          '  Action:',
          ...missing.map((a) => `    - ${a}`),
          '  Resource: "*"',
          '',
        ].join('\n'),
      },
    },
    {
      check: 'trust-appliance',
      verdict: 'unknown',
      message: 'The trusted AWS principal is !Ref ApplianceRoleArn, a parameter without a value.',
      location: { file: 'infra/workers.yaml', line: 20, column: 15 },
    },
    {
      check: 'trust-ec2',
      verdict: 'pass',
      message: 'ec2.amazonaws.com may assume the role.',
      location: { file: 'infra/workers.yaml', line: 18, column: 15 },
    },
    {
      check: 'instance-profile',
      verdict: 'pass',
      message: 'In instance profile VeeamWorkerProfile.',
      location: { file: 'infra/workers.yaml', line: 45, column: 3 },
    },
  ],
};

export const passingRole: RoleReport = {
  id: 'infra/workers.yaml#FlrWorkerRole',
  name: null,
  source: 'cloudformation',
  kind: 'flr-worker',
  veeamVersion: '10',
  selectedBy: "config roles: '*Flr*'",
  location: { file: 'infra/workers.yaml', line: 52, column: 3 },
  verdict: 'pass',
  checks: (['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'] as const).map(
    (check): CheckResult => ({
      check,
      verdict: 'pass',
      message: `${check} holds.`,
      location: { file: 'infra/workers.yaml', line: 60, column: 7 },
    }),
  ),
};

export function reportOf(roles: RoleReport[], extra: Partial<Report> = {}): Report {
  const errors = extra.errors ?? [];
  return {
    version: 1,
    summary: {
      files: 3,
      iamRoles: roles.length + 4,
      workerRoles: roles.length,
      pass: roles.filter((r) => r.verdict === 'pass').length,
      fail: roles.filter((r) => r.verdict === 'fail').length,
      unknown: roles.filter((r) => r.verdict === 'unknown').length,
      errors: errors.length,
    },
    roles,
    errors,
    warnings: extra.warnings ?? [],
  };
}

export const failing = reportOf([passingRole, failingRole], {
  errors: [
    { file: 'infra/broken.yaml', line: 7, column: 1, message: 'Unexpected end of flow mapping (YAML)' },
  ],
  warnings: [
    {
      code: 'duplicate-key',
      message: "Key 'Action' appears twice; the last one counts.",
      location: { file: 'infra/workers.yaml', line: 33, column: 11 },
    },
    {
      code: 'config-changed',
      message: 'This pull request changes .github/veeam-iam-gate.yml; the base branch version was used.',
    },
  ],
});

export const passing = reportOf([passingRole]);

export const noWorkers = reportOf([]);

/** n failing roles, each with a permissions failure and an unknown trust: 2n annotations. */
export function manyFailing(n: number): Report {
  const roles = Array.from({ length: n }, (_, i): RoleReport => {
    const key = `Worker${String(i).padStart(3, '0')}Role`;
    const at = (line: number) => ({ file: 'infra/many.yaml', line: 10 * i + line, column: 5 });
    return {
      ...failingRole,
      id: `infra/many.yaml#${key}`,
      name: key.toLowerCase(),
      location: at(1),
      checks: failingRole.checks.map((c) => ({ ...c, location: at(c.check === 'permissions' ? 5 : 3) })),
    };
  });
  return reportOf(roles);
}
