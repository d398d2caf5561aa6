import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionMatches, coversEveryResource } from '../../src/iam/wildcard.js';

/** A deliberately naive reference matcher: recursion over the pattern, case-insensitive. */
function reference(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  const go = (i: number, j: number): boolean => {
    if (i === p.length) return j === t.length;
    if (p[i] === '*') return go(i + 1, j) || (j < t.length && go(i, j + 1));
    if (j === t.length) return false;
    return (p[i] === '?' || p[i] === t[j]) && go(i + 1, j + 1);
  };
  return go(0, 0);
}

const alphabet = fc.constantFrom('a', 'B', 's', 'S', ':', '*', '?', '.', '(', '$', '\\');
const text = fc
  .array(fc.constantFrom('a', 'b', 'S', 's', ':', '.', '(', '$', '\\'), { maxLength: 12 })
  .map((a) => a.join(''));
const pattern = fc.array(alphabet, { maxLength: 10 }).map((a) => a.join(''));

describe('actionMatches', () => {
  it.each([
    ['ssm:GetParameter', 'ssm:GetParameter', true],
    ['SSM:getparameter', 'ssm:GetParameter', true],
    ['ssm:*', 'ssm:GetParameter', true],
    ['ssm:Get*', 'ssm:GetParameters', true],
    ['ssm:Get*', 'ssmmessages:GetEndpoint', false],
    ['ssm*', 'ssmmessages:OpenDataChannel', true],
    ['*', 'iam:GetRole', true],
    ['ssm:GetParamete?', 'ssm:GetParameter', true],
    ['ssm:GetParamete?', 'ssm:GetParameters', false],
    ['ssm:GetParameter ', 'ssm:GetParameter', false],
    [' ssm:GetParameter', 'ssm:GetParameter', false],
    ['ssm.GetParameter', 'ssm:GetParameter', false],
    ['ec2messages:*', 'ec2:DescribeInstances', false],
    ['*:GetRole', 'iam:GetRole', true],
  ])('%j matches %j: %s', (p, a, expected) => {
    expect(actionMatches(p, a)).toBe(expected);
  });

  it('agrees with a naive reference matcher on random patterns', () => {
    fc.assert(
      fc.property(pattern, text, (p, t) => actionMatches(p, t) === reference(p, t)),
      { numRuns: 5000 },
    );
  });

  it('matches every action with itself in any case, and with "*"', () => {
    fc.assert(
      fc.property(
        text,
        (t) =>
          actionMatches(t.replace(/[*?]/g, ''), t.replace(/[*?]/g, '').toUpperCase()) &&
          actionMatches('*', t),
      ),
    );
  });

  it('a prefix wildcard matches exactly the actions with that prefix', () => {
    fc.assert(
      fc.property(text, text, (prefix, rest) => {
        const clean = prefix.replace(/[*?]/g, '');
        return (
          actionMatches(`${clean}*`, `${clean}${rest}`) &&
          actionMatches(`${clean}*`, rest) === rest.toLowerCase().startsWith(clean.toLowerCase())
        );
      }),
    );
  });
});

describe('coversEveryResource', () => {
  it.each([
    ['*', true],
    ['**', true],
    ['arn:aws:*', false],
    ['arn:*:*:*:*:*', false],
    ['?', false],
    ['', false],
  ])('%j: %s', (r, expected) => expect(coversEveryResource(r)).toBe(expected));
});
