import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/fixes/apply/text-edits.js';
import { replacements } from '../../../src/fixes/apply/hunks.js';

/** Applies replacements to the original, as GitHub applies accepted suggestions. */
function accept(before: string, all: ReturnType<typeof replacements>): string {
  const lines = before.split('\n');
  for (const r of [...all].sort((a, b) => b.startLine - a.startLine))
    lines.splice(r.startLine - 1, r.endLine - r.startLine + 1, ...r.lines);
  return lines.join('\n');
}

describe('replacements', () => {
  it.each([
    [
      'insertion in the middle',
      'a\nb\nc\n',
      'a\nb\nx\ny\nc\n',
      [{ startLine: 2, endLine: 2, lines: ['b', 'x', 'y'] }],
    ],
    ['insertion at the top', 'a\nb\n', 'x\na\nb\n', [{ startLine: 1, endLine: 1, lines: ['x', 'a'] }]],
    [
      'a changed line (a JSON comma)',
      '[\n  "a"\n]\n',
      '[\n  "a",\n  "b"\n]\n',
      [{ startLine: 2, endLine: 2, lines: ['  "a",', '  "b"'] }],
    ],
    [
      'a block inserted between blank lines: anchored on the code line before them, not on a blank one',
      'role {\n}\n\nnext {\n}\n',
      'role {\n}\n\npolicy {\n}\n\nnext {\n}\n',
      [{ startLine: 2, endLine: 2, lines: ['}', '', 'policy {', '}'] }],
    ],
    [
      'a block inserted after blank lines that were there: kept after them',
      'a\n\n\nb\n',
      'a\n\n\nx\nb\n',
      [{ startLine: 3, endLine: 3, lines: ['', 'x'] }],
    ],
    [
      'two places',
      'a\nb\nc\nd\n',
      'a\nx\nb\nc\nd\ny\n',
      [
        { startLine: 1, endLine: 1, lines: ['a', 'x'] },
        { startLine: 4, endLine: 4, lines: ['d', 'y'] },
      ],
    ],
  ])('%s', (_name, before, after, expected) => {
    const found = replacements(before, after);
    expect(found).toEqual(expected);
    expect(accept(before, found)).toBe(after);
  });

  it("keeps CRLF out of the suggested lines (GitHub applies them in the file's own line endings)", () => {
    const before = 'a\r\nb\r\n';
    const after = applyEdits(before, [{ offset: 3, length: 0, text: 'x\r\n' }]);
    expect(replacements(before, after)).toEqual([{ startLine: 1, endLine: 1, lines: ['a', 'x'] }]);
  });
});
