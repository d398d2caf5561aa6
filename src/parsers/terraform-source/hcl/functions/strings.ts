import { isSymbolic, toNumberValue, toStringValue } from '../convert.js';
import { EvalError } from '../eval-error.js';
import type { CallContext } from '../evaluate.js';
import {
  isUnknown,
  symbolicString,
  typeName,
  type TfRef,
  type TfSymbolicString,
  type TfUnknown,
} from '../value.js';
import { listArg, NotKnown, notKnown, stringArg, type FunctionSpec } from './args.js';
import { format } from './format.js';

/** `/…/` in `replace()` is a regular expression (RE2 syntax; the common subset is JavaScript's). */
function replace(text: string, search: string, replacement: string, context: CallContext): string {
  if (search.length >= 2 && search.startsWith('/') && search.endsWith('/')) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(search.slice(1, -1).replace(/\(\?P</g, '(?<'), 'gu');
    } catch (error) {
      throw new EvalError(
        `replace(): invalid regular expression ${search}: ${(error as Error).message}`,
        context.location,
      );
    }
    // RE2 writes groups in the replacement as $1 or ${1} / ${name}; JavaScript as $1 / $<name>.
    const jsReplacement = replacement.replace(/\$\{(\w+)\}/g, (_, group: string) =>
      /^\d+$/.test(group) ? `$${group}` : `$<${group}>`,
    );
    return text.replace(pattern, jsReplacement);
  }
  if (search === '') return text;
  return text.split(search).join(replacement);
}

function stringFunction(transform: (text: string) => string): FunctionSpec {
  return {
    min: 1,
    max: 1,
    call: (args, context, name) => context.checkString(transform(stringArg(args, 0, context, name))),
  };
}

export const stringFunctions: Record<string, FunctionSpec> = {
  join: {
    min: 2,
    max: Infinity,
    call: (args, context, name) => {
      const separator = stringArg(args, 0, context, name);
      const parts: (string | TfRef | TfUnknown | TfSymbolicString)[] = [];
      let first = true;
      for (let i = 1; i < args.length; i++) {
        for (const item of listArg(args, i, context, name)) {
          context.spend(1);
          if (!first) parts.push(separator);
          first = false;
          const text = toStringValue(item, 'join() element', context.location);
          parts.push(text);
        }
      }
      const result = symbolicString(parts);
      return typeof result === 'string' ? context.checkString(result) : result;
    },
  },
  split: {
    min: 2,
    max: 2,
    call: (args, context, name) => {
      const separator = stringArg(args, 0, context, name);
      const text = stringArg(args, 1, context, name);
      const parts = separator === '' ? [...text] : text.split(separator);
      context.spend(parts.length);
      return parts;
    },
  },
  format: {
    min: 1,
    max: Infinity,
    call: (args, context, name) => {
      const result = format(stringArg(args, 0, context, name), args.slice(1), context);
      return typeof result === 'string' ? context.checkString(result) : result;
    },
  },
  replace: {
    min: 3,
    max: 3,
    call: (args, context, name) =>
      context.checkString(
        replace(
          stringArg(args, 0, context, name),
          stringArg(args, 1, context, name),
          stringArg(args, 2, context, name),
          context,
        ),
      ),
  },
  lower: stringFunction((text) => text.toLowerCase()),
  upper: stringFunction((text) => text.toUpperCase()),
  trimspace: stringFunction((text) => text.trim()),
  startswith: {
    min: 2,
    max: 2,
    call: (args, context, name) =>
      stringArg(args, 0, context, name).startsWith(stringArg(args, 1, context, name)),
  },
  endswith: {
    min: 2,
    max: 2,
    call: (args, context, name) =>
      stringArg(args, 0, context, name).endsWith(stringArg(args, 1, context, name)),
  },
  tostring: {
    min: 1,
    max: 1,
    seesUnknown: true,
    call: (args, context) => {
      const value = args[0] ?? null;
      if (value === null || isSymbolic(value)) return value;
      if (typeof value === 'object')
        throw new EvalError(`tostring(): a ${typeName(value)} cannot be a string`, context.location);
      return toStringValue(value, 'tostring()', context.location) as string;
    },
  },
  tonumber: {
    min: 1,
    max: 1,
    call: (args, context, name) => {
      const value = args[0] ?? null;
      if (value === null) return null;
      const number = toNumberValue(value, 'tonumber()', context.location);
      if (typeof number !== 'number')
        throw isUnknown(number) ? new NotKnown(number) : notKnown(name, 'the argument', context.location);
      return number;
    },
  },
};
