// Issue 13 through the built CLI (dist/cli.js, as the other CLI tests run it): selection notices,
// waivers, config errors and baselines on the estate fixture, with "today" fixed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(repo, 'dist', 'cli.js');
const estate = path.join(repo, '__tests__/fixtures/waivers/estate');
let work: string;

function run(args: string[], today = '2026-12-01') {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', VEEAM_IAM_GATE_TODAY: today },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (args: string[], today?: string) => {
  const r = run([...args, '--format', 'json'], today);
  return { ...r, report: JSON.parse(r.stdout) as Report };
};
const put = (file: string, text: string) => writeFileSync(path.join(work, file), text);

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'cli-waivers-'));
  cpSync(estate, work, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('veeam-iam-gate CLI: selection and waivers', () => {
  it('checks the Veeam roles, lists the rest once, and fails only on what no waiver covers (exit 1)', () => {
    const { code, stderr, report } = json(['.', '--config', 'veeam-iam-gate.yml']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.summary).toEqual({
      files: 6, // main: the two .tf files of tf/ are read (and counted) by the Terraform-source reader
      iamRoles: 9,
      workerRoles: 5,
      pass: 0,
      fail: 1,
      unknown: 0,
      accepted: 4,
      errors: 0,
    });
    const byId = Object.fromEntries(report.roles.map((r) => [r.id, [r.verdict, r.gateVerdict ?? r.verdict]]));
    expect(byId).toEqual({
      'iam/get-role.json#veeam-worker-dr': ['unknown', 'pass'],
      'platform.yaml#BackupWorkerRole': ['fail', 'pass'],
      'platform.yaml#VeeamWorkerRole': ['fail', 'pass'],
      'tf/plan.json#module.veeam_worker.aws_iam_role.worker': ['fail', 'pass'],
      'veeam/worker.yaml#WorkerRole': ['fail', 'fail'],
    });
    const permissions = report.roles
      .find((r) => r.id === 'platform.yaml#VeeamWorkerRole')!
      .checks.find((c) => c.check === 'permissions')!;
    expect(JSON.parse(JSON.stringify(permissions.waiver))).toEqual({
      reason: 'queue access moves to the shared SQS policy',
      expires: '2026-12-10',
      source: 'config',
      ticket: 'OPS-1',
      location: { file: 'veeam-iam-gate.yml', line: 5, column: 1 },
      actions: ['sqs:DeleteMessage', 'sqs:ListQueues', 'sqs:ReceiveMessage', 'sqs:SendMessage'],
    });
    expect(report.skipped?.map((s) => s.reason)).toEqual(['not-veeam', 'not-veeam', 'ignored', 'opted-out']);
  });

  it('the text report says what was not checked, what is waived (expiring soon flagged) and why', () => {
    const { stdout } = run(['.', '--config', 'veeam-iam-gate.yml']);
    expect(stdout).toContain(
      "Not checked:\n  platform.yaml:28:3  platform.yaml#LegacyWorkerRole: config ignore[0] 'Legacy*'\n  platform.yaml:40:3  platform.yaml#SandboxWorkerRole: tag veeam:role=none\n  2 roles look like worker roles but nothing names Veeam: platform.yaml#CeleryWorkerTaskRole, platform.yaml#EksWorkerNodeRole; add them under roles: in the config to check them.\n",
    );
    expect(stdout).toContain(
      '  platform.yaml#VeeamWorkerRole permissions: queue access moves to the shared SQS policy; expires 2026-12-10 (expires in 9 days); ticket OPS-1; config veeam-iam-gate.yml:5\n',
    );
    expect(stdout).toContain('veeam-worker-a)\n        production-worker');
    expect(stdout).toContain(
      "selected: name contains 'worker' (BackupWorkerRole) and its path '/veeam/' names Veeam",
    );
    expect(stdout).toContain('Gate: FAIL: 1 role failed.');
  });

  it("prints the README's rollout example exactly", () => {
    const { stdout } = run(['.', '--config', 'veeam-iam-gate.yml']);
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    const block = stdout.slice(stdout.indexOf('Not checked:'));
    expect(readme).toContain('```text\n' + block + '```');
  });

  it('an expiring waiver is no longer flagged far from its date; an expired one stops applying', () => {
    expect(run(['.', '--config', 'veeam-iam-gate.yml'], '2026-11-20').stdout).not.toContain('(expires in');
    const later = json(['.', '--config', 'veeam-iam-gate.yml'], '2026-12-11').report;
    const role = later.roles.find((r) => r.id === 'platform.yaml#VeeamWorkerRole')!;
    expect(role.gateVerdict).toBeUndefined();
    expect(later.warnings.map((w) => w.message)).toContain(
      "waiver for roles matching '*#VeeamWorkerRole' (permissions: sqs:DeleteMessage, sqs:ListQueues, sqs:ReceiveMessage, sqs:SendMessage) expired on 2026-12-10 (today is 2026-12-11): it no longer applies; fix the role or renew the waiver with a new reason",
    );
  });

  it('markdown and SARIF carry the waivers', () => {
    expect(run(['.', '--config', 'veeam-iam-gate.yml', '--format', 'markdown']).stdout).toContain(
      '#### Waived\n\nThe gate ignores these checks until their waivers expire. 1 waiver expires within 14 days (⏳).',
    );
    const sarif = JSON.parse(run(['.', '--config', 'veeam-iam-gate.yml', '--format', 'sarif']).stdout);
    const kinds = sarif.runs[0].results
      .filter((r: { suppressions?: unknown }) => r.suppressions)
      .map((r: { suppressions: { kind: string; justification: string }[] }) => r.suppressions[0]!.kind);
    expect(kinds.sort()).toEqual(['external', 'external', 'external', 'inSource', 'inSource']);
  });

  it('inline-waivers: deny leaves only config waivers (exit 1, a warning per inline waiver)', () => {
    put('deny.yml', `${readFileSync(path.join(estate, 'veeam-iam-gate.yml'), 'utf8')}inline-waivers: deny\n`);
    const { code, report } = json(['.', '--config', 'deny.yml']);
    expect(code).toBe(1);
    expect(report.summary.fail).toBe(3);
    expect(report.warnings.filter((w) => w.code === 'waiver-denied')).toHaveLength(2);
  });

  it.each([
    [
      'no reason',
      "waivers:\n  - role: '*'\n    checks: all\n    expires: '2027-01-01'\n",
      "veeam-iam-gate: bad.yml:2: 'waivers[0].reason' is required: say why the gap is accepted\n",
    ],
    [
      'longer than a year',
      "waivers:\n  - role: '*'\n    checks: all\n    reason: later\n    expires: '2028-06-01'\n",
      "veeam-iam-gate: bad.yml:2: 'waivers[0].expires' expires 2028-06-01 is 548 days from today (2026-12-01); waivers may run at most 365 days (max-waiver-days)\n",
    ],
    [
      'a bad inline-waivers value',
      'inline-waivers: maybe\n',
      "veeam-iam-gate: bad.yml:1: 'inline-waivers' must be 'allow' or 'deny' (got 'maybe')\n",
    ],
  ])('a config waiver with %s: exit 2, one line with file:line', (_label, text, message) => {
    put('bad.yml', text);
    const { code, stdout, stderr } = run(['.', '--config', 'bad.yml']);
    expect([code, stdout, stderr]).toEqual([2, '', message]);
  });

  it('an inline waiver without reason is an error on its line (exit 1), other files still checked', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-inline-'));
    try {
      cpSync(estate, dir, { recursive: true });
      const file = path.join(dir, 'platform.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/ {12}reason: the instance profile.*\n/, ''));
      const r = spawnSync(
        process.execPath,
        [cli, '.', '--config', 'veeam-iam-gate.yml', '--format', 'json'],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, VEEAM_IAM_GATE_TODAY: '2026-12-01' },
        },
      );
      expect(r.status).toBe(1);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.errors).toEqual([
        {
          file: 'platform.yaml',
          line: 59,
          column: 13,
          message: 'BackupWorkerRole: a waiver needs a reason (why the gap is accepted)',
        },
      ]);
      expect(report.summary.workerRoles).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('veeam-iam-gate CLI: baselines', () => {
  const cfg =
    'appliance-principals: [arn:aws:iam::111122223333:role/VeeamImpersonation]\nignore: [Legacy*]\ninline-waivers: deny\n';
  beforeAll(() => put('plain.yml', cfg));

  it('--write-baseline records the failing findings; --baseline then passes (exit 0)', () => {
    const written = run(['.', '--config', 'plain.yml', '--write-baseline', 'baseline.json']);
    expect(written.code).toBe(1);
    const baseline = JSON.parse(readFileSync(path.join(work, 'baseline.json'), 'utf8'));
    expect(baseline.findings.map((f: { role: string; check: string }) => `${f.role} ${f.check}`)).toEqual([
      'iam/get-role.json#veeam-worker-dr instance-profile',
      'iam/get-role.json#veeam-worker-dr permissions',
      'platform.yaml#BackupWorkerRole instance-profile',
      'platform.yaml#VeeamWorkerRole permissions',
      'tf/plan.json#module.veeam_worker.aws_iam_role.worker permissions',
      'veeam/worker.yaml#WorkerRole trust-appliance',
    ]);
    const { code, report } = json(['.', '--config', 'plain.yml', '--baseline', 'baseline.json']);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ fail: 0, unknown: 0, accepted: 5 });
    expect(report.baseline).toEqual({ file: 'baseline.json', fixed: [] });
    expect(run(['.', '--config', 'plain.yml', '--baseline', 'baseline.json']).stdout).toContain(
      'Gate: PASS: All 5 Veeam roles pass, 5 of them through waivers or the baseline.',
    );
  });

  it.each<
    [
      string,
      (f: { role: string; check: string; verdict: string; missingActions: string[] }[]) => void,
      number,
      string,
    ]
  >([
    ['unchanged', () => {}, 0, ''],
    [
      'a new failure (the check passed when recorded)',
      (f) => f.splice(5, 1),
      1,
      'veeam/worker.yaml#WorkerRole',
    ],
    [
      'worse: one more missing action',
      (f) => f[3]!.missingActions.shift(),
      1,
      'platform.yaml#VeeamWorkerRole',
    ],
    [
      'worse: fail where unknown was recorded',
      (f) => (f[2]!.verdict = 'unknown'),
      1,
      'platform.yaml#BackupWorkerRole',
    ],
  ])('%s', (_label, edit, exit, failing) => {
    const baseline = JSON.parse(readFileSync(path.join(work, 'baseline.json'), 'utf8'));
    edit(baseline.findings);
    put('edited.json', JSON.stringify(baseline));
    const { code, report } = json(['.', '--config', 'plain.yml', '--baseline', 'edited.json']);
    expect(code).toBe(exit);
    expect(
      report.roles
        .filter((r) => (r.gateVerdict ?? r.verdict) === 'fail')
        .map((r) => r.id)
        .join(),
    ).toBe(failing);
  });

  it('fixed entries are listed; a role that no longer exists is a warning; the config may name the baseline', () => {
    const baseline = JSON.parse(readFileSync(path.join(work, 'baseline.json'), 'utf8'));
    baseline.findings.push(
      {
        role: 'veeam/worker.yaml#WorkerRole',
        check: 'permissions',
        verdict: 'fail',
        missingActions: ['ssm:GetDocument'],
      },
      { role: 'gone.yaml#OldWorkerRole', check: 'permissions', verdict: 'fail', missingActions: [] },
    );
    put('old.json', JSON.stringify(baseline));
    put('with-baseline.yml', `${cfg}baseline: old.json\n`);
    const { code, stdout } = run(['.', '--config', 'with-baseline.yml']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Baseline old.json: 6 recorded findings accepted.\n  Fixed since the baseline (remove these entries):\n    veeam/worker.yaml#WorkerRole permissions\n',
    );
    expect(stdout).toContain(
      'the baseline old.json names gone.yaml#OldWorkerRole, which the scan no longer finds: remove its entries [baseline-role-gone]',
    );
  });

  it.each([
    [['--baseline', 'missing.json'], 'veeam-iam-gate: --baseline missing.json: file not found\n'],
    [['--baseline', 'plain.yml'], /^veeam-iam-gate: plain\.yml: not a baseline file \(not valid JSON/],
  ])('a bad --baseline is exit 2 with one line: %s', (args, message) => {
    const { code, stderr } = run(['.', '--config', 'plain.yml', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
