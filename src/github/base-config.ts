import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultConfigPath } from '../config.js';
import { InputError, ServiceError } from '../model/errors.js';
import { connect, type GitHubClient } from './lazy-client.js';
import type { Repo } from './octokit.js';
import { causeOf, describe, statusOf } from './refusal.js';

export interface ConfigRequest extends Repo {
  /** The `config` input; empty means the default path, used only when present. */
  input: string;
  workspace: string;
  /** The pull request's base commit: the config is read there, never from the head. */
  baseSha?: string;
  /** The pull request's head commit: tells GitHub's merge commit in the checkout (see BaseCommit). */
  headSha?: string;
}

export interface TrustedConfig {
  path: string;
  /** The config text that decides, or undefined for none. */
  text?: string;
  /** The pull request changes the config file (its base and head differ). */
  changedByPullRequest: boolean;
}

/**
 * The config a pull request cannot tamper with: on pull requests, the file at the base commit (see
 * readTrustedFileAtBase); on other events, the checked-out file.
 */
export async function readTrustedConfig(
  octokit: GitHubClient,
  request: ConfigRequest,
): Promise<TrustedConfig> {
  const configPath = request.input || defaultConfigPath;
  const local = await readFile(path.resolve(request.workspace, configPath), 'utf8').catch(() => undefined);
  if (!request.baseSha) {
    if (request.input && local === undefined) throw new InputError(`config: file '${configPath}' not found`);
    return { path: configPath, text: local, changedByPullRequest: false };
  }
  const base = await readTrustedFileAtBase(
    octokit,
    { ...request, baseSha: request.baseSha },
    configPath,
    'config',
  );
  if (request.input && base === undefined && local === undefined)
    throw new InputError(`config: file '${configPath}' not found in the base branch`);
  return { path: configPath, text: base, changedByPullRequest: base !== local };
}

/** Where a pull request's trusted files are: its base commit. */
export interface BaseCommit extends Repo {
  /** The checkout (GITHUB_WORKSPACE), a git repository when actions/checkout made it. */
  workspace: string;
  baseSha: string;
  /**
   * The pull request's head: when the checkout is GitHub's merge commit (HEAD^2 is the head), its first
   * parent is the base branch, which `fetch-depth: 2` brings along.
   */
  headSha?: string;
}

/**
 * A file as the pull request's base commit holds it: undefined when it has none. Read from the local
 * checkout when git has the base commit, else through the API (with its retries and rate-limit waits).
 * Any failure but "not there" throws a one-line ServiceError: a trusted file is never replaced by a
 * default because GitHub had a bad minute. `what` names the file in that message ('config', 'baseline').
 */
export async function readTrustedFileAtBase(
  octokit: GitHubClient,
  base: BaseCommit,
  filePath: string,
  what: string = filePath,
): Promise<string | undefined> {
  const local = await gitShowAtBase(base, filePath);
  if (local) return local.text;
  try {
    const { data } = await (
      await connect(octokit)
    ).rest.repos.getContent({
      owner: base.owner,
      repo: base.repo,
      path: filePath,
      ref: base.baseSha,
      mediaType: { format: 'raw' },
    });
    return String(data);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    const cause = causeOf(error);
    const why =
      cause?.cause === 'refused'
        ? `${cause.text}: the token needs contents: read, or check out with fetch-depth: 2`
        : (cause?.text ?? describe(error));
    throw new ServiceError(
      `could not read the trusted ${what} ${filePath} at the base commit ${base.baseSha.slice(0, 7)} (${why}): re-run the job`,
    );
  }
}

/** git, with node:child_process loaded only by a run that asks it something (start-up, issue 16). */
async function git(args: string[], options: { cwd: string; maxBuffer: number }): Promise<{ stdout: string }> {
  const [{ execFile }, { promisify }] = await Promise.all([
    import('node:child_process'),
    import('node:util'),
  ]);
  return promisify(execFile)('git', args, options);
}

/** The file at the base commit from the checkout; undefined when git does not have that commit. */
async function gitShowAtBase(base: BaseCommit, filePath: string): Promise<{ text?: string } | undefined> {
  const run = async (...args: string[]) =>
    (await git(args, { cwd: base.workspace, maxBuffer: 16 * 1024 * 1024 })).stdout;
  const commit = await run('cat-file', '-e', `${base.baseSha}^{commit}`).then(
    () => base.baseSha,
    () => mergeBase(run, base.headSha),
  );
  if (!commit) return undefined;
  try {
    return { text: await run('show', `${commit}:${filePath}`) };
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/does not exist in|exists on disk, but not in/.test(stderr)) return { text: undefined };
    return undefined;
  }
}

/** HEAD^1 when HEAD is GitHub's merge commit of this pull request (its second parent is the head). */
async function mergeBase(
  run: (...args: string[]) => Promise<string>,
  headSha: string | undefined,
): Promise<string | undefined> {
  if (!headSha) return undefined;
  try {
    const [first, second] = (await run('rev-parse', 'HEAD^1', 'HEAD^2')).trim().split('\n');
    return second === headSha ? first : undefined;
  } catch {
    return undefined;
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
  octokit: GitHubClient,
  request: Omit<ConfigRequest, 'input'>,
  filePath: string,
  what: string = filePath,
): Promise<TrustedFile> {
  if (!request.baseSha)
    return { text: await readFile(path.resolve(request.workspace, filePath), 'utf8').catch(() => undefined) };
  try {
    return {
      text: await readTrustedFileAtBase(octokit, { ...request, baseSha: request.baseSha }, filePath, what),
    };
  } catch (error) {
    // The caller decides what an unreadable file means (the baseline: a warning and none applied).
    if (error instanceof ServiceError) return { unreadable: error.message };
    throw error;
  }
}
