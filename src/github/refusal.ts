/**
 * Fork pull requests and restricted tokens: GitHub refuses writes with 403 (or 404 for a token that
 * may not see the resource). Such a refusal is recorded and reported once as a warning; anything
 * else is a real error. Messages never include request headers (they carry the token).
 */
export class Refusals {
  readonly refused: string[] = [];

  /** Runs a request; a refusal is recorded under `what` and gives undefined. */
  async attempt<T>(what: string, request: () => Promise<T>): Promise<T | undefined> {
    try {
      return await request();
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 403 || status === 404) {
        this.refused.push(`${what} (HTTP ${status})`);
        return undefined;
      }
      throw new Error(`${what} failed: ${describe(error)}`, { cause: error });
    }
  }

  /** The one warning for everything refused, or undefined when nothing was. */
  warning(): string | undefined {
    if (!this.refused.length) return undefined;
    return (
      `GitHub refused ${this.refused.join(', ')}: the token cannot write here (a pull request from a fork, ` +
      'or missing `permissions:` such as pull-requests: write and checks: write). The gate still decides by its verdict.'
    );
  }
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Status and message only: an Octokit error object also holds the request, with its headers. */
export function describe(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
}
