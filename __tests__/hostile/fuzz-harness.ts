import fc from 'fast-check';
import { stringify } from 'yaml';
import { evaluateRole } from '../../src/evaluate.js';
import type { Verdict } from '../../src/model/verdict.js';
import { parseFile, parsers } from '../../src/parsers/index.js';
import {
  makeMap,
  type Expr,
  type HclBody,
  type HclReader,
  type Scope,
  type TfValue,
} from '../../src/parsers/terraform-source/hcl/index.js';
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

// ---- Terraform source (HCL) --------------------------------------------------------------------

/** One worker role as Terraform source: jsonencode, a policy document, a heredoc, a template. */
export function renderHcl(spec: RoleSpec): string {
  const hclValue = (value: unknown, indent = ''): string => {
    if (Array.isArray(value)) return `[${value.map((v) => hclValue(v, indent)).join(', ')}]`;
    if (value && typeof value === 'object') {
      const inner = `${indent}  `;
      const items = Object.entries(value).map(
        ([k, v]) => `${inner}${JSON.stringify(k)} = ${hclValue(v, inner)}`,
      );
      return `{\n${items.join('\n')}\n${indent}}`;
    }
    return JSON.stringify(value ?? null);
  };
  return [
    '# veeam-iam-gate:waive trust-appliance until 2030-01-01 because fuzz',
    'resource "aws_iam_role" "veeam_worker" {',
    '  name = "veeam-worker-${var.env}"',
    `  assume_role_policy = jsonencode(${hclValue(spec.trust, '  ')})`,
    `  managed_policy_arns = ${hclValue(spec.managed)}`,
    '  inline_policy {',
    '    name   = "extra"',
    `    policy = jsonencode(${hclValue(spec.identity, '    ')})`,
    '  }',
    '}',
    '',
    'data "aws_iam_policy_document" "extra" {',
    '  dynamic "statement" {',
    '    for_each = { for i, s in local.statements : i => s if s != null }',
    '    content {',
    '      actions   = try(statement.value.actions, [])',
    '      resources = [for r in coalescelist(statement.value.resources, ["*"]) : "${r}"]',
    '    }',
    '  }',
    '}',
    '',
    'resource "aws_iam_role_policy" "heredoc" {',
    '  role   = aws_iam_role.veeam_worker.id',
    '  policy = <<-EOT',
    `    ${JSON.stringify(spec.identity)}`,
    '    EOT',
    '}',
    '',
    'resource "aws_iam_instance_profile" "worker" {',
    '  role = element(concat(aws_iam_role.veeam_worker.*.name, [""]), 0)',
    '  name = templatefile("${path.module}/name.tpl", { env = var.env, parts = split("-", "a-b") })',
    '  tags = merge(var.tags, { "veeam:role" = var.env == "prod" ? "production-worker" : null })',
    '}',
    '',
  ].join('\n');
}

/** Characters and tokens that matter to HCL. */
const hclNoise = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'{}[]()=:,."\'\n\t#/*%$~?!<>-+&|\\\u0000\u00e9\u2028\ufeff\ud83d'),
    fc.constantFrom(
      '${',
      '%{',
      '$${',
      '%%{',
      '~}',
      '<<EOT\n',
      '<<-EOT\n',
      '\nEOT\n',
      '/*',
      '*/',
      '//',
      '...',
      '=>',
      '.*',
      '[*]',
      ' for x in ',
      ' if ',
      '%{ endif }',
      '%{ endfor }',
      'null',
      'var.',
      'jsonencode(',
      'try(',
    ),
  ),
  maxLength: 16,
});

const hclTextEdit = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  insert: hclNoise,
  op: fc.constantFrom('insert', 'delete', 'replace', 'copy'),
});

