import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTrustedConfig, readTrustedFileAtBase } from '../../src/github/base-config.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { InputError, ServiceError } from '../../src/model/errors.js';
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
  return createGitHubClient('ghs_test', { baseUrl: await fake.start(), timeoutSeconds: 10, backoffMs: 5 });
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
    const config = await readTrustedConfig(octokit, request({ baseSha }));
    expect(config).toEqual({ path: configPath, text, changedByPullRequest: changed });
    const [read] = fake.requests;
    expect(decodeURIComponent(read!.path)).toBe(`/repos/Codertocat/Hello-World/contents/${configPath}`);
    expect(read!.query).toEqual({ ref: baseSha });
  });

  it('reads the checked-out file outside pull requests', async () => {
    const octokit = await setup({}, headText);
    expect(await readTrustedConfig(octokit, request())).toEqual({
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
    await expect(readTrustedConfig(octokit, request({ input: 'ci/gate.yml', ...extra }))).rejects.toThrow(
      new InputError(
        "config: file 'ci/gate.yml' not found" + ('baseSha' in extra ? ' in the base branch' : ''),
      ),
    );
  });

  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8' }).trim();
  const commit = (message: string) => {
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message, '--allow-empty');
    return git('rev-parse', 'HEAD');
  };
  /** A checkout as actions/checkout makes it on pull_request: GitHub's merge commit of base and head. */
  function checkout(atBase: string | undefined) {
    git('init', '-q', '-b', 'main');
    if (atBase !== undefined) {
      mkdirSync(path.join(workspace, '.github'), { recursive: true });
      writeFileSync(path.join(workspace, configPath), atBase);
    }
    const base = commit('base');
    git('checkout', '-q', '-b', 'feature');
    mkdirSync(path.join(workspace, '.github'), { recursive: true });
    writeFileSync(path.join(workspace, configPath), headText);
    const head = commit('head');
    git('checkout', '-q', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'merge', '-q', '--no-ff', '-m', 'merge', head);
    return { base, head };
  }

  it.each<[string, string | undefined]>([
    ['the file', baseText],
    ['no file', undefined],
  ])(
    'reads the base commit from git when the checkout has it (%s), without the API',
    async (_name, atBase) => {
      const octokit = await setup({ refuseContents: true });
      const { base } = checkout(atBase);
      expect(await readTrustedConfig(octokit, request({ baseSha: base }))).toEqual({
        path: configPath,
        text: atBase,
        changedByPullRequest: true,
      });
      expect(fake.requests).toEqual([]);
    },
  );

  it("takes the merge commit's first parent as the base when the payload's base is not fetched", async () => {
    const octokit = await setup({ refuseContents: true });
    const { head } = checkout(baseText);
    const base = { owner: 'Codertocat', repo: 'Hello-World', workspace, baseSha, headSha: head };
    expect(await readTrustedFileAtBase(octokit, base, configPath)).toBe(baseText);
    expect(fake.requests).toEqual([]);
    // Without the head (not a merge checkout of this pull request) the API decides.
    await expect(readTrustedFileAtBase(octokit, { ...base, headSha: undefined }, configPath)).rejects.toThrow(
      ServiceError,
    );
  });

  it.each<[string, FakeGitHubOptions['faults']]>([
    ['a 502', ['502']],
    ['a secondary rate limit', ['secondary-403']],
    ['a 429', ['429']],
    ['a primary rate limit', ['primary']],
    ['a dropped connection', ['reset']],
    ['502, secondary limit, 429, 500 in sequence', ['502', 'secondary-403', '429', '500']],
  ])('reads the base config through the API after %s', async (_name, faults) => {
    const octokit = await setup({ faults, contents: { [baseSha]: { [configPath]: baseText } } });
    expect((await readTrustedConfig(octokit, request({ baseSha }))).text).toBe(baseText);
    expect(fake.requests).toHaveLength(faults!.length + 1);
  });

  it.each<[string, FakeGitHubOptions, string]>([
    ['the API never recovers', { failing: { match: /contents/, fault: '502' } }, 'server error, HTTP 502'],
    [
      'the token may not read contents',
      { refuseContents: true },
      'HTTP 403: the token needs contents: read, or check out with fetch-depth: 2',
    ],
  ])('fails with one line, never the defaults, when %s', async (_name, options, why) => {
    const octokit = await setup(options, headText);
    const error = await readTrustedConfig(octokit, request({ baseSha })).catch((e: unknown) => e);
    expect(error).toEqual(
      new ServiceError(
        `could not read the trusted config ${configPath} at the base commit f95f852 (${why}): re-run the job`,
      ),
    );
  });
});
