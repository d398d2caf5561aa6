// The lazy GitHub client (issue 16): Octokit is built at the first request, not at start-up, yet the
// run keeps one api-timeout budget counted from its start.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiBudgetExceeded } from '../../src/github/api-budget.js';
import { backoffFromEnv, connect, lazyGitHubClient } from '../../src/github/lazy-client.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { FakeGitHub } from './fake-github.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
let fake: FakeGitHub;
afterEach(() => fake?.stop());

describe('lazyGitHubClient', () => {
  it('builds one client at the first call and gives the same one after', async () => {
    fake = new FakeGitHub();
    const lazy = lazyGitHubClient('ghs_test', {
      baseUrl: await fake.start(),
      timeoutSeconds: 10,
      backoffMs: 5,
    });
    const [first, second] = await Promise.all([lazy(), lazy()]);
    expect(first).toBe(second);
    expect(await connect(lazy)).toBe(first);
    await first.rest.issues.createComment({ ...repo, issue_number: 2, body: 'hello' });
    expect(fake.comments.map((c) => c.body)).toEqual(['hello']);
  });

  it('connect gives a built client as it is', async () => {
    const octokit = createGitHubClient('ghs_test', { baseUrl: 'http://127.0.0.1:9', timeoutSeconds: 1 });
    expect(await connect(octokit)).toBe(octokit);
  });

  it.each([
    ['within the budget counted from the start', 9_000, 'sent'],
    ['past the budget counted from the start, though the client is new', 11_000, 'not sent'],
  ])('the api-timeout budget starts when the run does: a first request %s', async (_, later, expected) => {
    fake = new FakeGitHub();
    let clock = 1_000_000;
    const lazy = lazyGitHubClient('ghs_test', {
      baseUrl: await fake.start(),
      timeoutSeconds: 10,
      backoffMs: 5,
      now: () => clock,
    });
    clock += later;
    const request = (await lazy()).rest.issues.createComment({ ...repo, issue_number: 2, body: 'hello' });
    if (expected === 'sent') await request;
    else await expect(request).rejects.toThrow(ApiBudgetExceeded);
    expect(fake.requests.length > 0).toBe(expected === 'sent');
  });
});

describe('backoffFromEnv', () => {
  it.each([
    [{ VEEAM_IAM_GATE_BACKOFF_MS: '5' }, 5],
    [{ VEEAM_IAM_GATE_BACKOFF_MS: '0' }, undefined],
    [{ VEEAM_IAM_GATE_BACKOFF_MS: '-1' }, undefined],
    [{ VEEAM_IAM_GATE_BACKOFF_MS: 'soon' }, undefined],
    [{}, undefined],
  ])('%j → %s', (env, expected) => {
    expect(backoffFromEnv(env)).toBe(expected);
  });
});
