import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { evaluateRole } from '../../src/evaluate.js';
import type { Report, RoleReport } from '../../src/model/report.js';
import { parseFile, parsers } from '../../src/parsers/index.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { selectRoles } from '../../src/requirements/selection.js';
import { V10_ACTIONS } from '../helpers/roles.js';
import { appliance } from '../hostile/tree.js';

/**
 * Issue 12 rule 3: a custom resource or nested stack that receives the role may attach more from
 * outside the template: a note on the finding, never an unknown. The verdict stays what the template
 * proves; open questions remain only for links inside the template (an attachment whose role cannot
 * be resolved, a Transform). CloudFormation YAML and JSON.
 */
const IAM4 = [
  'iam:GetContextKeysForPrincipalPolicy',
  'iam:GetRole',
  'iam:ListInstanceProfilesForRole',
  'iam:SimulatePrincipalPolicy',
];
const trust = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    { Effect: 'Allow', Principal: { AWS: appliance }, Action: 'sts:AssumeRole' },
  ],
};
const policy = (actions: string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
});
const registrar = {
  Type: 'Custom::RegisterWorkerRole',
  Properties: {
    ServiceToken: { 'Fn::GetAtt': ['RegisterFunction', 'Arn'] },
    RoleName: { Ref: 'WorkerRole' },
  },
};
const child = {
  Type: 'AWS::CloudFormation::Stack',
  Properties: {
    TemplateURL: 'https://example.com/child.yaml',
    Parameters: { Role: { 'Fn::GetAtt': ['WorkerRole', 'Arn'] } },
  },
};
const unlinkedAttachment = {
  Type: 'AWS::IAM::Policy',
  Properties: {
    PolicyName: 'shared',
    Roles: [{ Ref: 'TargetRoleName' }],
    PolicyDocument: policy(IAM4),
  },
};

interface Case {
  actions: string[];
  profile?: boolean;
  more?: Record<string, unknown>;
  transform?: string;
}
function template({ actions, profile = true, more = {}, transform }: Case): Record<string, unknown> {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { TargetRoleName: { Type: 'String' } },
    ...(transform ? { Transform: transform } : {}),
    Resources: {
      WorkerRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: 'veeam-worker',
          AssumeRolePolicyDocument: trust,
          Policies: [{ PolicyName: 'veeam', PolicyDocument: policy(actions) }],
        },
      },
      ...(profile
        ? {
            WorkerProfile: {
              Type: 'AWS::IAM::InstanceProfile',
              Properties: { Roles: [{ Ref: 'WorkerRole' }] },
            },
          }
        : {}),
      ...more,
    },
  };
}

const formats = {
  'cloudformation-yaml': (t: unknown) => ({ file: 'veeam/stack.yaml', text: stringify(t) }),
  'cloudformation-json': (t: unknown) => ({ file: 'veeam/stack.json', text: JSON.stringify(t, null, 2) }),
};

function evaluate(format: keyof typeof formats, c: Case): RoleReport {
  const { file, text } = formats[format](template(c));
  const parsed = parseFile(text, { file, parameters: {} }, parsers)!;
  const [[role, selection]] = [...selectRoles(parsed.roles, [])] as [[never, never]];
  return evaluateRole(role, selection, { veeamVersion: '10', appliancePrincipals: [appliance] });
}

const lacking = V10_ACTIONS.filter((a) => !IAM4.includes(a));
const NOTE =
  /receives this role and may attach more policies; if it does, declare them in this template or waive this check/;

type Row = [name: string, c: Case, permissions: string, missing: string[], noted: boolean];
const rows: Row[] = [
  [
    'custom resource, four actions missing',
    { actions: lacking, more: { Register: registrar } },
    'fail',
    IAM4,
    true,
  ],
  ['nested stack, four actions missing', { actions: lacking, more: { Child: child } }, 'fail', IAM4, true],
  [
    'custom resource, nothing missing',
    { actions: V10_ACTIONS, more: { Register: registrar } },
    'pass',
    [],
    false,
  ],
  ['no outside receiver, four actions missing', { actions: lacking }, 'fail', IAM4, false],
  // Open questions inside the input still make it unknown, and the note still says what is outside.
  [
    'custom resource and an attachment whose role cannot be resolved',
    { actions: lacking, more: { Register: registrar, Shared: unlinkedAttachment } },
    'unknown',
    [],
    true,
  ],
  [
    'custom resource and a SAM transform',
    { actions: lacking, more: { Register: registrar }, transform: 'AWS::Serverless-2016-10-31' },
    'unknown',
    [],
    true,
  ],
];

describe.each(Object.keys(formats) as (keyof typeof formats)[])('outside receivers in %s', (format) => {
  it.each(rows)('%s', (_name, c, verdict, missing, noted) => {
    const check = evaluate(format, c).checks.find((x) => x.check === 'permissions')!;
    expect(check.verdict).toBe(verdict);
    expect(check.missingActions).toEqual(missing);
    expect((check.notes ?? []).some((n) => NOTE.test(n))).toBe(noted);
  });

  it('a missing instance profile is a fail with a note, not an unknown', () => {
    const check = evaluate(format, {
      actions: V10_ACTIONS,
      profile: false,
      more: { Register: registrar },
    }).checks.find((x) => x.check === 'instance-profile')!;
    expect(check.verdict).toBe('fail');
    expect(check.notes).toEqual([
      "custom resource 'Register' (Custom::RegisterWorkerRole) receives this role and may put it in an instance profile; if it does, declare the profile in this template or waive this check",
    ]);
  });
});

describe('notes in every report format', () => {
  const role = evaluate('cloudformation-yaml', { actions: lacking, more: { Register: registrar } });
  const report: Report = {
    version: 1,
    summary: { files: 1, iamRoles: 1, workerRoles: 1, pass: 0, fail: 1, unknown: 0, errors: 0 },
    roles: [role],
    errors: [],
    warnings: [],
  };
  const note = role.checks.find((c) => c.check === 'permissions')!.notes![0]!;

  it('JSON: a notes field on the check, missingActions exact', () => {
    const json = JSON.parse(renderJson(report));
    const permissions = json.roles[0].checks.find((c: { check: string }) => c.check === 'permissions');
    expect(permissions.notes).toEqual([note]);
    expect(permissions.missingActions).toEqual(IAM4);
    const trustCheck = json.roles[0].checks.find((c: { check: string }) => c.check === 'trust-ec2');
    expect(trustCheck).not.toHaveProperty('notes');
  });
  it('text, Markdown and SARIF carry the note', () => {
    expect(renderText(report)).toContain(`note: ${note}`);
    expect(renderMarkdown(report, { target: 'summary' })).toContain('Note: ');
    expect(renderMarkdown(report, { target: 'summary' })).toContain("custom resource 'Register'");
    const messages = renderSarif(report).runs[0]!.results!.map((r) => r.message.text ?? '');
    expect(messages.some((m) => m.includes(`Note: ${note}`))).toBe(true);
  });
});
