import type { SourceLocation } from '../../../model/location.js';
import type { Expr, TemplateExpr, TemplatePart } from './ast.js';

interface Strip {
  /** `${~` / `%{~`: trims whitespace before the tag, back to the start of its line. */
  stripLeft: boolean;
  /** `~}`: trims whitespace after the tag, up to and including the line break. */
  stripRight: boolean;
}

/** A template flattened into its pieces, directives as separate tags, in source order. */
export type TemplateToken =
  | { kind: 'literal'; text: string; location: SourceLocation }
  | ({ kind: 'interpolation'; expr: Expr; location: SourceLocation } & Strip)
  | ({ kind: 'if'; condition: Expr; location: SourceLocation } & Strip)
  | ({ kind: 'else'; location: SourceLocation } & Strip)
  | ({ kind: 'endif'; location: SourceLocation } & Strip)
  | ({ kind: 'for'; keyVar?: string; valueVar: string; collection: Expr; location: SourceLocation } & Strip)
  | ({ kind: 'endfor'; location: SourceLocation } & Strip);

type Literal = Extract<TemplateToken, { kind: 'literal' }>;

/**
 * Decodes a quoted string's escapes: `\n \r \t \" \\ \uNNNN \UNNNNNNNN`, and the template escapes
 * `$${` → `${`, `%%{` → `%{`. An unknown escape is kept as written.
 */
export function decodeQuoted(raw: string): string {
  if (!raw.includes('\\')) return decodeTemplateEscapes(raw);
  return raw.replace(
    /\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|\$\$\{|%%\{/gs,
    (match, escape: string | undefined) => {
      if (escape === undefined) return match.slice(1);
      switch (escape[0]) {
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        case '"':
          return '"';
        case '\\':
          return '\\';
        case 'u':
        case 'U': {
          const code = Number.parseInt(escape.slice(1), 16);
          return code <= 0x10ffff ? String.fromCodePoint(code) : match;
        }
        default:
          return match;
      }
    },
  );
}

/** Heredocs and template files have only the template escapes. */
function decodeTemplateEscapes(raw: string): string {
  return raw.includes('$${') || raw.includes('%%{') ? raw.replace(/\$\$\{|%%\{/g, (m) => m.slice(1)) : raw;
}

/**
 * Turns flat tokens into template parts: decodes escapes, applies `~` strip markers, removes the
 * common indentation of a `<<-` heredoc (HCL's rules: blank lines do not count, a line starting
 * with an interpolation or directive has no indentation), and nests directives.
 */
export function buildTemplate(
  tokens: TemplateToken[],
  mode: { quoted: boolean; flush: boolean },
  location: SourceLocation,
): TemplateExpr {
  for (const token of tokens) {
    if (token.kind === 'literal')
      token.text = mode.quoted ? decodeQuoted(token.text) : decodeTemplateEscapes(token.text);
  }
  applyStripMarkers(tokens);
  if (mode.flush) flushIndentation(tokens);
  return { kind: 'template', parts: nest(tokens), heredoc: !mode.quoted, location };
}

function applyStripMarkers(tokens: TemplateToken[]): void {
  tokens.forEach((token, i) => {
    if (token.kind === 'literal') return;
    const before = tokens[i - 1];
    if (token.stripLeft && before?.kind === 'literal') {
      const body = before.text.endsWith('\n') ? before.text.slice(0, -1) : before.text;
      const lineStart = body.lastIndexOf('\n') + 1;
      before.text = before.text.slice(0, lineStart) + before.text.slice(lineStart).trimEnd();
    }
    const after = tokens[i + 1];
    if (token.stripRight && after?.kind === 'literal') {
      const newline = after.text.indexOf('\n');
      const lineEnd = newline < 0 ? after.text.length : newline + 1;
      after.text = after.text.slice(0, lineEnd).trimStart() + after.text.slice(lineEnd);
    }
  });
}

function flushIndentation(tokens: TemplateToken[]): void {
  interface Line {
    token: Literal;
    /** Index of the line's first character in the token's text. */
    start: number;
    spaces: number;
  }
  // HCL: a line's indentation is its leading whitespace; blank lines do not count.
  const lines: Line[] = [];
  let minSpaces = Infinity;
  let atLineStart = true;
  for (const token of tokens) {
    if (token.kind !== 'literal') {
      if (atLineStart) minSpaces = 0;
      atLineStart = false;
      continue;
    }
    let start = 0;
    while (start < token.text.length) {
      const newline = token.text.indexOf('\n', start);
      const end = newline < 0 ? token.text.length : newline + 1;
      if (atLineStart) {
        const segment = token.text.slice(start, end);
        const spaces = segment.length - segment.trimStart().length;
        const blank = spaces === segment.length && segment.endsWith('\n');
        if (!blank) {
          lines.push({ token, start, spaces });
          minSpaces = Math.min(minSpaces, spaces);
        }
      }
      atLineStart = newline >= 0;
      start = end;
    }
  }
  if (!Number.isFinite(minSpaces) || minSpaces === 0) return;
  // Cut from the last line of each token first so earlier start indexes stay valid.
  for (const line of lines.reverse()) {
    const text = line.token.text;
    line.token.text = text.slice(0, line.start) + text.slice(line.start + minSpaces);
  }
}

function nest(tokens: TemplateToken[]): TemplatePart[] {
  interface Frame {
    parts: TemplatePart[];
    close?: () => void;
    elseParts?: TemplatePart[];
    kind: 'root' | 'if' | 'for';
  }
  const root: Frame = { parts: [], kind: 'root' };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1]!;
  for (const token of tokens) {
    switch (token.kind) {
      case 'literal':
        if (token.text !== '')
          top().parts.push({ kind: 'literal', text: token.text, location: token.location });
        break;
      case 'interpolation':
        top().parts.push({ kind: 'interpolation', expr: token.expr, location: token.location });
        break;
      case 'if': {
        const part: TemplatePart = {
          kind: 'if',
          condition: token.condition,
          then: [],
          else: [],
          location: token.location,
        };
        top().parts.push(part);
        stack.push({ parts: part.then, elseParts: part.else, kind: 'if' });
        break;
      }
      case 'else': {
        const frame = top();
        if (frame.kind === 'if' && frame.elseParts) {
          stack.pop();
          stack.push({ parts: frame.elseParts, kind: 'if' });
        }
        break;
      }
      case 'for': {
        const part: TemplatePart = {
          kind: 'for',
          ...(token.keyVar !== undefined ? { keyVar: token.keyVar } : {}),
          valueVar: token.valueVar,
          collection: token.collection,
          body: [],
          location: token.location,
        };
        top().parts.push(part);
        stack.push({ parts: part.body, kind: 'for' });
        break;
      }
      case 'endif':
      case 'endfor':
        if (stack.length > 1 && top().kind === (token.kind === 'endif' ? 'if' : 'for')) stack.pop();
        break;
    }
  }
  return mergeLiterals(root.parts);
}

function mergeLiterals(parts: TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === 'literal' && last?.kind === 'literal')
      out[out.length - 1] = { ...last, text: last.text + part.text };
    else out.push(part);
  }
  return out;
}
