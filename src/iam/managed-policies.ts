import type { PolicyDocument } from '../model/policy.js';
import { topLevelSections, type Span } from '../parsers/json-sections.js';
import { policyFromValue } from '../parsers/policy-document.js';
import { readDataFile } from './data-files.js';

interface SnapshotEntry {
  v: string;
  d: unknown;
  deprecated?: boolean;
  pathUnknown?: boolean;
}

interface Snapshot {
  source: string;
  date: string;
  /** The policies as one JSON string (scripts/gen-managed-policies.mjs). */
  policies: string;
}

let file: Snapshot | undefined;
let table: SnapshotTable | undefined;

/** The snapshot file (beside the bundle: 3.6 MB), read on the first lookup, not at start-up. */
function snapshotFile(): Snapshot {
  file ??= JSON.parse(readDataFile('managed-policies.json')) as Snapshot;
  return file;
}

/** The snapshot's policies by name, each entry parsed when first asked for. */
interface SnapshotTable {
  get(name: string): SnapshotEntry | undefined;
  names(): string[];
}

/**
 * A run needs a handful of the ~1,600 policies: their names are found by a scan of the text and
 * only the entries asked for are parsed (issue 16: parsing them all cost ~0.1 s CPU and 20 MB per
 * run). A text the scan does not split is parsed whole, as before.
 */
function snapshotTable(): SnapshotTable {
  if (table) return table;
  const text = snapshotFile().policies;
  const spans = topLevelSections(text);
  table = spans ? lazyTable(text, spans) : wholeTable(JSON.parse(text) as Record<string, SnapshotEntry>);
  return table;
}

function lazyTable(text: string, spans: ReadonlyMap<string, Span>): SnapshotTable {
  const parsed = new Map<string, SnapshotEntry>();
  return {
    get(name) {
      let entry = parsed.get(name);
      const span = spans.get(name);
      if (!entry && span) parsed.set(name, (entry = JSON.parse(text.slice(span.start, span.end))));
      return entry;
    },
    names: () => [...spans.keys()],
  };
}

function wholeTable(policies: Record<string, SnapshotEntry>): SnapshotTable {
  return {
    get: (name) => (Object.hasOwn(policies, name) ? policies[name] : undefined),
    names: () => Object.keys(policies),
  };
}

/** Where the bundled AWS-managed policy documents come from, for reports and README. */
export const managedPolicySnapshot = {
  get source(): string {
    return snapshotFile().source;
  },
  get date(): string {
    return snapshotFile().date;
  },
};

export type ManagedLookup =
  | { found: true; name: string; versionId: string; document: PolicyDocument; deprecated: boolean }
  | { found: false; reason: string };

const AWS_MANAGED = /^arn:(?:[^:]+|\$\{AWS::Partition\}):iam::aws:policy\/(.+)$/;

/** True for `arn:<partition>:iam::aws:policy/...` (AWS-managed, not customer-managed). */
export function isAwsManagedArn(arn: string): boolean {
  return AWS_MANAGED.test(arn);
}

const documents = new Map<string, PolicyDocument>();

/**
 * Looks an AWS-managed policy ARN up in the bundled snapshot. The document is built once per
 * policy and shared. A policy the snapshot lacks is reported as not found with the reason, never
 * treated as granting or denying anything.
 */
export function lookupAwsManagedPolicy(arn: string): ManagedLookup {
  const match = AWS_MANAGED.exec(arn);
  if (!match) return { found: false, reason: `${arn} is not an AWS-managed policy ARN` };
  const key = match[1]!;
  const table = snapshotTable();
  let entry = table.get(key);
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (!entry && table.get(name)?.pathUnknown) entry = table.get(name);
  if (!entry) {
    const elsewhere = table.names().find((k) => k.slice(k.lastIndexOf('/') + 1) === name);
    const hint = elsewhere ? `; AWS has it at arn:aws:iam::aws:policy/${elsewhere}` : '';
    return {
      found: false,
      reason: `AWS-managed policy ${arn} is not in the bundled snapshot of ${managedPolicySnapshot.date}${hint}`,
    };
  }
  let document = documents.get(key);
  if (!document) {
    // Not a file of the user's: findings point at the attachment, never at this location.
    document = policyFromValue(entry.d, { file: `aws-managed-policy:${key}`, line: 1, column: 1 });
    documents.set(key, document);
  }
  return { found: true, name, versionId: entry.v, document, deprecated: entry.deprecated === true };
}
