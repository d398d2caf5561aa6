import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runContext } from '../../src/github/event.js';

const payload = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/github/${name}.json`, import.meta.url), 'utf8'));
const env = {
  GITHUB_REPOSITORY: 'Codertocat/Hello-World',
  GITHUB_SHA: '1111111111111111111111111111111111111111',
  GITHUB_WORKSPACE: '/home/runner/work/Hello-World/Hello-World',
  RUNNER_TEMP: '/home/runner/work/_temp',
  GITHUB_RUN_ID: '1658821493',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'gate',
};

describe('runContext', () => {
  it.each(['pull_request', 'pull_request_target'])('on %s, points at the pull request head', (eventName) => {
    const context = runContext(
      { ...env, GITHUB_EVENT_NAME: eventName },
      payload('pull_request.opened'),
      '/tmp',
    );
    expect(context).toEqual({
      repo: { owner: 'Codertocat', repo: 'Hello-World' },
      eventName,
      pullRequest: {
        number: 2,
        baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
        headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      },
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      workspace: env.GITHUB_WORKSPACE,
      runnerTemp: env.RUNNER_TEMP,
      serverUrl: 'https://github.com',
      blobUrl: 'https://github.com/Codertocat/Hello-World/blob/ec26c3e57ca3a959ca5aad62de7213c562f8c821/',
      // Issue 14: the run linked from the comment, and the default comment key.
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/1658821493',
      workflowJob: 'CI / gate',
    });
  });

  it('on push, has no pull request and uses GITHUB_SHA and GITHUB_SERVER_URL', () => {
    const context = runContext(
      { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_SERVER_URL: 'https://ghe.example.com' },
      payload('push'),
      '/tmp',
    );
    expect(context.pullRequest).toBeUndefined();
    expect(context.headSha).toBe(env.GITHUB_SHA);
    expect(context.blobUrl).toBe(`https://ghe.example.com/Codertocat/Hello-World/blob/${env.GITHUB_SHA}/`);
  });

  it('falls back to the temp folder it is given outside a runner', () => {
    expect(runContext({}, {}, '/tmp').runnerTemp).toBe('/tmp');
  });
});
