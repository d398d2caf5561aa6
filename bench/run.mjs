// The benchmark suite of issue 7: `npm run bench` (full, ~10 minutes on 2 cores) or
// `npm run bench -- --quick` (small inputs, one run each, ~1 minute).
//
// It runs the committed bundles `dist/cli.js` and `dist/index.js` in child processes, exactly as
// users and CI do, so what is measured is what ships: run `npm run package` first when src/
// changed. Each input is generated deterministically into bench/out/ (gitignored; reused while
// the generator is unchanged) and measured against the raw parse of the same files in a process
// of its own (bench/baseline.mjs: read + JSON.parse for plans, read + the yaml package's parse for
// templates). Wall time is the median of the runs; peak RSS comes from bench/probe.mjs.
// Writes the figures into bench/RESULTS.md between the `bench:begin`/`bench:end` markers; the
// rest of that file (what each optimisation bought) is kept as written.
// Usage: node bench/run.mjs [--quick] [--runs N] [--only ID,ID] [--dist DIR]
//   ids: tree-1000, tree-10000, plan-5000, plan-50000, corpus (quick: tree-100, plan-500, corpus)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { generatePlan, generateTree } from './generate.mjs';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bench = path.join(repo, 'bench');
const out = path.join(bench, 'out');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
/** The bundles measured: dist/ by default, or another build (`--dist DIR`). */
const dist = path.resolve(value('--dist') ?? path.join(repo, 'dist'));
const cli = path.join(dist, 'cli.js');
const action = path.join(dist, 'index.js');
const quick = flag('--quick');
const runs = Number(value('--runs') ?? (quick ? 1 : 3));
const only = value('--only')?.split(',');
const corpus = [path.join(repo, '..', 'shared', 'corpus'), '/work/shared/corpus'].find((p) => existsSync(p));
/** Heap for inputs that need more than Node's default (the 300 MB plan); recorded in the table. */
const bigHeap = '--max-old-space-size=8192';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/** Regenerates an input only when the generator changed since it was written. */
const stamp = createHash('sha256').update(readFileSync(path.join(bench, 'generate.mjs'))).digest('hex').slice(0, 16);
function cached(target, make) {
  const mark = `${target}.stamp`;
  if (existsSync(target) && existsSync(mark) && readFileSync(mark, 'utf8') === stamp) return target;
  rmSync(target, { recursive: true, force: true });
  make(target);
  writeFileSync(mark, stamp);
  return target;
}

function size(p) {
  const s = statSync(p);
  return s.isFile() ? s.size : undefined;
}

