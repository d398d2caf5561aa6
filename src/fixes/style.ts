import type { Role, SourceStyle } from '../model/role.js';

const SHORT_TAG =
  /(^|[\s:[,-])!(Ref|Sub|GetAtt|Join|If|Select|Split|FindInMap|ImportValue|Base64|Equals|Not|And|Or|Condition|GetAZs|Cidr|Transform)\b/m;

/** Lines read for the indentation unit and the sequence style: a file's head shows both. */
const linesRead = 2000;

/**
 * Reads how a source file is written: JSON or YAML, short tags, indentation unit. Pure.
 * The indentation unit is the smallest indent of a line that is neither blank nor a comment;
 * sequences are flat when a `key:` line is followed by a `- item` line at the same column. Lines
 * are as `split(/\r?\n/)` gives them; read in one pass without splitting, as this runs on every
 * file that defines a role.
 */
export function sourceStyle(text: string): SourceStyle {
  const json = /^\s*[{[]/.test(text);
  let indent = Infinity;
  let flat = false;
  /** The previous kept line's indent when it ends with `:`, else -1. */
  let keyIndent = -1;
  let start = 0;
  for (let piece = 0; piece < linesRead; piece++) {
    const newline = text.indexOf('\n', start);
    let end = newline === -1 ? text.length : newline;
    if (end > start && newline !== -1 && text.charCodeAt(end - 1) === 13) end--;
    let p = start;
    while (p < end && text.charCodeAt(p) === 32) p++;
    const spaces = p - start;
    const first = p < end ? text.charCodeAt(p) : -1;
    // Printable ASCII after the spaces decides at once; blank lines and other whitespace are rare.
    const kept = first > 32 && first < 127 ? first !== 35 : keptSlowly(text.slice(start, end));
    if (kept) {
      if (spaces > 0 && spaces < indent) indent = spaces;
      if (spaces === keyIndent && first === 45 && text.charCodeAt(p + 1) === 32 && p + 1 < end) flat = true;
      keyIndent = endsWithColon(text, start, end) ? spaces : -1;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  const style: SourceStyle = { json, indent: indent >= 2 && indent <= 8 ? indent : 2 };
  if (!json) {
    style.shortTags = text.includes('!') && SHORT_TAG.test(text);
    style.indentSequences = !flat;
  }
  return style;
}

/** Neither blank nor a comment (`#` after any whitespace). */
function keptSlowly(line: string): boolean {
  return line.trim() !== '' && !/^\s*#/.test(line);
}

/** Whether the line `text[start, end)` ends with `:` and then whitespace only (`/:\s*$/`). */
function endsWithColon(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isSpace(text.charCodeAt(i))) i--;
  return i >= start && text.charCodeAt(i) === 58;
}

/** JavaScript's `\s`. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(String.fromCharCode(code)));
}

/** The style to write a fix in: the role's own when the parser recorded it, else from its file name. */
export function styleOf(role: Role): Required<Omit<SourceStyle, 'terraformPolicies'>> {
  const json = role.style?.json ?? /\.json$/i.test(role.file);
  return {
    json,
    shortTags: role.style?.shortTags ?? true,
    indent: role.style?.indent ?? 2,
    indentSequences: role.style?.indentSequences ?? true,
  };
}
