// The action's own runner calls (src/github/runner.ts) against @actions/core 3 as the oracle: the same
// calls in the same environment must write the same bytes to stdout, GITHUB_OUTPUT (up to the random
// delimiter) and GITHUB_STEP_SUMMARY, and set the same exit code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../../src/github/runner.js';

type Runner = Pick<
  typeof runner,
  'getInput' | 'setOutput' | 'info' | 'debug' | 'error' | 'warning' | 'setFailed'
> & {
  appendSummary: (text: string) => Promise<void>;
};

const oracle: Runner = {
  getInput: core.getInput,
  setOutput: core.setOutput,
  info: core.info,
  debug: core.debug,
  error: core.error,
  warning: core.warning,
  setFailed: core.setFailed,
  // core.summary is a singleton that keeps the first path it found; the action writes it once per
  // process, so each call here starts as a fresh process would.
  appendSummary: async (text) => {
    (core.summary as unknown as { _filePath?: string })._filePath = undefined;
    await core.summary.addRaw(text).write();
  },
};

let dir: string;
const saved = { ...process.env };
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runner-'));
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

interface Effects {
  stdout: string;
  output?: string;
  summary?: string;
  exitCode: typeof process.exitCode;
  result?: unknown;
  thrown?: string;
}

/** Runs `calls` with `impl` in a fresh runner-like environment; what it wrote and returned. */
async function effects(
  impl: Runner,
  calls: (r: Runner) => unknown,
  env: Record<string, string | undefined> = {},
): Promise<Effects> {
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '# before\n');
  process.env = { ...saved, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  process.exitCode = undefined;
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const seen: Effects = { stdout: '', exitCode: undefined };
  try {
    seen.result = await calls(impl);
  } catch (error) {
    seen.thrown = error instanceof Error ? error.message : String(error);
  } finally {
    write.mockRestore();
  }
  seen.stdout = stdout;
  seen.exitCode = process.exitCode;
  seen.output = readFileSync(output, 'utf8');
  seen.summary = readFileSync(summary, 'utf8');
  process.exitCode = undefined;
  return seen;
}

