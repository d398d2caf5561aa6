// Regenerates src/requirements/data/requirements.json from Veeam's published permission sets in
// ../shared/veeam-permissions (one JSON file per Help Center page, with its source), and prints the
// README "Role kinds" table. Trust services and the instance-profile requirement are read from the
// pages (trust.required_statements, requirements); a version-11 copy is made where a page records
// that the v11 page is identical (identical_in).
// Usage: node scripts/gen-requirements.mjs [folder]
import { readFileSync, writeFileSync } from 'node:fs';

const from = process.argv[2] ?? '../shared/veeam-permissions';

// kind, pages (one per version where they differ), purpose (README), extraFor (extra sets only).
const table = [
  ['production-worker', ['veeam-worker-production.json', 'veeam-worker-production-v11.json'],
    'attached to worker instances in production accounts (the default kind)'],
  ['flr-worker', ['veeam-worker-flr.json'], 'deploys and is attached to file-level recovery workers'],
  ['worker-configuration', ['veeam-worker-configuration-production.json'],
    'lists network settings when adding worker configurations for production accounts'],
  ['worker-deployment', ['veeam-worker-deployment-backup-account.json', 'veeam-worker-deployment-backup-account-v11.json'],
    'deploys workers in the backup account (service IAM role)'],
  ['ec2-backup', ['veeam-ec2-backup.json', 'veeam-ec2-backup-v11.json'], 'EC2 backup policies'],
  ['ec2-restore', ['veeam-ec2-restore.json'], 'EC2 restore'],
  ['rds-backup', ['veeam-rds-backup.json'], 'RDS backup policies'],
  ['rds-restore', ['veeam-rds-db-restore.json', 'veeam-rds-db-restore-v11.json'], 'RDS database restore'],
  ['efs-backup', ['veeam-efs-backup.json'], 'EFS backup policies'],
  ['efs-backup-manual', ['veeam-efs-backup-manual.json'], 'manual EFS backups'],
  ['default', ['veeam-full-list-default-role.json'], 'the single role for all operations (Default Backup Restore role)'],
  ['production-worker-deployment', ['veeam-ec2-backup-worker-extra.json'],
    'extra for an EC2 backup role whose workers run in production accounts', 'ec2-backup'],
  ['production-worker-deployment', ['veeam-ec2-restore-worker-extra.json'],
    'extra for an EC2 restore role whose workers run in production accounts', 'ec2-restore'],
  ['production-worker-deployment', ['veeam-rds-backup-worker-extra.json'],
    'extra for an RDS backup role taking image-level backups with workers', 'rds-backup'],
  ['production-worker-deployment', ['veeam-efs-indexing-worker-extra.json'],
    'extra for an EFS backup role indexing file systems with workers (EfsIndexWorker tag conditions)', 'efs-backup'],
];

const byName = (a, b) => a.toLowerCase().localeCompare(b.toLowerCase());
const list = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function versionOf(text, file) {
  if (/Veeam Backup for AWS 10\b/.test(text)) return '10';
  if (/backup appliance v11\b/.test(text)) return '11';
  throw new Error(`${file}: cannot tell the Veeam version from '${text}'`);
}

/** Statements with a Condition become conditional requirements; the rest are unconditional. */
function conditionalOf(page) {
  const statements = [page.policy, ...(page.policies ?? [])].filter(Boolean).flatMap((p) => list(p.Statement));
  const out = [];
  for (const st of statements) {
    if (st.Effect !== 'Allow') throw new Error(`${page.title}: a statement that is not Allow`);
    if (!st.Condition) continue;
    const condition = {};
    for (const [op, tests] of Object.entries(st.Condition))
      condition[op] = Object.fromEntries(Object.entries(tests).map(([k, v]) => [k, list(v)]));
    out.push({ actions: list(st.Action).sort(byName), condition });
  }
  return out;
}

