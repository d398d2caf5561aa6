import { structuredPatch } from 'diff';

/** Lines `startLine..endLine` (1-based, of the original) replaced by `lines`: a GitHub suggestion. */
export interface Replacement {
  startLine: number;
  endLine: number;
  lines: string[];
}

/**
 * The changes between two texts as line replacements a reviewer can apply one by one. A pure
 * insertion is anchored on the line before it (that line, then the new ones), since a suggestion
 * must replace at least one line; at the top of the file, on the first line. A block inserted
 * between blank lines is anchored on the code line before them (a Terraform role's closing `}`),
 * not on a blank line: the same result, where the reviewer expects it.
 */
export function replacements(before: string, after: string): Replacement[] {
  const oldLines = before.split(/\r?\n/);
  const patch = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 0 });
  return patch.hunks.map((h) => {
    const added = h.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1).replace(/\r$/, ''));
    if (h.oldLines > 0) return { startLine: h.oldStart, endLine: h.oldStart + h.oldLines - 1, lines: added };
    // jsdiff gives a pure insertion before line N as oldStart N (git would print N - 1).
    let anchor = h.oldStart - 1;
    // The diff may place "block, blank" after a blank line; it is the same as "blank, block" before it.
    while (
      anchor > 1 &&
      added.length &&
      !oldLines[anchor - 1]!.trim() &&
      added.at(-1) === oldLines[anchor - 1]
    ) {
      added.unshift(added.pop()!);
      anchor--;
    }
    if (anchor === 0) return { startLine: 1, endLine: 1, lines: [...added, oldLines[0] ?? ''] };
    return { startLine: anchor, endLine: anchor, lines: [oldLines[anchor - 1] ?? '', ...added] };
  });
}
