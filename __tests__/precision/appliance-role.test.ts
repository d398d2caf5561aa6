import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../src/evaluate.js';
import type { CheckResult } from '../../src/model/report.js';
import { parseFile, parsers } from '../../src/parsers/index.js';
import { selectRoles } from '../../src/requirements/selection.js';
import { APPLIANCE } from '../helpers/roles.js';
import { plan, type ResourceSpec } from '../parsers/terraform-plan/helpers.js';

/**
 * Issue 12 rule 2: an appliance principal that is a role of the same template or configuration is
 * one specific role, never a wildcard. Without a configured appliance-principal the check passes and
 * names it; with one, a known name that differs fails, anything else is unknown naming the role.
 */
function trustAppliance(file: string, text: string, configured: string[]): CheckResult {
  const parsed = parseFile(text, { file, parameters: {} }, parsers)!;
  expect(parsed.errors).toEqual([]);
  const selected = [...selectRoles(parsed.roles, [])].filter(([r]) => /worker/i.test(r.key));
  const [[role, selection]] = selected as [[never, never]];
  const report = evaluateRole(role, selection, { veeamVersion: '10', appliancePrincipals: configured });
  return report.checks.find((c) => c.check === 'trust-appliance')!;
}

const OTHER = 'arn:aws:iam::111122223333:role/Other';
const ACCOUNT = '111122223333';

function yamlTemplate(principal: string, roleName?: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  ApplianceRole:
    Type: AWS::IAM::Role
    Properties:${roleName ? `\n      RoleName: ${roleName}` : ''}
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::111122223333:root }
            Action: sts:AssumeRole
  VeeamWorkerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
          - Effect: Allow
            Principal:
              AWS: ${principal}
            Action: sts:AssumeRole
