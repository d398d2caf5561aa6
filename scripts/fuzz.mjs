// The long fuzz run of issue 8: `npm run fuzz [-- RUNS [SEED]]`. Runs the property tests of
// __tests__/hostile/fuzz.test.ts with RUNS generated inputs per format (default 10,000) and
// records the outcome in __tests__/hostile/FUZZ.md. The test suite runs the same properties
// with fewer inputs.
import { spawnSync } from 'node:child_process';

const [runs = '10000', seed] = process.argv.slice(2);
const result = spawnSync('npx', ['vitest', 'run', '__tests__/hostile/fuzz.test.ts', '--testTimeout', '0'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    FUZZ_RUNS: runs,
    ...(seed ? { FUZZ_SEED: seed } : {}),
    FUZZ_REPORT: '__tests__/hostile/FUZZ.md',
  },
});
process.exitCode = result.status ?? 1;
