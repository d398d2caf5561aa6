import fc from 'fast-check';
import { stringify } from 'yaml';
import { evaluateRole } from '../../src/evaluate.js';
import type { Verdict } from '../../src/model/verdict.js';
import { parseFile, parsers } from '../../src/parsers/index.js';
import { selectRoles } from '../../src/requirements/selection.js';
import { appliance, extraActions } from './tree.js';

/**
 * The fuzz targets of issue 8 item 5, shared by the test suite (a bounded run) and `npm run fuzz`
 * (a long run): every format's generator, the pure parse → select → evaluate pipeline, and the
 * mutations. No file system: the parsers and the evaluator are pure.
 */

export type Format = 'cloudformation-yaml' | 'cloudformation-json' | 'terraform-plan' | 'iam-json';

const ssm = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';
const trust = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    { Effect: 'Allow', Principal: { AWS: appliance }, Action: 'sts:AssumeRole' },
  ],
};

export interface PolicyDoc {
  Version: string;
  Statement: Record<string, unknown>[];
}

/** The documents of one worker role, whatever the format. */
export interface RoleSpec {
  identity: PolicyDoc;
  managed: string[];
  trust: unknown;
}

export const passingSpec = (): RoleSpec => ({
  identity: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: [...extraActions], Resource: '*' }],
  },
  managed: [ssm],
  trust: structuredClone(trust),
});

/** Each format's file name and text for a role spec (a worker role with an instance profile). */
export const formats: Record<
  Format,
  { file: string; render: (spec: RoleSpec) => unknown; text: (v: unknown) => string }
> = {
  'cloudformation-json': {
    file: 'stack.json',
    render: cfnTemplate,
    text: (v) => JSON.stringify(v, null, 2),
  },
  'cloudformation-yaml': {
    file: 'stack.yaml',
    render: cfnTemplate,
    text: (v) => stringify(v, { aliasDuplicateObjects: false }),
  },
  'terraform-plan': {
    file: 'plan.json',
    render: terraformPlan,
    text: (v) => JSON.stringify(v),
  },
  'iam-json': {
    file: 'details.json',
    render: authorizationDetails,
    text: (v) => JSON.stringify(v, null, 2),
  },
};

function cfnTemplate(spec: RoleSpec): unknown {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      WorkerRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: spec.trust,
          ManagedPolicyArns: spec.managed,
          Policies: [{ PolicyName: 'extra', PolicyDocument: spec.identity }],
        },
      },
      WorkerProfile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: 'WorkerRole' }] } },
    },
  };
}

function terraformPlan(spec: RoleSpec): unknown {
  const resource = (type: string, name: string, values: Record<string, unknown>) => ({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    schema_version: 0,
    values,
  });
  return {
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: {
      root_module: {
        resources: [
          resource('aws_iam_role', 'worker', {
            name: 'veeam-worker',
            assume_role_policy: JSON.stringify(spec.trust),
            managed_policy_arns: spec.managed,
            inline_policy: [{ name: 'extra', policy: JSON.stringify(spec.identity) }],
          }),
          resource('aws_iam_instance_profile', 'worker', { name: 'veeam-worker', role: 'veeam-worker' }),
        ],
      },
    },
  };
}

function authorizationDetails(spec: RoleSpec): unknown {
  return {
    RoleDetailList: [
      {
        Path: '/',
        RoleName: 'veeam-worker',
        RoleId: 'AROAEXAMPLEEXAMPLE01',
        Arn: 'arn:aws:iam::123456789012:role/veeam-worker',
        AssumeRolePolicyDocument: spec.trust,
        RolePolicyList: [{ PolicyName: 'extra', PolicyDocument: spec.identity }],
        AttachedManagedPolicies: spec.managed.map((arn) => ({
          PolicyName: arn.split('/').pop(),
          PolicyArn: arn,
        })),
        InstanceProfileList: [{ InstanceProfileName: 'veeam-worker', Path: '/', Roles: [] }],
        Tags: [],
      },
    ],
    GroupDetailList: [],
    UserDetailList: [],
    Policies: [],
  };
}

export const verdicts: readonly Verdict[] = ['pass', 'fail', 'unknown'];

export interface Outcome {
  /** Role verdicts, and the permissions check's verdict of each role. */
  roles: { verdict: Verdict; permissions?: Verdict }[];
  errors: number;
  parsed: boolean;
}

