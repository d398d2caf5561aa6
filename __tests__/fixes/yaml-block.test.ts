import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlDocumentText, yamlText, type YamlStyle } from '../../src/fixes/cloudformation.js';
import {
  missingStatements,
  statementJson,
  trustPolicyJson,
  trustStatementJson,
} from '../../src/fixes/statements.js';
import { APPLIANCE_PLACEHOLDER, policyName } from '../../src/fixes/request.js';
import { yamlBlockText } from '../../src/fixes/yaml-block.js';
import { requirementSets } from '../../src/requirements/index.js';

// The hand-written YAML writer of fixes (issue 16) against the definition it replaces, the `yaml`
// package's Document: wherever it writes a block, the text is byte for byte the Document's, and it
// reads back with `yaml` as the value (a `!Ref X` as `{ Ref: X }`). Where it declines, `yamlText`
// uses the Document, so the text is the same either way.

const styles: YamlStyle[] = [
  { shortTags: true, indent: 2, indentSequences: true },
  { shortTags: false, indent: 4, indentSequences: false },
  { shortTags: true, indent: 3, indentSequences: false, quote: 'double' },
  { shortTags: false, indent: 8, indentSequences: true, quote: 'single' },
];

const refTag = { tag: '!Ref', resolve: (s: string) => ({ Ref: s }) };
const readBack = (text: string): unknown => parse(text, { customTags: [refTag] });
const wrapped = (value: unknown, name: string | undefined) =>
  name === undefined ? [value] : { [name]: value };

/** Every way the check must hold for one value. */
function holds(value: unknown, name: string | undefined, style: YamlStyle): string | undefined {
  const fast = yamlBlockText(value, name, style);
  const definition = yamlDocumentText(value, name, style);
  expect(yamlText(value, name, style)).toBe(definition);
  if (fast === undefined) return undefined;
  expect(fast).toBe(definition);
  expect(readBack(fast)).toEqual(wrapped(value, name));
  return fast;
}

const ref = (id: string) => ({ Ref: id });
const realistic: [string, unknown, string | undefined][] = [
  ...requirementSets().map((r): [string, unknown, string | undefined] => [
    `permissions of ${r.kind} v${r.version}, all missing`,
    {
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyName: policyName(r),
        Roles: [ref('WorkerRole')],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: missingStatements(
            r,
            [...r.actions, ...(r.conditional ?? []).flatMap((c) => c.actions)].filter(
              (a, i, all) => all.indexOf(a) === i,
            ),
          ).map(statementJson),
        },
      },
    },
    'WorkerRoleVeeamPermissions',
  ]),
  [
    'an instance profile',
    { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref('R')] } },
    'RInstanceProfile',
  ],
  [
    'a whole trust policy, placeholder appliance',
    trustPolicyJson([
      { type: 'AWS', value: APPLIANCE_PLACEHOLDER },
      { type: 'Service', value: 'ec2.amazonaws.com' },
    ]),
    'AssumeRolePolicyDocument',
  ],
  [
    'a trust statement for an account ID (quoted: it reads as a number)',
    trustStatementJson({ type: 'AWS', value: '123456789012' }),
    undefined,
  ],
  [
    'a trust statement for a role ARN',
    trustStatementJson({ type: 'AWS', value: 'arn:aws:iam::111122223333:role/Veeam' }),
    undefined,
  ],
];

