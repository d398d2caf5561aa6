import { isSymbolic, numberToString } from '../convert.js';
import { EvalError } from '../eval-error.js';
import type { CallContext } from '../evaluate.js';
import {
  isUnknown,
  symbolicString,
  typeName,
  type TfRef,
  type TfSymbolicString,
  type TfUnknown,
  type TfValue,
} from '../value.js';
import { NotKnown, notKnown } from './args.js';
import { jsonText } from './json.js';

type Piece = string | TfRef | TfUnknown | TfSymbolicString;

/**
 * Terraform's `format`: `%%`, `%s`, `%v`, `%q`, `%t`, `%d`, `%f`/`%e`/`%g`, `%b`/`%o`/`%x`/`%X`,
 * with flags `-+ 0#`, width and precision, and `%[n]s` argument indexes. A reference given to
 * `%s`/`%v` stays symbolic in the result.
 */
export function format(spec: string, args: TfValue[], context: CallContext): string | TfSymbolicString {
  const pieces: Piece[] = [];
  let next = 0;
  const pattern = /%(?:%|([-+ 0#]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d+))?([a-zA-Z]))/g;
  let last = 0;
  for (let match = pattern.exec(spec); match; match = pattern.exec(spec)) {
    pieces.push(spec.slice(last, match.index));
    last = pattern.lastIndex;
    if (match[0] === '%%') {
      pieces.push('%');
      continue;
    }
    const [, flags = '', explicit, widthText, precisionText, verb = ''] = match;
    const index = explicit !== undefined ? Number(explicit) - 1 : next;
    next = index + 1;
    if (index < 0 || index >= args.length)
      throw new EvalError(`format(): not enough arguments for ${match[0]}`, context.location);
    const value = args[index]!;
    const width = widthText !== undefined ? Number(widthText) : undefined;
    const precision = precisionText !== undefined ? Number(precisionText) : undefined;
    if (isSymbolic(value)) {
      if (isUnknown(value)) throw new NotKnown(value);
      if ((verb === 's' || verb === 'v') && width === undefined && precision === undefined)
        pieces.push(value);
      else throw notKnown('format', `the value for ${match[0]}`, context.location);
      continue;
    }
    pieces.push(pad(verbText(verb, value, flags, precision, context), width, flags));
  }
  pieces.push(spec.slice(last));
  return symbolicString(pieces);
}

function verbText(
  verb: string,
  value: TfValue,
  flags: string,
  precision: number | undefined,
  context: CallContext,
): string {
  const fail = (): never => {
    throw new EvalError(`format(): %${verb} cannot format a ${typeName(value)}`, context.location);
  };
  switch (verb) {
    case 's':
    case 'v': {
      if (value === null) return verb === 'v' ? 'null' : fail();
      if (typeof value === 'object') return verb === 'v' ? jsonText(value, context) : fail();
      const text = typeof value === 'number' ? numberToString(value) : String(value);
      return precision !== undefined ? text.slice(0, precision) : text;
    }
    case 'q':
      return typeof value === 'string' ? JSON.stringify(value) : fail();
    case 't':
      return typeof value === 'boolean' ? String(value) : fail();
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number)) return fail();
      if (verb === 'd') {
        if (!Number.isInteger(number)) return fail();
        return `${flags.includes('+') && number >= 0 ? '+' : ''}${number}`;
      }
      const base = verb === 'b' ? 2 : verb === 'o' ? 8 : 16;
      const digits = Math.trunc(number).toString(base);
      return verb === 'X' ? digits.toUpperCase() : digits;
    }
    case 'f':
    case 'e':
    case 'g': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number)) return fail();
      const sign = flags.includes('+') && number >= 0 ? '+' : '';
      if (verb === 'f') return sign + number.toFixed(precision ?? 6);
      if (verb === 'e') return sign + number.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return (
        sign + (precision !== undefined ? String(Number(number.toPrecision(precision))) : String(number))
      );
    }
    default:
      throw new EvalError(`format(): unsupported verb %${verb}`, context.location);
  }
}

function pad(text: string, width: number | undefined, flags: string): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (flags.includes('0') && /^[+-]?\d/.test(text)) {
    const sign = /^[+-]/.test(text) ? text[0]! : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}
