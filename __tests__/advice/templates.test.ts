// Advice on real templates read by the CloudFormation parser (fixtures: see ORIGIN.md there).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviseRole } from '../../src/advice/index.js';
import { parseFile } from '../../src/parsers/index.js';
import { combinedRequirements } from '../../src/requirements/index.js';

const requirement = combinedRequirements(['production-worker'], '11');

function advice(file: string, key: string) {
  const text = readFileSync(`__tests__/fixtures/advice/${file}`, 'utf8');
  const role = parseFile(text, { file, parameters: {} })!.roles.find((r) => r.key === key)!;
  return adviseRole(role, requirement);
}

describe('advice on real templates', () => {
  it('names S3 API operations that are not IAM actions', () => {
    const unknown = advice('checkov-ecs-cluster-ec2role.yaml', 'Role').filter(
      (w) => w.code === 'unknown-action',
    );
    expect(unknown.map((w) => /'([^']+)' is not a known action/.exec(w.message)?.[1])).toEqual([
      's3:CopyObject',
      's3:ListObjects',
    ]);
    for (const w of unknown) expect(w.location?.file).toBe('checkov-ecs-cluster-ec2role.yaml');
  });

  it('counts Action "*" once however often it is granted, and names each statement', () => {
    const warnings = advice('cfnlint-good-generic.yaml', 'RootRole').filter(
      (w) => w.code === 'least-privilege',
    );
    expect(warnings).toHaveLength(3);
    const [summary, ...offenders] = warnings;
    const total = Number(/grants (\d+) actions beyond the 35/.exec(summary!.message)![1]);
    expect(total).toBeGreaterThan(15_000);
    expect(
      offenders.map((w) => [w.location?.line, /Action "\*" grants every AWS action/.test(w.message)]),
    ).toEqual([
      [52, true],
      [62, true],
    ]);
  });
});
