// Issue 13 end to end: the action bundle (built here as action.test.ts builds it) on a pull request
// whose base holds the config (waivers, ignore:) and the baseline, and whose head adds an inline waiver.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../helpers/bundle.js';
import type { Report } from '../../src/model/report.js';
import { FakeGitHub, type FakeGitHubOptions } from '../github/fake-github.js';
import { newRunner, type RunResult } from './runner.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (p: string) => path.join(repoRoot, '__tests__/fixtures', p);
const opened = fixture('github/pull_request.opened.json');
const baseSha = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
const token = 'ghs_e2eSecretToken0123456789abcdefABCDEF';
const estate = fixture('waivers/estate');
const config = readFileSync(path.join(estate, 'veeam-iam-gate.yml'), 'utf8');
const platform = readFileSync(path.join(estate, 'platform.yaml'), 'utf8');
const tfModule = readFileSync(path.join(estate, 'tf/modules/veeam-worker/main.tf'), 'utf8');
// The base commit's platform.yaml has no Metadata waiver: this pull request adds it.
const basePlatform = platform.replace(/ {4}Metadata:\n(?: {6,}.*\n)+/, '');
const baseBaseline = JSON.stringify({
  version: 1,
  findings: [
    {
      role: 'estate/veeam/worker.yaml#WorkerRole',
      check: 'trust-appliance',
      verdict: 'fail',
      missingActions: [],
    },
    {
      role: 'estate/veeam/worker.yaml#WorkerRole',
      check: 'permissions',
      verdict: 'fail',
      missingActions: ['ssm:PutInventory'],
    },
    { role: 'estate/gone.yaml#OldWorkerRole', check: 'permissions', verdict: 'fail', missingActions: [] },
  ],
});
const env = { VEEAM_IAM_GATE_TODAY: '2026-12-01' };

let bundle: string;
beforeAll(() => {
  bundle = buildBundle();
}, 900_000);

