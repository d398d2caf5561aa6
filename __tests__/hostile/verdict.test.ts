import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { appliance, extraActions, Tree, workerTemplate, type WorkerParts } from './tree.js';

/**
 * Issue 8 item 2: input that tries to fool the verdict. Each row is one worker role (the passing
 * template with one part changed) and the verdict real IAM would give, with ours when it differs
 * on purpose. Columns: what changes, the expected role verdict, the expected verdicts of the
 * checks named, and why (the IAM rule, or why the gate is stricter than IAM).
 */
const ec2 = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' };
const app = { Effect: 'Allow', Principal: { AWS: appliance }, Action: 'sts:AssumeRole' };
const trustWith = (...statements: unknown[]) => ({ trust: statements });
const extras = (action: unknown, more: Record<string, unknown> = {}) => ({
  statements: [{ Effect: 'Allow', Action: action, Resource: '*', ...more }],
});
const extrasPlus = (...more: unknown[]) => ({
  statements: [{ Effect: 'Allow', Action: extraActions, Resource: '*' }, ...more],
});
const mixedCase = extraActions.map((a, i) => (i % 2 ? a.toUpperCase() : a.toLowerCase()));

type Checks = Partial<Record<'trust-ec2' | 'trust-appliance' | 'instance-profile' | 'permissions', string>>;
type Row = [change: string, parts: WorkerParts, verdict: string, checks: Checks, why: string];

