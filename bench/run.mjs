// The benchmark suite (issues 7 and 16): `npm run bench` (full) or `npm run bench -- --quick`
// (small inputs, a few minutes).
//
// It runs the committed bundles `dist/cli.js` and `dist/index.js` in child processes, exactly as
// users and CI do, so what is measured is what ships: run `npm run package` first when src/
// changed. Each input is generated deterministically into bench/out/ (gitignored; reused while the
// generator is unchanged) and measured against its floors (bench/floor.mjs), each a whole process
// over the same files: the js-yaml events tree and `yaml` `parseDocument` for template trees,
// `JSON.parse` + the line scan for plans, a bare `node -e ""` for start-up. Runs are paired and
// interleaved (floor, CLI, floor, CLI…) so that a change in the machine's load hits both; the
// figures are medians. CPU is user + system time of the child process (wait4's rusage through
// bench/rusage.py when python3 runs, else /usr/bin/time, else process.resourceUsage() through
// bench/probe.mjs): on a shared machine it moves
// far less than wall time, so the targets are judged on it.
// Writes the figures into bench/RESULTS.md (bench/out/RESULTS-quick.md with --quick) between the
// `bench:begin`/`bench:end` markers; the rest of that file is kept as written.
// Usage: node bench/run.mjs [--quick] [--runs N] [--large-runs N] [--only ID,ID] [--dist DIR] [--no-peers]
//   ids: tree-1000, tree-10000, plan-5000, plan-50000, startup, corpus (quick: tree-100, plan-500, startup)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { generatePlan, generateTree, workerActions } from './generate.mjs';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bench = path.join(repo, 'bench');
const out = path.join(bench, 'out');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const dist = path.resolve(value('--dist') ?? path.join(repo, 'dist'));
const cli = path.join(dist, 'cli.js');
const action = path.join(dist, 'index.js');
const quick = flag('--quick');
const runs = Number(value('--runs') ?? 5);
const largeRuns = Number(value('--large-runs') ?? runs);
const only = value('--only')?.split(',');
const peers = !quick && !flag('--no-peers');
const corpus = [path.join(repo, '..', 'shared', 'corpus'), '/work/shared/corpus'].find((p) => existsSync(p));
const bigHeap = '--max-old-space-size=8192';
// CPU from wait4's rusage (µs) through bench/rusage.py when python3 runs; else /usr/bin/time (10 ms
// steps); else the probe inside the Node child.
const python = spawnSync('python3', ['-c', ''], { stdio: 'ignore' }).status === 0 ? 'python3' : undefined;
const timeTool = !python && existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuSource = python ? 'wait4 rusage in µs, bench/rusage.py' : timeTool ? '`/usr/bin/time`' : '`process.resourceUsage()`';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const times = (x) => `${x.toFixed(2)}×`;

const stamp = createHash('sha256').update(readFileSync(path.join(bench, 'generate.mjs'))).digest('hex').slice(0, 16);
function cached(target, make) {
  const mark = `${target}.stamp`;
  if (existsSync(target) && existsSync(mark) && readFileSync(mark, 'utf8') === stamp) return target;
  rmSync(target, { recursive: true, force: true });
  make(target);
  writeFileSync(mark, stamp);
  return target;
}

/**
 * One child process: wall (ms), CPU (ms, user + system) and peak RSS (KB). Node programs and peer
 * binaries are measured the same way, by bench/rusage.py or /usr/bin/time, when one is there.
 */
