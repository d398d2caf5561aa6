import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../src/evaluate.js';
import {
  combinedRequirements,
  isExtraKind,
  kindProblem,
  knownKinds,
  requirementSet,
  requirementSets,
} from '../../src/requirements/index.js';
import { nextVersion, versionChange } from '../../src/requirements/drift.js';
import { APPLIANCE, role } from '../helpers/roles.js';
import { compliant, trustFor } from './compliant.js';

const opts = (veeamVersion: string) => ({ veeamVersion, appliancePrincipals: [APPLIANCE] });
const W = ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'];
const A = ['trust-appliance', 'permissions'];

// kind (as the config writes it), version, action count (Veeam's pages), checks in report order.
const table: [string, string, number, string[]][] = [
  ['production-worker', '10', 33, W],
  ['production-worker', '11', 35, W],
  ['flr-worker', '10', 82, W],
  ['flr-worker', '11', 82, W],
  ['worker-configuration', '10', 6, A],
  ['worker-configuration', '11', 6, A],
  ['worker-deployment', '10', 77, A],
  ['worker-deployment', '11', 78, A],
  ['ec2-backup', '10', 61, A],
  ['ec2-backup', '11', 63, A],
  ['ec2-restore', '10', 56, A],
  ['ec2-restore', '11', 56, A],
  ['rds-backup', '10', 46, A],
  ['rds-backup', '11', 46, A],
  ['rds-restore', '10', 53, ['trust-rds', 'trust-appliance', 'permissions']],
  ['rds-restore', '11', 53, ['trust-rds', 'trust-appliance', 'permissions']],
  ['efs-backup', '10', 69, ['trust-backup', 'trust-appliance', 'permissions']],
  ['efs-backup', '11', 69, ['trust-backup', 'trust-appliance', 'permissions']],
  ['efs-backup-manual', '10', 35, ['trust-backup', 'trust-appliance', 'permissions']],
  ['efs-backup-manual', '11', 35, ['trust-backup', 'trust-appliance', 'permissions']],
  [
    'default',
    '10',
    450,
    [
      'trust-backup',
      'trust-batchoperations.s3',
      'trust-ec2',
      'trust-appliance',
      'instance-profile',
      'permissions',
    ],
  ],
  // The extras: the base set plus Veeam's "deploy workers in production accounts" set (the
  // case-insensitive union of the two pages' actions).
  ['ec2-backup+production-worker-deployment', '10', 78, A],
  ['ec2-backup+production-worker-deployment', '11', 80, A],
  ['ec2-restore+production-worker-deployment', '10', 72, A],
  ['rds-backup+production-worker-deployment', '10', 87, A],
  ['efs-backup+production-worker-deployment', '10', 74, ['trust-backup', 'trust-appliance', 'permissions']],
];

