// The unavoidable part, measured in a process of its own (issue 7): walk the same candidate files
// the CLI reads, read and decode them, and parse each with the raw parser: JSON.parse for .json,
// the `yaml` package's parse for the rest. Prints one JSON line: times in ms, peak RSS in KB.
// Usage: node bench/baseline.mjs <file-or-folder> [--document]
//   --document  also time `parseDocument` (what the CloudFormation reader builds on) on the texts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parse, parseDocument } from 'yaml';

const start = performance.now();
const target = process.argv[2];
const withDocument = process.argv.includes('--document');
const skipped = new Set(['.git', 'node_modules', '.terraform']);

function candidates(p) {
  if (statSync(p).isFile()) return [p];
  const files = [];
  for (const name of readdirSync(p).sort()) {
    if (skipped.has(name)) continue;
    const child = path.join(p, name);
    if (statSync(child).isDirectory()) files.push(...candidates(child));
    else if (/\.(ya?ml|json|template)$/i.test(name)) files.push(child);
  }
  return files;
}

function text(file) {
  const bytes = readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

const files = candidates(target);
let bytes = 0;
let parseMs = 0;
const texts = [];
for (const file of files) {
  const t = text(file);
  bytes += Buffer.byteLength(t);
  const began = performance.now();
  try {
    if (file.toLowerCase().endsWith('.json')) JSON.parse(t);
    else parse(t, { uniqueKeys: false, logLevel: 'silent' });
  } catch {
    // The corpus holds deliberately broken files: a failed parse still costs its time.
  }
  parseMs += performance.now() - began;
  if (withDocument) texts.push(t);
}
const totalMs = performance.now() - start;
let documentMs;
if (withDocument) {
  const began = performance.now();
  for (const t of texts) {
    try {
      parseDocument(t, { uniqueKeys: false });
    } catch {
      // as above
    }
  }
  documentMs = performance.now() - began;
}
const maxRssKB = process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, parseMs, totalMs, documentMs, maxRssKB })}\n`);