function setFrom(file, kind, extraFor) {
  const page = JSON.parse(readFileSync(`${from}/${file}`, 'utf8'));
  const actions = [...new Set(page.actions)].sort(byName);
  if (page.action_count !== undefined && page.action_count !== actions.length) {
    throw new Error(`${file}: ${actions.length} distinct actions, page says ${page.action_count}`);
  }
  const trustServices = [
    ...new Set(
      (page.trust?.required_statements ?? []).flatMap((st) => list(st.Principal?.Service)),
    ),
  ].sort();
  const instanceProfile = (page.requirements ?? []).some((r) => /at least one instance profile/i.test(r));
  const conditional = conditionalOf(page);
  const base = {
    kind,
    version: versionOf(page.version, file),
    title: page.title,
    source: page.source_detail?.url ?? page.source.split(' ')[0],
    actions,
    ...(conditional.length ? { conditional } : {}),
    trustServices,
    trustAppliance: true,
    instanceProfile,
    ...(extraFor ? { extraFor } : {}),
  };
  const copies = (page.identical_in ?? []).map((other) => ({
    ...base,
    version: versionOf(other.version, file),
    source: other.source.url,
  }));
  return [base, ...copies];
}

const sets = [];
const purposes = {};
for (const [kind, files, purpose, extraFor] of table) {
  purposes[extraFor ? `${kind}@${extraFor}` : kind] = purpose;
  for (const file of files) sets.push(...setFrom(file, kind, extraFor));
}
const seen = new Set();
for (const s of sets) {
  const id = `${s.kind}@${s.extraFor ?? ''}@${s.version}`;
  if (seen.has(id)) throw new Error(`two sets for ${id}`);
  seen.add(id);
}
writeFileSync(
  'src/requirements/data/requirements.json',
  JSON.stringify({ generatedFrom: 'shared/veeam-permissions', sets }, null, 2) + '\n',
);

// The README table: what each kind is for, its trust, its action count per version, v10 → v11.
const find = (kind, extraFor, version) =>
  sets.find((s) => s.kind === kind && (s.extraFor ?? '') === (extraFor ?? '') && s.version === version);
const rows = [];
for (const [kind, , , extraFor] of table) {
  const v10 = find(kind, extraFor, '10');
  const v11 = find(kind, extraFor, '11');
  const any = v10 ?? v11;
  const name = extraFor ? `\`${extraFor}+${kind}\`` : `\`${kind}\``;
  const trust = ['appliance', ...any.trustServices].join(', ') + (any.instanceProfile ? '; instance profile' : '');
  const count = (s) => (s ? `${extraFor ? '+' : ''}${s.actions.length}` : '—');
  let drift = 'not published for 11';
  if (v10 && v11) {
    const lower = (s) => new Set(s.actions.map((a) => a.toLowerCase()));
    const [a, b] = [lower(v10), lower(v11)];
    const added = v11.actions.filter((x) => !a.has(x.toLowerCase()));
    const removed = v10.actions.filter((x) => !b.has(x.toLowerCase()));
    const spelled = v11.actions.filter((x) => a.has(x.toLowerCase()) && !v10.actions.includes(x));
    const parts = [
      ...(added.length ? [`adds ${added.map((x) => `\`${x}\``).join(', ')}`] : []),
      ...(removed.length ? [`removes ${removed.map((x) => `\`${x}\``).join(', ')}`] : []),
      ...(spelled.length ? [`respells ${spelled.map((x) => `\`${x}\``).join(', ')}`] : []),
    ];
    drift = parts.length ? parts.join('; ') : 'unchanged';
  }
  const pages = [v10, v11].filter(Boolean).map((s) => `[v${s.version}](${s.source})`).join(' ');
  rows.push(`| ${name} | ${purposes[extraFor ? `${kind}@${extraFor}` : kind]} | ${trust} | ${count(v10)} | ${count(v11)} | ${drift} | ${pages} |`);
}
const markdown = [
  '| kind | for | needs (trust; instance profile) | v10 actions | v11 actions | v10 → v11 | Veeam page |',
  '|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
// README.md keeps the table between markers; regenerate it with the data.
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- role-kinds:start -->';
const end = '<!-- role-kinds:end -->';
if (readme.includes(start) && readme.includes(end)) {
  const updated = readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${markdown}\n${end}`);
  writeFileSync('README.md', updated);
}
console.log(markdown);
