import type { SourceLocation } from './location.js';

/**
 * A value the input does not determine statically: a parameter without a value, `Fn::ImportValue`,
 * a Terraform value known only after apply, a custom-resource attribute. Checks that depend on it
 * become `unknown` with `reason` in their message, never pass or fail by guess.
 */
export interface Unresolved {
  unresolved: true;
  /** Human-readable, e.g. "Fn::ImportValue 'SharedPolicyArn'" or "known after apply". */
  reason: string;
  location?: SourceLocation;
  /** Set when the value is a role of the same input whose ARN or name is generated (issue 12). */
  role?: InputRole;
}

/**
 * A role defined in the scanned input itself (same template or configuration) whose ARN or name
 * only deployment fixes: `!GetAtt R.Arn`, `!Sub arn:…:role/${R}`, Terraform `aws_iam_role.r.arn`.
 * As a principal it is one specific role, never a wildcard. Every parser may produce it.
 */
export interface InputRole {
  /** Logical ID or Terraform address of the role. */
  key: string;
  /** `arn`: the value is the role's ARN (a valid principal); `name`: only its name. */
  part: 'arn' | 'name';
  /** The role's name when the input fixes it while the ARN stays open (Terraform `name`). */
  name?: string;
  /** Else a `*` pattern its generated name follows (Terraform `name_prefix`). */
  namePattern?: string;
}

/**
 * A string value from a policy or property. Resolved strings may keep symbolic pseudo parameters
 * that stand for a value of a known kind: `${AWS::Partition}` (matches every partition),
 * `${AWS::AccountId}`, `${AWS::Region}`, `${AWS::URLSuffix}`.
 */
export type Str = string | Unresolved;

export function isUnresolved(value: unknown): value is Unresolved {
  return typeof value === 'object' && value !== null && (value as Unresolved).unresolved === true;
}

export function unresolved(reason: string, location?: SourceLocation, role?: InputRole): Unresolved {
  const value: Unresolved = location ? { unresolved: true, reason, location } : { unresolved: true, reason };
  if (role) value.role = role;
  return value;
}
