import { combinedRequirements, knownVersions } from './index.js';

/** What a role of these kinds must change when the appliance moves from one version to another. */
export interface VersionChange {
  from: string;
  to: string;
  /** Actions the newer version needs that the older did not (case-insensitive comparison). */
  added: string[];
  removed: string[];
  /** Trust services or instance-profile needs that appear in the newer version. */
  trustAdded: string[];
}

/**
 * The change in requirements from `from` to `to` for a role of these kinds, or undefined when
 * either version has no published set for them (e.g. `default` is published for 10 only).
 */
export function versionChange(kinds: readonly string[], from: string, to: string): VersionChange | undefined {
  const key = `${kinds.join('\u0000')}\u0001${from}\u0001${to}`;
  if (!changes.has(key)) {
    if (changes.size > 1_000) changes.clear();
    changes.set(key, change(kinds, from, to));
  }
  return changes.get(key);
}

/** Changes by kinds and versions: asked once per checked role, always the same answer. */
const changes = new Map<string, VersionChange | undefined>();

function change(kinds: readonly string[], from: string, to: string): VersionChange | undefined {
  let older, newer;
  try {
    older = combinedRequirements(kinds, from);
    newer = combinedRequirements(kinds, to);
  } catch {
    return undefined;
  }
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const [a, b] = [lower(older.actions), lower(newer.actions)];
  return {
    from,
    to,
    added: newer.actions.filter((x) => !a.has(x.toLowerCase())),
    removed: older.actions.filter((x) => !b.has(x.toLowerCase())),
    trustAdded: newer.trustServices.filter((s) => !older.trustServices.includes(s)),
  };
}

/** The next published version after `version`, if any (versions are numbers as strings). */
export function nextVersion(version: string): string | undefined {
  return knownVersions()
    .filter((v) => Number(v) > Number(version))
    .sort((x, y) => Number(x) - Number(y))[0];
}