/** One child process: wall time (ms) and peak RSS (KB) through the probe. */
function measure(args, { cwd = repo, env = {} } = {}) {
  const probe = path.join(out, `probe-${process.pid}.txt`);
  rmSync(probe, { force: true });
  const began = performance.now();
  const child = spawnSync(process.execPath, ['--import', path.join(bench, 'probe.mjs'), ...args], {
    cwd,
    env: { ...process.env, ...env, BENCH_PROBE: probe },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wall = performance.now() - began;
  const usage = existsSync(probe) ? JSON.parse(readFileSync(probe, 'utf8')) : { maxRSS: NaN, cpu: NaN };
  if (child.error) throw child.error;
  return { wall, rss: usage.maxRSS, cpu: usage.cpu / 1000, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The CLI on one input: median wall over the runs, the largest RSS, the report's summary. */
function runCli(input) {
  const report = path.join(out, `report-${input.id}.json`);
  let heap = [];
  const walls = [];
  const cpus = [];
  const rsss = [];
  for (let r = 0; r < input.runs; r++) {
    let result = measure([...heap, cli, input.path, '--format', 'json', '--output', report, ...(input.args ?? [])]);
    if (result.status !== 0 && result.status !== 1 && /heap out of memory/i.test(result.stderr) && !heap.length) {
      console.log(`  ${input.name}: out of memory with the default heap, again with ${bigHeap}`);
      heap = [bigHeap];
      result = measure([...heap, cli, input.path, '--format', 'json', '--output', report, ...(input.args ?? [])]);
    }
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`cli failed on ${input.name} (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
    walls.push(result.wall);
    cpus.push(result.cpu);
    rsss.push(result.rss);
  }
  const summary = JSON.parse(readFileSync(report, 'utf8')).summary;
  return { wall: median(walls), cpu: median(cpus), rss: Math.max(...rsss), summary, heap: heap.join(' ') };
}

function runBaseline(input) {
  const walls = [];
  const cpus = [];
  let last;
  for (let r = 0; r < input.runs; r++) {
    const args = [...(input.baselineHeap ? [bigHeap] : []), path.join(bench, 'baseline.mjs'), input.path];
    if (input.kind === 'templates') args.push('--document');
    const result = measure(args);
    if (result.status !== 0) throw new Error(`baseline failed on ${input.name}: ${result.stderr.slice(0, 2000)}`);
    walls.push(result.wall);
    cpus.push(result.cpu);
    last = { ...JSON.parse(result.stdout), rss: result.rss };
  }
  return { ...last, wall: median(walls), cpu: median(cpus) };
}

/** Start-up on an empty folder: median wall and CPU time (ms) of `count` runs. */
function startup(script, env, count) {
  const empty = path.join(out, 'empty');
  mkdirSync(empty, { recursive: true });
  const walls = [];
  const cpus = [];
  for (let r = 0; r < count; r++) {
    const args = script ? [script, ...(env ? [] : ['.', '--format', 'json'])] : ['-e', ''];
    const result = measure(args, { cwd: empty, env });
    if (result.status !== 0) throw new Error(`${script ?? 'node'} on an empty folder: exit ${result.status}: ${result.stderr}`);
    walls.push(result.wall);
    cpus.push(result.cpu);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** The action on an empty workspace, as a runner starts it: no token, no comment, no check run. */
function actionEnv() {
  const dir = path.join(out, 'action-env');
  mkdirSync(dir, { recursive: true });
  const event = path.join(dir, 'event.json');
  writeFileSync(event, '{}\n');
  for (const f of ['output', 'summary']) writeFileSync(path.join(dir, f), '');
  return {
    GITHUB_WORKSPACE: path.join(out, 'empty'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'bench/bench',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    'INPUT_PATHS': '.',
    // On a runner the input defaults to github.token; comment and check run are off, so unused.
    'INPUT_GITHUB-TOKEN': 'bench-token-not-used',
    'INPUT_COMMENT': 'false',
    'INPUT_CHECK-RUN': 'false',
    'INPUT_FAIL-ON': 'fail',
  };
}

// ---------------------------------------------------------------------------------------------

for (const bundle of [cli, action]) {
  if (!existsSync(bundle)) throw new Error(`${path.relative(repo, bundle)} is missing: run \`npm run package\` first`);
}
mkdirSync(out, { recursive: true });
const loadBefore = os.loadavg();
const began = performance.now();

const trees = quick ? [100] : [1000, 10000];
const plans = quick ? [500] : [5000, 50000];
const inputs = [];
for (const n of trees) {
  inputs.push({
    name: `CloudFormation tree, ${n.toLocaleString('en')} templates`,
    id: `tree-${n}`,
    kind: 'templates',
    make: () => cached(path.join(out, `tree-${n}`), (d) => generateTree(d, n)),
    runs: n >= 10000 ? 1 : runs,
  });
}
for (const n of plans) {
  inputs.push({
    name: `Terraform plan, ${n.toLocaleString('en')} worker roles`,
    id: `plan-${n}`,
    kind: 'plan',
    make: () => cached(path.join(out, `plan-${n}.json`), (f) => generatePlan(f, n)),
    runs: n >= 50000 ? 1 : runs,
    baselineHeap: n >= 50000,
  });
}
if (corpus) {
  const allRoles = path.join(out, 'all-roles.yml');
  writeFileSync(allRoles, 'roles:\n  - match: "*"\n');
  inputs.push({
    name: 'shared corpus, every role checked',
    id: 'corpus',
    kind: 'mixed',
    make: () => corpus,
    args: ['--config', allRoles],
    runs: Math.max(runs, 3),
  });
}

const rows = [];
for (const input of inputs.filter((i) => !only || only.includes(i.id))) {
  let t = performance.now();
  input.path = input.make();
  const generated = performance.now() - t;
  const baseline = runBaseline(input);
  const measured = runCli(input);
  const row = { ...input, generated, baseline, ...measured, fileBytes: size(input.path) };
  if (input.kind !== 'mixed' && measured.summary.errors > 0)
    throw new Error(`${input.name}: the generated input gave ${measured.summary.errors} error(s): see ${path.join(out, `report-${input.id}.json`)}`);
  delete row.make;
  rows.push(row);
  writeFileSync(path.join(out, `row-${input.id}.json`), JSON.stringify(row));
  console.log(
    `${input.name}: ${baseline.files} files, ${mb(baseline.bytes)}; cli ${ms(measured.wall)} ` +
      `(CPU ${ms(measured.cpu)}, ${(measured.rss / 1024).toFixed(0)} MB RSS), baseline ${ms(baseline.wall)} ` +
      `(CPU ${ms(baseline.cpu)}) → CPU ${ratio(measured.cpu, baseline.cpu)}, wall ${ratio(measured.wall, baseline.wall)}`,
  );
}

// With --only, the other inputs keep the figures of their last run (bench/out/row-*.json).
if (only) {
  for (const input of inputs) {
    const saved = path.join(out, `row-${input.id}.json`);
    if (!only.includes(input.id) && existsSync(saved)) rows.push(JSON.parse(readFileSync(saved, 'utf8')));
  }
  rows.sort((a, b) => inputs.findIndex((i) => i.id === a.id) - inputs.findIndex((i) => i.id === b.id));
}

const startupCount = quick ? 5 : 15;
const nodeStart = startup(undefined, undefined, startupCount);
const cliStart = startup(cli, undefined, startupCount);
const actionStart = startup(action, actionEnv(), startupCount);
const both = (x) => `${ms(x.wall)} (CPU ${ms(x.cpu)})`;
console.log(`start-up: node ${both(nodeStart)}, dist/cli.js ${both(cliStart)}, dist/index.js ${both(actionStart)}`);
const loadAfter = os.loadavg();

// ---------------------------------------------------------------------------------------------

const cpu = os.cpus();
const target = (row) => (row.kind === 'plan' ? 1.5 : row.kind === 'templates' ? 1.3 : undefined);
const verdict = (ok) => (ok ? 'met' : '**missed**');
const table = [
  '| input | files | size | IAM roles | checked | fail | errors | cli wall | cli CPU | peak RSS | baseline wall | baseline CPU | parse alone | baseline RSS | CPU ratio | wall ratio | target (CPU ratio) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map((r) => {
    const t = target(r);
    const ok = t === undefined ? undefined : r.cpu / r.baseline.cpu <= t;
    return `| ${[
      r.name + (r.heap ? ` (\`${r.heap}\`)` : '') + (r.runs > 1 ? '' : ' ¹'),
      r.baseline.files.toLocaleString('en'),
      mb(r.baseline.bytes),
      r.summary.iamRoles.toLocaleString('en'),
      r.summary.workerRoles.toLocaleString('en'),
      r.summary.fail.toLocaleString('en'),
      r.summary.errors,
      ms(r.wall),
      ms(r.cpu),
      `${(r.rss / 1024).toFixed(0)} MB`,
      ms(r.baseline.wall),
      ms(r.baseline.cpu),
      ms(r.baseline.parseMs) + (r.baseline.documentMs !== undefined ? ` (parseDocument ${ms(r.baseline.documentMs)})` : ''),
      `${(r.baseline.rss / 1024).toFixed(0)} MB`,
      ratio(r.cpu, r.baseline.cpu),
      ratio(r.wall, r.baseline.wall),
      t === undefined ? '—' : `≤ ${t}×: ${verdict(ok)}`,
    ].join(' | ')} |`;
  }),
];
const bigPlan = rows.find((r) => r.id === `plan-${plans.at(-1)}`);
const memoryLine = bigPlan
  ? `Memory for the ${mb(bigPlan.fileBytes)} plan: ${(bigPlan.rss / 1024).toFixed(0)} MB peak RSS = ` +
    `${ratio(bigPlan.rss * 1024, bigPlan.fileBytes)} the file size (target < 3×: ${verdict(bigPlan.rss * 1024 < 3 * bigPlan.fileBytes)}); ` +
    `JSON.parse alone in its own process: ${(bigPlan.baseline.rss / 1024).toFixed(0)} MB = ${ratio(bigPlan.baseline.rss * 1024, bigPlan.fileBytes)}.`
  : undefined;
const generated = [
  '<!-- bench:begin (written by `npm run bench`; edit outside these markers) -->',
  `Run ${quick ? '(`--quick`) ' : ''}on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ` +
    `${cpu.length} × ${cpu[0]?.model.trim()} (nproc ${os.availableParallelism?.() ?? cpu.length}), ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}. ` +
    `Load average ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after (other jobs shared the machine). ` +
    `Wall times are the median of ${runs} run${runs === 1 ? '' : 's'} (¹ one run); the suite took ${ms(performance.now() - began)}.`,
  '',
  ...table,
  '',
  '`cli`: `node dist/cli.js <input> --format json --output …` in a child process, start-up included. ' +
    'CPU is user + system time of the process (`process.resourceUsage()`): the ratios and targets use it, because ' +
    'wall time on a shared machine measures the other jobs as much as this one. ' +
    '`baseline`: `node bench/baseline.mjs <input>` in a child process: walk, read, decode and parse the same candidate files ' +
    '(`JSON.parse` for `.json`, `yaml` `parse` otherwise), start-up included. `parse alone`: the parse calls inside it ' +
    '(and, for templates, `parseDocument`, which the CloudFormation reader builds on). Peak RSS: `process.resourceUsage().maxRSS`.',
  '',
  ...(memoryLine ? [memoryLine, ''] : []),
  `Start-up on an empty folder (median of ${startupCount}; wall, CPU): \`node dist/cli.js . --format json\` ${both(cliStart)}, ` +
    `\`node dist/index.js\` (the action, no token) ${both(actionStart)}; \`node -e ""\` alone ${both(nodeStart)}. ` +
    `Above bare Node: cli ${ms(cliStart.wall - nodeStart.wall)} wall / ${ms(cliStart.cpu - nodeStart.cpu)} CPU, ` +
    `action ${ms(actionStart.wall - nodeStart.wall)} wall / ${ms(actionStart.cpu - nodeStart.cpu)} CPU (target: start-up < 150 ms).`,
  '<!-- bench:end -->',
];
const resultsFile = quick ? path.join(out, 'RESULTS-quick.md') : path.join(bench, 'RESULTS.md');
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark results\n\n<!-- bench:begin -->\n<!-- bench:end -->\n';
const startMark = previous.indexOf('<!-- bench:begin');
const endMark = previous.indexOf('<!-- bench:end -->');
const next =
  startMark >= 0 && endMark > startMark
    ? previous.slice(0, startMark) + generated.join('\n') + previous.slice(endMark + '<!-- bench:end -->'.length)
    : `${previous.trimEnd()}\n\n${generated.join('\n')}\n`;
writeFileSync(resultsFile, next);
console.log(`wrote ${path.relative(repo, resultsFile)}`);
