import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { motoInstalled, startFaultProxy, startMoto, type FaultProxy, type Moto } from './moto.js';
import { ACCOUNT, APPLIANCE, motoClient, seedAccount } from './seed.js';

// The bundle, as users and GitHub run it (locally: `npm run package` first).
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'dist', 'cli.js');
// Asked of --help: the option table builds the flag names, so they are not literal in the bundle.
const bundleHasLiveMode =
  existsSync(cli) &&
  spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout.includes('--aws-region');
if (!bundleHasLiveMode) {
  if (process.env.CI === 'true') throw new Error('dist/cli.js predates live mode: run npm run package');
  console.warn('dist/cli.js predates live mode (run npm run package): live CLI tests are skipped');
}

let work: string;

/** Runs the CLI asynchronously (moto answers in this same process tree). */
function run(
  args: string[],
  env: Record<string, string>,
  cwd = work,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        NO_COLOR: '1',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: '/nonexistent/config',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!motoInstalled || !bundleHasLiveMode)('cli --aws against moto', () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let env: Record<string, string>;

  beforeAll(async () => {
    moto = await startMoto();
    await seedAccount(motoClient(moto.endpoint));
    proxy = await startFaultProxy(moto.endpoint);
    env = {
      AWS_ENDPOINT_URL_IAM: moto.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
    };
    work = mkdtempSync(path.join(tmpdir(), 'cli-aws-'));
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await proxy?.close();
    await moto?.stop();
  });

  const json = (stdout: string) => JSON.parse(stdout) as Report;

  it.each([
    ['veeam-worker', 0, 'pass'],
    ['bare-worker', 1, 'fail'],
    [`arn:aws:iam::${ACCOUNT}:role/backup-helper`, 1, 'fail'],
  ])('--role %s → exit %i, %s', async (role, code, verdict) => {
    const out = await run(
      ['--aws', '--role', role, '--appliance-principal', APPLIANCE, '--format', 'json'],
      env,
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(code);
    const report = json(out.stdout);
    expect(report.roles).toEqual([expect.objectContaining({ source: 'aws', verdict })]);
    expect(report.roles[0]!.id).toMatch(/^aws#arn:aws:iam::123456789012:role\//);
  });

  it("says the AWS SDK's Node version notice in one line, not nine", async () => {
    const out = await run(
      ['--aws', '--role', 'veeam-worker', '--appliance-principal', APPLIANCE, '--format', 'json'],
      {
        ...env,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: '',
      },
    );
    expect(out.code).toBe(0);
    if (Number(process.versions.node.split('.')[0]) < 22)
      expect(out.stderr).toMatch(
        /^veeam-iam-gate: note: Node v\d+\.\d+\.\d+; AWS SDK releases after January 2027 need Node 22 or later \(live mode works today\)\.\n$/,
      );
    else expect(out.stderr).toBe('');
  });

  it('--role all-workers checks every worker role of the account', async () => {
    const out = await run(
      ['--aws', '--role', 'all-workers', '--appliance-principal', APPLIANCE, '--format', 'json'],
      env,
    );
    expect(json(out.stdout).roles.map((r) => [r.name, r.verdict, r.selectedBy])).toEqual([
      ['backup-helper', 'fail', 'tag veeam:role=production-worker'],
      // A live role's key is its ARN (ids are aws#<role-arn>): selection names what matched.
      // Issue 13: 'bare-worker' is named "worker" but nothing ties it to Veeam, so it is not picked.
      ['veeam-worker', 'pass', `name contains 'worker' (arn:aws:iam::${ACCOUNT}:role/veeam/veeam-worker)`],
    ]);
  });

  it('a deployed role that differs from the declared one is reported as drift', async () => {
    // Its own folder: the other tests scan an empty one.
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-aws-drift-'));
    // Declared: trust to EC2 only, no instance profile.
    writeFileSync(
      path.join(dir, 'create-role.json'),
      JSON.stringify({
        RoleName: 'veeam-worker',
        AssumeRolePolicyDocument: JSON.stringify({
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    const out = await run(
      ['--aws', '--role', 'veeam-worker', '--appliance-principal', APPLIANCE, '--format', 'json'],
      env,
      dir,
    );
    const drift = json(out.stdout).warnings.filter((w) => w.code === 'drift');
    rmSync(dir, { recursive: true, force: true });
    const aspects = drift
      .map((w) => w.message.replace(/^.* differs from create-role\.json#veeam-worker in /, ''))
      .sort();
    expect(aspects).toEqual([
      expect.stringMatching(
        /^granted required actions: granted only as deployed: ec2messages:AcknowledgeMessage, /,
      ),
      'instance profiles: the deployed role is in instance profile veeam-worker-profile, the template puts it in none',
      'trust principals: trusted only as deployed: AWS:arn:aws:iam::123456789012:role/VeeamImpersonation',
    ]);
    expect(drift[0]!.location).toEqual({ file: 'create-role.json', line: 1, column: 1 });
  });

  it('AccessDenied on one call → unknown naming the permission, exit 1, no crash', async () => {
    proxy.deny.add('ListInstanceProfilesForRole');
    const out = await run(
      ['--aws', '--role', 'veeam-worker', '--appliance-principal', APPLIANCE, '--format', 'json'],
      { ...env, AWS_ENDPOINT_URL_IAM: proxy.endpoint },
    );
    proxy.deny.clear();
    expect(out.code).toBe(1);
    const check = json(out.stdout).roles[0]!.checks.find((c) => c.check === 'instance-profile')!;
    expect(check.verdict).toBe('unknown');
    expect(check.message).toMatch(/iam:ListInstanceProfilesForRole denied/);
  });

  it('--simulate reports that the simulator could not run (moto lacks it) as a warning', async () => {
    const out = await run(
      [
        '--aws',
        '--role',
        'veeam-worker',
        '--simulate',
        '--appliance-principal',
        APPLIANCE,
        '--format',
        'json',
      ],
      env,
    );
    expect(out.code).toBe(0);
    expect(json(out.stdout).warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'simulate-failed' })]),
    );
  });

  it.each([
    [
      'no credentials',
      ['--aws', '--role', 'veeam-worker'],
      { AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:9' },
      /AWS credentials missing or rejected/,
    ],
    ['--aws without --role', ['--aws'], {}, /--aws needs at least one --role/],
    ['--role without --aws', ['--role', 'x'], {}, /--role needs --aws/],
  ])('%s → exit 2, one line', async (_what, args, extra, message) => {
    const out = await run(args, extra as Record<string, string>);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
  });
});
