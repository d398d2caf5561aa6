import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { apiBudgetPlugin, type ApiBudget } from './api-budget.js';

/** The client every src/github function takes: built once in main, pointed at GITHUB_API_URL. */
export type Octokit = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

export interface ClientOptions {
  /** Input `api-timeout`: one budget for every request of the run, waits included. */
  timeoutSeconds: number;
  /** Backoff unit in ms (1000: the plugins' own); tests shrink it through VEEAM_IAM_GATE_BACKOFF_MS. */
  backoffMs?: number;
  /** Default: GITHUB_API_URL, as @actions/github reads it. */
  baseUrl?: string;
  now?: () => number;
  /** When the api-timeout budget began (default: now); a client built at its first request passes the run's start. */
  startedAt?: number;
  /** Where waits for rate limits are told (the action log). */
  log?: (line: string) => void;
}

/** At most this many waits per request for a rate limit, each within the budget. */
const rateLimitRetries = 4;

/**
 * An Octokit that behaves as GitHub asks under load: 5xx and network errors retried with
 * exponential backoff (@octokit/plugin-retry, 3 retries), rate limits waited out
 * (@octokit/plugin-throttling: `retry-after`, `x-ratelimit-reset`), all inside one time budget.
 */
export function createGitHubClient(token: string, options: ClientOptions): Octokit {
  const now = options.now ?? Date.now;
  const backoffMs = options.backoffMs ?? 1000;
  const budget: ApiBudget = {
    deadline: (options.startedAt ?? now()) + options.timeoutSeconds * 1000,
    seconds: options.timeoutSeconds,
    backoffMs,
    now,
  };
  const wait =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const ms = retryAfter * backoffMs;
      const allowed = retryCount < rateLimitRetries && now() + ms <= budget.deadline;
      options.log?.(
        `GitHub ${kind} on ${request.method} ${request.url}: ` +
          (allowed ? `waiting ${retryAfter} s as GitHub asks` : `not waiting ${retryAfter} s (api-timeout)`),
      );
      return allowed;
    };
  return getOctokit(
    token,
    {
      ...(options.baseUrl && { baseUrl: options.baseUrl }),
      retry: {
        retries: 3,
        retryAfterBaseValue: backoffMs,
        // Rate limits (403, 429) are the throttling plugin's: it waits as long as GitHub says.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        retryAfterBaseValue: backoffMs,
        // GitHub asks for a pause between writes (1 s; 3 s for those that notify, such as comments): the
        // plugin's own spacing, in the same unit as every other wait.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: backoffMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * backoffMs }),
        onRateLimit: wait('rate limit'),
        onSecondaryRateLimit: wait('secondary rate limit'),
      },
    },
    apiBudgetPlugin(budget),
    retry,
    throttling,
  );
}
