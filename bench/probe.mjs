// Preloaded into the measured CLI process (`node --import ./bench/probe.mjs dist/cli.js …`): at exit
// it writes the process's peak RSS (KB) and CPU time (µs, user + system) to the file named by
// BENCH_PROBE, so memory and CPU are measured without a platform tool such as /usr/bin/time. CPU
// time is what the ratios use: on a shared machine it moves far less than wall time.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const out = process.env.BENCH_PROBE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
  });
}
