import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { defaultConfigPath } from '../config.js';
import { InputError } from '../model/errors.js';
import type { Octokit, Repo } from './octokit.js';
import { describe, statusOf, type Refusals } from './refusal.js';

export interface ConfigRequest extends Repo {
  /** The `config` input; empty means the default path, used only when present. */
  input: string;
  workspace: string;
  /** The pull request's base commit: the config is read there, never from the head. */
  baseSha?: string;
}

export interface TrustedConfig {
  path: string;
  /** The config text that decides, or undefined for none. */
  text?: string;
  /** The pull request changes the config file (its base and head differ). */
  changedByPullRequest: boolean;
}

/**
 * The config a pull request cannot tamper with: on pull requests, the file at the base commit (contents
 * API, else `git show BASE:path` in the checkout); on other events, the checked-out file.
 */
export async function readTrustedConfig(
  octokit: Octokit,
  request: ConfigRequest,
  refusals: Refusals,
): Promise<TrustedConfig> {
  const configPath = request.input || defaultConfigPath;
  const local = await readFile(path.resolve(request.workspace, configPath), 'utf8').catch(() => undefined);
  if (!request.baseSha) {
    if (request.input && local === undefined) throw new InputError(`config: file '${configPath}' not found`);
    return { path: configPath, text: local, changedByPullRequest: false };
  }
  const base = await readAtBase(octokit, { ...request, baseSha: request.baseSha }, configPath);
  if (base.state === 'unreadable') {
    refusals.refused.push(`reading ${configPath} at the base commit (${base.reason})`);
    return { path: configPath, text: undefined, changedByPullRequest: false };
  }
  if (request.input && base.text === undefined && local === undefined)
    throw new InputError(`config: file '${configPath}' not found in the base branch`);
  return { path: configPath, text: base.text, changedByPullRequest: base.text !== local };
}

type BaseFile = { state: 'read'; text?: string } | { state: 'unreadable'; reason: string };

async function readAtBase(
  octokit: Octokit,
  request: ConfigRequest & { baseSha: string },
  configPath: string,
): Promise<BaseFile> {
  let reason: string;
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: request.owner,
      repo: request.repo,
      path: configPath,
      ref: request.baseSha,
      mediaType: { format: 'raw' },
    });
    return { state: 'read', text: String(data) };
  } catch (error) {
    if (statusOf(error) === 404) return { state: 'read' };
    reason = describe(error);
  }
  // The API refused: the checkout may still hold the base commit.
  try {
    const { stdout } = await promisify(execFile)('git', ['show', `${request.baseSha}:${configPath}`], {
      cwd: request.workspace,
      maxBuffer: 1024 * 1024,
    });
    return { state: 'read', text: stdout };
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/does not exist in|exists on disk, but not in/.test(stderr)) return { state: 'read' };
    return { state: 'unreadable', reason };
  }
}

/** A file read the way the config is: at the pull request's base commit, else from the checkout. */
export type TrustedFile = { text?: string } | { unreadable: string };

/**
 * Another file the pull request must not decide for itself (the baseline, a scanned file's base
 * version for waivers it adds): read with the config's own base reader on pull requests; from the
 * checkout on other events. `text` is undefined when the file does not exist there.
 */
export async function readTrustedFile(
  octokit: Octokit,
  request: Omit<ConfigRequest, 'input'>,
  filePath: string,
): Promise<TrustedFile> {
  if (!request.baseSha)
    return { text: await readFile(path.resolve(request.workspace, filePath), 'utf8').catch(() => undefined) };
  const base = await readAtBase(octokit, { ...request, input: filePath, baseSha: request.baseSha }, filePath);
  return base.state === 'unreadable' ? { unreadable: base.reason } : { text: base.text };
}
