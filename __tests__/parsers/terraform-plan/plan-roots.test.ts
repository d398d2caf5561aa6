import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planCoveredRoots } from '../../../src/parsers/terraform-plan/index.js';
import { ec2Trust, fixtureDir, parsePlan, parseText, plan, readFixture, role } from './helpers.js';

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

// Issue 16: a sharded scan asks only which roots the plans of other shards cover. The answer must
// be the full parse's, for every way a plan maps (or fails to map) to a root.
describe('the roots a plan covers, without building its roles', () => {
  const stageText = JSON.stringify(stagePlan);
  const treeCases = [
    ['beside its root', 'envs/dev/plan.json', {}],
    ['apart from two roots declaring it', 'plans/stage.json', {}],
    [
      'mapped in the config',
      'plans/stage.json',
      { terraformPlans: [{ plan: 'plans/stage.json', root: 'envs/prod' }] },
    ],
    [
      'mapped to a root that does not declare it',
      'plans/stage.json',
      { terraformPlans: [{ plan: 'plans/stage.json', root: 'envs/qa' }] },
    ],
    ['a plan with a BOM beside its root', 'envs/dev/plan.json', {}, `\uFEFF${stageText}`],
    ['broken JSON beside its root', 'envs/dev/plan.json', {}, stageText.slice(0, -5)],
    [
      'a damaged section beside its root',
      'envs/dev/plan.json',
      {},
      stageText.replace('"resource_changes":[', '"resource_changes":[,'),
    ],
    ['JSON that is not a plan', 'envs/dev/plan.json', {}, '{"format_version":"1.0","x":1}'],
    [
      'an empty configuration beside its root',
      'envs/dev/plan.json',
      {},
      JSON.stringify({ ...stagePlan, configuration: {} }),
    ],
  ] as const;

  it.each(treeCases)('%s: as the full parse', (_name, file, extra, text = stageText) => {
    const ctx = context(file, extra);
    const full = terraformRootsOf(text, ctx);
    expect(planCoveredRoots(text, { parameters: {}, ...ctx })).toEqual(full);
  });

  it('finds a root at all in these cases (the comparison is not of empty answers only)', () => {
    expect(planCoveredRoots(stageText, { parameters: {}, ...context('envs/dev/plan.json') })).toEqual([
      'envs/dev',
    ]);
  });

  const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.json'));
  it.each(fixtures)('fixture %s beside a root that declares its resources: as the full parse', (name) => {
    const text = readFixture(name);
    // A root declaring every resource of the root module, so that the plan maps to it.
    const full = parseText(text, { file: 'infra/plan.json' });
    const blocks = full.roles.map((r) => `resource "aws_iam_role" "${r.key.split('.').pop()}" {}`).join('\n');
    const files: Record<string, string> = { 'infra/main.tf': blocks, 'infra/plan.json': '' };
    const ctx = { file: 'infra/plan.json', files: Object.keys(files), readFile: (p: string) => files[p] };
    expect(planCoveredRoots(text, { parameters: {}, ...ctx })).toEqual(terraformRootsOf(text, ctx));
  });
});

function terraformRootsOf(text: string, ctx: object): string[] {
  try {
    return parseText(text, ctx).terraformRoots ?? [];
  } catch {
    return []; // not recognised as a plan
  }
}
