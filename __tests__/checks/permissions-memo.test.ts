import { describe, expect, it } from 'vitest';
import { requiredVerdicts, toEvaluated } from '../../src/checks/permissions.js';
import { evaluateActions, type ActionVerdict } from '../../src/iam/permissions.js';
import type { Role } from '../../src/model/role.js';
import { conditionTests, requiredCondition } from '../../src/requirements/conditions.js';
import { combinedRequirements } from '../../src/requirements/index.js';
import type { RequirementSet } from '../../src/requirements/types.js';
import { parseText, plan, shape, type ResourceSpec } from '../parsers/terraform-plan/helpers.js';

// Issue 16: the permissions check judges each distinct set of policies once and gives every role
// with the same set the verdicts with its own locations. Differential: for every role of fleets
// that share documents but differ in boundary, conditions, labels and lines, the memoised verdicts
// must be exactly the ones the direct evaluation gives that role (values and location objects).

const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

const inlineDocuments = {
  all: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
  partial: doc({ Effect: 'Allow', Action: ['ec2:Describe*', 'sqs:*'], Resource: '*' }),
  denying: doc(
    { Effect: 'Allow', Action: '*', Resource: '*' },
    { Sid: 'NoQueues', Effect: 'Deny', Action: 'sqs:DeleteMessage', Resource: '*' },
    { Effect: 'Deny', Action: 'ec2:TerminateInstances', Resource: 'arn:aws:ec2:*:*:instance/*' },
  ),
  conditional: doc(
    {
      Effect: 'Allow',
      Action: 'ec2:*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    },
    {
      Effect: 'Allow',
      Action: ['ec2:StartInstances', 'ec2:TerminateInstances', 'ec2:CreateTags'],
      Resource: '*',
      Condition: { StringEquals: { 'ec2:ResourceTag/EfsIndexWorker': 'EfsIndexWorker' } },
    },
    { Effect: 'Allow', NotAction: 'ec2:*', NotResource: 'arn:aws:s3:::other' },
  ),
};
const boundaryDocuments = {
  'boundary-all': doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
  'boundary-deny': doc(
    { Effect: 'Allow', Action: '*', Resource: '*' },
    { Sid: 'NoSsm', Effect: 'Deny', Action: 'ssm:*', Resource: '*' },
  ),
  'boundary-narrow': doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }),
};
const boundaries = [
  undefined,
  ...Object.keys(boundaryDocuments).map((name) => `arn:aws:iam::111122223333:policy/${name}`),
  'arn:aws:iam::aws:policy/PowerUserAccess',
  'arn:aws:iam::111122223333:policy/not-in-the-plan',
];
const managed = [
  ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'],
  ['arn:aws:iam::111122223333:policy/not-in-the-plan'],
];

/** Every combination twice (the second meets the memo), each role with its own resources. */
function fleet(): ResourceSpec[] {
  const resources: ResourceSpec[] = Object.entries(boundaryDocuments).map(([name, policy]) => ({
    address: `aws_iam_policy.${name.replace('-', '_')}`,
    values: { name, arn: `arn:aws:iam::111122223333:policy/${name}`, policy },
  }));
  let n = 0;
  for (let round = 0; round < 2; round++)
    for (const [kind, text] of Object.entries(inlineDocuments))
      for (const label of ['worker', 'other'])
        for (const boundary of boundaries)
          for (const arns of managed) {
            const name = `veeam-worker-${n++}`;
            resources.push({
              address: `aws_iam_role.r${n}`,
              values: {
                name,
                assume_role_policy: trust,
                managed_policy_arns: arns,
                ...(boundary ? { permissions_boundary: boundary } : {}),
              },
            });
            resources.push({
              address: `aws_iam_role_policy.p${n}_${kind}`,
              values: { name: label, role: name, policy: text },
            });
          }
  return resources;
}

/** The evaluation as the check made it before the memo: every action on its own, directly. */
function direct(requirement: RequirementSet, role: Role): ActionVerdict[] {
  const s = shape(role);
  const identity = s.policies.map(toEvaluated);
  const boundary = s.permissionsBoundary ? toEvaluated(s.permissionsBoundary) : undefined;
  return requirement.actions.map((action) => {
    const condition = requiredCondition(requirement, action);
    return evaluateActions([action], identity, boundary, condition && conditionTests(condition))[0]!;
  });
}

function memoised(requirement: RequirementSet, role: Role): ActionVerdict[] {
  const s = shape(role);
  const boundary = s.permissionsBoundary ? toEvaluated(s.permissionsBoundary) : undefined;
  return requiredVerdicts(requirement, s.policies.map(toEvaluated), boundary);
}

// One line: messages name the same file:line for every role, so roles share verdicts. Indented:
// each role's lines differ, so nothing may be shared that names a line.
const layouts = [
  ['one-line', (p: object) => JSON.stringify(p), true],
  ['indented', (p: object) => JSON.stringify(p, null, 2), false],
] as const;
// The deployment extra brings actions Veeam needs only under a condition (issue 6).
const kinds = [['production-worker'], ['efs-backup', 'production-worker-deployment'], ['flr-worker']];

describe('permissions verdicts judged once per distinct set of policies (issue 16)', () => {
  it.each(
    layouts.flatMap(([layout, render, shares]) =>
      kinds.map((k) => [layout, k.join('+'), render, k, shares] as const),
    ),
  )('%s plan, %s: every role gets exactly its direct verdicts', (_layout, _kind, render, kind, shares) => {
    const requirement = combinedRequirements(kind, '10');
    const roles = parseText(render(plan(fleet()))).roles;
    expect(roles.length).toBe(2 * 4 * 2 * boundaries.length * managed.length);
    let sharedVerdicts = 0;
    const firstOf = new Map<string, ActionVerdict[]>();
    for (const role of roles) {
      const expected = direct(requirement, role);
      const got = memoised(requirement, role);
      expect(got).toEqual(expected);
      // The same location objects as the role's own, not equal copies of another role's.
      got.forEach((v, i) => expect(v.location).toBe(expected[i]!.location));
      const policyKey = JSON.stringify(
        shape(role).policies.map((p) => [p.name, p.document?.statements.length ?? null]),
      );
      const first = firstOf.get(policyKey);
      if (first) sharedVerdicts += got.filter((v, i) => v === first[i]).length;
      else firstOf.set(policyKey, got);
    }
    // The memo served: some verdict objects came back from an earlier role with the same set.
    if (shares) expect(sharedVerdicts).toBeGreaterThan(0);
  });

  it('locations decided by a boundary or a Deny point at the role, not at the role judged first', () => {
    const requirement = combinedRequirements(['production-worker'], '10');
    const roles = parseText(JSON.stringify(plan(fleet()))).roles;
    const located = roles.flatMap((role) =>
      memoised(requirement, role)
        .filter((v) => v.location)
        .map((v) => [role, v] as const),
    );
    expect(located.length).toBeGreaterThan(0);
    const columns = new Set(located.map(([, v]) => `${v.location!.line}:${v.location!.column}`));
    expect(columns.size).toBeGreaterThan(1);
  });
});
