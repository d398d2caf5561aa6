import type { FileError, Warning } from '../model/report.js';
import type { PolicyDocument } from '../model/policy.js';
import type { Role, SourceFormat } from '../model/role.js';

export interface ParseContext {
  /** Path relative to the scan root, with forward slashes: used in ids and locations. */
  file: string;
  /** CloudFormation parameter values from --parameter / the config (they win over defaults). */
  parameters: Readonly<Record<string, string>>;
  /**
   * Reads another file of the scanned tree (relative path) or returns undefined. Injected by the
   * scan so parsers stay free of I/O; used e.g. to find the `.tf` line of a planned resource.
   */
  readFile?: (relativePath: string) => string | undefined;
  /** Every file path of the scanned tree (relative), for parsers that look for companions. */
  files?: readonly string[];
  /** Config `terraform.plans`: the root module folder of a plan file (both relative). */
  terraformPlans?: readonly { plan: string; root: string }[];
}

/** A policy document found without a role around it (a bare IAM JSON file): bound by the config. */
export interface LooseDocument {
  file: string;
  /** 'trust' when it grants sts:AssumeRole* to a Principal, else 'identity'. */
  use: 'trust' | 'identity';
  document: PolicyDocument;
}

export interface ParsedFile {
  format: SourceFormat;
  /** Every IAM role the file defines (worker or not): selection happens later. */
  roles: Role[];
  errors: FileError[];
  warnings: Warning[];
  looseDocuments?: LooseDocument[];
  /** Terraform root folders a plan covers: their `.tf` files are not read for roles again. */
  terraformRoots?: string[];
  /** A template whose text names no IAM resource type: recognised, counted, not parsed. */
  withoutIam?: true;
}

export interface Parser {
  format: SourceFormat;
  /**
   * Cheap test on the file name and its first bytes (already decoded): can this be an input of
   * this format? Returning true does not commit: `parse` returns null for what it is not.
   */
  sniff(file: string, head: string): boolean;
  /**
   * Parse a whole file. Returns null when the file is not of this format (skipped silently), or a
   * ParsedFile (with `errors` for a file that looks like this format but is broken). Never throws
   * for bad input.
   */
  parse(text: string, context: ParseContext): ParsedFile | null;
}
