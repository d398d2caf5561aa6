// The acceptance run for `.tf` on the Terraform source fixtures that reproduce public
// configurations (__tests__/fixtures/terraform-source/README.md names each one): every role
// selected as a production worker, the appliance named, `--fix` run on a copy, the copy scanned
// again. Roles in modules called twice, behind count/for_each, or with policies in other files
// are left with their reasons; no check may get worse.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../src/config.js';
import { fixFiles, type FixOutcome } from '../../../src/fix-files.js';
import type { Report } from '../../../src/model/report.js';
import { loadHcl } from '../../../src/parsers/terraform-source/hcl/index.js';
import { scan } from '../../../src/scan.js';
import { APPLIANCE } from '../../helpers/roles.js';

const fixtures = fileURLToPath(new URL('../../fixtures/terraform-source', import.meta.url));
const options = resolveOptions(
  { appliancePrincipals: [APPLIANCE] },
  { roles: [{ match: '*', kinds: ['production-worker'] }] },
);
let work: string;
let before: Report;
let outcome: FixOutcome;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'fix-tf-corpus-'));
  cpSync(fixtures, work, {
    recursive: true,
    // fix/ and suggest/ hold the fixer's own cases, not reproductions of public configurations.
    filter: (p) => !['fix', 'suggest'].includes(path.relative(fixtures, p).split(path.sep)[0]!),
  });
  const request = { root: work, paths: ['.'], options };
  before = await scan(request);
  outcome = await fixFiles({
    root: work,
    report: before,
    options,
    dryRun: false,
    rescan: () => scan(request),
  });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--fix over the Terraform source fixtures', () => {
  it('fixes some roles, restores none, and says why for every check it leaves', () => {
    const failing = before.roles.filter((r) => r.source === 'terraform-source' && r.verdict === 'fail');
    expect(failing.length).toBeGreaterThan(5);
    expect(outcome.log).not.toContain('restored');
    expect(outcome.written.length).toBeGreaterThan(0);
    const fixedLines = outcome.log.split('\n').filter((l) => l.startsWith('fixed: '));
    // The figures README.md gives under "Fixing findings".
    expect(fixedLines).toHaveLength(8);
    expect(fixedLines.flatMap((l) => l.replace(/^.*: /, '').split(', '))).toHaveLength(16);
    for (const role of failing)
      for (const c of role.checks.filter((x) => x.verdict === 'fail'))
        expect(outcome.log, `${role.id} ${c.check}`).toMatch(
          new RegExp(
            `^(fixed: ${escape(role.id)}: (.*, )?${c.check}(, .*)?|not fixed: ${escape(role.id)} ${c.check}: .+)$`,
            'm',
          ),
        );
  });

  it('no check gets worse, every fixed check passes when scanned again, and every file parses', async () => {
    const order = { pass: 0, unknown: 1, fail: 2 } as const;
    const worse: string[] = [];
    for (const role of before.roles) {
      const now = outcome.report.roles.find((r) => r.id === role.id);
      expect(now, role.id).toBeDefined();
      for (const c of role.checks) {
        const v = now!.checks.find((x) => x.check === c.check)!.verdict;
        if (order[v] > order[c.verdict]) worse.push(`${role.id} ${c.check}: ${c.verdict} → ${v}`);
      }
    }
    expect(worse).toEqual([]);
    for (const line of outcome.log.split('\n').filter((l) => l.startsWith('fixed: '))) {
      const [, id, checks] = /^fixed: (.+?): (.+)$/.exec(line)!;
      const now = outcome.report.roles.find((r) => r.id === id)!;
      for (const check of checks!.split(', '))
        expect(now.checks.find((c) => c.check === check)!.verdict, `${id} ${check}`).toBe('pass');
    }
    // An aws_iam_policy attached to the role alone by aws_iam_policy_attachment (0.11 style), its
    // statement granting by wildcards: the one missing action joins it, on its line.
    expect(readFileSync(path.join(work, 'openshift-tf011/modules/openshift/04-roles.tf'), 'utf8')).toContain(
      '"iam:Get*", "iam:List*", "iam:SimulatePrincipalPolicy"],\n',
    );
    const hcl = await loadHcl();
    for (const file of outcome.written)
      expect(hcl.parse(readFileSync(path.join(work, file), 'utf8'), file).errors).toEqual([]);
    expect(outcome.report.errors.map((e) => e.file)).toEqual(before.errors.map((e) => e.file));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
