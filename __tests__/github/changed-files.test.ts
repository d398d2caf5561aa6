import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { listChangedFiles } from '../../src/github/changed-files.js';
import { FakeGitHub } from './fake-github.js';

let fake: FakeGitHub;
afterEach(() => fake.stop());

describe('listChangedFiles', () => {
  it('reads every page and leaves out removed files', async () => {
    const pullFiles = Array.from({ length: 250 }, (_, i) => ({
      filename: `infra/stack-${String(i).padStart(3, '0')}.yaml`,
      status: i % 50 === 7 ? 'removed' : i % 3 ? 'modified' : 'added',
    }));
    pullFiles.push({ filename: 'infra/moved.yaml', status: 'renamed' });
    fake = new FakeGitHub({ pullFiles, maxPerPage: 100 });
    const octokit = getOctokit('ghs_test', { baseUrl: await fake.start() });
    const files = await listChangedFiles(octokit, {
      owner: 'Codertocat',
      repo: 'Hello-World',
      pullNumber: 2,
    });
    expect(files).toHaveLength(251 - 5);
    expect(files).not.toContain('infra/stack-007.yaml');
    expect(files).toContain('infra/moved.yaml');
    expect(fake.requests.map((r) => [r.path, r.query.page ?? '1'])).toEqual([
      ['/repos/Codertocat/Hello-World/pulls/2/files', '1'],
      ['/repos/Codertocat/Hello-World/pulls/2/files', '2'],
      ['/repos/Codertocat/Hello-World/pulls/2/files', '3'],
    ]);
  });
});