const servers: FakeGitHub[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

async function github(base: Record<string, string>, options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHub({ contents: { [baseSha]: base }, ...options });
  await fake.start();
  servers.push(fake);
  return fake;
}

/** A checkout of the pull request's head: the estate under estate/, with a head baseline that would accept everything. */
function checkout() {
  const runner = newRunner();
  cpSync(estate, path.join(runner.workspace, 'estate'), { recursive: true });
  writeFileSync(
    path.join(runner.workspace, '.github/veeam-iam-gate.yml'),
    config.replace(/^ignore:.*$/m, 'ignore: ["*"]'),
  );
  writeFileSync(path.join(runner.workspace, 'baseline.json'), '{"version":1,"findings":[]}');
  return runner;
}

const reportOf = (result: RunResult): Report =>
  JSON.parse(readFileSync(result.outputs['report-file']!, 'utf8')) as Report;
const baseFiles = {
  '.github/veeam-iam-gate.yml': config,
  'baseline.json': baseBaseline,
  'estate/platform.yaml': basePlatform,
  'estate/tf/modules/veeam-worker/main.tf': tfModule,
};

describe('the action with waivers and a baseline from the base commit', () => {
  let fake: FakeGitHub;
  let result: RunResult;
  let report: Report;
  beforeAll(async () => {
    fake = await github(baseFiles);
    result = await checkout().run({
      bundle,
      apiUrl: fake.url,
      token,
      env,
      // comment: always: the gate passes (all waived or baselined), and on-change would post no new comment.
      inputs: { paths: 'estate/', baseline: 'baseline.json', comment: 'always' },
      event: { name: 'pull_request', payloadFile: opened },
    });
    report = reportOf(result);
  }, 120_000);

  it('passes: every finding is waived or in the base baseline (exit 0)', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(report.summary).toMatchObject({ workerRoles: 5, pass: 0, fail: 0, unknown: 0, accepted: 5 });
  });

  it('reads the config and the baseline at the base commit, not from the checkout', () => {
    const refs = fake.requests
      .filter((r) => r.path.includes('/contents/'))
      .map((r) => [decodeURIComponent(r.path.replace(/^.*\/contents\//, '')), r.query.ref]);
    expect(refs).toEqual(
      expect.arrayContaining([
        ['.github/veeam-iam-gate.yml', baseSha],
        ['baseline.json', baseSha],
      ]),
    );
    // The head's ignore: ["*"] did not apply.
    expect(report.skipped?.filter((s) => s.reason === 'ignored').map((s) => s.id)).toEqual([
      'estate/platform.yaml#LegacyWorkerRole',
    ]);
    expect(report.baseline?.fixed.map((e) => `${e.role} ${e.check}`)).toEqual([
      'estate/veeam/worker.yaml#WorkerRole permissions',
    ]);
    expect(report.warnings.find((w) => w.code === 'baseline-role-gone')?.message).toContain(
      'estate/gone.yaml#OldWorkerRole',
    );
  });

  it('marks the inline waiver this pull request adds, and not the one its base already holds', () => {
    const waiverOf = (id: string, check: string) =>
      report.roles.find((r) => r.id === id)!.checks.find((c) => c.check === check)!
        .waiver as unknown as Record<string, unknown>;
    expect(waiverOf('estate/platform.yaml#BackupWorkerRole', 'instance-profile')).toMatchObject({
      source: 'inline',
      reason: 'the instance profile is created by the network stack',
      expires: '2027-03-31',
      ticket: 'PLAT-42',
      addedByPullRequest: true,
    });
    expect(
      waiverOf('estate/tf/plan.json#module.veeam_worker.aws_iam_role.worker', 'permissions')
        .addedByPullRequest,
    ).toBeUndefined();
    expect(waiverOf('estate/platform.yaml#VeeamWorkerRole', 'permissions')).toMatchObject({
      source: 'config',
      location: { file: '.github/veeam-iam-gate.yml', line: 5, column: 1 },
    });
  });

  it('the comment has the Waived section (expiring soon flagged), the added waivers apart, the notice and the baseline', () => {
    const body = fake.comments.find((c) => c.user.type === 'Bot')!.body;
    const waived = body.slice(
      body.indexOf('#### Waived'),
      body.indexOf('#### Waivers added by this pull request'),
    );
    expect(waived).toContain('| `estate/platform.yaml#VeeamWorkerRole` | permissions: `sqs:DeleteMessage`');
    expect(waived).toContain('| 2026-12-10 ⏳ in 9 days | OPS-1 |');
    expect(waived).not.toContain('BackupWorkerRole');
    const added = body.slice(body.indexOf('#### Waivers added by this pull request'));
    expect(added).toContain(
      '| `estate/platform.yaml#BackupWorkerRole` | instance-profile | the instance profile is created by the network stack | 2027-03-31 | PLAT-42 | inline',
    );
    expect(body).toContain(
      'ℹ️ 2 roles look like worker roles but nothing names Veeam: estate/platform.yaml#CeleryWorkerTaskRole, estate/platform.yaml#EksWorkerNodeRole',
    );
    expect(body).toContain('#### Baseline');
    expect(body).toContain('- `estate/veeam/worker.yaml#WorkerRole` permissions');
    expect(result.summary).toContain('#### Waived');
  });

  it('SARIF dismisses the waived results and only those', () => {
    const log = JSON.parse(readFileSync(result.outputs['sarif-file']!, 'utf8'));
    const suppressed = log.runs[0].results
      .filter((r: { suppressions?: unknown[] }) => r.suppressions)
      .map((r: { ruleId: string; properties: { roleId: string }; suppressions: { kind: string }[] }) => [
        r.properties.roleId,
        r.ruleId,
        r.suppressions[0]!.kind,
      ]);
    expect(suppressed.sort()).toEqual([
      ['estate/iam/get-role.json#veeam-worker-dr', 'instance-profile', 'external'],
      ['estate/iam/get-role.json#veeam-worker-dr', 'permissions', 'external'],
      ['estate/platform.yaml#BackupWorkerRole', 'instance-profile', 'inSource'],
      ['estate/platform.yaml#VeeamWorkerRole', 'permissions', 'external'],
      ['estate/tf/plan.json#module.veeam_worker.aws_iam_role.worker', 'permissions', 'inSource'],
    ]);
  });

  it('expired and stale config waivers are warnings', () => {
    expect(report.warnings.filter((w) => w.code.startsWith('waiver-')).map((w) => w.code)).toEqual([
      'waiver-expired',
      'waiver-stale',
    ]);
  });
});

describe('the action when the base has no baseline, or an unacceptable waiver', () => {
  it('applies no baseline (the step fails on the unbaselined role) and says why', async () => {
    const { ['baseline.json']: _dropped, ...withoutBaseline } = baseFiles;
    const fake = await github(withoutBaseline);
    const result = await checkout().run({
      bundle,
      apiUrl: fake.url,
      token,
      env,
      inputs: { paths: 'estate/', baseline: 'baseline.json' },
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(result.code).toBe(1);
    expect(reportOf(result).summary.fail).toBe(1);
    expect(reportOf(result).warnings.find((w) => w.code === 'baseline-not-applied')?.message).toBe(
      'The baseline baseline.json does not exist at the base commit: no baseline applied (commit it to the base branch first).',
    );
  }, 120_000);

  it('a base config waiver longer than max-waiver-days fails the step with file:line', async () => {
    const fake = await github({
      ...baseFiles,
      '.github/veeam-iam-gate.yml': `max-waiver-days: 90\n${config}`,
    });
    const result = await checkout().run({
      bundle,
      apiUrl: fake.url,
      token,
      env,
      inputs: { paths: 'estate/' },
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "::error::.github/veeam-iam-gate.yml:12: 'waivers[1].expires' expires 2027-06-01 is 182 days from today (2026-12-01); waivers may run at most 90 days (max-waiver-days)",
    );
  }, 120_000);
});
