import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { commentLimit, commentMarker, renderMarkdown, summaryLimit } from '../../src/report/markdown.js';
import { failing, failingRole, manyFailing, noWorkers, passing, reportOf } from './sample-reports.js';

/** Each role's fix made its own, as when roles lack different actions. */
function distinctFixes(report: Report): Report {
  return {
    ...report,
    roles: report.roles.map((role, i) => ({
      ...role,
      checks: role.checks.map((c) =>
        c.fix ? { ...c, fix: { ...c.fix, text: `${c.fix.text}# role ${i}\n` } } : c,
      ),
    })),
  };
}

const blobUrl = 'https://github.com/acme/infra/blob/ec26c3e57ca3a959ca5aad62de7213c562f8c821/';
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('renderMarkdown', () => {
  it.each<[string, Report, string]>([
    ['fail', failing, 'fail.comment.md'],
    ['pass', passing, 'pass.comment.md'],
    ['no worker role', noWorkers, 'no-workers.comment.md'],
  ])('renders the %s comment', async (_name, report, file) => {
    const text = renderMarkdown(report, {
      target: 'comment',
      blobUrl,
      notes: ['This pull request changes .github/veeam-iam-gate.yml: the base branch version was used.'],
    });
    expect(text.startsWith(commentMarker + '\n')).toBe(true);
    await expect(text).toMatchFileSnapshot(`__snapshots__/${file}`);
  });

  it('says how many IAM roles were seen when none is a worker role', () => {
    expect(renderMarkdown(noWorkers, { target: 'summary' })).toContain(
      'Saw 4 IAM roles in 3 files; none is a Veeam worker role',
    );
  });

  it('says clearly that every role passes', () => {
    expect(renderMarkdown(passing, { target: 'summary' })).toContain(
      '✅ Veeam IAM gate: the worker role passes',
    );
  });

  it('gives the table, the missing actions and the fix in a collapsible block', () => {
    const text = renderMarkdown(failing, { target: 'summary' });
    expect(text).toContain('| `VeeamWorkerRole` (`veeam-worker`) | `infra/workers.yaml:12` | ❌ fail |');
    expect(text).toContain(
      'Missing actions: `ssm:PutInventory`, `ssm:UpdateInstanceInformation`, `ssmmessages:CreateControlChannel`',
    );
    expect(text).toMatch(/<details><summary>Fix: [^\n]+<\/summary>\n\n {2}```yaml\n {2}- Effect: Allow\n/);
    expect(text).not.toContain(commentMarker);
  });

  it('escapes what scanned files control', () => {
    const evil = {
      ...failingRole,
      id: 'x.yaml#Role|</details><img src=x>',
      name: 'a`b',
      selectedBy: '<script>alert(1)</script>',
    };
    const text = renderMarkdown(reportOf([evil]), { target: 'comment' });
    const outsideCodeSpans = text.replace(/`[^`\n]*`/g, '');
    expect(outsideCodeSpans).not.toContain('<img');
    expect(outsideCodeSpans).not.toContain('<script>');
    expect(text).toContain('`Role\\|</details><img src=x>`'); // inside a code span: shown literally
    expect(text).toContain('&lt;script&gt;');
  });

  it.each([
    ['cloudformation-yaml', 'yaml'],
    ['cloudformation-json', 'json'],
    ['terraform-hcl', 'hcl'],
    ['iam-json', 'json'],
  ])('fences a %s fix as %s', (format, language) => {
    const role = structuredClone(failingRole);
    role.checks[0]!.fix!.format = format;
    expect(renderMarkdown(reportOf([role]), { target: 'summary' })).toContain(`  \`\`\`${language}\n`);
  });

  it('uses a fence longer than any backtick run in the fix', () => {
    const role = structuredClone(failingRole);
    role.checks[0]!.fix!.text = 'Description: "use ```x``` here"\n';
    expect(renderMarkdown(reportOf([role]), { target: 'summary' })).toContain('  ````yaml\n');
  });

  it.each([
    ['comment', commentLimit],
    ['summary', summaryLimit],
  ] as const)('keeps the %s within %i bytes and says what it left out', (target, limit) => {
    const report = distinctFixes(manyFailing(target === 'comment' ? 200 : 3000));
    const text = renderMarkdown(report, { target });
    expect(bytes(text)).toBeLessThanOrEqual(limit);
    expect(text).toMatch(/\*\*Truncated\*\* to GitHub's size limit: \d+ role details/);
    expect(text).toContain('❌ Veeam IAM gate:');
  });

  it('leaves out nothing when it fits', () => {
    const text = renderMarkdown(distinctFixes(manyFailing(20)), { target: 'comment' });
    expect(text).not.toContain('Truncated');
    // 20 role sections, and the unknown trust-appliance they share, said once.
    expect(text.match(/^#### /gm)).toHaveLength(21);
  });

  it('gives roles that fail the same way one section and one fix', () => {
    const text = renderMarkdown(manyFailing(20), { target: 'comment' });
    expect(text).toContain('#### ❌ permissions: the same 3 actions are missing in 20 roles');
    expect(text).toContain('#### ⚠️ trust-appliance: cannot be proven the same way in 20 roles');
    expect(text.match(/<details><summary>Fix/g)).toHaveLength(1);
  });

  it('groups warnings by code in a collapsed block', () => {
    const warnings = manyFailing(3).roles.map((r, i) => ({
      code: 'version-drift',
      message: `${r.id}: Veeam Backup for AWS 11 adds pricing:GetProducts to production-worker`,
      location: { file: 'infra/many.yaml', line: i + 1, column: 1 },
    }));
    const text = renderMarkdown({ ...manyFailing(3), warnings }, { target: 'comment' });
    expect(text).toContain('<details><summary>Warnings (3)</summary>');
    expect(text).toContain(
      '- **version-drift** (3×: `infra/many.yaml:1`, `infra/many.yaml:2`, `infra/many.yaml:3`): Veeam Backup for AWS 11 adds pricing:GetProducts to production-worker',
    );
  });

  it('links the workflow run', () => {
    const text = renderMarkdown(failing, {
      target: 'comment',
      runUrl: 'https://github.com/acme/infra/actions/runs/42',
    });
    expect(text).toContain('[The workflow run](https://github.com/acme/infra/actions/runs/42)');
  });

  it.each([
    [undefined, commentMarker],
    ['CI / gate (infra/a)', '<!-- veeam-iam-gate:sticky-comment key=CI / gate (infra/a) -->'],
    ['x --> <b>', '<!-- veeam-iam-gate:sticky-comment key=x -_ _b_ -->'],
  ])('keys the hidden marker by comment-key %s', (key, marker) => {
    expect(renderMarkdown(failing, { target: 'comment', commentKey: key }).split('\n')[0]).toBe(marker);
  });
});
