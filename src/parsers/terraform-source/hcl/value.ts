import type { SourceLocation } from '../../../model/location.js';
import type { Unresolved } from '../../../model/value.js';

/**
 * A Terraform value as the evaluator computes it, without a plan:
 *
 * - known values: `null`, `boolean`, `number`, `string`, lists/tuples/sets as arrays
 *   (`TfValue[]`; a set is a deduplicated array, strings sorted as Terraform orders them), and
 *   maps/objects as `TfMap` (a `Map`, keys in lexical order as Terraform iterates them);
 * - `TfUnknown`: a value the configuration does not determine (a variable without a value,
 *   another data source, an unsupported function…), with the reason; never guessed. It is the
 *   model's `Unresolved`, so it maps to the model unchanged;
 * - `TfRef`: a computed attribute of a resource of this configuration
 *   (`aws_iam_role.appliance.arn` → `{ ref: 'aws_iam_role.appliance', attribute: 'arn' }`), kept
 *   symbolic so "trusts this configuration's own role" stays provable;
 * - `TfSymbolicString`: a string that is known except for embedded references or unknowns, e.g.
 *   `"${aws_iam_role.r.arn}/*"` → parts `[ref, '/*']`. It is how the model keeps
 *   `${AWS::AccountId}` inside a string: the text is exact, only the marked parts are symbolic.
 *
 * Rules the evaluator keeps:
 * - A template that is a single interpolation (`"${x}"`) is the value of `x` itself (a ref stays a
 *   ref, a list stays a list), as in Terraform.
 * - A string built from known text and refs/unknowns is a `TfSymbolicString` whose `parts` never
 *   hold two adjacent strings and never an empty string; with no symbolic part left it is a plain
 *   `string` (see `symbolicString`).
 * - `jsonencode` of a value holding refs or unknowns returns a `TfSymbolicString` whose string parts
 *   are the JSON text and whose symbolic parts stand where their JSON value goes: inside a JSON
 *   string literal (`"arn:${ref}"` → `"arn:`, ref, `"`), or as a whole JSON value, then between
 *   quotes (`"`, ref/unknown, `"`), whatever its type. `jsondecode` (see `decodeJson`) reverses
 *   this exactly: a JSON string that is exactly one symbolic part becomes that part, a string that
 *   contains some becomes a `TfSymbolicString`. So a policy written with `jsonencode({…})` around
 *   `aws_iam_role.x.arn` or `var.unknown` reads back element by element.
 * - Unknown propagates structurally: a list with one unknown element is a list with that element
 *   unknown; an operation whose result depends on an unknown is unknown.
 */
export type TfValue =
  null | boolean | number | string | TfValue[] | TfMap | TfUnknown | TfRef | TfSymbolicString;

/** Map or object: keys in lexical order (`makeMap` sorts them). */
export type TfMap = Map<string, TfValue>;

/** Not determined by the configuration; `reason` says why (it names the variable, the function…). */
export interface TfUnknown extends Unresolved {
  /**
   * Set when the value is unknown because evaluating it failed (a type error, an index out of
   * range, a missing attribute, a call with bad arguments): Terraform would refuse the
   * configuration. `try` and `can` treat such a value as an error; any other unknown they keep.
   */
  error?: true;
}

/** A computed attribute of a resource (or data source / module output) that only apply knows. */
export interface TfRef {
  /**
   * The resource's address as written, with the instance key when one was given:
   * `aws_iam_role.appliance`, `aws_iam_role.this[0]`, `aws_iam_role.this["a"]`,
   * `module.m.aws_iam_role.x` (module readers may prefix it).
   */
  ref: string;
  /** The attribute path after the address: `arn`, `id`, `name`, `unique_id`, `tags_all.x`. */
  attribute: string;
  location?: SourceLocation;
}

/** A string with symbolic parts inside; see `TfValue`. */
export interface TfSymbolicString {
  parts: readonly (string | TfRef | TfUnknown)[];
}

export function isUnknown(value: unknown): value is TfUnknown {
  return isTagged(value) && (value as TfUnknown).unresolved === true;
}

export function isRef(value: TfValue | undefined): value is TfRef {
  return isTagged(value) && typeof (value as TfRef).ref === 'string';
}

export function isSymbolicString(value: TfValue | undefined): value is TfSymbolicString {
  return isTagged(value) && Array.isArray((value as TfSymbolicString).parts);
}

export function isMap(value: TfValue | undefined): value is TfMap {
  return value instanceof Map;
}

export function isList(value: TfValue | undefined): value is TfValue[] {
  return Array.isArray(value);
}

/** A value with nothing unknown or symbolic anywhere inside. */
export function isWhollyKnown(value: TfValue): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isWhollyKnown);
  if (value instanceof Map) return [...value.values()].every(isWhollyKnown);
  return false;
}

export function unknown(reason: string, location?: SourceLocation): TfUnknown {
  return location ? { unresolved: true, reason, location } : { unresolved: true, reason };
}

/** A map with keys in lexical order (the order Terraform iterates maps and objects in). */
export function makeMap(entries: Iterable<readonly [string, TfValue]>): TfMap {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted);
}

/**
 * Joins string and symbolic parts into the simplest value: a plain string when every part is
 * known text, else a `TfSymbolicString` with adjacent texts merged and empty texts dropped.
 */
export function symbolicString(
  parts: Iterable<string | TfRef | TfUnknown | TfSymbolicString>,
): string | TfSymbolicString {
  const out: (string | TfRef | TfUnknown)[] = [];
  const push = (part: string | TfRef | TfUnknown): void => {
    if (typeof part === 'string') {
      if (part === '') return;
      const last = out.length - 1;
      if (last >= 0 && typeof out[last] === 'string') out[last] = (out[last] as string) + part;
      else out.push(part);
    } else out.push(part);
  };
  for (const part of parts) {
    if (typeof part !== 'string' && 'parts' in part) part.parts.forEach(push);
    else push(part);
  }
  if (out.every((p) => typeof p === 'string')) return (out[0] as string | undefined) ?? '';
  return { parts: out };
}

/** Terraform's type name of a value, for messages. */
export function typeName(value: TfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string' || isSymbolicString(value)) return 'string';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Map) return 'object';
  if (isRef(value)) return 'reference';
  return 'unknown';
}

function isTagged(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);
}
