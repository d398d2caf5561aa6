import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/iam/data-files.js';
import { lookupAwsManagedPolicy, managedPolicySnapshot } from '../../src/iam/managed-policies.js';
import { policyFromValue } from '../../src/parsers/policy-document.js';

// The real bundled snapshot (src/iam/data/managed-policies.json), parsed whole as the reader did
// before it parsed entries on demand (issue 16): the reference every lookup must agree with.
const whole = JSON.parse(
  (JSON.parse(readDataFile('managed-policies.json')) as { policies: string }).policies,
) as Record<string, { v: string; d: unknown; deprecated?: boolean; pathUnknown?: boolean }>;
const names = Object.keys(whole);

describe('AWS-managed policies looked up entry by entry (issue 16)', () => {
  it('every policy of the snapshot: the same document, version and flags as the whole parse', () => {
    expect(names.length).toBeGreaterThan(1000);
    for (const name of names) {
      const entry = whole[name]!;
      const found = lookupAwsManagedPolicy(`arn:aws:iam::aws:policy/${name}`);
      expect(found, name).toEqual({
        found: true,
        name: name.slice(name.lastIndexOf('/') + 1),
        versionId: entry.v,
        document: policyFromValue(entry.d, { file: `aws-managed-policy:${name}`, line: 1, column: 1 }),
        deprecated: entry.deprecated === true,
      });
    }
  });

  const pathUnknown = names.find((n) => whole[n]!.pathUnknown && !n.includes('/'))!;
  const withPath = names.find((n) => n.startsWith('service-role/'))!;
  const bare = withPath.slice(withPath.indexOf('/') + 1);

  it.each([
    [
      'the partition written as a CloudFormation pseudo parameter',
      `arn:\${AWS::Partition}:iam::aws:policy/${bare}`,
      undefined,
    ],
    [
      'a China-partition ARN',
      'arn:aws-cn:iam::aws:policy/AmazonSSMManagedInstanceCore',
      'AmazonSSMManagedInstanceCore',
    ],
    [
      'a policy whose path the snapshot does not know, under any path',
      `arn:aws:iam::aws:policy/some-path/${pathUnknown}`,
      pathUnknown,
    ],
  ])('found: %s', (_, arn, entryName) => {
    const found = lookupAwsManagedPolicy(arn);
    if (entryName === undefined) {
      // The bare name of a policy that lives under a path is not it: not found, with the right ARN.
      expect(found).toEqual({
        found: false,
        reason: expect.stringContaining(`AWS has it at arn:aws:iam::aws:policy/${withPath}`),
      });
      return;
    }
    expect(found).toMatchObject({ found: true, versionId: whole[entryName]!.v });
  });

  it.each([
    ['not an AWS-managed ARN', 'arn:aws:iam::123456789012:policy/Mine', 'is not an AWS-managed policy ARN'],
    [
      'a name the snapshot lacks',
      'arn:aws:iam::aws:policy/NoSuchPolicyAnywhere',
      `not in the bundled snapshot of ${managedPolicySnapshot.date}`,
    ],
    [
      'a path-ed policy under the wrong path',
      `arn:aws:iam::aws:policy/wrong-path/${bare}`,
      `AWS has it at arn:aws:iam::aws:policy/${withPath}`,
    ],
    // Names an object inherits are not policies (the whole-object table once returned its prototype).
    ['constructor', 'arn:aws:iam::aws:policy/constructor', 'not in the bundled snapshot'],
    ['toString', 'arn:aws:iam::aws:policy/toString', 'not in the bundled snapshot'],
    ['__proto__', 'arn:aws:iam::aws:policy/__proto__', 'not in the bundled snapshot'],
  ])('not found: %s', (_, arn, reason) => {
    const found = lookupAwsManagedPolicy(arn);
    expect(found.found).toBe(false);
    expect(found.found === false && found.reason).toContain(reason);
  });

  it('builds each document once and shares it', () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';
    const a = lookupAwsManagedPolicy(arn);
    const b = lookupAwsManagedPolicy(arn);
    expect(a.found && b.found && a.document === b.document).toBe(true);
  });
});
