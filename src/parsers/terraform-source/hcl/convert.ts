import { EvalError } from './eval-error.js';
import type { SourceLocation } from '../../../model/location.js';
import {
  isMap,
  isRef,
  isSymbolicString,
  isUnknown,
  typeName,
  type TfRef,
  type TfSymbolicString,
  type TfUnknown,
  type TfValue,
} from './value.js';

/** A value that stands for a string only apply knows (or not known at all). */
export type Symbolic = TfRef | TfUnknown | TfSymbolicString;

export function isSymbolic(value: TfValue): value is Symbolic {
  return isUnknown(value) || isRef(value) || isSymbolicString(value);
}

/** Terraform's number → string conversion (shortest form, no exponent for ordinary numbers). */
export function numberToString(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value);
}

/**
 * Converts a primitive to a string as Terraform does (numbers and bools convert); symbolic
 * strings, refs and unknowns are returned as they are; anything else is an error.
 */
export function toStringValue(value: TfValue, what: string, location?: SourceLocation): string | Symbolic {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberToString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isSymbolic(value)) return value;
  if (value === null) throw new EvalError(`${what}: null value cannot be used as a string`, location);
  throw new EvalError(`${what}: a ${typeName(value)} cannot be used as a string`, location);
}

/** A known string, or throws; symbolic values are handed back for the caller to propagate. */
export function toNumberValue(value: TfValue, what: string, location?: SourceLocation): number | Symbolic {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    const parsed = trimmed === '' ? Number.NaN : Number(trimmed);
    if (Number.isNaN(parsed)) throw new EvalError(`${what}: '${value}' is not a number`, location);
    return parsed;
  }
  if (isSymbolic(value))
    return isUnknown(value)
      ? value
      : {
          unresolved: true,
          reason: `${what}: a reference is not a known number`,
          ...(location ? { location } : {}),
        };
  throw new EvalError(`${what}: a ${typeName(value)} is not a number`, location);
}

export function toBoolValue(value: TfValue, what: string, location?: SourceLocation): boolean | TfUnknown {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (isUnknown(value)) return value;
  if (isRef(value) || isSymbolicString(value)) {
    return {
      unresolved: true,
      reason: `${what}: depends on a value known only after apply`,
      ...(location ? { location } : {}),
    };
  }
  throw new EvalError(`${what}: a ${typeName(value)} is not a bool`, location);
}

/** Deep equality of known values; undefined when an unknown or reference decides it. */
export function equalValues(a: TfValue, b: TfValue): boolean | undefined {
  if (isSymbolic(a) || isSymbolic(b)) {
    if (isRef(a) && isRef(b) && a.ref === b.ref && a.attribute === b.attribute) return true;
    return undefined;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    if (typeof a === 'number' && typeof b === 'number') return a === b;
    return a === b;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    let result: boolean | undefined = true;
    for (let i = 0; i < a.length; i++) {
      const same = equalValues(a[i]!, b[i]!);
      if (same === false) return false;
      if (same === undefined) result = undefined;
    }
    return result;
  }
  if (isMap(a) && isMap(b)) {
    if (a.size !== b.size) return false;
    let result: boolean | undefined = true;
    for (const [key, value] of a) {
      if (!b.has(key)) return false;
      const same = equalValues(value, b.get(key)!);
      if (same === false) return false;
      if (same === undefined) result = undefined;
    }
    return result;
  }
  return false;
}
