import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { ENode } from './tree.js';

/** Reads a JSON file for editing; undefined when it has any syntax error (nothing is written then). */
export function readJson(text: string): ENode | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !root) return undefined;
  return convert(root);
}

function convert(node: JsonNode): ENode | undefined {
  const start = node.offset;
  const end = node.offset + node.length;
  if (node.type === 'object') {
    const entries = (node.children ?? []).map((p) => {
      const [k, v] = p.children ?? [];
      const value = v && convert(v);
      return { key: String(k?.value), keyStart: k?.offset ?? p.offset, ...(value && { value }) };
    });
    return { kind: 'map', start, end, entries, flow: true };
  }
  if (node.type === 'array') {
    const items = (node.children ?? []).map(convert).filter((i): i is ENode => i !== undefined);
    return { kind: 'seq', start, end, items, flow: true };
  }
  return {
    kind: 'scalar',
    start,
    end,
    value: node.value,
    quote: node.type === 'string' ? 'double' : 'plain',
    flow: true,
  };
}