describe.each(table)('%s v%s', (kindText, version, count, checks) => {
  const kinds = kindText.split('+');
  const requirement = combinedRequirements(kinds, version);
  const sel = { kinds, selectedBy: 'test' };

  it(`needs ${count} actions and the checks ${checks.join(', ')}`, () => {
    expect(requirement.actions).toHaveLength(count);
    const report = evaluateRole(role(compliant(requirement)), sel, opts(version));
    expect(report.checks.map((c) => c.check)).toEqual(checks);
    expect(report.kind).toBe(kindText);
  });

  it('passes a minimal compliant role', () => {
    const report = evaluateRole(role(compliant(requirement)), sel, opts(version));
    expect(report.checks.filter((c) => c.verdict !== 'pass')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it.each([0, Math.floor(count / 2), count - 1])('fails a role missing action #%i, naming it', (i) => {
    const action = requirement.actions[i]!;
    const report = evaluateRole(role(compliant(requirement, [action])), sel, opts(version));
    const permissions = report.checks.find((c) => c.check === 'permissions')!;
    expect(report.verdict).toBe('fail');
    expect(permissions.verdict).toBe('fail');
    expect(permissions.missingActions).toEqual([action]);
    expect(report.checks.filter((c) => c.check !== 'permissions').every((c) => c.verdict === 'pass')).toBe(
      true,
    );
  });

  it.each(requirement.trustServices)('fails without trust in %s', (service) => {
    const spec = { ...compliant(requirement), trust: trustFor(requirement, service) };
    const report = evaluateRole(role(spec), sel, opts(version));
    const id = `trust-${service.replace(/\.amazonaws\.com$/, '')}`;
    expect(report.checks.find((c) => c.check === id)!.verdict).toBe('fail');
  });
});

describe('role kinds as data', () => {
  it('has every kind the issue lists', () => {
    expect(knownKinds()).toEqual([
      'default',
      'ec2-backup',
      'ec2-restore',
      'efs-backup',
      'efs-backup-manual',
      'flr-worker',
      'production-worker',
      'production-worker-deployment',
      'rds-backup',
      'rds-restore',
      'worker-configuration',
      'worker-deployment',
    ]);
  });

  it.each([
    ['ec2-backup', 17],
    ['ec2-restore', 16],
    ['rds-backup', 41],
    ['efs-backup', 5],
  ])('the worker extra for %s has %i actions in 10 and 11', (base, n) => {
    for (const v of ['10', '11']) {
      const extra = requirementSets(v).find(
        (s) => s.kind === 'production-worker-deployment' && s.extraFor === base,
      );
      expect(extra?.actions).toHaveLength(n);
    }
  });

  it('needs an instance profile only for worker kinds and the single default role', () => {
    const withProfile = requirementSets()
      .filter((s) => s.instanceProfile)
      .map((s) => s.kind);
    expect([...new Set(withProfile)].sort()).toEqual(['default', 'flr-worker', 'production-worker']);
  });

  it('records the Veeam page of every set', () => {
    for (const s of requirementSets()) expect(s.source).toMatch(/^https:\/\/helpcenter\.veeam\.com\/docs\//);
  });

  it('is not published for 11 for the default role', () => {
    expect(() => requirementSet('default', '11')).toThrow(/no published requirements .* 11 \(only 10\)/);
  });

  it('does not use an extra kind alone', () => {
    expect(isExtraKind('production-worker-deployment')).toBe(true);
    expect(() => combinedRequirements(['production-worker-deployment'], '10')).toThrow(
      /adds to another kind: combine it with one of ec2-backup, ec2-restore, efs-backup, rds-backup/,
    );
    expect(() => combinedRequirements(['flr-worker', 'production-worker-deployment'], '10')).toThrow(
      /combine it with one of/,
    );
  });
});

describe('combinations', () => {
  it('is the union of several kinds, trust and profile included', () => {
    const c = combinedRequirements(['rds-restore', 'production-worker'], '10');
    const union = new Set(
      [
        ...requirementSet('rds-restore', '10').actions,
        ...requirementSet('production-worker', '10').actions,
      ].map((a) => a.toLowerCase()),
    );
    expect(c.actions).toHaveLength(union.size);
    expect(c.trustServices).toEqual(['ec2.amazonaws.com', 'rds.amazonaws.com']);
    expect(c.instanceProfile).toBe(true);
    expect(c.kind).toBe('rds-restore+production-worker');
  });

  it('brings every matching extra when the extra kind joins two base kinds', () => {
    const c = combinedRequirements(['ec2-backup', 'ec2-restore', 'production-worker-deployment'], '10');
    const parts = [
      ...combinedRequirements(['ec2-backup', 'production-worker-deployment'], '10').actions,
      ...combinedRequirements(['ec2-restore', 'production-worker-deployment'], '10').actions,
    ];
    expect(c.actions).toHaveLength(new Set(parts.map((a) => a.toLowerCase())).size);
  });

  it('checks a combined role against the union', () => {
    const kinds = ['rds-restore', 'production-worker'];
    const c = combinedRequirements(kinds, '11');
    const sel = { kinds, selectedBy: 'test' };
    expect(evaluateRole(role(compliant(c)), sel, opts('11')).verdict).toBe('pass');
    const onlyOne = compliant(requirementSet('rds-restore', '11'));
    const report = evaluateRole(role({ ...onlyOne, trust: trustFor(c) }), sel, opts('11'));
    expect(report.checks.map((x) => [x.check, x.verdict])).toEqual([
      ['trust-ec2', 'pass'],
      ['trust-rds', 'pass'],
      ['trust-appliance', 'pass'],
      ['instance-profile', 'fail'],
      ['permissions', 'fail'],
    ]);
  });
});

describe('version drift', () => {
  it.each<[string, string[], string[]]>([
    ['production-worker', ['iam:ListAccountAliases', 'pricing:GetProducts'], []],
    ['ec2-backup', ['ebs:GetSnapshotBlock', 'kms:Decrypt'], []],
    ['worker-deployment', ['pricing:GetProducts'], []],
    ['rds-restore', [], []],
    ['flr-worker', [], []],
  ])('%s from 10 to 11', (kind, added, removed) => {
    expect(versionChange([kind], '10', '11')).toMatchObject({ added, removed, trustAdded: [] });
  });
  it('is undefined where a version is not published', () => {
    expect(versionChange(['default'], '10', '11')).toBeUndefined();
    expect(nextVersion('10')).toBe('11');
    expect(nextVersion('11')).toBeUndefined();
  });
  it('fails a v10-compliant production worker under v11, naming the two new actions', () => {
    const spec = compliant(requirementSet('production-worker', '10'));
    const sel = { kinds: ['production-worker'], selectedBy: 'test' };
    const p = evaluateRole(role(spec), sel, opts('11')).checks.find((c) => c.check === 'permissions')!;
    expect(p.missingActions).toEqual(['iam:ListAccountAliases', 'pricing:GetProducts']);
  });
});

describe('kinds written as one entry', () => {
  it('reads "a+b" as two kinds', () => {
    expect(combinedRequirements(['ec2-backup+production-worker-deployment'], '10').actions).toEqual(
      combinedRequirements(['ec2-backup', 'production-worker-deployment'], '10').actions,
    );
  });
});

describe('kindProblem', () => {
  it.each<[string[], string, string | undefined]>([
    [['flr-worker'], '11', undefined],
    [['ec2-backup+production-worker-deployment'], '11', undefined],
    [['flr'], '10', "role kind 'flr' is not known: use one of default, ec2-backup"],
    [['production-worker-deployment'], '10', "role kind 'production-worker-deployment' adds to another kind"],
    [
      ['default'],
      '11',
      "role kind 'default' has no published requirements for Veeam Backup for AWS 11 (only 10)",
    ],
    [['production-worker'], '9', "veeam-version '9' is not known: use one of 10, 11"],
  ])('%j v%s', (kinds, version, problem) => {
    const found = kindProblem(kinds, version);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
