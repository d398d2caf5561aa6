import type { Instance } from './plan.js';

/** A planned attribute: known (possibly null), or known only after apply. Never "empty" by default. */
export type Planned = { known: true; value: unknown } | { known: false };

export type Path = readonly (string | number)[];

/** True when `after_unknown` marks the path, or any prefix of it, as known only after apply. */
export function isUnknownAt(unknown: unknown, path: Path): boolean {
  let node = unknown;
  for (const step of path) {
    if (node === true) return true;
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node === true;
}

export function planned(instance: Instance, path: Path): Planned {
  if (isUnknownAt(instance.unknown, path)) return { known: false };
  let node: unknown = instance.values;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) return { known: true, value: null };
    node = (node as Record<string | number, unknown>)[step];
  }
  return { known: true, value: node ?? null };
}

/** A known, non-empty string attribute, or undefined. */
export function knownString(instance: Instance, path: Path): string | undefined {
  const v = planned(instance, path);
  return v.known && typeof v.value === 'string' && v.value !== '' ? v.value : undefined;
}

/**
 * Length of a planned list: unknown elements may be written as null or left out of the values, but
 * `after_unknown` keeps one entry per element. Undefined when the attribute is not a list.
 */
export function listLength(instance: Instance, path: Path): number | undefined {
  const value = planned(instance, path);
  let marks: unknown = instance.unknown;
  for (const step of path)
    marks =
      typeof marks === 'object' && marks !== null
        ? (marks as Record<string | number, unknown>)[step]
        : undefined;
  const lengths = [value.known ? value.value : undefined, marks].filter(Array.isArray).map((a) => a.length);
  return lengths.length > 0 ? Math.max(...lengths) : undefined;
}
