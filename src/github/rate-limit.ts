/** The signs by which GitHub says "slow down" rather than "no" (docs: rate limits for the REST API). */
interface ResponseLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

const secondaryWording = /\bsecondary rate\b/i;

/** A primary limit: the hourly quota is spent; wait until `x-ratelimit-reset`. */
export function isPrimaryLimit(error: unknown): boolean {
  const e = error as ResponseLike | null;
  return (
    (e?.status === 403 || e?.status === 429) && String(e.response?.headers?.['x-ratelimit-remaining']) === '0'
  );
}

/**
 * A secondary limit: a 403 whose message says so or that carries `retry-after`, and any 429 that is not
 * a primary limit (GitHub answers secondary limits with either status).
 */
export function isSecondaryLimit(error: unknown): boolean {
  const e = error as ResponseLike | null;
  if (isPrimaryLimit(error)) return false;
  if (e?.status === 429) return true;
  return (
    e?.status === 403 &&
    (secondaryWording.test(e.message ?? '') || e.response?.headers?.['retry-after'] !== undefined)
  );
}

export function isRateLimit(error: unknown): boolean {
  return isPrimaryLimit(error) || isSecondaryLimit(error);
}

/**
 * @octokit/plugin-throttling recognises a secondary limit only by the words "secondary rate" in the
 * message: a 403 with `retry-after` or a bare 429 is given those words so the plugin waits as GitHub
 * asks (`retry-after`, else a minute) instead of the error counting as a refusal.
 */
export function nameSecondaryLimit(error: unknown): unknown {
  const e = error as ResponseLike & Error;
  if (isSecondaryLimit(error) && !secondaryWording.test(e.message ?? ''))
    e.message = `${e.message} (a secondary rate limit)`;
  return error;
}
