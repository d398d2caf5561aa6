import { describe, expect, it } from 'vitest';
import { ec2Trust, parsePlan, plan, role } from './helpers.js';

/** The repository of issue 11: two roots declaring the same role, and a plan kept apart from both. */
const worker = [
  'resource "aws_iam_role" "veeam_worker" {',
  '  name               = "veeam-worker"',
  '  assume_role_policy = file("trust.json")',
  '}',
  '',
].join('\n');
const tree: Record<string, string> = {
  'envs/dev/main.tf': worker,
  'envs/dev/plan.json': '',
  'envs/prod/main.tf': `# prod\n\n${worker}`,
  'plans/stage.json': '',
};
const context = (file: string, extra: object = {}) => ({
  file,
  files: Object.keys(tree),
  readFile: (path: string) => tree[path],
  ...extra,
});
const stagePlan = plan([
  { address: 'aws_iam_role.veeam_worker', values: { name: 'veeam-worker', assume_role_policy: ec2Trust } },
]);

describe('a plan maps to its own root only', () => {
  it.each([
    ['the plan beside its root', 'envs/dev/plan.json', {}, { file: 'envs/dev/main.tf', line: 1 }, 'envs/dev'],
    // Two roots declare aws_iam_role.veeam_worker: which one the plan came from is not guessed.
    [
      'a plan apart from two roots declaring it',
      'plans/stage.json',
      {},
      { file: 'plans/stage.json' },
      undefined,
    ],
    [
      'a plan mapped to its root in the config',
      'plans/stage.json',
      { terraformPlans: [{ plan: 'plans/stage.json', root: 'envs/prod' }] },
      { file: 'envs/prod/main.tf', line: 3 },
      'envs/prod',
    ],
    [
      'a configured root that does not declare it',
      'plans/stage.json',
      { terraformPlans: [{ plan: 'plans/stage.json', root: 'envs/qa' }] },
      { file: 'plans/stage.json' },
      'envs/qa',
    ],
  ])('%s', (_name, file, extra, where, root) => {
    const parsed = parsePlan(stagePlan, context(file, extra));
    const r = role(parsed, 'aws_iam_role.veeam_worker');
    expect(r.id).toBe(`${file}#aws_iam_role.veeam_worker`);
    expect(r.location).toMatchObject(where);
    expect(parsed.terraformRoots).toEqual(root === undefined ? undefined : [root]);
  });

  it('a plan in a folder without .tf files finds the one root that declares its resources', () => {
    const only = {
      'infra/main.tf': worker,
      'plan.json': '',
      'other/x.tf': 'resource "aws_s3_bucket" "b" {}\n',
    };
    const parsed = parsePlan(stagePlan, {
      file: 'plan.json',
      files: Object.keys(only),
      readFile: (path: string) => only[path as keyof typeof only],
    });
    expect(role(parsed, 'aws_iam_role.veeam_worker').location).toMatchObject({
      file: 'infra/main.tf',
      line: 1,
    });
    expect(parsed.terraformRoots).toEqual(['infra']);
  });
});