const rows: Row[] = [
  // Trust: service principals are matched exactly.
  [
    'ec2 principal with a suffix',
    trustWith({ ...ec2, Principal: { Service: 'ec2.amazonaws.com.evil.example' } }, app),
    'fail',
    { 'trust-ec2': 'fail' },
    'a different service name: EC2 is not trusted',
  ],
  [
    'ec2 principal with a prefix',
    trustWith({ ...ec2, Principal: { Service: 'evil-ec2.amazonaws.com' } }, app),
    'fail',
    { 'trust-ec2': 'fail' },
    'a different service name',
  ],
  [
    'ec2 principal in a list with an impostor',
    trustWith(
      { ...ec2, Principal: { Service: ['ec2.amazonaws.com.evil.example', 'ec2.amazonaws.com'] } },
      app,
    ),
    'pass',
    { 'trust-ec2': 'pass' },
    'the real one is in the list',
  ],
  [
    'China-partition ec2 principal',
    trustWith({ ...ec2, Principal: { Service: 'ec2.amazonaws.com.cn' } }, app),
    'pass',
    { 'trust-ec2': 'pass' },
    'the .cn form is EC2 in aws-cn',
  ],
  // Trust: wildcards.
  [
    'Principal "*" alone',
    trustWith({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }),
    'fail',
    { 'trust-ec2': 'fail', 'trust-appliance': 'fail' },
    'IAM lets anyone assume it; the gate wants EC2 and the appliance named, and fails "*" as dangerous (design §3)',
  ],
  [
    '{"AWS": "*"} next to the right principals',
    trustWith(ec2, app, { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }),
    'fail',
    { 'trust-ec2': 'pass', 'trust-appliance': 'fail' },
    'IAM allows anyone in any account; the gate fails it as dangerous',
  ],
  [
    'appliance ARN with a suffix',
    trustWith(ec2, { ...app, Principal: { AWS: `${appliance}.evil` } }),
    'fail',
    { 'trust-appliance': 'fail' },
    'another role',
  ],
  [
    'appliance in another account',
    trustWith(ec2, { ...app, Principal: { AWS: appliance.replace('111122223333', '999999999999') } }),
    'fail',
    { 'trust-appliance': 'fail' },
    'another account',
  ],
  [
    'wildcard in a role principal ARN',
    trustWith(ec2, { ...app, Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } }),
    'fail',
    { 'trust-appliance': 'fail' },
    'IAM accepts no wildcard in a principal ARN (the policy is rejected)',
  ],
  [
    'appliance account root',
    trustWith(ec2, { ...app, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }),
    'pass',
    { 'trust-appliance': 'pass' },
    'an account principal trusts every role in it',
  ],
  [
    'NotPrincipal with Allow',
    trustWith({
      Effect: 'Allow',
      NotPrincipal: { AWS: 'arn:aws:iam::999999999999:root' },
      Action: 'sts:AssumeRole',
    }),
    'fail',
    { 'trust-appliance': 'fail' },
    'IAM rejects NotPrincipal in a role trust policy; the gate fails it as dangerous',
  ],
  [
    'Deny with NotPrincipal of the appliance',
    trustWith(ec2, app, { Effect: 'Deny', NotPrincipal: { AWS: appliance }, Action: 'sts:AssumeRole' }),
    'fail',
    { 'trust-ec2': 'fail', 'trust-appliance': 'pass' },
    'denies everyone but the appliance: EC2 too',
  ],
  [
    'Deny sts:AssumeRole to EC2',
    trustWith(ec2, app, { ...ec2, Effect: 'Deny' }),
    'fail',
    { 'trust-ec2': 'fail' },
    'explicit Deny wins',
  ],
  // Trust: how the action is spelled.
  [
    'trust action in mixed case',
    trustWith({ ...ec2, Action: 'STS:assumeROLE' }, app),
    'pass',
    { 'trust-ec2': 'pass' },
    'actions are case-insensitive',
  ],
  [
    'trust action with ?',
    trustWith({ ...ec2, Action: 'sts:Assume?ole' }, app),
    'pass',
    { 'trust-ec2': 'pass' },
    '? matches one character',
  ],
  [
    'trust action with a trailing space',
    trustWith({ ...ec2, Action: 'sts:AssumeRole ' }, app),
    'fail',
    { 'trust-ec2': 'fail' },
    'not the action name (IAM rejects it as malformed)',
  ],
  [
    'trust action sts:AssumeRoleWithSAML only',
    trustWith({ ...ec2, Action: 'sts:AssumeRoleWithSAML' }, app),
    'fail',
    { 'trust-ec2': 'fail' },
    'a different action',
  ],
  [
    'lower-case Effect',
    trustWith({ ...ec2, Effect: 'allow' }, app),
    'fail',
    { 'trust-ec2': 'fail' },
    'Effect is case-sensitive: IAM rejects "allow"',
  ],
  // Permissions: how actions are spelled.
  [
    'actions in mixed case',
    extras(mixedCase),
    'pass',
    { permissions: 'pass' },
    'actions are case-insensitive',
  ],
  [
    'actions with ? wildcards',
    extras(extraActions.map((a) => a.replace(/:(.)/, ':?'))),
    'pass',
    { permissions: 'pass' },
    '? matches one character',
  ],
  [
    '? wildcard that needs one character more',
    extras(extraActions.map((a) => `${a}?`)),
    'fail',
    { permissions: 'fail' },
    '? matches exactly one character',
  ],
  [
    'actions with a leading space',
    extras(extraActions.map((a) => ` ${a}`)),
    'fail',
    { permissions: 'fail' },
    'not an action name (IAM rejects the policy)',
  ],
  [
    'actions with a space after the colon',
    extras(extraActions.map((a) => a.replace(':', ': '))),
    'fail',
    { permissions: 'fail' },
    'not an action name',
  ],
  [
    'actions granted on one bucket only',
    extras(extraActions, { Resource: 'arn:aws:s3:::bucket/*' }),
    'fail',
    { permissions: 'fail' },
    'Veeam needs Resource "*"',
  ],
  [
    'lower-case Effect on the grant',
    extras(extraActions, { Effect: 'allow' }),
    'fail',
    { permissions: 'fail' },
    'IAM rejects "allow"',
  ],
  // Permissions: Deny and NotAction.
  [
    'Deny with NotAction ssm:*',
    extrasPlus({ Effect: 'Deny', NotAction: ['ssm:*', 'ec2messages:*', 'ssmmessages:*'], Resource: '*' }),
    'fail',
    { permissions: 'fail' },
    'denies every other action: iam:* and sqs:* included',
  ],
  [
    'Deny with NotAction *',
    extrasPlus({ Effect: 'Deny', NotAction: '*', Resource: '*' }),
    'pass',
    { permissions: 'pass' },
    'NotAction "*" excludes every action: denies nothing',
  ],
  [
    'Deny with NotResource *',
    extrasPlus({ Effect: 'Deny', Action: '*', NotResource: '*' }),
    'pass',
    { permissions: 'pass' },
    'NotResource "*" excludes every resource: denies nothing',
  ],
  [
    'Deny sqs:Send* on *',
    extrasPlus({ Effect: 'Deny', Action: 'sqs:Send*', Resource: '*' }),
    'fail',
    { permissions: 'fail' },
    'explicit Deny wins',
  ],
  [
    'Allow with NotAction iam:*',
    extras(undefined, { Action: undefined, NotAction: 'iam:*' }),
    'fail',
    { permissions: 'fail' },
    'grants everything but iam:*: the four iam actions are missing',
  ],
  // Conditions that can never match.
  [
    'Allow under a condition that can never match',
    extras(extraActions, { Condition: { StringEquals: { 'aws:RequestedRegion': 'no-such-region-1' } } }),
    'unknown',
    { permissions: 'unknown' },
    'IAM: never granted (fail); the gate does not evaluate conditions and says unknown, never pass',
  ],
  [
    'Deny under a condition that can never match',
    extrasPlus({
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'neither' } },
    }),
    'unknown',
    { permissions: 'unknown' },
    'IAM: the Deny never applies (pass); the gate says unknown, never pass',
  ],
];

