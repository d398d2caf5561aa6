import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../src/evaluate.js';
import { sourceStyle } from '../../src/fixes/index.js';
import type { Fix } from '../../src/model/report.js';
import type { Role, SourceFormat, SourceStyle } from '../../src/model/role.js';
import { combinedRequirements } from '../../src/requirements/index.js';
import { APPLIANCE, role, type RoleSpec } from '../helpers/roles.js';
import { compliant, trustFor } from '../requirements/compliant.js';
import { hclLiteral, jsonencodeArgument, readHcl, readJson, readYaml } from './snippets.js';

/** What a snippet adds to the role, read back from its text. */
interface Applied {
  inline?: unknown;
  trustStatement?: unknown;
  profile?: string;
}

interface Flavour {
  name: string;
  source: SourceFormat;
  file: string;
  key: string;
  style?: SourceStyle;
  format: string;
  read(fix: Fix, role: Role): Promise<Applied>;
}

type Doc = Record<string, unknown>;

function fromCloudFormation(value: unknown, role: Role): Applied {
  if (Array.isArray(value)) return { trustStatement: value[0] };
  if ('Effect' in (value as Doc)) return { trustStatement: value };
  const [name, resource] = Object.entries(value as Doc)[0]! as [string, Doc];
  const properties = resource.Properties as Doc;
  expect(properties.Roles).toEqual([{ Ref: role.key }]);
  if (resource.Type === 'AWS::IAM::Policy') return { inline: properties.PolicyDocument };
  expect(resource.Type).toBe('AWS::IAM::InstanceProfile');
  return { profile: name };
}

const flavours: Flavour[] = [
  {
    name: 'CloudFormation YAML, short tags',
    source: 'cloudformation',
    file: 'stack.yaml',
    key: 'WorkerRole',
    style: { shortTags: true, indent: 2, indentSequences: true },
    format: 'cloudformation-yaml',
    read: async (fix, role) => {
      if (!fix.text.startsWith('-')) expect(fix.text).toContain(`- !Ref ${role.key}`);
      return fromCloudFormation(readYaml(fix.text), role);
    },
  },
  {
    name: 'CloudFormation YAML, long forms, 4 spaces, flat lists',
    source: 'cloudformation',
    file: 'stack.yml',
    key: 'WorkerRole',
    style: { shortTags: false, indent: 4, indentSequences: false },
    format: 'cloudformation-yaml',
    read: async (fix, role) => {
      expect(fix.text).not.toContain('!Ref');
      if (!fix.text.startsWith('-')) expect(fix.text).toMatch(/^ {4}Type: /m);
      return fromCloudFormation(readYaml(fix.text), role);
    },
  },
  {
    name: 'CloudFormation JSON',
    source: 'cloudformation',
    file: 'stack.json',
    key: 'WorkerRole',
    format: 'cloudformation-json',
    read: async (fix, role) => fromCloudFormation(readJson(fix.text), role),
  },
  {
    name: 'Terraform HCL',
    source: 'terraform-plan',
    file: 'plan.json',
    key: 'aws_iam_role.worker',
    format: 'terraform-hcl',
    read: async (fix) => {
      if (!fix.text.startsWith('resource')) {
        await readHcl(`locals {\n  statement = ${fix.text}}\n`);
        return { trustStatement: hclLiteral(fix.text) };
      }
      const hcl = (await readHcl(fix.text)) as { resource: Record<string, Record<string, Doc[]>> };
      const policy = hcl.resource.aws_iam_role_policy;
      if (policy) {
        const [body] = Object.values(policy)[0]!;
        expect(body!.role).toBe('${aws_iam_role.worker.id}');
        return { inline: hclLiteral(jsonencodeArgument(fix.text)) };
      }
      const [name, [body]] = Object.entries(hcl.resource.aws_iam_instance_profile!)[0]!;
      expect(body!.role).toBe('${aws_iam_role.worker.name}');
      return { profile: name };
    },
  },
  {
    name: 'Terraform HCL, role inside a module',
    source: 'terraform-plan',
    file: 'plan.json',
    key: 'module.veeam.aws_iam_role.worker',
    format: 'terraform-hcl',
    read: async (fix) => {
      if (!fix.text.startsWith('resource')) return { trustStatement: hclLiteral(fix.text) };
      const hcl = (await readHcl(fix.text)) as { resource: Record<string, Record<string, Doc[]>> };
      const [kind, byName] = Object.entries(hcl.resource)[0]!;
      const [name, [body]] = Object.entries(byName)[0]!;
      expect(body!.role).toBe('veeam-worker');
      return kind === 'aws_iam_role_policy'
        ? { inline: hclLiteral(jsonencodeArgument(fix.text)) }
        : { profile: name };
    },
  },
  {
    name: 'IAM JSON',
    source: 'iam-json',
    file: 'role.json',
    key: 'veeam-worker',
    format: 'iam-json',
    read: async (fix) => {
      if (fix.format === 'shell') {
        expect(fix.text).toContain('--role-name veeam-worker');
        return { profile: 'veeam-worker' };
      }
      const value = JSON.parse(fix.text) as Doc;
      return value.Statement ? { inline: value } : { trustStatement: value };
    },
  },
];

