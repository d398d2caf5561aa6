import { createRequire } from 'node:module';

// node:v8 and node:vm are loaded by the first collection: node:v8 alone costs about 6 ms of every
// start-up, and only large inputs collect (issue 16).
const requireBuiltin = createRequire(import.meta.url);

/**
 * Scanned bytes past which the scan collects garbage at its phase ends (issue 16). V8 sizes its heap
 * from the largest live set it has seen: after a 300 MB plan its text and parse objects are garbage,
 * but without a collection the heap keeps growing through evaluation and the report (6× the file
 * in peak RSS). One full collection after parsing and one after checking cost well under 1 % of
 * such a run and keep the peak near the live data (measured: 5.8× → 3.7× on a 343 MB plan).
 */
export const LARGE_INPUT_BYTES = 64 * 2 ** 20;

let collect: (() => void) | null | undefined;

/** A full garbage collection, when the runtime allows it; nothing otherwise. */
export function releaseMemory(): void {
  if (collect === undefined) {
    const { setFlagsFromString } = requireBuiltin('node:v8') as typeof import('node:v8');
    const { runInNewContext } = requireBuiltin('node:vm') as typeof import('node:vm');
    try {
      // The way jest's leak detector reaches the collector without a command-line flag.
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as unknown;
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  collect?.();
}
