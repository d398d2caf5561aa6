import type { Expr, Position, TupleExpr } from '../../parsers/terraform-source/hcl/index.js';
import { lineEnding, lineStart, nextLineStart, type TextEdit } from './text-edits.js';

/** Offsets of the HCL reader's 1-based positions (columns in UTF-16 code units, as JavaScript counts). */
export class TextIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  offset(at: Position): number {
    return (this.starts[at.line - 1] ?? this.text.length) + at.column - 1;
  }

  /** The white space a line starts with. */
  indentOf(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    return /^[ \t]*/.exec(this.text.slice(start, start + 200))![0];
  }

  /** Whether a line (1-based) holds only white space. */
  blank(line: number): boolean {
    const start = this.starts[line - 1];
    if (start === undefined) return false;
    const end = this.starts[line] ?? this.text.length;
    return /^[ \t]*\r?\n?$/.test(this.text.slice(start, end));
  }
}

/** Where an expression's text ends, when the reader recorded it. */
export function endOf(expr: Expr): Position | undefined {
  return 'end' in expr ? expr.end : undefined;
}

/** `\n` in rendered text as the file writes line endings. */
const inFileEndings = (text: string, eol: string): string => (eol === '\n' ? text : text.replace(/\n/g, eol));

/**
 * Edits that add items at the end of an HCL tuple, laid out like its last item: on lines of their
 * own (with its trailing comma or without) in a list written one item per line, after the last
 * item on the same line otherwise. `render(column)` gives each new item's text for an item
 * starting at that column (nested lines already indented). A string says why nothing is written.
 */
export function appendToTuple(
  index: TextIndex,
  tuple: TupleExpr,
  render: (column: number) => string[],
): TextEdit[] | string {
  const text = index.text;
  const eol = lineEnding(text);
  if (!tuple.end) return 'the list is not located';
  const open = index.offset(tuple.location);
  const close = index.offset(tuple.end) - 1;
  if (text[open] !== '[' || text[close] !== ']') return 'the list is not written as [ … ]';
  const last = tuple.items.at(-1);
  if (!last) {
    const pad = index.indentOf(tuple.location.line);
    const inner = `${pad}  `;
    const items = render(inner.length);
    const oneLine = `[${items.join(', ')}]`;
    const body =
      oneLine.includes('\n') || oneLine.length + tuple.location.column > 80
        ? `[${eol}${items.map((i) => `${inner}${inFileEndings(i, eol)},`).join(eol)}${eol}${pad}]`
        : oneLine;
    return [{ offset: open, length: close + 1 - open, text: body }];
  }
  const lastEnd = endOf(last);
  if (!lastEnd) return 'the last item of the list is not located';
  const after = index.offset(lastEnd);
  const comma = /^[ \t]*,/.test(text.slice(after, close));
  if (lastEnd.line === tuple.end.line) {
    // Nested lines of a new item indent from the line, as for the items of a list on its own lines.
    const items = render(index.indentOf(last.location.line).length).map((i) => `, ${inFileEndings(i, eol)}`);
    return [{ offset: after, length: 0, text: items.join('') }];
  }
  const lead = text.slice(lineStart(text, index.offset(last.location)), index.offset(last.location));
  const pad = /^[ \t]*$/.test(lead) ? lead : ' '.repeat(lead.length);
  const items = render(pad.length);
  const lines = items.map(
    (item, i) => `${pad}${inFileEndings(item, eol)}${comma || i < items.length - 1 ? ',' : ''}${eol}`,
  );
  const edits: TextEdit[] = [{ offset: nextLineStart(text, after), length: 0, text: lines.join('') }];
  if (!comma) edits.unshift({ offset: after, length: 0, text: ',' });
  return edits;
}
