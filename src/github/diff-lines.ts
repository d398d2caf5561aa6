/** The line ranges of a file's new side that a pull request's diff shows (its hunks). */
export interface DiffRange {
  start: number;
  end: number;
}

/**
 * Reads the `patch` GitHub gives for a pull request file (`@@ -a,b +c,d @@` hunks): a review comment
 * may sit on any line of a hunk's new side (RIGHT), a multi-line one within a single hunk.
 */
export function rightSideRanges(patch: string | undefined): DiffRange[] {
  const ranges: DiffRange[] = [];
  for (const m of (patch ?? '').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push({ start, end: start + count - 1 });
  }
  return ranges;
}

/** Whether lines `start..end` all lie inside one hunk. */
export function insideDiff(ranges: readonly DiffRange[], start: number, end: number): boolean {
  return ranges.some((r) => r.start <= start && end <= r.end);
}
