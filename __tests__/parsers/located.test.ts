import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/model/errors.js';
import {
  duplicateKeys,
  get,
  parseJsonLocated,
  parseYamlLocated,
  type LMap,
} from '../../src/parsers/located.js';

describe('parseYamlLocated', () => {
  it('keeps short tags and positions', () => {
    const [doc] = parseYamlLocated('A:\n  B: !Ref X\n  C: !GetAtt [R, Arn]\n', 'f.yaml');
    const a = get(doc as LMap, 'A') as LMap;
    expect(get(a, 'B')).toMatchObject({
      kind: 'scalar',
      value: 'X',
      tag: '!Ref',
      loc: { line: 2, column: 11 },
    });
    expect(get(a, 'C')).toMatchObject({ kind: 'seq', tag: '!GetAtt', loc: { line: 3 } });
  });
  it('reports duplicate keys and lets the last win', () => {
    const [doc] = parseYamlLocated('Action: a\nAction: b\n', 'f.yaml');
    expect(get(doc as LMap, 'Action')).toMatchObject({ value: 'b' });
    expect(duplicateKeys(doc as LMap).map((e) => e.keyLoc.line)).toEqual([2]);
  });
  it('expands aliases and merge keys, explicit keys winning', () => {
    const [doc] = parseYamlLocated('base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n', 'f.yaml');
    const m = get(doc as LMap, 'm') as LMap;
    expect(m.entries.map((e) => [e.key, (e.value as { value: unknown }).value])).toEqual([
      ['x', 1],
      ['y', 3],
    ]);
  });
  it('bounds an alias bomb', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    expect(() => parseYamlLocated(lines.join('\n'), 'bomb.yaml')).toThrow(ParseError);
  });
  it('gives the line of a syntax error', () => {
    try {
      parseYamlLocated('a: 1\nb: [1, 2\nc: 3\n', 'bad.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).line).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('parseJsonLocated', () => {
  it('gives positions', () => {
    const doc = parseJsonLocated('{\n  "a": {\n    "b": [1, "x"]\n  }\n}', 'f.json') as LMap;
    expect(get(get(doc, 'a') as LMap, 'b')).toMatchObject({ kind: 'seq', loc: { line: 3, column: 10 } });
  });
  it.each([
    ['{"a": 1,}', 1],
    ['{\n"a": 1\n"b": 2}', 3],
    ['{"a": // c\n1}', 1],
    ['', 1],
  ])('rejects %j with a line', (text, line) => {
    expect(() => parseJsonLocated(text, 'f.json')).toThrow(ParseError);
    try {
      parseJsonLocated(text, 'f.json');
    } catch (e) {
      expect((e as ParseError).line).toBe(line);
    }
  });
  it('bounds deep nesting', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => parseJsonLocated(text, 'deep.json')).toThrow(ParseError);
  });
});