interface Scenario {
  name: string;
  kinds: string[];
  version: string;
  check: string;
  broken(spec: RoleSpec, kinds: string[], version: string): RoleSpec;
  missing?: string[];
}

const without = (missing: string[]) => (_spec: RoleSpec, kinds: string[], version: string) => ({
  ...compliant(combinedRequirements(kinds, version), missing),
});

const scenarios: Scenario[] = [
  {
    name: 'two missing actions',
    kinds: ['production-worker'],
    version: '10',
    check: 'permissions',
    missing: ['sqs:SendMessage', 'ssm:PutInventory'],
    broken: without(['sqs:SendMessage', 'ssm:PutInventory']),
  },
  {
    name: 'missing conditional and plain actions (EFS indexing)',
    kinds: ['efs-backup', 'production-worker-deployment'],
    version: '11',
    check: 'permissions',
    missing: ['ec2:CreateTags', 'ec2:RunInstances', 'ec2:StartInstances'],
    broken: without(['ec2:CreateTags', 'ec2:RunInstances', 'ec2:StartInstances']),
  },
  {
    name: 'no ec2 trust',
    kinds: ['production-worker'],
    version: '11',
    check: 'trust-ec2',
    broken: (spec, kinds, version) => ({
      ...spec,
      trust: trustFor(combinedRequirements(kinds, version), 'ec2.amazonaws.com'),
    }),
  },
  {
    name: 'no rds trust',
    kinds: ['rds-restore'],
    version: '10',
    check: 'trust-rds',
    broken: (spec, kinds, version) => ({
      ...spec,
      trust: trustFor(combinedRequirements(kinds, version), 'rds.amazonaws.com'),
    }),
  },
  {
    name: 'no appliance trust',
    kinds: ['ec2-backup'],
    version: '11',
    check: 'trust-appliance',
    broken: (spec) => ({
      ...spec,
      trust: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'backup.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      },
    }),
  },
  {
    name: 'no instance profile',
    kinds: ['flr-worker'],
    version: '10',
    check: 'instance-profile',
    broken: (spec) => ({ ...spec, profiles: [] }),
  },
];

function build(f: Flavour, spec: RoleSpec): Role {
  const r = role(spec);
  return {
    ...r,
    id: `${f.file}#${f.key}`,
    key: f.key,
    name: 'veeam-worker',
    source: f.source,
    file: f.file,
    ...(f.style ? { style: f.style } : {}),
  };
}

function apply(spec: RoleSpec, applied: Applied): RoleSpec {
  const trust = spec.trust as { Statement: unknown[] } | undefined;
  return {
    ...spec,
    ...(applied.inline ? { inline: [...(spec.inline ?? []), applied.inline] } : {}),
    ...(applied.trustStatement
      ? { trust: { Version: '2012-10-17', Statement: [...(trust?.Statement ?? []), applied.trustStatement] } }
      : {}),
    ...(applied.profile ? { profiles: [...(spec.profiles ?? []), applied.profile] } : {}),
  };
}

const opts = (veeamVersion: string) => ({ veeamVersion, appliancePrincipals: [APPLIANCE] });

