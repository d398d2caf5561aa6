import type { SourceLocation } from './location.js';
import type { PolicyDocument } from './policy.js';

/**
 * A policy document that is one text's document moved to an attachment (issue 16): a plan repeats
 * the same policy text for thousands of roles, and its reader builds the document once and copies
 * it to each attachment with every location replaced by the attachment's. Whatever the evaluator
 * derives from such a copy is the origin's, with `at` (its only location) in place.
 */
export interface DocumentOrigin {
  /** The document every copy of the same text was made from (itself for the first). */
  origin: PolicyDocument;
  /** The one location every node of this copy carries. */
  at: SourceLocation;
}

const origins = new WeakMap<PolicyDocument, DocumentOrigin>();

/** Records that every location in `document` is `at` and that it reads as `origin` does. */
export function recordOrigin(document: PolicyDocument, origin: PolicyDocument, at: SourceLocation): void {
  origins.set(document, { origin, at });
}

/** The origin of a copied document; undefined for documents read on their own. */
export function originOf(document: PolicyDocument): DocumentOrigin | undefined {
  return origins.get(document);
}
