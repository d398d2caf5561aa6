import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parsers/index.js';
import type { ParsedFile, Parser } from '../../src/parsers/types.js';

const parsed = (format: ParsedFile['format']): ParsedFile => ({
  format,
  roles: [],
  errors: [],
  warnings: [],
});

function fake(
  format: ParsedFile['format'],
  sniff: (file: string, head: string) => boolean,
  result: ParsedFile | null,
  calls: string[],
): Parser {
  return {
    format,
    sniff: (file, head) => {
      calls.push(`sniff ${format}`);
      return sniff(file, head);
    },
    parse: () => {
      calls.push(`parse ${format}`);
      return result;
    },
  };
}

const context = { file: 'a/stack.yaml', parameters: {} };

describe('parseFile', () => {
  it.each([
    [
      'first parser whose sniff accepts and parse succeeds wins',
      [true, true],
      [true, true],
      'cloudformation',
      ['sniff cloudformation', 'parse cloudformation'],
    ],
    [
      'a parser returning null passes to the next',
      [true, true],
      [false, true],
      'terraform-plan',
      ['sniff cloudformation', 'parse cloudformation', 'sniff terraform-plan', 'parse terraform-plan'],
    ],
    [
      'a parser whose sniff refuses is not asked to parse',
      [false, true],
      [true, true],
      'terraform-plan',
      ['sniff cloudformation', 'sniff terraform-plan', 'parse terraform-plan'],
    ],
    [
      'nobody recognises the file: null',
      [true, false],
      [false, true],
      null,
      ['sniff cloudformation', 'parse cloudformation', 'sniff terraform-plan'],
    ],
  ] as const)('%s', (_name, sniffs, parses, format, expectedCalls) => {
    const calls: string[] = [];
    const registry = [
      fake('cloudformation', () => sniffs[0], parses[0] ? parsed('cloudformation') : null, calls),
      fake('terraform-plan', () => sniffs[1], parses[1] ? parsed('terraform-plan') : null, calls),
    ];
    expect(parseFile('Resources: {}', context, registry)?.format ?? null).toBe(format);
    expect(calls).toEqual(expectedCalls);
  });

  it('gives sniff the file name and only the head of the text', () => {
    const seen: [string, number][] = [];
    const registry: Parser[] = [
      {
        format: 'iam-json',
        sniff: (file, head) => (seen.push([file, head.length]), false),
        parse: () => null,
      },
    ];
    parseFile('x'.repeat(100_000), context, registry);
    expect(seen).toEqual([['a/stack.yaml', 8192]]);
  });

  it('is null with no parsers', () => {
    expect(parseFile('{}', context, [])).toBeNull();
  });
});
