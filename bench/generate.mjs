// Deterministic benchmark inputs (issue 7): CloudFormation template trees and Terraform plans.
// No randomness, no dates: the same count always gives the same bytes, so runs compare.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The 33 actions of the compliant example: the Veeam 10 production worker set. */
export const workerActions = JSON.parse(readFileSync(path.join(repo, 'examples', 'compliant-worker.json'), 'utf8'))
  .Resources.VeeamWorkerRole.Properties.Policies[0].PolicyDocument.Statement[0].Action;

/** One stack: a worker role (every third one missing actions), its profile and unrelated resources. */
export function template(i) {
  const granted = i % 3 === 0 ? workerActions.slice(0, 30) : workerActions;
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: generated benchmark stack ${i}
Parameters:
  Env:
    Type: String
    Default: prod${i}
Conditions:
  IsProd: !Equals [!Ref Env, prod${i}]
Resources:
  Bucket${i}:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub bench-\${AWS::AccountId}-${i}
      Tags:
        - Key: stack
          Value: "${i}"
  Queue${i}:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "\${AWS::StackName}-q"
  SecurityGroup${i}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: worker traffic
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 10.0.0.0/8
  AppFunctionRole${i}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
  VeeamWorkerRole${i}:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub veeam-worker-${i}-\${AWS::Region}
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: ec2.amazonaws.com
            Action: sts:AssumeRole
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::111122223333:role/VeeamImpersonation
            Action: sts:AssumeRole
      Policies:
        - PolicyName: worker
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action:
${granted.map((a) => `                  - ${a}`).join('\n')}
                Resource: "*"
  WorkerProfile${i}:
    Type: AWS::IAM::InstanceProfile
    Condition: IsProd
    Properties:
      Roles: [!Ref VeeamWorkerRole${i}]
`;
}

/** `count` stacks in team-NN/service-I/stack.yaml, plus a README per team (not infrastructure). */
export function generateTree(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const team = path.join(dir, `team-${String(i % 20).padStart(2, '0')}`);
    const sub = path.join(team, `service-${i}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'stack.yaml'), template(i));
    if (i < 20) writeFileSync(path.join(team, 'README.md'), `# team ${i}\n`);
  }
  return dir;
}

const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/VeeamImpersonation' }, Action: 'sts:AssumeRole' },
  ],
});
// Every third role lacks three SQS actions: the worker set has no `ec2:` action, and the attached
// AmazonSSMManagedInstanceCore restores the ec2messages/ssm/ssmmessages ones, so these roles fail.
const withoutSqs = workerActions.filter((a) => !['sqs:DeleteMessage', 'sqs:ListQueues', 'sqs:ReceiveMessage'].includes(a));
const policies = [workerActions, withoutSqs].map((actions) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] }),
);

const teams = 50;
const team = (i) => `team_${String(i % teams).padStart(2, '0')}`;
const key = (i) => `svc-${String(i).padStart(6, '0')}`;
const provider = 'registry.terraform.io/hashicorp/aws';

/** The three resources of worker i (in module.team_NN, for_each key svc-I) and an unrelated bucket. */
function instances(i) {
  const module = `module.${team(i)}`;
  const k = key(i);
  const name = `veeam-worker-${k}`;
  const res = (type, rname, values) => ({
    address: `${module}.${type}.${rname}["${k}"]`,
    mode: 'managed',
    type,
    name: rname,
    index: k,
    provider_name: provider,
    schema_version: 0,
    values,
  });
  return [
    res('aws_iam_role', 'worker', {
      assume_role_policy: trust,
      description: `Veeam worker ${k}`,
      force_detach_policies: false,
      managed_policy_arns: ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'],
      max_session_duration: 3600,
      name,
      path: '/',
      permissions_boundary: null,
      tags: { team: team(i), service: k },
      tags_all: { team: team(i), service: k, owner: 'platform' },
    }),
    res('aws_iam_role_policy', 'worker', { name: 'worker', policy: policies[i % 3 === 0 ? 1 : 0], role: name }),
    res('aws_iam_instance_profile', 'worker', { name, path: '/', role: name, tags: null, tags_all: {} }),
    res('aws_s3_bucket', 'data', {
      bucket: `bench-data-${k}`,
      force_destroy: false,
      tags: { team: team(i), service: k },
      tags_all: { team: team(i), service: k, owner: 'platform' },
      timeouts: null,
    }),
  ];
}

