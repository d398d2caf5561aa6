// How the action talks to the runner: inputs from INPUT_* variables, outputs through the GITHUB_OUTPUT
// file, log lines and workflow commands on stdout, the job summary appended to GITHUB_STEP_SUMMARY.
//
// Not @actions/core, on purpose (issue 16): its index loads its OIDC client (→ @actions/http-client →
// undici) and its platform module (→ @actions/exec) on import. A bundle of nothing but @actions/core 3
// took 2.07× the CPU of a bare `node -e ""` here, more than the action's whole start-up budget (≤ 2×).
// These are the few calls src/main.ts makes, byte for byte as @actions/core 3.0.1 makes them:
// __tests__/github/runner.test.ts runs the same calls through both and compares stdout and files.
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { escapeData, escapeProperty } from '../report/annotations.js';

/** An input as action.yml names it: `INPUT_` + the name upper-cased with spaces as underscores, trimmed. */
export function getInput(
  name: string,
  options: { required?: boolean; trimWhitespace?: boolean } = {},
): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options.trimWhitespace === false ? value : value.trim();
}

/**
 * An output in GITHUB_OUTPUT as `name<<DELIMITER` … `DELIMITER`, so values may hold newlines; the
 * delimiter is random and may occur in neither name nor value. Without GITHUB_OUTPUT, the old
 * `::set-output` command.
 */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issue('set-output', { name }, commandValue(value));
    return;
  }
  const record = outputRecord(name, value);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, record + EOL, { encoding: 'utf8' });
}

/**
 * One GITHUB_OUTPUT record. The delimiter is `ghadelimiter_` + a random UUID (the global Web Crypto's:
 * no node:crypto to load); a name or value that holds it is refused, as @actions/core refuses it.
 */
export function outputRecord(
  name: string,
  value: unknown,
  uuid: () => string = () => crypto.randomUUID(),
): string {
  const delimiter = `ghadelimiter_${uuid()}`;
  const text = commandValue(value);
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issue('debug', {}, message);
}

// Annotations on files are written by src/report/annotations.ts (workflowCommand); the runner's own
// lines carry no file or line.
export function error(message: string | Error): void {
  issue('error', {}, messageOf(message));
}

export function warning(message: string | Error): void {
  issue('warning', {}, messageOf(message));
}

/** The step fails (exit code 1) with this message as an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY), which must exist and be writable. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  await appendFile(file, markdown, { encoding: 'utf8' });
}

type Properties = Record<string, unknown>;

/**
 * `::command key=value,…::message`. As @actions/core writes it: properties without a value are left
 * out, yet any property key at all puts the space after the command.
 */
function issue(command: string, properties: Properties, message: string): void {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(commandValue(value))}`);
  const head = Object.keys(properties).length ? `${command} ${pairs.join(',')}` : command;
  process.stdout.write(`::${head}::${escapeData(message)}${EOL}`);
}

function messageOf(message: string | Error): string {
  return message instanceof Error ? message.toString() : message;
}

/** Strings as they are; anything else as JSON (numbers, booleans); null and undefined as ''. */
function commandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || value instanceof String) return String(value);
  return JSON.stringify(value);
}
