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
  /** Service principals that must be trusted with sts:AssumeRole, e.g. ['ec2.amazonaws.com']. */
  trustServices: string[];
  /** Whether the backup appliance must be able to assume the role (every kind: yes). */
  trustAppliance: boolean;
  /** Whether the role must be in an instance profile (worker kinds). */
  instanceProfile: boolean;
}

/** A role chosen for checking, with the kind(s) it is checked as and why (design.md §4). */
export interface Selection {
  kinds: string[];
  selectedBy: string;
}
