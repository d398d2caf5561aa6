// Property: fixing never turns a check that passed (or was unknown) into a worse one, whatever is
// missing, in whatever style the template is written; and what it fixes passes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixFile } from '../../../src/fixes/apply/plan.js';
import type { Verdict } from '../../../src/model/verdict.js';
import { combinedRequirements } from '../../../src/requirements/index.js';
import { APPLIANCE } from '../../helpers/roles.js';
import { policyFor } from '../../requirements/compliant.js';
import { check, layouts, options, template, type Route } from './template-builder.js';

const order: Record<Verdict, number> = { pass: 0, unknown: 1, fail: 2 };
const kindsList = [
  ['production-worker'],
  ['flr-worker'],
  ['rds-restore'],
  ['efs-backup', 'production-worker-deployment'],
];

describe('fixing never makes a check worse', () => {
  it('holds for random roles in every layout', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kindsList),
        fc.constantFrom('10', '11'),
        fc.constantFrom(...layouts),
        fc.constantFrom<Route>('inline', 'policy resource'),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.record({
          appliance: fc.boolean(),
          services: fc.boolean(),
          trustPolicy: fc.boolean(),
          profile: fc.boolean(),
          deny: fc.boolean(),
        }),
        (kinds, version, layout, route, drops, shape) => {
          const requirement = combinedRequirements(kinds, version);
          const missing = drops.map((i) => requirement.actions[i % requirement.actions.length]!);
          const statements = [
            ...(shape.appliance
              ? [{ Effect: 'Allow', Principal: { AWS: APPLIANCE }, Action: 'sts:AssumeRole' }]
              : []),
            ...(shape.services
              ? requirement.trustServices.map((s) => ({
                  Effect: 'Allow',
                  Principal: { Service: s },
                  Action: 'sts:AssumeRole',
                }))
              : []),
          ];
          const inline: unknown[] = [policyFor(requirement, missing)];
          if (shape.deny && missing[0])
            inline.push({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Deny', Action: missing[0], Resource: '*' }],
            });
          const spec = {
            key: 'VeeamRole',
            ...(shape.trustPolicy && { trust: { Version: '2012-10-17', Statement: statements } }),
            inline,
            profiles: shape.profile ? ['VeeamRoleProfile'] : [],
          };
          const file = `stack.${layout.ext}`;
          const text = layout.render(template(spec, route));
          const before = check(file, text, kinds, version);
          const result = fixFile(file, text, [before], options);
          const after = check(file, result.after, kinds, version);
          for (const c of before.checks) {
            const now = after.checks.find((x) => x.check === c.check)!;
            expect(order[now.verdict], `${c.check}: ${c.verdict} → ${now.verdict}`).toBeLessThanOrEqual(
              order[c.verdict],
            );
          }
          // …and not because the re-check threw an edit away: the editor itself never worsens a check.
          expect(result.roles[0]!.notFixed.filter((n) => n.reason.includes(' turns from '))).toEqual([]);
          for (const id of result.roles[0]!.fixed)
            expect(after.checks.find((c) => c.check === id)!.verdict).toBe('pass');
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
