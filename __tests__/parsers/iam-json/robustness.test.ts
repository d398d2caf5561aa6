import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iamJsonParser } from '../../../src/parsers/iam-json/index.js';

const keys = [
  'RoleDetailList',
  'Policies',
  'Role',
  'Roles',
  'RoleName',
  'AssumeRolePolicyDocument',
  'PolicyName',
  'PolicyDocument',
  'PolicyArn',
  'InstanceProfileName',
  'InstanceProfileList',
  'RolePolicyList',
  'AttachedManagedPolicies',
  'PolicyVersionList',
  'Document',
  'IsDefaultVersion',
  'PermissionsBoundary',
  'Tags',
  'Key',
  'Value',
  'Version',
  'Statement',
  'Effect',
  'Action',
  'Principal',
  'Condition',
  'Arn',
];

/** JSON made of IAM words in random places: the shapes the parser reads, bent every way. */
const iamish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('iamJsonParser never throws', () => {
  it.each(['a.json', 'a.yaml'])('on IAM-shaped nonsense (%s)', (file) => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), iamish, { minKeys: 1, maxKeys: 4 }), (value) => {
        const text = JSON.stringify(value, null, 1);
        const result = iamJsonParser.parse(text, {
          file,
          parameters: {},
          files: [file],
          readFile: () => text,
        });
        expect(result === null || Array.isArray(result.roles)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('on truncated IAM JSON (reported with a line, or skipped)', () => {
    const text = JSON.stringify(
      { RoleDetailList: [{ RoleName: 'r', AssumeRolePolicyDocument: { Statement: [] } }] },
      null,
      2,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (cut) => {
        const result = iamJsonParser.parse(text.slice(0, cut), { file: 'a.json', parameters: {} });
        for (const e of result?.errors ?? []) expect(e.line).toBeGreaterThan(0);
      }),
    );
  });
});
