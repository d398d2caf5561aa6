import type { FileError } from '../../../model/report.js';
import type { Position } from './ast.js';
import type { LiteNode } from './tree-dump.js';

/** More than this many errors in one file says nothing more: the rest are counted. */
export const MAX_ERRORS = 20;

/** What a missing node stood for, in the words of the source. */
const MISSING_TOKENS: Record<string, string> = {
  block_end: '}',
  object_end: '}',
  tuple_end: ']',
  quoted_template_end: '"',
  template_interpolation_end: '}',
  template_directive_end: '}',
  heredoc_identifier: 'the heredoc end marker',
};

const CLOSERS = new Set([
  'block_end',
  'object_end',
  'tuple_end',
  'template_interpolation_end',
  'heredoc_identifier',
]);

/**
 * tree-sitter's ERROR and MISSING nodes as file errors with line and column:
 * `syntax error in main.tf at 12:5: unexpected '}'`. Nested errors inside an error are not repeated.
 */
export function syntaxErrors(
  root: LiteNode,
  file: string,
  text: string,
  position: (index: number) => Position,
): FileError[] {
  const errors: FileError[] = [];
  let more = 0;
  const stack: LiteNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!node.hasError && !node.isMissing && !node.isError) continue;
    const unclosed = node.isError ? unclosedAtEnd(node, text) : undefined;
    const problem = unclosed
      ? `missing '${unclosed.closer}' (to close line ${position(unclosed.opener.startIndex).line}): the file ends first`
      : node.isError
        ? unexpected(node, text)
        : node.isMissing
          ? missing(node, position)
          : undefined;
    if (problem) {
      if (errors.length >= MAX_ERRORS) more++;
      else {
        // An unterminated string is reported where it starts, not where the file ends.
        const at =
          unclosed?.opener ??
          (node.isMissing && node.type === 'quoted_template_end' && node.parent ? node.parent : node);
        const { line, column } = position(at.startIndex);
        errors.push({
          file,
          line,
          column,
          message: `syntax error in ${file} at ${line}:${column}: ${problem}`,
        });
      }
      if (node.isError) continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  if (more > 0) {
    const last = errors[errors.length - 1]!;
    errors.push({
      file,
      line: last.line,
      column: last.column,
      message: `${more} more syntax errors in ${file}`,
    });
  }
  return errors;
}

/** At most MAX_ERRORS errors for one file, then one line counting the rest. */
export function capErrors(errors: FileError[], file: string): FileError[] {
  if (errors.length <= MAX_ERRORS + 1) return errors;
  const kept = errors.slice(0, MAX_ERRORS);
  const last = kept[kept.length - 1]!;
  const more = errors
    .slice(MAX_ERRORS)
    .reduce((n, e) => n + (Number(/^(\d+) more syntax errors/.exec(e.message)?.[1]) || 1), 0);
  return [
    ...kept,
    { file, line: last.line, column: last.column, message: `${more} more syntax errors in ${file}` },
  ];
}

/** Each opener's closing node; what it stands for in the source is MISSING_TOKENS' word for it. */
const CLOSER_OF: Record<string, string> = {
  block_start: 'block_end',
  object_start: 'object_end',
  tuple_start: 'tuple_end',
  '(': ')',
  template_interpolation_start: 'template_interpolation_end',
  template_directive_start: 'template_directive_end',
  quoted_template_start: 'quoted_template_end',
};
const CLOSING = new Set(Object.values(CLOSER_OF));

/**
 * An error that runs to the end of the file with an opener still open (a truncated file, `x = [`
 * as the last line): the innermost opener left open, so the message says what is missing and where
 * it was opened rather than "unexpected" at the error's first token.
 */
function unclosedAtEnd(node: LiteNode, text: string): { opener: LiteNode; closer: string } | undefined {
  if (text.slice(node.endIndex).trim() !== '') return undefined;
  const open: LiteNode[] = [];
  const walk: LiteNode[] = [node];
  while (walk.length > 0) {
    const n = walk.pop()!;
    if (CLOSER_OF[n.type] !== undefined) open.push(n);
    else if (CLOSING.has(n.type) && !n.isMissing) open.pop();
    else for (let i = n.children.length - 1; i >= 0; i--) walk.push(n.children[i]!);
  }
  const opener = open.at(-1);
  if (!opener) return undefined;
  const closing = CLOSER_OF[opener.type]!;
  return { opener, closer: MISSING_TOKENS[closing] ?? closing };
}

function unexpected(node: LiteNode, text: string): string {
  let leaf: LiteNode = node;
  while (leaf.children.length > 0) leaf = leaf.children[0]!;
  const found = text.slice(leaf.startIndex, leaf.endIndex) || text.slice(node.startIndex, node.endIndex);
  if (found === '') return 'unexpected end of file';
  const shown = found.length > 30 ? `${found.slice(0, 30)}…` : found;
  return `unexpected ${JSON.stringify(shown).slice(1, -1) === shown ? `'${shown}'` : JSON.stringify(shown)}`;
}

function missing(node: LiteNode, position: (index: number) => Position): string {
  if (node.type === 'quoted_template_end') return 'unterminated string';
  const opener = node.parent;
  const where =
    opener && CLOSERS.has(node.type) ? ` (to close line ${position(opener.startIndex).line})` : '';
  return `missing ${MISSING_TOKENS[node.type] ?? `'${node.type}'`}${where}`;
}
