// `--fix` on Terraform source (`.tf`): new blocks after the role's resource block, checked again by
// a real re-scan of the copied root folder (fixtures: __tests__/fixtures/terraform-source/fix/).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/config.js';
import { fixFiles } from '../../src/fix-files.js';
import { loadHcl } from '../../src/parsers/terraform-source/hcl/index.js';
import { scan } from '../../src/scan.js';
import { APPLIANCE } from '../helpers/roles.js';

const fixtures = '__tests__/fixtures/terraform-source/fix';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Case {
  name: string;
  root: string;
  /** The file the role is declared in, relative to the root. */
  file: string;
  fixed: Record<string, string[]>;
  /** `not fixed: <role> <check>: <reason fragment>` lines expected in the log. */
  notFixed: string[];
  /** Text the fixed file holds (whole lines). */
  holds: string[];
  /** Checks that pass after the fix. */
  passes: string[];
}

const cases: Case[] = [
  {
    name: 'only AmazonSSMManagedInstanceCore attached: an aws_iam_role_policy with the 8 missing actions (jsonencode)',
    root: 'ssm-only',
    file: 'main.tf',
    fixed: { 'main.tf#aws_iam_role.veeam_worker': ['permissions'] },
    notFixed: [],
    holds: ['}\n\nresource "aws_iam_role_policy" "veeam_worker_veeam" {\n', '  policy = jsonencode({\n'],
    passes: ['permissions'],
  },
  {
    name: 'no instance profile, policy documents, no final newline: an aws_iam_instance_profile and a policy document',
    root: 'no-profile',
    file: 'main.tf',
    fixed: { 'main.tf#aws_iam_role.worker': ['instance-profile', 'permissions'] },
    notFixed: [],
    holds: [
      '  assume_role_policy = data.aws_iam_policy_document.trust.json # the trust\n}\n\nresource "aws_iam_instance_profile" "worker" {\n',
      'data "aws_iam_policy_document" "worker_veeam" {\n',
      '  policy = data.aws_iam_policy_document.worker_veeam.json\n',
    ],
    passes: ['instance-profile', 'permissions'],
  },
  {
    name: 'the trust lacks the appliance: the permissions are fixed, the trust statement is left with its reason',
    root: 'trust-missing',
    file: 'main.tf',
    fixed: { 'main.tf#aws_iam_role.veeam_worker': ['permissions'] },
    notFixed: [
      "not fixed: main.tf#aws_iam_role.veeam_worker trust-appliance: a trust statement goes inside the role's assume_role_policy",
    ],
    holds: ['resource "aws_iam_role_policy" "veeam_worker_veeam" {\n'],
    passes: ['permissions'],
  },
  {
    name: 'a role in a module called twice: nothing is written, with the reason',
    root: 'module-twice',
    file: 'modules/worker/main.tf',
    fixed: {},
    notFixed: [
      "not fixed: modules/worker/main.tf#module.east.aws_iam_role.this permissions: the role's module is called more than once",
      "not fixed: modules/worker/main.tf#module.west.aws_iam_role.this permissions: the role's module is called more than once",
    ],
    holds: [],
    passes: [],
  },
];

describe('--fix on Terraform source', () => {
  it.each(cases)('$name', async (c) => {
    const root = mkdtempSync(path.join(tmpdir(), 'fix-tf-'));
    dirs.push(root);
    cpSync(path.join(fixtures, c.root), root, { recursive: true });
    const options = resolveOptions({ appliancePrincipals: [APPLIANCE] }, {});
    const request = { root, paths: ['.'], options };
    const report = await scan(request);
    const before = readFileSync(path.join(root, c.file), 'utf8');

    const outcome = await fixFiles({ root, report, options, dryRun: false, rescan: () => scan(request) });
    const after = readFileSync(path.join(root, c.file), 'utf8');

    for (const [id, checks] of Object.entries(c.fixed))
      expect(outcome.log).toContain(`fixed: ${id}: ${checks.join(', ')}\n`);
    for (const line of c.notFixed) expect(outcome.log).toContain(line);
    expect(outcome.log).not.toContain('restored');
    if (!Object.keys(c.fixed).length) {
      expect(after).toBe(before);
      expect(outcome.written).toEqual([]);
      return;
    }
    expect(outcome.written).toEqual([c.file]);
    for (const text of c.holds) expect(after).toContain(text);

    // The diff only adds lines: the old file is the new one less a run of inserted lines.
    const diff = outcome.log.split('\n').filter((l) => /^[-+](?![-+]{2} [ab]\/)/.test(l));
    expect(diff.filter((l) => l.startsWith('-'))).toEqual([]);
    const added = diff.map((l) => l.slice(1));
    const old = before.split('\n');
    const now = after.split('\n');
    expect(now.length - old.length).toBe(added.length);
    const at = old.findIndex((l, i) => l !== now[i]);
    expect([...now.slice(0, at), ...now.slice(at + added.length)]).toEqual(old);
    expect(after.endsWith('\n')).toBe(before.endsWith('\n'));

    // Exactly the missing actions are added, each once.
    const role = report.roles.find((r) => r.location.file === c.file)!;
    const missing = role.checks.find((x) => x.check === 'permissions')!.missingActions ?? [];
    expect(missing).toHaveLength(8);
    const actions = added
      .join('\n')
      .match(/"[a-z0-9]+:[A-Za-z0-9*]+"/g)!
      .map((a) => JSON.parse(a) as string);
    expect(actions.sort()).toEqual(missing);

    // The fixed folder scans as pass for the fixed checks, and the file parses with the HCL reader.
    const rescanned = outcome.report.roles.find((r) => r.id === role.id)!;
    for (const check of c.passes)
      expect(rescanned.checks.find((x) => x.check === check)?.verdict, check).toBe('pass');
    expect((await loadHcl()).parse(after, c.file).errors).toEqual([]);

    // A second run has nothing more to write.
    const again = await fixFiles({
      root,
      report: outcome.report,
      options,
      dryRun: false,
      rescan: () => scan(request),
    });
    expect(again.written).toEqual([]);
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fix-tf-'));
    dirs.push(root);
    cpSync(path.join(fixtures, 'ssm-only'), root, { recursive: true });
    const options = resolveOptions({ appliancePrincipals: [APPLIANCE] }, {});
    const request = { root, paths: ['.'], options };
    const before = readFileSync(path.join(root, 'main.tf'), 'utf8');
    const outcome = await fixFiles({
      root,
      report: await scan(request),
      options,
      dryRun: true,
      rescan: () => scan(request),
    });
    expect(outcome.log).toContain('+resource "aws_iam_role_policy" "veeam_worker_veeam" {');
    expect(outcome.log).toContain('--dry-run: 1 file(s) would change; nothing was written.');
    expect(readFileSync(path.join(root, 'main.tf'), 'utf8')).toBe(before);
  });
});
