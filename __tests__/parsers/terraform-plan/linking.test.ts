import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../src/parsers/types.js';
import type { ModuleSpec, ResourceSpec } from './helpers.js';
import {
  actionsOf,
  ec2Trust,
  identityPolicy,
  parsePlan,
  plan,
  policySummary,
  role,
  shape,
} from './helpers.js';

const worker = (extra: Partial<ResourceSpec> = {}): ResourceSpec => ({
  address: 'aws_iam_role.worker',
  values: { name: 'veeam-worker', assume_role_policy: ec2Trust },
  expressions: { name: { constant_value: 'veeam-worker' }, assume_role_policy: { references: [] } },
  ...extra,
});
const other: ResourceSpec = {
  address: 'aws_iam_role.other',
  values: { name: 'other', assume_role_policy: ec2Trust },
};
const ssm = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';

/** What a role ends up with: its policies, instance profiles and open questions, compactly. */
function links(parsed: ParsedFile, key: string): { policies: string[]; profiles: string[]; open: string[] } {
  const s = shape(role(parsed, key));
  return {
    policies: s.policies.map(policySummary),
    profiles: s.instanceProfiles.map((p) => p.name),
    open: s.openQuestions.map((q) => `${q.checks.join('+')}: ${q.reason}`),
  };
}

