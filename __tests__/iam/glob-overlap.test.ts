import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGlob, globCoveredBy, globsOverlap } from '../../src/iam/glob-overlap.js';

const g = formatGlob;

describe('globsOverlap', () => {
  it.each<[string, string, string]>([
    ['arn:#:sqs:#:#:#', 'arn:aws:sqs:*:*:prod-orders', 'yes'],
    ['arn:#:sqs:#:#:#', 'arn:aws:s3:::secret-bucket/*', 'no'],
    ['arn:#:iam::#:role/*', 'arn:aws:iam::*:role/*', 'yes'],
    ['arn:#:iam::#:role/*', 'arn:aws:iam::123456789012:user/x', 'no'],
    // `*` spans ":" while `#` does not.
    ['arn:*:sqs', 'arn:a:b:sqs', 'yes'],
    ['arn:#:sqs', 'arn:a:b:sqs', 'no'],
    ['a*b', 'ac', 'no'],
    ['a?', 'ab', 'yes'],
    ['??', 'a', 'no'],
    ['*', '', 'yes'],
  ])('%s ∩ %s', (a, b, expected) => {
    expect(globsOverlap(g(a), g(b))).toBe(expected);
    expect(globsOverlap(g(b), g(a))).toBe(expected);
  });
  it('answers maybe past its budget instead of running away', () => {
    const hostile = `*a${'?'.repeat(18)}`;
    expect(globsOverlap(g(hostile), g(`*b${'?'.repeat(18)}`))).toBe('maybe');
  });
});

describe('globCoveredBy', () => {
  it.each<[string, string[], string]>([
    ['arn:#:sqs:#:#:#', ['*'], 'yes'],
    ['arn:#:sqs:#:#:#', ['arn:*:sqs:*'], 'yes'],
    ['arn:#:sqs:#:#:#', ['arn:aws:sqs:*:*:*'], 'no'],
    // A union covers what no single pattern does.
    ['a*', ['ab*', 'a', 'a?', 'aa*', 'ac*'], 'no'],
    ['a*', ['a', 'a?*'], 'yes'],
    ['*', ['', '?*'], 'yes'],
    ['*', ['?*'], 'no'],
  ])('%s ⊆ %j', (glob, patterns, expected) => {
    expect(globCoveredBy(g(glob), patterns.map(g))).toBe(expected);
  });
});

/** Brute force: every string over a small alphabet, up to a length that holds a witness. */
const letters = ['a', 'b', ':', 'z'];
function words(max: number): string[] {
  const out = [''];
  for (let i = 0; i < out.length; i++)
    if (out[i]!.length < max) for (const c of letters) out.push(out[i] + c);
  return out;
}
const all = words(7);
const matcher = (p: string) =>
  new RegExp(
    `^${[...p].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c === '#' ? '[^:]*' : c)).join('')}$`,
  );
const pattern = (max: number) =>
  fc.array(fc.constantFrom('a', 'b', ':', '*', '?', '#'), { maxLength: max }).map((cs) => cs.join(''));

describe('against brute force on a small alphabet', () => {
  it('overlap is exact', () => {
    fc.assert(
      fc.property(pattern(4), pattern(4), (a, b) => {
        const [ra, rb] = [matcher(a), matcher(b)];
        const brute = all.some((w) => ra.test(w) && rb.test(w));
        expect(globsOverlap(g(a), g(b))).toBe(brute ? 'yes' : 'no');
      }),
      { numRuns: 300 },
    );
  });
  it('coverage by a union is exact', () => {
    fc.assert(
      fc.property(pattern(3), fc.array(pattern(3), { maxLength: 3 }), (a, ps) => {
        const ra = matcher(a);
        const rs = ps.map(matcher);
        const escapes = all.some((w) => ra.test(w) && !rs.some((r) => r.test(w)));
        expect(globCoveredBy(g(a), ps.map(g))).toBe(escapes ? 'no' : 'yes');
      }),
      { numRuns: 300 },
    );
  });
});
