import { describe, expect, it } from 'vitest';
import { V10_ACTIONS } from '../helpers/roles.js';
import { allFormats, checksIn, workerSpec } from '../helpers/every-format.js';

/**
 * Issue 12 rule 1: Resource and NotResource are judged against the ARN formats each required action
 * can act on (the action catalogue); an action without resource types acts on "*" only. Each row:
 * the identity policy, the permissions verdict and exactly the missing actions, in every format.
 */
const all = (more: Record<string, unknown>) => ({ Effect: 'Allow', Action: '*', ...more });
const allOnStar = all({ Resource: '*' });
const deny = (Action: unknown, more: Record<string, unknown>) => ({ Effect: 'Deny', Action, ...more });
const IAM4 = [
  'iam:GetContextKeysForPrincipalPolicy',
  'iam:GetRole',
  'iam:ListInstanceProfilesForRole',
  'iam:SimulatePrincipalPolicy',
];
const SQS_QUEUE = ['sqs:DeleteMessage', 'sqs:ReceiveMessage', 'sqs:SendMessage'];
const SSM_INSTANCE = [
  'ssm:DescribeAssociation',
  'ssm:ListInstanceAssociations',
  'ssm:PutComplianceItems',
  'ssm:UpdateAssociationStatus',
  'ssm:UpdateInstanceAssociationStatus',
  'ssm:UpdateInstanceInformation',
];
const starOnly = V10_ACTIONS.filter((a) =>
  /^(ec2messages|ssmmessages):|ListQueues|PutInventory|GetManifest|ListAssociations|PutConfigurePackageResult|GetDeployablePatchSnapshotForInstance/.test(
    a,
  ),
);

type Row = [name: string, statements: Record<string, unknown>[], verdict: string, missing: string[]];