describe('linking an attachment to its role', () => {
  const attachment = (role: unknown, roleUnknown: boolean, refs: string[]): ResourceSpec => ({
    address: 'aws_iam_role_policy_attachment.ssm',
    values: roleUnknown ? { policy_arn: ssm } : { policy_arn: ssm, role },
    unknown: roleUnknown ? { role: true } : {},
    expressions: {
      role: refs.length ? { references: refs } : { constant_value: role },
      policy_arn: { constant_value: ssm },
    },
  });

  it.each([
    {
      rule: 'constant: the role name is known and matches',
      resources: [worker(), other, attachment('veeam-worker', false, [])],
      worker: [`managed:${ssm}`],
      other: [],
      open: [],
    },
    {
      rule: 'reference: the name is known after apply, the reference names the role',
      resources: [
        worker(),
        other,
        attachment(null, true, ['aws_iam_role.worker.name', 'aws_iam_role.worker']),
      ],
      worker: [`managed:${ssm}`],
      other: [],
      open: [],
    },
    {
      rule: 'constant name of a role outside the plan: nothing to link, nothing open',
      resources: [worker(), other, attachment('someone-else', false, [])],
      worker: [],
      other: [],
      open: [],
    },
    {
      rule: 'unknown: known after apply through a local, so it may be any role of the plan',
      resources: [worker(), other, attachment(null, true, ['local.role_name'])],
      worker: [],
      other: [],
      open: [
        'permissions: aws_iam_role_policy_attachment.ssm.role is known only after apply (through local.role_name (locals are not part of the plan JSON)): it may name this role',
      ],
    },
  ])('$rule', ({ resources, worker: w, other: o, open }) => {
    const parsed = parsePlan(plan(resources));
    expect(links(parsed, 'aws_iam_role.worker').policies).toEqual(w);
    expect(links(parsed, 'aws_iam_role.other').policies).toEqual(o);
    expect(links(parsed, 'aws_iam_role.worker').open).toEqual(open);
    expect(links(parsed, 'aws_iam_role.other').open).toEqual(open);
  });

  it('for_each: each attachment instance goes to the role instance with the same key', () => {
    const roles = ['a', 'b'].map((k): ResourceSpec => ({
      address: `aws_iam_role.r["${k}"]`,
      index: k,
      values: { assume_role_policy: ec2Trust },
      unknown: { name: true },
      expressions: { assume_role_policy: { references: [] } },
    }));
    const attachments = [
      ['a', ssm],
      ['b', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
    ].map(([k, arn]): ResourceSpec => ({
      address: `aws_iam_role_policy_attachment.att["${k}"]`,
      index: k!,
      values: { policy_arn: arn },
      unknown: { role: true },
      expressions: {
        role: { references: ['aws_iam_role.r', 'each.key'] },
        policy_arn: { references: ['each.value'] },
      },
    }));
    const parsed = parsePlan(plan([...roles, ...attachments]));
    expect(links(parsed, 'aws_iam_role.r["a"]')).toEqual({
      policies: [`managed:${ssm}`],
      profiles: [],
      open: [],
    });
    expect(links(parsed, 'aws_iam_role.r["b"]').policies).toEqual([
      'managed:arn:aws:iam::aws:policy/ReadOnlyAccess',
    ]);
  });

  it('count: one attachment naming a counted role without index is an open question on every instance', () => {
    const roles = [0, 1].map((i): ResourceSpec => ({
      address: `aws_iam_role.r[${i}]`,
      index: i,
      values: { assume_role_policy: ec2Trust },
      unknown: { name: true },
    }));
    const parsed = parsePlan(plan([...roles, attachment(null, true, ['aws_iam_role.r'])]));
    for (const key of ['aws_iam_role.r[0]', 'aws_iam_role.r[1]'])
      expect(links(parsed, key)).toEqual({
        policies: [],
        profiles: [],
        open: [
          'permissions: aws_iam_role_policy_attachment.ssm.role names one of aws_iam_role.r[0], aws_iam_role.r[1], decided only at apply',
        ],
      });
  });

  it('count with a literal index links exactly that instance', () => {
    const roles = [0, 1].map((i): ResourceSpec => ({
      address: `aws_iam_role.r[${i}]`,
      index: i,
      values: { assume_role_policy: ec2Trust },
      unknown: { name: true },
    }));
    const parsed = parsePlan(
      plan([...roles, attachment(null, true, ['aws_iam_role.r[1].name', 'aws_iam_role.r[1]'])]),
    );
    expect(links(parsed, 'aws_iam_role.r[0]').policies).toEqual([]);
    expect(links(parsed, 'aws_iam_role.r[1]').policies).toEqual([`managed:${ssm}`]);
  });
});

describe('linking across modules', () => {
  const moduleRole: ResourceSpec = {
    address: 'module.veeam.aws_iam_role.worker',
    values: { assume_role_policy: ec2Trust },
    unknown: { name: true },
  };
  const moduleConfig = (
    root: ModuleSpec['resources'],
    inner: ModuleSpec['resources'],
    callExpressions = {},
  ) => ({
    resources: root,
    calls: {
      veeam: {
        source: './modules/veeam',
        expressions: callExpressions,
        module: {
          resources: inner,
          outputs: {
            role_name: { expression: { references: ['aws_iam_role.worker.name', 'aws_iam_role.worker'] } },
          },
        },
      },
    },
  });

  it('a root attachment names a module role through the module output', () => {
    const att: ResourceSpec = {
      address: 'aws_iam_role_policy_attachment.ssm',
      values: { policy_arn: ssm },
      unknown: { role: true },
    };
    const config = moduleConfig(
      [
        {
          address: 'aws_iam_role_policy_attachment.ssm',
          expressions: { role: { references: ['module.veeam.role_name', 'module.veeam'] } },
        },
      ],
      [{ address: 'aws_iam_role.worker' }],
    );
    const parsed = parsePlan(plan([moduleRole, att], config));
    expect(links(parsed, 'module.veeam.aws_iam_role.worker').policies).toEqual([`managed:${ssm}`]);
  });

  it('a module instance profile names a root role through a module input variable', () => {
    const rootRole: ResourceSpec = {
      address: 'aws_iam_role.worker',
      values: { assume_role_policy: ec2Trust },
      unknown: { name: true },
    };
    const profile: ResourceSpec = {
      address: 'module.veeam.aws_iam_instance_profile.this',
      values: {},
      unknown: { role: true },
    };
    const config = moduleConfig(
      [{ address: 'aws_iam_role.worker' }],
      [
        {
          address: 'aws_iam_instance_profile.this',
          expressions: { role: { references: ['var.role_name'] } },
        },
      ],
      { role_name: { references: ['aws_iam_role.worker.name', 'aws_iam_role.worker'] } },
    );
    const parsed = parsePlan(plan([rootRole, profile], config));
    expect(links(parsed, 'aws_iam_role.worker').profiles).toEqual([
      'module.veeam.aws_iam_instance_profile.this',
    ]);
  });

  it('module for_each: the variable is resolved with the module instance key', () => {
    const roles = ['x', 'y'].map((k): ResourceSpec => ({
      address: `aws_iam_role.r["${k}"]`,
      index: k,
      values: { assume_role_policy: ec2Trust },
      unknown: { name: true },
    }));
    const profiles = ['x', 'y'].map((k): ResourceSpec => ({
      address: `module.veeam["${k}"].aws_iam_instance_profile.this`,
      values: {},
      unknown: { role: true },
    }));
    const config = moduleConfig(
      [{ address: 'aws_iam_role.r' }],
      [
        {
          address: 'aws_iam_instance_profile.this',
          expressions: { role: { references: ['var.role_name'] } },
        },
      ],
      { role_name: { references: ['aws_iam_role.r', 'each.key'] } },
    );
    const parsed = parsePlan(plan([...roles, ...profiles], config));
    expect(links(parsed, 'aws_iam_role.r["x"]').profiles).toEqual([
      'module.veeam["x"].aws_iam_instance_profile.this',
    ]);
    expect(links(parsed, 'aws_iam_role.r["y"]').profiles).toEqual([
      'module.veeam["y"].aws_iam_instance_profile.this',
    ]);
  });
});

describe('resource types', () => {
  it('aws_iam_role: trust, inline_policy, managed_policy_arns, permissions_boundary, name, tags', () => {
    const r: ResourceSpec = {
      address: 'aws_iam_role.worker',
      values: {
        name: 'veeam-worker',
        assume_role_policy: ec2Trust,
        inline_policy: [
          { name: 'backup', policy: identityPolicy('ec2:DescribeInstances', 'ec2:CreateSnapshot') },
        ],
        managed_policy_arns: [ssm],
        permissions_boundary: 'arn:aws:iam::111122223333:policy/boundary',
        tags: { 'veeam:role': 'production-worker' },
        tags_all: { 'veeam:role': 'production-worker', team: 'backup' },
      },
    };
    const parsed = parsePlan(plan([r]));
    const worker = role(parsed, 'aws_iam_role.worker');
    expect(worker.name).toBe('veeam-worker');
    expect(worker.tags).toEqual({ 'veeam:role': 'production-worker', team: 'backup' });
    expect(shape(worker).trustPolicy?.statements[0]?.principal).toEqual([
      { type: 'Service', value: 'ec2.amazonaws.com', location: worker.location },
    ]);
    expect(shape(worker).policies.map(policySummary)).toEqual(['inline:backup+doc', `managed:${ssm}`]);
    expect(actionsOf(shape(worker).policies[0])).toEqual(['ec2:DescribeInstances', 'ec2:CreateSnapshot']);
    expect(shape(worker).permissionsBoundary).toMatchObject({
      kind: 'managed',
      arn: 'arn:aws:iam::111122223333:policy/boundary',
    });
  });

  it('aws_iam_role: name_prefix and values known after apply stay unresolved, never empty', () => {
    const r: ResourceSpec = {
      address: 'aws_iam_role.worker',
      values: { name_prefix: 'veeam-worker-', tags: { owner: null } },
      unknown: {
        name: true,
        assume_role_policy: true,
        managed_policy_arns: [false, true],
        tags: { owner: true },
      },
      expressions: {
        name_prefix: { constant_value: 'veeam-worker-' },
        assume_role_policy: { references: ['aws_iam_role.appliance.arn', 'aws_iam_role.appliance'] },
        managed_policy_arns: { references: ['local.arns'] },
      },
    };
    const parsed = parsePlan(plan([r]));
    const worker = role(parsed, 'aws_iam_role.worker');
    expect(worker.name).toMatchObject({
      unresolved: true,
      reason: expect.stringContaining("'veeam-worker-'"),
    });
    expect(worker.tags['owner']).toMatchObject({ unresolved: true });
    expect(shape(worker).trustPolicy).toBeUndefined();
    expect(shape(worker).trustUnresolved?.reason).toBe(
      'aws_iam_role.worker.assume_role_policy is known only after apply (it depends on aws_iam_role.appliance.arn (not in the plan))',
    );
    expect(shape(worker).policies.map(policySummary)).toEqual(['managed:?+unresolved']);
  });

  it('aws_iam_role: computed managed_policy_arns / inline_policy that the configuration does not set are not policies', () => {
    const r: ResourceSpec = {
      address: 'aws_iam_role.worker',
      values: { name: 'veeam-worker', assume_role_policy: ec2Trust },
      unknown: { managed_policy_arns: true, inline_policy: true },
      expressions: { name: { constant_value: 'veeam-worker' } },
    };
    expect(shape(parsePlan(plan([r])).roles[0]).policies).toEqual([]);
  });

  it('aws_iam_role_policy: inline policy by role name, document from a data source', () => {
    const resources: ResourceSpec[] = [
      worker(),
      {
        address: 'aws_iam_role_policy.backup',
        values: { name: 'backup', role: 'veeam-worker' },
        unknown: { policy: true },
        expressions: {
          policy: {
            references: ['data.aws_iam_policy_document.backup.json', 'data.aws_iam_policy_document.backup'],
          },
        },
      },
      {
        address: 'data.aws_iam_policy_document.backup',
        mode: 'data',
        values: { json: identityPolicy('ec2:CreateSnapshot') },
      },
    ];
    const parsed = parsePlan(plan(resources));
    const [policy] = shape(role(parsed, 'aws_iam_role.worker')).policies;
    expect(policySummary(policy!)).toBe('inline:backup+doc');
    expect(actionsOf(policy)).toEqual(['ec2:CreateSnapshot']);
  });

  it('aws_iam_policy_attachment: the roles list links each listed role', () => {
    const resources: ResourceSpec[] = [
      worker(),
      other,
      {
        address: 'aws_iam_policy_attachment.shared',
        values: { name: 'shared', policy_arn: ssm, roles: ['veeam-worker', 'other', 'outside'] },
      },
    ];
    const parsed = parsePlan(plan(resources));
    expect(links(parsed, 'aws_iam_role.worker').policies).toEqual([`managed:${ssm}`]);
    expect(links(parsed, 'aws_iam_role.other').policies).toEqual([`managed:${ssm}`]);
  });

  it('aws_iam_policy: attached by reference, its document from the plan; by known ARN too', () => {
    const resources: ResourceSpec[] = [
      worker(),
      {
        address: 'aws_iam_policy.worker',
        values: { name: 'worker', policy: identityPolicy('ssm:PutInventory') },
        unknown: { arn: true },
      },
      {
        address: 'aws_iam_policy.known',
        values: {
          name: 'known',
          arn: 'arn:aws:iam::111122223333:policy/known',
          policy: identityPolicy('ec2:*'),
        },
      },
      {
        address: 'aws_iam_role_policy_attachment.a',
        values: { role: 'veeam-worker' },
        unknown: { policy_arn: true },
        expressions: { policy_arn: { references: ['aws_iam_policy.worker.arn', 'aws_iam_policy.worker'] } },
      },
      {
        address: 'aws_iam_role_policy_attachment.b',
        values: { role: 'veeam-worker', policy_arn: 'arn:aws:iam::111122223333:policy/known' },
      },
    ];
    const policies = shape(role(parsePlan(plan(resources)), 'aws_iam_role.worker')).policies;
    expect(policies.map(policySummary)).toEqual([
      'managed:aws_iam_policy.worker+doc',
      'managed:arn:aws:iam::111122223333:policy/known+doc',
    ]);
    expect(actionsOf(policies[0])).toEqual(['ssm:PutInventory']);
    expect(policies[0]?.arn).toMatchObject({ unresolved: true });
    expect(actionsOf(policies[1])).toEqual(['ec2:*']);
  });

  it('a policy ARN known only after apply from outside the plan is an unresolved attachment, not dropped', () => {
    const resources: ResourceSpec[] = [
      worker(),
      {
        address: 'aws_iam_role_policy_attachment.a',
        values: { role: 'veeam-worker' },
        unknown: { policy_arn: true },
        expressions: { policy_arn: { references: ['var.policy_arn'] } },
      },
    ];
    const [policy] = shape(role(parsePlan(plan(resources)), 'aws_iam_role.worker')).policies;
    expect(policy?.unresolved?.reason).toBe(
      'aws_iam_role_policy_attachment.a.policy_arn is known only after apply (it depends on var.policy_arn (a root module variable))',
    );
  });

  it('aws_iam_instance_profile: by role name and by reference', () => {
    const resources: ResourceSpec[] = [
      worker(),
      other,
      { address: 'aws_iam_instance_profile.by_name', values: { role: 'veeam-worker' } },
      {
        address: 'aws_iam_instance_profile.by_ref',
        values: {},
        unknown: { role: true },
        expressions: { role: { references: ['aws_iam_role.other.name', 'aws_iam_role.other'] } },
      },
    ];
    const parsed = parsePlan(plan(resources));
    expect(links(parsed, 'aws_iam_role.worker').profiles).toEqual(['aws_iam_instance_profile.by_name']);
    expect(links(parsed, 'aws_iam_role.other').profiles).toEqual(['aws_iam_instance_profile.by_ref']);
  });

  it('an instance profile whose role cannot be linked is an open question for instance-profile', () => {
    const resources: ResourceSpec[] = [
      worker(),
      {
        address: 'aws_iam_instance_profile.p',
        values: {},
        unknown: { role: true },
        expressions: { role: { references: ['each.value'] } },
      },
    ];
    expect(links(parsePlan(plan(resources)), 'aws_iam_role.worker')).toEqual({
      policies: [],
      profiles: [],
      open: [
        'instance-profile: aws_iam_instance_profile.p.role is known only after apply: it may name this role',
      ],
    });
  });

  it('aws_iam_role_policies_exclusive: keeps only the listed inline policies', () => {
    const resources: ResourceSpec[] = [
      worker(),
      {
        address: 'aws_iam_role_policy.keep',
        values: { name: 'keep', role: 'veeam-worker', policy: identityPolicy('ec2:*') },
      },
      {
        address: 'aws_iam_role_policy.drop',
        values: { name: 'drop', role: 'veeam-worker', policy: identityPolicy('s3:*') },
      },
      {
        address: 'aws_iam_role_policies_exclusive.worker',
        values: { role_name: 'veeam-worker', policy_names: ['keep', 'elsewhere'] },
      },
    ];
    const parsed = parsePlan(plan(resources));
    expect(links(parsed, 'aws_iam_role.worker').policies).toEqual([
      'inline:keep+doc',
      'inline:elsewhere+unresolved',
    ]);
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      "aws_iam_role_policies_exclusive.worker removes inline policy 'drop' from aws_iam_role.worker at apply",
    ]);
  });

  it('aws_iam_role_policy_attachments_exclusive: keeps only the listed ARNs, adds listed ones', () => {
    const resources: ResourceSpec[] = [
      worker(),
      {
        address: 'aws_iam_role_policy_attachment.admin',
        values: { role: 'veeam-worker', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      },
      {
        address: 'aws_iam_role_policy_attachments_exclusive.worker',
        values: { role_name: 'veeam-worker', policy_arns: [ssm] },
      },
    ];
    const parsed = parsePlan(plan(resources));
    expect(links(parsed, 'aws_iam_role.worker').policies).toEqual([`managed:${ssm}`]);
    expect(parsed.warnings).toHaveLength(1);
  });

  it.each([
    {
      source: 'its json when known',
      data: { values: { json: ec2Trust } },
    },
    {
      source: 'its planned statement blocks when json is known only after apply',
      data: {
        values: {
          statement: [
            {
              actions: ['sts:AssumeRole'],
              effect: 'Allow',
              principals: [{ type: 'Service', identifiers: ['ec2.amazonaws.com'] }],
            },
          ],
        },
        unknown: { json: true },
      },
    },
    {
      source: 'constant statement blocks of its configuration when the read is deferred',
      data: {
        values: {},
        unknown: { json: true, statement: true },
        expressions: {
          statement: [
            {
              actions: { constant_value: ['sts:AssumeRole'] },
              principals: [
                {
                  type: { constant_value: 'Service' },
                  identifiers: { constant_value: ['ec2.amazonaws.com'] },
                },
              ],
            },
          ],
        },
      },
    },
  ])('data.aws_iam_policy_document as a trust policy: $source', ({ data }) => {
    const resources: ResourceSpec[] = [
      worker({
        values: { name: 'veeam-worker' },
        unknown: { assume_role_policy: true },
        expressions: {
          assume_role_policy: {
            references: ['data.aws_iam_policy_document.trust.json', 'data.aws_iam_policy_document.trust'],
          },
        },
      }),
      { address: 'data.aws_iam_policy_document.trust', mode: 'data', ...data },
    ];
    const trust = shape(role(parsePlan(plan(resources)), 'aws_iam_role.worker')).trustPolicy;
    expect(trust?.statements).toHaveLength(1);
    expect(trust?.statements[0]).toMatchObject({
      effect: 'Allow',
      action: ['sts:AssumeRole'],
      principal: [{ type: 'Service', value: 'ec2.amazonaws.com' }],
    });
  });

  it('data.aws_iam_policy_document: a principal that references a resource known after apply stays unresolved', () => {
    const resources: ResourceSpec[] = [
      worker({
        values: { name: 'veeam-worker' },
        unknown: { assume_role_policy: true },
        expressions: { assume_role_policy: { references: ['data.aws_iam_policy_document.trust'] } },
      }),
      {
        address: 'data.aws_iam_policy_document.trust',
        mode: 'data',
        values: {},
        unknown: { json: true, statement: true },
        expressions: {
          statement: [
            {
              actions: { constant_value: ['sts:AssumeRole'] },
              principals: [
                {
                  type: { constant_value: 'AWS' },
                  identifiers: { references: ['aws_iam_role.appliance.arn', 'aws_iam_role.appliance'] },
                },
              ],
              condition: [
                {
                  test: { constant_value: 'StringEquals' },
                  variable: { constant_value: 'sts:ExternalId' },
                  values: { constant_value: ['x'] },
                },
              ],
            },
          ],
        },
      },
    ];
    const statement = shape(role(parsePlan(plan(resources)), 'aws_iam_role.worker')).trustPolicy
      ?.statements[0];
    expect(statement?.principal?.[0]).toMatchObject({ type: 'AWS', value: { unresolved: true } });
    expect(statement?.condition).toEqual([
      { operator: 'StringEquals', key: 'sts:ExternalId', values: ['x'] },
    ]);
  });
});

