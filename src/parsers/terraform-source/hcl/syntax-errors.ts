import type { Node } from 'web-tree-sitter';
import type { FileError } from '../../../model/report.js';

/** More than this many errors in one file says nothing more: the rest are counted. */
const MAX_ERRORS = 20;

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

/**
 * tree-sitter's ERROR and MISSING nodes as file errors with line and column:
 * `syntax error in main.tf at 12:5: unexpected '}'`. Nested errors inside an error are not repeated.
 */
export function syntaxErrors(root: Node, file: string, lineShift: number): FileError[] {
  const errors: FileError[] = [];
  let more = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!node.hasError && !node.isMissing) continue;
    const problem = node.isError ? unexpected(node) : node.isMissing ? missing(node) : undefined;
    if (problem) {
      if (errors.length >= MAX_ERRORS) more++;
      else {
        const line = node.startPosition.row + 1 + lineShift;
        const column = node.startPosition.column + 1;
        errors.push({
          file,
          line,
          column,
          message: `syntax error in ${file} at ${line}:${column}: ${problem}`,
        });
      }
      if (node.isError) continue;
    }
    for (let i = node.childCount - 1; i >= 0; i--) stack.push(node.child(i)!);
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

function unexpected(node: Node): string {
  let leaf: Node = node;
  while (leaf.childCount > 0) leaf = leaf.child(0)!;
  const text = leaf.text || node.text;
  if (text === '') return 'unexpected end of file';
  const shown = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return `unexpected ${JSON.stringify(shown).slice(1, -1) === shown ? `'${shown}'` : JSON.stringify(shown)}`;
}

function missing(node: Node): string {
  return `missing ${MISSING_TOKENS[node.type] ?? `'${node.type}'`}`;
}
