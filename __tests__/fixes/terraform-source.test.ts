// Fixes for roles read from `.tf` source, proved the way the CloudFormation and plan fixes are:
// each failing check's HCL snippet must parse with the project's HCL reader, and the root with the
// snippet applied as its instructions say must pass that check with no other check getting worse.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GateOptions } from '../../src/model/options.js';
import { defaultOptions } from '../../src/model/options.js';
import type { Fix, Report } from '../../src/model/report.js';
import { loadHcl, type HclReader } from '../../src/parsers/terraform-source/hcl/index.js';
import { combinedRequirements } from '../../src/requirements/index.js';
import type { RequirementSet } from '../../src/requirements/types.js';
import { scan } from '../../src/scan.js';
import { APPLIANCE } from '../helpers/roles.js';
import { policyFor, trustFor } from '../requirements/compliant.js';
import { policyExpression, type Doc, type Style } from './terraform-builder.js';

interface Broken {
  name: string;
  check: string;
  kinds: string[];
  version: string;
  missingActions?: string[];
  noService?: string;
  noAppliance?: boolean;
  noProfile?: boolean;
}

const broken: Broken[] = [
  {
    name: 'two missing actions',
    check: 'permissions',
    kinds: ['production-worker'],
    version: '10',
    missingActions: ['sqs:SendMessage', 'ssm:PutInventory'],
  },
  {
    name: 'missing conditional and plain actions (EFS indexing)',
    check: 'permissions',
    kinds: ['efs-backup', 'production-worker-deployment'],
    version: '11',
    missingActions: ['ec2:CreateTags', 'ec2:RunInstances', 'ec2:StartInstances'],
  },
  {
    name: 'no instance profile',
    check: 'instance-profile',
    kinds: ['production-worker'],
    version: '10',
    noProfile: true,
  },
  {
    name: 'no ec2 trust',
    check: 'trust-ec2',
    kinds: ['production-worker'],
    version: '11',
    noService: 'ec2.amazonaws.com',
  },
  {
    name: 'no appliance trust',
    check: 'trust-appliance',
    kinds: ['production-worker'],
    version: '10',
    noAppliance: true,
  },
];

const styles: Style[] = ['policy-document', 'jsonencode', 'heredoc'];

/** A root module with one worker role that fails exactly the case's check. */
function failingRoot(style: Style, c: Broken, requirement: RequirementSet): string {
  const trust = trustFor(requirement, c.noService) as Doc;
  if (c.noAppliance) trust.Statement = trust.Statement.filter((s) => !('AWS' in (s.Principal as object)));
  const policy = policyFor(requirement, c.missingActions ?? []) as Doc;
  const t = policyExpression(style, 'worker_trust', trust);
  const p = policyExpression(style, 'worker_policy', policy);
  const profile =
    requirement.instanceProfile && !c.noProfile
      ? 'resource "aws_iam_instance_profile" "worker" {\n  name = "veeam-worker"\n  role = aws_iam_role.worker.name\n}\n'
      : '';
  return (
    t.block +
    p.block +
    'resource "aws_iam_role" "worker" {\n' +
    '  name               = "veeam-worker"\n' +
    `  assume_role_policy = ${t.expr}\n}\n\n` +
    'resource "aws_iam_role_policy" "worker" {\n' +
    '  name   = "veeam-worker-base"\n' +
    '  role   = aws_iam_role.worker.id\n' +
    `  policy = ${p.expr}\n}\n\n` +
    profile
  );
}

/** Index just past the `}` that closes the `{` at `open`, skipping strings and heredocs. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced braces');
}

/**
 * Applies a fix the way its description tells a reader to: a new resource (or blocks) appended
 * next to the role, a statement block added to the role's trust policy document, or an object
 * put first in the Statement list of the role's assume_role_policy.
 */
