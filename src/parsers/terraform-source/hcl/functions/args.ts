import type { SourceLocation } from '../../../../model/location.js';
import { isSymbolic, toNumberValue, toStringValue } from '../convert.js';
import { EvalError } from '../eval-error.js';
import type { CallContext } from '../evaluate.js';
import { isMap, isUnknown, typeName, unknown, type TfMap, type TfUnknown, type TfValue } from '../value.js';

/** One function: arity, and whether it sees top-level unknown arguments itself. */
export interface FunctionSpec {
  min: number;
  /** Infinity for variadic functions. */
  max: number;
  /** When false (the default), an unknown argument makes the result that unknown. */
  seesUnknown?: boolean;
  call(args: TfValue[], context: CallContext, name: string): TfValue;
}

/**
 * Thrown by the argument readers when an argument is known only after apply (a reference, a
 * symbolic string) where the function needs a known value: the call's result is this unknown.
 */
export class NotKnown {
  constructor(readonly value: TfUnknown) {}
}

export function notKnown(name: string, what: string, location: SourceLocation): NotKnown {
  return new NotKnown(unknown(`${name}(): ${what} is known only after apply`, location));
}

/** A known string argument (numbers and bools convert). */
export function stringArg(args: TfValue[], index: number, context: CallContext, name: string): string {
  const value = toStringValue(args[index] ?? null, `${name}() argument ${index + 1}`, context.location);
  if (typeof value !== 'string')
    throw isUnknown(value) ? new NotKnown(value) : notKnown(name, `argument ${index + 1}`, context.location);
  return value;
}

export function numberArg(args: TfValue[], index: number, context: CallContext, name: string): number {
  const value = toNumberValue(args[index] ?? null, `${name}() argument ${index + 1}`, context.location);
  if (typeof value !== 'number')
    throw isUnknown(value) ? new NotKnown(value) : notKnown(name, `argument ${index + 1}`, context.location);
  return value;
}

/** A list, set or tuple argument (elements may be unknown). */
export function listArg(args: TfValue[], index: number, context: CallContext, name: string): TfValue[] {
  const value = args[index] ?? null;
  if (Array.isArray(value)) return value;
  if (isUnknown(value)) throw new NotKnown(value);
  if (isSymbolic(value)) throw notKnown(name, `argument ${index + 1}`, context.location);
  throw new EvalError(
    `${name}() argument ${index + 1} must be a list, not a ${typeName(value)}`,
    context.location,
  );
}

export function mapArg(args: TfValue[], index: number, context: CallContext, name: string): TfMap {
  const value = args[index] ?? null;
  if (isMap(value)) return value;
  if (isUnknown(value)) throw new NotKnown(value);
  if (isSymbolic(value)) throw notKnown(name, `argument ${index + 1}`, context.location);
  throw new EvalError(
    `${name}() argument ${index + 1} must be a map or object, not a ${typeName(value)}`,
    context.location,
  );
}
