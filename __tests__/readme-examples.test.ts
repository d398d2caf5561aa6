// Issue 14 §2: the README's example outputs (quick start, PR comment, Terraform) are what the
// committed bundle prints; scripts/readme-examples.mjs regenerates them.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

it('README examples match the output of dist/cli.js', () => {
  const result = spawnSync(process.execPath, ['scripts/readme-examples.mjs', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

it('names an example that drifted', async () => {
  const script = path.join(root, 'scripts/readme-examples.mjs');
  const { updated } = (await import(script)) as {
    updated: (readme: string) => { text: string; drifted: string[] };
  };
  const { readFileSync } = await import('node:fs');
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const stale = readme.replace(/^Gate: FAIL: 2 roles failed\.$/m, 'Gate: PASS');
  expect(updated(stale).drifted).toEqual(['quick-start']);
});