/** Parse → select → evaluate, exactly as the scan does for one file, but without the file system. */
export function run(text: string, file: string): Outcome {
  // Under a veeam/ folder: since issue 13 a role named "worker" is selected only when something
  // ties it to Veeam, and the generated roles are plain `WorkerRole`s.
  const parsed = parseFile(text, { file: `veeam/${file}`, parameters: {} }, parsers);
  if (!parsed) return { roles: [], errors: 0, parsed: false };
  const roles = [...selectRoles(parsed.roles, [])].map(([role, selection]) => {
    const report = evaluateRole(role, selection, { veeamVersion: '10', appliancePrincipals: [appliance] });
    return {
      verdict: report.verdict,
      permissions: report.checks.find((c) => c.check === 'permissions')?.verdict,
    };
  });
  return { roles, errors: parsed.errors.length, parsed: true };
}

export const registered = (format: Format): boolean =>
  parsers.some((p) => p.format === (format.startsWith('cloudformation') ? 'cloudformation' : format));

// ---- generators --------------------------------------------------------------------------------

const requiredPool = [...extraActions, 'ssm:UpdateInstanceInformation', 'ec2messages:GetMessages'];
const actionPool = fc.oneof(
  fc.constantFrom(...requiredPool),
  fc.constantFrom(
    '*',
    'sqs:*',
    'iam:Get*',
    'iam:*Role',
    'sqs:?endMessage',
    'SQS:SENDMESSAGE',
    's3:GetObject',
    'ec2:Describe*',
    'sqs:Send',
    ' sqs:SendMessage',
    'sqs:SendMessage ',
    'iam:GetRole?',
  ),
  fc.string({ maxLength: 12 }),
);
const resourcePool = fc.constantFrom('*', 'arn:aws:s3:::bucket/*', 'arn:aws:sqs:*:*:*', '*:*', 'arn:*');
const conditionPool = fc.constantFrom(
  { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { StringLike: { 'sqs:QueueUrl': '*' } },
);
const listOrOne = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { minLength: 0, maxLength: 5 }));

const statementArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      Effect: fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny', 'allow'),
      actionKey: fc.constantFrom('Action', 'Action', 'Action', 'NotAction'),
      action: listOrOne(actionPool),
      resourceKey: fc.constantFrom('Resource', 'Resource', 'NotResource'),
      resource: listOrOne(resourcePool),
      Condition: conditionPool,
    },
    { requiredKeys: ['Effect', 'actionKey', 'action', 'resourceKey', 'resource'] },
  )
  .map(({ actionKey, action, resourceKey, resource, ...rest }) => ({
    ...rest,
    [actionKey]: action,
    [resourceKey]: resource,
  }));

/** A role spec whose identity policy is random statements around the required actions. */
export const specArb: fc.Arbitrary<RoleSpec> = fc
  .record({
    statements: fc.array(statementArb, { maxLength: 6 }),
    grantAll: fc.boolean(),
    managed: fc.subarray([
      ssm,
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'arn:aws:iam::123456789012:policy/custom',
    ]),
  })
  .map(({ statements, grantAll, managed }) => {
    const spec = passingSpec();
    spec.identity.Statement = grantAll ? [...spec.identity.Statement, ...statements] : statements;
    spec.managed = managed;
    return spec;
  });

