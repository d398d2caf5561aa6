// `--fix` on Terraform source (`.tf`), one table of roots in every form the editor writes into and
// every form it refuses: each fixed root is checked again by a real re-scan of the copied folder
// (fixtures written for these tests: __tests__/fixtures/terraform-source/fix/).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { structuredPatch } from 'diff';
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
  /** Text the fixed file holds. */
  holds: string[];
  /** Lines of the original the fix rewrites (a comma added, a one-action string made a list). */
  changed?: number;
  /** Written with CRLF line endings (the copy is converted). */
  crlf?: boolean;
}

const id = (root: string) => `main.tf#aws_iam_role.${root}`;

const cases: Case[] = [
  {
    name: 'only AmazonSSMManagedInstanceCore attached: an aws_iam_role_policy with the 8 missing actions (jsonencode)',
    root: 'ssm-only',
    file: 'main.tf',
    fixed: { [id('veeam_worker')]: ['permissions'] },
    notFixed: [],
    holds: ['}\n\nresource "aws_iam_role_policy" "veeam_worker_veeam" {\n', '  policy = jsonencode({\n'],
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
  },
  {
    name: 'jsonencode trust without the appliance: an object added to its Statement list, with a trailing comma',
    root: 'trust-missing',
    file: 'main.tf',
    fixed: { [id('veeam_worker')]: ['trust-appliance', 'permissions'] },
    notFixed: [],
    holds: [
      '        Action    = "sts:AssumeRole"\n      },\n      {\n        Effect = "Allow"\n        Principal = {\n          AWS = "arn:aws:iam::111122223333:role/VeeamImpersonation"\n        }\n        Action = "sts:AssumeRole"\n      },\n    ]\n  })\n',
      'resource "aws_iam_role_policy" "veeam_worker_veeam" {\n',
    ],
  },
  {
    name: 'heredoc JSON: the trust statement joins its Statement list, the SQS actions join the Veeam statement (commas added)',
    root: 'trust-heredoc',
    file: 'main.tf',
    fixed: { [id('veeam_worker')]: ['trust-appliance', 'permissions'] },
    notFixed: [],
    holds: [
      '          "Action": "sts:AssumeRole"\n        },\n        {\n          "Effect": "Allow",\n          "Principal": {\n            "AWS": "arn:aws:iam::111122223333:role/VeeamImpersonation"\n          },\n          "Action": "sts:AssumeRole"\n        }\n      ]\n    }\n  EOT\n',
      '                "ssmmessages:OpenDataChannel",\n                "sqs:DeleteMessage",\n                "sqs:ListQueues",\n                "sqs:ReceiveMessage",\n                "sqs:SendMessage"\n            ],\n',
      "  # Veeam's list, the SQS actions not there yet\n",
    ],
    changed: 1,
  },
  {
    name: 'heredoc JSON with CRLF line endings: the same edits, in CRLF',
    root: 'trust-heredoc',
    file: 'main.tf',
    fixed: { [id('veeam_worker')]: ['trust-appliance', 'permissions'] },
    notFixed: [],
    holds: ['                "ssmmessages:OpenDataChannel",\r\n                "sqs:DeleteMessage",\r\n'],
    changed: 1,
    crlf: true,
  },
  {
    name: 'policy document data sources: a statement block in the trust document, the actions in the Veeam statement',
    root: 'trust-data',
    file: 'main.tf',
    fixed: { [id('veeam_worker')]: ['trust-appliance', 'permissions'] },
    notFixed: [],
    holds: [
      '      identifiers = ["ec2.amazonaws.com"]\n    }\n  }\n\n  statement {\n    effect  = "Allow"\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::111122223333:role/VeeamImpersonation"]\n    }\n  }\n}\n',
      '      "ssmmessages:OpenDataChannel",\n      "ssm:GetManifest",\n      "ssm:PutInventory",\n    ]\n    resources = ["*"]\n',
      '    sid       = "Logs" # kept as written\n',
    ],
  },
  {
    name: 'a role with inline_policy blocks and no Veeam statement: one more inline_policy block',
    root: 'inline-policy',
    file: 'main.tf',
    fixed: { [id('veeam_worker')]: ['permissions'] },
    notFixed: [],
    holds: [
      '    })\n  }\n\n  inline_policy {\n    name = "veeam-production-worker-v10"\n    policy = jsonencode({\n      Version = "2012-10-17"\n',
    ],
  },
  {
    name: 'the Veeam statement in an inline_policy, its list without a trailing comma: the IAM actions join it',
    root: 'inline-statement',
    file: 'main.tf',
    fixed: { [id('veeam_worker')]: ['permissions'] },
    notFixed: [],
    holds: [
      '          "ssmmessages:OpenDataChannel",\n          "iam:GetContextKeysForPrincipalPolicy",\n          "iam:GetRole",\n          "iam:ListInstanceProfilesForRole",\n          "iam:SimulatePrincipalPolicy"\n        ]\n',
    ],
    changed: 1,
  },
  {
    name: 'an aws_iam_policy attached to this role alone, one action as a string: the string becomes a list',
    root: 'managed-policy',
    file: 'main.tf',
    fixed: { [id('veeam_worker')]: ['permissions'] },
    notFixed: [],
    holds: [
      '        Action   = [\n          "sqs:SendMessage",\n          "iam:GetContextKeysForPrincipalPolicy",\n',
    ],
    changed: 1,
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
  },
  {
    name: 'a module called twice, only one call failing: nothing is written (the edit would change both calls)',
    root: 'module-one-fails',
    file: 'modules/worker/main.tf',
    fixed: {},
    notFixed: [
      "not fixed: modules/worker/main.tf#module.west.aws_iam_role.veeam_worker trust-appliance: the role's module is called more than once (module.west.aws_iam_role.veeam_worker, module.east.aws_iam_role.veeam_worker)",
    ],
    holds: [],
  },
  {
    name: 'the trust read by file(): nothing is written, the reason says which file',
    root: 'trust-file',
    file: 'main.tf',
    fixed: {},
    notFixed: [
      `not fixed: ${id('veeam_worker')} trust-appliance: the trust policy is read from "\${path.module}/trust.json" by file() (line 6): add the statement to that file`,
    ],
    holds: [],
  },
  {
    name: 'the trust from a variable: nothing is written, the reason says where',
    root: 'trust-var',
    file: 'main.tf',
    fixed: {},
    notFixed: [
      `not fixed: ${id('veeam_worker')} trust-appliance: the trust policy comes from var.trust_policy (line 13): add the statement where that is defined`,
    ],
    holds: [],
  },
  {
    name: 'the Veeam statement takes its actions from a variable: nothing is written, the reason says where',
    root: 'actions-var',
    file: 'main.tf',
    fixed: {},
    notFixed: [
      `not fixed: ${id('veeam_worker')} permissions: the role's statement on "*" takes its actions from var.veeam_actions (line 36): add `,
    ],
    holds: [],
  },
  {
    name: 'a role declared with count: nothing is written',
    root: 'count-role',
    file: 'main.tf',
    fixed: {},
    notFixed: [
      'not fixed: main.tf#aws_iam_role.veeam_worker[0] permissions: the role is declared once for several instances',
    ],
    holds: [],
  },
  {
    name: 'a trust document two roles use: nothing is written, the reason says why',
    root: 'shared-trust',
    file: 'main.tf',
    fixed: {},
    notFixed: [
      `not fixed: ${id('veeam_worker')} trust-appliance: the trust policy is data.aws_iam_policy_document.trust (line 4), which 1 other place(s) in this file use too`,
    ],
    holds: [],
  },
  {
    name: 'a trust check that is unknown (a condition on the appliance): nothing is written',
    root: 'unknown-trust',
    file: 'main.tf',
    fixed: {},
    notFixed: [],
    holds: [],
  },
];