/** A generated expression (the evaluator's input), as source text. */
const hclExprArb: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      'null',
      'true',
      '1',
      '-2.5',
      '"a"',
      '""',
      'var.env',
      'var.tags',
      'var.none',
      'local.statements',
    ),
    fc.constantFrom(
      'aws_iam_role.r.arn',
      'each.key',
      'count.index',
      'path.module',
      'var.list[0]',
      'var.list[*]',
    ),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '>=', '&&', '||'),
        tie('expr'),
      )
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([a, b, c]) => `${a} ? ${b} : ${c}`),
    fc.tuple(fc.constantFrom('!', '-'), tie('expr')).map(([op, a]) => `${op}(${a})`),
    fc.array(tie('expr'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(fc.tuple(fc.constantFrom('a', 'b', '"c d"'), tie('expr')), { maxLength: 3 })
      .map((items) => `{ ${items.map(([k, v]) => `${k} = ${v}`).join(', ')} }`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `"x-\${${a}}-%{ if ${b} }y%{ else }z%{ endif }"`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `[for k, v in ${a} : v if ${b}]`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `{for k, v in ${a} : k => ${b}...}`),
    fc
      .tuple(tie('expr'), fc.constantFrom('.x', '[0]', '["k"]', '.*', '[*].x'))
      .map(([a, step]) => `(${a})${step}`),
    fc
      .tuple(
        fc.constantFrom(
          ...'jsonencode jsondecode concat merge flatten distinct toset tolist tomap join split format replace lower upper length lookup element coalesce try can one keys values contains compact tostring tonumber trimspace startswith endswith coalescelist zipmap file templatefile nosuch'.split(
            ' ',
          ),
        ),
        fc.array(tie('expr'), { maxLength: 3 }),
        fc.boolean(),
      )
      .map(([name, args, expand]) => `${name}(${args.join(', ')}${expand && args.length ? '...' : ''})`),
  ),
})).expr;

/** Any text a hostile or broken .tf file might hold: a mutated role, generated expressions, noise. */
export const hclInputArb: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .tuple(specArb, fc.array(hclTextEdit, { minLength: 1, maxLength: 4 }))
      .map(([spec, edits]) => edits.reduce(applyTextEdit, renderHcl(spec))),
    weight: 4,
  },
  {
    arbitrary: fc
      .array(hclExprArb, { minLength: 1, maxLength: 4 })
      .map((exprs) => exprs.map((e, i) => `a${i} = ${e}\n`).join('')),
    weight: 4,
  },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  { arbitrary: hclNoise, weight: 1 },
);

/** A module for fuzzed expressions: some values, unknowns, refs, and the input itself as a template. */
export function hclFuzzScope(hcl: HclReader, input: string): Scope {
  const vars = new Map<string, TfValue>([
    ['env', 'prod'],
    ['tags', makeMap([['team', 'backup']])],
    ['list', ['a', 'b']],
    ['none', null],
  ]);
  return {
    resolve(root, steps, location) {
      const first = steps[0];
      const name = first?.kind === 'attr' ? first.name : undefined;
      if (root === 'var' && name !== undefined) {
        return {
          value: vars.get(name) ?? { unresolved: true, reason: `var.${name} has no value`, location },
          consumed: 1,
        };
      }
      if (root === 'local') return { value: [makeMap([['actions', ['sqs:*']]]), null], consumed: 1 };
      if (root === 'each')
        return {
          value: makeMap([
            ['key', 'k'],
            ['value', 'v'],
          ]),
          consumed: 0,
        };
      if (root === 'count') return { value: makeMap([['index', 0]]), consumed: 0 };
      if (root === 'path') return { value: makeMap([['module', '.']]), consumed: 0 };
      if (root.startsWith('aws_') && name !== undefined) {
        const attribute = steps[1]?.kind === 'attr' ? steps[1].name : '';
        return { value: { ref: `${root}.${name}`, attribute }, consumed: attribute ? 2 : 1 };
      }
      return undefined;
    },
    readFile: (path, location) =>
      path.endsWith('.tpl')
        ? { file: 'name.tpl', text: input }
        : { unresolved: true, reason: `file ${path} not found`, location },
    parseTemplate: (text, file) => hcl.parseTemplate(text, file),
  };
}

/** Every attribute expression of a parsed file, blocks included. */
export function hclExpressions(body: HclBody): Expr[] {
  return [...body.attributes.map((a) => a.expr), ...body.blocks.flatMap((b) => hclExpressions(b.body))];
}
