// The GitHub client under faults (issue 17): retries, rate-limit waits and the time budget, against the
// loopback fake GitHub answering the faults GitHub answers. Backoff unit 5 ms: no test sleeps for minutes.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiBudgetExceeded } from '../../src/github/api-budget.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { causeOf, Refusals } from '../../src/github/refusal.js';
import { FakeGitHub, faultKinds, type Fault, type FakeGitHubOptions } from './fake-github.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
let fake: FakeGitHub;
afterEach(() => fake.stop());

async function client(options: FakeGitHubOptions, timeoutSeconds = 10) {
  fake = new FakeGitHub(options);
  const log: string[] = [];
  const octokit = createGitHubClient('ghs_test', {
    baseUrl: await fake.start(),
    timeoutSeconds,
    backoffMs: 5,
    log: (line) => log.push(line),
  });
  return { octokit, log };
}

const createComment = (octokit: Awaited<ReturnType<typeof client>>['octokit']) =>
  octokit.rest.issues.createComment({ ...repo, issue_number: 2, body: 'hello' });

describe('transient faults are retried until GitHub answers', () => {
  it.each(faultKinds.filter((f) => f !== 'hang').map((f) => [f]))('%s alone', async (fault) => {
    const { octokit } = await client({ faults: [fault, fault] });
    await createComment(octokit);
    expect(fake.comments.map((c) => c.body)).toEqual(['hello']);
    expect(fake.requests.map((r) => r.fault)).toEqual([fault, fault, undefined]);
  });

  it('a request that hangs is given up at the deadline, not retried past it', async () => {
    const { octokit } = await client({ faults: ['hang'] }, 1);
    const started = Date.now();
    await expect(createComment(octokit)).rejects.toThrow(ApiBudgetExceeded);
    expect(Date.now() - started).toBeLessThan(1500);
    // The budget is the run's: later requests are not even sent.
    await expect(createComment(octokit)).rejects.toThrow('no answer within api-timeout (1 s)');
    expect(fake.requests).toHaveLength(1);
  });

  it('every kind in sequence (the issue: 502, secondary 403, 429, 500, then more)', async () => {
    const sequence: Fault[] = ['502', 'secondary-403', '429', '500', 'primary', 'retry-after-403', 'reset'];
    const { octokit, log } = await client({ faults: sequence });
    await createComment(octokit);
    expect(fake.comments).toHaveLength(1);
    expect(fake.requests.map((r) => r.fault)).toEqual([...sequence, undefined]);
    expect(log.filter((l) => l.includes('waiting'))).toHaveLength(4); // the rate limits, as GitHub asked
  });

  it('a list read page by page survives a fault on a later page', async () => {
    const comments = Array.from({ length: 5 }, (_, i) => ({
      id: i + 1,
      body: `c${i}`,
      user: { login: 'octocat', type: 'User' as const },
    }));
    const { octokit } = await client({ comments, maxPerPage: 2 });
    const pages: string[] = [];
    const all = await octokit.paginate(
      octokit.rest.issues.listComments,
      { ...repo, issue_number: 2, per_page: 2 },
      (response) => {
        pages.push(response.url);
        // A fault on the next page, once.
        if (pages.length === 1) fake.faults.push('502', '429');
        return response.data;
      },
    );
    expect(all.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
    expect(fake.requests.filter((r) => r.fault)).toHaveLength(2);
  });
});

describe('an API that never recovers', () => {
  it.each<[Fault, number, string]>([
    ['500', 4, 'server error, HTTP 500'],
    ['502', 4, 'server error, HTTP 502'],
    ['secondary-403', 5, 'rate limit, HTTP 403'],
    ['retry-after-403', 5, 'rate limit, HTTP 403'],
    ['429', 5, 'rate limit, HTTP 429'],
    ['primary', 5, 'rate limit, HTTP 403'],
  ])('%s: gives up after %i attempts, naming the cause', async (fault, attempts, text) => {
    const { octokit } = await client({ failing: { match: /comments/, fault } });
    const refusals = new Refusals();
    expect(await refusals.attempt('the pull request comment', () => createComment(octokit))).toBeUndefined();
    expect(fake.requests).toHaveLength(attempts);
    expect(refusals.refused).toEqual([]);
    expect(refusals.failed).toEqual([`the pull request comment (${text})`]);
    expect(refusals.warning()).toBe(
      `GitHub could not serve the pull request comment (${text}) after retries within api-timeout ` +
        "(an incident or rate limits on GitHub's side): re-run the job to publish. The gate still decides by its verdict.",
    );
  });

  it('does not wait for a rate-limit reset that lies past the budget', async () => {
    fake = new FakeGitHub({ failing: { match: /comments/, fault: 'primary' } });
    const octokit = createGitHubClient('ghs_test', {
      baseUrl: await fake.start(),
      timeoutSeconds: 1,
      backoffMs: 1000, // the real unit: the reset in 1 s means a 2 s wait
    });
    const started = Date.now();
    const error = await createComment(octokit).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(causeOf(error)).toEqual({ cause: 'rate-limit', text: 'rate limit, HTTP 403' });
    expect(fake.requests).toHaveLength(1);
  });

  it('stops retrying server errors when the next backoff would pass the budget', async () => {
    fake = new FakeGitHub({ failing: { match: /comments/, fault: '502' } });
    const octokit = createGitHubClient('ghs_test', {
      baseUrl: await fake.start(),
      timeoutSeconds: 2,
      backoffMs: 300, // waits of 0.3, 1.2, 2.7 s: the third would end past 2 s
    });
    const started = Date.now();
    await expect(createComment(octokit)).rejects.toMatchObject({ status: 502 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fake.requests).toHaveLength(3);
  });
});

describe('refusals are told from faults', () => {
  it.each<[string, FakeGitHubOptions, string[], string[]]>([
    ['a fork token (403 without rate-limit signs)', { refuseWrites: true }, ['the comment (HTTP 403)'], []],
    [
      'a server error that outlasts the retries',
      { failing: { match: /comments/, fault: '502' } },
      [],
      ['the comment (server error, HTTP 502)'],
    ],
  ])('%s', async (_name, options, refused, failed) => {
    const { octokit } = await client(options);
    const refusals = new Refusals();
    await refusals.attempt('the comment', () => createComment(octokit));
    expect(refusals.refused).toEqual(refused);
    expect(refusals.failed).toEqual(failed);
  });

  it('a refusal is not retried', async () => {
    const { octokit } = await client({ refuseWrites: true });
    await createComment(octokit).catch(() => undefined);
    expect(fake.requests).toHaveLength(1);
  });

  it('one warning names both, refusals first', () => {
    const refusals = new Refusals();
    refusals.refused.push('the check run (HTTP 403)');
    refusals.failed.push('the pull request comment (rate limit, HTTP 429)');
    expect(refusals.warning()).toBe(
      'GitHub refused the check run (HTTP 403): the token cannot write here (a pull request from a fork, or missing ' +
        '`permissions:` such as pull-requests: write and checks: write). GitHub could not serve the pull request ' +
        "comment (rate limit, HTTP 429) after retries within api-timeout (an incident or rate limits on GitHub's " +
        'side): re-run the job to publish. The gate still decides by its verdict.',
    );
  });
});
