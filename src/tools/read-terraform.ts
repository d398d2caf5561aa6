// Benchmark entry (bench/terraform-source.mjs): reads every Terraform root of a folder the way the
// scan does (parse, evaluate, link into roles) and prints one JSON line of times, for comparison
// with the bare tree-sitter parse of the same files (bench/hcl-parse-floor.mjs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadHcl, readTerraformSource } from '../parsers/terraform-source/entry.js';

const start = performance.now();
const root = process.argv[2] ?? '.';
const files: string[] = [];
const walk = (rel: string): void => {
  for (const name of readdirSync(path.join(root, rel)).sort()) {
    const child = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(root, child)).isDirectory()) walk(child);
    else if (/\.(tf|tfvars)$/.test(name)) files.push(child);
  }
};
walk('');
const loadStart = performance.now();
const hcl = await loadHcl();
const loadMs = performance.now() - loadStart;
const readStart = performance.now();
const result = readTerraformSource({
  hcl,
  files,
  readFile: (p) => readFileSync(path.join(root, p), 'utf8'),
  variables: { files: [], vars: {} },
});
const readMs = performance.now() - readStart;
// The HCL layer's share (parse and convert to the AST, no evaluation), measured apart afterwards.
const parseStart = performance.now();
for (const file of files) hcl.parse(readFileSync(path.join(root, file), 'utf8'), file);
const parseMs = performance.now() - parseStart;
const round = (ms: number): number => Math.round(ms * 10) / 10;
console.log(
  JSON.stringify({
    files: files.length,
    roles: result.roles.length,
    errors: result.errors.length,
    loadMs: round(loadMs),
    readMs: round(readMs),
    astMs: round(parseMs),
    totalMs: round(performance.now() - start),
    peakRssKB: Math.round(process.resourceUsage().maxRSS),
  }),
);
