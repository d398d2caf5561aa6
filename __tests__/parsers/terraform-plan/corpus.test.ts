import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUnresolved } from '../../../src/model/value.js';
import { terraformPlanParser } from '../../../src/parsers/terraform-plan/index.js';
import {
  actionsOf,
  fixtureDir,
  parseText,
  policySummary,
  readFixture,
  role,
  shape,
  trustPrincipals,
} from './helpers.js';

/** Every role of every real plan in the corpus, by address. */
const expectedRoles: [string, string[]][] = [
  [
    'checkov-gha-oidc-trust-modules.json',
    [
      'module.poc.aws_iam_role.r1["p1"]',
      'module.poc.aws_iam_role.r1["p2"]',
      'module.poc.aws_iam_role.r6["p1"]',
      'module.poc.aws_iam_role.r6["p2"]',
    ],
  ],
  ['checkov-modules-edges.json', []],
  [
    'checkov-parser-plan-tags.json',
    ['aws_iam_role.ec2role', 'aws_iam_role.iam_for_eks', 'aws_iam_role.iam_for_lambda'],
  ],
  ['checkov-plan-iam-data-block.json', []],
  ['checkov-plan-utf16.json', []],
  ['checkov-plan-with-iam-policies.json', ['aws_iam_role.example']],
  [
    'checkov-runner-plan-terragoat.json',
    ['aws_iam_role.ec2role', 'aws_iam_role.iam_for_eks', 'aws_iam_role.iam_for_lambda'],
  ],
  [
    'tfc-for-each-modules-tf0135.json',
    ['aws_iam_role.test_iam_role["repository_1"]', 'aws_iam_role.test_iam_role["repository_2"]'],
  ],
  ['tfc-issue227-small-module.json', ['module.test.aws_iam_role.task']],
  [
    'tfc-issue456-modules-tf0135.json',
    ['aws_iam_role.test_iam_role["repository_1"]', 'aws_iam_role.test_iam_role["repository_2"]'],
  ],
  ['tfc-issue522-lambda-roles-tf100.json', ['aws_iam_role.lambda_execution_role']],
  ['tfc-module-nonCreated-tf0155.json', ['module.apigw_test_1.module.api_gw_log_role.aws_iam_role.default']],
  ['tipv-iam-policy-tf157.json', []],
  ['tipv-identity-policies-tf157.json', ['aws_iam_role.example', 'aws_iam_role.test_role']],
  ['tipv-public-access-tf1121.json', ['aws_iam_role.default', 'aws_iam_role.test_role']],
  ['tipv-role-inline-assume-policy.json', ['aws_iam_role.test_role']],
];

