import type { SourceLocation } from '../../../model/location.js';
import type { HclTemplateFile } from './ast.js';
import type { TfUnknown, TfValue } from './value.js';

/** A traversal step with its index key already evaluated. */
export type ResolvedStep =
  | { kind: 'attr'; name: string; location: SourceLocation }
  | { kind: 'index'; key: TfValue; location: SourceLocation };

/** What a scope found for a traversal: its value, after `consumed` of the steps it was given. */
export interface Resolution {
  value: TfValue;
  /**
   * How many of the given steps the value already accounts for; the evaluator applies the rest
   * (attribute and index access on the value). `var.x` consumes 1 (`x`), `aws_iam_role.r.arn`
   * 2 or 3, `module.m.out` 2, `each.key` 1.
   */
  consumed: number;
}

/** A file read for `file()` / `templatefile()`. */
export interface FileRead {
  /** Scan-root-relative path: the `file` of locations inside a template. */
  file: string;
  text: string;
}

/**
 * What the evaluator asks of the module reader. The evaluator itself binds the names introduced by
 * `for` expressions, `%{for}` directives and `templatefile` variables; everything else comes here.
 */
export interface Scope {
  /**
   * Resolves a traversal root with the steps written after it (`var` + [`x`], `local` + [`y`],
   * `aws_iam_role` + [`r`, `arn`], `data` + [`aws_iam_policy_document`, `d`, `json`], `each` +
   * [`key`], `count` + [`index`], `module` + [`m`, `out`], `path` + [`module`], `terraform` +
   * [`workspace`]). Returns undefined for a name the module does not declare (the evaluator makes
   * that an error-unknown naming it). Resource attributes only apply knows are `TfRef`s; values
   * the reader cannot determine are `TfUnknown`s with the reason.
   */
  resolve(root: string, steps: readonly ResolvedStep[], location: SourceLocation): Resolution | undefined;
  /**
   * Reads a file for `file(path)` / `templatefile(path, …)`; `path` as evaluated (relative paths
   * are relative to the root module, as in Terraform). The reader enforces "inside the scan root":
   * a path outside it or a missing file is a `TfUnknown` with the reason.
   */
  readFile(path: string, location: SourceLocation): FileRead | TfUnknown;
  /**
   * Parses a template file's text (normally `HclReader.parseTemplate`). Without it,
   * `templatefile()` is unknown.
   */
  parseTemplate?(text: string, file: string): HclTemplateFile;
}
