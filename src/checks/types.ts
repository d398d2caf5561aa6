import type { SourceLocation } from '../model/location.js';
import type { CheckResult } from '../model/report.js';
import type { CheckId, Role, RoleShape } from '../model/role.js';
import type { RequirementSet } from '../requirements/types.js';

export interface CheckContext {
  role: Role;
  requirement: RequirementSet;
  /** Configured appliance principals (role ARNs, account IDs, `arn:…:root`); may be empty. */
  appliancePrincipals: readonly string[];
}

/** A check's outcome on one variant of a role, before variants and open questions are combined. */
export type CheckOutcome = Omit<CheckResult, 'check' | 'fix'>;

/** One requirement, checked on one RoleShape. Pure. One file per check. */
export interface Check {
  id: CheckId;
  run(shape: RoleShape, context: CheckContext): CheckOutcome;
}

/** Where a finding about a missing trust goes: the trust policy, else the role itself. */
export function trustLocation(shape: RoleShape, role: Role): SourceLocation {
  return shape.trustPolicy?.location ?? shape.trustUnresolved?.location ?? role.location;
}
