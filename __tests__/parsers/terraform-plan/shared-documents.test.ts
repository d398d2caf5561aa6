import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/model/role.js';
import { policyFromValue } from '../../../src/parsers/policy-document.js';
import { parsePlan, plan, role, shape } from './helpers.js';

// Fleets of roles repeat the same policy texts: the plan reader builds each distinct text once and
// moves it to each attachment (issue 16). Every copy must read exactly as a document built there.
const documents: Record<string, unknown> = {
  plain: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['ssm:GetDocument'], Resource: '*' }],
  },
  rich: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', NotAction: 'iam:*', NotResource: ['arn:aws:s3:::x'] },
      {
        Effect: 'Deny',
        Action: 'sqs:*',
        Resource: '*',
        Principal: { AWS: ['arn:aws:iam::111122223333:root'] },
        Condition: { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'] } },
      },
    ],
  },
  // Problems name their line: such documents are built anew for every attachment.
  malformed: { Statement: [{ Effect: 'Alow', Action: 'sqs:SendMessage', Resource: '*' }, 'not a statement'] },
  notJson: '{ not json',
};

function fleet(text: string, count: number): object {
  const resources = [];
  for (let i = 0; i < count; i++) {
    resources.push({
      address: `aws_iam_role.r${i}`,
      values: { name: `veeam-worker-${i}`, assume_role_policy: '{}' },
    });
    resources.push({
      address: `aws_iam_role_policy.p${i}`,
      values: { name: `p${i}`, role: `veeam-worker-${i}`, policy: text },
    });
  }
  return plan(resources);
}

const inlineOf = (r: Role) => shape(r).policies.find((p) => p.kind === 'inline')!;

describe('policy documents shared by many roles of a plan', () => {
  it.each(Object.entries(documents))(
    '%s: each role reads the document as if built at its own attachment',
    (_name, doc) => {
      const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
      const parsed = parsePlan(fleet(text, 4));
      const lines = new Set<number>();
      for (let i = 0; i < 4; i++) {
        const policy = inlineOf(role(parsed, `aws_iam_role.r${i}`));
        const location = policy.document!.location;
        lines.add(location.line);
        const fresh = policyFromValue(typeof doc === 'string' ? doc : JSON.parse(text), location);
        expect(policy.document).toEqual(fresh);
      }
      expect(lines.size).toBe(4);
    },
  );
});
