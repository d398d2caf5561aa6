// Builds the two committed bundles: dist/index.js (the action) and dist/cli.js (the CLI).
// ncc writes one entry per folder, so each is built apart and moved into dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { copyDataFiles } from './data-files.mjs';

const entries = { index: 'src/index.ts', cli: 'src/cli.ts' };
rmSync('build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
const licenses = new Map();
for (const [name, entry] of Object.entries(entries)) {
  const out = `build/${name}`;
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
    stdio: 'inherit',
  });
  let code = readFileSync(`${out}/index.js`, 'utf8');
  if (name === 'cli' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(`dist/${name}.js`, code, { mode: name === 'cli' ? 0o755 : 0o644 });
  for (const file of readdirSync(out)) {
    if (file === 'index.js' || file === 'licenses.txt' || file === 'package.json') continue;
    cpSync(`${out}/${file}`, `dist/${file}`, { recursive: true });
  }
  if (existsSync(`${out}/licenses.txt`)) {
    // One entry per package: ncc separates them with a blank line and the package name first.
    for (const block of readFileSync(`${out}/licenses.txt`, 'utf8').split(/\n\n(?=\S+\n)/)) {
      const key = block.split('\n', 1)[0];
      if (key) licenses.set(key, block.trim());
    }
  }
}
writeFileSync('dist/licenses.txt', [...licenses.keys()].sort().map((k) => licenses.get(k)).join('\n\n') + '\n');
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');
rmSync('build', { recursive: true, force: true });
// The managed-policy snapshot and the action catalogue ship beside the bundles, read on first use.
copyDataFiles('dist');
