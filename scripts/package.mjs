// Builds the two committed bundles: dist/index.js (the action) and dist/cli.js (the CLI).
// ncc writes one entry per folder, so each is built apart and moved into dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { copyDataFiles } from './data-files.mjs';

// Tests build other entries into a folder of their own: PACKAGE_DIST=/tmp/x PACKAGE_ENTRIES=name=src/file.ts,…
const dist = process.env.PACKAGE_DIST ?? 'dist';
const build = process.env.PACKAGE_DIST ? `${dist}.build` : 'build';
const entries = process.env.PACKAGE_ENTRIES
  ? Object.fromEntries(process.env.PACKAGE_ENTRIES.split(',').map((pair) => pair.split('=')))
  : { index: 'src/index.ts', cli: 'src/cli.ts' };
rmSync(build, { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const licenses = new Map();
for (const [name, entry] of Object.entries(entries)) {
  const out = `${build}/${name}`;
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
    stdio: 'inherit',
  });
  let code = readFileSync(`${out}/index.js`, 'utf8');
  if (name === 'cli' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  // ncc names every entry's chunks N.index.js: each entry's get its own suffix (N.cli.js), so that
  // two entries' chunks of the same id never overwrite each other in dist/.
  const chunk = /^(\d+)\.index\.js$/;
  const chunks = readdirSync(out).filter((file) => chunk.test(file));
  if (chunks.length && name !== 'index') {
    const runtime = 'return "" + chunkId + ".index.js";';
    if (code.split(runtime).length !== 2) throw new Error(`${name}: ncc's chunk-name function not found once`);
    code = code.replace(runtime, `return "" + chunkId + ".${name}.js";`);
  }
  writeFileSync(`${dist}/${name}.js`, code, { mode: name === 'cli' ? 0o755 : 0o644 });
  for (const file of readdirSync(out).sort()) {
    if (file === 'index.js' || file === 'licenses.txt' || file === 'package.json') continue;
    const target = chunk.test(file) ? file.replace(chunk, `$1.${name}.js`) : file;
    cpSync(`${out}/${file}`, `${dist}/${target}`, { recursive: true });
  }
  if (existsSync(`${out}/licenses.txt`)) {
    // One entry per package: ncc separates them with a blank line and the package name first.
    for (const block of readFileSync(`${out}/licenses.txt`, 'utf8').split(/\n\n(?=\S+\n)/)) {
      const key = block.split('\n', 1)[0];
      if (key) licenses.set(key, block.trim());
    }
  }
}
// ncc lists the licences of the code it bundles, not of the assets it copies: the Terraform grammar
// (and the tree-sitter runtime's wasm) land in dist/ as files, so their licences are added here.
const copiedAssets = {
  'tree-sitter-terraform.wasm': ['@tree-sitter-grammars/tree-sitter-hcl', 'Apache-2.0'],
  'web-tree-sitter.wasm': ['web-tree-sitter', 'MIT'],
};
for (const [asset, [pkg, license]] of Object.entries(copiedAssets)) {
  if (!existsSync(`${dist}/${asset}`) || licenses.has(pkg)) continue;
  const text = readFileSync(`node_modules/${pkg}/LICENSE`, 'utf8').trim();
  licenses.set(pkg, `${pkg}\n${license}\n${text}`);
}
writeFileSync(`${dist}/licenses.txt`, [...licenses.keys()].sort().map((k) => licenses.get(k)).join('\n\n') + '\n');
writeFileSync(`${dist}/package.json`, JSON.stringify({ type: 'module' }, null, 2) + '\n');
rmSync(build, { recursive: true, force: true });
// The managed-policy snapshot and the action catalogue ship beside the bundles, read on first use.
copyDataFiles(dist);
