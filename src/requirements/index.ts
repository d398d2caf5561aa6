import { InputError } from '../model/errors.js';
import data from './data/requirements.json' with { type: 'json' };
import type { RequirementSet } from './types.js';

const sets = data.sets as RequirementSet[];

export function knownVersions(): string[] {
  return [...new Set(sets.map((s) => s.version))].sort();
}

export function knownKinds(): string[] {
  return [...new Set(sets.map((s) => s.kind))].sort();
}

export function requirementSet(kind: string, version: string): RequirementSet {
  const set = sets.find((s) => s.kind === kind && s.version === version);
  if (set) return set;
  if (!knownVersions().includes(version)) {
    throw new InputError(`veeam-version '${version}' is not known: use one of ${knownVersions().join(', ')}`);
  }
  const versions = sets.filter((s) => s.kind === kind).map((s) => s.version);
  throw new InputError(
    versions.length
      ? `role kind '${kind}' has no published requirements for Veeam Backup for AWS ${version} (only ${versions.join(', ')})`
      : `role kind '${kind}' is not known: use one of ${knownKinds().join(', ')}`,
  );
}

/** Several kinds on one role: it must meet all of them (the union of their requirements). */
export function combinedRequirements(kinds: readonly string[], version: string): RequirementSet {
  const parts = kinds.map((k) => requirementSet(k, version));
  if (parts.length === 1) return parts[0]!;
  const actions = new Map<string, string>();
  for (const p of parts)
    for (const a of p.actions) if (!actions.has(a.toLowerCase())) actions.set(a.toLowerCase(), a);
  return {
    kind: kinds.join('+'),
    version,
    title: parts.map((p) => p.title).join(' + '),
    source: parts.map((p) => p.source).join(' '),
    actions: [...actions.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    trustServices: [...new Set(parts.flatMap((p) => p.trustServices))].sort(),
    trustAppliance: parts.some((p) => p.trustAppliance),
    instanceProfile: parts.some((p) => p.instanceProfile),
  };
}