describe.each(flavours)('$name', (f) => {
  it.each(scenarios)('fixes $name ($check) and passes when applied', async (s) => {
    const requirement = combinedRequirements(s.kinds, s.version);
    const spec = s.broken(compliant(requirement), s.kinds, s.version);
    const sel = { kinds: s.kinds, selectedBy: 'test' };
    const before = build(f, spec);
    const report = evaluateRole(before, sel, opts(s.version));
    const failing = report.checks.filter((c) => c.verdict !== 'pass');
    expect(failing.map((c) => c.check)).toEqual([s.check]);
    const fix = failing[0]!.fix!;
    expect(fix.format).toBe(s.check === 'instance-profile' && f.source === 'iam-json' ? 'shell' : f.format);
    expect(fix.text.endsWith('\n')).toBe(true);

    const applied = await f.read(fix, before);
    if (s.missing) {
      // Exactly what is missing: no action twice, none that the role already has.
      const statements = (applied.inline as { Statement: { Action: string[] }[] }).Statement;
      expect(statements.flatMap((st) => st.Action).sort()).toEqual(s.missing);
    }
    const after = evaluateRole(build(f, apply(spec, applied)), sel, opts(s.version));
    expect(after.checks.map((c) => [c.check, c.verdict])).toEqual(
      report.checks.map((c) => [c.check, 'pass']),
    );
  });
});

describe('fix content', () => {
  it('grants conditional actions only under the condition Veeam prints', () => {
    const kinds = ['efs-backup', 'production-worker-deployment'];
    const requirement = combinedRequirements(kinds, '10');
    const r = build(
      flavours[2]!,
      compliant(requirement, ['ec2:CreateTags', 'ec2:TerminateInstances', 'ec2:RunInstances']),
    );
    const fix = evaluateRole(r, { kinds, selectedBy: 't' }, opts('10')).checks.find(
      (c) => c.check === 'permissions',
    )!.fix!;
    const policy = (readJson(fix.text) as Record<string, { Properties: { PolicyDocument: unknown } }>)
      .WorkerRoleVeeamPermissions!.Properties.PolicyDocument;
    expect(policy).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['ec2:RunInstances'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: ['ec2:TerminateInstances'],
          Resource: '*',
          Condition: { StringEquals: { 'ec2:ResourceTag/EfsIndexWorker': 'EfsIndexWorker' } },
        },
        {
          Effect: 'Allow',
          Action: ['ec2:CreateTags'],
          Resource: '*',
          Condition: {
            StringEquals: {
              'ec2:CreateAction': 'RunInstances',
              'aws:RequestTag/EfsIndexWorker': 'EfsIndexWorker',
            },
          },
        },
      ],
    });
  });

  it('writes the YAML resource as a CloudFormation user would', () => {
    const requirement = combinedRequirements(['production-worker'], '10');
    const r = build(flavours[0]!, compliant(requirement, ['ssm:PutInventory']));
    const fix = evaluateRole(r, { kinds: ['production-worker'], selectedBy: 't' }, opts('10')).checks.find(
      (c) => c.check === 'permissions',
    )!.fix!;
    expect(fix.description).toBe("Add this resource to the template's Resources:");
    expect(fix.text).toBe(
      [
        'WorkerRoleVeeamPermissions:',
        '  Type: AWS::IAM::Policy',
        '  Properties:',
        '    PolicyName: veeam-production-worker-v10',
        '    Roles:',
        '      - !Ref WorkerRole',
        '    PolicyDocument:',
        "      Version: '2012-10-17'",
        '      Statement:',
        '        - Effect: Allow',
        '          Action:',
        '            - ssm:PutInventory',
        "          Resource: '*'",
        '',
      ].join('\n'),
    );
  });

  it('writes Terraform as terraform fmt would', () => {
    const requirement = combinedRequirements(['production-worker'], '10');
    const r = build(flavours[3]!, compliant(requirement, ['ssm:PutInventory', 'sqs:SendMessage']));
    const fix = evaluateRole(r, { kinds: ['production-worker'], selectedBy: 't' }, opts('10')).checks.find(
      (c) => c.check === 'permissions',
    )!.fix!;
    expect(fix.text).toBe(
      [
        'resource "aws_iam_role_policy" "worker_veeam" {',
        '  name = "veeam-production-worker-v10"',
        '  role = aws_iam_role.worker.id',
        '  policy = jsonencode({',
        '    Version = "2012-10-17"',
        '    Statement = [{',
        '      Effect   = "Allow"',
        '      Action   = ["sqs:SendMessage", "ssm:PutInventory"]',
        '      Resource = "*"',
        '    }]',
        '  })',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('uses a placeholder for the appliance when none is configured', () => {
    const requirement = combinedRequirements(['ec2-backup'], '10');
    const spec = { ...compliant(requirement), trust: { Version: '2012-10-17', Statement: [] } };
    const check = evaluateRole(
      build(flavours[5]!, spec),
      { kinds: ['ec2-backup'], selectedBy: 't' },
      {
        veeamVersion: '10',
        appliancePrincipals: [],
      },
    ).checks.find((c) => c.check === 'trust-appliance')!;
    expect(JSON.parse(check.fix!.text)).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::<appliance-account-id>:role/<impersonation-role>' },
      Action: 'sts:AssumeRole',
    });
  });
});

