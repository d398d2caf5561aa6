import { describe, expect, it } from 'vitest';
import { classifyRoles, selectRoles, unmatchedSelectors } from '../../src/requirements/selection.js';
import type { Role } from '../../src/model/role.js';
import { combinedRequirements, requirementSet } from '../../src/requirements/index.js';
import { role } from '../helpers/roles.js';

describe('selectRoles', () => {
  const roles = [
    role({ key: 'VeeamWorkerRole' }),
    role({ key: 'AppRole', name: 'veeam-WORKER-prod' }),
    role({ key: 'Tagged', tags: { 'veeam:role': 'flr-worker' } }),
    role({ key: 'LambdaRole' }),
  ];
  it('selects by config, then tag, then name', () => {
    const selected = selectRoles(roles, [{ match: 'lambda*', kinds: ['production-worker'] }]);
    expect([...selected.entries()].map(([r, s]) => [r.key, s.kinds.join('+'), s.selectedBy])).toEqual([
      ['VeeamWorkerRole', 'production-worker', "name contains 'worker' (VeeamWorkerRole)"],
      ['AppRole', 'production-worker', "name contains 'worker' (veeam-WORKER-prod)"],
      ['Tagged', 'flr-worker', 'tag veeam:role=flr-worker'],
      ['LambdaRole', 'production-worker', "config roles[0] match 'lambda*'"],
    ]);
  });
  it('reports config entries that match nothing', () => {
    expect(
      unmatchedSelectors(roles, [
        { match: '*Worker*', kinds: [] },
        { match: 'Gone', kinds: [] },
      ]).map((s) => s.match),
    ).toEqual(['Gone']);
  });
});

describe('requirements', () => {
  it.each([
    ['10', 33],
    ['11', 35],
  ])('production worker v%s has %i actions', (version, count) => {
    expect(requirementSet('production-worker', version).actions).toHaveLength(count);
  });
  it('v10 has the six ec2messages, four iam, four sqs, fifteen ssm, four ssmmessages actions', () => {
    const count = (prefix: string) =>
      requirementSet('production-worker', '10').actions.filter((a) => a.startsWith(prefix)).length;
    expect([
      count('ec2messages:'),
      count('iam:'),
      count('sqs:'),
      count('ssm:'),
      count('ssmmessages:'),
    ]).toEqual([6, 4, 4, 15, 4]);
  });
  it('combines kinds as a union', () => {
    const c = combinedRequirements(['production-worker', 'production-worker'], '10');
    expect(c.actions).toHaveLength(33);
  });
  it('names the known kinds when one is unknown', () => {
    expect(() => requirementSet('nope', '10')).toThrow(
      /role kind 'nope' is not known: use one of default, ec2-backup, .*flr-worker, production-worker, /,
    );
  });
});

describe('name-based kinds', () => {
  it.each<[string, string | undefined, string, string]>([
    ['WorkerRole', undefined, 'production-worker', "name contains 'worker' (WorkerRole)"],
    ['FlrWorkerRole', undefined, 'flr-worker', "name contains 'worker' and 'Flr' (FlrWorkerRole)"],
    [
      'aws_iam_role.file_level_worker',
      undefined,
      'flr-worker',
      "name contains 'worker' and 'file_level' (aws_iam_role.file_level_worker)",
    ],
    [
      'Role1',
      'veeam-FileLevel-worker',
      'flr-worker',
      "name contains 'worker' and 'FileLevel' (veeam-FileLevel-worker)",
    ],
    [
      'WorkerConfigRole',
      undefined,
      'worker-configuration',
      "name contains 'WorkerConfig' (WorkerConfigRole)",
    ],
    [
      'veeam-worker-configuration',
      undefined,
      'worker-configuration',
      "name contains 'worker-config' (veeam-worker-configuration)",
    ],
  ])('%s (%s) → %s', (key, name, kind, selectedBy) => {
    // Issue 13: a name with "worker" counts only when something names Veeam; here its IAM path.
    const tied = { ...role({ key, ...(name ? { name } : {}) }), path: '/veeam/' };
    const tie = /veeam/i.test(selectedBy) ? '' : " and its path '/veeam/' names Veeam";
    const selected = [...selectRoles([tied], []).values()];
    expect(selected).toEqual([{ kinds: [kind], selectedBy: selectedBy + tie }]);
  });

  it('leaves roles without "worker" in the name alone, Flr or not', () => {
    expect(selectRoles([role({ key: 'FlrRole' })], []).size).toBe(0);
  });

  it.each([
    ['ec2-backup+production-worker-deployment', ['ec2-backup', 'production-worker-deployment']],
    ['rds-restore, production-worker', ['rds-restore', 'production-worker']],
  ])('takes every kind from the veeam:role tag: %s', (tag, kinds) => {
    const selected = [...selectRoles([role({ key: 'R', tags: { 'veeam:role': tag } })], []).values()];
    expect(selected[0]!.kinds).toEqual(kinds);
    expect(() => combinedRequirements(kinds, '10')).not.toThrow();
  });

  it('takes several kinds from a config entry', () => {
    const selected = selectRoles(
      [role({ key: 'Backup' })],
      [{ match: 'B*', kinds: ['efs-backup', 'production-worker-deployment'] }],
    );
    expect([...selected.values()][0]).toEqual({
      kinds: ['efs-backup', 'production-worker-deployment'],
      selectedBy: "config roles[0] match 'B*'",
    });
  });
});

