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

export function unresolved(reason: string, location?: SourceLocation): Unresolved {
  return location ? { unresolved: true, reason, location } : { unresolved: true, reason };
}
