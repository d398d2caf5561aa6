// Review suggestions against the loopback GitHub API: the payload GitHub receives for each input
// format, the second run that edits instead of piling up, a finding outside the diff, a fork.
import { getOctokit } from '@actions/github';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/config.js';
import { evaluateRole } from '../../src/evaluate.js';
import { Refusals } from '../../src/github/refusal.js';
import {
  publishSuggestions,
  pullRequestDiff,
  suggestionMarker,
  suggestionsFor,
} from '../../src/github/suggestions.js';
import type { Report } from '../../src/model/report.js';
import { parseFile } from '../../src/parsers/index.js';
import { scan } from '../../src/scan.js';
import { APPLIANCE } from '../helpers/roles.js';
import { FakeGitHub } from './fake-github.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World', pullNumber: 7, headSha: 'f'.repeat(40) };
const options = resolveOptions({ appliancePrincipals: [APPLIANCE] }, {});
let work: string;
let report: Report;
let fake: FakeGitHub;
afterEach(() => fake?.stop());
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'suggest-'));
  for (const f of ['broken-worker.yaml', 'broken-worker.json'])
    cpSync(path.join('examples', f), path.join(work, f));
  report = await scan({ root: work, paths: [], options });
});

const read = (file: string) => readFileSync(path.join(work, file), 'utf8');
/** The patch GitHub gives for a file the pull request adds. */
const added = (file: string) => {
  const lines = read(file).replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
};
/** A patch showing only lines `from..to` of the new file (a change there, context around it). */
const around = (file: string, from: number, to: number) => {
  const lines = read(file)
    .split('\n')
    .slice(from - 1, to);
  return `@@ -${from},${lines.length - 1} +${from},${lines.length} @@\n${lines.map((l, i) => (i === 0 ? `+${l}` : ` ${l}`)).join('\n')}`;
};

async function start(pullFiles: { filename: string; status: string; patch?: string }[], more = {}) {
  fake = new FakeGitHub({ pullFiles, ...more });
  return getOctokit('ghs_test', { baseUrl: await fake.start() });
}

/** Applies the suggestions to the file as "Commit suggestion" would, and checks the role again. */
function accepted(
  file: string,
  comments: { path: string; line: number; start_line?: number; body: string }[],
): string {
  const lines = read(file).split('\n');
  for (const c of [...comments].filter((c) => c.path === file).sort((a, b) => b.line - a.line)) {
    const suggested = /```suggestion\n([\s\S]*)\n```$/.exec(c.body)![1]!.split('\n');
    const first = c.start_line ?? c.line;
    lines.splice(first - 1, c.line - first + 1, ...suggested);
  }
  return lines.join('\n');
}

describe.each([
  ['CloudFormation YAML', 'broken-worker.yaml', ['trust-appliance', 'instance-profile', 'permissions']],
  ['CloudFormation JSON', 'broken-worker.json', ['permissions']],
])('suggestions for %s', (_name, file, checks) => {
  it('posts one review whose comments replace exactly the lines to change, and they fix the role', async () => {
    const octokit = await start([{ filename: file, status: 'added', patch: added(file) }]);
    const diff = await pullRequestDiff(octokit, repo);
    const { comments } = suggestionsFor({ report, options, readFile: read, diff });
    const posted = await publishSuggestions(octokit, { ...repo, comments, max: 20 });
    expect(posted).toMatchObject({ created: comments.length, updated: 0, deleted: 0 });
    expect(fake.reviews).toHaveLength(1);
    const review = fake.writes().find((w) => w.method === 'POST')!.body as {
      event: string;
      commit_id: string;
      comments: {
        path: string;
        line: number;
        start_line?: number;
        side: string;
        start_side?: string;
        body: string;
      }[];
    };
    expect(review.event).toBe('COMMENT');
    expect(review.commit_id).toBe(repo.headSha);
    const named = new Set<string>();
    for (const c of review.comments) {
      expect(c).toMatchObject({ path: file, side: 'RIGHT' });
      if (c.start_line !== undefined) expect(c.start_side).toBe('RIGHT');
      const head = `${suggestionMarker}\n**veeam-iam-gate** fixes \`${file}#VeeamWorkerRole\`: `;
      expect(c.body.startsWith(head)).toBe(true);
      for (const id of c.body.slice(head.length).split(' (')[0]!.split(', ')) named.add(id);
    }
    // Each place names the checks it fixes; together they are every failing check.
    expect([...named].sort()).toEqual([...checks].sort());
    const fixed = accepted(file, review.comments);
    const parsed = parseFile(fixed, { file, parameters: {} })!;
    expect(parsed.errors).toEqual([]);
    const role = evaluateRole(parsed.roles[0]!, { kinds: ['production-worker'], selectedBy: 't' }, options);
    expect(role.verdict).toBe('pass');
  });
});

