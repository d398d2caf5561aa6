// Waivers and baselines through the real scan (parsers, selection, checks) on the estate fixture.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/baseline/apply.js';
import { baselineOf, parseBaseline } from '../../src/baseline/file.js';
import { checkWaiverLengths, resolveOptions } from '../../src/config.js';
import { parseConfig } from '../../src/config-file.js';
import type { Report } from '../../src/model/report.js';
import { renderSarif } from '../../src/report/sarif.js';
import { scan } from '../../src/scan.js';

const estate = fileURLToPath(new URL('../fixtures/waivers/estate', import.meta.url));
const today = '2026-12-01';
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'waivers-'));
  cpSync(estate, root, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const config = (): string => readFileSync(path.join(estate, 'veeam-iam-gate.yml'), 'utf8');

async function run(configText: string, files: Record<string, string> = {}): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), 'waivers-run-'));
  cpSync(estate, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  try {
    const options = resolveOptions({}, parseConfig(configText, 'veeam-iam-gate.yml'));
    checkWaiverLengths(options, today);
    return await scan({ root: dir, paths: [], options, today, configFile: 'veeam-iam-gate.yml' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const role = (report: Report, id: string) => report.roles.find((r) => r.id === id)!;
const check = (report: Report, id: string, name: string) =>
  role(report, id).checks.find((c) => c.check === name)!;

describe('waivers on the estate', () => {
  let report: Report;
  beforeAll(async () => {
    report = await run(config());
  });

  it.each([
    // [role id, check, source, written at, waived actions]
    ['platform.yaml#VeeamWorkerRole', 'permissions', 'config', 'veeam-iam-gate.yml:5', 4],
    ['platform.yaml#BackupWorkerRole', 'instance-profile', 'inline', 'platform.yaml:59', 0],
    [
      'tf/plan.json#module.veeam_worker.aws_iam_role.worker',
      'permissions',
      'inline',
      'tf/modules/veeam-worker/main.tf:23',
      4,
    ],
    ['iam/get-role.json#veeam-worker-dr', 'permissions', 'config', 'veeam-iam-gate.yml:11', 0],
    ['iam/get-role.json#veeam-worker-dr', 'instance-profile', 'config', 'veeam-iam-gate.yml:11', 0],
  ])(
    '%s %s: waived by %s (%s), verdict kept, the gate passes the role',
    (id, name, source, where, actions) => {
      const c = check(report, id, name);
      expect(c.verdict).not.toBe('pass');
      expect(c.waiver?.source).toBe(source);
      expect(`${c.waiver?.location.file}:${c.waiver?.location.line}`).toBe(where);
      expect(c.waiver?.actions?.length ?? 0).toBe(actions);
      expect(role(report, id).gateVerdict).toBe('pass');
    },
  );

  it('counts what the gate counts: one role fails (no waiver covers it), four are accepted', () => {
    expect(report.summary).toMatchObject({ workerRoles: 5, pass: 0, fail: 1, unknown: 0, accepted: 4 });
    expect(role(report, 'veeam/worker.yaml#WorkerRole').gateVerdict).toBeUndefined();
  });

  it('warns about the expired waiver and the stale one, at their config lines', () => {
    const w = report.warnings.filter((x) => x.code.startsWith('waiver-'));
    expect(w.map((x) => [x.code, x.location?.line, x.message])).toEqual([
      [
        'waiver-expired',
        15,
        "waiver for roles matching '*WorkerRole' (trust-ec2) expired on 2026-11-01 (today is 2026-12-01): it no longer applies; fix the role or renew the waiver with a new reason",
      ],
      [
        'waiver-stale',
        19,
        "waiver for roles matching 'NoSuchRole' (all) matches no failing or unknown check: remove it",
      ],
    ]);
  });

  it('lists the roles it did not check: ignore:, tag none, and worker names nothing ties to Veeam', () => {
    expect(report.skipped?.map((s) => [s.id, s.reason, s.detail])).toEqual([
      [
        'platform.yaml#CeleryWorkerTaskRole',
        'not-veeam',
        "name contains 'worker' (CeleryWorkerTaskRole) but nothing names Veeam",
      ],
      [
        'platform.yaml#EksWorkerNodeRole',
        'not-veeam',
        "name contains 'worker' (EksWorkerNodeRole) but nothing names Veeam",
      ],
      ['platform.yaml#LegacyWorkerRole', 'ignored', "config ignore[0] 'Legacy*'"],
      ['platform.yaml#SandboxWorkerRole', 'opted-out', 'tag veeam:role=none'],
    ]);
  });

  it('SARIF: a wholly waived result is suppressed (external for config, inSource for inline), justified by the reason', () => {
    const results = renderSarif(report).runs[0]!.results!;
    const of = (roleId: string, rule: string) =>
      results.find((r) => r.ruleId === rule && (r.properties as { roleId: string }).roleId === roleId);
    expect(of('platform.yaml#BackupWorkerRole', 'instance-profile')?.suppressions).toMatchObject([
      { kind: 'inSource', justification: 'the instance profile is created by the network stack' },
    ]);
    expect(of('platform.yaml#VeeamWorkerRole', 'permissions')?.suppressions).toMatchObject([
      { kind: 'external', justification: 'queue access moves to the shared SQS policy' },
    ]);
    expect(of('veeam/worker.yaml#WorkerRole', 'trust-appliance')?.suppressions).toBeUndefined();
  });
});

describe('waiver cases', () => {
  const platform = readFileSync(path.join(estate, 'platform.yaml'), 'utf8');
  const tf = 'tf/modules/veeam-worker/main.tf';
  const tfText = readFileSync(path.join(estate, tf), 'utf8');

  it('a partial waiver that leaves an action missing still fails the role', async () => {
    const r = await run(config().replace('sqs:SendMessage]', ']'));
    const c = check(r, 'platform.yaml#VeeamWorkerRole', 'permissions');
    expect(c.waiver?.actions).toEqual(['sqs:DeleteMessage', 'sqs:ListQueues', 'sqs:ReceiveMessage']);
    expect(role(r, 'platform.yaml#VeeamWorkerRole').gateVerdict).toBeUndefined();
    expect(role(r, 'platform.yaml#VeeamWorkerRole').verdict).toBe('fail');
    expect(
      renderSarif(r).runs[0]!.results!.some(
        (x) =>
          x.suppressions && (x.properties as { roleId: string }).roleId === 'platform.yaml#VeeamWorkerRole',
      ),
    ).toBe(false);
  });

  it.each([
    [
      'CloudFormation Metadata without reason',
      'platform.yaml',
      platform.replace('            reason: the instance profile is created by the network stack\n', ''),
      'platform.yaml',
      59,
      'BackupWorkerRole: a waiver needs a reason',
    ],
    [
      'CloudFormation Metadata too long',
      'platform.yaml',
      platform.replace('"2027-03-31"', '"2028-03-31"'),
      'platform.yaml',
      59,
      'waivers may run at most 365 days',
    ],
    [
      'Terraform comment without expiry',
      tf,
      tfText.replace(' expires=2027-02-28', ''),
      tf,
      23,
      'a waiver needs an expiry date',
    ],
    [
      'Terraform comment naming no check',
      tf,
      tfText.replace('waive permissions actions', 'waive actions'),
      tf,
      23,
      'name the check(s)',
    ],
  ])(
    'an unacceptable inline waiver is an error on its line: %s',
    async (_label, file, text, errFile, line, message) => {
      const r = await run(config(), { [file]: text });
      const error = r.errors.find((e) => e.file === errFile);
      expect(error?.line).toBe(line);
      expect(error?.message).toContain(message);
      expect(r.summary.errors).toBeGreaterThan(0);
    },
  );

  it('inline-waivers: deny ignores inline waivers with a warning on each', async () => {
    const r = await run(`${config()}inline-waivers: deny\n`);
    expect(check(r, 'platform.yaml#BackupWorkerRole', 'instance-profile').waiver).toBeUndefined();
    expect(
      check(r, 'tf/plan.json#module.veeam_worker.aws_iam_role.worker', 'permissions').waiver,
    ).toBeUndefined();
    expect(
      r.warnings
        .filter((w) => w.code === 'waiver-denied')
        .map((w) => `${w.location?.file}:${w.location?.line}`),
    ).toEqual(['platform.yaml:59', 'tf/modules/veeam-worker/main.tf:23']);
    expect(r.summary.fail).toBe(3);
  });

  it.each([
    [
      'missing reason',
      "  - role: x\n    checks: all\n    expires: '2027-01-01'\n",
      "veeam-iam-gate.yml:2: 'waivers[0].reason' is required: say why the gap is accepted",
    ],
    [
      'missing expiry',
      '  - role: x\n    checks: all\n    reason: r\n',
      "veeam-iam-gate.yml:2: 'waivers[0].expires' is required",
    ],
    [
      'not a date',
      '  - role: x\n    checks: all\n    reason: r\n    expires: soon\n',
      "veeam-iam-gate.yml:5: 'waivers[0].expires' must be a date written YYYY-MM-DD (got 'soon')",
    ],
    [
      'unknown check',
      "  - role: x\n    checks: [permision]\n    reason: r\n    expires: '2027-01-01'\n",
      "veeam-iam-gate.yml:3: 'waivers[0].checks[0]' 'permision' is not a check",
    ],
    [
      'too long',
      "  - role: x\n    checks: all\n    reason: r\n    expires: '2028-01-01'\n",
      "veeam-iam-gate.yml:2: 'waivers[0].expires' expires 2028-01-01 is 396 days from today (2026-12-01); waivers may run at most 365 days (max-waiver-days)",
    ],
  ])('a config waiver with %s stops the run (exit 2) naming file:line', async (_label, entry, message) => {
    await expect(run(`waivers:\n${entry}`)).rejects.toThrow(message);
  });

  it('max-waiver-days tightens the limit', async () => {
    await expect(run(`max-waiver-days: 30\n${config()}`)).rejects.toThrow(/'waivers\[0\]' |at most 30 days/);
  });
});

describe('baselines', () => {
  let report: Report;
  beforeAll(async () => {
    report = await run(
      'appliance-principals: [arn:aws:iam::111122223333:role/VeeamImpersonation]\nignore: [Legacy*]\ninline-waivers: deny\n',
    );
  });
  const recorded = () => parseBaseline(JSON.stringify(baselineOf(report)), 'baseline.json');

  it('records the failing findings, sorted, with their missing actions', () => {
    expect(
      baselineOf(report).findings.map((f) => [f.role, f.check, f.verdict, f.missingActions.length]),
    ).toEqual([
      ['iam/get-role.json#veeam-worker-dr', 'instance-profile', 'unknown', 0],
      ['iam/get-role.json#veeam-worker-dr', 'permissions', 'unknown', 33],
      ['platform.yaml#BackupWorkerRole', 'instance-profile', 'fail', 0],
      ['platform.yaml#VeeamWorkerRole', 'permissions', 'fail', 4],
      ['tf/plan.json#module.veeam_worker.aws_iam_role.worker', 'permissions', 'fail', 4],
      ['veeam/worker.yaml#WorkerRole', 'trust-appliance', 'fail', 0],
    ]);
  });

  it('unchanged: every recorded finding is accepted and the gate passes', () => {
    const applied = applyBaseline(report, recorded(), 'baseline.json');
    expect(applied.summary).toMatchObject({ fail: 0, unknown: 0, accepted: 5 });
    expect(applied.baseline).toEqual({ file: 'baseline.json', fixed: [] });
  });

  it.each<[string, (b: ReturnType<typeof recorded>) => void, string, 'fail' | 'unknown']>([
    [
      'new failure (a check that passed before)',
      (b) => b.findings.splice(5, 1),
      'veeam/worker.yaml#WorkerRole',
      'fail',
    ],
    [
      'worse: more missing actions',
      (b) => b.findings[3]!.missingActions.pop(),
      'platform.yaml#VeeamWorkerRole',
      'fail',
    ],
    [
      'worse: fail where unknown was recorded',
      (b) => (b.findings[2]!.verdict = 'unknown'),
      'platform.yaml#BackupWorkerRole',
      'fail',
    ],
  ])('%s fails the gate', (_label, edit, id, gate) => {
    const b = recorded();
    edit(b);
    const applied = applyBaseline(report, b, 'baseline.json');
    expect(
      applied.roles.find((r) => r.id === id)!.gateVerdict ?? applied.roles.find((r) => r.id === id)!.verdict,
    ).toBe(gate);
    expect(applied.summary.fail).toBe(1);
  });

  it('fixed: an entry that no longer occurs is listed; a removed role is a warning', () => {
    const b = recorded();
    b.findings.push(
      {
        role: 'veeam/worker.yaml#WorkerRole',
        check: 'permissions',
        verdict: 'fail',
        missingActions: ['ssm:PutInventory'],
      },
      { role: 'old.yaml#GoneWorkerRole', check: 'permissions', verdict: 'fail', missingActions: [] },
    );
    const applied = applyBaseline(report, b, 'baseline.json');
    expect(applied.baseline?.fixed.map((e) => `${e.role} ${e.check}`)).toEqual([
      'veeam/worker.yaml#WorkerRole permissions',
    ]);
    expect(applied.warnings.filter((w) => w.code === 'baseline-role-gone').map((w) => w.message)).toEqual([
      'the baseline baseline.json names old.yaml#GoneWorkerRole, which the scan no longer finds: remove its entries',
    ]);
    // With part of the files (changed files, a shard) an absent role is not judged.
    expect(
      applyBaseline(report, b, 'baseline.json', true).warnings.some((w) => w.code === 'baseline-role-gone'),
    ).toBe(false);
  });

  it.each([
    ['not JSON', '{', 'baseline.json: not a baseline file (not valid JSON'],
    [
      'wrong version',
      '{"version":2,"findings":[]}',
      'baseline.json: not a baseline file: version must be 1 (got 2)',
    ],
    ['bad entry', '{"version":1,"findings":[{"role":"x"}]}', 'findings[0] needs role and check strings'],
  ])('a malformed baseline is an input error: %s', (_label, text, message) => {
    expect(() => parseBaseline(text, 'baseline.json')).toThrow(message);
  });
});
