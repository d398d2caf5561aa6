import type { SourceLocation } from '../../model/location.js';
import type { SourceFormat } from '../../model/role.js';
import type { PolicyDocument } from '../../model/policy.js';
import type { Unresolved } from '../../model/value.js';

/**
 * The resource records both Terraform readers produce (the plan JSON and the `.tf` source) and the
 * one linker (link.ts) turns into roles: an instance with its values, what stays unknown, and how
 * an unknown attribute traces back to other instances.
 */
export type Json = Record<string, unknown>;

export type Path = readonly (string | number)[];

export interface Instance {
  /** Full address, e.g. `module.a["x"].aws_iam_role.worker[0]`. */
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  /** Module instance address, '' for the root module. */
  module: string;
  values: Json;
  /** `after_unknown` shape: `true` at a path means the value is not known statically. */
  unknown?: unknown;
  /** Source reader only: why the instance may not exist (its count/for_each is not known). */
  uncertain?: string;
  /** Plan reader only: its configuration block once looked up (null: the plan has none). */
  config?: Json | null;
}

/** The instances an unknown attribute is computed from, and the references that lead nowhere. */
export interface Resolution {
  instances: Instance[];
  /** References that lead to something the input does not describe (locals, each.value, …). */
  deadEnds: string[];
}

/** A policy document attribute: a document, nothing, or what keeps it open. */
export type DocumentResult =
  | { kind: 'document'; document: PolicyDocument }
  | { kind: 'absent' }
  | { kind: 'unresolved'; unresolved: Unresolved };

/** What a reader hands the linker: its records and the reader-specific ways to follow them. */
export interface TerraformInput {
  source: Extract<SourceFormat, 'terraform-plan' | 'terraform-source'>;
  instances: Instance[];
  /** The file a role's id names: the plan JSON, or the `.tf` file that declares the resource. */
  idFile(instance: Instance): string;
  /** Where the instance's block is written. */
  locate(instance: Instance): SourceLocation;
  /** Where one attribute of it is written (default: the block). */
  locateAttribute?(instance: Instance, path: Path): SourceLocation;
  /** The instances an attribute whose value is unknown comes from. */
  resolveAttribute(instance: Instance, path: Path): Resolution;
  /** Whether the configuration sets the attribute (else the provider computes it from AWS). */
  configured(instance: Instance, attribute: string): boolean;
  /**
   * A document the reader builds itself (located statements from HCL, a rendered policy document
   * data source); undefined lets the linker read the attribute's JSON string.
   */
  documentAt?(instance: Instance, path: Path): DocumentResult | undefined;
  /** `data.aws_iam_policy_document` whose `json` is unknown: its statements as the reader sees them. */
  dataDocument?(instance: Instance): DocumentResult;
}
