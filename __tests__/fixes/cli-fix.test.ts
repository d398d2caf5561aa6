// `--fix` and `--fix --dry-run` through the CLI bundle, built from src/ as `npm run package` does,
// on copies of the example templates.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../helpers/bundle.js';
import { resolveOptions } from '../../src/config.js';
import { fixFiles } from '../../src/fix-files.js';
import { scan } from '../../src/scan.js';
import { APPLIANCE } from '../helpers/roles.js';

let bundle: string;
let work: string;
const made: string[] = [];
const examples = ['broken-worker.yaml', 'broken-worker.json'];

beforeAll(() => {
  bundle = buildBundle('cli');
}, 600_000);
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'fix-cli-'));
  made.push(work);
  for (const f of examples) cpSync(path.join('examples', f), path.join(work, f));
});
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const read = (f: string) => readFileSync(path.join(work, f), 'utf8');

describe('veeam-iam-gate --fix', () => {
  it('--dry-run prints the unified diff, writes nothing and exits 1 (the gate still fails)', () => {
    const r = run('--fix', '--dry-run', '--appliance-principal', APPLIANCE);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- a/broken-worker.yaml\n+++ b/broken-worker.yaml\n@@');
    expect(r.stdout).toContain('+                    "sqs:SendMessage"');
    expect(r.stdout).toContain('--dry-run: 2 file(s) would change; nothing was written.');
    for (const f of examples) expect(read(f)).toBe(readFileSync(path.join('examples', f), 'utf8'));
  });

  it('writes the fixes, checks again and exits 0; a second run has nothing to fix', () => {
    const r = run('--fix', '--appliance-principal', APPLIANCE);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      'fixed: broken-worker.yaml#VeeamWorkerRole: trust-appliance, instance-profile, permissions',
    );
    expect(r.stdout).toContain('2 file(s) changed: broken-worker.json, broken-worker.yaml.');
    expect(r.stdout).toContain('2 Veeam roles checked: 2 pass, 0 fail');
    expect(r.code).toBe(0);
    expect(read('broken-worker.yaml')).toContain(
      '  VeeamWorkerRoleInstanceProfile:\n    Type: AWS::IAM::InstanceProfile',
    );
    const again = run('--fix', '--appliance-principal', APPLIANCE);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 file(s) changed.');
  });

  it('without the appliance principal the trust statement is not written, and says why; exit 1', () => {
    const r = run('--fix');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'not fixed: broken-worker.yaml#VeeamWorkerRole trust-appliance: the appliance to trust is not known',
    );
    expect(read('broken-worker.yaml')).not.toContain('AWS: arn:');
  });

  it('with --format json the report stays JSON on stdout and the diff goes to stderr', () => {
    const r = run('--fix', '--dry-run', '--format', 'json', '--appliance-principal', APPLIANCE);
    expect(JSON.parse(r.stdout).summary.fail).toBe(2);
    expect(r.stderr).toContain('+++ b/broken-worker.json');
  });

  it('prints the before/after that README.md shows under "Fixing findings"', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /## Fixing findings[\s\S]*?```diff\n([\s\S]*?)```/.exec(readme)![1]!;
    const r = run('--fix', '--dry-run', '--appliance-principal', APPLIANCE, 'broken-worker.yaml');
    expect(r.stdout.startsWith(shown)).toBe(true);
  });

  it('--dry-run alone is a usage error (exit 2)', () => {
    const r = run('--dry-run');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('veeam-iam-gate: --dry-run: only with --fix\n');
  });
});

describe('fixFiles: the check after writing', () => {
  it('restores a file when the scan after writing still finds the role failing, and says so', async () => {
    const options = resolveOptions({ appliancePrincipals: [APPLIANCE] }, {});
    const report = await scan({ root: work, paths: ['broken-worker.json'], options });
    const original = read('broken-worker.json');
    // The outermost edge: a re-scan that still sees the role failing (as a changed tree would).
    const outcome = await fixFiles({
      root: work,
      report,
      options,
      dryRun: false,
      rescan: async () => report,
    });
    expect(read('broken-worker.json')).toBe(original);
    expect(outcome.written).toEqual([]);
    expect(outcome.log).toContain(
      'restored broken-worker.json: after writing, broken-worker.json#VeeamWorkerRole: permissions still fails',
    );
  });
});
