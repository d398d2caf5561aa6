// Speed work must not change a single byte of any report (issue 16). This runs two CLI bundles over
// the same inputs (the test corpus, examples/, the shared corpus when present) in every report
// format and compares the outputs byte for byte.
// Usage:
//   node scripts/report-identity.mjs [--ref REF] [--dist DIR]
//     builds REF's CLI (default: main) into a temporary worktree and compares it with DIR/cli.js
//     (default: dist/, run `npm run package` first).
//   node scripts/report-identity.mjs --record DIR [--dist D]   writes D's reports into DIR
//   node scripts/report-identity.mjs --against DIR [--dist D]  compares D's reports with DIR's
// Exit 0 when every report is identical, 1 with the differing cases listed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const value = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const dist = path.resolve(value('--dist') ?? path.join(repo, 'dist'));

const work = mkdtempSync(path.join(os.tmpdir(), 'report-identity-'));
const allRoles = path.join(work, 'all-roles.yml');
writeFileSync(allRoles, 'roles:\n  - match: "*"\n');

const roots = [
  ['corpus', path.join(repo, '__tests__', 'fixtures', 'corpus')],
  ['examples', path.join(repo, 'examples')],
  ['shared-corpus', '/work/shared/corpus'],
].filter(([, dir]) => existsSync(dir));
const formats = ['json', 'text', 'markdown', 'sarif'];
const cases = [];
for (const [name, dir] of roots)
  for (const format of formats) {
    cases.push({ id: `${name}.${format}`, cwd: dir, args: ['.', '--format', format] });
    cases.push({ id: `${name}.all-roles.${format}`, cwd: dir, args: ['.', '--format', format, '--config', allRoles] });
  }

/** Every case's stdout, stderr and exit status through one CLI bundle. */
function reports(cli) {
  const out = new Map();
  for (const c of cases) {
    const r = spawnSync(process.execPath, [cli, ...c.args], { cwd: c.cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    out.set(c.id, `exit ${r.status}\n--- stderr\n${r.stderr}\n--- stdout\n${r.stdout}`);
  }
  return out;
}

function compare(before, after) {
  const differing = cases.filter((c) => before.get(c.id) !== after.get(c.id)).map((c) => c.id);
  if (differing.length) {
    console.error(`reports differ: ${differing.join(', ')}`);
    for (const id of differing) {
      writeFileSync(path.join(work, `${id}.before`), before.get(id) ?? '');
      writeFileSync(path.join(work, `${id}.after`), after.get(id) ?? '');
    }
    console.error(`both versions kept in ${work}`);
    process.exit(1);
  }
  console.log(`${cases.length} reports identical (${roots.map(([n]) => n).join(', ')} × ${formats.join(', ')}, default and every-role config)`);
  rmSync(work, { recursive: true, force: true });
}

/** Builds REF's CLI with ncc in a temporary worktree that shares this checkout's node_modules. */
function buildRef(ref) {
  const tree = path.join(work, 'ref');
  execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { cwd: repo, stdio: 'ignore' });
  try {
    symlinkSync(path.join(repo, 'node_modules'), path.join(tree, 'node_modules'));
    const out = path.join(work, 'ref-dist');
    execFileSync(path.join(repo, 'node_modules', '.bin', 'ncc'), ['build', 'src/cli.ts', '-o', out, '--quiet', '--target', 'es2022'], {
      cwd: tree,
      stdio: 'inherit',
    });
    writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
    // Data files shipped beside the bundle (scripts/package.mjs) are copied the same way.
    if (existsSync(path.join(tree, 'scripts', 'data-files.mjs')))
      execFileSync(process.execPath, [path.join(tree, 'scripts', 'data-files.mjs'), out], { cwd: tree, stdio: 'inherit' });
    return path.join(out, 'index.js');
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: repo, stdio: 'ignore' });
  }
}

const cli = path.join(dist, 'cli.js');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run package\` first`);
if (value('--record')) {
  const dir = path.resolve(value('--record'));
  mkdirSync(dir, { recursive: true });
  for (const [id, text] of reports(cli)) writeFileSync(path.join(dir, id), text);
  console.log(`recorded ${cases.length} reports into ${dir}`);
  rmSync(work, { recursive: true, force: true });
} else if (value('--against')) {
  const dir = path.resolve(value('--against'));
  const before = new Map(cases.map((c) => [c.id, existsSync(path.join(dir, c.id)) ? readFileSync(path.join(dir, c.id), 'utf8') : undefined]));
  compare(before, reports(cli));
} else {
  const before = reports(buildRef(value('--ref') ?? 'main'));
  compare(before, reports(cli));
}
