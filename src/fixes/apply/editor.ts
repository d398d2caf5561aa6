import type { CheckId } from '../../model/role.js';
import type { Need, NotFixed } from './needs.js';

/** A file's text with one role's fixes written in, and what was and was not written. */
export interface EditResult {
  text: string;
  fixed: CheckId[];
  notFixed: NotFixed[];
}

/**
 * Writes fixes into one kind of source file by text edits at located ranges, so everything it does
 * not touch stays byte for byte (comments, key order, quoting, line endings, a missing final
 * newline). Pure. A Terraform source (`.tf`) editor implements this same interface and registers
 * in editors.ts.
 */
export interface FileEditor {
  /** Writes the needs of one role (its key: logical ID, Terraform address) into `text`. */
  edit(text: string, key: string, needs: readonly Need[]): EditResult;
}
