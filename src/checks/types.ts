import type { SourceLocation } from '../model/location.js';
import type { PolicyDocument } from '../model/policy.js';
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

/**
 * Malformed parts of a policy (a non-standard Effect, an unknown key, a duplicate key): IAM rejects
 * or reads them differently, so a failing finding names them as the likely cause.
 */
export function documentProblems(doc: PolicyDocument | undefined): string[] {
  if (!doc) return [];
  return [...(doc.problems ?? []), ...doc.statements.flatMap((st) => st.problems ?? [])];
}

export function withProblems(outcome: CheckOutcome, problems: readonly string[]): CheckOutcome {
  if (outcome.verdict === 'pass' || problems.length === 0) return outcome;
  const shown =
    problems.slice(0, 3).join('; ') + (problems.length > 3 ? `; and ${problems.length - 3} more` : '');
  return { ...outcome, message: `${outcome.message} (policy problems: ${shown})` };
}

/**
 * The outcome for a role without a trust policy to evaluate: unknown when one exists but cannot be
 * read, fail when there is none. `who` is what must be trusted.
 */
export function missingTrust(shape: RoleShape, role: Role, who: string): CheckOutcome {
  const location = trustLocation(shape, role);
  return shape.trustUnresolved
    ? {
        verdict: 'unknown',
        location,
        message: `the trust policy cannot be read (${shape.trustUnresolved.reason})`,
      }
    : {
        verdict: 'fail',
        location,
        message: `the role has no trust policy; ${who} must be trusted with sts:AssumeRole`,
      };
}
