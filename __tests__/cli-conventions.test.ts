// Issue 14 §3 and §4: what users of checkov, cfn-lint and tflint expect of a command line, run on the
// committed bundle (locally: `npm run package` first).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import type { Report } from '../src/model/report.js';
import { version } from '../src/version.js';
import { sarifValidator } from './report/sarif-schema.js';

const repo = path.resolve(import.meta.dirname, '..');
const cli = path.join(repo, 'dist', 'cli.js');
const examples = 'examples';
const appliance = ['--appliance-principal', 'arn:aws:iam::111122223333:role/VeeamImpersonation'];
let work: string;

/** Runs the bundle, by default from the repository root (ids then read `examples/…`). */
function run(args: string[], cwd = repo) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'cli-conventions-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('flags', () => {
  it.each([['-v'], ['--version']])('%s prints the version', (flag) => {
    expect(run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [
      ['--formt', 'json'],
      "veeam-iam-gate: Unknown option '--formt' (did you mean '--format'?) (see --help)\n",
    ],
    [
      ['--appliance-principals', 'x'],
      "veeam-iam-gate: Unknown option '--appliance-principals' (did you mean '--appliance-principal'?) (see --help)\n",
    ],
    [['--zzzzzzzz'], "veeam-iam-gate: Unknown option '--zzzzzzzz' (see --help)\n"],
  ])('an unknown flag %j says what was meant', (args, message) => {
    expect(run(args)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('-o writes the report to a file', () => {
    const out = path.join(work, 'o.json');
    const result = run([examples, ...appliance, '--format', 'json', '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as Report).summary.workerRoles).toBe(4);
  });
});

describe('several outputs in one run', () => {
  it('pairs each --format with its --output; the one without goes to stdout', () => {
    const json = path.join(work, 'pair.json');
    const sarif = path.join(work, 'pair.sarif');
    const result = run([
      examples,
      ...appliance,
      '--format',
      'json',
      '-o',
      json,
      '--format',
      'sarif',
      '--output',
      sarif,
      '--format',
      'gitlab',
    ]);
    expect(result.code).toBe(1);
    expect((JSON.parse(readFileSync(json, 'utf8')) as Report).version).toBe(1);
    expect((JSON.parse(readFileSync(sarif, 'utf8')) as Log).version).toBe('2.1.0');
    expect(JSON.parse(result.stdout)).toEqual(
      expect.arrayContaining([expect.objectContaining({ check_name: 'permissions' })]),
    );
  });

  it('writes --sarif-file, --json-file and kin beside the text report', () => {
    const files = Object.fromEntries(
      ['sarif', 'json', 'markdown', 'junit', 'gitlab'].map((f) => [f, path.join(work, `beside.${f}`)]),
    );
    const result = run([
      examples,
      ...appliance,
      ...Object.entries(files).flatMap(([f, file]) => [`--${f}-file`, file]),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Gate: FAIL: 2 roles failed\.$/m);
    expect(readFileSync(files.markdown!, 'utf8')).toMatch(/^### ❌ Veeam IAM gate: 2 of 4 worker roles fail/);
    expect((JSON.parse(readFileSync(files.json!, 'utf8')) as Report).summary.fail).toBe(2);
    expect(readFileSync(files.junit!, 'utf8')).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /,
    );
  });

  it.each([
    [
      ['--format', 'json', '--format', 'sarif'],
      'veeam-iam-gate: --format json and --format sarif would all go to stdout: give an --output FILE for all but one\n',
    ],
    [
      ['-o', 'a', '-o', 'b'],
      'veeam-iam-gate: --output is given 2 times for 1 --format: give one --output per --format, in the same order\n',
    ],
    [
      ['--format', 'xml'],
      "veeam-iam-gate: --format must be 'text' or 'json' or 'markdown' or 'sarif' or 'junit' or 'gitlab' (got 'xml')\n",
    ],
  ])('refuses %j', (args, message) => {
    expect(run([examples, ...args])).toEqual({ code: 2, stdout: '', stderr: message });
  });
});

describe('text report forms', () => {
  it('--quiet shows failing roles only, without warnings', () => {
    const { code, stdout } = run([examples, ...appliance, '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL {4}examples\/broken-worker\.yaml#VeeamWorkerRole/m);
    expect(stdout).not.toMatch(/^PASS/m);
    expect(stdout).not.toContain('Warnings:');
    expect(stdout).toMatch(/^Summary: 4 files, 4 IAM roles, 4 Veeam roles checked: 2 pass, 2 fail/m);
  });

  it('--compact gives one line per finding', () => {
    const { code, stdout } = run([examples, ...appliance, '--compact']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines.slice(0, -2))
      expect(line).toMatch(/^examples\/[\w.-]+:\d+:\d+: (FAIL|UNKNOWN|ADVICE) \S+/);
    expect(lines.filter((l) => / FAIL /.test(l))).toHaveLength(4);
    expect(lines.at(-1)).toBe('Gate: FAIL: 2 roles failed.');
  });
});

describe('listings and --explain', () => {
  it('--list-checks names each check, what it requires and its Veeam page', () => {
    const { code, stdout } = run(['--list-checks']);
    expect(code).toBe(0);
    for (const id of ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'])
      expect(stdout).toMatch(new RegExp(`^${id} +\\S`, 'm'));
    expect(stdout).toContain('https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_prod_acc.html');
  });

  it('--list-kinds names each kind with its versions and pages', () => {
    const { code, stdout } = run(['--list-kinds']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^production-worker\n {2}.+\n {2}trust: appliance, ec2\.amazonaws\.com; instance profile: yes\n {2}v10: 33 actions {2}https:\/\/helpcenter\.veeam\.com\//m,
    );
    expect(stdout).toMatch(/^ec2-backup\+production-worker-deployment \(extra actions/m);
  });

  it('--explain shows, per required action, which statement decided it', () => {
    const { code, stdout } = run([
      path.join(examples, 'broken-worker.yaml'),
      ...appliance,
      '--explain',
      'VeeamWorkerRole',
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/#VeeamWorkerRole: production-worker, Veeam Backup for AWS 10, 33 actions/);
    expect(stdout).toMatch(/^ {2}sqs:SendMessage +MISSING: no policy allows it$/m);
    expect(stdout).toMatch(
      /^ {2}ssm:UpdateInstanceInformation +GRANTED: allowed by .+\n +grants: .+ \(.+:\d+\)$/m,
    );
  });

  it('--explain of a role that is not checked names the checked ones', () => {
    const { code, stderr } = run([examples, '--explain', 'Nope']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^veeam-iam-gate: --explain Nope: no checked role has that id, logical ID, address or name \(checked: examples\/broken-worker\.json#VeeamWorkerRole, /,
    );
  });
});

describe('formats for other CI systems', () => {
  it('JUnit XML: one suite per role, one case per check, failures counted', () => {
    const { stdout } = run([examples, ...appliance, '--format', 'junit']);
    expect(stdout).toMatch(/^<testsuites name="veeam-iam-gate" tests="16" failures="4" errors="0">$/m);
    expect(stdout.match(/<testsuite /g)).toHaveLength(4);
    expect(stdout.match(/<testcase /g)).toHaveLength(16);
    expect(stdout.match(/<failure /g)).toHaveLength(4);
    // Balanced tags, and no raw markup from the messages.
    for (const tag of ['testsuites', 'testsuite', 'failure'])
      expect(stdout.match(new RegExp(`<${tag}[ >]`, 'g'))?.length).toBe(
        stdout.match(new RegExp(`</${tag}>`, 'g'))?.length,
      );
  });

  it('GitLab Code Quality: the fields GitLab reads, stable fingerprints', () => {
    const first = JSON.parse(run([examples, ...appliance, '--format', 'gitlab']).stdout) as Record<
      string,
      unknown
    >[];
    const again = JSON.parse(run([examples, ...appliance, '--format', 'gitlab']).stdout) as Record<
      string,
      unknown
    >[];
    expect(first).toEqual(again);
    expect(first.filter((i) => i.severity === 'critical')).toHaveLength(4);
    for (const issue of first)
      expect(issue).toEqual({
        description: expect.any(String),
        check_name: expect.any(String),
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
        location: { path: expect.stringMatching(/^examples\//), lines: { begin: expect.any(Number) } },
      });
    expect(new Set(first.map((i) => i.fingerprint)).size).toBe(first.length);
  });
});

describe('pipes', () => {
  it('a closed pipe (| head -1) ends quietly with the gate’s status', () => {
    // Enough output to fill the pipe: 150 failing roles.
    const many = path.join(work, 'many');
    mkdirSync(many);
    for (let i = 0; i < 150; i++)
      copyFileSync(path.join(repo, examples, 'broken-worker.yaml'), path.join(many, `w${i}.yaml`));
    const result = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${cli}" "${many}" 2>"${work}/stderr" | head -1; echo "status=\${PIPESTATUS[0]}"`,
      ],
      { cwd: work, encoding: 'utf8' },
    );
    expect(result.stdout).toMatch(/^FAIL {4}.+\nstatus=1\n$/);
    expect(readFileSync(path.join(work, 'stderr'), 'utf8')).toBe('');
  });
});

describe('config and paths from the repository root', () => {
  let repoDir: string;
  beforeAll(() => {
    repoDir = path.join(work, 'repository');
    mkdirSync(path.join(repoDir, '.git'), { recursive: true });
    mkdirSync(path.join(repoDir, '.github'));
    mkdirSync(path.join(repoDir, 'stacks', 'prod'), { recursive: true });
    copyFileSync(
      path.join(repo, examples, 'broken-worker.yaml'),
      path.join(repoDir, 'stacks/prod/worker.yaml'),
    );
  });
  const config = (text: string) => writeFileSync(path.join(repoDir, '.github/veeam-iam-gate.yml'), text);

  it('finds the config at the git top level from a subfolder', () => {
    config('on_unknown: warn\n');
    const { code, stderr } = run(['.'], path.join(repoDir, 'stacks/prod'));
    expect(code).toBe(2);
    expect(stderr).toBe(
      "veeam-iam-gate: ../../.github/veeam-iam-gate.yml:1: 'on_unknown' is not a known key (did you mean 'on-unknown'?) (known: veeam-version, appliance-principals, on-unknown, parameters, roles, exclude, least-privilege, terraform)\n",
    );
  });

  it.each([
    [
      'appliance-principals: [012345678901]\n',
      "'appliance-principals[0]' is a number to YAML, which drops an account ID's leading zeros: quote it ('012345678901')",
    ],
    ['appliance-principal: 111122223333\n', "'appliance-principal' is a number to YAML"],
  ])('an account ID written as a YAML number is an error saying to quote it (%j)', (text, message) => {
    config(text);
    const { code, stderr } = run(['.'], repoDir);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('a roles entry that matches nothing names its line', () => {
    config('veeam-version: "10"\nroles:\n  - match: "*Worker*"\n  - match: NoSuchRole\n');
    const { code, stdout } = run(['.', '--format', 'json'], repoDir);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Report).errors).toEqual([
      {
        file: '.github/veeam-iam-gate.yml',
        line: 4,
        message: "roles entry 'NoSuchRole' matches no IAM role in the scanned files",
      },
    ]);
  });

  it('SARIF from a subfolder points at repository-root paths, and is valid 2.1.0', () => {
    config('');
    const { stdout } = run(['.', '--format', 'sarif'], path.join(repoDir, 'stacks'));
    const log = JSON.parse(stdout) as Log;
    const uris = log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation);
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toEqual({ uri: 'stacks/prod/worker.yaml', uriBaseId: '%SRCROOT%' });
    expect(sarifValidator()(log)).toBe(true);
  });
});
