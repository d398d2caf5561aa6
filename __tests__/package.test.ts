// Issue 14 §5: the npm package is the bundle. `npm pack` it, then run it with npx from an empty
// folder, offline: nothing but the tarball is needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { homepage, version } from '../src/version.js';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown> & {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
let work: string;
let tarball: string;
let packed: string[];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'gate-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, npm_config_cache: path.join(work, 'cache') },
  });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, info!.filename);
  packed = info!.files.map((f) => f.path).sort();
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('has no runtime dependencies: the bundle in dist/ is the product', () => {
    expect(pkg.dependencies).toBeUndefined();
    for (const name of ['@actions/core', '@actions/github', '@aws-sdk/client-iam', 'yaml'])
      expect(pkg.devDependencies[name], name).toBeDefined();
  });

  it('ships the bundles, the action, the licence and the pre-commit hook, and no sources', () => {
    for (const file of [
      'dist/cli.js',
      'dist/index.js',
      'action.yml',
      'README.md',
      'LICENSE',
      '.pre-commit-hooks.yaml',
    ])
      expect(packed, file).toContain(file);
    expect(packed.filter((f) => f.startsWith('src/') || f.startsWith('__tests__/'))).toEqual([]);
  });

  it('says where it lives, under which licence', () => {
    expect(pkg).toMatchObject({
      license: 'MIT',
      homepage,
      bugs: { url: `${homepage}/issues` },
      repository: { type: 'git', url: `git+${homepage}.git` },
    });
    expect((pkg.keywords as string[]).length).toBeGreaterThan(5);
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(pkg.version).toBe(version);
  });

  it('claims the Node versions it is tested on: this one, and the runner’s 24', () => {
    const minimum = Number(pkg.engines.node.match(/^>=(\d+)$/)?.[1]);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(minimum);
    expect(minimum).toBeLessThanOrEqual(24);
  });

  it('runs with npx from an empty folder, offline', () => {
    const empty = path.join(work, 'empty');
    mkdirSync(empty);
    copyFileSync(tarball, path.join(empty, path.basename(tarball)));
    const result = spawnSync('npx', ['--yes', `./${path.basename(tarball)}`, '--help'], {
      cwd: empty,
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: path.join(work, 'npx-cache'), npm_config_offline: 'true' },
      timeout: 120_000,
    });
    expect(result.stderr).not.toMatch(/ERR!/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: veeam-iam-gate \[paths\.\.\.\] \[options\]/);
  }, 180_000);

  it('offers a pre-commit hook that runs the package binary on infrastructure files', () => {
    const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(hooks).toEqual([
      expect.objectContaining({
        id: 'veeam-iam-gate',
        entry: 'veeam-iam-gate',
        language: 'node',
        pass_filenames: false,
      }),
    ]);
    expect(Object.keys(pkg.bin as object)).toEqual([hooks[0]!.entry]);
    const files = new RegExp(hooks[0]!.files as string);
    for (const file of ['infra/a.yaml', 'b.yml', 'plan.json', 'stack.template', 'main.tf'])
      expect(files.test(file), file).toBe(true);
    expect(files.test('src/app.ts')).toBe(false);
  });

  it('says in the README that it is not affiliated with Veeam, with a real uses: line', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme.slice(0, 2000)).toMatch(/not affiliated with[^.]*Veeam/);
    expect(readme).toMatch(/uses: veeam-iam-gate\/veeam-iam-gate@v1/);
  });
});
