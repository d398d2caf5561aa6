import { numberToString } from '../convert.js';
import { EvalError } from '../eval-error.js';
import type { CallContext } from '../evaluate.js';
import {
  isMap,
  isRef,
  isSymbolicString,
  isUnknown,
  makeMap,
  symbolicString,
  type TfRef,
  type TfSymbolicString,
  type TfUnknown,
  type TfValue,
} from '../value.js';
import { NotKnown, notKnown, type FunctionSpec } from './args.js';

type Part = string | TfRef | TfUnknown;

/** A JSON string literal as Terraform writes it (Go's encoder: `<`, `>`, `&`, U+2028/9 escaped). */
function quote(text: string): string {
  return JSON.stringify(text).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Encodes a value as compact JSON (keys in lexical order). References and unknowns stay symbolic
 * parts of the result: inside a string literal where a template put them, or between quotes where
 * they are a whole value (see `TfValue`).
 */
export function encodeJson(
  value: TfValue,
  spend: (amount: number) => void = () => {},
): string | TfSymbolicString {
  const parts: Part[] = [];
  const write = (current: TfValue): void => {
    spend(1);
    if (current === null) parts.push('null');
    else if (typeof current === 'boolean') parts.push(current ? 'true' : 'false');
    else if (typeof current === 'number') {
      if (!Number.isFinite(current)) throw new EvalError(`jsonencode(): ${current} is not a JSON number`);
      parts.push(numberToString(current));
    } else if (typeof current === 'string') parts.push(quote(current));
    else if (Array.isArray(current)) {
      parts.push('[');
      current.forEach((item, i) => {
        if (i > 0) parts.push(',');
        write(item);
      });
      parts.push(']');
    } else if (isMap(current)) {
      parts.push('{');
      let first = true;
      for (const [key, item] of current) {
        parts.push(`${first ? '' : ','}${quote(key)}:`);
        first = false;
        write(item);
      }
      parts.push('}');
    } else if (isSymbolicString(current)) {
      parts.push('"');
      for (const part of current.parts)
        parts.push(typeof part === 'string' ? quote(part).slice(1, -1) : part);
      parts.push('"');
    } else parts.push('"', current, '"');
  };
  write(value);
  return symbolicString(parts);
}

/** Known JSON text, for `format("%v", …)`: symbolic content cannot be written out. */
export function jsonText(value: TfValue, context: CallContext): string {
  const encoded = encodeJson(value, context.spend);
  if (typeof encoded !== 'string') throw notKnown('format', 'a value inside %v', context.location);
  return encoded;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/**
 * Decodes JSON text into a value (objects as maps with sorted keys). A symbolic string is decoded
 * with its references and unknowns put back where they were: a JSON string that is exactly one
 * of them becomes it, a string containing some becomes a `TfSymbolicString`; one standing where a
 * whole JSON value goes (`"Resource": ${var.arns}` in a heredoc) becomes that value.
 */
export function decodeJson(text: string | TfSymbolicString, location?: CallContext['location']): TfValue {
  if (typeof text === 'string') return fromJson(parse(text, location), []);
  const symbols: (TfRef | TfUnknown)[] = [];
  let rendered = '';
  let inString = false;
  for (const part of text.parts) {
    if (typeof part !== 'string') {
      const placeholder = `${OPEN}${symbols.length}${CLOSE}`;
      symbols.push(part);
      rendered += inString ? placeholder : `"${placeholder}"`;
      continue;
    }
    for (let i = 0; i < part.length; i++) {
      const c = part[i];
      if (inString && c === '\\') i++;
      else if (c === '"') inString = !inString;
    }
    rendered += part;
  }
  return fromJson(parse(rendered, location), symbols);
}

function parse(text: string, location?: CallContext['location']): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EvalError(`jsondecode(): invalid JSON: ${(error as Error).message}`, location);
  }
}

function fromJson(value: unknown, symbols: readonly (TfRef | TfUnknown)[]): TfValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') {
    if (symbols.length === 0 || !value.includes(OPEN)) return value;
    const parts: (string | TfRef | TfUnknown)[] = [];
    let last = 0;
    for (const match of value.matchAll(PLACEHOLDER)) {
      parts.push(value.slice(last, match.index));
      const symbol = symbols[Number(match[1])];
      parts.push(symbol ?? match[0]);
      last = match.index + match[0].length;
    }
    parts.push(value.slice(last));
    const nonEmpty = parts.filter((p) => p !== '');
    if (nonEmpty.length === 1 && typeof nonEmpty[0] !== 'string') return nonEmpty[0]!;
    return symbolicString(parts);
  }
  if (Array.isArray(value)) return value.map((item) => fromJson(item, symbols));
  return makeMap(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, fromJson(item, symbols)]),
  );
}

export const jsonFunctions: Record<string, FunctionSpec> = {
  jsonencode: {
    min: 1,
    max: 1,
    call: (args, context) => {
      const encoded = encodeJson(args[0] ?? null, context.spend);
      return typeof encoded === 'string' ? context.checkString(encoded) : encoded;
    },
  },
  jsondecode: {
    min: 1,
    max: 1,
    call: (args, context, name) => {
      const value = args[0] ?? null;
      if (typeof value === 'string') return decodeJson(context.checkString(value), context.location);
      if (isSymbolicString(value)) return decodeJson(value, context.location);
      if (isRef(value)) throw notKnown(name, 'the JSON text', context.location);
      if (isUnknown(value)) throw new NotKnown(value);
      throw new EvalError('jsondecode() needs a string', context.location);
    },
  },
};
