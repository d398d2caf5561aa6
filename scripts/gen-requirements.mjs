// Regenerates src/requirements/data/requirements.json from Veeam's published permission sets
// in ../shared/veeam-permissions (one JSON file per page, with its source).
// Usage: node scripts/gen-requirements.mjs [folder]
import { readFileSync, writeFileSync } from 'node:fs';

const from = process.argv[2] ?? '../shared/veeam-permissions';
// kind, Veeam Backup for AWS version, file, trusted services, instance profile needed.
const table = [
  ['production-worker', '10', 'veeam-worker-production.json', ['ec2.amazonaws.com'], true],
  ['production-worker', '11', 'veeam-worker-production-v11.json', ['ec2.amazonaws.com'], true],
];
const sets = table.map(([kind, version, file, trustServices, instanceProfile]) => {
  const page = JSON.parse(readFileSync(`${from}/${file}`, 'utf8'));
  const actions = [...new Set(page.actions)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  if (page.action_count !== undefined && page.action_count !== actions.length) {
    throw new Error(`${file}: ${actions.length} distinct actions, page says ${page.action_count}`);
  }
  return {
    kind,
    version,
    title: page.title,
    source: page.source_detail?.url ?? page.source.split(' ')[0],
    actions,
    trustServices,
    trustAppliance: true,
    instanceProfile,
  };
});
writeFileSync('src/requirements/data/requirements.json', JSON.stringify({ generatedFrom: 'shared/veeam-permissions', sets }, null, 2) + '\n');
console.log(sets.map((s) => `${s.kind} v${s.version}: ${s.actions.length} actions`).join('\n'));
