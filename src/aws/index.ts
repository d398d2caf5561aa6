// Live mode's one entry point: the CLI imports it lazily as a single chunk, so the code shared by
// reading roles and simulating them is bundled once.
export { startLiveMode } from './live-mode.js';
export { simulateReport } from './simulate.js';
