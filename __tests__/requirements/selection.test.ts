import { describe, expect, it } from 'vitest';
import { selectRoles, unmatchedSelectors } from '../../src/requirements/selection.js';
import { combinedRequirements, requirementSet } from '../../src/requirements/index.js';
import { role } from '../helpers/roles.js';

describe('selectRoles', () => {
  const roles = [
    role({ key: 'WorkerRole' }),
    role({ key: 'AppRole', name: 'veeam-WORKER-prod' }),
    role({ key: 'Tagged', tags: { 'veeam:role': 'flr-worker' } }),
    role({ key: 'LambdaRole' }),
  ];
  it('selects by config, then tag, then name', () => {
    const selected = selectRoles(roles, [{ match: 'lambda*', kinds: ['production-worker'] }]);
    expect([...selected.entries()].map(([r, s]) => [r.key, s.kinds.join('+'), s.selectedBy])).toEqual([
      ['WorkerRole', 'production-worker', "name contains 'worker' (WorkerRole)"],
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
    const selected = [...selectRoles([role({ key, ...(name ? { name } : {}) })], []).values()];
    expect(selected).toEqual([{ kinds: [kind], selectedBy }]);
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
