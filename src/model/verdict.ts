export type Verdict = 'pass' | 'fail' | 'unknown';

const rank: Record<Verdict, number> = { pass: 0, unknown: 1, fail: 2 };

/** The worst verdict: fail > unknown > pass (design.md §2). An empty list is a pass. */
export function worst(verdicts: Iterable<Verdict>): Verdict {
  let result: Verdict = 'pass';
  for (const v of verdicts) if (rank[v] > rank[result]) result = v;
  return result;
}
