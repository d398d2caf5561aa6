// Review suggestions for Terraform source (`.tf`) against the loopback GitHub API, through the
// action's step `suggestFixes` with the scan's re-reader, as run() calls it: the exact payload, a
// finding outside the diff, a second run, a role declared in a local module, and an edit that
// parses but does not fix the role once its root is read again (no suggestion).
// Fixtures: __tests__/fixtures/terraform-source/fix/ssm-only and suggest/ (written for these tests).
import { getOctokit } from '@actions/github';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/config.js';
import { fixFile } from '../../src/fixes/apply/plan.js';
import { Refusals } from '../../src/github/refusal.js';
import { suggestFixes, suggestionMarker, suggestionsFor } from '../../src/github/suggestions.js';
import { loadHcl } from '../../src/parsers/terraform-source/hcl/index.js';
import { scan, type TerraformReread } from '../../src/scan.js';
import { APPLIANCE } from '../helpers/roles.js';
import { FakeGitHub } from './fake-github.js';

const fixtures = '__tests__/fixtures/terraform-source';
const repo = { owner: 'Codertocat', repo: 'Hello-World', pullNumber: 7, headSha: 'f'.repeat(40) };
const options = resolveOptions({ appliancePrincipals: [APPLIANCE] }, {});
const dirs: string[] = [];
let fake: FakeGitHub | undefined;
afterEach(() => fake?.stop());
afterAll(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A checkout whose folder `infra/` holds the fixture root. */
function checkout(fixture: string): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'suggest-tf-'));
  dirs.push(workspace);
  cpSync(path.join(fixtures, fixture), path.join(workspace, 'infra'), { recursive: true });
  return workspace;
}

async function scanned(workspace: string) {
  let reread: TerraformReread | undefined;
  const report = await scan({
    root: workspace,
    paths: ['infra'],
    options,
    terraformReread: (r) => (reread = r),
  });
  return { report, reread };
}

const read = (workspace: string, file: string) => readFileSync(path.join(workspace, file), 'utf8');
/** The patch GitHub gives for a file the pull request adds. */
function added(workspace: string, file: string) {
  const lines = read(workspace, file).replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}

/** The action's step on a checkout: scan with the re-reader, then suggestFixes against the fake. */
async function suggestOn(
  workspace: string,
  pullFiles: { filename: string; status: string; patch?: string }[],
  existing?: FakeGitHub,
) {
  const { report, reread } = await scanned(workspace);
  fake = existing ?? new FakeGitHub({ pullFiles });
  const octokit = getOctokit('ghs_test', { baseUrl: existing ? fake.url : await fake.start() });
  const refusals = new Refusals();
  const note = await suggestFixes(
    octokit,
    { ...repo, report, options, workspace, max: 20, token: 'ghs_test', terraformReread: reread },
    refusals,
  );
  return { report, note, refusals, fake };
}

interface SentReview {
  comments: { path: string; line: number; start_line?: number; side: string; body: string }[];
}

/** Commits the suggestions into the checkout, as "Commit suggestion" does. */
function accept(workspace: string, comments: SentReview['comments']): void {
  for (const file of new Set(comments.map((c) => c.path))) {
    const lines = read(workspace, file).split('\n');
    for (const c of comments.filter((c) => c.path === file).sort((a, b) => b.line - a.line)) {
      const suggested = /```suggestion\n([\s\S]*)\n```$/.exec(c.body)![1]!.split('\n');
      const first = c.start_line ?? c.line;
      lines.splice(first - 1, c.line - first + 1, ...suggested);
    }
    writeFileSync(path.join(workspace, file), lines.join('\n'));
  }
}

const policyBlock = (role: string) => [
  '',
  `resource "aws_iam_role_policy" "${role}_veeam" {`,
  '  name = "veeam-production-worker-v10"',
  `  role = aws_iam_role.${role}.id`,
  '  policy = jsonencode({',
  '    Version = "2012-10-17"',
  '    Statement = [{',
  '      Effect = "Allow"',
  '      Action = [',
  '        "iam:GetContextKeysForPrincipalPolicy",',
  '        "iam:GetRole",',
  '        "iam:ListInstanceProfilesForRole",',
  '        "iam:SimulatePrincipalPolicy",',
  '        "sqs:DeleteMessage",',
  '        "sqs:ListQueues",',
  '        "sqs:ReceiveMessage",',
  '        "sqs:SendMessage",',
  '      ]',
  '      Resource = "*"',
  '    }]',
  '  })',
  '}',
];

