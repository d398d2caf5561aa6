import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOptions } from '../../../src/model/options.js';
import { scan } from '../../../src/scan.js';
import { readSource } from './helpers.js';

const repo = path.resolve(__dirname, '../../fixtures/tfplan/repo');

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gate-tf-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const worker = (name: string): string =>
  [
    `resource "aws_iam_role" "${name}" {`,
    `  name               = "veeam-${name}"`,
    '  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })',
    '}',
    '',
  ].join('\n');

describe('Terraform source in the scan', () => {
  it('a root a scanned plan covers is checked from the plan only', async () => {
    const report = await scan({ root: repo, paths: [], options: defaultOptions });
    expect(report.roles.map((r) => [r.id, r.source])).toEqual([
      ['plan.json#module.veeam_worker.aws_iam_role.worker', 'terraform-plan'],
    ]);
  });

  it('the same root without its plan is checked from the .tf files', async () => {
    const report = await scan({ root: repo, paths: ['main.tf', 'modules'], options: defaultOptions });
    expect(report.roles.map((r) => [r.id, r.source])).toEqual([
      ['modules/veeam-worker/main.tf#module.veeam_worker.aws_iam_role.worker', 'terraform-source'],
    ]);
  });

  it('a syntax error is an error with its line; the rest of the root is still checked', async () => {
    const root = tree({
      'main.tf': worker('worker'),
      'broken.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n',
    });
    const report = await scan({ root, paths: [], options: defaultOptions });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: 'broken.tf', line: 2 });
    expect(report.roles.map((r) => r.id)).toEqual(['main.tf#aws_iam_role.worker']);
  });

  it.each([
    [
      'a module cycle',
      {
        'main.tf': 'module "a" {\n  source = "./a"\n}\n',
        'a/main.tf': 'module "b" {\n  source = "../b"\n}\n',
        'b/main.tf': 'module "a" {\n  source = "../a"\n}\n',
      },
      /module cycle/,
    ],
    [
      'a local that refers to itself',
      {
        'main.tf': `locals {\n  name = "\${local.name}-x"\n}\n${worker('worker').replace('"veeam-worker"', 'local.name')}`,
      },
      /local\.name refers to itself/,
    ],
  ])('%s ends with an error, not a hang', async (_name, files, message) => {
    const result = await readSource(files as Record<string, string>);
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('a registry module is one warning at its module block', async () => {
    const result = await readSource({
      'main.tf': 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.0.0"\n}\n',
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'terraform-module-not-read',
        location: { file: 'main.tf', line: 1, column: 1 },
      }),
    ]);
  });

  it('a count over an unknown value keeps the role, and makes every check unknown', async () => {
    const result = await readSource({
      'main.tf': `variable "enabled" { type = bool }\n${worker('worker').replace('{\n', '{\n  count = var.enabled ? 1 : 0\n')}`,
    });
    expect(result.roles.map((r) => r.key)).toEqual(['aws_iam_role.worker']);
    expect(result.roles[0]!.variants[0]!.openQuestions[0]?.reason).toMatch(/var\.enabled has no value/);
  });
});
