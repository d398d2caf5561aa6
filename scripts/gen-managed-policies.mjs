// Regenerates src/iam/data/managed-policies.json from the shared snapshot of AWS-managed policies.
// Usage: node scripts/gen-managed-policies.mjs [path/to/managed-policies.json]
import { readFileSync, writeFileSync } from 'node:fs';

const from = process.argv[2] ?? '../shared/aws-managed-policies/managed-policies.json';
const snapshot = JSON.parse(readFileSync(from, 'utf8'));
const policies = {};
const add = (group, deprecated) => {
  for (const name of Object.keys(group).sort()) {
    const p = group[name];
    // Keyed by the ARN's path and name after "policy/": that is how roles refer to them.
    // Some deprecated policies' ARNs (and so their paths) are lost: keyed by bare name, marked.
    const key = p.arn ? p.arn.replace(/^arn:[^:]+:iam::aws:policy\//, '') : name;
    const entry = { v: p.versionId, d: p.document };
    if (deprecated) entry.deprecated = true;
    if (!p.arn) entry.pathUnknown = true;
    policies[key] = entry;
  }
};
add(snapshot.policies, false);
add(snapshot.deprecatedPolicies ?? {}, true);
const out = {
  source: `${snapshot.source.repo}@${snapshot.source.commit} (${snapshot.source.path})`,
  date: snapshot.source.commitDate.slice(0, 10),
  // Kept as one JSON string, parsed on the first lookup: start-up then only reads a string
  // instead of building 1,600 policy objects that most runs never look at.
  policies: JSON.stringify(policies),
};
writeFileSync('src/iam/data/managed-policies.json', JSON.stringify(out) + '\n');
console.log(`${Object.keys(policies).length} policies, snapshot of ${out.date}`);