describe('a .tf root whose worker role misses the sqs: and iam: actions', () => {
  it('one review: the role’s closing line replaced by itself and a new aws_iam_role_policy, which fixes the role', async () => {
    const workspace = checkout('fix/ssm-only');
    const file = 'infra/main.tf';
    const before = read(workspace, file);
    const { note } = await suggestOn(workspace, [
      { filename: file, status: 'added', patch: added(workspace, file) },
    ]);
    expect(fake!.reviews).toHaveLength(1);
    const review = fake!.writes().find((w) => w.method === 'POST')!.body as SentReview;
    expect(review.comments).toEqual([
      {
        path: file,
        line: 21,
        side: 'RIGHT',
        body: [
          suggestionMarker,
          '**veeam-iam-gate** fixes `infra/main.tf#aws_iam_role.veeam_worker`: permissions (checked again with the change applied).',
          '```suggestion',
          '}',
          ...policyBlock('veeam_worker'),
          '```',
        ].join('\n'),
      },
    ]);
    expect(before.split('\n')[20]).toBe('}');
    // The README's rendering (docs/suggestion-terraform.png) is made from this payload.
    expect(review.comments[0]).toEqual(JSON.parse(readFileSync('docs/suggestion-terraform.json', 'utf8')));
    expect(note).toBe('1 fix is suggested as review comments on the pull request.');
    // The re-check read the edit from memory: the checkout is as it was.
    expect(read(workspace, file)).toBe(before);
    // Committed, the suggestion makes the role pass the gate.
    accept(workspace, review.comments);
    const after = await scanned(workspace);
    expect(after.report.roles.map((r) => [r.id, r.verdict])).toEqual([
      ['infra/main.tf#aws_iam_role.veeam_worker', 'pass'],
    ]);
  });

  it('outside the diff: no review comment, and the finding keeps its snippet in the report', async () => {
    const workspace = checkout('fix/ssm-only');
    const file = 'infra/main.tf';
    // The pull request changes only the first lines of the file: the role's end is not in its diff.
    const { report, note } = await suggestOn(workspace, [
      {
        filename: file,
        status: 'modified',
        patch: '@@ -1,2 +1,2 @@\n-# old\n+# Written for the --fix tests',
      },
    ]);
    expect(fake!.reviews).toEqual([]);
    expect(fake!.writes()).toEqual([]);
    expect(note).toBeUndefined();
    const permissions = report.roles[0]!.checks.find((c) => c.check === 'permissions')!;
    expect(permissions.fix?.text).toContain('resource "aws_iam_role_policy"');
  });

  it('the file not in the pull request at all: no comment', async () => {
    const workspace = checkout('fix/ssm-only');
    await suggestOn(workspace, [{ filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }]);
    expect(fake!.reviews).toEqual([]);
  });

  it('a second run edits nothing and posts no second review; a moved role moves its comment', async () => {
    const workspace = checkout('fix/ssm-only');
    const file = 'infra/main.tf';
    const pullFiles = [{ filename: file, status: 'added', patch: added(workspace, file) }];
    const first = await suggestOn(workspace, pullFiles);
    const ids = first.fake.reviewComments.map((c) => c.id);
    expect(ids).toHaveLength(1);
    await suggestOn(workspace, pullFiles, first.fake);
    expect(first.fake.reviews).toHaveLength(1);
    expect(first.fake.reviewComments.map((c) => c.id)).toEqual(ids);
    expect(first.fake.writes().filter((w) => w.method !== 'POST')).toEqual([]);

    // The next push adds a line above the role: the old comment goes, one new one at the new place.
    writeFileSync(path.join(workspace, file), `# pushed\n${read(workspace, file)}`);
    const pushed = [{ filename: file, status: 'added', patch: added(workspace, file) }];
    first.fake.options.pullFiles = pushed;
    await suggestOn(workspace, pushed, first.fake);
    expect(first.fake.reviewComments.map((c) => [c.path, c.line])).toEqual([[file, 22]]);
    expect(first.fake.reviews).toHaveLength(2);
    expect(first.fake.reviews[0]!.body).toContain('(superseded by a later run');
  });
});