function measure(command, args, { cwd = repo, env = {}, node = true } = {}) {
  const report = path.join(out, `usage-${process.pid}.txt`);
  rmSync(report, { force: true });
  let file = command;
  let list = args;
  const childEnv = { ...process.env, ...env };
  if (python) {
    file = python;
    list = [path.join(bench, 'rusage.py'), report, command, ...args];
  } else if (timeTool) {
    file = timeTool;
    list = ['-o', report, '-f', '%U %S %M', command, ...args];
  } else if (node) {
    list = ['--import', path.join(bench, 'probe.mjs'), ...args];
    childEnv.BENCH_PROBE = report;
  }
  const began = performance.now();
  const child = spawnSync(file, list, { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 1 << 30 });
  let wall = performance.now() - began;
  if (child.error) throw child.error;
  let cpu = NaN;
  let rss = NaN;
  if (existsSync(report)) {
    const raw = readFileSync(report, 'utf8').trim().split('\n').at(-1);
    if (timeTool) {
      const [user, sys, maxKB] = raw.split(' ').map(Number);
      cpu = (user + sys) * 1000;
      rss = maxKB;
    } else {
      const usage = JSON.parse(raw);
      cpu = usage.cpu / 1000;
      // rusage.py times the command alone, without python's start-up.
      if (usage.wall !== undefined) wall = usage.wall;
      rss = usage.maxRSS;
    }
  }
  return { wall, cpu, rss, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const node = process.execPath;

/** Subjects measured in turn, `count` rounds: each round runs every subject once, in order. */
function paired(subjects, count) {
  const samples = subjects.map(() => ({ wall: [], cpu: [], rss: [] }));
  let last = [];
  for (let r = 0; r < count; r++) {
    subjects.forEach((s, i) => {
      const result = s.run();
      if (!s.ok(result)) throw new Error(`${s.name}: exit ${result.status}: ${result.stderr.slice(0, 2000)}`);
      samples[i].wall.push(result.wall);
      samples[i].cpu.push(result.cpu);
      samples[i].rss.push(result.rss);
      last[i] = result;
    });
  }
  return subjects.map((s, i) => ({
    name: s.name,
    wall: median(samples[i].wall),
    cpu: median(samples[i].cpu),
    rss: Math.max(...samples[i].rss),
    runs: count,
    last: last[i],
  }));
}

const floor = (mode, input, heap) => ({
  name: `floor-${mode}`,
  run: () => measure(node, [...(heap ? [bigHeap] : []), path.join(bench, 'floor.mjs'), mode, input]),
  ok: (r) => r.status === 0,
});

function cliSubject(input, id, extra = []) {
  const report = path.join(out, `report-${id}.json`);
  return {
    name: 'cli',
    report,
    run: () => measure(node, [cli, input, '--format', 'json', '--output', report, ...extra]),
    ok: (r) => r.status === 0 || r.status === 1,
  };
}

// ---------------------------------------------------------------------------------------------

for (const bundle of [cli, action]) {
  if (!existsSync(bundle)) throw new Error(`${path.relative(repo, bundle)} is missing: run \`npm run package\` first`);
}
mkdirSync(out, { recursive: true });
const loadBefore = os.loadavg();
const began = performance.now();
const wanted = (id) => !only || only.includes(id);
const rows = [];
const log = (line) => console.log(line);

const treeSizes = quick ? [100] : [1000, 10000];
const planSizes = quick ? [500] : [5000, 50000];

for (const n of treeSizes) {
  const id = `tree-${n}`;
  if (!wanted(id)) continue;
  const dir = cached(path.join(out, id), (d) => generateTree(d, n));
  const count = n >= 10000 ? largeRuns : runs;
  const subject = cliSubject(dir, id);
  const [events, document, measured] = paired([floor('events', dir), floor('document', dir), subject], count);
  const summary = JSON.parse(readFileSync(subject.report, 'utf8')).summary;
  const row = { id, kind: 'tree', n, name: `CloudFormation tree, ${n.toLocaleString('en')} templates`, measured, floors: { events, document }, summary };
  row.files = JSON.parse(events.last.stdout).files;
  row.bytes = JSON.parse(events.last.stdout).bytes;
  if (peers && n === 1000) row.peers = runPeers(dir);
  rows.push(row);
  log(`${row.name}: cli CPU ${ms(measured.cpu)}, parseDocument ${ms(document.cpu)} (${times(measured.cpu / document.cpu)}), events ${ms(events.cpu)} (${times(measured.cpu / events.cpu)})`);
}

for (const n of planSizes) {
  const id = `plan-${n}`;
  if (!wanted(id)) continue;
  const file = cached(path.join(out, `${id}.json`), (f) => generatePlan(f, n));
  const count = n >= 50000 ? largeRuns : runs;
  const subject = cliSubject(file, id);
  const [json, measured] = paired([floor('json', file, n >= 50000), subject], count);
  const summary = JSON.parse(readFileSync(subject.report, 'utf8')).summary;
  const row = { id, kind: 'plan', n, name: `Terraform plan, ${n.toLocaleString('en')} worker roles`, measured, floors: { json }, summary };
  row.files = 1;
  row.bytes = statSync(file).size;
  rows.push(row);
  log(`${row.name}: cli CPU ${ms(measured.cpu)}, JSON.parse + lines ${ms(json.cpu)} (${times(measured.cpu / json.cpu)}), ${(measured.rss / 1024).toFixed(0)} MB RSS`);
}

let startup;
if (wanted('startup')) {
  const empty = path.join(out, 'empty');
  mkdirSync(empty, { recursive: true });
  const count = Math.max(runs, quick ? 5 : 15);
  const bare = { name: 'node -e ""', run: () => measure(node, ['-e', ''], { cwd: empty }), ok: (r) => r.status === 0 };
  const version = { name: '--version', run: () => measure(node, [cli, '--version'], { cwd: empty }), ok: (r) => r.status === 0 };
  const folder = { name: 'empty folder', run: () => measure(node, [cli, '.', '--format', 'json'], { cwd: empty }), ok: (r) => r.status === 0 };
  const bundle = { name: 'action', run: () => measure(node, [action], { cwd: empty, env: actionEnv(empty) }), ok: (r) => r.status === 0 };
  const [b, v, f, a] = paired([bare, version, folder, bundle], count);
  startup = { bare: b, version: v, folder: f, action: a };
  log(`start-up: node ${ms(b.cpu)} CPU; --version ${ms(v.cpu)} (${times(v.cpu / b.cpu)}); empty folder ${ms(f.cpu)} (${times(f.cpu / b.cpu)}); action ${ms(a.cpu)} (${times(a.cpu / b.cpu)})`);
}

if (corpus && !quick && wanted('corpus')) {
  const allRoles = path.join(out, 'all-roles.yml');
  writeFileSync(allRoles, 'roles:\n  - match: "*"\n');
  const subject = cliSubject(corpus, 'corpus', ['--config', allRoles]);
  const [document, measured] = paired([floor('document', corpus), subject], runs);
  const summary = JSON.parse(readFileSync(subject.report, 'utf8')).summary;
  rows.push({ id: 'corpus', kind: 'mixed', name: 'shared corpus, every role checked', measured, floors: { document }, summary, files: JSON.parse(document.last.stdout).files, bytes: JSON.parse(document.last.stdout).bytes });
}

/** The action on an empty workspace, as a runner starts it: no token, no comment, no check run. */
function actionEnv(empty) {
  const dir = path.join(out, 'action-env');
  mkdirSync(dir, { recursive: true });
  const event = path.join(dir, 'event.json');
  writeFileSync(event, '{}\n');
  for (const f of ['output', 'summary']) writeFileSync(path.join(dir, f), '');
  return {
    GITHUB_WORKSPACE: empty,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'bench/bench',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    INPUT_PATHS: '.',
    'INPUT_GITHUB-TOKEN': 'bench-token-not-used',
    INPUT_COMMENT: 'false',
    'INPUT_CHECK-RUN': 'false',
    'INPUT_FAIL-ON': 'fail',
  };
}

/**
 * Peers on the same 1,000-template tree, one run each: cfn-guard (the binary bundled in
 * @cdklabs/cdk-validator-cfnguard, when installed: node_modules or BENCH_PEERS_PREFIX) with a rule
 * equivalent to the gate's checks of these templates, and cfn-lint when on PATH.
 */
function runPeers(dir) {
  const found = [];
  const prefixes = [repo, process.env.BENCH_PEERS_PREFIX].filter(Boolean);
  const guard = prefixes
    .map((p) => path.join(p, 'node_modules', '@cdklabs', 'cdk-validator-cfnguard', 'bin', 'ubuntu', 'x86_64', 'cfn-guard'))
    .find((p) => existsSync(p));
  if (guard && process.platform === 'linux' && process.arch === 'x64') {
    const rule = path.join(out, 'veeam-worker.guard');
    writeFileSync(
      rule,
      [
        "let workers = Resources.*[ Type == 'AWS::IAM::Role'",
        '  Properties.Policies exists ]',
        '',
        'rule veeam_worker_role when %workers !empty {',
        '  %workers {',
        "    some Properties.AssumeRolePolicyDocument.Statement[*].Principal.Service == 'ec2.amazonaws.com'",
        "    some Properties.AssumeRolePolicyDocument.Statement[*].Principal.AWS exists",
        ...workerActions.map((a) => `    some Properties.Policies[*].PolicyDocument.Statement[*].Action[*] == '${a}'`),
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const r = measure(guard, ['validate', '--data', dir, '--rules', rule, '--show-summary', 'none'], { node: false });
    found.push({ name: `cfn-guard (${workerActions.length + 2}-clause rule)`, ...r });
  }
  const lint = spawnSync('sh', ['-c', 'command -v cfn-lint'], { encoding: 'utf8' }).stdout.trim();
  if (lint) {
    const r = measure(lint, [path.join(dir, '**', '*.yaml')], { node: false });
    found.push({ name: 'cfn-lint', ...r });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

const loadAfter = os.loadavg();
const verdict = (ok) => (ok ? 'met' : '**missed**');
const cpuInfo = os.cpus();
const lines = [
  '<!-- bench:begin (written by `npm run bench`; edit outside these markers) -->',
  `Run ${quick ? '(`--quick`) ' : ''}on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ` +
    `${cpuInfo.length} × ${cpuInfo[0]?.model.trim()} (nproc ${os.availableParallelism?.() ?? cpuInfo.length}), ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}. ` +
    `Load average ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after: **the machine was shared** with other jobs, ` +
    `so wall times measure them as much as this one; targets are judged on CPU (user + system of the child process, ` +
    `${cpuSource}), medians of paired, interleaved runs. The suite took ${ms(performance.now() - began)}.`,
  '',
  '| input | files | size | IAM roles | checked | fail | runs | CLI CPU | CLI wall | floor | floor CPU | floor wall | CPU ratio | wall ratio | target (CPU) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|',
];
const targets = [];
const row = (r, label, f, limit) => {
  const ratio = r.measured.cpu / f.cpu;
  const ok = limit === undefined ? undefined : ratio <= limit;
  if (limit !== undefined) targets.push({ what: `${r.name}: ≤ ${limit}× ${label}`, ratio, ok });
  lines.push(
    `| ${[
      r.name,
      r.files.toLocaleString('en'),
      mb(r.bytes),
      r.summary.iamRoles.toLocaleString('en'),
      r.summary.workerRoles.toLocaleString('en'),
      r.summary.fail.toLocaleString('en'),
      r.measured.runs,
      ms(r.measured.cpu),
      ms(r.measured.wall),
      label,
      ms(f.cpu),
      ms(f.wall),
      times(ratio),
      times(r.measured.wall / f.wall),
      limit === undefined ? '—' : `≤ ${limit}×: ${verdict(ok)}`,
    ].join(' | ')} |`,
  );
};
for (const r of rows) {
  if (r.kind === 'tree') {
    row(r, '`yaml` parseDocument', r.floors.document, 1.0);
    row(r, 'js-yaml events tree', r.floors.events, 2.0);
  } else if (r.kind === 'plan') row(r, '`JSON.parse` + line scan', r.floors.json, 3.0);
  else row(r, '`yaml` parseDocument', r.floors.document, undefined);
}
lines.push('');
if (startup) {
  const s = startup;
  lines.push(
    `Start-up (median of ${s.bare.runs} paired runs, CPU / wall): bare \`node -e ""\` ${ms(s.bare.cpu)} / ${ms(s.bare.wall)}; ` +
      `\`node dist/cli.js --version\` ${ms(s.version.cpu)} / ${ms(s.version.wall)} (${times(s.version.cpu / s.bare.cpu)} CPU, ${times(s.version.wall / s.bare.wall)} wall; ≤ 1.5×: ${verdict(s.version.cpu / s.bare.cpu <= 1.5)}); ` +
      `\`node dist/cli.js . --format json\` on an empty folder ${ms(s.folder.cpu)} / ${ms(s.folder.wall)} (${times(s.folder.cpu / s.bare.cpu)}, ${times(s.folder.wall / s.bare.wall)}; ≤ 1.5×: ${verdict(s.folder.cpu / s.bare.cpu <= 1.5)}); ` +
      `\`node dist/index.js\` (the action, no token) ${ms(s.action.cpu)} / ${ms(s.action.wall)} (${times(s.action.cpu / s.bare.cpu)}, ${times(s.action.wall / s.bare.wall)}; ≤ 2×: ${verdict(s.action.cpu / s.bare.cpu <= 2)}).`,
    '',
  );
  targets.push({ what: 'start-up `--version`: ≤ 1.5× bare Node', ratio: s.version.cpu / s.bare.cpu, ok: s.version.cpu / s.bare.cpu <= 1.5 });
  targets.push({ what: 'start-up on an empty folder: ≤ 1.5× bare Node', ratio: s.folder.cpu / s.bare.cpu, ok: s.folder.cpu / s.bare.cpu <= 1.5 });
  targets.push({ what: 'start-up of the action bundle: ≤ 2× bare Node', ratio: s.action.cpu / s.bare.cpu, ok: s.action.cpu / s.bare.cpu <= 2 });
}
const bigPlan = rows.find((r) => r.id === `plan-${planSizes.at(-1)}`);
if (bigPlan) {
  const ratio = (bigPlan.measured.rss * 1024) / bigPlan.bytes;
  lines.push(
    `Memory: the ${mb(bigPlan.bytes)} plan peaks at ${(bigPlan.measured.rss / 1024).toFixed(0)} MB RSS = ${times(ratio)} the file size; ` +
      `its floor (\`JSON.parse\` + line scan) ${(bigPlan.floors.json.rss / 1024).toFixed(0)} MB = ${times((bigPlan.floors.json.rss * 1024) / bigPlan.bytes)}` +
      rows
        .filter((r) => r.kind === 'plan' && r !== bigPlan)
        .map((r) => `; the ${mb(r.bytes)} plan peaks at ${(r.measured.rss / 1024).toFixed(0)} MB = ${times((r.measured.rss * 1024) / r.bytes)}`)
        .join('') +
      '.',
    '',
  );
  targets.push({ what: `peak RSS of the ${planSizes.at(-1).toLocaleString('en')}-role plan: < 4× the file size`, ratio, ok: ratio < 4 });
}
for (const [kind, unit] of [['tree', 'template'], ['plan', 'role']]) {
  const [small, large] = [rows.find((r) => r.kind === kind && r.n === (kind === 'tree' ? treeSizes : planSizes)[0]), rows.find((r) => r.kind === kind && r.n === (kind === 'tree' ? treeSizes : planSizes)[1])];
  if (!small || !large) continue;
  const per = (r) => r.measured.cpu / r.n;
  const growth = per(large) / per(small);
  lines.push(`Growth: CPU per ${unit} ${ms(per(small) * 1000)}/1000 at ${small.n.toLocaleString('en')}, ${ms(per(large) * 1000)}/1000 at ${large.n.toLocaleString('en')} (${times(growth)}).`);
  targets.push({ what: `linear growth, ${kind}s (${small.n.toLocaleString('en')} → ${large.n.toLocaleString('en')}): CPU per ${unit} within 1.25×`, ratio: growth, ok: growth <= 1.25 });
}
const peerRows = rows.flatMap((r) => (r.peers ?? []).map((p) => ({ ...p, input: r })));
if (peerRows.length) {
  lines.push('', '| peer, same 1,000-template tree, one run | CPU | wall | peak RSS | the CLI (median CPU / wall) |', '|---|---:|---:|---:|---|');
  for (const p of peerRows) lines.push(`| ${p.name} | ${ms(p.cpu)} | ${ms(p.wall)} | ${(p.rss / 1024).toFixed(0)} MB | ${ms(p.input.measured.cpu)} / ${ms(p.input.measured.wall)} |`);
}
lines.push('', '| target | measured | verdict |', '|---|---:|---|');
for (const t of targets) lines.push(`| ${t.what} | ${times(t.ratio)} | ${verdict(t.ok)} |`);
lines.push('<!-- bench:end -->');

const resultsFile = quick ? path.join(out, 'RESULTS-quick.md') : path.join(bench, 'RESULTS.md');
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark results\n\n<!-- bench:begin -->\n<!-- bench:end -->\n';
const startMark = previous.indexOf('<!-- bench:begin');
const endMark = previous.indexOf('<!-- bench:end -->');
const next =
  startMark >= 0 && endMark > startMark
    ? previous.slice(0, startMark) + lines.join('\n') + previous.slice(endMark + '<!-- bench:end -->'.length)
    : `${previous.trimEnd()}\n\n${lines.join('\n')}\n`;
writeFileSync(resultsFile, next);
console.log(`wrote ${path.relative(repo, resultsFile)}`);