describe('--fix on Terraform source', () => {
  it.each(cases)('$name', async (c) => {
    const root = mkdtempSync(path.join(tmpdir(), 'fix-tf-'));
    dirs.push(root);
    cpSync(path.join(fixtures, c.root), root, { recursive: true });
    const target = path.join(root, c.file);
    if (c.crlf) writeFileSync(target, readFileSync(target, 'utf8').replace(/\n/g, '\r\n'));
    const options = resolveOptions({ appliancePrincipals: [APPLIANCE] }, {});
    const request = { root, paths: ['.'], options };
    const report = await scan(request);
    expect(report.errors).toEqual([]);
    const before = readFileSync(target, 'utf8');

    const outcome = await fixFiles({ root, report, options, dryRun: false, rescan: () => scan(request) });
    const after = readFileSync(target, 'utf8');

    for (const [role, checks] of Object.entries(c.fixed))
      expect(outcome.log).toContain(`fixed: ${role}: ${checks.join(', ')}\n`);
    for (const line of c.notFixed) expect(outcome.log).toContain(line);
    expect(outcome.log).not.toContain('restored');
    if (!Object.keys(c.fixed).length) {
      expect(outcome.log).not.toMatch(/^fixed: /m);
      expect(after).toBe(before);
      expect(outcome.written).toEqual([]);
      return;
    }
    expect(outcome.written).toEqual([c.file]);
    for (const text of c.holds) expect(after).toContain(text);

    // The diff adds lines, and rewrites only the lines the case names (a comma added after the
    // last item, a one-action string made a list); every other line, comment and blank is kept.
    const patch = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 0 });
    const removed = patch.hunks
      .flatMap((h) => h.lines.filter((l) => l.startsWith('-')))
      .map((l) => l.slice(1));
    const added = patch.hunks.flatMap((h) => h.lines.filter((l) => l.startsWith('+'))).map((l) => l.slice(1));
    expect(removed).toHaveLength(c.changed ?? 0);
    for (const line of removed) {
      const kept = line.replace(/\r$/, '').replace(/".*$/, '');
      expect(
        added.some((a) => a.startsWith(kept)),
        line,
      ).toBe(true);
    }
    expect(after.endsWith('\n')).toBe(before.endsWith('\n'));
    if (c.crlf) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    else expect(after).not.toContain('\r');

    // Exactly the missing actions are added, each once.
    const role = report.roles.find((r) => r.location.file === c.file)!;
    const permissions = role.checks.find((x) => x.check === 'permissions')!;
    const actionsIn = (lines: string[]) =>
      (lines.join('\n').match(/"[a-z0-9]+:[A-Za-z0-9*]+"/g) ?? [])
        .map((a) => JSON.parse(a) as string)
        .filter((a) => a !== 'sts:AssumeRole');
    const had = new Set(actionsIn(removed));
    const newActions = actionsIn(added).filter((a) => !had.has(a));
    expect(newActions.sort()).toEqual(permissions.verdict === 'fail' ? permissions.missingActions : []);

    // The fixed folder passes the gate when scanned again, and the file parses with the HCL reader.
    const rescanned = outcome.report.roles.find((r) => r.id === role.id)!;
    expect(rescanned.verdict, JSON.stringify(rescanned.checks)).toBe('pass');
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

describe('README', () => {
  it('shows the .tf before/after that --fix --dry-run prints for the data-source fixture', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fix-tf-'));
    dirs.push(root);
    cpSync(path.join(fixtures, 'trust-data'), root, { recursive: true });
    const options = resolveOptions({ appliancePrincipals: [APPLIANCE] }, {});
    const request = { root, paths: ['.'], options };
    const outcome = await fixFiles({
      root,
      report: await scan(request),
      options,
      dryRun: true,
      rescan: () => scan(request),
    });
    const section = /## Fixing findings[\s\S]*?\n## /.exec(readFileSync('README.md', 'utf8'))![0];
    const shown = /```diff\n(--- a\/main\.tf[\s\S]*?)```/.exec(section)![1]!;
    expect(outcome.log.startsWith(shown)).toBe(true);
  });
});
