import type { Op } from './cloudformation-ops.js';
import type { ENode } from './tree.js';

/** Turns one op into the file's new text, or says why it cannot. */
export type OpWriter = (text: string, root: ENode, op: Op) => string | { cannot: string };

/** Whether the line holding `offset` holds only white space. */
export function blankLineAt(text: string, offset: number): boolean {
  const end = text.indexOf('\n', offset);
  return /^[ \t]*\r?$/.test(text.slice(offset, end < 0 ? text.length : end)) && offset < text.length;
}