/** Values that mean something to one of the parsers: intrinsics, unknowns, odd scalars. */
const interesting = fc.constantFrom<unknown>(
  { Ref: 'WorkerRole' },
  { Ref: 'AWS::NoValue' },
  { Ref: 'Missing' },
  { 'Fn::GetAtt': ['WorkerRole', 'Arn'] },
  { 'Fn::If': ['Cond', 'a', 'b'] },
  { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' },
  { 'Fn::Join': ['', ['a', { Ref: 'X' }]] },
  { 'Fn::ImportValue': 'x' },
  { 'Fn::Select': [5, []] },
  { 'Fn::Split': [',', 'a,b'] },
  { 'Fn::FindInMap': ['M', 'a', 'b'] },
  { 'Fn::Base64': 'x' },
  { Condition: 'Cond' },
  '*',
  '',
  null,
  true,
  -1,
  1e308,
  '{"Statement": [',
  '${AWS::Partition}',
  '__proto__',
  { __proto__: null, constructor: 'x' },
  [],
  {},
);
const valueArb = fc.oneof(interesting, fc.jsonValue({ maxDepth: 2 }));

/** One edit of a JSON value: `path` picks a node (each step modulo the children), `op` changes it. */
const editArb = fc.record({
  path: fc.array(fc.nat(), { maxLength: 8 }),
  op: fc.constantFrom('replace', 'delete', 'wrap', 'duplicate', 'rename'),
  value: valueArb,
  key: fc.oneof(
    fc.constantFrom(
      'Action',
      'Effect',
      'Resource',
      'Statement',
      'Type',
      'Properties',
      'Roles',
      'Principal',
      'Condition',
      'NotAction',
      'values',
      'resources',
      'address',
      'type',
      '<<',
    ),
    fc.string({ maxLength: 8 }),
  ),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(root: unknown, edit: Edit): unknown {
  const clone = structuredClone(root) as unknown;
  let parent: Record<string, unknown> | unknown[] | undefined;
  let slot: string | number | undefined;
  let node = clone;
  for (const step of edit.path) {
    if (Array.isArray(node) && node.length) {
      parent = node;
      slot = step % node.length;
    } else if (node && typeof node === 'object' && Object.keys(node).length) {
      const keys = Object.keys(node);
      parent = node as Record<string, unknown>;
      slot = keys[step % keys.length]!;
    } else break;
    node = (parent as Record<string | number, unknown>)[slot as string];
  }
  const put = (value: unknown) => {
    if (parent === undefined) return value;
    (parent as Record<string | number, unknown>)[slot as string] = value;
    return clone;
  };
  switch (edit.op) {
    case 'replace':
      return put(edit.value);
    case 'wrap':
      return put([node]);
    case 'duplicate':
      return put(
        Array.isArray(node)
          ? [...node, ...node]
          : node && typeof node === 'object'
            ? { ...node, [edit.key]: node }
            : [node, node],
      );
    case 'rename':
      if (parent && !Array.isArray(parent) && typeof slot === 'string') {
        const value = parent[slot];
        delete parent[slot];
        parent[edit.key] = value;
      }
      return clone;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(slot as number, 1);
      else if (parent) delete parent[slot as string];
      return parent === undefined ? null : clone;
  }
  return clone;
}

/** Characters that matter to YAML and JSON, plus non-ASCII and controls. */
const noise = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'{}[]:,&*!|>-"\'\n\r\t#%@`?<= \\\u0000\u00e9\u2028\ufeff\ud83d'),
    fc.constantFrom(
      '!Ref ',
      '!GetAtt ',
      '!Sub ',
      '!If ',
      '<<: ',
      '*a',
      '&a ',
      '---\n',
      '...\n',
      '\\u0000',
      'null',
      '"\\ud800"',
    ),
  ),
  maxLength: 16,
});
const textEditArb = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  insert: noise,
  op: fc.constantFrom('insert', 'delete', 'replace', 'copy'),
});
type TextEdit = typeof textEditArb extends fc.Arbitrary<infer T> ? T : never;

function applyTextEdit(text: string, e: TextEdit): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  switch (e.op) {
    case 'insert':
      return text.slice(0, at) + e.insert + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'replace':
      return text.slice(0, at) + e.insert + text.slice(at + e.length);
    case 'copy':
      return text.slice(0, at) + text.slice(at, at + e.length) + text.slice(at);
  }
}

/** Any text a hostile or broken file of this format might hold: mutated trees, mutated text, noise. */
export function inputArb(format: Format): fc.Arbitrary<string> {
  const { render, text } = formats[format];
  const tree = fc
    .tuple(specArb, fc.array(editArb, { maxLength: 4 }))
    .map(([spec, edits]) => text(edits.reduce(applyEdit, render(spec))));
  const textual = fc
    .tuple(specArb, fc.array(textEditArb, { minLength: 1, maxLength: 4 }))
    .map(([spec, edits]) => edits.reduce(applyTextEdit, text(render(spec))));
  return fc.oneof(
    { arbitrary: tree, weight: 5 },
    { arbitrary: textual, weight: 4 },
    { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  );
}

/**
 * A role spec and a mutation that removes one required action from one Allow statement's Action
 * (which, when it was the only one, leaves `Action: []`).
 */
export const removalArb = fc.tuple(specArb, fc.nat(), fc.nat()).map(([spec, pick, which]) => {
  const removed = structuredClone(spec);
  const candidates: [number, number][] = [];
  removed.identity.Statement.forEach((st, i) => {
    if (st.Effect !== 'Allow' || !('Action' in st)) return;
    const actions = Array.isArray(st.Action) ? st.Action : [st.Action];
    actions.forEach((a, j) => {
      if (typeof a === 'string' && requiredPool.includes(a)) candidates.push([i, j]);
    });
  });
  if (candidates.length) {
    const [i, j] = candidates[pick % candidates.length]!;
    const st = removed.identity.Statement[i]!;
    const actions = Array.isArray(st.Action) ? [...(st.Action as unknown[])] : [st.Action];
    actions.splice(j, 1);
    st.Action = actions;
  }
  void which;
  return { spec, removed, changed: candidates.length > 0 };
});

const rank: Record<Verdict, number> = { fail: 0, unknown: 1, pass: 2 };
/** Removing a grant may lower a verdict (pass → unknown → fail), never raise it. */
export function notRaised(before: Verdict | undefined, after: Verdict | undefined): boolean {
  if (before === undefined || after === undefined) return before === after;
  return rank[after] <= rank[before];
}
