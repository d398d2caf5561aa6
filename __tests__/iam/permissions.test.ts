import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateActions, type EvaluatedPolicy } from '../../src/iam/permissions.js';
import { policyFromValue } from '../../src/parsers/policy-document.js';
import { unresolved } from '../../src/model/value.js';
import { here } from '../helpers/roles.js';

const A = 'ssm:GetParameter';
const doc = (...Statement: object[]): EvaluatedPolicy => ({
  label: 'p',
  document: policyFromValue({ Version: '2012-10-17', Statement }, here()),
  location: here(),
});
const opaque: EvaluatedPolicy = { label: 'arn:x', opaque: 'Fn::ImportValue Shared', location: here() };
const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };

// Each row: identity policies, optional boundary, expected state of ssm:GetParameter on "*".
const table: [string, EvaluatedPolicy[], EvaluatedPolicy | undefined, 'granted' | 'missing' | 'unproven'][] =
  [
    ['exact action', [doc({ Effect: 'Allow', Action: A, Resource: '*' })], undefined, 'granted'],
    ['action list', [doc({ Effect: 'Allow', Action: ['x:y', A], Resource: ['*'] })], undefined, 'granted'],
    ['service wildcard', [doc({ Effect: 'Allow', Action: 'ssm:*', Resource: '*' })], undefined, 'granted'],
    ['prefix wildcard', [doc({ Effect: 'Allow', Action: 'ssm:Get*', Resource: '*' })], undefined, 'granted'],
    [
      '? wildcard',
      [doc({ Effect: 'Allow', Action: 'ssm:GetParamete?', Resource: '*' })],
      undefined,
      'granted',
    ],
    [
      'mixed case',
      [doc({ Effect: 'Allow', Action: 'SSM:getPARAMETER', Resource: '*' })],
      undefined,
      'granted',
    ],
    [
      'action with a space',
      [doc({ Effect: 'Allow', Action: 'ssm:GetParameter ', Resource: '*' })],
      undefined,
      'missing',
    ],
    [
      'other service',
      [doc({ Effect: 'Allow', Action: 'ssmmessages:*', Resource: '*' })],
      undefined,
      'missing',
    ],
    ['no policy', [], undefined, 'missing'],
    [
      'NotAction excluding another service',
      [doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
      undefined,
      'granted',
    ],
    [
      'NotAction excluding it',
      [doc({ Effect: 'Allow', NotAction: 'ssm:*', Resource: '*' })],
      undefined,
      'missing',
    ],
    [
      'specific resource only',
      [doc({ Effect: 'Allow', Action: A, Resource: 'arn:aws:ssm:*:*:parameter/x' })],
      undefined,
      'missing',
    ],
    [
      'NotResource allow',
      [doc({ Effect: 'Allow', Action: A, NotResource: 'arn:aws:ssm:*:*:parameter/x' })],
      undefined,
      'missing',
    ],
    [
      'explicit Deny wins',
      [doc(allowAll, { Effect: 'Deny', Action: 'ssm:Get*', Resource: '*' })],
      undefined,
      'missing',
    ],
    [
      'Deny in another policy wins',
      [doc(allowAll), doc({ Effect: 'Deny', Action: A, Resource: '*' })],
      undefined,
      'missing',
    ],
    [
      'Deny with NotAction covering it',
      [doc(allowAll, { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' })],
      undefined,
      'missing',
    ],
    [
      'Deny with NotAction excluding it',
      [doc(allowAll, { Effect: 'Deny', NotAction: 'ssm:*', Resource: '*' })],
      undefined,
      'granted',
    ],
    [
      'Deny with NotResource',
      [doc(allowAll, { Effect: 'Deny', Action: A, NotResource: 'arn:aws:s3:::b' })],
      undefined,
      'missing',
    ],
    [
      // Issue 12: the Deny hits parameters GetParameter acts on, so the action is not allowed on "*".
      'Deny on a specific resource',
      [doc(allowAll, { Effect: 'Deny', Action: A, Resource: 'arn:aws:ssm:*:*:parameter/secret' })],
      undefined,
      'missing',
    ],
    [
      'Deny on a resource the action cannot act on',
      [doc(allowAll, { Effect: 'Deny', Action: A, Resource: 'arn:aws:s3:::bucket/*' })],
      undefined,
      'granted',
    ],
    [
      'Deny on a pseudo-parameter pattern that cannot reach the action',
      [doc(allowAll, { Effect: 'Deny', Action: A, Resource: '${AWS::Partition}x' })],
      undefined,
      'granted',
    ],
    [
      'conditional Deny',
      [
        doc(allowAll, {
          Effect: 'Deny',
          Action: A,
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      ],
      undefined,
      'unproven',
    ],
    [
      'conditional Allow only',
      [
        doc({
          Effect: 'Allow',
          Action: A,
          Resource: '*',
          Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
        }),
      ],
      undefined,
      'unproven',
    ],
    [
      'conditional and unconditional Allow',
      [
        doc(
          {
            Effect: 'Allow',
            Action: A,
            Resource: '*',
            Condition: { StringEquals: { 'aws:RequestedRegion': 'x' } },
          },
          allowAll,
        ),
      ],
      undefined,
      'granted',
    ],
    [
      'invalid Effect grants nothing',
      [doc({ Effect: 'NotAllow', Action: A, Resource: '*' })],
      undefined,
      'missing',
    ],
    [
      'lowercase effect is invalid',
      [doc({ Effect: 'allow', Action: A, Resource: '*' })],
      undefined,
      'missing',
    ],
    ['statement without Resource', [doc({ Effect: 'Allow', Action: A })], undefined, 'missing'],
    ['opaque policy, nothing else', [opaque], undefined, 'unproven'],
    ['opaque policy, granted elsewhere', [opaque, doc(allowAll)], undefined, 'granted'],
    ['boundary allows', [doc(allowAll)], doc({ Effect: 'Allow', Action: 'ssm:*', Resource: '*' }), 'granted'],
    [
      'boundary does not allow',
      [doc(allowAll)],
      doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      'missing',
    ],
    [
      'boundary denies',
      [doc(allowAll)],
      doc(allowAll, { Effect: 'Deny', Action: A, Resource: '*' }),
      'missing',
    ],
    ['boundary alone grants nothing', [], doc(allowAll), 'missing'],
    ['boundary opaque', [doc(allowAll)], opaque, 'unproven'],
    [
      'boundary conditional',
      [doc(allowAll)],
      doc({ ...allowAll, Condition: { StringEquals: { 'aws:PrincipalTag/x': 'y' } } }),
      'unproven',
    ],
  ];

describe('evaluateActions', () => {
  it.each(table)('%s', (_name, identity, boundary, expected) => {
    expect(evaluateActions([A], identity, boundary)[0]!.state).toBe(expected);
  });

  it('treats an unresolved Action entry as unproven, not granted', () => {
    const policy: EvaluatedPolicy = {
      label: 'p',
      document: {
        location: here(),
        statements: [
          {
            effect: 'Allow',
            action: [unresolved('parameter ActionName has no value')],
            resource: ['*'],
            condition: [],
            location: here(),
          },
        ],
      },
      location: here(),
    };
    const [v] = evaluateActions([A], [policy]);
    expect(v).toMatchObject({ state: 'unproven' });
    expect(v!.reason).toContain('ActionName');
  });

  it('names the deny that takes an action away', () => {
    const [v] = evaluateActions(
      [A],
      [doc(allowAll, { Sid: 'NoSsm', Effect: 'Deny', Action: 'ssm:*', Resource: '*' })],
    );
    expect(v!.reason).toContain("statement 'NoSsm'");
  });
});

describe('evaluateActions properties', () => {
  const actions = fc.constantFrom(
    'ssm:GetParameter',
    'ssm:PutInventory',
    'sqs:SendMessage',
    'iam:GetRole',
    'ec2messages:GetMessages',
  );
  const patterns = fc.constantFrom(
    '*',
    'ssm:*',
    'ssm:Get*',
    'sqs:*',
    'iam:Get*',
    'ec2messages:*',
    'ssm:PutInventory',
    'x:y',
  );
  const statement = fc.record({
    Effect: fc.constantFrom('Allow', 'Deny'),
    Action: fc.array(patterns, { minLength: 1, maxLength: 3 }),
    Resource: fc.constantFrom('*', 'arn:aws:sqs:*:*:q'),
  });
  const policies = fc.array(fc.array(statement, { minLength: 1, maxLength: 4 }), { maxLength: 3 });

  it('an unconditional Deny of the action always makes it missing', () => {
    fc.assert(
      fc.property(policies, actions, (ps, action) => {
        const after = evaluateActions(
          [action],
          [...ps.map((s) => doc(...s)), doc({ Effect: 'Deny', Action: action, Resource: '*' })],
        )[0]!.state;
        return after === 'missing';
      }),
      { numRuns: 2000 },
    );
  });

  it('removing a statement never turns a missing action granted', () => {
    fc.assert(
      fc.property(policies, actions, fc.nat(), (ps, action, pick) => {
        const all = ps.flat();
        if (all.length === 0) return true;
        const without = all.filter((_, i) => i !== pick % all.length);
        const before = evaluateActions([action], [doc(...all)])[0]!.state;
        const after = evaluateActions([action], without.length ? [doc(...without)] : [])[0]!.state;
        // Removing an Allow can only lose grants; removing a Deny can only gain them.
        const removed = all[pick % all.length]!;
        return removed.Effect === 'Allow' ? !(before !== 'granted' && after === 'granted') : true;
      }),
      { numRuns: 2000 },
    );
  });
});
