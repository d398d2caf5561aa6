// Terraform roots written here to reproduce the patterns of ten public configurations (see
// __tests__/fixtures/terraform-source/README.md): every IAM role found with its address, and the
// verdicts and exact missing actions of the Veeam worker roles among them, through the whole scan.
import { describe, expect, it } from 'vitest';
import { defaultOptions, type GateOptions } from '../../../src/model/options.js';
import { scan } from '../../../src/scan.js';
import { V10_ACTIONS } from '../../helpers/roles.js';
import { fixtureRoot, readSource } from './helpers.js';

interface Case {
  fixture: string;
  options?: Partial<GateOptions>;
  /** Every aws_iam_role instance the configuration defines. */
  roles: string[];
  /** Per checked role: its checks' verdicts (trust-ec2, trust-appliance, instance-profile, permissions). */
  checked: Record<string, [string, string, string, string]>;
  /** Per checked role with failing permissions: exactly what is missing. */
  missing?: Record<string, string[]>;
}

/** Veeam Backup for AWS 10's production worker role needs these 33 actions. */
const everyAction = V10_ACTIONS;
const iam4 = everyAction.filter((a) => a.startsWith('iam:'));
const sqs4 = everyAction.filter((a) => a.startsWith('sqs:'));
const worker = (match: string): Partial<GateOptions> => ({
  roles: [{ match, kinds: ['production-worker'] }],
});
const terraform = (t: { tfvars?: string[]; vars?: Record<string, string> }): Partial<GateOptions> => ({
  terraform: { tfvars: t.tfvars ?? [], vars: t.vars ?? {}, plans: [] },
});

