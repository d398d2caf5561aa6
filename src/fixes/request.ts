import type { CheckId, Role } from '../model/role.js';
import type { RequirementSet } from '../requirements/types.js';

export interface FixRequest {
  role: Role;
  check: CheckId;
  requirement: RequirementSet;
  missingActions: readonly string[];
  appliancePrincipals: readonly string[];
}

export interface TrustPrincipal {
  type: 'AWS' | 'Service';
  value: string;
}

/**
 * What a fix adds: identity statements, one trust statement, a whole trust policy (the role has
 * none: it gets every principal its kind needs at once), or an instance profile.
 */
export type FixNeed =
  | { kind: 'permissions' }
  | { kind: 'trust'; principal: TrustPrincipal }
  | { kind: 'trust-policy'; principals: TrustPrincipal[] }
  | { kind: 'instance-profile' };

export const APPLIANCE_PLACEHOLDER = 'arn:aws:iam::<appliance-account-id>:role/<impersonation-role>';

/** The role's IAM name when the input gives it, else its key. */
export function roleName(role: Role): string {
  return typeof role.name === 'string' ? role.name : role.key;
}

/** A name for the policy that carries the missing permissions: `veeam-<kind>-v<version>`. */
export function policyName(requirement: RequirementSet): string {
  return `veeam-${requirement.kind}-v${requirement.version}`;
}
