import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { terraformPlanParser } from '../../../src/parsers/terraform-plan/index.js';
import type { ResourceSpec } from './helpers.js';
import { ec2Trust, fixtureDir, parsePlan, parseText, plan, readFixture, role, shape } from './helpers.js';

/** A scanned tree held in memory: what the scan injects as `files` and `readFile`. */
function tree(files: Record<string, string>): {
  files: string[];
  readFile: (path: string) => string | undefined;
} {
  return { files: Object.keys(files), readFile: (path) => files[path] };
}

const moduleTf = [
  '# the task role',
  '',
  'resource "aws_iam_role" "task" {',
  '  name_prefix = "task"',
  '}',
  '',
].join('\n');
const rootTf = ['module "test" {', '  source = "./role"', '}', ''].join('\n');

describe('locations', () => {
  it('a repository with a local module: role, policies and profile point at their .tf blocks', () => {
    const root = `${fixtureDir}repo/`;
    const files = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => /\.(tf|json)$/.test(f))
      .sort();
    expect(files).toEqual(['main.tf', 'modules/veeam-worker/main.tf', 'plan.json']);
    const read = (path: string) => readFileSync(root + path, 'utf8');
    const parsed = parseText(read('plan.json'), { file: 'plan.json', files, readFile: read });
    const r = role(parsed, 'module.veeam_worker.aws_iam_role.worker');
    const tf = 'modules/veeam-worker/main.tf';
    expect(r.location).toEqual({ file: tf, line: 22, column: 1 });
    expect(shape(r).policies.map((p) => [p.name, p.location.line])).toEqual([
      ['veeam-worker-extra', 32],
      ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore', 27],
    ]);
    expect(shape(r).instanceProfiles).toEqual([
      {
        name: 'module.veeam_worker.aws_iam_instance_profile.worker',
        location: { file: tf, line: 45, column: 1 },
      },
    ]);
  });

  it('points a module role at its resource block in the module source directory (real plan, TF 0.12)', () => {
    const parsed = parseText(readFixture('tfc-issue227-small-module.json'), {
      file: 'infra/plan.json',
      ...tree({ 'infra/plan.json': '', 'infra/main.tf': rootTf, 'infra/role/main.tf': moduleTf }),
    });
    const r = role(parsed, 'module.test.aws_iam_role.task');
    expect(r.id).toBe('infra/plan.json#module.test.aws_iam_role.task');
    expect(r.location).toEqual({ file: 'infra/role/main.tf', line: 3, column: 1 });
    // The plan knows the assume_role_policy string: trust findings point at the role block too.
    expect(shape(r).trustPolicy?.location).toEqual(r.location);
  });

  it('finds the root module when the plan is written elsewhere (e.g. the repository root)', () => {
    const parsed = parseText(readFixture('tfc-issue227-small-module.json'), {
      file: 'plan.json',
      ...tree({
        'plan.json': '',
        'other/x.tf': 'resource "aws_s3_bucket" "b" {}\n',
        'infra/main.tf': rootTf,
        'infra/role/main.tf': moduleTf,
      }),
    });
    expect(role(parsed, 'module.test.aws_iam_role.task').location.file).toBe('infra/role/main.tf');
  });

  it('roles and attachments in the root module, indented and unquoted labels', () => {
    const resources: ResourceSpec[] = [
      { address: 'aws_iam_role.worker', values: { name: 'veeam-worker', assume_role_policy: ec2Trust } },
      { address: 'aws_iam_instance_profile.worker', values: { role: 'veeam-worker' } },
    ];
    const tf = [
      'terraform {}',
      '',
      '  resource "aws_iam_role" "worker" {',
      '  name = "veeam-worker"',
      '}',
      'resource aws_iam_instance_profile worker {',
      '  role = aws_iam_role.worker.name',
      '}',
    ].join('\n');
    const parsed = parsePlan(plan(resources), { file: 'tf/plan.json', ...tree({ 'tf/iam.tf': tf }) });
    const r = role(parsed, 'aws_iam_role.worker');
    expect(r.location).toEqual({ file: 'tf/iam.tf', line: 3, column: 3 });
    expect(shape(r).instanceProfiles[0]?.location).toEqual({ file: 'tf/iam.tf', line: 6, column: 1 });
  });

  it('a registry module is not in the tree: its roles point at the plan JSON line', () => {
    const resources: ResourceSpec[] = [
      {
        address: 'module.iam.aws_iam_role.this',
        values: { name: 'veeam-worker', assume_role_policy: ec2Trust },
      },
    ];
    const config = {
      resources: [],
      calls: {
        iam: {
          source: 'terraform-aws-modules/iam/aws//modules/iam-assumable-role',
          module: { resources: [{ address: 'aws_iam_role.this' }] },
        },
      },
    };
    const tf = 'module "iam" {\n  source = "terraform-aws-modules/iam/aws//modules/iam-assumable-role"\n}\n';
    const parsed = parsePlan(plan(resources, config), { file: 'plan.json', ...tree({ 'main.tf': tf }) });
    const r = role(parsed, 'module.iam.aws_iam_role.this');
    expect(r.location.file).toBe('plan.json');
    expect(r.location.line).toBeGreaterThan(1);
  });

  it('without .tf files the role points at its "address" line in the plan JSON', () => {
    const text = readFixture('checkov-plan-with-iam-policies.json');
    const r = role(
      parseText(text, { file: 'plan.json', files: ['plan.json'], readFile: () => text }),
      'aws_iam_role.example',
    );
    const line = text.split('\n')[r.location.line - 1] ?? '';
    expect(line.slice(r.location.column - 1)).toBe('"address": "aws_iam_role.example",');
  });

  it('for_each addresses with escaped quotes are found in the plan text', () => {
    const text = readFixture('checkov-gha-oidc-trust-modules.json');
    const r = role(parseText(text), 'module.poc.aws_iam_role.r6["p2"]');
    const line = text.split('\n')[r.location.line - 1] ?? '';
    expect(line.trim()).toBe('"address": "module.poc.aws_iam_role.r6[\\"p2\\"]",');
  });
});

