// Builds model roles from plain IAM JSON for check tests: the same converter the parsers use.
import type { AttachedPolicy, OpenQuestion, Role, RoleShape } from '../../src/model/role.js';
import { policyFromValue } from '../../src/parsers/policy-document.js';
import { unresolved } from '../../src/model/value.js';

export const here = (line = 1) => ({ file: 'test.yaml', line, column: 1 });

export interface RoleSpec {
  key?: string;
  name?: string;
  trust?: unknown;
  inline?: unknown[];
  managed?: string[];
  unresolvedManaged?: string[];
  boundary?: unknown;
  boundaryArn?: string;
  profiles?: string[];
  complete?: Partial<RoleShape['complete']>;
  openQuestions?: OpenQuestion[];
  tags?: Record<string, string>;
  assumptions?: Record<string, boolean>;
}

export function shape(spec: RoleSpec): RoleShape {
  const policies: AttachedPolicy[] = [
    ...(spec.inline ?? []).map((doc, i) => ({
      kind: 'inline' as const,
      name: `Inline${i}`,
      document: policyFromValue(doc, here(20 + i)),
      location: here(20 + i),
    })),
    ...(spec.managed ?? []).map((arn) => ({ kind: 'managed' as const, name: arn, arn, location: here(30) })),
    ...(spec.unresolvedManaged ?? []).map((reason) => ({
      kind: 'managed' as const,
      name: unresolved(reason),
      unresolved: unresolved(reason),
      location: here(31),
    })),
  ];
  const s: RoleShape = {
    assumptions: spec.assumptions ?? {},
    policies,
    instanceProfiles: (spec.profiles ?? []).map((name) => ({ name, location: here(40) })),
    complete: { policies: true, instanceProfiles: true, ...spec.complete },
    openQuestions: spec.openQuestions ?? [],
  };
  if (spec.trust !== undefined) s.trustPolicy = policyFromValue(spec.trust, here(10));
  if (spec.boundary !== undefined) {
    s.permissionsBoundary = {
      kind: 'managed',
      name: 'Boundary',
      document: policyFromValue(spec.boundary, here(50)),
      location: here(50),
    };
  } else if (spec.boundaryArn) {
    s.permissionsBoundary = {
      kind: 'managed',
      name: spec.boundaryArn,
      arn: spec.boundaryArn,
      location: here(50),
    };
  }
  return s;
}

export function role(spec: RoleSpec, more: RoleSpec[] = []): Role {
  const key = spec.key ?? 'WorkerRole';
  return {
    id: `test.yaml#${key}`,
    key,
    ...(spec.name ? { name: spec.name } : {}),
    source: 'cloudformation',
    file: 'test.yaml',
    location: here(5),
    tags: spec.tags ?? {},
    variants: [shape(spec), ...more.map(shape)],
  };
}

export const APPLIANCE = 'arn:aws:iam::111122223333:role/VeeamImpersonation';

export const V10_ACTIONS = [
  'ec2messages:AcknowledgeMessage',
  'ec2messages:DeleteMessage',
  'ec2messages:FailMessage',
  'ec2messages:GetEndpoint',
  'ec2messages:GetMessages',
  'ec2messages:SendReply',
  'iam:GetContextKeysForPrincipalPolicy',
  'iam:GetRole',
  'iam:ListInstanceProfilesForRole',
  'iam:SimulatePrincipalPolicy',
  'sqs:DeleteMessage',
  'sqs:ListQueues',
  'sqs:ReceiveMessage',
  'sqs:SendMessage',
  'ssm:DescribeAssociation',
  'ssm:DescribeDocument',
  'ssm:GetDeployablePatchSnapshotForInstance',
  'ssm:GetDocument',
  'ssm:GetManifest',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:ListAssociations',
  'ssm:ListInstanceAssociations',
  'ssm:PutComplianceItems',
  'ssm:PutConfigurePackageResult',
  'ssm:PutInventory',
  'ssm:UpdateAssociationStatus',
  'ssm:UpdateInstanceAssociationStatus',
  'ssm:UpdateInstanceInformation',
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
];

export const GOOD_TRUST = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    { Effect: 'Allow', Principal: { AWS: APPLIANCE }, Action: 'sts:AssumeRole' },
  ],
};

export const allow = (Action: unknown, Resource: unknown = '*', extra: object = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action, Resource, ...extra }],
});

export const GOOD: RoleSpec = {
  trust: GOOD_TRUST,
  inline: [allow(V10_ACTIONS)],
  profiles: ['WorkerProfile'],
};
