// Inline `# veeam-iam-gate:waive` comments read by the Terraform *source* reader (no plan): the
// waiver is found above the role's block, in its module's file too, and judged by the same rules.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOptions, type GateOptions } from '../../src/model/options.js';
import { scan } from '../../src/scan.js';
import { APPLIANCE } from '../helpers/roles.js';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gate-tf-waiver-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** A worker role with its trust, profile and the SSM managed policy: only the iam: and sqs: actions are missing. */
const worker = (comment: string): string =>
  [
    comment,
    'resource "aws_iam_role" "worker" {',
    '  name = "veeam-worker"',
    '  assume_role_policy = jsonencode({',
    '    Statement = [',
    '      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } },',
    `      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "${APPLIANCE}" } },`,
    '    ]',
    '  })',
    '}',
    '',
    'resource "aws_iam_role_policy_attachment" "ssm" {',
    '  role       = aws_iam_role.worker.name',
    '  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"',
    '}',
    '',
    'resource "aws_iam_instance_profile" "worker" {',
    '  role = aws_iam_role.worker.name',
    '}',
    '',
  ].join('\n');

const options: GateOptions = {
  ...defaultOptions,
  appliancePrincipals: [APPLIANCE],
  roles: [{ match: 'veeam-worker', kinds: ['production-worker'] }],
};
const today = '2026-11-30';

async function check(files: Record<string, string>, more: Partial<GateOptions> = {}) {
  const report = await scan({ root: tree(files), paths: [], options: { ...options, ...more }, today });
  const role = report.roles[0]!;
  return { report, role, permissions: role.checks.find((c) => c.check === 'permissions')! };
}

const iamAndSqs =
  'actions=iam:GetContextKeysForPrincipalPolicy,iam:GetRole,iam:ListInstanceProfilesForRole,iam:SimulatePrincipalPolicy,sqs:DeleteMessage,sqs:ListQueues,sqs:ReceiveMessage,sqs:SendMessage';

describe('inline waivers in Terraform source', () => {
  it('without a waiver the role fails on its permissions (the baseline of the cases below)', async () => {
    const { role, permissions } = await check({ 'main.tf': worker('') });
    expect(role.source).toBe('terraform-source');
    expect(permissions.verdict).toBe('fail');
    expect(role.gateVerdict ?? role.verdict).toBe('fail');
  });

  it.each([
    ['# comment', `# veeam-iam-gate:waive permissions reason="SCP grants it" expires=2027-01-31`],
    ['// comment', `// veeam-iam-gate:waive permissions reason="SCP grants it" expires=2027-01-31`],
    [
      'partial waiver naming every missing action',
      `# veeam-iam-gate:waive permissions ${iamAndSqs} reason="SCP grants it" expires=2027-01-31`,
    ],
  ])('%s above the role waives the check: the verdict stays, the gate passes', async (_name, comment) => {
    const { report, role, permissions } = await check({ 'main.tf': worker(comment) });
    expect(permissions.verdict).toBe('fail');
    expect(permissions.waiver).toMatchObject({
      source: 'inline',
      reason: 'SCP grants it',
      expires: '2027-01-31',
      location: { file: 'main.tf', line: 1 },
    });
    expect(role.gateVerdict).toBe('pass');
    expect(report.errors).toEqual([]);
  });

  it("a waiver in a local module's file covers the role made by the module call", async () => {
    const { role, permissions } = await check({
      'main.tf': 'module "veeam" {\n  source = "./modules/worker"\n}\n',
      'modules/worker/main.tf': worker(
        '# veeam-iam-gate:waive permissions reason="SCP grants it" expires=2027-01-31',
      ),
    });
    expect(role.id).toBe('modules/worker/main.tf#module.veeam.aws_iam_role.worker');
    expect(permissions.waiver).toMatchObject({ location: { file: 'modules/worker/main.tf', line: 1 } });
    expect(role.gateVerdict).toBe('pass');
  });

  it.each<[string, string, Partial<GateOptions>, RegExp]>([
    [
      'a partial waiver that leaves an action out',
      `# veeam-iam-gate:waive permissions actions=sqs:SendMessage reason="SCP grants it" expires=2027-01-31`,
      {},
      /sqs:ListQueues/,
    ],
    [
      'an expired waiver',
      `# veeam-iam-gate:waive permissions reason="old" expires=2026-01-31`,
      {},
      /expired/,
    ],
    [
      'inline waivers denied by the config',
      `# veeam-iam-gate:waive permissions reason="SCP grants it" expires=2027-01-31`,
      { inlineWaivers: 'deny' },
      /inline/,
    ],
    ['a waiver without a reason', `# veeam-iam-gate:waive permissions expires=2027-01-31`, {}, /reason/],
  ])('%s does not pass the gate', async (_name, comment, more, said) => {
    const { report, role } = await check({ 'main.tf': worker(comment) }, more);
    expect(role.gateVerdict ?? role.verdict).toBe('fail');
    const messages = [
      ...report.errors.map((m) => m.message),
      ...report.warnings.map((m) => m.message),
      ...role.checks.map((c) => c.message),
    ].join('\n');
    expect(messages).toMatch(said);
  });
});