describe('bad input', () => {
  const good = readFixture('checkov-plan-with-iam-policies.json');

  it.each([
    ['truncated', good.slice(0, Math.floor(good.length / 2))],
    ['a missing comma', good.replace('"format_version": "1.0",', '"format_version": "1.0"')],
    ['a stray brace', good.replace('"planned_values": {', '"planned_values": {}}')],
  ])('%s plan JSON is a file error with a line', (_, text) => {
    const parsed = parseText(text, { file: 'broken/plan.json' });
    expect(parsed.roles).toEqual([]);
    expect(parsed.errors).toHaveLength(1);
    const [error] = parsed.errors;
    expect(error?.file).toBe('broken/plan.json');
    expect(error?.message).toMatch(/^invalid Terraform plan JSON: /);
    expect(error?.line).toBeGreaterThan(1);
    expect(error?.line).toBeLessThanOrEqual(text.split('\n').length);
  });

  it('a truncated minified plan reports line 1 and the column where it ends', () => {
    const text = readFixture('tipv-role-inline-assume-policy.json').trimEnd().slice(0, 1000);
    const [error] = parseText(text).errors;
    expect(error).toMatchObject({ line: 1 });
    expect(error?.column).toBeGreaterThan(900);
  });

  it.each([
    ['package.json', '{ "name": "x", "version": "1.0.0" }'],
    ['tsconfig.json', '{ // comment\n "compilerOptions": {} }'],
    ['a CloudFormation template', '{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": {} }'],
    ['format_version without plan keys', '{ "format_version": "1.0" }'],
    ['a JSON array', '[1, 2, 3]'],
    ['broken JSON that is not a plan', '{ "Resources": { '],
  ])('%s is not a plan: skipped silently', (_, text) => {
    expect(terraformPlanParser.parse(text, { file: 'x.json', parameters: {} })).toBeNull();
  });

  it('a plan without IAM resources has nothing to check and no error', () => {
    const parsed = parsePlan(plan([{ address: 'aws_s3_bucket.b', values: { bucket: 'b' } }]));
    expect(parsed).toEqual({ format: 'terraform-plan', roles: [], errors: [], warnings: [] });
  });

  it('an empty plan (no changes, no values) and a leading BOM are fine', () => {
    const text =
      '\uFEFF{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{"root_module":{}},"configuration":{"root_module":{}}}';
    expect(terraformPlanParser.sniff('plan.json', text)).toBe(true);
    expect(parseText(text).roles).toEqual([]);
  });

  it('an invalid policy JSON string is kept as a problem on the document, not a crash', () => {
    const parsed = parsePlan(
      plan([{ address: 'aws_iam_role.worker', values: { name: 'w', assume_role_policy: '{not json' } }]),
    );
    expect(shape(parsed.roles[0]).trustPolicy?.problems).toEqual([
      'policy document is a string that is not JSON',
    ]);
  });
});
