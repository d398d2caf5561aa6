import { InputError } from '../model/errors.js';
import data from './data/requirements.json' with { type: 'json' };
import type { ConditionalRequirement, RequirementSet } from './types.js';

const sets = data.sets as RequirementSet[];

const byName = (a: string, b: string): number => a.toLowerCase().localeCompare(b.toLowerCase());

export function knownVersions(): string[] {
  return [...new Set(sets.map((s) => s.version))].sort();
}

export function knownKinds(): string[] {
  return [...new Set(sets.map((s) => s.kind))].sort();
}

/** Kinds that only add to another kind (Veeam's "deploy workers in production accounts" extras). */
export function isExtraKind(kind: string): boolean {
  return sets.some((s) => s.kind === kind && s.extraFor !== undefined);
}

/** Every set of a version, extras included: what the README table and the advice iterate. */
export function requirementSets(version?: string): RequirementSet[] {
  return sets.filter((s) => version === undefined || s.version === version);
}

function unknownVersion(version: string): InputError {
  return new InputError(`veeam-version '${version}' is not known: use one of ${knownVersions().join(', ')}`);
}

export function requirementSet(kind: string, version: string): RequirementSet {
  const set = sets.find((s) => s.kind === kind && s.version === version && s.extraFor === undefined);
  if (set) return set;
  if (!knownVersions().includes(version)) throw unknownVersion(version);
  if (isExtraKind(kind)) {
    const bases = [...new Set(sets.filter((s) => s.kind === kind).map((s) => s.extraFor!))].sort();
    return extraAlone(kind, bases);
  }
  const versions = sets.filter((s) => s.kind === kind).map((s) => s.version);
  throw new InputError(
    versions.length
      ? `role kind '${kind}' has no published requirements for Veeam Backup for AWS ${version} (only ${versions.join(', ')})`
      : `role kind '${kind}' is not known: use one of ${knownKinds().join(', ')}`,
  );
}

function extraAlone(kind: string, bases: readonly string[]): never {
  throw new InputError(
    `role kind '${kind}' adds to another kind: combine it with one of ${bases.join(', ')}, e.g. '${bases[0]}+${kind}'`,
  );
}

/** The extra sets a kind brings to the base kinds it is combined with. */
function extrasFor(kind: string, bases: readonly string[], version: string): RequirementSet[] {
  if (!knownVersions().includes(version)) throw unknownVersion(version);
  const all = sets.filter((s) => s.kind === kind && s.version === version);
  const found = all.filter((s) => bases.includes(s.extraFor!));
  if (found.length === 0) {
    const possible = [...new Set(sets.filter((s) => s.kind === kind).map((s) => s.extraFor!))].sort();
    extraAlone(kind, possible);
  }
  return found;
}

/**
 * An action stays conditional in a union only when every part that needs it needs it under a
 * condition: one unconditional requirement makes it unconditional.
 */
function mergeConditional(parts: readonly RequirementSet[]): ConditionalRequirement[] {
  const unconditional = new Set<string>();
  for (const p of parts) {
    const conditional = new Set((p.conditional ?? []).flatMap((c) => c.actions.map((a) => a.toLowerCase())));
    for (const a of p.actions) if (!conditional.has(a.toLowerCase())) unconditional.add(a.toLowerCase());
  }
  const merged = new Map<string, ConditionalRequirement>();
  for (const c of parts.flatMap((p) => p.conditional ?? [])) {
    const actions = c.actions.filter((a) => !unconditional.has(a.toLowerCase()));
    if (actions.length === 0) continue;
    const key = JSON.stringify(c.condition);
    const seen = merged.get(key);
    merged.set(key, {
      condition: c.condition,
      actions: [...new Set([...(seen?.actions ?? []), ...actions])].sort(byName),
    });
  }
  return [...merged.values()];
}

/**
 * Several kinds on one role: it must meet all of them (the union of their requirements). An extra
 * kind (`production-worker-deployment`) brings the extra set of each base kind it is combined with.
 */
/** Combined sets by kinds and version: every checked role asks again, the answer never changes. */
const combined = new Map<string, RequirementSet>();

export function combinedRequirements(given: readonly string[], version: string): RequirementSet {
  const key = `${given.join('\u0000')}\u0001${version}`;
  let found = combined.get(key);
  if (!found) {
    found = combine(given, version);
    if (combined.size > 1_000) combined.clear();
    combined.set(key, found);
  }
  return found;
}

function combine(given: readonly string[], version: string): RequirementSet {
  // The config and the tag may give 'a+b' as one entry.
  const kinds = given
    .flatMap((k) => k.split('+'))
    .map((k) => k.trim())
    .filter(Boolean);
  const bases = [...new Set(kinds.filter((k) => !isExtraKind(k)))];
  const extras = [...new Set(kinds.filter(isExtraKind))];
  const parts = [
    ...bases.map((k) => requirementSet(k, version)),
    ...extras.flatMap((k) => extrasFor(k, bases, version)),
  ];
  if (parts.length === 1 && kinds.length === 1) return parts[0]!;
  const actions = new Map<string, string>();
  for (const p of parts)
    for (const a of p.actions) if (!actions.has(a.toLowerCase())) actions.set(a.toLowerCase(), a);
  const conditional = mergeConditional(parts);
  return {
    kind: kinds.join('+'),
    version,
    title: parts.map((p) => p.title).join(' + '),
    source: [...new Set(parts.map((p) => p.source))].join(' '),
    actions: [...actions.values()].sort(byName),
    ...(conditional.length ? { conditional } : {}),
    trustServices: [...new Set(parts.flatMap((p) => p.trustServices))].sort(),
    trustAppliance: parts.some((p) => p.trustAppliance),
    instanceProfile: parts.some((p) => p.instanceProfile),
  };
}

/**
 * Why these kinds cannot be checked for this version (unknown kind, an extra kind alone, a kind
 * not published for the version), or undefined when they can. For callers that report the problem
 * on the role (a `veeam:role` tag) rather than stop the run.
 */
export function kindProblem(kinds: readonly string[], version: string): string | undefined {
  try {
    combinedRequirements(kinds, version);
    return undefined;
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}
