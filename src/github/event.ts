import { existsSync, readFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { ServiceError } from '../model/errors.js';
import type { Repo } from './octokit.js';

/** The parts of the workflow run the action needs, read once from the runner's environment. */
export interface RunContext {
  repo: Repo;
  eventName: string;
  /** Set on pull_request and pull_request_target events. */
  pullRequest?: { number: number; baseSha: string; headSha: string };
  /** The commit check runs attach to: the pull request's head, else GITHUB_SHA. */
  headSha?: string;
  workspace: string;
  runnerTemp: string;
  serverUrl: string;
  /** Links file:line in Markdown reports to the commit the check run is on. */
  blobUrl?: string;
  /** The workflow run (its log and artifacts), linked from the comment. */
  runUrl?: string;
  /** The default comment key: the workflow's name and the job's id. */
  workflowJob: string;
}

interface PullRequestPayload {
  number?: number;
  base?: { sha?: string };
  head?: { sha?: string };
}

export function runContext(
  env: NodeJS.ProcessEnv,
  payload: { pull_request?: PullRequestPayload },
  fallbackTemp: string,
): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = payload.pull_request;
  const pullRequest =
    pr?.number && pr.base?.sha && pr.head?.sha
      ? { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha }
      : undefined;
  const headSha = pullRequest?.headSha ?? env.GITHUB_SHA;
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    repo: { owner, repo },
    eventName: env.GITHUB_EVENT_NAME ?? '',
    pullRequest,
    headSha,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || fallbackTemp,
    serverUrl,
    blobUrl: headSha && owner && repo ? `${serverUrl}/${owner}/${repo}/blob/${headSha}/` : undefined,
    runUrl:
      env.GITHUB_RUN_ID && owner && repo
        ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    workflowJob: [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter(Boolean).join(' / '),
  };
}

/**
 * The event payload (GITHUB_EVENT_PATH), read as @actions/github's Context reads it: none without the
 * variable; a path that does not exist is said on stdout and gives an empty payload. A file that cannot
 * be read or parsed fails the step with one line (through @actions/github it threw on import).
 */
export function readEventPayload(env: NodeJS.ProcessEnv): { pull_request?: PullRequestPayload } {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  if (!existsSync(file)) {
    process.stdout.write(`GITHUB_EVENT_PATH ${file} does not exist${EOL}`);
    return {};
  }
  try {
    return JSON.parse(readFileSync(file, { encoding: 'utf8' })) as { pull_request?: PullRequestPayload };
  } catch (error) {
    throw new ServiceError(
      `could not read the event payload GITHUB_EVENT_PATH ${file} (${error instanceof Error ? error.message : String(error)}): re-run the job`,
    );
  }
}
