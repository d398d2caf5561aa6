import type { SourceLocation } from './location.js';
import type { PolicyDocument } from './policy.js';
import type { Str, Unresolved } from './value.js';
import type { InlineWaiver } from './waiver.js';

export type SourceFormat = 'cloudformation' | 'terraform-plan' | 'terraform-source' | 'iam-json' | 'aws';

/** `trust-ec2` is one of the `trust-<service>` checks: one per service principal a role kind needs. */
export type CheckId =
  'trust-ec2' | 'trust-appliance' | 'instance-profile' | 'permissions' | `trust-${string}`;

/**
 * A policy that shapes a role's identity permissions. `document` is absent when the policy is
 * referenced by ARN only: the evaluator then looks AWS-managed ARNs up in the bundled snapshot;
 * anything else without a document (or with `unresolved`) makes the affected actions `unknown`.
 */
export interface AttachedPolicy {
  kind: 'inline' | 'managed';
  /** Inline: policy name (or logical ID / address). Managed: the ARN, or a template reference. */
  name: Str;
  arn?: Str;
  document?: PolicyDocument;
  unresolved?: Unresolved;
  /** Where the attachment is written (the ARN list entry, the AWS::IAM::Policy resource, …). */
  location: SourceLocation;
}

export interface InstanceProfileRef {
  /** Logical ID, Terraform address or instance profile name. */
  name: string;
  location: SourceLocation;
}

/** Something the input leaves open that may change the outcome of the listed checks. */
export interface OpenQuestion {
  checks: CheckId[];
  reason: string;
  location?: SourceLocation;
  /**
   * True when the open question can only add to the role (an attachment or profile that could not
   * be linked and might belong to it): it turns a fail into unknown but lets a pass stand. Otherwise
   * (a transform, an unreadable boundary) it turns pass and fail alike into unknown.
   */
  onlyAdds?: boolean;
}

/**
 * Something outside the input that may change the listed checks (a custom resource, a nested or
 * other stack that receives the role): the gate judges the input, so this is a note on the
 * finding, never an `unknown` (design.md §2). `text` is one sentence ending in what to do.
 */
export interface Note {
  checks: CheckId[];
  text: string;
  location?: SourceLocation;
}

/**
 * Everything that shapes a role under one set of assumptions. CloudFormation conditions that the
 * parameters cannot decide give several variants (one per assignment, `assumptions` naming it);
 * every other input gives exactly one, with `assumptions` empty. A check holds when it holds in
 * every variant, fails when it fails in every variant, and is `unknown` otherwise.
 */
export interface RoleShape {
  assumptions: Record<string, boolean>;
  /** Absent means the role has no trust policy at all. */
  trustPolicy?: PolicyDocument;
  trustUnresolved?: Unresolved;
  /** Inline and managed policies attached by any route. */
  policies: AttachedPolicy[];
  permissionsBoundary?: AttachedPolicy;
  instanceProfiles: InstanceProfileRef[];
  /**
   * Whether the scanned input would show every policy / instance profile of the role. A `get-role`
   * output lists no policies; a CloudFormation template or a plan is complete for what it defines.
   */
  complete: { policies: boolean; instanceProfiles: boolean };
  openQuestions: OpenQuestion[];
  /** What may be attached from outside the input: named on non-passing findings (issue 12). */
  notes?: Note[];
}

/** How a role's source file is written, so that a fix reads like the user's own code (issue 6). */
export interface SourceStyle {
  /** The file is JSON (CloudFormation JSON); else YAML where YAML applies. */
  json?: boolean;
  /** CloudFormation YAML written with short tags (`!Ref X`) rather than `Ref: X` mappings. */
  shortTags?: boolean;
  /** Spaces per indentation level (default 2). */
  indent?: number;
  /**
   * Terraform source: how the role's own policies are written, so a fix adds the same kind
   * (`data "aws_iam_policy_document"` blocks, `jsonencode(…)`, or heredoc JSON).
   */
  terraformPolicies?: 'policy-document' | 'jsonencode' | 'heredoc';
  /** YAML sequences indented under their key (`key:\n  - a`, the default) or not (`key:\n- a`). */
  indentSequences?: boolean;
}

export interface Role {
  /** `<file relative to scan root>#<key>`; `aws#<role-arn>` for live roles. */
  id: string;
  /** Logical ID, Terraform address, or role name: what selection globs and ids use. */
  key: string;
  /** The IAM role name when the input gives it (RoleName, name), else undefined. */
  name?: Str;
  source: SourceFormat;
  file: string;
  location: SourceLocation;
  tags: Record<string, Str>;
  variants: RoleShape[];
  /**
   * Optional: how the source is written (`sourceStyle(text)` from src/fixes/style.ts), so fixes
   * match it. Absent: fixes follow the file name (`.json` → JSON) and two-space indentation.
   */
  style?: SourceStyle;
  /** IAM path (`/veeam/`) when the input gives it: worker selection looks for "veeam" in it. */
  path?: Str;
  /** The role's description when the input gives it (selection, as `path`). */
  description?: Str;
  /** Terraform: the module the role is declared in (call address or source directory). */
  module?: string;
  /** Waivers written next to the role (CloudFormation Metadata, Terraform comments). */
  inlineWaivers?: InlineWaiver[];
}