describe('the exact payload', () => {
  it('YAML: the trust statement, anchored on the last line of the statement before it', async () => {
    const file = 'broken-worker.yaml';
    const octokit = await start([{ filename: file, status: 'added', patch: added(file) }]);
    const { comments } = suggestionsFor({
      report,
      options,
      readFile: read,
      diff: await pullRequestDiff(octokit, repo),
    });
    await publishSuggestions(octokit, { ...repo, comments, max: 20 });
    const sent = (fake.writes()[0]!.body as { comments: unknown[] }).comments[0];
    expect(sent).toEqual({
      path: file,
      line: 17,
      side: 'RIGHT',
      body: [
        suggestionMarker,
        '**veeam-iam-gate** fixes `broken-worker.yaml#VeeamWorkerRole`: trust-appliance (checked again with all its suggestions applied).',
        '```suggestion',
        '            Action: sts:AssumeRole',
        '          - Effect: Allow',
        '            Principal:',
        `              AWS: ${APPLIANCE}`,
        '            Action: sts:AssumeRole',
        '```',
      ].join('\n'),
    });
  });

  it('JSON: the missing actions after the last one, a multi-line replacement when a comma joins it', async () => {
    const file = 'broken-worker.json';
    const octokit = await start([{ filename: file, status: 'added', patch: added(file) }]);
    const { comments } = suggestionsFor({
      report,
      options,
      readFile: read,
      diff: await pullRequestDiff(octokit, repo),
    });
    expect(comments).toHaveLength(1);
    const [c] = comments;
    const lines = read(file).split('\n');
    expect(lines[c!.line - 1]).toBe('                    "ssmmessages:OpenDataChannel"');
    expect(c).toMatchObject({ path: file, side: 'RIGHT', line: c!.line });
    expect(c!.start_line).toBeUndefined();
    expect(c!.body).toContain(
      '```suggestion\n                    "ssmmessages:OpenDataChannel",\n                    "iam:GetContextKeysForPrincipalPolicy",',
    );
  });
});

describe('publishSuggestions', () => {
  it('a second run edits its comments in place, deletes the ones no longer wanted and posts no new review', async () => {
    const file = 'broken-worker.yaml';
    const octokit = await start([{ filename: file, status: 'added', patch: added(file) }]);
    const diff = await pullRequestDiff(octokit, repo);
    const { comments } = suggestionsFor({ report, options, readFile: read, diff });
    expect(comments.length).toBeGreaterThan(1);
    await publishSuggestions(octokit, { ...repo, comments, max: 20 });
    const same = await publishSuggestions(octokit, { ...repo, comments, max: 20 });
    expect(same).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: comments.length, overLimit: 0 });
    const changed = [{ ...comments[0]!, body: `${comments[0]!.body}\n` }];
    const second = await publishSuggestions(octokit, { ...repo, comments: changed, max: 20 });
    expect(second).toEqual({
      created: 0,
      updated: 1,
      deleted: comments.length - 1,
      unchanged: 0,
      overLimit: 0,
    });
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviewComments.map((c) => c.body)).toEqual([changed[0]!.body]);
  });

  it('keeps at most `max` and says how many were left to the comment', async () => {
    const file = 'broken-worker.yaml';
    const octokit = await start([{ filename: file, status: 'added', patch: added(file) }]);
    const { comments } = suggestionsFor({
      report,
      options,
      readFile: read,
      diff: await pullRequestDiff(octokit, repo),
    });
    const posted = await publishSuggestions(octokit, { ...repo, comments, max: 1 });
    expect(posted).toMatchObject({ created: 1, overLimit: comments.length - 1 });
  });

  it('leaves someone else’s review comments alone', async () => {
    const file = 'broken-worker.yaml';
    const foreign = {
      id: 5,
      pull_request_review_id: 4,
      path: file,
      line: 3,
      start_line: null,
      side: 'RIGHT' as const,
      start_side: null,
      commit_id: repo.headSha,
      body: `${suggestionMarker}\nquoted by a person`,
      user: { login: 'octocat', type: 'User' as const },
    };
    const octokit = await start([{ filename: file, status: 'added', patch: added(file) }], {
      reviewComments: [foreign],
    });
    await publishSuggestions(octokit, { ...repo, comments: [], max: 20 });
    expect(fake.reviewComments).toEqual([foreign]);
  });
});

describe('suggestionsFor', () => {
  it('a fix whose lines are outside the diff gets no comment (the annotation and sticky comment keep it)', async () => {
    const file = 'broken-worker.yaml';
    const octokit = await start([{ filename: file, status: 'modified', patch: around(file, 1, 4) }]);
    const { comments, outside } = suggestionsFor({
      report,
      options,
      readFile: read,
      diff: await pullRequestDiff(octokit, repo),
    });
    expect(comments.filter((c) => c.path === file)).toEqual([]);
    expect(outside).toBeGreaterThan(0);
  });

  it.each([
    ['a Terraform plan', 'terraform-plan'],
    ['IAM JSON', 'iam-json'],
  ] as const)('%s (generated input) gets no suggestion', (_name, source) => {
    const file = 'broken-worker.yaml';
    const generated = { ...report, roles: report.roles.map((r) => ({ ...r, source })) };
    const diff = new Map([[file, [{ start: 1, end: 1000 }]]]);
    expect(suggestionsFor({ report: generated, options, readFile: read, diff }).comments).toEqual([]);
  });
});

describe('a fork', () => {
  it('the refused review becomes part of the one warning, and nothing is written', async () => {
    const file = 'broken-worker.yaml';
    const octokit = await start([{ filename: file, status: 'added', patch: added(file) }], {
      refuseWrites: true,
    });
    const { comments } = suggestionsFor({
      report,
      options,
      readFile: read,
      diff: await pullRequestDiff(octokit, repo),
    });
    const refusals = new Refusals();
    const posted = await refusals.attempt('the review suggestions', () =>
      publishSuggestions(octokit, { ...repo, comments, max: 20 }),
    );
    expect(posted).toBeUndefined();
    expect(refusals.warning()).toContain('GitHub refused the review suggestions (HTTP 403)');
    expect(fake.reviews).toEqual([]);
  });
});
