import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import type { Annotation } from '../../src/report/annotations.js';
import { FakeGitHub } from './fake-github.js';

let fake: FakeGitHub;
afterEach(() => fake.stop());

const annotation = (i: number): Annotation => ({
  level: i % 2 ? 'warning' : 'error',
  file: 'infra/many.yaml',
  line: i + 1,
  column: 3,
  title: `Role${i}: permissions fails`,
  message: `message ${i}`,
});

describe('publishCheckRun', () => {
  it.each([
    [0, 1],
    [10, 1],
    [50, 1],
    [51, 2],
    [120, 3],
  ])('publishes %i annotations in %i requests of at most 50', async (count, requests) => {
    fake = new FakeGitHub();
    const octokit = getOctokit('ghs_test', { baseUrl: await fake.start() });
    const annotations = Array.from({ length: count }, (_, i) => annotation(i));
    const id = await publishCheckRun(octokit, {
      owner: 'Codertocat',
      repo: 'Hello-World',
      name: 'veeam-iam-gate',
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      conclusion: 'failure',
      title: 'fail',
      summary: 'summary',
      annotations,
    });
    expect(fake.writes()).toHaveLength(requests);
    const run = fake.checkRuns[0]!;
    expect(run.id).toBe(id);
    expect(run).toMatchObject({
      head_sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run.annotations.map((a) => a.start_line)).toEqual(annotations.map((a) => a.line));
    if (count)
      expect(run.annotations[1]).toEqual({
        path: 'infra/many.yaml',
        start_line: 2,
        end_line: 2,
        start_column: 3,
        end_column: 3,
        annotation_level: 'warning',
        title: 'Role1: permissions fails',
        message: 'message 1',
      });
  });
});
