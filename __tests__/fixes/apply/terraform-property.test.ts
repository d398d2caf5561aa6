// Property, for Terraform source: fixing never turns a check that passed (or was unknown) into a
// worse one, whatever is missing and in whichever style the trust and the policies are written;
// every failing check of these roots is written, and what is written passes when the root is
// scanned again (roots written by __tests__/fixes/terraform-builder.ts).
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixFile } from '../../../src/fixes/apply/plan.js';
import { defaultOptions, type GateOptions } from '../../../src/model/options.js';
import type { Verdict } from '../../../src/model/verdict.js';
import { loadHcl, type HclReader } from '../../../src/parsers/terraform-source/hcl/index.js';
import { combinedRequirements } from '../../../src/requirements/index.js';
import { scan } from '../../../src/scan.js';
import { APPLIANCE } from '../../helpers/roles.js';
import { policyFor, trustFor } from '../../requirements/compliant.js';
import { policyExpression, type Doc, type Style } from '../terraform-builder.js';

const order: Record<Verdict, number> = { pass: 0, unknown: 1, fail: 2 };
const kindsList = [['production-worker'], ['flr-worker'], ['efs-backup', 'production-worker-deployment']];
const styles: Style[] = ['jsonencode', 'heredoc', 'policy-document'];

interface Shape {
  kinds: string[];
  version: string;
  trustStyle: Style;
  policyStyle: Style;
  inline: boolean;
  drops: number[];
  appliance: boolean;
  services: boolean;
  profile: boolean;
}

/** A root with one worker role written as the shape says. */
function root(s: Shape): string {
  const requirement = combinedRequirements(s.kinds, s.version);
  const missing = s.drops.map((i) => requirement.actions[i % requirement.actions.length]!);
  const trust = trustFor(requirement) as Doc;
  trust.Statement = trust.Statement.filter((st) =>
    'AWS' in (st.Principal as object) ? s.appliance : s.services,
  );
  const t = policyExpression(s.trustStyle, 'worker_trust', trust);
  const p = policyExpression(s.policyStyle, 'worker_policy', policyFor(requirement, missing) as Doc);
  const policy = s.inline
    ? `\n  inline_policy {\n    name   = "veeam-base"\n    policy = ${p.expr.replace(/\n(?!EOT)/g, '\n  ')}\n  }\n`
    : '';
  return (
    t.block +
    p.block +
    'resource "aws_iam_role" "worker" {\n' +
    '  name               = "veeam-worker"\n' +
    `  assume_role_policy = ${t.expr}\n${policy}}\n\n` +
    (s.inline
      ? ''
      : 'resource "aws_iam_role_policy" "worker" {\n' +
        '  name   = "veeam-worker-base"\n' +
        '  role   = aws_iam_role.worker.id\n' +
        `  policy = ${p.expr}\n}\n\n`) +
    (s.profile
      ? 'resource "aws_iam_instance_profile" "worker" {\n  name = "veeam-worker"\n  role = aws_iam_role.worker.name\n}\n'
      : '')
  );
}

let hcl: HclReader;
const dirs: string[] = [];
beforeAll(async () => {
  hcl = await loadHcl();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('fixing a .tf root never makes a check worse', () => {
  it('holds for random roles in every style', async () => {
    const written = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          kinds: fc.constantFrom(...kindsList),
          version: fc.constantFrom('10', '11'),
          trustStyle: fc.constantFrom(...styles),
          policyStyle: fc.constantFrom(...styles),
          inline: fc.boolean(),
          drops: fc.array(fc.nat(), { maxLength: 6 }),
          appliance: fc.boolean(),
          services: fc.boolean(),
          profile: fc.boolean(),
        }),
        async (shape) => {
          const dir = mkdtempSync(path.join(tmpdir(), 'fix-tf-property-'));
          dirs.push(dir);
          const file = path.join(dir, 'main.tf');
          const text = root(shape);
          writeFileSync(file, text);
          const options: GateOptions = {
            ...defaultOptions,
            veeamVersion: shape.version,
            appliancePrincipals: [APPLIANCE],
            roles: [{ match: 'aws_iam_role.worker', kinds: shape.kinds }],
          };
          const before = await scan({ root: dir, paths: [], options });
          expect(before.errors).toEqual([]);
          const role = before.roles[0]!;
          const result = fixFile('main.tf', text, [role], {
            ...options,
            hcl,
            reportRoles: before.roles,
          });
          const fixed = result.roles[0]!;
          for (const c of fixed.fixed) written.add(c);
          expect(fixed.notFixed, text).toEqual([]);
          expect(fixed.fixed).toEqual(role.checks.filter((c) => c.verdict === 'fail').map((c) => c.check));
          expect(hcl.parse(result.after, 'main.tf').errors).toEqual([]);
          writeFileSync(file, result.after);
          const after = (await scan({ root: dir, paths: [], options })).roles[0]!;
          for (const c of role.checks) {
            const now = after.checks.find((x) => x.check === c.check)!;
            expect(
              order[now.verdict],
              `${c.check}: ${c.verdict} → ${now.verdict}\n${result.after}`,
            ).toBeLessThanOrEqual(order[c.verdict]);
            // Actions granted only under a condition stay unproven: such a check leaves fail for unknown.
            if (fixed.fixed.includes(c.check))
              expect(now.verdict, `${c.check}\n${result.after}`).toBe(
                c.unprovenActions?.length ? 'unknown' : 'pass',
              );
          }
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 60 },
    );
    // Not vacuous: every kind of fix was written in some run.
    for (const check of ['instance-profile', 'permissions', 'trust-appliance', 'trust-ec2'])
      expect(written).toContain(check);
  }, 180_000);
});
