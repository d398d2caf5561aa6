import type { SourceLocation } from './location.js';
import type { CheckId, SourceFormat } from './role.js';
import type { Verdict } from './verdict.js';
import type { CheckWaiver } from './waiver.js';

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
  /** A waiver covers this check (wholly, or the listed actions): the verdict stays, the gate ignores it. */
  waiver?: CheckWaiver;
  /** The baseline records this finding (no worse): the gate ignores it. */
  baseline?: { missingActions: string[] };
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
  /**
   * What the gate counts for this role once waivers and the baseline are applied; absent when it
   * equals `verdict`.
   */
  gateVerdict?: Verdict;
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
  /**
   * Roles that fail or are unknown but pass the gate because waivers or the baseline cover every
   * such check (not counted in `fail` / `unknown`, which count what the gate counts). Absent when 0.
   */
  accepted?: number;
  /**
   * Templates (counted in `files`) whose text names no IAM resource type: not parsed, so neither
   * their roles (they have none) nor their syntax are checked. Absent when 0.
   */
  filesWithoutIam?: number;
}

/** A role that was seen but not checked, and why (a notice, never an annotation). */
export interface SkippedRole {
  id: string;
  /** `not-veeam`: named like a worker but nothing names Veeam; `ignored`: config ignore; `opted-out`: tag none. */
  reason: 'not-veeam' | 'ignored' | 'opted-out';
  /** e.g. "config ignore[0] 'Legacy*'" or "tag veeam:role=none". */
  detail: string;
  location: SourceLocation;
}

/** A recorded finding of the baseline file (`--write-baseline`). */
export interface BaselineEntry {
  role: string;
  check: string;
  verdict: 'fail' | 'unknown';
  missingActions: string[];
}

/** The baseline applied to this run: where it came from and what has been fixed since. */
export interface BaselineUse {
  file: string;
  /** Entries that no longer occur: delete them from the baseline file. */
  fixed: BaselineEntry[];
}

/** The JSON report, version 1 (design.md §5). Deterministic: sorted, no timestamps. */
export interface Report {
  version: 1;
  summary: Summary;
  roles: RoleReport[];
  errors: FileError[];
  warnings: Warning[];
  /** Roles seen but not checked (sorted by id); absent when none. */
  skipped?: SkippedRole[];
  baseline?: BaselineUse;
}
