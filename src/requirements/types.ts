/**
 * An IAM Condition block as Veeam prints it: operator → condition key → values, e.g.
 * `{ StringEquals: { 'ec2:ResourceTag/EfsIndexWorker': ['EfsIndexWorker'] } }`.
 */
export type RequiredCondition = Record<string, Record<string, string[]>>;

/** Actions Veeam grants only under a Condition (EFS indexing: the `EfsIndexWorker` tag). */
export interface ConditionalRequirement {
  actions: string[];
  condition: RequiredCondition;
}

/** What Veeam Backup for AWS needs of one kind of role, for one product version (design.md §3). */
export interface RequirementSet {
  /** e.g. 'production-worker'. */
  kind: string;
  /** Veeam Backup for AWS major version, e.g. '10'. */
  version: string;
  title: string;
  /** The Veeam Help Center page the set was read from. */
  source: string;
  /** Actions that must be allowed on Resource "*", spelled as Veeam prints them. */
  actions: string[];
  /**
   * Those of `actions` that Veeam grants only under a Condition. A role satisfies such an action
   * when its grant is at least as broad: unconditional, or under a condition that the required one
   * implies (the same tests, or fewer of them). Absent or empty: every action is unconditional.
   */
  conditional?: ConditionalRequirement[];
  /** Service principals that must be trusted with sts:AssumeRole, e.g. ['ec2.amazonaws.com']. */
  trustServices: string[];
  /** Whether the backup appliance must be able to assume the role (every kind: yes). */
  trustAppliance: boolean;
  /** Whether the role must be in an instance profile (worker kinds). */
  instanceProfile: boolean;
  /**
   * For an extra set (Veeam's "permissions required to deploy workers in production accounts"):
   * the kind it adds to. Such a set is never used alone; `production-worker-deployment` combined
   * with `ec2-backup` means the ec2-backup set plus the extra set whose `extraFor` is `ec2-backup`.
   */
  extraFor?: string;
}

/** A role chosen for checking, with the kind(s) it is checked as and why (design.md §4). */
export interface Selection {
  kinds: string[];
  selectedBy: string;
}
