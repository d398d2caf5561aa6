import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceStyle } from '../../src/fixes/style.js';
import type { SourceStyle } from '../../src/model/role.js';

// sourceStyle reads lines in one pass without splitting the text (issue 16: it runs on every file
// that defines a role). It must give exactly what the plain reading below gives, the definition it
// replaced: lines as `split(/\r?\n/)` cuts them, blank and comment lines skipped.

const SHORT_TAG =
  /(^|[\s:[,-])!(Ref|Sub|GetAtt|Join|If|Select|Split|FindInMap|ImportValue|Base64|Equals|Not|And|Or|Condition|GetAZs|Cidr|Transform)\b/m;

function byDefinition(text: string): SourceStyle {
  const json = /^\s*[{[]/.test(text);
  const lines = text.split(/\r?\n/, 2000).filter((l) => l.trim() !== '' && !/^\s*#/.test(l));
  const indents = lines.map((l) => /^( *)/.exec(l)![1]!.length).filter((n) => n > 0);
  const indent = indents.length ? Math.min(...indents) : 2;
  const style: SourceStyle = { json, indent: indent >= 2 && indent <= 8 ? indent : 2 };
  if (!json) {
    style.shortTags = SHORT_TAG.test(text);
    const flat = lines.some((l, i) => {
      const next = lines[i + 1];
      return /:\s*$/.test(l) && next !== undefined && /^( *)- /.exec(next)?.[1] === /^( *)/.exec(l)![1];
    });
    style.indentSequences = !flat;
  }
  return style;
}

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ya?ml|json|template)$/i.test(name)) out.push(p);
  }
  return out;
}
const fixtures = [path.join(repo, '__tests__', 'fixtures'), '/work/shared/corpus']
  .filter((p) => existsSync(p))
  .flatMap(files);

describe('sourceStyle', () => {
  it.each<[string, string, SourceStyle]>([
    ['empty', '', { json: false, indent: 2, shortTags: false, indentSequences: true }],
    [
      'no indentation at all',
      'A: 1\nB: 2\n',
      { json: false, indent: 2, shortTags: false, indentSequences: true },
    ],
    [
      'an indent of 1 is not a unit',
      'A:\n B: 1\n',
      { json: false, indent: 2, shortTags: false, indentSequences: true },
    ],
    [
      'an indent of 9 is not a unit',
      `A:\n${' '.repeat(9)}B: 1\n`,
      { json: false, indent: 2, shortTags: false, indentSequences: true },
    ],
    ['3 spaces', 'A:\n   B: 1\n', { json: false, indent: 3, shortTags: false, indentSequences: true }],
    [
      'comment lines do not count',
      'A:\n # c\n  B: 1\n',
      { json: false, indent: 2, shortTags: false, indentSequences: true },
    ],
    [
      'blank lines between a key and its flat list',
      'A:\n\n   \n# c\n- x\n',
      { json: false, indent: 2, shortTags: false, indentSequences: false },
    ],
    [
      'CRLF, flat list',
      'A:\r\n- x\r\n',
      { json: false, indent: 2, shortTags: false, indentSequences: false },
    ],
    [
      'a key with a value then a list',
      'A: 1\n- x\n',
      { json: false, indent: 2, shortTags: false, indentSequences: true },
    ],
    [
      'a dash without a space',
      'A:\n-x\n',
      { json: false, indent: 2, shortTags: false, indentSequences: true },
    ],
    [
      'colon then spaces and a tab',
      'A: \t\n- x\n',
      { json: false, indent: 2, shortTags: false, indentSequences: false },
    ],
    [
      'a lone CR stays in the line',
      'A:\r\r\n- x\n',
      { json: false, indent: 2, shortTags: false, indentSequences: false },
    ],
    [
      'a tab-indented line counts no spaces',
      'A:\n\tB: 1\n  C: 2\n',
      { json: false, indent: 2, shortTags: false, indentSequences: true },
    ],
    [
      'a no-break space line is blank',
      'A:\n \u00a0\n- x\n',
      { json: false, indent: 2, shortTags: false, indentSequences: false },
    ],
    ['JSON', '{\n    "Resources": {}\n}\n', { json: true, indent: 4 }],
    ['JSON array after blank lines', '\n\n[\n  1\n]', { json: true, indent: 2 }],
    ['a short tag', 'A: !Sub x\n', { json: false, indent: 2, shortTags: true, indentSequences: true }],
    [
      'a `!` that is not a short tag',
      'A: x!Ref\nB: !Refs\n',
      { json: false, indent: 2, shortTags: false, indentSequences: true },
    ],
  ])('%s', (_name, text, style) => {
    expect(sourceStyle(text)).toEqual(style);
    expect(byDefinition(text)).toEqual(style);
  });

  it('reads only the first 2000 lines', () => {
    const head = 'A:\n'.repeat(1999);
    expect(sourceStyle(`${head}B:\n  - x\n`).indent).toBe(2);
    expect(sourceStyle(`${head}B:\n   - x\n`).indent).toBe(2);
    expect(sourceStyle(`${head.slice(3)}B:\n   - x\n`).indent).toBe(3);
    expect(sourceStyle(`${head}B:\n- x\n`).indentSequences).toBe(true);
    expect(sourceStyle(`${head.slice(3)}B:\n- x\n`).indentSequences).toBe(false);
  });

  it.each(fixtures.map((f) => [path.relative(repo, f), f]))('%s reads as by definition', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(sourceStyle(text)).toStrictEqual(byDefinition(text));
  });

  it('agrees with the definition on generated text', () => {
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '   ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '#',
      ':',
      '- ',
      '-',
      'a',
      'Key',
      '!Ref',
      '!Sub x',
      '[',
      '{',
      '\u00a0',
      '\ufeff',
      '\u2028',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(sourceStyle(text)).toStrictEqual(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });
});
