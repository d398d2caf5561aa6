import type { ConfigWaiver } from './waiver.js';

/** A `roles:` entry of the config: which roles are Veeam roles, and of which kind. */
export interface RoleSelector {
  /** Glob over logical ID, Terraform address or role name (`*`, `?`, case-insensitive). */
  match: string;
  /** Role kind(s); default 'production-worker'. */
  kinds: string[];
  /** IAM JSON binding (issue 4): files that hold this role's trust and identity policies. */
  trust?: string;
  policies?: string[];
  instanceProfile?: boolean;
}

/** Terraform source settings (issue 11): variable values and which root each plan belongs to. */
export interface TerraformOptions {
  /**
   * Variable files read after the auto-loaded ones (`terraform.tfvars`, `*.auto.tfvars`), in this
   * order; paths relative to the scan root, or absolute. Applied to every root module scanned.
   */
  tfvars: string[];
  /** `--var KEY=VALUE`, applied after every file (last wins), to every root module scanned. */
  vars: Record<string, string>;
  /** A plan JSON file and the folder of the root module it was made from (both relative to the scan root). */
  plans: { plan: string; root: string }[];
}

/** Everything that decides a verdict, read once from CLI flags / action inputs / the config file. */
export interface GateOptions {
  veeamVersion: string;
  /** Role ARNs, account IDs or `arn:aws:iam::ID:root` of the backup appliance; may be empty. */
  appliancePrincipals: string[];
  onUnknown: 'fail' | 'warn';
  parameters: Record<string, string>;
  roles: RoleSelector[];
  /** Globs of paths (relative to the scan root) that are not scanned. */
  exclude: string[];
  /** Least-privilege advice (issue 6): warnings by default, failing the gate with 'fail'. */
  leastPrivilege?: 'warn' | 'fail';
  /** Globs over role id, logical ID / address or name: roles never checked (issue 13). */
  ignore?: string[];
  /** Config `waivers:` (issue 13). */
  waivers?: ConfigWaiver[];
  /** Whether waivers written next to roles count (default 'allow'). */
  inlineWaivers?: 'allow' | 'deny';
  /** Longest a waiver may run, in days from today (default 365). */
  maxWaiverDays?: number;
  /** Baseline file (relative to the repository root), read from the base commit in the action. */
  baseline?: string;
  /** Absent: no variable values beyond the files Terraform loads itself, plans mapped by folder. */
  terraform?: TerraformOptions;
}

export const defaultOptions: GateOptions = {
  veeamVersion: '10',
  appliancePrincipals: [],
  onUnknown: 'fail',
  parameters: {},
  roles: [],
  exclude: [],
};
