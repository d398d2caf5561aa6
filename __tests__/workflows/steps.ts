// Runs workflow steps here the way the GitHub runner does: `uses: ./` as the committed action bundle
// (INPUT_* variables, GITHUB_OUTPUT), `run:` scripts under the runner's `bash -e`, `${{ }}`
// expressions from the steps' outputs and the matrix. Other `uses:` steps are skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseOutputs } from '../e2e/runner.js';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string | number | boolean>;
  shell?: string;
  if?: string;
}

export interface StepRun {
  step: Step;
  status: number | null;
  output: string;
}

export interface JobContext {
  /** GITHUB_WORKSPACE and the working directory of every step. */
  workspace: string;
  /** RUNNER_TEMP. */
  temp: string;
  /** The action bundle `uses: ./` runs. */
  bundle: string;
  /** Extra environment (PATH with shims, …). */
  env?: NodeJS.ProcessEnv;
  matrix?: Record<string, string | number>;
}

/** Every step in order; stops at the first failing step unless a later one has `if: always()`. */
export function runSteps(steps: Step[], context: JobContext): StepRun[] {
  const outputs: Record<string, Record<string, string>> = {};
  const runs: StepRun[] = [];
  let failed = false;
  for (const [index, step] of steps.entries()) {
    if (failed && !/always\(\)/.test(step.if ?? '')) continue;
    if (step.uses && step.uses !== './') continue;
    const expand = (text: string) => expression(text, outputs, context.matrix ?? {});
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: context.workspace,
      RUNNER_TEMP: context.temp,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SHA: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.resolve('__tests__/fixtures/github/push.json'),
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...context.env,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = expand(String(value));
    const outputFile = path.join(context.temp, `output-${index}`);
    mkdirSync(context.temp, { recursive: true });
    writeFileSync(outputFile, '');
    env.GITHUB_OUTPUT = outputFile;
    let result;
    if (step.uses === './') {
      for (const [name, value] of Object.entries(step.with ?? {}))
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = expand(String(value));
      env['INPUT_GITHUB-TOKEN'] ??= 'ghs_notUsedByTheseSteps';
      result = spawnSync(process.execPath, [context.bundle], {
        cwd: context.workspace,
        env,
        encoding: 'utf8',
      });
    } else {
      // GitHub's default shell for `run:` on Linux: bash -e {0} (no pipefail).
      const script = path.join(context.temp, `step-${index}.sh`);
      writeFileSync(script, expand(step.run ?? ''));
      result = spawnSync('bash', ['--noprofile', '--norc', '-e', script], {
        cwd: context.workspace,
        env,
        encoding: 'utf8',
      });
    }
    if (step.id) outputs[step.id] = parseOutputs(readFileSync(outputFile, 'utf8'));
    runs.push({ step, status: result.status, output: `${result.stdout}${result.stderr}` });
    if (result.status !== 0) failed = true;
  }
  return runs;
}

/** `${{ steps.ID.outputs.NAME }}` and `${{ matrix.KEY }}`; anything else cannot be run here. */
function expression(
  text: string,
  outputs: Record<string, Record<string, string>>,
  matrix: Record<string, string | number>,
): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (whole, expr: string) => {
    const step = expr.match(/^steps\.([\w-]+)\.outputs\.([\w-]+)$/);
    if (step) return outputs[step[1]!]?.[step[2]!] ?? '';
    const key = expr.match(/^matrix\.([\w-]+)$/);
    if (key && key[1]! in matrix) return String(matrix[key[1]!]);
    throw new Error(`cannot evaluate ${whole} here`);
  });
}