const cases: Case[] = [
  {
    fixture: 'veeam-ssm-only',
    roles: ['aws_iam_role.veeam_worker'],
    checked: {
      'main.tf#aws_iam_role.veeam_worker': ['pass', 'pass', 'pass', 'fail'],
    },
    missing: {
      'main.tf#aws_iam_role.veeam_worker': [...iam4, ...sqs4],
    },
  },
  {
    fixture: 'tfam-iam-role',
    roles: [
      'module.team["admin"].aws_iam_role.this[0]',
      'module.team["poweruser"].aws_iam_role.this[0]',
      'module.team["readonly"].aws_iam_role.this[0]',
      'module.veeam_worker.aws_iam_role.this[0]',
      'module.veeam_worker_inline.aws_iam_role.this[0]',
    ],
    checked: {
      'modules/iam-role/main.tf#module.veeam_worker.aws_iam_role.this[0]': ['pass', 'pass', 'pass', 'pass'],
      'modules/iam-role/main.tf#module.veeam_worker_inline.aws_iam_role.this[0]': [
        'pass',
        'pass',
        'pass',
        'fail',
      ],
    },
    missing: {
      'modules/iam-role/main.tf#module.veeam_worker_inline.aws_iam_role.this[0]': [
        'sqs:DeleteMessage',
        'sqs:ReceiveMessage',
        'sqs:SendMessage',
      ],
    },
  },
  {
    fixture: 'tfam-assumable-role',
    roles: ['module.veeam_worker.aws_iam_role.this[0]', 'module.veeam_worker_two_ids.aws_iam_role.this[0]'],
    checked: {
      'modules/iam-assumable-role/main.tf#module.veeam_worker.aws_iam_role.this[0]': [
        'unknown',
        'pass',
        'pass',
        'fail',
      ],
      'modules/iam-assumable-role/main.tf#module.veeam_worker_two_ids.aws_iam_role.this[0]': [
        'unknown',
        'pass',
        'fail',
        'fail',
      ],
    },
    missing: {
      'modules/iam-assumable-role/main.tf#module.veeam_worker.aws_iam_role.this[0]': [
        'iam:SimulatePrincipalPolicy',
      ],
      'modules/iam-assumable-role/main.tf#module.veeam_worker_two_ids.aws_iam_role.this[0]': [
        ...iam4,
        ...sqs4,
      ],
    },
  },
  {
    fixture: 'aft-iam-roles',
    roles: [
      'module.veeam_worker_oidc.aws_iam_role.worker',
      'module.veeam_worker_primary.aws_iam_role.worker',
    ],
    checked: {
      'worker-role/main.tf#module.veeam_worker_oidc.aws_iam_role.worker': [
        'unknown',
        'unknown',
        'pass',
        'fail',
      ],
      'worker-role/main.tf#module.veeam_worker_primary.aws_iam_role.worker': [
        'pass',
        'unknown',
        'pass',
        'pass',
      ],
    },
    missing: {
      'worker-role/main.tf#module.veeam_worker_oidc.aws_iam_role.worker': [...iam4, ...sqs4],
    },
  },
  {
    fixture: 'aft-iam-roles',
    options: terraform({ vars: { appliance_account_id: '111122223333', oidc_enabled: 'true' } }),
    roles: [
      'module.veeam_worker_oidc.aws_iam_role.worker',
      'module.veeam_worker_primary.aws_iam_role.worker',
    ],
    checked: {
      'worker-role/main.tf#module.veeam_worker_oidc.aws_iam_role.worker': ['pass', 'pass', 'pass', 'fail'],
      'worker-role/main.tf#module.veeam_worker_primary.aws_iam_role.worker': ['pass', 'pass', 'pass', 'pass'],
    },
    missing: {
      'worker-role/main.tf#module.veeam_worker_oidc.aws_iam_role.worker': [...iam4, ...sqs4],
    },
  },
  {
    fixture: 'imagebuilder-hardening',
    roles: ['aws_iam_role.events', 'aws_iam_role.pipeline', 'aws_iam_role.veeam_worker'],
    checked: {
      'roles.tf#aws_iam_role.veeam_worker': ['pass', 'pass', 'pass', 'unknown'],
    },
  },
  {
    fixture: 'imagebuilder-hardening',
    options: terraform({ tfvars: ['hardening-pipeline.tfvars'] }),
    roles: ['aws_iam_role.events', 'aws_iam_role.pipeline', 'aws_iam_role.veeam_worker'],
    checked: {
      'roles.tf#aws_iam_role.veeam_worker': ['pass', 'pass', 'pass', 'fail'],
    },
    missing: {
      'roles.tf#aws_iam_role.veeam_worker': ['sqs:DeleteMessage', 'sqs:ReceiveMessage', 'sqs:SendMessage'],
    },
  },
  {
    fixture: 'winwl-beanstalk',
    roles: ['aws_iam_role.service', 'aws_iam_role.veeam_worker'],
    checked: {
      'main.tf#aws_iam_role.veeam_worker': ['pass', 'pass', 'pass', 'fail'],
    },
    missing: {
      'main.tf#aws_iam_role.veeam_worker': iam4,
    },
  },
  {
    fixture: 'consul-root-modules',
    options: worker('module.*.aws_iam_role.instance_role*'),
    roles: [
      'module.veeam_clients.aws_iam_role.instance_role[0]',
      'module.veeam_servers.aws_iam_role.instance_role[0]',
    ],
    checked: {
      'modules/cluster/main.tf#module.veeam_clients.aws_iam_role.instance_role[0]': [
        'pass',
        'fail',
        'pass',
        'fail',
      ],
      'modules/cluster/main.tf#module.veeam_servers.aws_iam_role.instance_role[0]': [
        'pass',
        'fail',
        'pass',
        'fail',
      ],
    },
    missing: {
      'modules/cluster/main.tf#module.veeam_clients.aws_iam_role.instance_role[0]': [...iam4, ...sqs4],
      'modules/cluster/main.tf#module.veeam_servers.aws_iam_role.instance_role[0]': [...iam4, ...sqs4],
    },
  },
  {
    fixture: 'openshift-tf011',
    roles: ['module.openshift.aws_iam_role.veeam-worker-role'],
    checked: {
      'modules/openshift/04-roles.tf#module.openshift.aws_iam_role.veeam-worker-role': [
        'pass',
        'fail',
        'pass',
        'fail',
      ],
    },
    missing: {
      'modules/openshift/04-roles.tf#module.openshift.aws_iam_role.veeam-worker-role': [
        'iam:SimulatePrincipalPolicy',
      ],
    },
  },
  {
    fixture: 'cisa-nessus-crossacct',
    roles: [],
    checked: {},
  },
  {
    fixture: 'cisa-nessus-crossacct',
    options: terraform({ vars: { create_worker: 'true' } }),
    roles: ['aws_iam_role.parameter_read[0]', 'aws_iam_role.veeam_worker_instance[0]'],
    checked: {
      'iam.tf#aws_iam_role.veeam_worker_instance[0]': ['pass', 'fail', 'pass', 'fail'],
    },
    missing: {
      'iam.tf#aws_iam_role.veeam_worker_instance[0]': [...iam4, ...sqs4],
    },
  },
  {
    fixture: 'cloudposse-iam-role',
    roles: ['module.role.aws_iam_role.default'],
    checked: {
      'main.tf#module.role.aws_iam_role.default': ['pass', 'pass', 'fail', 'fail'],
    },
    missing: {
      'main.tf#module.role.aws_iam_role.default': [
        'iam:GetContextKeysForPrincipalPolicy',
        'iam:SimulatePrincipalPolicy',
      ],
    },
  },
  {
    fixture: 'cloudposse-iam-role',
    options: terraform({ tfvars: ['examples/complete/fixtures.us-east-2.tfvars'] }),
    roles: ['module.role.aws_iam_role.default'],
    checked: {
      'main.tf#module.role.aws_iam_role.default': ['fail', 'fail', 'fail', 'fail'],
    },
    missing: {
      'main.tf#module.role.aws_iam_role.default': [
        'iam:GetContextKeysForPrincipalPolicy',
        'iam:SimulatePrincipalPolicy',
      ],
    },
  },
  {
    fixture: 'vault-spring-tfvars',
    roles: ['aws_iam_role.springboot'],
    checked: {
      'iam.tf#aws_iam_role.springboot': ['pass', 'fail', 'pass', 'fail'],
    },
    missing: {
      'iam.tf#aws_iam_role.springboot': everyAction,
    },
  },
];

describe('Terraform source corpus', () => {
  it.each(cases.map((c) => [`${c.fixture} ${JSON.stringify(c.options ?? {})}`, c] as const))(
    '%s',
    async (_name, c) => {
      const parsed = await readSource(c.fixture, {
        files: [],
        vars: c.options?.terraform?.vars ?? {},
      });
      if (!c.options?.terraform?.tfvars?.length)
        expect(parsed.roles.map((r) => r.key).sort()).toEqual([...c.roles].sort());
      const report = await scan({
        root: fixtureRoot + c.fixture,
        paths: [],
        options: { ...defaultOptions, ...c.options },
      });
      expect(report.errors).toEqual([]);
      expect(report.summary.iamRoles).toBe(c.roles.length);
      const verdicts = Object.fromEntries(report.roles.map((r) => [r.id, r.checks.map((k) => k.verdict)]));
      expect(verdicts).toEqual(c.checked);
      const missing = Object.fromEntries(
        report.roles
          .map((r) => [r.id, r.checks.find((k) => k.check === 'permissions')?.missingActions ?? []] as const)
          .filter(([, m]) => m.length > 0),
      );
      expect(missing).toEqual(c.missing ?? {});
    },
  );
});
