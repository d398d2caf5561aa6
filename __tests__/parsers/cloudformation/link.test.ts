import { describe, expect, it } from 'vitest';
import type { AttachedPolicy, Role } from '../../../src/model/role.js';
import { parse } from './parse.js';

const trust = `
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: ec2.amazonaws.com}
            Action: sts:AssumeRole`;

function template(resources: string, head = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'\n${head}\nResources:\n  Worker:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: veeam-worker${trust}\n${resources}`;
}

const worker = (text: string, parameters: Record<string, string> = {}): Role =>
  parse(text, parameters).roles.find((r) => r.key === 'Worker')!;

const policyNames = (policies: AttachedPolicy[]) =>
  policies.map((p) => `${p.kind}:${typeof p.name === 'string' ? p.name : `?${p.name.reason}`}`);

const doc = `
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: ssm:GetParameter
            Resource: '*'`;

describe('linking within a template', () => {
  it.each([
    ['inline Policies of the role', `  Worker2:\n    Type: AWS::S3::Bucket`, (r: Role) => r, ['inline:ssm']],
    [
      'AWS::IAM::Policy via Roles: !Ref',
      `  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: via-ref\n      Roles: [!Ref Worker]${doc}`,
      null,
      ['inline:ssm', 'inline:via-ref'],
    ],
    [
      'AWS::IAM::Policy via Roles: literal role name',
      `  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: via-name\n      Roles: [veeam-worker]${doc}`,
      null,
      ['inline:ssm', 'inline:via-name'],
    ],
    [
      'AWS::IAM::Policy naming another role is not linked',
      `  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: other\n      Roles: [someone-else]${doc}`,
      null,
      ['inline:ssm'],
    ],
    [
      'AWS::IAM::RolePolicy via RoleName',
      `  P:\n    Type: AWS::IAM::RolePolicy\n    Properties:\n      PolicyName: role-policy\n      RoleName: !Ref Worker${doc}`,
      null,
      ['inline:ssm', 'inline:role-policy'],
    ],
    [
      'AWS::IAM::ManagedPolicy via Roles',
      `  MP:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      Roles: [{Ref: Worker}]${doc}`,
      null,
      ['inline:ssm', 'managed:MP'],
    ],
  ])('%s', (_title, resources, _unused, expected) => {
    const text = template(resources).replace(
      '      RoleName: veeam-worker',
      `      RoleName: veeam-worker\n      Policies:\n        - PolicyName: ssm${doc.replace(/\n {6}/g, '\n          ')}`,
    );
    const role = worker(text);
    expect(role.variants).toHaveLength(1);
    expect(policyNames(role.variants[0]!.policies)).toEqual(expected);
    for (const p of role.variants[0]!.policies)
      expect(p.document?.statements[0]?.action).toEqual(['ssm:GetParameter']);
  });

  it.each([
    [
      'literal ARN',
      'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
      'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
      false,
    ],
    [
      '!Sub ARN',
      '!Sub arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore',
      'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore',
      false,
    ],
    [
      '!Join ARN',
      '!Join ["", ["arn:", !Ref AWS::Partition, ":iam::aws:policy/AmazonSSMManagedInstanceCore"]]',
      'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore',
      false,
    ],
    [
      '!Ref to a template policy',
      '!Ref MP',
      'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/mine',
      true,
    ],
    [
      'literal ARN of a template policy',
      '!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/mine',
      'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/mine',
      true,
    ],
  ])('ManagedPolicyArns: %s', (_title, entry, arn, withDocument) => {
    const text = template(
      `  MP:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      ManagedPolicyName: mine${doc}`,
    ).replace(
      '      RoleName: veeam-worker',
      `      RoleName: veeam-worker\n      ManagedPolicyArns:\n        - ${entry}`,
    );
    const [policy] = worker(text).variants[0]!.policies;
    expect(policy).toMatchObject({ kind: 'managed', arn, location: { line: 9 } });
    expect(policy!.document !== undefined).toBe(withDocument);
  });

  it('reports an imported ARN as unresolved, naming the import', () => {
    const text = template('').replace(
      '      RoleName: veeam-worker',
      '      RoleName: veeam-worker\n      ManagedPolicyArns: [!ImportValue shared-policy-arn]',
    );
    const [policy] = worker(text).variants[0]!.policies;
    expect(policy?.unresolved?.reason).toBe(
      "Fn::ImportValue 'shared-policy-arn' (an output of another stack)",
    );
  });

  it('links a permissions boundary that is a template policy, with its document', () => {
    const text = template(`  Boundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:${doc}`).replace(
      '      RoleName: veeam-worker',
      '      RoleName: veeam-worker\n      PermissionsBoundary: !Ref Boundary',
    );
    const boundary = worker(text).variants[0]!.permissionsBoundary;
    expect(boundary).toMatchObject({ kind: 'managed', name: 'Boundary' });
    expect(boundary?.document?.statements).toHaveLength(1);
    // Its ARN depends on a generated name.
    expect(boundary?.arn).toMatchObject({ unresolved: true });
  });

  it.each([
    ['!Ref', '[!Ref Worker]'],
    ['literal name', '[veeam-worker]'],
    ['long form', '[{Ref: Worker}]'],
  ])('finds instance profiles naming the role (%s)', (_title, roles) => {
    const role = worker(
      template(`  Profile:\n    Type: AWS::IAM::InstanceProfile\n    Properties:\n      Roles: ${roles}`),
    );
    expect(role.variants[0]!.instanceProfiles).toEqual([
      { name: 'Profile', location: { file: 't.yaml', line: 13, column: 3 } },
    ]);
  });

  it('reads ids, keys, names, tags and locations', () => {
    const role = worker(
      template('').replace(
        '      RoleName: veeam-worker',
        '      RoleName: veeam-worker\n      Tags:\n        - {Key: "veeam:role", Value: production-worker}\n        - {Key: stack, Value: !Ref AWS::StackName}',
      ),
    );
    expect(role).toMatchObject({
      id: 't.yaml#Worker',
      key: 'Worker',
      name: 'veeam-worker',
      source: 'cloudformation',
      file: 't.yaml',
      location: { file: 't.yaml', line: 4, column: 3 },
      tags: { 'veeam:role': 'production-worker', stack: { unresolved: true } },
    });
    expect(role.variants[0]).toMatchObject({
      assumptions: {},
      complete: { policies: true, instanceProfiles: true },
      openQuestions: [],
    });
    expect(role.variants[0]!.trustPolicy?.statements[0]).toMatchObject({
      principal: [{ type: 'Service', value: 'ec2.amazonaws.com' }],
      location: { line: 15 },
    });
  });

  it('reads policy documents given as JSON strings (trust and inline)', () => {
    const text = `Resources:
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: |
        {"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
      Policies:
        - PolicyName: p
          PolicyDocument: !Sub '{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:\${AWS::Partition}:s3:::b"}]}'
`;
    const shape = worker(text).variants[0]!;
    expect(shape.trustPolicy?.statements[0]?.principal?.[0]?.value).toBe('ec2.amazonaws.com');
    expect(shape.policies[0]?.document?.statements[0]?.resource).toEqual(['arn:${AWS::Partition}:s3:::b']);
  });

  it('uses GetAtt Role.Arn of another template role in a trust policy', () => {
    const text = `Resources:
  Appliance:
    Type: AWS::IAM::Role
    Properties:
      RoleName: VeeamImpersonation
      AssumeRolePolicyDocument: {Statement: []}
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {AWS: !GetAtt Appliance.Arn}
            Action: sts:AssumeRole
`;
    const principal = worker(text).variants[0]!.trustPolicy?.statements[0]?.principal?.[0];
    expect(principal?.value).toBe('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/VeeamImpersonation');
  });

  it('matches a role named by a parameter to a policy naming the same parameter', () => {
    const text = `Parameters:
  Name: {Type: String}
Resources:
  Worker:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Ref Name
      AssumeRolePolicyDocument: {Statement: []}
  P:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: p
      Roles: [!Ref Name]${doc}
`;
    const role = worker(text);
    expect(role.name).toMatchObject({
      unresolved: true,
      reason: expect.stringContaining("parameter 'Name'"),
    });
    expect(policyNames(role.variants[0]!.policies)).toEqual(['inline:p']);
  });

  it.each([
    ['an Allow-only policy', 'AWS::IAM::Policy', `\n      PolicyName: p${doc}`, ['permissions'], true],
    [
      'a policy with a Deny',
      'AWS::IAM::Policy',
      '\n      PolicyName: p\n      PolicyDocument: {Statement: [{Effect: Deny, Action: "*", Resource: "*"}]}',
      ['permissions'],
      false,
    ],
    ['an instance profile', 'AWS::IAM::InstanceProfile', '', ['instance-profile'], true],
  ])(
    'asks whether %s naming a role by an undetermined value is this named role',
    (_t, type, props, checks, onlyAdds) => {
      const text = `${template('', 'Parameters:\n  Target: {Type: String}')}  Other:\n    Type: ${type}\n    Properties:\n      Roles: [!Ref Target]${props}\n`;
      const shape = worker(text).variants[0]!;
      expect(shape.openQuestions).toEqual([
        expect.objectContaining({ checks, onlyAdds, reason: expect.stringContaining('it may be this role') }),
      ]);
      expect(shape.policies).toEqual([]);
      expect(shape.instanceProfiles).toEqual([]);
    },
  );

  it('does not ask about a role whose name CloudFormation generates', () => {
    const text = `Parameters:\n  Target: {Type: String}\nResources:\n  Worker:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {Statement: []}\n  P:\n    Type: AWS::IAM::InstanceProfile\n    Properties:\n      Roles: [!Ref Target]\n`;
    const parsed = parse(text);
    expect(parsed.roles[0]!.variants[0]!.openQuestions).toEqual([]);
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'unlinked-reference' }));
  });

  it('warns about a policy naming a role that cannot be resolved', () => {
    const text = template(
      `  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      Roles: [!ImportValue other-role]${doc}`,
    );
    const parsed = parse(text);
    expect(parsed.warnings).toContainEqual(
      expect.objectContaining({
        code: 'unlinked-reference',
        message: expect.stringContaining('Fn::ImportValue'),
      }),
    );
    expect(parsed.roles[0]!.variants[0]!.policies).toEqual([]);
  });

  it('turns a nested stack or custom resource that receives the role into notes, not open questions (issue 12)', () => {
    const text = template(`  Child:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://example.com/child.yaml
      Parameters: {WorkerRoleName: !Ref Worker}
  Attach:
    Type: Custom::AttachPolicies
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:f
      Role: !GetAtt Worker.Arn
  Unrelated:
    Type: AWS::CloudFormation::Stack
    Properties: {TemplateURL: https://example.com/other.yaml}`);
    const shape = worker(text).variants[0]!;
    // What receives the role outside the template may attach to it, but the gate judges the template.
    expect(shape.openQuestions).toEqual([]);
    expect(shape.notes?.map((n) => [n.checks, n.text])).toEqual([
      [
        ['permissions'],
        "nested stack 'Child' receives this role and may attach more policies; if it does, declare them in this template or waive this check",
      ],
      [
        ['instance-profile'],
        "nested stack 'Child' receives this role and may put it in an instance profile; if it does, declare the profile in this template or waive this check",
      ],
      [
        ['permissions'],
        "custom resource 'Attach' (Custom::AttachPolicies) receives this role and may attach more policies; if it does, declare them in this template or waive this check",
      ],
      [
        ['instance-profile'],
        "custom resource 'Attach' (Custom::AttachPolicies) receives this role and may put it in an instance profile; if it does, declare the profile in this template or waive this check",
      ],
    ]);
    expect(shape.complete).toEqual({ policies: true, instanceProfiles: true });
  });

  it.each([
    ['AWS::Serverless-2016-10-31', true, 'it may add policies or instance profiles'],
    [
      '[AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
      true,
      'it may add policies or instance profiles',
    ],
    ['ExecutionRoleBuilder', undefined, 'roles may differ after the transform'],
    ['{Name: AWS::Include, Parameters: {Location: s3://b/k}}', undefined, 'Transform AWS::Include'],
  ])(
    'reports Transform %s as an open question on every check and a warning',
    (transform, onlyAdds, reason) => {
      const parsed = parse(template('', `Transform: ${transform}`));
      const shape = parsed.roles[0]!.variants[0]!;
      expect(shape.openQuestions).toEqual([
        {
          checks: ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'],
          reason: expect.stringContaining(reason),
          location: { file: 't.yaml', line: 2, column: 1 },
          ...(onlyAdds ? { onlyAdds } : {}),
        },
      ]);
      expect(shape.complete).toEqual({ policies: false, instanceProfiles: false });
      expect(parsed.warnings.map((w) => w.code)).toContain('transform');
    },
  );

  it('removes properties and list items that are AWS::NoValue', () => {
    const text = template('', 'Conditions:\n  Off: !Equals [a, b]').replace(
      '      RoleName: veeam-worker',
      '      RoleName: veeam-worker\n      PermissionsBoundary: !If [Off, arn:aws:iam::aws:policy/X, !Ref AWS::NoValue]\n      ManagedPolicyArns:\n        - !If [Off, arn:aws:iam::aws:policy/Y, !Ref AWS::NoValue]\n        - arn:aws:iam::aws:policy/Z',
    );
    const shape = worker(text).variants[0]!;
    expect(shape.permissionsBoundary).toBeUndefined();
    expect(policyNames(shape.policies)).toEqual(['managed:arn:aws:iam::aws:policy/Z']);
  });
});