const unknowns = {
  aws_iam_role: { arn: true, create_date: true, id: true, inline_policy: true, managed_policy_arns: [false], tags: {}, tags_all: {}, unique_id: true },
  aws_iam_role_policy: { id: true },
  aws_iam_instance_profile: { arn: true, create_date: true, id: true, tags_all: {}, unique_id: true },
  aws_s3_bucket: { arn: true, bucket_domain_name: true, id: true, region: true, tags: {}, tags_all: {} },
};

function change(instance) {
  const { values, schema_version, ...head } = instance;
  void schema_version;
  return {
    ...head,
    module_address: instance.address.slice(0, instance.address.indexOf('.aws_')),
    change: {
      actions: ['create'],
      before: null,
      after: values,
      after_unknown: unknowns[instance.type],
      before_sensitive: false,
      after_sensitive: { tags: {}, tags_all: {} },
    },
  };
}

/** The configuration of the shared worker module: for_each over services, references between. */
const moduleConfig = {
  resources: [
    {
      address: 'aws_iam_role.worker',
      mode: 'managed',
      type: 'aws_iam_role',
      name: 'worker',
      provider_config_key: 'aws',
      expressions: {
        assume_role_policy: { references: ['data.aws_iam_policy_document.trust.json', 'data.aws_iam_policy_document.trust'] },
        name: { references: ['each.key'] },
        managed_policy_arns: { constant_value: ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'] },
      },
      schema_version: 0,
      for_each_expression: { references: ['var.services'] },
    },
    {
      address: 'aws_iam_role_policy.worker',
      mode: 'managed',
      type: 'aws_iam_role_policy',
      name: 'worker',
      provider_config_key: 'aws',
      expressions: {
        name: { constant_value: 'worker' },
        policy: { references: ['each.value.policy'] },
        role: { references: ['aws_iam_role.worker', 'each.key'] },
      },
      schema_version: 0,
      for_each_expression: { references: ['var.services'] },
    },
    {
      address: 'aws_iam_instance_profile.worker',
      mode: 'managed',
      type: 'aws_iam_instance_profile',
      name: 'worker',
      provider_config_key: 'aws',
      expressions: { name: { references: ['each.key'] }, role: { references: ['aws_iam_role.worker', 'each.key'] } },
      schema_version: 0,
      for_each_expression: { references: ['var.services'] },
    },
    {
      address: 'aws_s3_bucket.data',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'data',
      provider_config_key: 'aws',
      expressions: { bucket: { references: ['each.key'] } },
      schema_version: 0,
      for_each_expression: { references: ['var.services'] },
    },
  ],
  variables: { services: { description: 'service name → settings' } },
};

/**
 * A `terraform show -json` plan with `roles` worker roles (role + inline policy + instance
 * profile each, plus a bucket) in 50 module instances of one local module. Written compact, as
 * terraform writes it, in chunks: the 50,000-role plan is about 300 MB.
 */
export function generatePlan(file, roles) {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  let buffer = '';
  const put = (s) => {
    buffer += s;
    if (buffer.length > 1 << 22) {
      writeSync(fd, buffer);
      buffer = '';
    }
  };
  const list = (items) => {
    let first = true;
    for (const item of items) {
      put(first ? '' : ',');
      put(JSON.stringify(item));
      first = false;
    }
  };
  const byTeam = (fn) =>
    function* () {
      for (let t = 0; t < Math.min(teams, roles); t++) {
        const members = [];
        for (let i = t; i < roles; i += teams) members.push(i);
        yield* fn(t, members);
      }
    };
  put('{"format_version":"1.2","terraform_version":"1.9.8","planned_values":{"root_module":{"child_modules":[');
  let firstModule = true;
  for (const module of byTeam(function* (t, members) {
    yield { t, members };
  })()) {
    put(firstModule ? '' : ',');
    firstModule = false;
    put(`{"address":"module.${team(module.t)}","resources":[`);
    list(module.members.flatMap(instances).sort((a, b) => (a.address < b.address ? -1 : 1)));
    put(']}');
  }
  put(']}},"resource_changes":[');
  list(
    (function* () {
      for (const module of byTeam(function* (t, members) {
        yield members;
      })())
        for (const i of module) yield* instances(i).map(change);
    })(),
  );
  put('],"configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws"}},');
  put('"root_module":{"module_calls":{');
  for (let t = 0; t < Math.min(teams, roles); t++) {
    put(t ? ',' : '');
    put(`"${team(t)}":${JSON.stringify({ source: './modules/worker', expressions: { services: { constant_value: null } }, module: moduleConfig })}`);
  }
  put('}}},"timestamp":"2026-01-01T00:00:00Z","errored":false}\n');
  writeSync(fd, buffer);
  closeSync(fd);
  return file;
}