`;
}

function jsonTemplate(principal: unknown, roleName?: string): string {
  const trust = (p: unknown) => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: p, Action: 'sts:AssumeRole' }],
  });
  return JSON.stringify({
    Resources: {
      ApplianceRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          ...(roleName ? { RoleName: roleName } : {}),
          AssumeRolePolicyDocument: trust({ AWS: 'arn:aws:iam::111122223333:root' }),
        },
      },
      VeeamWorkerRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
              { Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' },
            ],
          },
        },
      },
    },
  });
}

const getAtt = { yaml: '!GetAtt ApplianceRole.Arn', json: { 'Fn::GetAtt': ['ApplianceRole', 'Arn'] } };
const sub = {
  yaml: '!Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${ApplianceRole}"',
  json: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${ApplianceRole}' },
};
const join = {
  yaml: "!Join ['', ['arn:', !Ref AWS::Partition, ':iam::', !Ref AWS::AccountId, ':role/', !Ref ApplianceRole]]",
  json: {
    'Fn::Join': [
      '',
      [
        'arn:',
        { Ref: 'AWS::Partition' },
        ':iam::',
        { Ref: 'AWS::AccountId' },
        ':role/',
        { Ref: 'ApplianceRole' },
      ],
    ],
  },
};
const bareName = { yaml: '!Ref ApplianceRole', json: { Ref: 'ApplianceRole' } };
const suffixed = {
  yaml: '!Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${ApplianceRole}-x"',
  json: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${ApplianceRole}-x' },
};

type Form = { yaml: string; json: unknown };
type CfnRow = [name: string, form: Form, roleName: string | undefined, configured: string[], verdict: string];
const cfnRows: CfnRow[] = [
  ['GetAtt, nothing configured', getAtt, undefined, [], 'pass'],
  ['Sub-built ARN, nothing configured', sub, undefined, [], 'pass'],
  ['Join of Refs, nothing configured', join, undefined, [], 'pass'],
  ['GetAtt, appliance configured, name generated', getAtt, undefined, [APPLIANCE], 'unknown'],
  ['Sub, appliance account configured', sub, undefined, [ACCOUNT], 'unknown'],
  ['GetAtt, RoleName known, nothing configured', getAtt, 'VeeamImpersonation', [], 'pass'],
  ['GetAtt, RoleName differs from the configured one', getAtt, 'VeeamImpersonation', [OTHER], 'fail'],
  [
    'GetAtt, RoleName equals the configured one (account known at deployment)',
    getAtt,
    'VeeamImpersonation',
    [APPLIANCE],
    'unknown',
  ],
  // Not the role's ARN: a bare name is no principal, a suffixed ARN is another role.
  ['Ref (the bare name), nothing configured', bareName, undefined, [], 'unknown'],
  ['Sub with a suffix after the name, nothing configured', suffixed, undefined, [], 'unknown'],
];

describe.each([
  ['cloudformation-yaml', (f: Form, n?: string) => ['stack.yaml', yamlTemplate(f.yaml, n)] as const],
  ['cloudformation-json', (f: Form, n?: string) => ['stack.json', jsonTemplate(f.json, n)] as const],
])('same-stack appliance role in %s', (_format, render) => {
  it.each(cfnRows)('%s', (_name, form, roleName, configured, verdict) => {
    const [file, text] = render(form, roleName);
    const check = trustAppliance(file, text, configured);
    expect(check.verdict).toBe(verdict);
    if (verdict !== 'fail') expect(check.message).toContain(roleName ?? 'ApplianceRole');
  });
});

// ---- Terraform plan: `principals { identifiers = [aws_iam_role.appliance.arn] }` ----

function tfPlan(appliance: Record<string, unknown>, identifiers: Record<string, unknown>): string {
  const resources: ResourceSpec[] = [
    {
      address: 'aws_iam_role.appliance',
      values: { assume_role_policy: JSON.stringify({ Version: '2012-10-17', Statement: [] }), ...appliance },
      unknown: { arn: true, ...(appliance['name'] ? {} : { name: true }) },
    },
    {
      address: 'aws_iam_role.veeam_worker',
      values: { name: 'veeam-worker' },
      unknown: { assume_role_policy: true, arn: true },
      expressions: {
        assume_role_policy: {
          references: ['data.aws_iam_policy_document.trust.json', 'data.aws_iam_policy_document.trust'],
        },
      },
    },
    {
      address: 'data.aws_iam_policy_document.trust',
      mode: 'data',
      values: {},
      unknown: { json: true, statement: true },
      expressions: {
        statement: [
          {
            actions: { constant_value: ['sts:AssumeRole'] },
            principals: [
              { type: { constant_value: 'Service' }, identifiers: { constant_value: ['ec2.amazonaws.com'] } },
            ],
          },
          {
            actions: { constant_value: ['sts:AssumeRole'] },
            principals: [{ type: { constant_value: 'AWS' }, identifiers }],
          },
        ],
      },
    },
    {
      address: 'aws_iam_role.other',
      values: { name: 'other' },
      unknown: { arn: true },
    },
  ];
  return JSON.stringify(plan(resources), null, 2);
}

const arnRef = { references: ['aws_iam_role.appliance.arn', 'aws_iam_role.appliance'] };
const twoRoles = {
  references: [
    'aws_iam_role.appliance.arn',
    'aws_iam_role.appliance',
    'aws_iam_role.other.arn',
    'aws_iam_role.other',
  ],
};
const nameRef = { references: ['aws_iam_role.appliance.name', 'aws_iam_role.appliance'] };

type TfRow = [
  name: string,
  appliance: Record<string, unknown>,
  identifiers: Record<string, unknown>,
  configured: string[],
  verdict: string,
];
const tfRows: TfRow[] = [
  ['arn reference, nothing configured', { name: 'VeeamImpersonation' }, arnRef, [], 'pass'],
  ['arn reference, generated name, nothing configured', {}, arnRef, [], 'pass'],
  [
    'arn reference, name equals the configured one (account known after apply)',
    { name: 'VeeamImpersonation' },
    arnRef,
    [APPLIANCE],
    'unknown',
  ],
  [
    'arn reference, name differs from the configured one',
    { name: 'VeeamImpersonation' },
    arnRef,
    [OTHER],
    'fail',
  ],
  [
    'arn reference, name_prefix matches the configured one',
    { name_prefix: 'Veeam' },
    arnRef,
    [APPLIANCE],
    'unknown',
  ],
  [
    'arn reference, name_prefix cannot match the configured one',
    { name_prefix: 'Veeam' },
    arnRef,
    [OTHER],
    'fail',
  ],
  ['arn reference, generated name, appliance configured', {}, arnRef, [APPLIANCE], 'unknown'],
  // Not one role's ARN: stays an unresolved principal.
  ['references to two roles, nothing configured', { name: 'VeeamImpersonation' }, twoRoles, [], 'unknown'],
  [
    'name reference (no principal), nothing configured',
    { name: 'VeeamImpersonation' },
    nameRef,
    [],
    'unknown',
  ],
];

describe('same-configuration appliance role in a Terraform plan', () => {
  it.each(tfRows)('%s', (_name, appliance, identifiers, configured, verdict) => {
    const check = trustAppliance('plan.json', tfPlan(appliance, identifiers), configured);
    expect(check.verdict).toBe(verdict);
    if (verdict === 'pass') expect(check.message).toContain("role 'aws_iam_role.appliance' of this input");
    if (verdict === 'unknown') expect(check.message).toContain('aws_iam_role.appliance');
  });
});
