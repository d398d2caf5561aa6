import type { Instance, Path } from './records.js';

export type { Path };

/**
 * An attribute's value: known (possibly null), or not known statically (after apply, or without a
 * plan). Never "empty" by default.
 */
export type Planned = { known: true; value: unknown } | { known: false };

/**
 * The mark `unknown` holds at the path, or at a prefix of it: `true` (the plan's `after_unknown`)
 * or a string saying why (the source reader).
 */
function markAt(unknown: unknown, path: Path): true | string | undefined {
  let node = unknown;
  for (const step of path) {
    if (node === true || typeof node === 'string') return node;
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node === true || typeof node === 'string' ? node : undefined;
}

/** True when the path, or any prefix of it, is marked unknown. */
export function isUnknownAt(unknown: unknown, path: Path): boolean {
  return markAt(unknown, path) !== undefined;
}

/** Why the value at the path is unknown, when the reader said so. */
export function unknownReason(instance: Instance, path: Path): string | undefined {
  const mark = markAt(instance.unknown, path);
  return typeof mark === 'string' ? mark : undefined;
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
 * Length of a list attribute: unknown elements may be written as null or left out of the values,
 * but the unknown marks keep one entry per element. Undefined when the attribute is not a list.
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