/** Issue 13: a worker role is one whose name says "worker" and that something ties to Veeam. */
describe('what ties a worker role to Veeam', () => {
  const at = (file: string) => ({ file, line: 3, column: 3 });
  const make = (spec: Partial<Role> & { key: string }): Role => ({
    id: `${spec.file ?? 'infra/stack.yaml'}#${spec.key}`,
    source: 'cloudformation',
    file: 'infra/stack.yaml',
    location: at(spec.file ?? 'infra/stack.yaml'),
    tags: {},
    variants: [],
    ...spec,
  });
  it.each<[string, Role, 'checked' | 'not-veeam' | 'ignored' | 'opted-out' | 'not a worker', string]>([
    [
      'EKS node role',
      make({ key: 'EksWorkerNodeRole' }),
      'not-veeam',
      "name contains 'worker' (EksWorkerNodeRole) but nothing names Veeam",
    ],
    [
      'ECS task role',
      make({ key: 'CeleryWorkerTaskRole', name: 'celery-worker-task' }),
      'not-veeam',
      "name contains 'worker' (CeleryWorkerTaskRole) but nothing names Veeam",
    ],
    [
      'Terraform ECS worker',
      make({ key: 'aws_iam_role.ecs_worker', source: 'terraform-plan' }),
      'not-veeam',
      "name contains 'worker' (aws_iam_role.ecs_worker) but nothing names Veeam",
    ],
    [
      'Veeam-named worker',
      make({ key: 'VeeamWorkerRole' }),
      'checked',
      "name contains 'worker' (VeeamWorkerRole)",
    ],
    [
      'worker with a Veeam role name',
      make({ key: 'WorkerRole', name: 'veeam-worker-prod' }),
      'checked',
      "name contains 'worker' (WorkerRole) and its name 'veeam-worker-prod' names Veeam",
    ],
    [
      'worker with a Veeam description',
      make({ key: 'WorkerRole', description: 'Used by VEEAM backup workers' }),
      'checked',
      "name contains 'worker' (WorkerRole) and its description 'Used by VEEAM backup workers' names Veeam",
    ],
    [
      'worker with a Veeam tag value',
      make({ key: 'WorkerRole', tags: { team: 'veeam-backup' } }),
      'checked',
      "name contains 'worker' (WorkerRole) and its tag 'veeam-backup' names Veeam",
    ],
    [
      'worker under a veeam/ folder',
      make({ key: 'WorkerRole', file: 'infra/veeam/stack.yaml' }),
      'checked',
      "name contains 'worker' (WorkerRole) and its file 'infra/veeam/stack.yaml' names Veeam",
    ],
    [
      'worker in a Veeam module (address)',
      make({ key: 'module.veeam_workers.aws_iam_role.worker', source: 'terraform-plan' }),
      'checked',
      "name contains 'worker' (module.veeam_workers.aws_iam_role.worker)",
    ],
    [
      'worker whose .tf source is in a veeam/ module folder',
      make({ key: 'module.w.aws_iam_role.worker', file: 'plan.json', location: at('modules/veeam/main.tf') }),
      'checked',
      "name contains 'worker' (module.w.aws_iam_role.worker) and its file 'modules/veeam/main.tf' names Veeam",
    ],
    ['Veeam role not named worker', make({ key: 'VeeamBackupRole' }), 'not a worker', ''],
    [
      'tag veeam:role none',
      make({ key: 'VeeamWorkerRole', tags: { 'veeam:role': 'none' } }),
      'opted-out',
      'tag veeam:role=none',
    ],
    [
      'tag veeam:role None (any case)',
      make({ key: 'VeeamWorkerRole', tags: { 'veeam:role': 'None' } }),
      'opted-out',
      'tag veeam:role=None',
    ],
    [
      'config ignore: on the logical ID',
      make({ key: 'LegacyVeeamWorker' }),
      'ignored',
      "config ignore[0] 'Legacy*'",
    ],
    [
      'config ignore: on the role name',
      make({ key: 'W', name: 'veeam-worker-old' }),
      'ignored',
      "config ignore[1] '*-old'",
    ],
    [
      'config ignore: on the id',
      make({ key: 'VeeamWorkerRole', file: 'sandbox/x.yaml' }),
      'ignored',
      "config ignore[2] 'sandbox/*'",
    ],
  ])('%s', (_label, subject, expected, why) => {
    const { selected, skipped } = classifyRoles([subject], [], ['Legacy*', '*-old', 'sandbox/*']);
    if (expected === 'checked') {
      expect(skipped).toEqual([]);
      expect([...selected.values()]).toEqual([{ kinds: ['production-worker'], selectedBy: why }]);
    } else if (expected === 'not a worker') {
      expect(selected.size + skipped.length).toBe(0);
    } else {
      expect(selected.size).toBe(0);
      expect(skipped).toEqual([
        { id: subject.id, reason: expected, detail: why, location: subject.location },
      ]);
    }
  });

  it('a roles: entry checks a role that nothing ties to Veeam; ignore: wins over it', () => {
    const eks = make({ key: 'EksWorkerNodeRole' });
    expect([...selectRoles([eks], [{ match: 'Eks*', kinds: [] }]).values()][0]?.selectedBy).toBe(
      "config roles[0] match 'Eks*'",
    );
    expect(classifyRoles([eks], [{ match: 'Eks*', kinds: [] }], ['Eks*']).skipped[0]?.reason).toBe('ignored');
  });
});
