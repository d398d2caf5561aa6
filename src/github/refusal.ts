import { ApiBudgetExceeded } from './api-budget.js';
import { isRateLimit } from './rate-limit.js';

/** Why a request to GitHub did not succeed, once retries and waits are spent. */
export type Cause = 'refused' | 'rate-limit' | 'server-error' | 'no-answer' | 'rejected';

/**
 * Names the real cause with the HTTP status: a 401/403/404 without rate-limit signs is a refusal (fork,
 * missing `permissions:`); a 403/429 with them is a rate limit; 5xx a server error; a dropped
 * connection or the spent api-timeout no answer. Undefined: not a GitHub failure (a bug).
 */
export function causeOf(error: unknown): { cause: Cause; text: string } | undefined {
  if (error instanceof ApiBudgetExceeded) return { cause: 'no-answer', text: error.message };
  const status = statusOf(error);
  if (status === undefined) return undefined;
  if (isRateLimit(error)) return { cause: 'rate-limit', text: `rate limit, HTTP ${status}` };
  if (status === 401 || status === 403 || status === 404) return { cause: 'refused', text: `HTTP ${status}` };
  // @octokit/request reports a connection that failed as status 500 without a response.
  if (!(error as { response?: unknown }).response) return { cause: 'no-answer', text: messageOf(error) };
  if (status >= 500) return { cause: 'server-error', text: `server error, HTTP ${status}` };
  return { cause: 'rejected', text: describe(error) };
}

/**
 * Fork pull requests and restricted tokens: GitHub refuses writes with 403 (or 404 for a token that
 * may not see the resource). Rate limits and server errors that outlast the retries are faults, not
 * refusals. Both are recorded and reported together as one warning; the verdict never depends on
 * them. Messages never include request headers (they carry the token).
 */
export class Refusals {
  readonly refused: string[] = [];
  /** What GitHub could not do: rate limits, server errors, no answer within api-timeout. */
  readonly failed: string[] = [];

  /** Runs a request; a refusal or a fault is recorded under `what` and gives undefined. */
  async attempt<T>(what: string, request: () => Promise<T>): Promise<T | undefined> {
    try {
      return await request();
    } catch (error) {
      const cause = causeOf(error);
      if (!cause) throw new Error(`${what} failed: ${describe(error)}`, { cause: error });
      (cause.cause === 'refused' ? this.refused : this.failed).push(`${what} (${cause.text})`);
      return undefined;
    }
  }

  /** The one warning for everything refused or failed, or undefined when nothing was. */
  warning(): string | undefined {
    const parts: string[] = [];
    if (this.refused.length)
      parts.push(
        `GitHub refused ${this.refused.join(', ')}: the token cannot write here (a pull request from a fork, ` +
          'or missing `permissions:` such as pull-requests: write and checks: write).',
      );
    if (this.failed.length)
      parts.push(
        `GitHub could not serve ${this.failed.join(', ')} after retries within api-timeout ` +
          "(an incident or rate limits on GitHub's side): re-run the job to publish.",
      );
    if (!parts.length) return undefined;
    return `${parts.join(' ')} The gate still decides by its verdict.`;
  }
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Status and message only: an Octokit error object also holds the request, with its headers. */
export function describe(error: unknown): string {
  const status = statusOf(error);
  return status ? `HTTP ${status}: ${messageOf(error)}` : messageOf(error);
}
