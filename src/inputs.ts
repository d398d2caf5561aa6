import path from 'node:path';
import { appliancePrincipal, resolveOptions } from './config.js';
import { InputError } from './model/errors.js';
import type { GateOptions } from './model/options.js';
import { knownVersions } from './requirements/index.js';

/** Every action input, read once and checked (action.yml documents each). */
export interface Inputs {
  paths: string[];
  scan: 'all' | 'changed';
  appliancePrincipals: string[];
  /** Empty: from the config file, else the default. */
  veeamVersion: string;
  config: string;
  onUnknown?: 'fail' | 'warn';
  parameters: Record<string, string>;
  /** Terraform variable files (relative to the workspace), read after the auto-loaded ones. */
  tfvars: string[];
  comment: CommentMode;
  /** Which sticky comment this run keeps (a matrix of roots keeps one each); '' = workflow and job. */
  commentKey: string;
  checkRun: boolean;
  /** Review comments with ```suggestion blocks on pull requests (issue 15), at most `maxSuggestions`. */
  suggestions: boolean;
  maxSuggestions: number;
  sarifFile: string;
  failOn: 'fail' | 'unknown' | 'never';
  githubToken: string;
  /** Live mode: deployed role names or ARNs, or `all-workers`; empty: off. */
  awsRoles: string[];
  awsRegion?: string;
  /** Baseline file (issue 13); empty: the config's `baseline:`, else none. */
  baseline?: string;
  /** Seconds all GitHub requests of the run may take, retries and rate-limit waits included. */
  apiTimeout: number;
}

/**
 * When the action comments on a pull request. `always`: every run; `on-change` (default, alias
 * `true`): a new comment only when the gate does not pass or the pull request changes a scanned
 * file; `on-failure`: a new comment only when the gate fails; `never` (alias `false`): none. An
 * existing comment is brought up to date in every mode but `never`.
 */
export const commentModes = ['always', 'on-change', 'on-failure', 'never'] as const;
export type CommentMode = (typeof commentModes)[number];

/** Reads one input as the runner passes it: `INPUT_<NAME>` upper-cased, spaces as '_', hyphens kept. */
export type InputReader = (name: string) => string;

export function readInputs(read: InputReader, places: { workspace: string; runnerTemp: string }): Inputs {
  const sarif = read('sarif-file').trim();
  const githubToken = read('github-token').trim();
  if (!githubToken) throw new InputError('github-token: is empty; leave it out to use ${{ github.token }}');
  const awsRegion = read('aws-region').trim();
  if (awsRegion && !list(read('aws-roles')).length)
    throw new InputError(
      'aws-region: is set but aws-roles is empty; name the deployed roles to check (or all-workers)',
    );
  return {
    paths: list(read('paths')).length ? list(read('paths')) : ['.'],
    scan: oneOf(read, 'scan', ['all', 'changed'] as const, 'all'),
    appliancePrincipals: list(read('appliance-principal')).map(principal),
    veeamVersion: read('veeam-version').trim() ? oneOf(read, 'veeam-version', knownVersions(), '10') : '',
    config: read('config').trim(),
    onUnknown: read('on-unknown').trim()
      ? oneOf(read, 'on-unknown', ['fail', 'warn'] as const, 'fail')
      : undefined,
    parameters: parameters(read('parameters')),
    tfvars: list(read('tfvars')),
    comment: commentMode(read),
    commentKey: read('comment-key').trim(),
    checkRun: oneOf(read, 'check-run', ['true', 'false'], 'true') === 'true',
    suggestions: oneOf(read, 'suggestions', ['true', 'false'], 'true') === 'true',
    maxSuggestions: count(read('max-suggestions'), 'max-suggestions', 20),
    sarifFile: sarif
      ? path.resolve(places.workspace, sarif)
      : path.join(places.runnerTemp, 'veeam-iam-gate.sarif'),
    failOn: oneOf(read, 'fail-on', ['fail', 'unknown', 'never'] as const, 'fail'),
    githubToken,
    awsRoles: list(read('aws-roles')),
    ...(read('baseline').trim() && { baseline: read('baseline').trim() }),
    ...(awsRegion && { awsRegion }),
    apiTimeout: seconds(read, 'api-timeout', 120),
  };
}

/** Inputs win over the config file, which wins over the defaults (as the CLI's flags do). */
export function gateOptions(inputs: Inputs, config: Partial<GateOptions>): GateOptions {
  return resolveOptions(
    {
      ...(inputs.veeamVersion && { veeamVersion: inputs.veeamVersion }),
      appliancePrincipals: inputs.appliancePrincipals,
      ...(inputs.onUnknown && { onUnknown: inputs.onUnknown }),
      parameters: inputs.parameters,
      ...(inputs.baseline && { baseline: inputs.baseline }),
      tfvars: inputs.tfvars,
    },
    config,
  );
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name).trim();
  if (!value) return fallback;
  const match = allowed.find((a) => a === value.toLowerCase());
  if (!match) throw new InputError(`${name}: '${value}' is not one of ${allowed.join(', ')}`);
  return match;
}

/** A whole number ≥ 0; empty gives the default. */
function count(value: string, name: string, fallback: number): number {
  const text = value.trim();
  if (!text) return fallback;
  if (!/^\d+$/.test(text)) throw new InputError(`${name}: '${text}' is not a whole number`);
  return Number(text);
}

function commentMode(read: InputReader): CommentMode {
  const value = oneOf(read, 'comment', [...commentModes, 'true', 'false'], 'on-change');
  return value === 'true' ? 'on-change' : value === 'false' ? 'never' : value;
}

/** Newline- or comma-separated values. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function principal(value: string): string {
  return appliancePrincipal(value, (what) => {
    throw new InputError(`appliance-principal: ${what}`);
  });
}

function seconds(read: InputReader, name: string, fallback: number): number {
  const value = read(name).trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0)
    throw new InputError(`${name}: '${value}' is not a number of seconds greater than 0`);
  return n;
}

/** `Key=Value` lines (one per line: values may hold commas, as CommaDelimitedList parameters do). */
function parameters(value: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of value.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new InputError(`parameters: '${line}' is not Key=Value (one per line)`);
    result[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return result;
}
