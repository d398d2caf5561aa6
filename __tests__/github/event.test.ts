import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readEventPayload, runContext } from '../../src/github/event.js';
import { ServiceError } from '../../src/model/errors.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/github/${name}.json`, import.meta.url));
const payload = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8'));
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

describe('readEventPayload (GITHUB_EVENT_PATH, as @actions/github reads it)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'event-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const at = path.join(dir, name);
    writeFileSync(at, text);
    return at;
  };

  /** What the event file gives, and what was said on stdout meanwhile. */
  function read(env: NodeJS.ProcessEnv): { payload?: unknown; thrown?: unknown; stdout: string } {
    let stdout = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    try {
      return { payload: readEventPayload(env), stdout };
    } catch (thrown) {
      return { thrown, stdout };
    } finally {
      write.mockRestore();
    }
  }

  it.each([
    ['the pull_request payload', () => fixture('pull_request.opened')],
    ['the push payload', () => fixture('push')],
  ])('reads %s as JSON', (_, at) => {
    const expected = JSON.parse(readFileSync(at(), 'utf8'));
    expect(read({ GITHUB_EVENT_PATH: at() })).toEqual({ payload: expected, stdout: '' });
    expect(read({ GITHUB_EVENT_PATH: at() }).payload).toEqual(payload(path.basename(at(), '.json')));
  });

  it.each([
    ['no GITHUB_EVENT_PATH', {}],
    ['an empty GITHUB_EVENT_PATH', { GITHUB_EVENT_PATH: '' }],
  ])('%s: an empty payload, nothing said', (_, env) => {
    expect(read(env)).toEqual({ payload: {}, stdout: '' });
  });

  it('a path that does not exist: an empty payload and the line @actions/github writes', () => {
    const missing = path.join(dir, 'missing.json');
    expect(read({ GITHUB_EVENT_PATH: missing })).toEqual({
      payload: {},
      stdout: `GITHUB_EVENT_PATH ${missing} does not exist${os.EOL}`,
    });
  });

  it.each([
    ['malformed JSON', () => file('bad.json', '{"pull_request": nope}'), /JSON/],
    ['an empty file', () => file('empty.json', ''), /JSON/],
    ['a folder', () => dir, /EISDIR/],
  ])('%s fails the step with one line (ServiceError), not a stack trace', (_, at, reason) => {
    const { thrown, stdout } = read({ GITHUB_EVENT_PATH: at() });
    expect(thrown).toBeInstanceOf(ServiceError);
    const message = (thrown as Error).message;
    expect(message).toContain(`could not read the event payload GITHUB_EVENT_PATH ${at()} (`);
    expect(message).toMatch(reason);
    expect(message).not.toContain('\n');
    expect(stdout).toBe('');
  });
});
