import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import type { EEntry, ENode } from './tree.js';

/** Reads a YAML file for editing; undefined when it does not parse cleanly (nothing is written then). */
export function readYaml(text: string): ENode | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) return undefined;
  return convert(doc.contents);
}

const quoteOf = (type: Scalar['type']): 'plain' | 'single' | 'double' | 'block' =>
  type === 'QUOTE_SINGLE'
    ? 'single'
    : type === 'QUOTE_DOUBLE'
      ? 'double'
      : type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED'
        ? 'block'
        : 'plain';

function convert(node: Node | null | undefined): ENode | undefined {
  if (!node || isAlias(node) || !node.range) return undefined;
  const tag = node.tag?.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined;
  const [start] = node.range;
  if (isScalar(node)) {
    return {
      kind: 'scalar',
      start,
      end: node.range[1],
      value: node.value,
      quote: quoteOf(node.type),
      flow: true,
      ...(tag && { tag }),
    };
  }
  if (isSeq(node)) {
    const items = node.items.map((i) => convert(i as Node)).filter((i): i is ENode => i !== undefined);
    const flow = node.flow === true;
    return {
      kind: 'seq',
      start,
      end: flow ? node.range[1] : (items.at(-1)?.end ?? node.range[1]),
      items,
      flow,
      ...(tag && { tag }),
    };
  }
  if (isMap(node)) {
    const entries: EEntry[] = [];
    let end = node.range[1];
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
      const value = convert(pair.value as Node);
      entries.push({ key: String(pair.key.value), keyStart: pair.key.range[0], ...(value && { value }) });
      end = value?.end ?? pair.key.range[1];
    }
    const flow = node.flow === true;
    return { kind: 'map', start, end: flow ? node.range[1] : end, entries, flow, ...(tag && { tag }) };
  }
  return undefined;
}
