// The fix tables of __tests__/fixes/fixes.test.ts, written as real templates in several styles:
// `fixFile` must make each failing role pass, touch only the lines it needs, keep the file's style,
// and leave a template cfn-lint accepts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixFile } from '../../../src/fixes/apply/plan.js';
import { cfnLintMissing, cfnLintNote, lintCodes } from './cfn-lint.js';
import {
  check,
  layouts,
  options,
  removedLines,
  scenarios,
  template,
  type Route,
} from './template-builder.js';

const work = mkdtempSync(path.join(tmpdir(), 'fix-templates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const linted: { before: string; after: string; name: string }[] = [];

describe.each(layouts)('$name', (layout) => {
  it.each(
    scenarios.flatMap((s) => (['inline', 'policy resource'] as Route[]).map((route) => ({ ...s, route }))),
  )('$name ($route): fixed in place, passes, only added lines, style kept', (s) => {
    const file = `stack.${layout.ext}`;
    const text = layout.render(template(s.broken(s.kinds, s.version), s.route));
    const before = check(file, text, s.kinds, s.version);
    expect(before.verdict).toBe('fail');

    const result = fixFile(file, text, [before], options);
    expect(result.roles[0]!.notFixed).toEqual([]);
    const after = check(file, result.after, s.kinds, s.version);
    expect(after.checks.map((c) => [c.check, c.verdict])).toEqual(
      before.checks.map((c) => [c.check, 'pass']),
    );

    // Only added lines, except the line a JSON comma joins, a one-action YAML scalar that became a
    // list, or a last line that gets the line ending it lacked.
    const kept = new Set(result.after.split(/\r?\n/));
    for (const line of removedLines(text, result.after))
      expect(
        [line, `${line},`, line.replace(/: .*$/, ':')].some((l) => kept.has(l)),
        line,
      ).toBe(true);
    expect(result.after).toContain(layout.ext === 'json' ? '"2010-09-09"' : '# Kept as written');
    if (layout.crlf) expect(result.after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(result.after.endsWith('\n')).toBe(!layout.noFinalNewline);

    const name = `${layout.ext}-${linted.length}`;
    writeFileSync(path.join(work, `${name}-before.${layout.ext}`), text);
    writeFileSync(path.join(work, `${name}-after.${layout.ext}`), result.after);
    linted.push({
      name,
      before: path.join(work, `${name}-before.${layout.ext}`),
      after: path.join(work, `${name}-after.${layout.ext}`),
    });
  });
});

describe('cfn-lint on every fixed template', () => {
  it.skipIf(cfnLintMissing)(
    'reports nothing in a fixed template that it did not report before',
    () => {
      const codes = lintCodes(linted.flatMap((l) => [l.before, l.after]));
      const added = linted
        .map((l) => ({
          name: l.name,
          codes: [...codes.get(l.after)!].filter((c) => !codes.get(l.before)!.has(c)),
        }))
        .filter((l) => l.codes.length);
      expect(linted.length).toBe(layouts.length * scenarios.length * 2);
      expect(added).toEqual([]);
    },
    120_000,
  );
  it.runIf(cfnLintMissing)(cfnLintNote, () => undefined);
});
