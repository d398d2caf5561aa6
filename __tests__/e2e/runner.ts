// Runs the action bundle the way the GitHub runner does: a fresh node process, inputs as INPUT_*
// variables, the event payload in a file, outputs and the step summary in files.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface Runner {
  workspace: string;
  temp: string;
  /** Runs `node bundle` with these inputs (names as in action.yml) and event. */
  run(request: {
    node?: string;
    bundle: string;
    apiUrl: string;
    token: string;
    inputs: Record<string, string>;
    event: { name: string; payloadFile: string };
    sha?: string;
    /** Extra environment variables, e.g. VEEAM_IAM_GATE_TODAY, VEEAM_IAM_GATE_BACKOFF_MS. */
    env?: Record<string, string>;
  }): Promise<RunResult>;
}

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

// Every runner's folders go when the test file ends.
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A checked-out repository: the e2e fixtures with the pull request's own config in .github/. */
export function newRunner(): Runner {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gate-e2e-'));
  roots.push(root);
  const workspace = path.join(root, 'workspace');
  const temp = path.join(root, 'runner-temp');
  mkdirSync(path.join(workspace, '.github'), { recursive: true });
  mkdirSync(temp);
  cpSync(path.join(fixtures, 'e2e/infra'), path.join(workspace, 'infra'), { recursive: true });
  cpSync(
    path.join(fixtures, 'e2e/head-config/veeam-iam-gate.yml'),
    path.join(workspace, '.github/veeam-iam-gate.yml'),
  );
  let step = 0;
  return {
    workspace,
    temp,
    async run(request) {
      step++;
      const outputFile = path.join(temp, `output-${step}`);
      const summaryFile = path.join(temp, `summary-${step}`);
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_EVENT_NAME: request.event.name,
        GITHUB_EVENT_PATH: request.event.payloadFile,
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_SHA: request.sha ?? '0000000000000000000000000000000000000001',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_API_URL: request.apiUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        RUNNER_TEMP: temp,
        GITHUB_WORKFLOW: 'IAM gate',
        GITHUB_JOB: 'veeam-iam-gate',
        GITHUB_RUN_ID: '4242',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...request.env,
      };
      // The runner's name mangling: upper case, spaces to '_', hyphens kept (INPUT_APPLIANCE-PRINCIPAL).
      const inputs = { 'github-token': request.token, ...request.inputs };
      for (const [name, value] of Object.entries(inputs))
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      const child = spawn(request.node ?? process.execPath, [request.bundle], { cwd: workspace, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      return {
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      };
    },
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (or `name=value` lines). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('='))
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return outputs;
}