describe('plan actions', () => {
  it.each([
    [['delete'], false],
    [['create'], true],
    [['no-op'], true],
    [['update'], true],
    [['delete', 'create'], true],
    [['create', 'delete'], true],
  ])('a role whose change is %j is checked: %s', (actions, reported) => {
    const parsed = parsePlan(plan([worker({ actions })]));
    expect(parsed.roles.map((r) => r.key)).toEqual(reported ? ['aws_iam_role.worker'] : []);
  });

  it('an attachment being destroyed no longer counts', () => {
    const resources: ResourceSpec[] = [
      worker(),
      {
        address: 'aws_iam_role_policy_attachment.old',
        values: { role: 'veeam-worker', policy_arn: ssm },
        actions: ['delete'],
      },
    ];
    expect(links(parsePlan(plan(resources)), 'aws_iam_role.worker').policies).toEqual([]);
  });

  it('a state file (`terraform show -json` without a plan) is read from values.root_module', () => {
    const state = {
      format_version: '1.0',
      terraform_version: '1.9.0',
      values: {
        root_module: {
          resources: [
            {
              address: 'aws_iam_role.worker',
              mode: 'managed',
              type: 'aws_iam_role',
              name: 'worker',
              values: { name: 'veeam-worker', assume_role_policy: ec2Trust, managed_policy_arns: [ssm] },
            },
            {
              address: 'aws_iam_role_policy_attachment.ssm',
              mode: 'managed',
              type: 'aws_iam_role_policy_attachment',
              name: 'ssm',
              values: { role: 'veeam-worker', policy_arn: ssm },
            },
          ],
        },
      },
    };
    // The role lists what the attachment attaches: one policy, pointing at the attachment.
    const policies = shape(role(parsePlan(state), 'aws_iam_role.worker')).policies;
    expect(policies.map(policySummary)).toEqual([`managed:${ssm}`]);
    expect(policies[0]?.location.line).toBeGreaterThan(
      role(parsePlan(state), 'aws_iam_role.worker').location.line,
    );
  });
});
