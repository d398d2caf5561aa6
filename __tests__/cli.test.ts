import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../src/version.js';

// The committed bundle, as users and GitHub run it (locally: `npm run package` first).
const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(repo, 'dist', 'cli.js');
let work: string;

function run(args: string[], cwd = work): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'cli-'));
  writeFileSync(path.join(work, 'package.json'), '{"name":"not-infra"}');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cli: could not run as asked → exit 2, one line on stderr, no stack', () => {
  it.each([
    ['unknown option', ['--bogus'], "veeam-iam-gate: Unknown option '--bogus' (see --help)"],
    [
      'missing option value',
      ['--format'],
      "veeam-iam-gate: Option '--format <value>' argument missing (see --help)",
    ],
    [
      'bad format',
      ['--format', 'xml'],
      "veeam-iam-gate: --format must be 'text' or 'json' or 'markdown' or 'sarif' or 'junit' or 'gitlab' (got 'xml')",
    ],
    [
      'bad on-unknown',
      ['--on-unknown', 'ignore'],
      "veeam-iam-gate: --on-unknown must be 'fail' or 'warn' (got 'ignore')",
    ],
    [
      'bad veeam version',
      ['--veeam-version', 'latest'],
      'veeam-iam-gate: --veeam-version must be a Veeam Backup for AWS version with published requirements: "10"',
    ],
    [
      'bad appliance principal',
      ['--appliance-principal', 'VeeamImpersonation'],
      'veeam-iam-gate: --appliance-principal must be a role ARN',
    ],
    [
      'parameter without =',
      ['--parameter', 'Env'],
      "veeam-iam-gate: --parameter: expected Key=Value with a parameter name before '=' (got 'Env')",
    ],
    [
      'missing parameters file',
      ['--parameters-file', 'nope.json'],
      'veeam-iam-gate: --parameters-file nope.json: file not found',
    ],
    ['missing config', ['--config', 'nope.yml'], 'veeam-iam-gate: --config nope.yml: file not found'],
    ['missing path', ['does-not-exist'], 'veeam-iam-gate: path not found: does-not-exist'],
    [
      'output into a missing folder',
      ['--output', 'no/such/dir/report.txt'],
      'veeam-iam-gate: --output no/such/dir/report.txt:',
    ],
  ])('%s', (_name, args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names the config file, line and key of a bad config', () => {
    writeFileSync(
      path.join(work, 'bad.yml'),
      'veeam-version: "10"\nroles:\n  - match: x\n    knd: flr-worker\n',
    );
    const { code, stderr } = run(['--config', 'bad.yml']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "veeam-iam-gate: bad.yml:4: 'roles[0].knd' is not a known key of a roles entry (did you mean 'kind'?) (known: match, kind, kinds, trust, policies, instance-profile)\n",
    );
  });

  it('reads .github/veeam-iam-gate.yml by default', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-config-'));
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github', 'veeam-iam-gate.yml'), 'on_unknown: warn\n');
    const { code, stderr } = run([], dir);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^veeam-iam-gate: \.github\/veeam-iam-gate\.yml:1: 'on_unknown' is not a known key/,
    );
  });
});

describe('cli: help, version and output', () => {
  it('prints help listing every option', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const option of [
      '--format',
      '--output',
      '--appliance-principal',
      '--veeam-version',
      '--config',
      '--on-unknown',
      '--parameter ',
      '--parameters-file',
      '--help',
      '--version',
    ]) {
      expect(stdout).toContain(option);
    }
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    expect(version).toBe(pkg.version);
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('passes an empty folder, with a summary', () => {
    const { code, stdout } = run(['.']);
    expect(code).toBe(0);
    expect(stdout).toContain('Summary: 0 files, 0 IAM roles, 0 Veeam roles checked');
    expect(stdout).not.toContain('\u001b[');
  });

  it('writes JSON to --output and nothing to stdout', () => {
    const { code, stdout } = run(['--format', 'json', '--output', 'report.json']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const report = JSON.parse(readFileSync(path.join(work, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ version: 1, summary: { files: 0 }, roles: [], errors: [] });
  });

  it('accepts a parameters file and repeated options', () => {
    writeFileSync(path.join(work, 'params.json'), '[{"ParameterKey":"A","ParameterValue":"1"}]');
    const { code } = run([
      '--parameters-file',
      'params.json',
      '--parameter',
      'B=2',
      '--appliance-principal',
      '111122223333',
      '--appliance-principal',
      'arn:aws:iam::444455556666:role/VeeamImpersonation',
      '--on-unknown',
      'warn',
      '--veeam-version',
      '11',
    ]);
    expect(code).toBe(0);
  });
});
