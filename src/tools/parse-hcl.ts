// A tiny entry that parses `.tf` files through the bundled HCL layer and prints what it found:
// the proof (in tests) that web-tree-sitter and the grammar load from a copied bundle.
// Usage: node parse-hcl.js FILE…  → one JSON line per file.
import { readFileSync } from 'node:fs';
import { loadHcl } from '../parsers/terraform-source/hcl/index.js';

export interface ParseSummary {
  file: string;
  blocks: { type: string; labels: string[]; line: number }[];
  attributes: string[];
  errors: string[];
  comments: number;
}

export async function parseHclFiles(files: readonly string[]): Promise<ParseSummary[]> {
  const hcl = await loadHcl();
  return files.map((file) => {
    const parsed = hcl.parse(readFileSync(file, 'utf8'), file);
    return {
      file,
      blocks: parsed.body.blocks.map((b) => ({ type: b.type, labels: b.labels, line: b.location.line })),
      attributes: parsed.body.attributes.map((a) => a.name),
      errors: parsed.errors.map((e) => e.message),
      comments: parsed.comments.length,
    };
  });
}

const summaries = await parseHclFiles(process.argv.slice(2));
for (const summary of summaries) process.stdout.write(`${JSON.stringify(summary)}\n`);
