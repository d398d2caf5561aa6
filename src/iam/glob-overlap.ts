import type { Tri } from './tri.js';

/**
 * A `*`/`?` glob as a token list: `*` any run of characters, `?` exactly one, `#` any run of
 * characters without a `:` (an ARN's partition, region or account field), `{ char }` a literal.
 * Resource patterns are case-sensitive, so literals are compared exactly.
 */
export type GlobToken = '*' | '?' | '#' | { char: string };
export type Glob = readonly GlobToken[];

/** Reads a resource pattern: `*` and `?` are wildcards, every other character is literal. */
export function globOf(pattern: string): Glob {
  return Array.from(pattern, (c) => (c === '*' || c === '?' ? c : { char: c }));
}

/** Reads a generated ARN format (src/iam/data/action-resources.json), where `#` is also a wildcard. */
export function formatGlob(format: string): Glob {
  return Array.from(format, (c) => (c === '*' || c === '?' || c === '#' ? c : { char: c }));
}

/** The glob matching exactly one string (e.g. the `*` resource of an action without resource types). */
export function literalGlob(text: string): Glob {
  return Array.from(text, (char) => ({ char }));
}

/**
 * The search below walks the product of the globs' subset automata. Glob automata are small for
 * real ARNs but can blow up (`*a??????????`): past this many states the answer is `maybe`.
 */
const STATE_BUDGET = 20_000;

/** A character none of the globs names: stands for every such character at once. */
const OTHER = '';

type States = readonly number[];

/** Positions reachable from `from` without reading a character (a `*` may match nothing). */
function close(glob: Glob, from: Iterable<number>): States {
  const out = new Set<number>();
  for (let i of from) {
    out.add(i);
    while (glob[i] === '*' || glob[i] === '#') out.add(++i);
  }
  return [...out].sort((a, b) => a - b);
}

function step(glob: Glob, states: States, c: string): States {
  const next: number[] = [];
  for (const i of states) {
    const t = glob[i];
    if (t === undefined) continue;
    if (t === '*') next.push(i);
    else if (t === '#') {
      if (c !== ':') next.push(i);
    } else if (t === '?' || (c !== OTHER && t.char === c)) next.push(i + 1);
  }
  return close(glob, next);
}

const accepts = (glob: Glob, states: States): boolean => states.includes(glob.length);

/**
 * The characters worth reading next: the literals at the current positions, `:` and OTHER. Any
 * other character moves every glob exactly as OTHER does (only a literal tells it apart, and `#`
 * only `:`), so these tell every behaviour apart.
 */
function lettersAt(globs: readonly Glob[], sets: readonly States[]): string[] {
  const chars = new Set<string>([OTHER, ':']);
  sets.forEach((states, i) => {
    for (const at of states) {
      const t = globs[i]![at];
      if (typeof t === 'object') chars.add(t.char);
    }
  });
  return [...chars];
}

/** Answers are cached by the globs' text: the same formats and patterns recur across roles. */
const answers = new Map<string, Tri>();
const text = (g: Glob): string => g.map((t) => (typeof t === 'object' ? t.char : `\u0000${t}`)).join('');

function cached(key: string, compute: () => Tri): Tri {
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = compute();
    if (answers.size > 50_000) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

/**
 * Breadth-first search over tuples of state sets, one per glob, reading the same string: `found`
 * says whether a tuple is the witness sought; a glob whose set empties out drops out of the search
 * when `prune` says so. `yes` when a witness exists, `no` when none does, `maybe` past the budget.
 */
function search(
  globs: readonly Glob[],
  found: (sets: readonly States[]) => boolean,
  prune: (sets: readonly States[]) => boolean,
): Tri {
  const start = globs.map((g) => close(g, [0]));
  const seen = new Set<string>([JSON.stringify(start)]);
  const queue: States[][] = [start];
  for (let head = 0; head < queue.length; head++) {
    const sets = queue[head]!;
    if (found(sets)) return 'yes';
    for (const c of lettersAt(globs, sets)) {
      const next = sets.map((s, i) => step(globs[i]!, s, c));
      if (prune(next)) continue;
      const key = JSON.stringify(next);
      if (seen.has(key)) continue;
      if (seen.size >= STATE_BUDGET) return 'maybe';
      seen.add(key);
      queue.push(next);
    }
  }
  return 'no';
}

/** Is there a string both globs match? Exact (decidable), `maybe` only past the state budget. */
export function globsOverlap(a: Glob, b: Glob): Tri {
  return cached(`o\u0001${text(a)}\u0001${text(b)}`, () => overlapSearch(a, b));
}

function overlapSearch(a: Glob, b: Glob): Tri {
  return search(
    [a, b],
    ([x, y]) => accepts(a, x!) && accepts(b, y!),
    ([x, y]) => x!.length === 0 || y!.length === 0,
  );
}

/**
 * Does every string `glob` matches match one of `patterns`? Exact (the union is not reduced to
 * single patterns), `maybe` only past the state budget.
 */
export function globCoveredBy(glob: Glob, patterns: readonly Glob[]): Tri {
  return cached(`c\u0001${[glob, ...patterns].map(text).join('\u0001')}`, () => coverSearch(glob, patterns));
}

function coverSearch(glob: Glob, patterns: readonly Glob[]): Tri {
  const escapes = search(
    [glob, ...patterns],
    ([g, ...ps]) => accepts(glob, g!) && ps.every((s, i) => !accepts(patterns[i]!, s)),
    ([g]) => g!.length === 0,
  );
  return escapes === 'yes' ? 'no' : escapes === 'no' ? 'yes' : 'maybe';
}
