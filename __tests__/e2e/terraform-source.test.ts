// Terraform without a plan, end to end: the CLI bundle built by scripts/package.mjs (as dist/ is),
// copied to another folder, run on a Terraform root whose Veeam worker role attaches only
// AmazonSSMManagedInstanceCore.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';

const repoRoot = path.resolve(__dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'gate-tf-source-'));
const cli = path.join(work, 'elsewhere', 'bundle', 'cli.js');
const root = path.join(work, 'infra');

beforeAll(() => {
  const built = path.join(work, 'dist');
  execFileSync('node', ['scripts/package.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, PACKAGE_DIST: built, PACKAGE_ENTRIES: 'cli=src/cli.ts' },
    stdio: 'inherit',
  });
  cpSync(built, path.dirname(cli), { recursive: true });
  rmSync(built, { recursive: true, force: true });
  cpSync(path.join(repoRoot, '__tests__/fixtures/terraform-source/veeam-ssm-only'), root, {
    recursive: true,
  });
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync('node', [cli, ...args], { cwd: work, encoding: 'utf8' });
}

describe('node dist/cli.js on a Terraform root without a plan', () => {
  it('fails permissions with exactly the 4 iam: and 4 sqs: actions, at the .tf line, with an HCL fix', () => {
    const result = run('infra', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary).toMatchObject({ files: 1, iamRoles: 1, workerRoles: 1, fail: 1, errors: 0 });
    const role = report.roles[0]!;
    expect(role).toMatchObject({
      id: 'infra/main.tf#aws_iam_role.veeam_worker',
      name: 'veeam-worker',
      source: 'terraform-source',
      location: { file: 'infra/main.tf', line: 30, column: 1 },
      verdict: 'fail',
    });
    const verdicts = Object.fromEntries(role.checks.map((c) => [c.check, c.verdict]));
    expect(verdicts).toEqual({
      'trust-ec2': 'pass',
      'trust-appliance': 'pass',
      'instance-profile': 'pass',
      permissions: 'fail',
    });
    const permissions = role.checks.find((c) => c.check === 'permissions')!;
    expect(permissions.missingActions).toEqual([
      'iam:GetContextKeysForPrincipalPolicy',
      'iam:GetRole',
      'iam:ListInstanceProfilesForRole',
      'iam:SimulatePrincipalPolicy',
      'sqs:DeleteMessage',
      'sqs:ListQueues',
      'sqs:ReceiveMessage',
      'sqs:SendMessage',
    ]);
    // The attachment of AmazonSSMManagedInstanceCore decides it.
    expect(permissions.location).toEqual({ file: 'infra/main.tf', line: 36, column: 1 });
    expect(permissions.fix?.format).toBe('terraform-hcl');
    expect(permissions.fix?.text).toContain('data "aws_iam_policy_document" "veeam_worker_veeam"');
    expect(permissions.fix?.text).toContain('role   = aws_iam_role.veeam_worker.id');
    // Trust findings point at the statements of the policy document data source.
    expect(role.checks.find((c) => c.check === 'trust-ec2')?.location?.line).toBe(11);
  });

  it('prints the text report with the finding on the .tf line', () => {
    const result = run('infra');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('FAIL    permissions');
    expect(result.stdout).toContain('(infra/main.tf:36:1)');
    expect(result.stdout).toMatch(/missing \(8\): iam:GetContextKeysForPrincipalPolicy, .*sqs:SendMessage/);
  });
});
