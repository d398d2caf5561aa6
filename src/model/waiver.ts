import type { SourceLocation } from './location.js';

/**
 * A waiver as written next to a role (CloudFormation `Metadata.veeam-iam-gate.waivers`, a
 * `# veeam-iam-gate:waive` comment above a Terraform resource). Parsers copy what is written;
 * src/waivers checks it (reason, expiry, length), so a bad waiver is reported where it is written.
 */
export interface InlineWaiver {
  /** Check ids, or ['all']. */
  checks: string[];
  /** Only these missing (or unproven) actions are waived; absent: the whole check. */
  actions?: string[];
  reason?: string;
  /** YYYY-MM-DD as written. */
  expires?: string;
  ticket?: string;
  location: SourceLocation;
  /** What the parser could not read (a malformed comment): reported as an error on that line. */
  problem?: string;
}

/** A `waivers:` entry of the config file (read from the pull request's base). */
export interface ConfigWaiver {
  /** Glob over the role's id, logical ID / address, or name. */
  role: string;
  checks: string[];
  actions?: string[];
  reason: string;
  expires: string;
  ticket?: string;
  /** The entry in the config file. */
  location: SourceLocation;
}

/** What a waived check carries in the report (JSON `waiver`, SARIF `suppressions`). */
export interface CheckWaiver {
  reason: string;
  expires: string;
  /** `config`: the config file's `waivers:`; `inline`: next to the role in the scanned file. */
  source: 'config' | 'inline';
  ticket?: string;
  /** Where the waiver is written. */
  location: SourceLocation;
  /** Partial waiver: the missing or unproven actions it covers (others still count). */
  actions?: string[];
  /** The checks and actions the waiver names, as written (to recognise it in another commit). */
  written: { checks: string[]; actions?: string[] };
  /** Days from the run's today to `expires` (0: expires today); drives "expires soon" flags. */
  daysLeft: number;
  /** An inline waiver that the pull request adds (absent at the base commit). */
  addedByPullRequest?: boolean;
}
