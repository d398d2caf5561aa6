import type { ClientOptions, Octokit } from './octokit.js';

/**
 * An Octokit, or how to build one at the first request. Octokit with its plugins and HTTP stack is
 * most of the action's start-up (issue 16), and a push run that writes no check run or comment makes
 * no request: the functions that may call GitHub take either and connect only when they do.
 */
export type GitHubClient = Octokit | (() => Promise<Octokit>);

/** The client itself, built (and its module loaded) on the first call. */
export async function connect(client: GitHubClient): Promise<Octokit> {
  return typeof client === 'function' ? client() : client;
}

/**
 * createGitHubClient on first use. The api-timeout budget still starts now (the run's start), not
 * at the first request, as when the client was built up front.
 */
export function lazyGitHubClient(token: string, options: ClientOptions): () => Promise<Octokit> {
  const startedAt = (options.now ?? Date.now)();
  let client: Promise<Octokit> | undefined;
  return () =>
    (client ??= import('./octokit.js').then(({ createGitHubClient }) =>
      createGitHubClient(token, { ...options, startedAt }),
    ));
}

/** The backoff unit from the environment (tests run the bundle with a few ms); default 1 s. */
export function backoffFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const ms = Number(env.VEEAM_IAM_GATE_BACKOFF_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}
