import { describe, expect, it } from 'vitest';
import { parseJsonLocated, parseYamlLocated } from '../../src/parsers/located.js';
import { policyFromNode, policyFromValue } from '../../src/parsers/policy-document.js';

const loc = { file: 'p.json', line: 1, column: 1 };

describe('policyFromNode', () => {
  it('reads string-or-list everywhere', () => {
    const doc = policyFromValue(
      {
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Action: 'ssm:GetParameter',
          Resource: ['*'],
          Principal: { Service: ['ec2.amazonaws.com'], AWS: 'arn:aws:iam::111122223333:root' },
          Condition: { StringEquals: { 'sts:ExternalId': 'abc' } },
        },
      },
      loc,
    );
    expect(doc.statements).toEqual([
      expect.objectContaining({
        effect: 'Allow',
        action: ['ssm:GetParameter'],
        resource: ['*'],
        principal: [
          expect.objectContaining({ type: 'Service', value: 'ec2.amazonaws.com' }),
          expect.objectContaining({ type: 'AWS', value: 'arn:aws:iam::111122223333:root' }),
        ],
        condition: [{ operator: 'StringEquals', key: 'sts:ExternalId', values: ['abc'] }],
      }),
    ]);
  });
  it('accepts a JSON string and a URL-encoded JSON string', () => {
    const json = JSON.stringify({ Statement: [{ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }] });
    for (const text of [json, encodeURIComponent(json)]) {
      expect(policyFromValue(text, loc).statements[0]).toMatchObject({
        effect: 'Deny',
        notAction: ['iam:*'],
      });
    }
  });
  it.each([
    [{ Statement: 'x' }, 'Statement is neither'],
    [{ Version: '2012-10-17' }, 'no Statement'],
    [[1], 'not a mapping'],
    ['not json', 'not JSON'],
  ])('reports %j as a problem', (value, problem) => {
    expect(policyFromValue(value, loc).problems?.join()).toContain(problem);
  });
  it('keeps a non-standard Effect as a statement problem', () => {
    const doc = policyFromValue({ Statement: [{ Effect: 'NotAllow', Action: '*', Resource: '*' }] }, loc);
    expect(doc.statements[0]?.problems?.join()).toContain("Effect 'NotAllow'");
  });
  it('reports a duplicate Action key with its line and points the statement at the Action', () => {
    const node = parseJsonLocated(
      '{"Statement": [{\n"Effect": "Allow",\n"Action": "ssm:*",\n"Action": "s3:GetObject",\n"Resource": "*"}]}',
      'd.json',
    );
    const st = policyFromNode(node).statements[0]!;
    expect(st.action).toEqual(['s3:GetObject']);
    expect(st.problems?.join()).toContain("duplicate key 'Action' (line 4)");
    expect(st.location.line).toBe(3);
  });
  it('reads YAML policies', () => {
    const [node] = parseYamlLocated(
      'Statement:\n  - Effect: Allow\n    Action: [a:b]\n    Resource: "*"\n',
      'p.yaml',
    );
    expect(policyFromNode(node!).statements[0]).toMatchObject({ action: ['a:b'], location: { line: 3 } });
  });
});