describe('the hand-written YAML writer', () => {
  it.each(
    realistic.flatMap(([what, value, name]) => styles.map((style) => [what, style, value, name] as const)),
  )('%s, %o: written by hand, as `yaml` writes it', (_what, style, value, name) => {
    expect(holds(value, name, style)).toBeDefined();
  });

  it.each<[string, unknown, string | undefined, YamlStyle, string]>([
    ['a list item', { A: 'x', B: ['y', 'z'] }, undefined, styles[0]!, '- A: x\n  B:\n    - y\n    - z\n'],
    [
      'flat lists, 4 spaces',
      { A: ['y'], B: { C: ['z'] } },
      'N',
      styles[1]!,
      'N:\n    A:\n      - y\n    B:\n        C:\n          - z\n',
    ],
    [
      'a short tag',
      { Roles: [ref('R')], Boundary: ref('P') },
      'N',
      styles[0]!,
      'N:\n  Roles:\n    - !Ref R\n  Boundary: !Ref P\n',
    ],
    ['long forms', { Roles: [ref('R')] }, 'N', styles[1]!, 'N:\n    Roles:\n      - Ref: R\n'],
    [
      'Version quoted',
      { Version: '2012-10-17', Other: '2012-10-17' },
      'D',
      styles[0]!,
      "D:\n  Version: '2012-10-17'\n  Other: 2012-10-17\n",
    ],
    ['Version double-quoted', { Version: '2012-10-17' }, 'D', styles[2]!, 'D:\n   Version: "2012-10-17"\n'],
    [
      'empty collections',
      { A: [], B: {}, C: [[], {}] },
      'N',
      styles[0]!,
      'N:\n  A: []\n  B: {}\n  C:\n    - []\n    - {}\n',
    ],
    ['lists of lists', [['a', ['b']], 'c'], 'N', styles[0]!, 'N:\n  - - a\n    - - b\n  - c\n'],
    [
      'strings that read as other things',
      ['true', 'null', '', '0x1F', '1e3', '.inf', '~', '12'],
      'N',
      styles[0]!,
      "N:\n  - 'true'\n  - 'null'\n  - ''\n  - '0x1F'\n  - '1e3'\n  - '.inf'\n  - '~'\n  - '12'\n",
    ],
    [
      'indicators and quotes',
      ["it's", 'a: b', '- x', '#c', '*', 'say "hi"', `"'`, 'a #b', 'end:'],
      'N',
      styles[0]!,
      "N:\n  - it's\n  - 'a: b'\n  - '- x'\n  - '#c'\n  - '*'\n  - say \"hi\"\n  - '\"'''\n  - 'a #b'\n  - 'end:'\n",
    ],
    // Three spaces and flat lists: `yaml` sets the list two spaces back, at one space.
    [
      'double quotes in a double-quoted file',
      ['a: b', 'say "hi"\\'],
      'N',
      styles[2]!,
      'N:\n - "a: b"\n - say "hi"\\\n',
    ],
    [
      'a key that needs quotes',
      { 'a: b': 'x', '123': 'y' },
      undefined,
      styles[0]!,
      "- '123': y\n  'a: b': x\n",
    ],
  ])('%s', (_what, value, name, style, text) => {
    expect(holds(value, name, style)).toBe(text);
  });

  const shared = { A: 'x' };
  it.each<[string, unknown, string | undefined]>([
    ['a number', { A: 1 }, 'N'],
    ['a boolean', [true], undefined],
    ['null', { A: null }, 'N'],
    ['an undefined value', { A: undefined, B: 'x' }, 'N'],
    ['a line break', { A: 'x\ny' }, 'N'],
    ['a tab', { A: 'x\ty' }, 'N'],
    ['a non-ASCII character', { A: 'café' }, 'N'],
    ['a control character', { A: 'a\u0001' }, 'N'],
    ['a document marker', { A: '--- x' }, 'N'],
    ['a key of 1,100 characters', { ['k'.repeat(1100)]: 'x' }, 'N'],
    ['an object written twice (`yaml` aliases it)', { A: shared, B: shared }, 'N'],
    ['a Ref to a number', { A: { Ref: 5 } }, 'N'],
    ['a class instance', { A: new Date(0) }, 'N'],
    ['a Map', { A: new Map([['a', 'b']]) }, 'N'],
  ])('declines %s, and yamlText writes it through `yaml`', (_what, value, name) => {
    for (const style of styles) expect(holds(value, name, style)).toBeUndefined();
  });

  it('writes what `yaml` writes, on generated values', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '0',
      '1',
      '7',
      'x',
      'e',
      'o',
      '.',
      '-',
      '+',
      '_',
      '/',
      ' ',
      ':',
      '#',
      '?',
      ',',
      '[',
      ']',
      '{',
      '}',
      '!',
      '&',
      '*',
      '|',
      '>',
      "'",
      '"',
      '%',
      '@',
      '`',
      '\\',
      '~',
      '<',
      '=',
      'true',
      'NULL',
      'inf',
      'nan',
      '---',
      '...',
      '\n',
      '\t',
      'é',
      '\u0007',
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
      fc.string({ maxLength: 6 }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        text.map((t) => ({ Ref: t })),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(text, fc.constant('Version'), fc.constant('Ref')), tie('node'), {
          maxKeys: 4,
        }),
        fc.constantFrom<unknown>(1, true, null),
      ),
    })).node;
    const style = fc.record({
      shortTags: fc.boolean(),
      indent: fc.integer({ min: 1, max: 8 }),
      indentSequences: fc.boolean(),
      quote: fc.constantFrom<YamlStyle['quote']>(undefined, 'single', 'double'),
    });
    let written = 0;
    let runs = 0;
    fc.assert(
      fc.property(value, fc.option(text, { nil: undefined }), style, (v, name, s) => {
        runs++;
        if (holds(v, name, s) !== undefined) written++;
      }),
      { numRuns: 3000 },
    );
    // The writer must take most values, or the test compares little.
    expect(written / runs).toBeGreaterThan(0.3);
  });
});
