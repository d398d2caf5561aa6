import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';

// End to end on examples/: the README's quick start, run from the committed bundle.
const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(repo, 'dist', 'cli.js');
let work: string;

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const json = (args: string[]): { code: number | null; report: Report } => {
  const { code, stdout } = run([...args, '--format', 'json']);
  return { code, report: JSON.parse(stdout) as Report };
};
const verdicts = (report: Report): Record<string, string> =>
  Object.fromEntries(report.roles.map((r) => [r.id, r.verdict]));
const checks = (report: Report, id: string): Record<string, string> =>
  Object.fromEntries((report.roles.find((r) => r.id === id)?.checks ?? []).map((c) => [c.check, c.verdict]));

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'cli-examples-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cli on examples/', () => {
  it('fails the broken roles and passes the compliant ones (exit 1)', () => {
    const { code, report } = json(['examples/']);
    expect(code).toBe(1);
    expect(verdicts(report)).toEqual({
      'examples/broken-worker.json#VeeamWorkerRole': 'fail',
      'examples/broken-worker.yaml#VeeamWorkerRole': 'fail',
      'examples/compliant-worker.json#VeeamWorkerRole': 'pass',
      'examples/compliant-worker.yaml#VeeamWorkerRole': 'pass',
    });
    expect(report.summary).toEqual({
      files: 4,
      iamRoles: 4,
      workerRoles: 4,
      pass: 2,
      fail: 2,
      unknown: 0,
      errors: 0,
    });
  });

  it('names what is wrong with the broken YAML role: appliance trust, instance profile, 8 actions', () => {
    const { report } = json(['examples/broken-worker.yaml']);
    expect(checks(report, 'examples/broken-worker.yaml#VeeamWorkerRole')).toEqual({
      'trust-ec2': 'pass',
      'trust-appliance': 'fail',
      'instance-profile': 'fail',
      permissions: 'fail',
    });
    const permissions = report.roles[0]?.checks.find((c) => c.check === 'permissions');
    expect(permissions?.missingActions).toEqual([
      'iam:GetContextKeysForPrincipalPolicy',
      'iam:GetRole',
      'iam:ListInstanceProfilesForRole',
      'iam:SimulatePrincipalPolicy',
      'sqs:DeleteMessage',
      'sqs:ListQueues',
      'sqs:ReceiveMessage',
      'sqs:SendMessage',
    ]);
    expect(permissions?.fix?.text).toContain('sqs:SendMessage');
  });

  it('passes the compliant files alone (exit 0), in text with a summary', () => {
    const { code, stdout } = run(['examples/compliant-worker.yaml', 'examples/compliant-worker.json']);
    expect(code).toBe(0);
    expect(stdout).toContain('PASS    examples/compliant-worker.yaml#VeeamWorkerRole');
    expect(stdout).toContain(
      'Summary: 2 files, 2 IAM roles, 2 Veeam roles checked: 2 pass, 0 fail, 0 unknown; 0 errors.',
    );
  });

  it('shows failing checks with file:line, missing actions and the fix in text', () => {
    const { code, stdout } = run(['examples/broken-worker.yaml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL {4}permissions .*\(examples\/broken-worker\.yaml:\d+:\d+\)/);
    expect(stdout).toContain('missing (8): iam:GetContextKeysForPrincipalPolicy');
    expect(stdout).toContain('fix: ');
    expect(stdout).toContain('Gate: FAIL');
  });

  it.each([
    ['the impersonation role ARN', 'arn:aws:iam::111122223333:role/VeeamImpersonation', 'pass'],
    ['its account', '111122223333', 'pass'],
    ['another account', '444455556666', 'fail'],
  ])('checks trust against --appliance-principal: %s → %s', (_name, principal, verdict) => {
    const { report } = json(['examples/compliant-worker.json', '--appliance-principal', principal]);
    expect(checks(report, 'examples/compliant-worker.json#VeeamWorkerRole')['trust-appliance']).toBe(verdict);
  });

  it('uses a CloudFormation parameter given on the command line', () => {
    const { code, report } = json([
      'examples/compliant-worker.yaml',
      '--appliance-principal',
      '444455556666',
      '--parameter',
      'ApplianceRoleArn=arn:aws:iam::444455556666:role/VeeamImpersonation',
    ]);
    expect(code).toBe(0);
    expect(verdicts(report)).toEqual({ 'examples/compliant-worker.yaml#VeeamWorkerRole': 'pass' });
  });

  it('uses a parameters file, and --parameter wins over it', () => {
    writeFileSync(
      path.join(work, 'params.json'),
      JSON.stringify([
        { ParameterKey: 'ApplianceRoleArn', ParameterValue: 'arn:aws:iam::999999999999:role/Other' },
      ]),
    );
    const args = [
      'examples/compliant-worker.yaml',
      '--appliance-principal',
      '444455556666',
      '--parameters-file',
      path.join(work, 'params.json'),
    ];
    expect(json(args).code).toBe(1);
    expect(json([...args, '--parameter', 'ApplianceRoleArn=444455556666']).code).toBe(0);
  });

  it('selects roles and kinds from the config file, and fails an entry that matches nothing', () => {
    writeFileSync(path.join(work, 'gate.yml'), 'roles:\n  - match: "*Worker*"\n  - match: MissingRole\n');
    const { code, report } = json([
      'examples/compliant-worker.json',
      '--config',
      path.join(work, 'gate.yml'),
    ]);
    expect(code).toBe(1);
    expect(report.roles[0]?.selectedBy).toMatch(/config roles\[0\]/);
    expect(report.errors).toEqual([
      {
        file: path.join(work, 'gate.yml'),
        line: 3, // issue 14: the entry's line
        message: "roles entry 'MissingRole' matches no IAM role in the scanned files",
      },
    ]);
  });

  it('writes SARIF 2.1.0 with a result for each failing check, on its line', () => {
    const { code, stdout } = run(['examples/broken-worker.yaml', '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as {
      version: string;
      runs: {
        results: {
          level: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0]?.results ?? [];
    expect(results.filter((r) => r.level === 'error')).toHaveLength(3);
    for (const r of results) {
      expect(r.locations[0]?.physicalLocation.artifactLocation.uri).toBe('examples/broken-worker.yaml');
      expect(r.locations[0]?.physicalLocation.region.startLine).toBeGreaterThan(0);
    }
  });

  it('writes the Markdown summary, without the sticky-comment marker', () => {
    const { code, stdout } = run(['examples/', '--format', 'markdown']);
    expect(code).toBe(1);
    expect(stdout).toContain('examples/broken-worker.yaml');
    expect(stdout).toContain('sqs:SendMessage');
    expect(stdout).not.toContain('<!-- veeam-iam-gate:sticky-comment -->');
  });

  it('writes the same report to --output as to stdout', () => {
    const out = path.join(work, 'report.json');
    const { code, stdout } = run(['examples/', '--format', 'json', '--output', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(run(['examples/', '--format', 'json']).stdout);
  });
});
