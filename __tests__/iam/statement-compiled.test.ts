import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversAction } from '../../src/iam/statement.js';
import { anyOf, not, type Tri } from '../../src/iam/tri.js';
import { actionMatches } from '../../src/iam/wildcard.js';
import type { Statement } from '../../src/model/policy.js';
import type { Str } from '../../src/model/value.js';

// coversAction compiles each Action/NotAction list once (issue 7): it must answer exactly as
// testing every pattern with actionMatches, for any list, any action, in any order of questions.
const loc = { file: 't.json', line: 1, column: 1 };
const plain = (patterns: Str[], action: string): Tri =>
  anyOf(patterns.map((p) => (typeof p !== 'string' ? 'maybe' : actionMatches(p, action) ? 'yes' : 'no')));
const reference = (st: Statement, action: string): Tri =>
  st.action ? plain(st.action, action) : st.notAction ? not(plain(st.notAction, action)) : 'no';

const char = fc.constantFrom('s', 'S', 'm', ':', 'G', 'e', 't', '*', '?', 'ſ', 'K', 'k', '\u212a', '.');
const word = fc.array(char, { maxLength: 8 }).map((a) => a.join(''));
const str: fc.Arbitrary<Str> = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 1, arbitrary: fc.constant({ unresolved: true as const, reason: 'a parameter', location: loc }) },
);
const statement: fc.Arbitrary<Statement> = fc
  .record({ list: fc.array(str, { maxLength: 5 }), not: fc.boolean() })
  .map(({ list, not: negated }) => ({
    effect: 'Allow',
    ...(negated ? { notAction: list } : { action: list }),
    condition: [],
    location: loc,
  }));

describe('coversAction with compiled patterns', () => {
  it('answers as every pattern tested one by one', () => {
    fc.assert(
      fc.property(statement, fc.array(word, { minLength: 1, maxLength: 6 }), (st, actions) => {
        for (const action of [...actions, ...actions])
          expect(coversAction(st, action)).toBe(reference(st, action));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [['ssm:GetParameter'], 'SSM:getparameter', 'yes'],
    [['ec2:Describe*', 'ssm:GetParameter'], 'ec2:DescribeInstances', 'yes'],
    [['ec2:DescribeInstances'], 'ec2:DescribeInstance', 'no'],
    [['kms:Decrypt'], 'kms:Decrypt\u212a', 'no'],
    [['s3:GetObject', { unresolved: true, reason: 'r', location: loc }], 'ec2:RunInstances', 'maybe'],
  ] as [Str[], string, Tri][])('%j covers %s: %s', (patterns, action, expected) => {
    const st: Statement = { effect: 'Allow', action: patterns, condition: [], location: loc };
    expect(coversAction(st, action)).toBe(expected);
    expect(reference(st, action)).toBe(expected);
  });
});
