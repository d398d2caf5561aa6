/**
 * A JSON text split into its top-level values without materialising them (issue 16): a scan that
 * matches brackets and skips strings, so a large document (a plan, the managed-policy snapshot)
 * can be parsed a part at a time with `JSON.parse`. The scan only finds spans; it does not judge
 * the JSON inside them: callers parse each span they use, and parse the whole text on any doubt.
 */

/** A value's place in the text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Top-level keys → the span of their value, for `{ "key": value, … }` (last one wins, as in
 * JSON.parse). Undefined when the text is not shaped so (the caller then parses it whole).
 */
export function topLevelSections(text: string): Map<string, Span> | undefined {
  const sections = new Map<string, Span>();
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE) return undefined;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE)
    return skipSpace(text, i + 1) === text.length ? sections : undefined;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return undefined;
    const key = keyOf(text.slice(i, keyEnd));
    if (key === undefined) return undefined;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return undefined;
    const start = skipSpace(text, i + 1);
    const end = skipValue(text, start);
    // A repeated key: JSON.parse keeps the last, but every one must still be valid JSON.
    if (end < 0 || sections.has(key)) return undefined;
    sections.set(key, { start, end });
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACE) return skipSpace(text, i + 1) === text.length ? sections : undefined;
    if (c !== COMMA) return undefined;
    i = skipSpace(text, i + 1);
  }
}

/** The spans of the elements of the array at `span`, or undefined when it is not `[ v, … ]`. */
export function arrayElements(text: string, span: Span): Span[] | undefined {
  const elements: Span[] = [];
  let i = span.start;
  if (text.charCodeAt(i) !== OPEN_BRACKET) return undefined;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_BRACKET) return i + 1 === span.end ? elements : undefined;
  for (;;) {
    const end = skipValue(text, i);
    if (end < 0) return undefined;
    elements.push({ start: i, end });
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACKET) return i + 1 === span.end ? elements : undefined;
    if (c !== COMMA) return undefined;
    i = skipSpace(text, i + 1);
  }
}

function keyOf(quoted: string): string | undefined {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}

/** The end (exclusive) of the value starting at `i`, or -1. Brackets are matched by depth only. */
function skipValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return skipString(text, i);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number or literal: up to the next delimiter; JSON.parse of the slice judges it.
    let end = i;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
    }
    return end > i ? end : -1;
  }
  let depth = 0;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = skipString(text, i);
      if (i < 0) return -1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

/** The end (exclusive) of the string whose opening quote is at `i`, or -1 when it does not end. */
function skipString(text: string, i: number): number {
  let at = i;
  for (;;) {
    const close = text.indexOf('"', at + 1);
    if (close < 0) return -1;
    // Escaped when an odd number of backslashes precede it.
    let backslashes = 0;
    for (let k = close - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    at = close;
  }
}

function skipSpace(text: string, i: number): number {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
