import type { SourceLocation } from './location.js';
import type { CheckId, SourceFormat } from './role.js';
import type { Verdict } from './verdict.js';

/** A ready-to-paste change that makes a failing check pass, in the role's own source format. */
export interface Fix {
  /** e.g. 'cloudformation-yaml', 'cloudformation-json', 'terraform-hcl', 'iam-json'. */
  format: string;
  /** One sentence: where the snippet goes. */
  description: string;
  text: string;
}

export interface CheckResult {
  check: CheckId;
  verdict: Verdict;
  message: string;
  location?: SourceLocation;
  /** permissions: required actions the role certainly lacks (sorted, as Veeam spells them). */
  missingActions?: string[];
  /** permissions: required actions granted only conditionally or through something unresolved. */
  unprovenActions?: string[];
  /** What outside the input may change this finding (a custom resource that receives the role, …). */
  notes?: string[];
  fix?: Fix;
}

export interface RoleReport {
  id: string;
  name: string | null;
  source: SourceFormat;
  /** Role kind, e.g. 'production-worker'; several joined with '+'. */
  kind: string;
  veeamVersion: string;
  selectedBy: string;
  location: SourceLocation;
  verdict: Verdict;
  checks: CheckResult[];
}

/** A file that could not be checked. Always fails the gate. */
export interface FileError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** Advice that never fails the gate by itself (duplicate keys, unbound documents, config changes…). */
export interface Warning {
  code: string;
  message: string;
  location?: SourceLocation;
}

export interface Summary {
  files: number;
  iamRoles: number;
  workerRoles: number;
  pass: number;
  fail: number;
  unknown: number;
  errors: number;
}

/** The JSON report, version 1 (design.md §5). Deterministic: sorted, no timestamps. */
export interface Report {
  version: 1;
  summary: Summary;
  roles: RoleReport[];
  errors: FileError[];
  warnings: Warning[];
}
