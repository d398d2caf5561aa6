import type { Op } from './cloudformation-ops.js';
import { applyEdits, lineEnding, lineStart, lineNumberOf, type TextEdit } from './text-edits.js';
import { at, entryOf, type ENode } from './tree.js';

export interface JsonStyle {
  /** One level of indentation as written: spaces or a tab. */
  unit: string;
}

/** The indentation unit of a JSON file: a tab when lines start with one, else the space count. */
export function jsonStyle(text: string, indent: number): JsonStyle {
  return { unit: /^\t/m.test(text) ? '\t' : ' '.repeat(indent) };
}

/** `JSON.stringify` laid out at `pad`, in the file's indentation and line ending. */
function pretty(value: unknown, pad: string, style: JsonStyle, eol: string): string {
  return JSON.stringify(value, null, style.unit)
    .split('\n')
    .join(eol + pad);
}

const padOf = (text: string, offset: number): string =>
  /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0];
const sameLine = (text: string, a: number, b: number): boolean =>
  lineNumberOf(text, a) === lineNumberOf(text, b);

function append(
  text: string,
  root: ENode,
  op: Extract<Op, { op: 'append' }>,
  style: JsonStyle,
): TextEdit | string {
  const eol = lineEnding(text);
  const node = at(root, op.path);
  if (node?.kind === 'seq') {
    const last = node.items.at(-1);
    if (!last) {
      const pad = padOf(text, node.start);
      const inner = pad + style.unit;
      const items = op.values.map((v) => inner + pretty(v, inner, style, eol)).join(`,${eol}`);
      return { offset: node.start, length: node.end - node.start, text: `[${eol}${items}${eol}${pad}]` };
    }
    if (sameLine(text, node.start, last.start))
      return { offset: last.end, length: 0, text: op.values.map((v) => `, ${JSON.stringify(v)}`).join('') };
    // Items on lines of their own keep their indentation; items aligned after `[` keep the column.
    const lead = text.slice(lineStart(text, last.start), last.start);
    const pad = /^[ \t]*$/.test(lead) ? lead : ' '.repeat(lead.length);
    return {
      offset: last.end,
      length: 0,
      text: op.values.map((v) => `,${eol}${pad}${pretty(v, pad, style, eol)}`).join(''),
    };
  }
  if (node?.kind === 'scalar') {
    const pad = padOf(text, node.start);
    const inner = pad + style.unit;
    const items = [text.slice(node.start, node.end), ...op.values.map((v) => JSON.stringify(v))];
    return {
      offset: node.start,
      length: node.end - node.start,
      text: `[${eol}${items.map((i) => inner + i).join(`,${eol}`)}${eol}${pad}]`,
    };
  }
  return 'the list to extend is not a JSON array';
}

function addKey(
  text: string,
  root: ENode,
  op: Extract<Op, { op: 'add-key' }>,
  style: JsonStyle,
): TextEdit | string {
  const eol = lineEnding(text);
  const map = at(root, op.path);
  if (map?.kind !== 'map') return 'the object to extend is not a JSON object';
  const anchor = (op.after !== undefined && entryOf(map, op.after)) || map.entries.at(-1);
  const member = (pad: string) => `${JSON.stringify(op.key)}: ${pretty(op.value, pad, style, eol)}`;
  if (!anchor) {
    const pad = padOf(text, map.start);
    return {
      offset: map.start,
      length: map.end - map.start,
      text: `{${eol}${pad}${style.unit}${member(pad + style.unit)}${eol}${pad}}`,
    };
  }
  const end = anchor.value?.end ?? anchor.keyStart;
  if (sameLine(text, map.start, anchor.keyStart))
    return { offset: end, length: 0, text: `, ${JSON.stringify(op.key)}: ${JSON.stringify(op.value)}` };
  const pad = padOf(text, anchor.keyStart);
  return { offset: end, length: 0, text: `,${eol}${pad}${member(pad)}` };
}

/** The text edit that writes one op into JSON at the located range, or why it cannot. */
export function jsonOpEdit(text: string, root: ENode, op: Op, style: JsonStyle): TextEdit | string {
  return op.op === 'append' ? append(text, root, op, style) : addKey(text, root, op, style);
}

/** Writes one op into CloudFormation JSON by a text edit at the located range. */
export function writeJsonOp(
  text: string,
  root: ENode,
  op: Op,
  style: JsonStyle,
): string | { cannot: string } {
  const edit = jsonOpEdit(text, root, op, style);
  return typeof edit === 'string' ? { cannot: edit } : applyEdits(text, [edit]);
}
