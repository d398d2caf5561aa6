import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../../src/model/options.js';
import { cloudFormationParser } from '../../../src/parsers/cloudformation/index.js';
import { namesNoIam } from '../../../src/parsers/cloudformation/names-no-iam.js';
import { renderJson } from '../../../src/report/json.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderText } from '../../../src/report/text.js';
import { scan } from '../../../src/scan.js';

// Issue 16: a template whose text names no IAM resource type is counted but not parsed.

const bucket = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';
const header = "AWSTemplateFormatVersion: '2010-09-09'\n";
const role =
  'Resources:\n  Worker:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {Statement: []}\n';

describe('which templates are skipped unparsed', () => {
  it.each([
    ['S3 buckets only', header + bucket],
    [
      'an EC2 instance that only refers to a profile',
      `${header}Resources:\n  Vm:\n    Type: AWS::EC2::Instance\n    Properties:\n      IamInstanceProfile: !ImportValue WorkerProfile\n`,
    ],
    [
      'a Lambda function that only refers to a role',
      `${bucket}  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: !GetAtt [Other, Arn]\n`,
    ],
    ['JSON, S3 only', '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}'],
    [
      'a nested stack (its own file is checked on its own)',
      `${header}Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties: {TemplateURL: child.yaml}\n`,
    ],
    ['YAML with a syntax error and no IAM type', `${header}Resources:\n  B: [unclosed\n`],
    // Reported as errors before issue 16; now not parsed (README "Templates without IAM resources").
    ['Resources that is not a mapping', `${header}Resources: 5\n`],
    ['an unknown alias', `${header}Resources:\n  R: *nope\n`],
    ['absurd nesting', `${header}Resources: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
    [
      'JSON with absurd nesting',
      `{"AWSTemplateFormatVersion": "x", "Resources": ${'['.repeat(20000)}${']'.repeat(20000)}}`,
    ],
  ])('%s', (_name, text) => {
    expect(namesNoIam(text)).toBe(true);
    expect(cloudFormationParser.parse(text, { file: 't.yaml', parameters: {} })).toEqual({
      format: 'cloudformation',
      roles: [],
      errors: [],
      warnings: [],
      withoutIam: true,
    });
  });

  it.each([
    ['an IAM role', role],
    [
      'AWS::IAM:: in a comment only (the safe direction: parse)',
      `${header}# see AWS::IAM::Role in base.yaml\n${bucket}`,
    ],
    [
      'a SAM function (the transform creates its role)',
      `${header}Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n`,
    ],
    [
      'a SAM resource without the Transform line',
      `Resources:\n  Fn:\n    Type: AWS::Serverless::StateMachine\n`,
    ],
    ['another macro', `${header}Transform: MyCompany::AddRoles\n${bucket}`],
    ['AWS::Include', `${header}Transform: {Name: AWS::Include, Parameters: {Location: s3://b/k}}\n${bucket}`],
    ['JSON with an IAM role', '{"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {}}}}'],
    [
      'a JSON unicode escape that could spell a type',
      '{"Resources": {"R": {"Type": "AWS\\u003a:IAM::Role"}}}',
    ],
    ['a YAML hex escape', 'Resources:\n  R:\n    Type: "AWS\\x3a:IAM::Role"\n'],
    [
      'a double-quoted YAML line continued with a backslash',
      'Resources:\n  R:\n    Type: "AWS::\\\n      IAM::Role"\n',
    ],
    [
      'an instance profile',
      `${bucket}  P:\n    Type: AWS::IAM::InstanceProfile\n    Properties: {Roles: [x]}\n`,
    ],
  ])('parses %s', (_name, text) => {
    expect(namesNoIam(text)).toBe(false);
    expect(cloudFormationParser.parse(text, { file: 't.yaml', parameters: {} })?.withoutIam).toBeUndefined();
  });

  it('the unicode escape really spells a role: parsing was needed', () => {
    const parsed = cloudFormationParser.parse(
      '{"Resources": {"R": {"Type": "AWS\\u003a:IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Statement": []}}}}}',
      { file: 't.json', parameters: {} },
    );
    expect(parsed?.roles.map((r) => r.key)).toEqual(['R']);
  });

  it.each([
    ['a helm values file with a Resources key', 'values.yaml', 'Resources:\n  cpu: 1\n  memory: 2Gi\n', null],
    [
      'a template without Resources (still an error)',
      'x.yaml',
      `${header}Description: nothing\n`,
      'no Resources',
    ],
    ['broken text that may be a template', 'bad.template', 'Resources:\n  A: [\n', 'invalid YAML'],
  ])('parses what is not surely a template: %s', (_name, file, text, error) => {
    const parsed = cloudFormationParser.parse(text, { file, parameters: {} });
    if (error === null) expect(parsed).toBeNull();
    else expect(parsed?.errors[0]?.message).toContain(error);
  });

  it('leaves files that are not templates to the other readers', () => {
    expect(cloudFormationParser.parse('{"Resources": []}', { file: 'x.json', parameters: {} })).toBeNull();
    expect(
      cloudFormationParser.parse('name: x\nitems: [Resources]\n', { file: 'x.yaml', parameters: {} }),
    ).toBeNull();
  });
});

describe('the summary counts them', () => {
  it('in JSON, text and markdown, only when there are some', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'no-iam-'));
    try {
      mkdirSync(path.join(root, 'stacks'));
      writeFileSync(path.join(root, 'stacks', 'buckets.yaml'), header + bucket);
      writeFileSync(path.join(root, 'stacks', 'broken.yaml'), `${header}Resources:\n  B: [unclosed\n`);
      writeFileSync(path.join(root, 'stacks', 'role.yaml'), header + role);
      const report = await scan({ root, paths: [], options: defaultOptions });
      expect(report.summary).toMatchObject({ files: 3, iamRoles: 1, errors: 0, filesWithoutIam: 2 });
      expect(JSON.parse(renderJson(report)).summary.filesWithoutIam).toBe(2);
      expect(renderText(report)).toContain('Summary: 3 files (2 naming no IAM type, not parsed), 1 IAM role');
      expect(renderMarkdown(report, { target: 'summary' })).toContain(
        '2 templates name no IAM resource type and were not parsed.',
      );

      rmSync(path.join(root, 'stacks', 'buckets.yaml'));
      rmSync(path.join(root, 'stacks', 'broken.yaml'));
      const only = await scan({ root, paths: [], options: defaultOptions });
      expect(only.summary.filesWithoutIam).toBeUndefined();
      expect(renderJson(only)).not.toContain('filesWithoutIam');
      expect(renderText(only)).not.toContain('not parsed');
      expect(renderMarkdown(only, { target: 'summary' })).not.toContain('not parsed');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
