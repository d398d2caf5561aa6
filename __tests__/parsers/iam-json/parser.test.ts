import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iamJsonParser } from '../../../src/parsers/iam-json/index.js';
import type { Role } from '../../../src/model/role.js';
import { fixtures, parseFixture } from './helpers.js';

const shape = (role: Role) => role.variants[0]!;
const principals = (role: Role) =>
  shape(role).trustPolicy?.statements.flatMap((s) =>
    (s.principal ?? []).map((p) => `${p.type}:${String(p.value)}`),
  );

describe('iamJsonParser: authorization details (real accounts)', () => {
  it('reads every role of cloudsplaining-authz-details-test.json with policies and profiles', () => {
    const parsed = parseFixture('cloudsplaining-authz-details-test.json')!;
    expect(parsed.errors).toEqual([]);
    expect(parsed.roles.map((r) => r.id)).toEqual([
      'cloudsplaining-authz-details-test.json#MyRole',
      'cloudsplaining-authz-details-test.json#MyOtherRole',
      'cloudsplaining-authz-details-test.json#OverprivilegedEC2',
    ]);
    const ec2 = parsed.roles[2]!;
    expect(ec2).toMatchObject({ key: 'OverprivilegedEC2', name: 'OverprivilegedEC2', source: 'iam-json' });
    expect(principals(ec2)).toEqual(['Service:ec2.amazonaws.com']);
    expect(shape(ec2).complete).toEqual({ policies: true, instanceProfiles: true });
    expect(shape(ec2).instanceProfiles).toEqual([
      {
        name: 'OverprivilegedEC2',
        location: expect.objectContaining({ file: 'cloudsplaining-authz-details-test.json' }),
      },
    ]);
    const [inline, managed] = shape(ec2).policies;
    expect(inline).toMatchObject({ kind: 'inline', name: 'SupYo' });
    expect(inline!.document!.statements.length).toBeGreaterThan(0);
    // InsecurePolicy is in the file's Policies: its default version is the document.
    expect(managed).toMatchObject({
      kind: 'managed',
      arn: 'arn:aws:iam::012345678901:policy/InsecurePolicy',
    });
    expect(managed!.document!.statements.length).toBeGreaterThan(0);
    // A role without InstanceProfileList entries: complete, so instance-profile can fail.
    expect(shape(parsed.roles[0]!)).toMatchObject({
      instanceProfiles: [],
      complete: { instanceProfiles: true },
    });
  });

  it('takes the default policy version only', () => {
    const text = JSON.stringify({
      RoleDetailList: [
        {
          RoleName: 'r',
          AssumeRolePolicyDocument: { Statement: [] },
          AttachedManagedPolicies: [{ PolicyName: 'p', PolicyArn: 'arn:aws:iam::111122223333:policy/p' }],
        },
      ],
      Policies: [
        {
          Arn: 'arn:aws:iam::111122223333:policy/p',
          DefaultVersionId: 'v2',
          PolicyVersionList: [
            {
              VersionId: 'v1',
              IsDefaultVersion: false,
              Document: { Statement: [{ Effect: 'Allow', Action: 'old:*', Resource: '*' }] },
            },
            {
              VersionId: 'v2',
              IsDefaultVersion: true,
              Document: { Statement: [{ Effect: 'Allow', Action: 'new:*', Resource: '*' }] },
            },
          ],
        },
      ],
    });
    const parsed = iamJsonParser.parse(text, { file: 'a.json', parameters: {} })!;
    expect(shape(parsed.roles[0]!).policies[0]!.document!.statements[0]!.action).toEqual(['new:*']);
  });

  it('reads URL-encoded documents (the raw API form), AWS-managed ARNs left to the snapshot', () => {
    const parsed = parseFixture('written/authz-url-encoded.json')!;
    const role = parsed.roles[0]!;
    expect(principals(role)).toEqual([
      'Service:ec2.amazonaws.com',
      'AWS:arn:aws:iam::111122223333:role/VeeamImpersonation',
    ]);
    const [inline, awsManaged, missing] = shape(role).policies;
    expect(inline!.document!.statements[0]!.action).toEqual(['ec2:DescribeInstances', 'ssm:*']);
    expect(awsManaged).toMatchObject({ arn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore' });
    expect(awsManaged!.document).toBeUndefined();
    expect(awsManaged!.unresolved).toBeUndefined();
    expect(missing!.unresolved?.reason).toMatch(/customer-managed policy .*gone is not in this file/);
  });

  it('reads a second real account (cloudsplaining-authz-v2-small.json)', () => {
    const parsed = parseFixture('cloudsplaining-authz-v2-small.json')!;
    expect(parsed.roles.map((r) => r.key)).toEqual(['GOAT', 'MyOtherRole']);
    expect(parsed.errors).toEqual([]);
  });

  it('warns when RoleDetailList is missing (cloudsplaining-authz-no-roles-key.json)', () => {
    const parsed = parseFixture('cloudsplaining-authz-no-roles-key.json')!;
    expect(parsed.roles).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([expect.objectContaining({ code: 'iam-json-no-roles' })]);
  });

  it('reports a malformed role entry on its line and keeps going', () => {
    const parsed = parseFixture('written/authz-bad-role.json')!;
    expect(parsed.roles).toEqual([]);
    expect(parsed.errors).toEqual([
      { file: 'written/authz-bad-role.json', line: 3, column: 18, message: 'RoleName is not a string' },
    ]);
  });
});

describe('iamJsonParser: get-role and CLI inputs', () => {
  it('get-role: trust, boundary and tags; policies and profiles unknown', () => {
    const role = parseFixture('written/get-role-worker.json')!.roles[0]!;
    expect(role).toMatchObject({
      id: 'written/get-role-worker.json#veeam-worker',
      tags: { 'veeam:role': 'production-worker' },
    });
    expect(principals(role)).toEqual(['Service:ec2.amazonaws.com']);
    expect(shape(role).permissionsBoundary).toMatchObject({
      arn: 'arn:aws:iam::111122223333:policy/boundary',
    });
    expect(shape(role).complete).toEqual({ policies: false, instanceProfiles: false });
    expect(shape(role).openQuestions.map((q) => q.checks)).toEqual([['permissions'], ['instance-profile']]);
    expect(shape(role).openQuestions[0]!.reason).toMatch(/get-role output lists no policies/);
  });

  it('create-role: links the put-role-policy, attach-role-policy and add-role-to-instance-profile inputs beside it', () => {
    const role = parseFixture('written/cli/create-role.json')!.roles[0]!;
    expect(role).toMatchObject({ id: 'written/cli/create-role.json#cli-worker', tags: { team: 'backup' } });
    expect(principals(role)).toEqual(['Service:ec2.amazonaws.com']);
    expect(shape(role).permissionsBoundary).toBeUndefined();
    expect(shape(role).complete).toEqual({ policies: true, instanceProfiles: true });
    expect(shape(role).policies.map((p) => [p.kind, p.name, p.location.file])).toEqual([
      [
        'managed',
        'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
        'written/cli/attach-role-policy.json',
      ],
      ['inline', 'worker-inline', 'written/cli/put-role-policy.json'],
    ]);
    expect(shape(role).instanceProfiles).toEqual([
      {
        name: 'cli-worker-profile',
        location: expect.objectContaining({ file: 'written/cli/add-role-to-instance-profile.json' }),
      },
    ]);
  });

  it.each([
    'written/cli/put-role-policy.json',
    'written/cli/attach-role-policy.json',
    'written/cli/add-role-to-instance-profile.json',
    'written/cli/create-instance-profile.json',
  ])('%s is consumed by its create-role: no role, no loose document, no warning', (file) => {
    expect(parseFixture(file)).toEqual({ format: 'iam-json', roles: [], errors: [], warnings: [] });
  });

  it('a put-role-policy for a role not created beside it is a loose identity document', () => {
    const parsed = parseFixture('written/cli/put-role-policy-other.json')!;
    expect(parsed.looseDocuments).toEqual([
      expect.objectContaining({ file: 'written/cli/put-role-policy-other.json', use: 'identity' }),
    ]);
  });

  it('an attach-role-policy without its create-role is reported as unlinked', () => {
    const parsed = iamJsonParser.parse(
      '{"RoleName": "x", "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}',
      {
        file: 'a.json',
        parameters: {},
      },
    )!;
    expect(parsed.warnings).toEqual([expect.objectContaining({ code: 'iam-json-unlinked' })]);
  });
});

describe('iamJsonParser: bare policy documents', () => {
  it.each([
    ['boogy-trust-cross-account.json', 'trust', 1],
    ['boogy-trust-gha-oidc.json', 'trust', 1],
    ['boogy-trust-invalid-principal-type.json', 'trust', 1],
    ['boogy-identity-insecure-policy.yaml', 'identity', 5],
    ['boogy-identity-maximum-size.json', 'identity', undefined],
    ['boogy-identity-terraform-template.json', 'identity', undefined],
    ['cfnpv-policy-exceeds-max-size.json', 'identity', 1],
    ['cloudsplaining-policy-wildcards.json', 'identity', 1],
  ])('%s is a loose %s document', (file, use, statements) => {
    const parsed = parseFixture(file)!;
    expect(parsed.roles).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.looseDocuments).toHaveLength(1);
    const loose = parsed.looseDocuments![0]!;
    expect(loose).toMatchObject({ file, use });
    if (statements !== undefined) expect(loose.document.statements).toHaveLength(statements);
    expect(loose.document.location).toEqual({ file, line: 1, column: 1 });
  });

  it('keeps Terraform ${...} interpolations as written (not guessed)', () => {
    const doc = parseFixture('boogy-identity-terraform-template.json')!.looseDocuments![0]!.document;
    expect(doc.statements[0]!.resource).toEqual(['arn:aws:iam::${aws_account_id}:role/lambda-exec-role']);
  });

  it.each([
    [
      'a URL-encoded create-policy document',
      {
        PolicyName: 'p',
        PolicyDocument: encodeURIComponent(
          '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
        ),
      },
    ],
    [
      'a get-policy-version output',
      {
        PolicyVersion: {
          Document: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
          VersionId: 'v1',
          IsDefaultVersion: true,
        },
      },
    ],
  ])('%s is a loose identity document', (_what, value) => {
    const parsed = iamJsonParser.parse(JSON.stringify(value, null, 2), { file: 'p.json', parameters: {} })!;
    expect(parsed.looseDocuments![0]!.document.statements[0]!.action).toEqual(['s3:*']);
  });

  it('reports a broken policy file on its line', () => {
    const parsed = parseFixture('written/broken-policy.json')!;
    expect(parsed.errors).toEqual([expect.objectContaining({ file: 'written/broken-policy.json', line: 4 })]);
    expect(parsed.errors[0]!.message).toMatch(/invalid JSON/);
  });
});

describe('iamJsonParser: files that are not IAM JSON', () => {
  const repo = join(import.meta.dirname, '../../..');
  it.each([
    ['package.json', readFileSync(join(repo, 'package.json'), 'utf8')],
    ['tsconfig.json', readFileSync(join(repo, 'tsconfig.json'), 'utf8')],
    ['tsconfig.json', '{\n  // comment\n  "compilerOptions": {}\n}'],
    ['cfn.json', readFileSync(join(fixtures, 'not-iam/checkov-ec2-role-admin-ip.json'), 'utf8')],
    ['cfn.yaml', readFileSync(join(fixtures, 'not-iam/checkov-trust-as-json-string.yaml'), 'utf8')],
    ['plan.json', readFileSync(join(fixtures, 'not-iam/tipv-role-inline-assume-policy.json'), 'utf8')],
    ['workflow.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n'],
    ['list.json', '[{"Statement": []}]'],
    ['other.json', '{"Statement": [], "Resources": {}}'],
    ['broken-other.json', '{"name": "x", "RoleName": '],
    ['multi.yaml', 'Statement: []\n---\nStatement: []\n'],
  ])('%s → null', (file, text) => {
    expect(iamJsonParser.parse(text, { file, parameters: {} })).toBeNull();
  });

  it.each([
    ['x.json', '{"Version": "2012-10-17", "Statement": []}', true],
    ['x.yaml', 'Version: "2012-10-17"\nStatement: []\n', true],
    ['x.txt', '{"Statement": []}', false],
    ['package.json', '{"name": "x", "version": "1.0.0"}', false],
    ['template.json', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}', false],
  ])('sniff(%s) is %s', (file, head, expected) => {
    expect(iamJsonParser.sniff(file, head)).toBe(expected);
  });
});