function checksOf(report: Report, id: string): Record<string, string> {
  const role = report.roles.find((r) => r.id === id);
  return Object.fromEntries((role?.checks ?? []).map((c) => [c.check, c.verdict]));
}

describe('verdicts on input that tries to fool the gate (issue 8 item 2)', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = new Tree();
  });
  afterEach(() => tree.remove());

  it.each(rows)('%s', async (_change, parts, verdict, checks) => {
    tree.put('stack.json', JSON.stringify(workerTemplate(parts), null, 2));
    const report = await tree.scan();
    expect(report.errors).toEqual([]);
    expect(report.roles.map((r) => [r.id, r.verdict])).toEqual([['stack.json#WorkerRole', verdict]]);
    expect(checksOf(report, 'stack.json#WorkerRole')).toMatchObject(checks);
  });
});

/** The passing template with the extra actions moved into an AWS::IAM::Policy resource. */
function withSeparatePolicy(
  roles: unknown[],
  condition?: { name: string; expression: unknown },
  roleName?: string,
): Record<string, unknown> {
  const template = workerTemplate({ statements: [], roleName }) as { Resources: Record<string, unknown> };
  template.Resources.Extra = {
    Type: 'AWS::IAM::Policy',
    ...(condition ? { Condition: condition.name } : {}),
    Properties: {
      PolicyName: 'extra',
      Roles: roles,
      PolicyDocument: { Statement: [{ Effect: 'Allow', Action: extraActions, Resource: '*' }] },
    },
  };
  if (condition)
    (template as Record<string, unknown>).Conditions = { [condition.name]: condition.expression };
  return template;
}

/** Only the policy, in a file of its own, attached by role name or logical ID. */
function policyOnly(roles: unknown[]): Record<string, unknown> {
  const template = withSeparatePolicy(roles) as { Resources: Record<string, unknown> };
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: { Extra: template.Resources.Extra } };
}

type FilesRow = [
  change: string,
  files: Record<string, unknown>,
  verdicts: Record<string, string>,
  why: string,
];
const fileRows: FilesRow[] = [
  [
    'policy in the same template, by Ref',
    { 'a.json': withSeparatePolicy([{ Ref: 'WorkerRole' }]) },
    { 'a.json#WorkerRole': 'pass' },
    'linked within its template',
  ],
  [
    'policy in another template naming the role by logical ID',
    { 'a.json': workerTemplate({ statements: [] }), 'b.json': policyOnly(['WorkerRole']) },
    { 'a.json#WorkerRole': 'fail' },
    'a logical ID means nothing outside its template: never linked across files',
  ],
  [
    'policy in another template naming the role by RoleName',
    {
      'a.json': workerTemplate({ statements: [], roleName: 'veeam-worker' }),
      'b.json': policyOnly(['veeam-worker']),
    },
    { 'a.json#WorkerRole': 'fail' },
    'deployed to one account, IAM would attach it; the gate cannot know the stacks share an account and proves nothing from another file',
  ],
  [
    'a second template redefining the same logical ID',
    { 'a.json': workerTemplate(), 'b.json': workerTemplate({ statements: [] }) },
    { 'a.json#WorkerRole': 'pass', 'b.json#WorkerRole': 'fail' },
    'two roles, two ids (file#logical ID), two verdicts: neither hides the other',
  ],
  [
    'the same template twice under two names',
    { 'a.json': workerTemplate({ statements: [] }), 'copy/a.json': workerTemplate({ statements: [] }) },
    { 'a.json#WorkerRole': 'fail', 'copy/a.json#WorkerRole': 'fail' },
    'each file is its own stack',
  ],
  [
    'policy under a CloudFormation condition that is never true',
    {
      'a.json': withSeparatePolicy([{ Ref: 'WorkerRole' }], {
        name: 'Never',
        expression: { 'Fn::Equals': ['a', 'b'] },
      }),
    },
    { 'a.json#WorkerRole': 'fail' },
    'CloudFormation never creates the policy: IAM would not grant the actions',
  ],
  [
    'policy under a CloudFormation condition that is always true',
    {
      'a.json': withSeparatePolicy([{ Ref: 'WorkerRole' }], {
        name: 'Always',
        expression: { 'Fn::Equals': ['a', 'a'] },
      }),
    },
    { 'a.json#WorkerRole': 'pass' },
    'the policy is always created',
  ],
];

describe('verdicts across files and conditions (issue 8 item 2)', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = new Tree();
  });
  afterEach(() => tree.remove());

  it.each(fileRows)('%s', async (_change, files, verdicts) => {
    for (const [file, template] of Object.entries(files)) tree.put(file, JSON.stringify(template, null, 2));
    const report = await tree.scan();
    expect(report.errors).toEqual([]);
    expect(Object.fromEntries(report.roles.map((r) => [r.id, r.verdict]))).toEqual(verdicts);
  });
});