describe('terraform plan parser on the real plans', () => {
  it('covers every plan fixture', () => {
    const files = readdirSync(fixtureDir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(expectedRoles.map(([f]) => f).sort());
  });

  it.each(expectedRoles)('%s: finds every role with its address', (file, keys) => {
    const text = readFixture(file);
    expect(terraformPlanParser.sniff(file, text.slice(0, 4096))).toBe(true);
    const parsed = parseText(text, { file: `infra/${file}` });
    expect(parsed.format).toBe('terraform-plan');
    expect(parsed.errors).toEqual([]);
    expect(parsed.roles.map((r) => r.key)).toEqual(keys);
    for (const r of parsed.roles) {
      expect(r.id).toBe(`infra/${file}#${r.key}`);
      expect(r.source).toBe('terraform-plan');
      expect(r.location.file).toBe(`infra/${file}`);
      expect(r.location.line).toBeGreaterThan(0);
      expect(r.variants).toHaveLength(1);
      expect(shape(r).complete).toEqual({ policies: true, instanceProfiles: true });
    }
  });

  it('terragoat (TF 0.12): instance profile, inline policy and AWS-managed attachments are linked', () => {
    const parsed = parseText(readFixture('checkov-runner-plan-terragoat.json'));
    const ec2 = role(parsed, 'aws_iam_role.ec2role');
    expect(ec2.name).toBe('123456789123-acme-corp-role');
    expect(trustPrincipals(ec2)).toEqual(['Service:ec2.amazonaws.com']);
    expect(shape(ec2).instanceProfiles.map((p) => p.name)).toEqual(['aws_iam_instance_profile.ec2profile']);
    expect(shape(ec2).policies.map(policySummary)).toEqual(['inline:123456789123-acme-corp-policy+doc']);
    expect(actionsOf(shape(ec2).policies[0])).toEqual(['s3:*', 'ec2:*', 'rds:*']);
    // Pretty-printed plan: the role points at its own "address" line in planned_values.
    expect(ec2.location).toEqual({ file: 'plan.json', line: 395, column: 11 });
    expect(shape(role(parsed, 'aws_iam_role.iam_for_eks')).policies.map(policySummary)).toEqual([
      'managed:arn:aws:iam::aws:policy/AmazonEKSClusterPolicy',
      'managed:arn:aws:iam::aws:policy/AmazonEKSServicePolicy',
    ]);
    expect(shape(role(parsed, 'aws_iam_role.iam_for_lambda')).policies).toEqual([]);
  });

  it('a plan whose planned_values were trimmed falls back to resource_changes', () => {
    const parsed = parseText(readFixture('checkov-parser-plan-tags.json'));
    const ec2 = role(parsed, 'aws_iam_role.ec2role');
    expect(ec2.tags['Name']).toBe('123456789123-acme-corp-role');
    expect(shape(ec2).instanceProfiles).toHaveLength(1);
  });

  it('for_each roles in a module take their trust document from the data source instance with the same key', () => {
    const parsed = parseText(readFixture('checkov-gha-oidc-trust-modules.json'));
    const p1 = role(parsed, 'module.poc.aws_iam_role.r6["p1"]');
    expect(p1.name).toBe('r8');
    expect(trustPrincipals(p1)).toEqual(['Federated:cognito-identity.amazonaws.com']);
    const conditions = shape(p1).trustPolicy?.statements[0]?.condition.map((c) => c.values[0]);
    expect(conditions).toContain('system:serviceaccount:p1:default');
    expect(
      shape(role(parsed, 'module.poc.aws_iam_role.r6["p2"]')).trustPolicy?.statements[0]?.condition,
    ).toContainEqual({
      operator: 'StringEquals',
      key: 'accounts.google.com:sub',
      values: ['system:serviceaccount:p2:default'],
    });
    // r1 trusts the OIDC provider being created: its ARN is known only after apply.
    const r1 = role(parsed, 'module.poc.aws_iam_role.r1["p1"]');
    const principal = shape(r1).trustPolicy?.statements[0]?.principal?.[0];
    expect(principal?.type).toBe('Federated');
    expect(isUnresolved(principal?.value)).toBe(true);
    // The trust document is found on the data source, not on the role.
    expect(shape(r1).trustPolicy?.location.line).not.toBe(r1.location.line);
  });

  it('nested modules: the attachment and the policy document are followed through count and module calls', () => {
    const parsed = parseText(readFixture('tfc-module-nonCreated-tf0155.json'));
    const r = role(parsed, 'module.apigw_test_1.module.api_gw_log_role.aws_iam_role.default');
    expect(r.name).toBe('cc-testapi-logs-eu-west-1');
    expect(trustPrincipals(r)).toEqual(['Service:apigateway.amazonaws.com']);
    const [policy] = shape(r).policies;
    expect(policySummary(policy!)).toBe(
      'managed:module.apigw_test_1.module.api_gw_log_role.aws_iam_policy.default[0]+doc',
    );
    expect(isUnresolved(policy?.arn)).toBe(true);
    expect(actionsOf(policy)).toContain('logs:PutLogEvents');
    expect(shape(r).permissionsBoundary?.arn).toBe('arn:aws:iam::123456789101:policy/product-pb');
  });

  it('a role policy whose role is known only after apply is linked through its reference', () => {
    const parsed = parseText(readFixture('tipv-identity-policies-tf157.json'));
    expect(shape(role(parsed, 'aws_iam_role.test_role')).policies.map(policySummary)).toEqual([
      'inline:test_policy+doc',
    ]);
    expect(shape(role(parsed, 'aws_iam_role.example')).policies.map(policySummary)).toEqual([
      'inline:my_inline_policy+doc',
      'inline:policy-8675309+doc',
    ]);
  });

  it('a module role whose trust comes from a data source in prior_state (TF 0.12)', () => {
    const parsed = parseText(readFixture('tfc-issue227-small-module.json'));
    const r = role(parsed, 'module.test.aws_iam_role.task');
    expect(isUnresolved(r.name)).toBe(true);
    expect(trustPrincipals(r)).toEqual(['Service:ecs-tasks.amazonaws.com']);
  });

  it('no-op changes are checked on their planned values; empty attributes stay open', () => {
    const parsed = parseText(readFixture('tfc-issue522-lambda-roles-tf100.json'));
    const r = role(parsed, 'aws_iam_role.lambda_execution_role');
    expect(trustPrincipals(r)).toEqual(['Service:lambda.amazonaws.com']);
    // The fixture blanks policy documents and ARNs: neither is taken as "no permissions".
    expect(shape(r).policies.map(policySummary)).toEqual([
      'inline:terraform-20210620041517969300000003+unresolved',
      'managed:?+unresolved',
      'managed:?+unresolved',
    ]);
  });

  it('UTF-16 with BOM and CRLF: recognised, no roles, no error', () => {
    const text = readFixture('checkov-plan-utf16.json');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(terraformPlanParser.sniff('tfplan.json', text.slice(0, 2048))).toBe(true);
    expect(parseText(text)).toEqual({ format: 'terraform-plan', roles: [], errors: [], warnings: [] });
  });

  it('minified plans point at the column of the resource on line 1', () => {
    const parsed = parseText(readFixture('tipv-role-inline-assume-policy.json'));
    const r = role(parsed, 'aws_iam_role.test_role');
    expect(r.location).toEqual({ file: 'plan.json', line: 1, column: 100 });
    expect(trustPrincipals(r)).toEqual(['Service:ec2.amazonaws.com']);
    expect(r.tags).toEqual({ 'tag-key': 'tag-value' });
  });
});
