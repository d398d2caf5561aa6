import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, loadHcl, type HclReader } from '../../src/parsers/terraform-source/hcl/index.js';
import {
  formats,
  hclExpressions,
  hclFuzzScope,
  hclInputArb,
  inputArb,
  notRaised,
  passingSpec,
  registered,
  removalArb,
  run,
  verdicts,
  type Format,
} from './fuzz-harness.js';

/**
 * Issue 8 item 5: property-based fuzzing of every format: FUZZ_RUNS generated inputs per format
 * for robustness, and a quarter of that many removal pairs. Parsing and evaluating one input costs
 * a few milliseconds, so the suite runs 300 per format (bounded time on 2 cores) and
 * `npm run fuzz` (scripts/fuzz.mjs) runs 10,000 per format and records the run in FUZZ.md.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const results: string[] = [];

describe.each(Object.keys(formats) as Format[])('fuzz %s', (format) => {
  const { file, render, text } = formats[format];

  it.skipIf(!registered(format))('the unmutated role passes (the generators are sound)', () => {
    const outcome = run(text(render(passingSpec())), file);
    expect(outcome).toEqual({ roles: [{ verdict: 'pass', permissions: 'pass' }], errors: 0, parsed: true });
  });

  it.skipIf(!registered(format))(
    `${runs} generated inputs: no exception escapes, verdicts are pass/fail/unknown`,
    () => {
      const started = Date.now();
      let parsed = 0;
      let withRoles = 0;
      fc.assert(
        fc.property(inputArb(format), (input) => {
          const outcome = run(input, file);
          if (outcome.parsed) parsed++;
          if (outcome.roles.length) withRoles++;
          for (const role of outcome.roles) expect(verdicts).toContain(role.verdict);
        }),
        { numRuns: runs, seed },
      );
      results.push(
        `| ${format} | robustness | ${runs} | ${parsed} parsed as ${format.split('-')[0]}, ${withRoles} with a worker role | ${Date.now() - started} ms |`,
      );
    },
  );

  it.skipIf(!registered(format))(
    `${Math.ceil(runs / 4)} removals of a required action never raise a verdict`,
    () => {
      const started = Date.now();
      let changed = 0;
      let lowered = 0;
      fc.assert(
        fc.property(removalArb, ({ spec, removed }) => {
          const before = run(text(render(spec)), file).roles[0];
          const after = run(text(render(removed)), file).roles[0];
          if (before?.permissions !== after?.permissions) lowered++;
          if (JSON.stringify(spec) !== JSON.stringify(removed)) changed++;
          expect(
            notRaised(before?.permissions, after?.permissions),
            `permissions ${before?.permissions} → ${after?.permissions}`,
          ).toBe(true);
          expect(
            notRaised(before?.verdict, after?.verdict),
            `role ${before?.verdict} → ${after?.verdict}`,
          ).toBe(true);
          expect(!(before?.verdict === 'fail' && after?.verdict === 'pass')).toBe(true);
        }),
        { numRuns: Math.ceil(runs / 4), seed },
      );
      results.push(
        `| ${format} | removal | ${Math.ceil(runs / 4)} | ${changed} removed an action, ${lowered} lowered the permissions verdict | ${Date.now() - started} ms |`,
      );
    },
  );
});

describe('fuzz terraform-source (the HCL layer: parser and evaluator)', () => {
  let hcl: HclReader;
  beforeAll(async () => {
    hcl = await loadHcl();
  });

  it(`${runs} generated inputs: nothing throws, every syntax error has a line in the file`, () => {
    const started = Date.now();
    let clean = 0;
    let evaluated = 0;
    fc.assert(
      fc.property(hclInputArb, (input) => {
        const lines = input.split('\n').length;
        for (const parsed of [hcl.parse(input, 'main.tf'), hcl.parseTemplate(input, 'name.tpl')]) {
          for (const error of parsed.errors) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.line).toBeLessThanOrEqual(lines);
            expect(error.message).toMatch(/^(syntax error|duplicate attribute|\d+ more syntax errors)/);
          }
        }
        const file = hcl.parse(input, 'main.tf');
        if (file.errors.length === 0) clean++;
        const scope = hclFuzzScope(hcl, input);
        for (const expr of hclExpressions(file.body)) {
          const value = evaluate(expr, scope, { maxWork: 200_000 });
          expect(value).not.toBeUndefined();
          evaluated++;
        }
      }),
      { numRuns: runs, seed },
    );
    results.push(
      `| terraform-source | robustness | ${runs} | ${clean} parsed without error, ${evaluated} expressions evaluated | ${Date.now() - started} ms |`,
    );
  });
});

afterAll(() => {
  const report = process.env.FUZZ_REPORT;
  if (!report) return;
  writeFileSync(
    report,
    `# Fuzz run\n\nWritten by \`npm run fuzz\` (${runs} robustness inputs per format${seed === undefined ? '' : `, seed ${seed}`}); node ${process.version}.\n` +
      `No property failed: no exception escaped the parsers or the evaluator, every verdict was pass, fail or unknown, and no removal of a required action raised a verdict.\n\n` +
      `| format | property | inputs | what they reached | time |\n|---|---|---|---|---|\n${results.join('\n')}\n`,
  );
});
