import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { readTrustedConfig } from '../../src/github/base-config.js';
import { Refusals } from '../../src/github/refusal.js';
import { InputError } from '../../src/model/errors.js';
import { FakeGitHub, type FakeGitHubOptions } from './fake-github.js';

const baseSha = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
const configPath = '.github/veeam-iam-gate.yml';
const baseText = 'on-unknown: fail\n';
const headText = 'on-unknown: warn\nroles: []\n';

let fake: FakeGitHub;
let workspace: string;
afterEach(async () => {
  await fake.stop();
  rmSync(workspace, { recursive: true, force: true });
});

async function setup(options: FakeGitHubOptions, local?: string) {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'gate-config-'));
  if (local !== undefined) {
    mkdirSync(path.join(workspace, '.github'));
    writeFileSync(path.join(workspace, configPath), local);
  }
  fake = new FakeGitHub(options);
  return getOctokit('ghs_test', { baseUrl: await fake.start() });
}

const request = (extra: { input?: string; baseSha?: string } = {}) => ({
  owner: 'Codertocat',
  repo: 'Hello-World',
  workspace,
  input: extra.input ?? '',
  ...(extra.baseSha && { baseSha: extra.baseSha }),
});

describe('readTrustedConfig', () => {
  it.each<[string, string | undefined, string | undefined, string | undefined, boolean]>([
    ['base and head agree', baseText, baseText, baseText, false],
    ['the pull request edits the config', baseText, headText, baseText, true],
    ['the pull request adds a config', undefined, headText, undefined, true],
    ['the pull request deletes the config', baseText, undefined, baseText, true],
    ['no config anywhere', undefined, undefined, undefined, false],
  ])('on a pull request where %s, uses the base version', async (_name, atBase, local, text, changed) => {
    const octokit = await setup(
      { contents: atBase === undefined ? {} : { [baseSha]: { [configPath]: atBase } } },
      local,
    );
    const refusals = new Refusals();
    const config = await readTrustedConfig(octokit, request({ baseSha }), refusals);
    expect(config).toEqual({ path: configPath, text, changedByPullRequest: changed });
    expect(refusals.refused).toEqual([]);
    const [read] = fake.requests;
    expect(decodeURIComponent(read!.path)).toBe(`/repos/Codertocat/Hello-World/contents/${configPath}`);
    expect(read!.query).toEqual({ ref: baseSha });
  });

  it('reads the checked-out file outside pull requests', async () => {
    const octokit = await setup({}, headText);
    expect(await readTrustedConfig(octokit, request(), new Refusals())).toEqual({
      path: configPath,
      text: headText,
      changedByPullRequest: false,
    });
    expect(fake.requests).toEqual([]);
  });

  it.each<[string, { baseSha?: string }]>([
    ['outside pull requests', {}],
    ['on a pull request', { baseSha }],
  ])('names a config input that is not found (%s)', async (_name, extra) => {
    const octokit = await setup({});
    await expect(
      readTrustedConfig(octokit, request({ input: 'ci/gate.yml', ...extra }), new Refusals()),
    ).rejects.toThrow(
      new InputError(
        "config: file 'ci/gate.yml' not found" + ('baseSha' in extra ? ' in the base branch' : ''),
      ),
    );
  });

  it('falls back to git show BASE:path when the API refuses', async () => {
    const octokit = await setup({ refuseContents: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8' }).trim();
    git('init', '-q');
    mkdirSync(path.join(workspace, '.github'));
    writeFileSync(path.join(workspace, configPath), baseText);
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base');
    const sha = git('rev-parse', 'HEAD');
    writeFileSync(path.join(workspace, configPath), headText);
    const refusals = new Refusals();
    expect(await readTrustedConfig(octokit, request({ baseSha: sha }), refusals)).toEqual({
      path: configPath,
      text: baseText,
      changedByPullRequest: true,
    });
    expect(refusals.refused).toEqual([]);
  });

  it('uses no config and records a refusal when neither the API nor git can read the base', async () => {
    const octokit = await setup({ refuseContents: true }, headText);
    const refusals = new Refusals();
    expect(await readTrustedConfig(octokit, request({ baseSha }), refusals)).toEqual({
      path: configPath,
      text: undefined,
      changedByPullRequest: false,
    });
    expect(refusals.refused).toEqual([
      `reading ${configPath} at the base commit (HTTP 403: Resource not accessible by integration)`,
    ]);
  });
});
