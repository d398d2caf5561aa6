// The floor for Terraform source (issue 11): walk the same .tf/.tfvars files, read them, and run
// the bare tree-sitter parse of each (the grammar the HCL layer uses; nothing walked, nothing
// converted), in a process of its own. Prints one JSON line: times in ms, peak RSS in KB.
// The reader's time over this floor is the figure to keep low (aim: at most 2×).
// Usage: node bench/hcl-parse-floor.mjs <file-or-folder>
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const start = performance.now();
const target = process.argv[2];
if (!target) {
  console.error('usage: node bench/hcl-parse-floor.mjs <file-or-folder>');
  process.exit(2);
}
const skipped = new Set(['.git', 'node_modules', '.terraform']);
const require = createRequire(import.meta.url);

function candidates(p) {
  if (statSync(p).isFile()) return [p];
  const files = [];
  for (const name of readdirSync(p).sort()) {
    if (skipped.has(name)) continue;
    const child = path.join(p, name);
    if (statSync(child).isDirectory()) files.push(...candidates(child));
    else if (/\.(tf|tfvars)$/i.test(name)) files.push(child);
  }
  return files;
}

const loadStart = performance.now();
const { Parser, Language } = require('web-tree-sitter');
await Parser.init({ wasmBinary: readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm')) });
const language = await Language.load(
  readFileSync(path.join(path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-terraform.wasm')),
);
const parser = new Parser();
parser.setLanguage(language);
const loadMs = performance.now() - loadStart;

const files = candidates(target);
let bytes = 0;
let readMs = 0;
let parseMs = 0;
for (const file of files) {
  const readStart = performance.now();
  const text = readFileSync(file, 'utf8');
  readMs += performance.now() - readStart;
  bytes += Buffer.byteLength(text);
  const parseStart = performance.now();
  parser.parse(text)?.delete();
  parseMs += performance.now() - parseStart;
}
const round = (ms) => Math.round(ms * 10) / 10;
console.log(
  JSON.stringify({
    files: files.length,
    bytes,
    loadMs: round(loadMs),
    readMs: round(readMs),
    parseMs: round(parseMs),
    totalMs: round(performance.now() - start),
    peakRssKB: Math.round(process.resourceUsage().maxRSS),
  }),
);
