import { yamlText, type YamlStyle } from '../cloudformation.js';
import type { Op } from './cloudformation-ops.js';
import {
  applyEdits,
  columnOf,
  indentBlock,
  insertLines,
  lineEnding,
  lineStart,
  nextLineStart,
  type TextEdit,
} from './text-edits.js';
import { at, entryOf, type EScalar, type ENode } from './tree.js';
import { blankLineAt } from './write-common.js';

/** A string as the neighbouring scalar is written: plain, 'single' or "double" quoted. */
function scalarText(value: string, like: EScalar['quote'] | undefined): string {
  if (like === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (like === 'double') return JSON.stringify(value);
  return value;
}

/** Block lines for one list item: `- value` (a YAML block for mappings). */
function itemLines(value: unknown, like: EScalar['quote'] | undefined, style: YamlStyle): string[] {
  if (typeof value === 'string') return [`- ${scalarText(value, like)}`];
  return yamlText(value, undefined, style).replace(/\n$/, '').split('\n');
}

function flowText(value: unknown, like: EScalar['quote'] | undefined): string {
  return typeof value === 'string' ? scalarText(value, like ?? 'plain') : JSON.stringify(value);
}

/** After the content of `node`: the start of the next line. */
const afterNode = (text: string, node: ENode): number =>
  nextLineStart(text, Math.max(node.start, node.end - 1));

function append(
  text: string,
  root: ENode,
  op: Extract<Op, { op: 'append' }>,
  style: YamlStyle,
): TextEdit | string {
  const node = at(root, op.path);
  if (node?.kind === 'seq') {
    const last = node.items.at(-1);
    const like = last?.kind === 'scalar' ? last.quote : undefined;
    if (node.flow) {
      const close = text.lastIndexOf(']', node.end);
      if (close < node.start) return 'the list is not closed where expected';
      const items = op.values.map((v) => flowText(v, like)).join(', ');
      return { offset: close, length: 0, text: node.items.length ? `, ${items}` : items };
    }
    if (text[node.start] !== '-') return 'the list is not written as expected';
    const dash = columnOf(text, node.start);
    const lines = op.values.flatMap((v) => indentBlock(itemLines(v, like, style).join('\n'), dash));
    return insertLines(text, afterNode(text, node), lines);
  }
  if (node?.kind === 'scalar' && !node.tag && node.quote !== 'block') {
    // `Action: s3:GetObject` becomes a list holding it and the new actions.
    const parent = at(root, op.path.slice(0, -1));
    const entry = entryOf(parent, String(op.path.at(-1)));
    const written = text.slice(node.start, node.end);
    const like = node.quote;
    if (!entry || parent?.flow) {
      const items = [written, ...op.values.map((v) => flowText(v, like))].join(', ');
      return { offset: node.start, length: node.end - node.start, text: `[${items}]` };
    }
    const colon = text.lastIndexOf(':', node.start) + 1;
    const column = columnOf(text, entry.keyStart) + (style.indentSequences ? style.indent : 0);
    const lines = [`- ${written}`, ...op.values.map((v) => `- ${flowText(v, like)}`)].map(
      (l) => ' '.repeat(column) + l,
    );
    const eol = lineEnding(text);
    return { offset: colon, length: node.end - colon, text: eol + lines.join(eol) };
  }
  return 'the list to extend is not a plain YAML list';
}

function addKey(
  text: string,
  root: ENode,
  op: Extract<Op, { op: 'add-key' }>,
  style: YamlStyle,
): TextEdit | string {
  const map = at(root, op.path);
  if (map?.kind !== 'map' || map.tag || !map.entries.length)
    return 'the mapping to extend is not a plain YAML mapping';
  if (map.flow) {
    const close = text.lastIndexOf('}', map.end);
    return { offset: close, length: 0, text: `, ${op.key}: ${JSON.stringify(op.value)}` };
  }
  const anchor = (op.after !== undefined && entryOf(map, op.after)) || map.entries.at(-1)!;
  const column = columnOf(text, anchor.keyStart);
  const end = anchor.value ? afterNode(text, anchor.value) : nextLineStart(text, anchor.keyStart);
  const lines = indentBlock(yamlText(op.value, op.key, style).replace(/\n$/, ''), column);
  // Resources separated by blank lines get one before the new resource too.
  const keyLine = lineStart(text, anchor.keyStart);
  const separated =
    op.after !== undefined &&
    (blankLineAt(text, end) || (keyLine > 0 && blankLineAt(text, lineStart(text, keyLine - 1))));
  return insertLines(text, end, separated ? ['', ...lines] : lines);
}

/** Writes one op into CloudFormation YAML by a text edit at the located range. */
export function writeYamlOp(
  text: string,
  root: ENode,
  op: Op,
  style: YamlStyle,
): string | { cannot: string } {
  const edit = op.op === 'append' ? append(text, root, op, style) : addKey(text, root, op, style);
  return typeof edit === 'string' ? { cannot: edit } : applyEdits(text, [edit]);
}
