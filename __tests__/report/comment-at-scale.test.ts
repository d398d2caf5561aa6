// Issue 14 §2: a 30-role failing repository, scanned for real, keeps every failing role's fix in the
// PR comment within GitHub's 65,536-character limit, in the order a reviewer needs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/config.js';
import type { Report } from '../../src/model/report.js';
import { commentLimit, renderMarkdown } from '../../src/report/markdown.js';
import { requirementSet } from '../../src/requirements/index.js';
import { scan } from '../../src/scan.js';

const blobUrl =
  'https://github.com/acme/platform-infrastructure/blob/ec26c3e57ca3a959ca5aad62de7213c562f8c821/';
const runUrl = 'https://github.com/acme/platform-infrastructure/actions/runs/1234567890';
const required = requirementSet('production-worker', '10').actions;

/**
 * A worker role of its own file: the roles lack one of four sets of actions (four permission fixes,
 * each shared by 7 or 8 roles), half lack the appliance trust, a third the instance profile.
 */
function template(i: number, shared: boolean): string {
  const name = `VeeamProductionWorkerRoleForBusinessUnit${String(i).padStart(2, '0')}`;
  const lacking = shared ? required.slice(0, 8) : required.filter((_, j) => (j + i) % 4 === 0);
  const granted = required.filter((a) => !lacking.includes(a));
  const appliance = shared || i % 2 === 0;
  const profile = shared || i % 3 !== 0;
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    `  ${name}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    `      RoleName: veeam-worker-business-unit-${i}`,
    '      AssumeRolePolicyDocument:',
    '        Version: "2012-10-17"',
    '        Statement:',
    '          - Effect: Allow',
    '            Principal: { Service: ec2.amazonaws.com }',
    '            Action: sts:AssumeRole',
    ...(appliance
      ? [
          '          - Effect: Allow',
          '            Principal: { AWS: arn:aws:iam::111122223333:role/VeeamImpersonation }',
          '            Action: sts:AssumeRole',
        ]
      : []),
    '      Policies:',
    '        - PolicyName: veeam-worker',
    '          PolicyDocument:',
    '            Version: "2012-10-17"',
    '            Statement:',
    '              - Effect: Allow',
    '                Action:',
    ...granted.map((a) => `                  - ${a}`),
    '                Resource: "*"',
    ...(profile
      ? [
          `  ${name}Profile:`,
          '    Type: AWS::IAM::InstanceProfile',
          '    Properties:',
          `      Roles: [!Ref ${name}]`,
        ]
      : []),
    '',
  ].join('\n');
}

const temps: string[] = [];
async function scanRepository(shared: boolean): Promise<Report> {
  const root = mkdtempSync(path.join(tmpdir(), 'gate-30-roles-'));
  temps.push(root);
  for (let i = 1; i <= 30; i++) {
    const dir = path.join(root, 'accounts', `business-unit-${String(i).padStart(2, '0')}`, 'veeam');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'worker-role.yaml'), template(i, shared));
  }
  return scan({
    root,
    paths: [],
    options: resolveOptions(
      { appliancePrincipals: ['arn:aws:iam::111122223333:role/VeeamImpersonation'] },
      {},
    ),
  });
}
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Whether the comment carries this role's fix for this check: its own block, or a shared one naming it. */
function carriesFix(comment: string, roleKey: string, fixText: string): boolean {
  const own = fixText
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  if (comment.includes(own)) return true;
  return comment
    .split(/^#### /m)
    .some(
      (section) => section.includes('put its own name in place of') && section.includes(`\`${roleKey}\``),
    );
}

describe.each([
  ['four different sets of missing actions, some trust and profile gaps', false],
  ['roles share fixes', true],
])('a 30-role failing repository (%s)', (_name, shared) => {
  let report: Report;
  let comment: string;
  beforeAll(async () => {
    report = await scanRepository(shared);
    comment = renderMarkdown(report, { target: 'comment', blobUrl, runUrl });
  }, 60_000);

  it('fails all 30 roles', () => {
    expect(report.summary.workerRoles).toBe(30);
    expect(report.summary.fail).toBe(30);
  });

  it('stays within the limit and leaves out no role detail', () => {
    expect(comment.length).toBeLessThanOrEqual(commentLimit);
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(commentLimit);
    expect(comment).not.toMatch(/role details not shown/);
  });

  it("keeps every failing role's fix", () => {
    let fixes = 0;
    for (const role of report.roles)
      for (const check of role.checks.filter((c) => c.verdict === 'fail' && c.fix)) {
        fixes++;
        expect(
          carriesFix(comment, role.id.split('#')[1]!, check.fix!.text),
          `${role.id} ${check.check}`,
        ).toBe(true);
      }
    expect(fixes).toBeGreaterThanOrEqual(30);
  });

  it('orders headline, findings and fixes, table, warnings; warnings collapsed and grouped', () => {
    const order = [
      comment.indexOf('### ❌ Veeam IAM gate: 30 of 30 worker roles fail'),
      comment.indexOf('<details><summary>Fix'),
      comment.indexOf('| Role | Where | Verdict | What fails |'),
      comment.indexOf('<details><summary>Warnings'),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // One version-drift line naming every role, not one per role.
    expect(comment.match(/\*\*version-drift\*\*/g)).toHaveLength(1);
    expect(comment).toContain(runUrl);
  });

  it.runIf(shared)('gives roles that need the same fix one fix block', () => {
    expect(comment).toContain('permissions: the same 8 actions are missing in 30 roles');
    expect(comment.match(/<details><summary>Fix/g)).toHaveLength(1);
  });
});

describe('a repository with passing roles', () => {
  it('collapses the passing roles into one line', async () => {
    const report = await scanRepository(true);
    const passing = report.roles.map((r) => ({ ...r, verdict: 'pass' as const, checks: [] }));
    const comment = renderMarkdown({ ...report, roles: passing }, { target: 'comment' });
    expect(comment).toMatch(
      /^✅ 30 roles pass: `accounts\/business-unit-01\/veeam\/worker-role.yaml#VeeamProductionWorkerRoleForBusinessUnit01`, /m,
    );
    expect(comment).not.toContain('| Role |');
  });
});
