import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloudFormationParser } from '../../../src/parsers/cloudformation/index.js';
import { fixtures } from './parse.js';

const run = (text: string, file = 'x.yaml') => cloudFormationParser.parse(text, { file, parameters: {} });

describe('sniff', () => {
  it.each([
    ['stack.yaml', '', true],
    ['stack.yml', '', true],
    ['cdk.out/Stack.template.json', '{', true],
    ['vbaws-lab.template', '{', true],
    ['README', 'AWSTemplateFormatVersion: "2010-09-09"', true],
    ['main.tf', 'resource "aws_iam_role" "x" {}', false],
    ['script.sh', '#!/bin/sh', false],
  ])('%s → %s', (file, head, expected) => {
    expect(cloudFormationParser.sniff(file, head)).toBe(expected);
  });
});

describe('files that are not templates are skipped', () => {
  it.each([
    ['tsconfig.json', '{\n  // comment\n  "compilerOptions": {"strict": true,},\n}'],
    ['package.json', '{"name": "x", "version": "1.0.0", "scripts": {"test": "vitest"}}'],
    ['config.yaml', 'name: x\nitems: [1, 2]\nnested: {a: b}\n'],
    [
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: [{run: echo}]\n',
    ],
    ['k8s.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - resources: {limits: {cpu: 1}}\n'],
    ['values.yaml', 'Resources:\n  cpu: 1\n  memory: 2Gi\n'],
    [
      'plan.json',
      JSON.stringify({
        format_version: '1.2',
        planned_values: {
          root_module: { resources: [{ type: 'aws_iam_role', values: { name: 'Resources' } }] },
        },
      }),
    ],
    ['broken.yaml', 'a: [1, 2\nb: {\n'],
    ['broken.json', '{"name": "x",, }'],
    ['empty.yaml', ''],
  ])('%s', (file, text) => {
    expect(run(text, file)).toBeNull();
  });

  it('skips a bare IAM policy document', () => {
    const text = readFileSync(`${fixtures}veeam/vbaws-service-policy.json`, 'utf8');
    expect(run(text, 'policy.json')).toBeNull();
  });
});

describe('templates in every syntax', () => {
  it('reads a YAML template written in flow style', () => {
    const parsed = run(
      '{AWSTemplateFormatVersion: "2010-09-09", Resources: {R: {Type: AWS::IAM::Role, Properties: {RoleName: !Ref AWS::Region}}}}',
    );
    expect(parsed?.roles[0]?.name).toBe('${AWS::Region}');
  });

  it('reads a template with a byte order mark and CRLF line ends, positions intact', () => {
    const parsed = run('\uFEFFResources:\r\n  R:\r\n    Type: AWS::IAM::Role\r\n');
    expect(parsed?.roles[0]?.location).toEqual({ file: 'x.yaml', line: 2, column: 3 });
  });

  it('takes the template out of a multi-document YAML file, with a warning', () => {
    const parsed = run('kind: other\n---\nResources:\n  R:\n    Type: AWS::IAM::Role\n');
    expect(parsed?.roles.map((r) => r.location.line)).toEqual([4]);
    expect(parsed?.warnings.map((w) => w.code)).toContain('multiple-documents');
  });
});

