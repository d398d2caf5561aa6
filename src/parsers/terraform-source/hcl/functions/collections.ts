import { equalValues, isSymbolic, toStringValue } from '../convert.js';
import { EvalError } from '../eval-error.js';
import { isMap, isUnknown, makeMap, typeName, unknown, type TfValue } from '../value.js';
import { listArg, mapArg, NotKnown, notKnown, numberArg, stringArg, type FunctionSpec } from './args.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** An unknown element makes a result whose length or order depends on it unknown. */
function firstUnknown(items: readonly TfValue[]): TfValue | undefined {
  return items.find((item) => isUnknown(item));
}

function dedupe(items: readonly TfValue[]): TfValue[] {
  const out: TfValue[] = [];
  for (const item of items) if (!out.some((seen) => equalValues(seen, item) === true)) out.push(item);
  return out;
}

/** Terraform orders a set of strings lexically and numbers by value; symbolic elements go last. */
function setOrder(items: TfValue[]): TfValue[] {
  const known = items.filter((item) => !isSymbolic(item));
  const symbolic = items.filter((item) => isSymbolic(item));
  if (known.every((item) => typeof item === 'number')) (known as number[]).sort((a, b) => a - b);
  else if (
    known.every((item) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')
  ) {
    const strings = known.map((item) => toStringValue(item, 'set element') as string);
    strings.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return [...strings, ...symbolic];
  }
  return [...known, ...symbolic];
}

export const collectionFunctions: Record<string, FunctionSpec> = {
  concat: {
    min: 0,
    max: Infinity,
    call: (args, context, name) => {
      const out: TfValue[] = [];
      args.forEach((_, i) => out.push(...listArg(args, i, context, name)));
      context.spend(out.length);
      return out;
    },
  },
  merge: {
    min: 0,
    max: Infinity,
    call: (args, context, name) => {
      const out = new Map<string, TfValue>();
      args.forEach((arg, i) => {
        if (arg === null) return;
        for (const [key, value] of mapArg(args, i, context, name)) out.set(key, value);
      });
      context.spend(out.size);
      return makeMap(out);
    },
  },
  flatten: {
    min: 1,
    max: 1,
    call: (args, context, name) => {
      const out: TfValue[] = [];
      const walk = (items: readonly TfValue[]): void => {
        for (const item of items) {
          context.spend(1);
          if (isUnknown(item))
            throw new NotKnown(
              unknown(`flatten(): an element is unknown (${item.reason})`, context.location),
            );
          if (Array.isArray(item)) walk(item);
          else out.push(item);
        }
      };
      walk(listArg(args, 0, context, name));
      return out;
    },
  },
  distinct: {
    min: 1,
    max: 1,
    call: (args, context, name) => {
      const items = listArg(args, 0, context, name);
      const open = firstUnknown(items);
      if (open) return open;
      context.spend(items.length * items.length);
      return dedupe(items);
    },
  },
  toset: {
    min: 1,
    max: 1,
    call: (args, context, name) => {
      const items = listArg(args, 0, context, name);
      const open = firstUnknown(items);
      if (open) return open;
      context.spend(items.length * items.length);
      return setOrder(dedupe(items));
    },
  },
  tolist: { min: 1, max: 1, call: (args, context, name) => listArg(args, 0, context, name) },
  tomap: { min: 1, max: 1, call: (args, context, name) => mapArg(args, 0, context, name) },
  length: {
    min: 1,
    max: 1,
    call: (args, context, name) => {
      const value = args[0] ?? null;
      if (Array.isArray(value)) return value.length;
      if (isMap(value)) return value.size;
      if (typeof value === 'string') return [...graphemes.segment(context.checkString(value))].length;
      if (isSymbolic(value)) throw notKnown(name, 'the argument', context.location);
      throw new EvalError(`length() needs a list, map or string, not a ${typeName(value)}`, context.location);
    },
  },
  lookup: {
    min: 2,
    max: 3,
    call: (args, context, name) => {
      const map = mapArg(args, 0, context, name);
      const key = stringArg(args, 1, context, name);
      if (map.has(key)) return map.get(key)!;
      if (args.length === 3) return args[2]!;
      throw new EvalError(`lookup(): no key '${key}' and no default`, context.location);
    },
  },
  element: {
    min: 2,
    max: 2,
    call: (args, context, name) => {
      const items = listArg(args, 0, context, name);
      const index = numberArg(args, 1, context, name);
      if (items.length === 0) throw new EvalError('element(): the list is empty', context.location);
      if (!Number.isInteger(index) || index < 0)
        throw new EvalError(`element(): index ${index} must be a whole number ≥ 0`, context.location);
      return items[index % items.length]!;
    },
  },
  coalesce: {
    min: 1,
    max: Infinity,
    seesUnknown: true,
    call: (args, context) => {
      for (const arg of args) {
        if (isUnknown(arg)) return arg;
        if (arg === null || arg === '') continue;
        return arg;
      }
      throw new EvalError('coalesce(): every argument is null or an empty string', context.location);
    },
  },
  coalescelist: {
    min: 1,
    max: Infinity,
    seesUnknown: true,
    call: (args, context, name) => {
      for (let i = 0; i < args.length; i++) {
        if (isUnknown(args[i]!)) return args[i]!;
        const items = listArg(args, i, context, name);
        if (items.length > 0) return items;
      }
      return [];
    },
  },
  one: {
    min: 1,
    max: 1,
    call: (args, context, name) => {
      const items = listArg(args, 0, context, name);
      if (items.length > 1)
        throw new EvalError(
          `one(): the list has ${items.length} elements (at most 1 allowed)`,
          context.location,
        );
      return items[0] ?? null;
    },
  },
  keys: { min: 1, max: 1, call: (args, context, name) => [...mapArg(args, 0, context, name).keys()] },
  values: { min: 1, max: 1, call: (args, context, name) => [...mapArg(args, 0, context, name).values()] },
  contains: {
    min: 2,
    max: 2,
    call: (args, context, name) => {
      const items = listArg(args, 0, context, name);
      let undecided = false;
      for (const item of items) {
        const same = equalValues(item, args[1] ?? null);
        if (same === true) return true;
        if (same === undefined) undecided = true;
      }
      return undecided
        ? unknown('contains(): depends on a value known only after apply', context.location)
        : false;
    },
  },
  compact: {
    min: 1,
    max: 1,
    call: (args, context, name) => {
      const items = listArg(args, 0, context, name);
      const open = firstUnknown(items);
      if (open) return open;
      return items.filter((item) => item !== null && item !== '');
    },
  },
  zipmap: {
    min: 2,
    max: 2,
    call: (args, context, name) => {
      const keys = listArg(args, 0, context, name);
      const values = listArg(args, 1, context, name);
      if (keys.length !== values.length) {
        throw new EvalError(`zipmap(): ${keys.length} keys but ${values.length} values`, context.location);
      }
      const out = new Map<string, TfValue>();
      keys.forEach((_, i) => out.set(stringArg(keys, i, context, name), values[i]!));
      return makeMap(out);
    },
  },
};