describe('duplicate keys and cycles', () => {
  it('warns about a duplicate Action key and a duplicate logical ID; the last wins', () => {
    const text = `Resources:
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: []}
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: []}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Action: ssm:GetParameter
                Resource: '*'
`;
    const parsed = parse(text);
    expect(parsed.warnings.filter((w) => w.code === 'duplicate-key')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("'Worker'"),
        location: { file: 't.yaml', line: 6, column: 3 },
      }),
      expect.objectContaining({
        message: expect.stringContaining("'Action'"),
        location: { file: 't.yaml', line: 16, column: 17 },
      }),
    ]);
    expect(parsed.roles).toHaveLength(1);
    expect(parsed.roles[0]!.variants[0]!.policies[0]!.document!.statements[0]!.action).toEqual([
      'ssm:GetParameter',
    ]);
  });

  it('ends circular Ref/GetAtt chains and reports them', () => {
    const text = `Resources:
  A:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub "\${B.Arn}-a"
      AssumeRolePolicyDocument: {Statement: []}
  B:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Join ["-", [!Ref A, b]]
      AssumeRolePolicyDocument: {Statement: []}
  C:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: !Ref C
      Roles: [!Ref A]${doc}
`;
    const parsed = parse(text);
    expect(parsed.roles.map((r) => r.key)).toEqual(['A', 'B']);
    expect(parsed.roles[0]!.name).toMatchObject({ reason: expect.stringContaining('circular reference') });
    expect(parsed.warnings.filter((w) => w.code === 'circular-reference').length).toBeGreaterThan(0);
  });
});