describe('sourceStyle', () => {
  it.each<[string, string, SourceStyle]>([
    [
      'YAML with short tags',
      'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      Roles:\n        - !Ref X\n',
      { json: false, indent: 2, shortTags: true, indentSequences: true },
    ],
    [
      'YAML with long forms, 4 spaces, flat lists',
      'Resources:\n    Role:\n        Properties:\n            ManagedPolicyArns:\n            - Fn::Sub: arn\n',
      { json: false, indent: 4, shortTags: false, indentSequences: false },
    ],
    ['JSON', '{\n    "Resources": {}\n}\n', { json: true, indent: 4 }],
    [
      'a tag inside a flow list',
      'A:\n  B: [!GetAtt X.Arn]\n',
      { json: false, indent: 2, shortTags: true, indentSequences: true },
    ],
  ])('%s', (_name, text, style) => {
    expect(sourceStyle(text)).toEqual(style);
  });
});

describe('Terraform references', () => {
  const requirement = combinedRequirements(['production-worker'], '10');
  const fixOf = (key: string, name?: string) => {
    const r: Role = {
      ...role(compliant(requirement, ['ssm:PutInventory'])),
      key,
      id: `plan.json#${key}`,
      source: 'terraform-plan',
      file: 'plan.json',
      ...(name ? { name } : {}),
    };
    const report = evaluateRole(r, { kinds: ['production-worker'], selectedBy: 't' }, opts('10'));
    return report.checks.find((c) => c.check === 'permissions')!.fix!.text;
  };
  it.each<[string, string | undefined, string, string]>([
    ['aws_iam_role.worker', undefined, 'worker_veeam', 'aws_iam_role.worker.id'],
    ['aws_iam_role.worker["prod"]', undefined, 'worker_veeam', 'aws_iam_role.worker["prod"].id'],
    ['aws_iam_role.worker[0]', undefined, 'worker_veeam', 'aws_iam_role.worker[0].id'],
    ['module.veeam.aws_iam_role.worker', 'veeam-worker', 'worker_veeam', '"veeam-worker"'],
  ])('%s', async (key, name, resource, roleArg) => {
    const text = fixOf(key, name);
    expect(text).toContain(`resource "aws_iam_role_policy" "${resource}" {`);
    expect(text).toContain(`  role = ${roleArg}\n`);
    await readHcl(text);
  });
});

describe.each(flavours)('a role without a trust policy: $name', (f) => {
  it.each([
    [['production-worker'], '11'],
    [['efs-backup'], '10'],
    [['worker-configuration'], '10'],
  ])('%j v%s gets one whole trust policy that passes every trust check', async (kinds, version) => {
    const requirement = combinedRequirements(kinds, version);
    const { trust: _dropped, ...spec } = compliant(requirement);
    const sel = { kinds, selectedBy: 'test' };
    const report = evaluateRole(build(f, spec), sel, opts(version));
    const failing = report.checks.filter((c) => c.verdict !== 'pass');
    expect(failing.map((c) => c.check)).toEqual(
      report.checks.map((c) => c.check).filter((c) => c.startsWith('trust-')),
    );
    const texts = new Set(failing.map((c) => c.fix!.text));
    expect(texts.size).toBe(1);
    const [text] = [...texts] as [string];
    let trust: unknown;
    if (f.source === 'terraform-plan') {
      await readHcl(`resource "aws_iam_role" "worker" {\n  ${text}}\n`);
      trust = hclLiteral(jsonencodeArgument(text));
    } else if (f.source === 'iam-json') trust = JSON.parse(text);
    else {
      const value = (f.format === 'cloudformation-json' ? readJson(text) : readYaml(text)) as Record<
        string,
        unknown
      >;
      expect(Object.keys(value)).toEqual(['AssumeRolePolicyDocument']);
      trust = value.AssumeRolePolicyDocument;
    }
    const after = evaluateRole(build(f, { ...spec, trust }), sel, opts(version));
    expect(after.verdict).toBe('pass');
  });
});