function applyFix(source: string, fix: Fix): string {
  if (/^Add (this resource|these blocks) next to /.test(fix.description)) return `${source}\n${fix.text}`;
  const trust = /assume_role_policy\s*=\s*(.*)$/m.exec(source);
  if (!trust) throw new Error('the role has no assume_role_policy');
  if (/^Add this statement to the data "aws_iam_policy_document"/.test(fix.description)) {
    const name = /data\.aws_iam_policy_document\.([A-Za-z0-9_-]+)\.json/.exec(trust[1]!)?.[1];
    const open = source.indexOf('{', source.indexOf(`data "aws_iam_policy_document" "${name}"`));
    const close = closingBrace(source, open);
    const statement = fix.text.replace(/^(?=.)/gm, '  ');
    return `${source.slice(0, close)}${statement}${source.slice(close)}`;
  }
  if (/^Add this object to the Statement list in /.test(fix.description)) {
    const list = /"Statement": \[|Statement = \[/.exec(source.slice(trust.index));
    if (!list) throw new Error('no Statement list in the assume_role_policy');
    const at = trust.index + list.index + list[0].length;
    return `${source.slice(0, at)}\n${fix.text.trimEnd()},${source.slice(at)}`;
  }
  throw new Error(`no way to apply: ${fix.description}`);
}

/** The snippet in a context HCL accepts: a statement block inside its document, an object as a value. */
function hclContext(fix: Fix): string {
  if (fix.text.startsWith('statement')) return `data "aws_iam_policy_document" "x" {\n${fix.text}}\n`;
  if (fix.text.startsWith('{')) return `locals {\n  statement = ${fix.text}}\n`;
  return fix.text;
}

const rank = { pass: 0, unknown: 1, fail: 2 } as const;

function verdicts(report: Report): Record<string, keyof typeof rank> {
  expect(report.roles).toHaveLength(1);
  return Object.fromEntries(report.roles[0]!.checks.map((c) => [c.check, c.verdict as keyof typeof rank]));
}

const check = (root: string, options: GateOptions) => scan({ root, paths: [], options });

const roots: string[] = [];
function newRoot(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gate-tffix-'));
  roots.push(root);
  return root;
}

let hcl: HclReader;
beforeAll(async () => {
  hcl = await loadHcl();
});
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('Terraform source fixes, applied to the failing root and re-checked', () => {
  const table = styles.flatMap((style) => broken.map((c) => [style, c.name, c] as const));

  it.each(table)('%s: %s', async (style, _name, c) => {
    const requirement = combinedRequirements(c.kinds, c.version);
    if (c.noProfile) expect(requirement.instanceProfile).toBe(true);
    const options: GateOptions = {
      ...defaultOptions,
      veeamVersion: c.version,
      appliancePrincipals: [APPLIANCE],
      roles: [{ match: 'aws_iam_role.worker', kinds: c.kinds }],
    };
    const root = newRoot();
    const file = path.join(root, 'main.tf');
    writeFileSync(file, failingRoot(style, c, requirement));

    const before = await check(root, options);
    expect(before.errors).toEqual([]);
    const role = before.roles[0]!;
    expect(role.source).toBe('terraform-source');
    const failing = role.checks.filter((r) => r.verdict === 'fail');
    expect(failing.map((r) => r.check)).toEqual([c.check]);
    const fix = failing[0]!.fix!;
    expect(fix.format).toBe('terraform-hcl');
    expect(hcl.parse(hclContext(fix), 'fix.tf').errors).toEqual([]);

    const fixed = applyFix(readFileSync(file, 'utf8'), fix);
    expect(hcl.parse(fixed, 'main.tf').errors).toEqual([]);
    writeFileSync(file, fixed);

    const after = await check(root, options);
    expect(after.errors).toEqual([]);
    const was = verdicts(before);
    const now = verdicts(after);
    expect(now[c.check]).toBe('pass');
    for (const [id, verdict] of Object.entries(now))
      expect(rank[verdict]).toBeLessThanOrEqual(rank[was[id]!]);
  });

  it.each(styles)('%s: the fixture is read in its own style', async (style) => {
    const requirement = combinedRequirements(['production-worker'], '10');
    const root = newRoot();
    writeFileSync(path.join(root, 'main.tf'), failingRoot(style, broken[0]!, requirement));
    const report = await check(root, {
      ...defaultOptions,
      appliancePrincipals: [APPLIANCE],
      roles: [{ match: 'aws_iam_role.worker', kinds: ['production-worker'] }],
    });
    const fix = report.roles[0]!.checks.find((r) => r.check === 'permissions')!.fix!;
    if (style === 'policy-document') expect(fix.text).toContain('data "aws_iam_policy_document"');
    else if (style === 'heredoc') expect(fix.text).toContain('<<-EOT');
    else expect(fix.text).toContain('jsonencode(');
  });
});
