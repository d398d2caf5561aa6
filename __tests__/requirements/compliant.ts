// A minimal role that meets a requirement set exactly, built from the set itself: the appliance
// and every required service trusted, an instance profile when needed, and one inline policy with
// an unconditional statement plus one statement per required condition.
import type { RequirementSet } from '../../src/requirements/types.js';
import { APPLIANCE, type RoleSpec } from '../helpers/roles.js';

export function trustFor(requirement: RequirementSet, skipService?: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: APPLIANCE }, Action: 'sts:AssumeRole' },
      ...requirement.trustServices
        .filter((s) => s !== skipService)
        .map((s) => ({ Effect: 'Allow', Principal: { Service: s }, Action: 'sts:AssumeRole' })),
    ],
  };
}

export function policyFor(requirement: RequirementSet, without: readonly string[] = []) {
  const drop = new Set(without.map((a) => a.toLowerCase()));
  const conditional = new Set(
    (requirement.conditional ?? []).flatMap((c) => c.actions.map((a) => a.toLowerCase())),
  );
  const plain = requirement.actions.filter(
    (a) => !conditional.has(a.toLowerCase()) && !drop.has(a.toLowerCase()),
  );
  const statements = [
    ...(plain.length ? [{ Effect: 'Allow', Action: plain, Resource: '*' }] : []),
    ...(requirement.conditional ?? [])
      .map((c) => ({ ...c, actions: c.actions.filter((a) => !drop.has(a.toLowerCase())) }))
      .filter((c) => c.actions.length)
      .map((c) => ({ Effect: 'Allow', Action: c.actions, Resource: '*', Condition: c.condition })),
  ];
  return { Version: '2012-10-17', Statement: statements };
}

export function compliant(requirement: RequirementSet, without: readonly string[] = []): RoleSpec {
  return {
    key: 'VeeamRole',
    trust: trustFor(requirement),
    inline: [policyFor(requirement, without)],
    profiles: requirement.instanceProfile ? ['VeeamRoleProfile'] : [],
  };
}
