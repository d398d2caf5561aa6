// Builds a bundle from src/ exactly as `npm run package` builds dist/ (scripts/package.mjs: ncc,
// chunks, licences, data files, package.json), into a temporary folder of its own: dist/ is left
// alone, and the folder is removed when the test file ends.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const built: string[] = [];
afterAll(() => built.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The path of `<name>.js` built from `entry` (default: the action, `src/index.ts`). */
export function buildBundle(name: 'index' | 'cli' = 'index'): string {
  const entry = name === 'cli' ? 'src/cli.ts' : 'src/index.ts';
  const root = mkdtempSync(path.join(os.tmpdir(), 'gate-bundle-'));
  built.push(root);
  const dist = path.join(root, 'dist');
  execFileSync(process.execPath, ['scripts/package.mjs'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, PACKAGE_DIST: dist, PACKAGE_ENTRIES: `${name}=${entry}` },
  });
  return path.join(dist, `${name}.js`);
}
