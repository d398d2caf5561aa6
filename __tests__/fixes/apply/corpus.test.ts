// The acceptance run on the shared corpus (real templates from public repositories, see
// __tests__/fixtures/corpus/ORIGIN.md): every role selected as a production worker, the appliance
// named. Each CloudFormation file is fixed in a copy; the copy is scanned again and linted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../src/config.js';
import { decode } from '../../../src/decode.js';
import { fixFile, type FileFix } from '../../../src/fixes/apply/plan.js';
import type { Report } from '../../../src/model/report.js';
import { scan } from '../../../src/scan.js';
import { APPLIANCE } from '../../helpers/roles.js';
import { cfnLintMissing, cfnLintNote, lintCodes } from './cfn-lint.js';
import { removedLines } from './template-builder.js';

const corpus = fileURLToPath(new URL('../../fixtures/corpus', import.meta.url));
const options = resolveOptions(
  { appliancePrincipals: [APPLIANCE] },
  { roles: [{ match: '*', kinds: ['production-worker'] }] },
);
let work: string;
let before: Report;
let after: Report;
const fixes: FileFix[] = [];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'fix-corpus-'));
  cpSync(corpus, path.join(work, 'fixed'), { recursive: true });
  before = await scan({ root: path.join(work, 'fixed'), paths: [], options });
  const files = [
    ...new Set(
      before.roles
        .filter((r) => r.source === 'cloudformation' && r.verdict === 'fail')
        .map((r) => r.location.file),
    ),
  ];
  for (const file of files.sort()) {
    const absolute = path.join(work, 'fixed', file);
    const decoded = decode(readFileSync(absolute));
    if (decoded.kind !== 'text') continue;
    const fix = fixFile(
      file,
      decoded.text,
      before.roles.filter((r) => r.location.file === file),
      options,
    );
    fixes.push(fix);
    writeFileSync(absolute, fix.after);
  }
  after = await scan({ root: path.join(work, 'fixed'), paths: [], options });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixedRoles = () => fixes.flatMap((f) => f.roles.filter((r) => r.fixed.length));

describe('--fix over the shared corpus', () => {
  it('fixes most failing CloudFormation roles; what it leaves says why', () => {
    const failing = before.roles.filter((r) => r.source === 'cloudformation' && r.verdict === 'fail');
    const notFixed = fixes.flatMap((f) =>
      f.roles.flatMap((r) => r.notFixed.map((n) => `${r.id} ${n.check}: ${n.reason}`)),
    );
    expect(failing.length).toBeGreaterThan(30);
    expect(fixedRoles().length).toBeGreaterThan(failing.length * 0.9);
    // The only roles left: trust policies written as a string (the checkov JSON-string case) or an intrinsic.
    for (const line of notFixed) expect(line).toMatch(/not written as a list of statements/);
  });

  it('every role whose failing checks were all fixed passes the gate when scanned again; no check got worse', () => {
    const worse: string[] = [];
    const order = { pass: 0, unknown: 1, fail: 2 } as const;
    for (const role of before.roles) {
      const now = after.roles.find((r) => r.id === role.id)!;
      for (const c of role.checks) {
        const v = now.checks.find((x) => x.check === c.check)!.verdict;
        if (order[v] > order[c.verdict]) worse.push(`${role.id} ${c.check}: ${c.verdict} → ${v}`);
      }
    }
    expect(worse).toEqual([]);
    for (const fixed of fixedRoles()) {
      const role = before.roles.find((r) => r.id === fixed.id)!;
      const now = after.roles.find((r) => r.id === fixed.id)!;
      for (const id of fixed.fixed) {
        // Actions granted only under a condition stay unproven: the check leaves `fail` for `unknown`.
        const unproven = role.checks.find((c) => c.check === id)!.unprovenActions?.length;
        const verdict = now.checks.find((c) => c.check === id)!.verdict;
        expect(verdict, `${fixed.id} ${id}`).toBe(unproven ? 'unknown' : 'pass');
      }
      if (
        fixed.notFixed.length === 0 &&
        role.checks.every((c) => c.verdict !== 'unknown' && !c.unprovenActions?.length)
      )
        expect(now.verdict, fixed.id).toBe('pass');
    }
    expect(after.errors.map((e) => e.file)).toEqual(before.errors.map((e) => e.file));
  });

  it('touches only the lines it needs: adds lines, and changes a line only for a JSON comma or a one-action list', () => {
    for (const fix of fixes) {
      const kept = new Set(fix.after.split(/\r?\n/));
      for (const line of removedLines(fix.before, fix.after))
        expect(
          [line, `${line},`, line.replace(/: .*$/, ':')].some((l) => kept.has(l)),
          `${fix.file}: ${line}`,
        ).toBe(true);
    }
  });

  it.skipIf(cfnLintMissing)(
    'cfn-lint reports nothing in a fixed template that it did not report in the original',
    () => {
      const changed = fixes.filter((f) => f.after !== f.before);
      const originals = changed.map((f) => path.join(corpus, f.file));
      const fixedFiles = changed.map((f) => path.join(work, 'fixed', f.file));
      const codes = lintCodes([...originals, ...fixedFiles]);
      const added = changed
        .map((f, i) => ({
          file: f.file,
          codes: [...codes.get(fixedFiles[i]!)!].filter((c) => !codes.get(originals[i]!)!.has(c)),
        }))
        .filter((f) => f.codes.length);
      expect(changed.length).toBeGreaterThan(20);
      expect(added).toEqual([]);
    },
    300_000,
  );
  it.runIf(cfnLintMissing)(cfnLintNote, () => undefined);
});
