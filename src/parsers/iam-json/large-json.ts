import type { SourceLocation } from '../../model/location.js';
import { LineIndex, type LEntry, type LNode } from '../located.js';
import { nodeFromValue } from '../policy-document.js';

/**
 * Above this size the located JSON reader (about 60× slower than JSON.parse) is replaced by
 * JSON.parse plus line anchors: a whole account's authorization details can run to tens of MB.
 */
export const largeJsonBytes = 2_000_000;

/** The list entries worth a line of their own, and the key that finds each in the text. */
const anchors: Record<string, string> = { RoleDetailList: 'RoleName', Policies: 'Arn', Roles: 'RoleName' };

/**
 * A tree of a large JSON file from JSON.parse: every role and managed policy entry points at the
 * line of its `RoleName` / `Arn`, everything inside it at that line too (findings land on the
 * right entry). JSON.parse keeps the last of duplicate keys, as IAM does. Throws SyntaxError or
 * RangeError: the caller then reads the file with the located reader for an exact error line.
 */
export function readLargeJson(text: string, file: string): LNode {
  const value: unknown = JSON.parse(text);
  const top: SourceLocation = { file, line: 1, column: 1 };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return nodeFromValue(value, top);
  const lines = new LineIndex(text);
  let cursor = 0;
  const find = (pattern: string): SourceLocation => {
    const re = new RegExp(pattern, 'g');
    re.lastIndex = cursor;
    const hit = re.exec(text);
    if (!hit) return top;
    cursor = hit.index + hit[0].length;
    return { file, ...lines.position(hit.index) };
  };
  const entries: LEntry[] = Object.entries(value as Record<string, unknown>).map(([key, v]) => {
    cursor = 0;
    const keyLoc = find(`"${escape(key)}"\\s*:`);
    const anchor = anchors[key];
    if (!anchor || !Array.isArray(v)) return { key, keyLoc, value: nodeFromValue(v, keyLoc) };
    const items = v.map((item: unknown) => {
      const name = (item as Record<string, unknown> | null)?.[anchor];
      if (typeof name !== 'string') return nodeFromValue(item, keyLoc);
      // The AWS CLI writes `"RoleName": "x"`: a plain search first, a pattern for other spacing.
      const exact = text.indexOf(`"${anchor}": ${JSON.stringify(name)}`, cursor);
      if (exact !== -1) cursor = exact + 1;
      const at =
        exact !== -1
          ? { file, ...lines.position(exact) }
          : find(`"${anchor}"\\s*:\\s*${escape(JSON.stringify(name))}`);
      return nodeFromValue(item, at);
    });
    return { key, keyLoc, value: { kind: 'seq', loc: keyLoc, items } };
  });
  return { kind: 'map', loc: top, entries };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
