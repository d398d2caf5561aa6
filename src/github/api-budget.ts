import type { getOctokit } from '@actions/github';
import { nameSecondaryLimit } from './rate-limit.js';

type Plugin = NonNullable<Parameters<typeof getOctokit>[2]>;

/** Every GitHub request of the run shares one deadline (input `api-timeout`). */
export interface ApiBudget {
  /** Epoch milliseconds after which no request is sent and none is waited for. */
  deadline: number;
  seconds: number;
  /** The retry plugin's backoff unit: its waits are 1, 4, 9 × this. */
  backoffMs: number;
  now: () => number;
}

/** The run's time for GitHub is spent: what is still unpublished becomes the warning. */
export class ApiBudgetExceeded extends Error {
  override name = 'ApiBudgetExceeded';
}

interface RequestOptions {
  request?: { signal?: AbortSignal; retryCount?: number; retries?: number };
}

/**
 * The innermost request hook: sends nothing after the deadline and aborts what is in flight at it,
 * stops @octokit/plugin-retry from scheduling a wait that would end past it, and lets
 * @octokit/plugin-throttling see secondary limits that GitHub did not spell out (see rate-limit.ts).
 * Its errors carry no HTTP status, so neither plugin retries them.
 */
export function apiBudgetPlugin(budget: ApiBudget): Plugin {
  const expired = () => new ApiBudgetExceeded(`no answer within api-timeout (${budget.seconds} s)`);
  return (octokit) => {
    // Octokit binds one options object to every hook of a request: it is changed in place (as
    // @octokit/plugin-retry does), never passed on as a copy.
    octokit.hook.wrap('request', async (request, options) => {
      const remaining = budget.deadline - budget.now();
      if (remaining <= 0) throw expired();
      const timer = AbortSignal.timeout(remaining);
      const bound = options as RequestOptions;
      const own = { ...bound.request };
      bound.request = { ...own, signal: own.signal ? AbortSignal.any([own.signal, timer]) : timer };
      try {
        return await request(options);
      } catch (error) {
        if (timer.aborted) throw expired();
        const attempt = own.retryCount ?? 0;
        if (budget.now() + (attempt + 1) ** 2 * budget.backoffMs > budget.deadline) bound.request.retries = 0;
        throw nameSecondaryLimit(error);
      } finally {
        bound.request.signal = own.signal;
      }
    });
  };
}
