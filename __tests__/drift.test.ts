import { describe, expect, it } from 'vitest';
import { findDrift, type Evaluated } from '../src/drift.js';
import { evaluateRole } from '../src/evaluate.js';
import type { Role } from '../src/model/role.js';
import { policyFromValue } from '../src/parsers/policy-document.js';
import { selectRoles } from '../src/requirements/selection.js';
import { parseFixture } from './parsers/iam-json/helpers.js';

const liveLoc = { file: 'aws', line: 1, column: 1 };
const SSM = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';

function evaluated(role: Role): Evaluated {
  const [entry] = [...selectRoles([role], [{ match: '*', kinds: [] }])];
  return {
    role,
    report: evaluateRole(entry![0], entry![1], { veeamVersion: '10', appliancePrincipals: [] }),
  };
}

/** A deployed cli-worker as live mode would read it. */
function live(trust: object[], policies: string[], profiles: string[]): Role {
  return {
    id: 'aws#arn:aws:iam::111122223333:role/cli-worker',
    key: 'arn:aws:iam::111122223333:role/cli-worker',
    name: 'cli-worker',
    source: 'aws',
    file: 'aws',
    location: liveLoc,
    tags: {},
    variants: [
      {
        assumptions: {},
        trustPolicy: policyFromValue({ Statement: trust }, liveLoc),
        policies: policies.map((arn) => ({ kind: 'managed', name: arn, arn, location: liveLoc })),
        instanceProfiles: profiles.map((name) => ({ name, location: liveLoc })),
        complete: { policies: true, instanceProfiles: true },
        openQuestions: [],
      },
    ],
  };
}

const ec2 = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' };
const declared = evaluated(parseFixture('written/cli/create-role.json')!.roles[0]!);

describe('findDrift', () => {
  it('is silent when the deployed role matches the declared one in what the checks use', () => {
    // The declared role: ec2 trust, SSM core + one inline action, one instance profile.
    const deployed = live([ec2], [SSM], ['prod-profile']);
    deployed.variants[0]!.policies.push(declared.role.variants[0]!.policies[1]!);
    expect(findDrift([declared], [evaluated(deployed)])).toEqual([]);
  });

  it.each([
    [
      'trust principals',
      live(
        [ec2, { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }],
        [SSM],
        ['p'],
      ),
      /trusted only as deployed: AWS:arn:aws:iam::111122223333:root/,
    ],
    ['granted required actions', live([ec2], [], ['p']), /granted only as declared: .*ssm:PutInventory/],
    [
      'instance profiles',
      live([ec2], [SSM], []),
      /the template puts the role in an instance profile, the deployed role is in none/,
    ],
  ])('reports a difference in %s, at the declared role', (aspect, deployed, detail) => {
    const warnings = findDrift([declared], [evaluated(deployed)]).filter((w) =>
      w.message.includes(` in ${aspect}:`),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'drift', location: declared.role.location });
    expect(warnings[0]!.message).toMatch(detail);
  });

  it('matches pseudo parameters in declared principals against the deployed value', () => {
    const role = declared.role;
    const withPartition: Role = {
      ...role,
      variants: [
        {
          ...role.variants[0]!,
          trustPolicy: policyFromValue(
            {
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { AWS: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' },
                  Action: 'sts:AssumeRole',
                },
              ],
            },
            role.location,
          ),
        },
      ],
    };
    const deployed = live(
      [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }],
      [SSM],
      ['p'],
    );
    const warnings = findDrift([evaluated(withPartition)], [evaluated(deployed)]);
    expect(warnings.filter((w) => w.message.includes('trust principals'))).toEqual([]);
  });

  it('pairs by role name only', () => {
    const other = live([], [], []);
    other.name = 'someone-else';
    expect(findDrift([declared], [evaluated(other)])).toEqual([]);
  });
});
