import type { SourceLocation } from '../../model/location.js';
import type { Str } from '../../model/value.js';
import { get, getEntry, type LMap, type LNode } from '../located.js';

/** A structural problem in a recognised IAM JSON file: becomes a FileError with its line. */
export class ShapeProblem extends Error {
  constructor(
    message: string,
    readonly loc: SourceLocation,
  ) {
    super(message);
  }
}

/** A string field, or undefined when absent; a non-string value is a ShapeProblem. */
export function optionalString(map: LMap, key: string): { value: string; loc: SourceLocation } | undefined {
  const entry = getEntry(map, key);
  if (!entry) return undefined;
  const n = entry.value;
  if (n.kind === 'scalar' && n.value === null) return undefined;
  if (n.kind !== 'scalar' || typeof n.value !== 'string')
    throw new ShapeProblem(`${key} is not a string`, n.loc);
  return { value: n.value, loc: n.loc };
}

export function requiredString(map: LMap, key: string, what: string): { value: string; loc: SourceLocation } {
  const s = optionalString(map, key);
  if (!s) throw new ShapeProblem(`${what} has no ${key}`, map.loc);
  return s;
}

export function requiredMap(n: LNode | undefined, what: string, at: SourceLocation): LMap {
  if (n?.kind !== 'map') throw new ShapeProblem(`${what} is not a JSON object`, n?.loc ?? at);
  return n;
}

/** A list field (absent → empty); anything but a list is a ShapeProblem. */
export function listOf(map: LMap, key: string): LNode[] {
  const n = get(map, key);
  if (!n || (n.kind === 'scalar' && n.value === null)) return [];
  if (n.kind !== 'seq') throw new ShapeProblem(`${key} is not a list`, n.loc);
  return n.items;
}

/** `Tags: [{Key, Value}]` as IAM writes them. */
export function tagsOf(map: LMap): Record<string, Str> {
  const tags: Record<string, Str> = {};
  for (const item of listOf(map, 'Tags')) {
    const tag = requiredMap(item, 'a Tags entry', map.loc);
    tags[requiredString(tag, 'Key', 'a Tags entry').value] = optionalString(tag, 'Value')?.value ?? '';
  }
  return tags;
}