describe('a role declared in a local module called once', () => {
  const root = 'infra/main.tf';
  const module = 'infra/modules/worker/main.tf';

  it('the suggestion goes to the module’s file when the pull request changes it', async () => {
    const workspace = checkout('suggest/module-once');
    await suggestOn(workspace, [{ filename: module, status: 'added', patch: added(workspace, module) }]);
    const review = fake!.writes().find((w) => w.method === 'POST')!.body as SentReview;
    expect(review.comments).toHaveLength(1);
    expect(review.comments[0]).toMatchObject({ path: module, line: 24, side: 'RIGHT' });
    expect(review.comments[0]!.start_line).toBeUndefined();
    expect(read(workspace, module).split('\n')[23]).toBe('}');
    expect(review.comments[0]!.body).toContain(
      `fixes \`${module}#module.worker.aws_iam_role.this\`: permissions (checked again with the change applied).\n\`\`\`suggestion\n}\n${policyBlock('this').join('\n')}\n\`\`\``,
    );
    accept(workspace, review.comments);
    const after = await scanned(workspace);
    expect(after.report.roles.map((r) => r.verdict)).toEqual(['pass']);
  });

  it('a module called twice: no suggestion (a block added to its file would change both calls)', async () => {
    const workspace = checkout('fix/module-twice');
    const { report } = await suggestOn(workspace, [
      { filename: module, status: 'added', patch: added(workspace, module) },
    ]);
    expect(report.roles.map((r) => [r.id, r.verdict])).toEqual([
      [`${module}#module.east.aws_iam_role.this`, 'fail'],
      [`${module}#module.west.aws_iam_role.this`, 'fail'],
    ]);
    expect(fake!.reviews).toEqual([]);
  });

  it('only the calling root in the diff: no comment (the fix belongs in the module’s file)', async () => {
    const workspace = checkout('suggest/module-once');
    await suggestOn(workspace, [{ filename: root, status: 'added', patch: added(workspace, root) }]);
    expect(fake!.reviews).toEqual([]);
  });
});

describe('the re-check in the Terraform root', () => {
  it('an edit that parses but leaves the role failing (a permissions boundary) is not suggested', async () => {
    const workspace = checkout('suggest/boundary');
    const file = 'infra/main.tf';
    const { report } = await suggestOn(workspace, [
      { filename: file, status: 'added', patch: added(workspace, file) },
    ]);
    const role = report.roles[0]!;
    expect(role.checks.find((c) => c.check === 'permissions')?.verdict).toBe('fail');
    // The .tf editor alone writes the policy (it checks only that the edit parses) ...
    const edited = fixFile(file, read(workspace, file), [role], { ...options, hcl: await loadHcl() });
    expect(edited.roles[0]!.fixed).toEqual(['permissions']);
    // ... but read again with its root the role still fails: the snippet stays in the report only.
    expect(fake!.reviews).toEqual([]);
    expect(fake!.writes()).toEqual([]);
  });

  it('without the root re-reader a .tf role gets no suggestion (never an unchecked one)', async () => {
    const workspace = checkout('fix/ssm-only');
    const { report } = await scanned(workspace);
    const diff = new Map([['infra/main.tf', [{ start: 1, end: 1000 }]]]);
    const request = {
      report,
      options: { ...options, hcl: await loadHcl() },
      readFile: (f: string) => read(workspace, f),
      diff,
    };
    expect(suggestionsFor(request).comments).toEqual([]);
  });

  it('the re-reader without an overlay reads the same roles as the scan', async () => {
    const workspace = checkout('suggest/module-once');
    const { report, reread } = await scanned(workspace);
    const roles = reread!(new Map()).roles;
    expect(roles.map((r) => r.id)).toEqual(report.roles.map((r) => r.id));
    expect(reread!(new Map()).roles).toEqual(roles);
  });
});
