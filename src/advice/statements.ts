import { toEvaluated } from '../checks/permissions.js';
import type { Statement } from '../model/policy.js';
import type { SourceLocation } from '../model/location.js';
import type { Role } from '../model/role.js';

/** A statement of one of the role's identity policies, with the policy it comes from. */
export interface RoleStatement {
  statement: Statement;
  /** e.g. "inline policy 'Worker'" or "AWS-managed policy AmazonSSMManagedInstanceCore". */
  policy: string;
  /** Written in the scanned input (inline, customer-managed), not an AWS-managed snapshot. */
  own: boolean;
  /** Where a warning goes: the statement, or the attachment for an AWS-managed policy. */
  location: SourceLocation;
}

/**
 * Every readable identity statement of the role, over all variants, each once. AWS-managed
 * policies come from the bundled snapshot; opaque policies are skipped (nothing to advise on).
 */
export function roleStatements(role: Role): RoleStatement[] {
  const seen = new Set<Statement>();
  const out: RoleStatement[] = [];
  for (const shape of role.variants) {
    for (const attached of shape.policies) {
      const evaluated = toEvaluated(attached);
      const own = attached.document !== undefined;
      for (const statement of evaluated.document?.statements ?? []) {
        if (seen.has(statement)) continue;
        seen.add(statement);
        out.push({
          statement,
          policy: evaluated.label,
          own,
          location: own ? statement.location : attached.location,
        });
      }
    }
  }
  return out;
}