/** GITHUB_OUTPUT as the runner reads it: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function parseOutputFile(text: string): { records: [string, string][]; delimiters: string[] } {
  const lines = text.split(os.EOL);
  const records: [string, string][] = [];
  const delimiters: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^(.*?)<<(.*)$/.exec(lines[i]!);
    if (!head) {
      expect(lines[i], `line ${i + 1} of GITHUB_OUTPUT`).toBe('');
      continue;
    }
    const [, name, delimiter] = head as unknown as [string, string, string];
    const end = lines.indexOf(delimiter, i + 1);
    expect(end, `the end of ${name}`).toBeGreaterThan(i);
    records.push([name, lines.slice(i + 1, end).join(os.EOL)]);
    delimiters.push(delimiter);
    i = end;
  }
  return { records, delimiters };
}

/** Both implementations, compared: stdout, summary, exit code, result and error byte for byte; outputs parsed. */
async function expectSame(calls: (r: Runner) => unknown, env: Record<string, string | undefined> = {}) {
  const expected = await effects(oracle, calls, env);
  const actual = await effects(runner, calls, env);
  const outputsOf = ({ output, ...rest }: Effects) => ({
    ...rest,
    outputs: parseOutputFile(output ?? '').records,
  });
  expect(outputsOf(actual)).toEqual(outputsOf(expected));
  for (const delimiter of parseOutputFile(actual.output ?? '').delimiters)
    expect(delimiter).toMatch(
      /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  return actual;
}

describe('runner calls, byte for byte as @actions/core 3 makes them', () => {
  it.each([
    ['a plain value', 'verdict', 'pass'],
    ['a number', 'roles-checked', 3],
    ['zero', 'roles-failed', 0],
    ['an empty value', 'report-file', ''],
    ['newlines', 'text', 'line 1\nline 2\n\nline 4\n'],
    ['carriage returns', 'text', 'a\r\nb\rc'],
    ['percent signs and colons', 'text', '100% :: done, 50%25 %0A'],
    ['a value that looks like a record', 'text', 'x<<EOF\nEOF\nname<<y'],
    ['unicode', 'text', 'rôle — 役割 ✓'],
    ['a boolean', 'flag', true],
    ['undefined', 'nothing', undefined],
    ['an object', 'object', { a: [1, 'two'] }],
  ])('setOutput with %s', async (_, name, value) => {
    const seen = await expectSame((r) => r.setOutput(name, value));
    expect(parseOutputFile(seen.output!).records).toHaveLength(1);
  });

  it('several outputs in a row keep their order', async () => {
    await expectSame((r) => {
      r.setOutput('verdict', 'fail');
      r.setOutput('text', 'two\nlines');
      r.setOutput('roles-failed', 2);
    });
  });

  it('setOutput without GITHUB_OUTPUT falls back to the ::set-output command', async () => {
    const seen = await expectSame((r) => r.setOutput('text', 'a\nb%'), { GITHUB_OUTPUT: undefined });
    expect(seen.stdout).toBe(`${os.EOL}::set-output name=text::a%0Ab%25${os.EOL}`);
  });

  it('setOutput to a GITHUB_OUTPUT file that does not exist throws the same error', async () => {
    const seen = await expectSame((r) => r.setOutput('x', 'y'), { GITHUB_OUTPUT: path.join(dir, 'gone') });
    expect(seen.thrown).toMatch(/^Missing file at path: /);
  });

  it.each([
    ['a plain input', 'paths', { INPUT_PATHS: 'infra' }, {}],
    ['surrounding whitespace trimmed', 'paths', { INPUT_PATHS: '  infra \n' }, {}],
    ['whitespace kept on request', 'paths', { INPUT_PATHS: '  infra \n' }, { trimWhitespace: false }],
    ['kebab-case names upper-cased', 'fail-on', { 'INPUT_FAIL-ON': 'never' }, {}],
    ['spaces as underscores', 'my input', { INPUT_MY_INPUT: 'v' }, {}],
    ['lower-case variables not read', 'paths', { input_paths: 'x' }, {}],
    ['a missing input is empty', 'config', {}, {}],
    ['a missing required input', 'config', {}, { required: true }],
    ['an empty required input', 'config', { INPUT_CONFIG: '' }, { required: true }],
    ['a present required input', 'config', { INPUT_CONFIG: 'c.yml' }, { required: true }],
    [
      'a blank required input (trimmed after the check)',
      'config',
      { INPUT_CONFIG: '  ' },
      { required: true },
    ],
  ])('getInput: %s', async (_, name, env, options) => {
    await expectSame((r) => r.getInput(name, options), env);
  });

  it.each([
    ['info', (r: Runner) => r.info('Gate: PASS: 100% :: fine\nsecond line')],
    ['debug', (r: Runner) => r.debug('Error: boom\n    at x (file.js:1:2)\r%')],
    ['a warning', (r: Runner) => r.warning('GitHub refused the check run (HTTP 403): 50%, a::b')],
    ['an error', (r: Runner) => r.error('bad\ninput')],
    ['an Error object', (r: Runner) => r.warning(new TypeError('typed'))],
    ['setFailed', (r: Runner) => r.setFailed('Gate: FAIL: 1 role fails\ndetails')],
    ['setFailed with an Error', (r: Runner) => r.setFailed(new Error('stopped'))],
  ])('%s', async (_, calls) => {
    await expectSame(calls);
  });

  it('setFailed sets exit code 1', async () => {
    const seen = await expectSame((r) => r.setFailed('no'));
    expect(seen.exitCode).toBe(1);
    expect(seen.stdout).toBe(`::error::no${os.EOL}`);
  });

  it.each([
    ['Markdown appended', '## Veeam IAM gate\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', {}],
    ['an empty text', '', {}],
    ['no GITHUB_STEP_SUMMARY', 'x', { GITHUB_STEP_SUMMARY: undefined }],
    ['a summary file that cannot be accessed', 'x', { GITHUB_STEP_SUMMARY: '/nonexistent/dir/summary' }],
  ])('job summary: %s', async (_, text, env) => {
    await expectSame((r) => r.appendSummary(text), env);
  });
});

describe('outputRecord', () => {
  it.each([
    [
      'the value',
      'verdict',
      'a ghadelimiter_fixed b',
      /^Unexpected input: value should not contain the delimiter "ghadelimiter_fixed"$/,
    ],
    [
      'the name',
      'ghadelimiter_fixed',
      'v',
      /^Unexpected input: name should not contain the delimiter "ghadelimiter_fixed"$/,
    ],
  ])('refuses a delimiter that occurs in %s, as @actions/core does', (_, name, value, message) => {
    expect(() => runner.outputRecord(name, value, () => 'fixed')).toThrow(message);
  });

  it('writes name<<delimiter, the value, the delimiter', () => {
    expect(runner.outputRecord('text', 'a\nb', () => 'fixed')).toBe(
      `text<<ghadelimiter_fixed${os.EOL}a\nb${os.EOL}ghadelimiter_fixed`,
    );
  });

  it('draws a new delimiter for every record', () => {
    const delimiter = (record: string) => record.split(os.EOL)[0];
    expect(delimiter(runner.outputRecord('a', 'x'))).not.toBe(delimiter(runner.outputRecord('a', 'x')));
  });
});
