import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { carriesMarker, tokenAuthor, upsertStickyComment } from '../../src/github/comment.js';
import { commentMarker, keyedMarker } from '../../src/report/markdown.js';
import { FakeGitHub, type FakeComment } from './fake-github.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World', issueNumber: 2 };
const others: FakeComment[] = Array.from({ length: 7 }, (_, i) => ({
  id: i + 1,
  body: `LGTM ${i}`,
  user: { login: 'octocat', type: 'User' },
}));

let fake: FakeGitHub;
afterEach(() => fake.stop());

async function start(comments: FakeComment[], maxPerPage = 3) {
  fake = new FakeGitHub({ comments, maxPerPage });
  return getOctokit('ghs_test', { baseUrl: await fake.start() });
}

describe('upsertStickyComment', () => {
  it('creates one comment, then edits it in place, paging through every comment', async () => {
    const octokit = await start(others);
    const first = `${commentMarker}\nfirst`;
    expect(await upsertStickyComment(octokit, { ...repo, body: first, create: true })).toBe('created');
    expect(
      await upsertStickyComment(octokit, { ...repo, body: `${commentMarker}\nsecond`, create: true }),
    ).toBe('updated');
    expect(
      await upsertStickyComment(octokit, { ...repo, body: `${commentMarker}\nsecond`, create: true }),
    ).toBe('unchanged');
    const ours = fake.comments.filter((c) => c.body.startsWith(commentMarker));
    expect(ours).toEqual([
      { id: 1000, body: `${commentMarker}\nsecond`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ]);
    // 7 then 8 comments at 3 per page: pages 1..3 were read on each of the three runs.
    const pages = fake.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3', '1', '2', '3', '1', '2', '3']);
  });

  it.each<[string, FakeComment, string | undefined, 'updated' | 'created']>([
    [
      'a bot comment with the marker (installation token)',
      { id: 5, body: `${commentMarker}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      undefined,
      'updated',
    ],
    [
      'a user comment with the marker (installation token)',
      { id: 5, body: `${commentMarker}\nfake pass`, user: { login: 'mallory', type: 'User' } },
      undefined,
      'created',
    ],
    [
      'the marker not at the start',
      { id: 5, body: `quoting: ${commentMarker}`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      undefined,
      'created',
    ],
    [
      "the token user's own comment (personal token)",
      { id: 5, body: `${commentMarker}\nold`, user: { login: 'alice', type: 'User' } },
      'alice',
      'updated',
    ],
    [
      "another user's comment (personal token)",
      { id: 5, body: `${commentMarker}\nold`, user: { login: 'mallory', type: 'User' } },
      'alice',
      'created',
    ],
  ])('with %s: %s', async (_name, existing, author, expected) => {
    const octokit = await start([existing]);
    expect(
      await upsertStickyComment(octokit, {
        ...repo,
        body: `${commentMarker}\nnew`,
        create: true,
        ...(author && { author }),
      }),
    ).toBe(expected);
  });

  it('keeps one comment per comment-key (a matrix of roots), adopting a comment from before keys', async () => {
    const bot = { login: 'github-actions[bot]', type: 'Bot' as const };
    const octokit = await start([{ id: 5, body: `${commentMarker}\nfrom before keys`, user: bot }]);
    const a = keyedMarker('infra/a');
    const b = keyedMarker('infra/b');
    const upsert = (marker: string, text: string) =>
      upsertStickyComment(octokit, { ...repo, marker, body: `${marker}\n${text}`, create: true });
    expect(await upsert(a, 'a1')).toBe('updated');
    expect(await upsert(b, 'b1')).toBe('created');
    expect(await upsert(a, 'a2')).toBe('updated');
    expect(await upsert(b, 'b2')).toBe('updated');
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([
      [5, `${a}\na2`],
      [1000, `${b}\nb2`],
    ]);
  });

  it.each([
    ['its own key', '<!-- veeam-iam-gate:sticky-comment key=k -->\nx', true],
    ['the bare marker of older versions', `${commentMarker}\nx`, true],
    ['another key', '<!-- veeam-iam-gate:sticky-comment key=other -->\nx', false],
    ['a key that starts like it', '<!-- veeam-iam-gate:sticky-comment key=k2 -->\nx', false],
    ['no body', undefined, false],
  ])('finds its comment by %s: %s', (_name, body, expected) => {
    expect(carriesMarker(body, keyedMarker('k'))).toBe(expected);
  });

  it('does not create a comment when told not to, but still updates one', async () => {
    const octokit = await start([]);
    expect(await upsertStickyComment(octokit, { ...repo, body: `${commentMarker}\nx`, create: false })).toBe(
      'skipped',
    );
    expect(fake.comments).toEqual([]);
  });
});

describe('tokenAuthor', () => {
  it.each([
    ['ghs_installation', undefined, 0],
    ['ghp_personal', 'alice', 1],
  ])('for %s is %s', async (token, login, requests) => {
    fake = new FakeGitHub({ userLogin: 'alice' });
    const octokit = getOctokit(token, { baseUrl: await fake.start() });
    expect(await tokenAuthor(octokit, token)).toBe(login);
    expect(fake.requests).toHaveLength(requests);
  });
});

describe('upsertStickyComment after two runs raced', () => {
  it('keeps the newest marked comment, edits it and deletes the older duplicates', async () => {
    const bot = { login: 'github-actions[bot]', type: 'Bot' } as const;
    const octokit = await start([
      ...others,
      { id: 20, body: `${commentMarker}\nrun 1`, user: bot },
      { id: 21, body: `${commentMarker}\nforged`, user: { login: 'mallory', type: 'User' } },
      { id: 23, body: `${commentMarker}\nrun 3`, user: bot },
      { id: 22, body: `${commentMarker}\nrun 2`, user: bot },
    ]);
    expect(
      await upsertStickyComment(octokit, { ...repo, body: `${commentMarker}\nrun 4`, create: true }),
    ).toBe('updated');
    expect(fake.comments.filter((c) => c.body.startsWith(commentMarker))).toEqual([
      { id: 21, body: `${commentMarker}\nforged`, user: { login: 'mallory', type: 'User' } },
      { id: 23, body: `${commentMarker}\nrun 4`, user: bot },
    ]);
    expect(fake.writes().map((r) => [r.method, r.path.split('/').pop()])).toEqual([
      ['DELETE', '22'],
      ['DELETE', '20'],
      ['PATCH', '23'],
    ]);
  });
});
