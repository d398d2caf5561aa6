/** A replacement of `length` characters at `offset` of a file's text (an insertion when length is 0). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/**
 * Applies edits made against the same text. Edits at the same offset keep their order; overlapping
 * edits are a planner bug and throw rather than corrupt the file.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    if (e.offset < at) throw new Error(`overlapping fix edits at offset ${e.offset}`);
    out += text.slice(at, e.offset) + e.text;
    at = e.offset + e.length;
  }
  return out + text.slice(at);
}

/** The line ending the file uses: CRLF when it has any, else LF. */
export function lineEnding(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the line holding `offset` (past its line ending), or the text's length. */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** 0-based column of `offset` on its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** 1-based line number of `offset`. */
export function lineNumberOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Prefixes every line of a `\n`-separated block (without final newline) with `indent` spaces. */
export function indentBlock(block: string, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return block.split('\n').map((l) => (l === '' ? l : pad + l));
}

/**
 * Inserts whole lines at a line start (`offset` from `nextLineStart`) in the file's line ending.
 * At the end of a file without a final newline the lines go after a new line ending, and the file
 * still ends without one.
 */
export function insertLines(text: string, offset: number, lines: readonly string[]): TextEdit {
  const eol = lineEnding(text);
  const body = lines.join(eol);
  if (offset === text.length && text.length > 0 && !text.endsWith('\n'))
    return { offset, length: 0, text: eol + body };
  return { offset, length: 0, text: body + eol };
}