describe('templates that cannot be read become a file error with a line', () => {
  it.each([
    [
      'YAML syntax error',
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  R:\n    Type: [AWS::IAM::Role\n',
      'x.yaml',
      'invalid YAML',
      5,
    ],
    [
      'JSON syntax error',
      '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "R": {"Type": "AWS::IAM::Role",}\n  }\n}',
      'x.json',
      'invalid JSON',
      4,
    ],
    [
      'Resources is not a mapping',
      // Each text names an IAM type: a template that names none is not parsed (names-no-iam.test.ts).
      'AWSTemplateFormatVersion: "2010-09-09"\nDescription: an AWS::IAM::Role\nResources: 5\n',
      'x.yaml',
      'Resources is not a mapping',
      3,
    ],
    [
      'no Resources',
      'AWSTemplateFormatVersion: "2010-09-09"\nDescription: nothing\n',
      'x.yaml',
      'no Resources',
      1,
    ],
    [
      'unknown alias',
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  R: *nope # an AWS::IAM::Role\n',
      'x.yaml',
      'alias',
      3,
    ],
  ])('%s', (_title, text, file, message, line) => {
    const parsed = run(text, file);
    expect(parsed?.roles).toEqual([]);
    expect(parsed?.errors).toEqual([
      expect.objectContaining({ file, message: expect.stringContaining(message), line }),
    ]);
  });

  it('reports the corpus template that is not valid JSON (triple-quoted strings)', () => {
    const text = readFileSync(`${fixtures}checkov-triple-quotes-invalid.json`, 'utf8');
    expect(run(text, 'checkov-triple-quotes-invalid.json')?.errors).toEqual([
      expect.objectContaining({ message: 'invalid JSON: CommaExpected', line: 17, column: 26 }),
    ]);
  });
});

describe('hostile input is bounded and never throws', () => {
  it('reports a YAML alias bomb', () => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('Resources:', '  R:', '    Type: AWS::IAM::Role', '    Properties: {Policies: *a8}');
    const parsed = run(lines.join('\n'));
    expect(parsed?.errors[0]?.message).toContain('alias bomb');
    expect(parsed?.errors[0]?.line).toBeGreaterThan(0);
  });

  it.each([
    [
      'YAML',
      'x.yaml',
      `AWSTemplateFormatVersion: "2010-09-09"\nDescription: AWS::IAM::Role\nResources: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    ],
    [
      'JSON',
      'x.json',
      `{"AWSTemplateFormatVersion": "x", "Description": "AWS::IAM::Role", "Resources": ${'['.repeat(20000)}${']'.repeat(20000)}}`,
    ],
  ])('reports absurd nesting (%s)', (_format, file, text) => {
    const parsed = run(text, file);
    expect(parsed?.errors[0]?.message).toMatch(/nest/);
  });

  it('reads a huge template', () => {
    const resources = Array.from(
      { length: 2000 },
      (_, i) =>
        `  Role${i}:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub "r${i}-\${AWS::Region}"\n      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]}\n  Profile${i}:\n    Type: AWS::IAM::InstanceProfile\n    Properties: {Roles: [!Ref Role${i}]}`,
    );
    const parsed = run(`AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${resources.join('\n')}\n`);
    expect(parsed?.roles).toHaveLength(2000);
    expect(parsed?.roles[1999]?.variants[0]?.instanceProfiles[0]?.name).toBe('Profile1999');
  });

  it('never throws on arbitrary property values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (properties, policy) => {
        const template = {
          AWSTemplateFormatVersion: '2010-09-09',
          Conditions: { C: { 'Fn::Equals': [{ Ref: 'P' }, policy] } },
          Resources: {
            R: { Type: 'AWS::IAM::Role', Properties: properties },
            P: { Type: 'AWS::IAM::Policy', Properties: { Roles: [{ Ref: 'R' }], PolicyDocument: policy } },
            I: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: policy } },
          },
        };
        const parsed = run(JSON.stringify(template), 'f.json');
        expect(parsed).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary intrinsic trees', () => {
    const fn = fc.constantFrom(
      'Ref',
      'Fn::Sub',
      'Fn::GetAtt',
      'Fn::Join',
      'Fn::If',
      'Fn::Equals',
      'Fn::And',
      'Fn::Or',
      'Fn::Not',
      'Condition',
      'Fn::Select',
      'Fn::Split',
      'Fn::FindInMap',
      'Fn::ImportValue',
      'Fn::Base64',
      'Fn::Cidr',
      'Fn::GetAZs',
    );
    const leaf = fc.oneof(
      fc.constantFrom('R', 'P', 'C', 'AWS::NoValue', 'AWS::Region', '${R.Arn}', 'M'),
      fc.string(),
      fc.integer(),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.tuple(fn, tie('node')).map(([f, v]) => ({ [f]: v })),
      ),
    })).node;
    fc.assert(
      fc.property(tree, tree, (a, b) => {
        const template = {
          AWSTemplateFormatVersion: '2010-09-09',
          Parameters: { P: { Type: 'String' } },
          Mappings: { M: { k: { v: 'x' } } },
          Conditions: { C: a },
          Resources: {
            R: {
              Type: 'AWS::IAM::Role',
              Properties: {
                RoleName: a,
                AssumeRolePolicyDocument: b,
                ManagedPolicyArns: [a, b],
                Policies: b,
              },
            },
            I: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [a] } },
          },
        };
        expect(run(JSON.stringify(template), 'f.json')?.errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