const rows: Row[] = [
  // The three cases.
  [
    'Allow * NotResource an S3 bucket',
    [all({ NotResource: ['arn:aws:s3:::secret-bucket', 'arn:aws:s3:::secret-bucket/*'] })],
    'pass',
    [],
  ],
  ['Allow * NotResource every role', [all({ NotResource: 'arn:aws:iam::*:role/*' })], 'fail', IAM4],
  [
    'Deny SendMessage on one queue',
    [allOnStar, deny('sqs:SendMessage', { Resource: 'arn:aws:sqs:*:*:prod-orders' })],
    'fail',
    ['sqs:SendMessage'],
  ],
  // NotResource on an Allow, on each service of the 33.
  [
    'NotResource ec2messages ARNs (its actions act on "*" only)',
    [all({ NotResource: 'arn:aws:ec2messages:*:*:*' })],
    'pass',
    [],
  ],
  [
    'NotResource ssmmessages ARNs (its actions act on "*" only)',
    [all({ NotResource: 'arn:aws:ssmmessages:*' })],
    'pass',
    [],
  ],
  ['NotResource sqs queues', [all({ NotResource: 'arn:aws:sqs:*:*:*' })], 'fail', SQS_QUEUE],
  [
    'NotResource one sqs queue',
    [all({ NotResource: 'arn:aws:sqs:eu-west-1:123456789012:orders' })],
    'fail',
    SQS_QUEUE,
  ],
  [
    'NotResource ssm parameters',
    [all({ NotResource: 'arn:aws:ssm:*:*:parameter/*' })],
    'fail',
    ['ssm:GetParameter', 'ssm:GetParameters'],
  ],
  ['NotResource ec2 instances', [all({ NotResource: 'arn:aws:ec2:*:*:instance/*' })], 'fail', SSM_INSTANCE],
  [
    'NotResource iam users (GetContextKeys/Simulate act on users)',
    [all({ NotResource: 'arn:aws:iam::123456789012:user/admin' })],
    'fail',
    ['iam:GetContextKeysForPrincipalPolicy', 'iam:SimulatePrincipalPolicy'],
  ],
  [
    'NotResource iam policies (no required action acts on one)',
    [all({ NotResource: 'arn:aws:iam::123456789012:policy/*' })],
    'pass',
    [],
  ],
  // An IAM path may hold ":" (any ASCII from "!"), so role ARN "arn:aws:iam::1:role/x:policy/y" exists.
  [
    'NotResource iam policies of any account reaches roles whose path holds ":"',
    [all({ NotResource: 'arn:aws:iam::*:policy/*' })],
    'fail',
    IAM4,
  ],
  ['NotResource "*" excludes everything', [all({ NotResource: '*' })], 'fail', [...V10_ACTIONS].sort()],
  ['NotResource "?" matches the "*" resource', [all({ NotResource: '?' })], 'fail', starOnly],
  [
    'NotResource of another partition only',
    [all({ NotResource: 'arn:aws-cn:sqs:*:*:*' })],
    'fail',
    SQS_QUEUE,
  ],
  // Resource on an Allow: covering every ARN of the action's formats is as good as "*".
  ['Resource arn:* covers every ARN', [all({ Resource: ['arn:*', '*'] })], 'pass', []],
  ['Resource every ARN but not "*"', [all({ Resource: 'arn:*' })], 'fail', starOnly],
  [
    'Resource all sqs queues of every partition',
    [
      { Effect: 'Allow', Action: V10_ACTIONS.filter((a) => !SQS_QUEUE.includes(a)), Resource: '*' },
      { Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:*:sqs:*' },
    ],
    'pass',
    [],
  ],
  [
    'Resource sqs queues of the aws partition only',
    [
      { Effect: 'Allow', Action: V10_ACTIONS.filter((a) => !SQS_QUEUE.includes(a)), Resource: '*' },
      { Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:*:*:*' },
    ],
    'fail',
    SQS_QUEUE,
  ],
  // Deny: removes an action when its resources overlap the action's ARNs.
  [
    'Deny sqs:* on one queue hits only the queue actions',
    [allOnStar, deny('sqs:*', { Resource: 'arn:aws:sqs:us-east-1:123456789012:q' })],
    'fail',
    SQS_QUEUE,
  ],
  [
    'Deny * on S3 touches none of the 33',
    [allOnStar, deny('*', { Resource: 'arn:aws:s3:::bucket/*' })],
    'pass',
    [],
  ],
  [
    'Deny * on roles hits the four iam actions',
    [allOnStar, deny('*', { Resource: 'arn:aws:iam::123456789012:role/admin' })],
    'fail',
    IAM4,
  ],
  [
    'Deny * on ec2 instances',
    [allOnStar, deny('*', { Resource: 'arn:aws:ec2:*:*:instance/i-1' })],
    'fail',
    SSM_INSTANCE,
  ],
  [
    'Deny * on "*" itself hits only the actions without resource types',
    [allOnStar, deny('*', { Resource: ['arn:aws:s3:::x', '?'] })],
    'fail',
    starOnly,
  ],
  // Deny with NotResource: denies everything but the listed resources.
  ['Deny NotResource every ARN and "*"', [allOnStar, deny('*', { NotResource: ['*'] })], 'pass', []],
  ['Deny NotResource every ARN', [allOnStar, deny('*', { NotResource: 'arn:*' })], 'fail', starOnly],
  [
    'Deny sqs:* NotResource all queues',
    [allOnStar, deny('sqs:*', { NotResource: ['arn:*:sqs:*:*:*', '*'] })],
    'pass',
    [],
  ],
  [
    'Deny sqs:* NotResource one queue',
    [allOnStar, deny('sqs:*', { NotResource: 'arn:aws:sqs:*:*:orders' })],
    'fail',
    [...SQS_QUEUE, 'sqs:ListQueues'].sort(),
  ],
];

describe.each(allFormats)('resource-aware permissions in %s', (format) => {
  it.each(rows)('%s', (_name, statements, verdict, missing) => {
    const check = checksIn(format, workerSpec(statements)).permissions!;
    expect({ verdict: check.verdict, missing: check.missingActions }).toEqual({
      verdict,
      missing: [...missing].sort(),
    });
  });
});

describe('messages', () => {
  it('names the resource a Deny hits', () => {
    const check = checksIn(
      'cloudformation-yaml',
      workerSpec([allOnStar, deny('sqs:SendMessage', { Resource: 'arn:aws:sqs:*:*:prod-orders' })]),
    ).permissions!;
    expect(check.message).toContain('denied on arn:aws:sqs:*:*:prod-orders');
  });
  it('a Deny with NotResource says what it spares', () => {
    const check = checksIn(
      'iam-json',
      workerSpec([allOnStar, deny('sqs:*', { NotResource: 'arn:aws:sqs:*:*:orders' })]),
    ).permissions!;
    expect(check.message).toContain('denied on everything but arn:aws:sqs:*:*:orders');
  });
  it('unresolved resources stay unknown', () => {
    const check = checksIn(
      'terraform-plan',
      workerSpec([allOnStar, deny('sqs:*', { Resource: 'arn:aws:sqs:*:*:${AWS::NoSuchThing}x' })]),
    ).permissions!;
    expect(check.verdict).toBe('fail');
  });
});
