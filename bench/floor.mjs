// The floors of issue 16: what the work itself costs, each in a process of its own, start-up
// included, over the same candidate files the CLI reads (walk, read, decode as bench/baseline.mjs).
// Usage: node bench/floor.mjs events|document|json <file-or-folder>
//   events    js-yaml 5 `parseEvents` + a small located-tree builder: kinds, values (YAML 1.2 core
//             schema), local tags, line and column of every node and key — the tree the CLI reads
//   document  the `yaml` package's `parseDocument` (what the CLI's fallback reader builds on)
//   json      `JSON.parse` + one forward scan for the `"address"` lines (a plan's located floor)
// Prints one JSON line: { files, bytes, nodes }.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const [mode, target] = process.argv.slice(2);
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

/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars. */
function plainValue(s) {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF))$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(s)) return NaN;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s)) return parseFloat(s);
  return s;
}

async function eventsFloor(texts) {
  const { parseEvents, getScalarValue } = await import('js-yaml');
  let nodes = 0;
  for (const t of texts) {
    let events;
    try {
      events = parseEvents(t, {});
    } catch {
      continue; // a broken file still costs its parse
    }
    const starts = [0];
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
    const loc = (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 };
    };
    const stack = [];
    const attach = (node) => {
      const top = stack[stack.length - 1];
      if (!top) return;
      if (top.kind === 'seq') top.items.push(node);
      else if (top.pending === undefined) top.pending = node;
      else {
        top.entries.push({ key: String(top.pending.value), keyLoc: top.pending.loc, value: node });
        top.pending = undefined;
      }
    };
    const tagOf = (e) => (e.tagStart >= 0 ? t.slice(e.tagStart, e.tagEnd) : undefined);
    for (const e of events) {
      switch (e.type) {
        case 2: // sequence
        case 3: {
          const node = e.type === 2 ? { kind: 'seq', loc: loc(e.start), items: [] } : { kind: 'map', loc: loc(e.start), entries: [] };
          const tag = tagOf(e);
          if (tag) node.tag = tag;
          attach(node);
          stack.push(node);
          nodes++;
          break;
        }
        case 4: {
          const raw = getScalarValue(t, e);
          const tag = tagOf(e);
          const node = { kind: 'scalar', loc: loc(e.valueStart), value: e.style === 1 && !tag ? plainValue(raw) : raw };
          if (tag) node.tag = tag;
          attach(node);
          nodes++;
          break;
        }
        case 6:
          stack.pop();
          break;
        default:
          break;
      }
    }
  }
  return nodes;
}

async function documentFloor(texts) {
  const { parseDocument } = await import('yaml');
  for (const t of texts) parseDocument(t, { uniqueKeys: false });
  return undefined;
}

function jsonFloor(texts) {
  let found = 0;
  for (const t of texts) {
    try {
      JSON.parse(t);
    } catch {
      continue;
    }
    // One forward pass: the line of every "address" key, newlines counted once.
    let line = 1;
    let newline = t.indexOf('\n');
    for (let at = t.indexOf('"address"'); at !== -1; at = t.indexOf('"address"', at + 9)) {
      while (newline !== -1 && newline < at) {
        line++;
        newline = t.indexOf('\n', newline + 1);
      }
      found += line > 0 ? 1 : 0;
    }
  }
  return found;
}

const files = candidates(target);
const texts = files.map(text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const nodes =
  mode === 'events' ? await eventsFloor(texts) : mode === 'document' ? await documentFloor(texts) : mode === 'json' ? jsonFloor(texts) : undefined;
if (!['events', 'document', 'json'].includes(mode)) throw new Error(`unknown floor ${mode}`);
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, nodes })}\n`);
