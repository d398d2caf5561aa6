import { plainValue } from '../parsers/yaml-core-schema.js';
import type { YamlStyle } from './cloudformation.js';

/**
 * A fix's YAML block written by hand, byte for byte as `yamlDocumentText` (the `yaml` package's
 * Document) writes it: building a Document per failing role cost most of the fix time on large
 * template trees (issue 16). It covers what fixes hold (mappings, lists and strings of printable
 * ASCII) and returns undefined for anything else (numbers, multi-line or non-ASCII strings, keys
 * over 1024 characters, an object written twice, which `yaml` would alias), which the caller then
 * gives to `yaml`. A differential test holds the two writers equal.
 *
 * The layout it reproduces (`indent` spaces per level, lines of `lineWidth: 0` never folded):
 * - a mapping's entries one per line at its indentation, `key: value` for a string, an empty list
 *   or mapping (`[]`, `{}`) or a `!Ref`; `key:` then the block one level deeper otherwise, a list
 *   two spaces less deep when sequences are not indented (`indentSeq: false`);
 * - a list's items as `- item`, the item's further lines two spaces deeper than the dash;
 * - `{ Ref: X }` as `!Ref X` when the file uses short tags; `Version` values always quoted.
 */
export function yamlBlockText(
  value: unknown,
  name: string | undefined,
  style: YamlStyle,
): string | undefined {
  const writer = new BlockWriter(style);
  try {
    return `${name === undefined ? writer.node([value], '') : writer.node({ [name]: value }, '')}\n`;
  } catch (e) {
    if (e === unsupported) return undefined;
    throw e;
  }
}

/** Thrown inside the writer for a value it leaves to `yaml`; never escapes `yamlBlockText`. */
const unsupported = Symbol('unsupported');

/** Printable ASCII: no line breaks, tabs, control or non-ASCII characters. */
const printable = /^[\x20-\x7e]*$/;

/**
 * A string `yaml` does not write plain (its own test): an indicator first, `- `/`? ` or a lone
 * `-`/`?`, `: ` or ` #` inside, a space or `:` at the end.
 */
const notPlain = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/** `---` or `...` first: `yaml` may write a block scalar or quote by the indentation. */
const documentMarker = /^(?:---|\.\.\.)/;

interface Mapping {
  object: Record<string, unknown>;
  keys: string[];
  /** Set when the mapping is `{ Ref: X }` written as `!Ref X`. */
  ref?: string;
}

class BlockWriter {
  private readonly step: string;
  private readonly double: boolean;
  /** Objects written so far: `yaml` writes an object met twice as an anchor and an alias. */
  private readonly seen = new Set<object>();

  constructor(private readonly style: YamlStyle) {
    this.step = ' '.repeat(style.indent);
    this.double = style.quote === 'double';
  }

  /** A value at `indent` (the indentation of its lines after the first). */
  node(value: unknown, indent: string): string {
    if (typeof value === 'string') return this.scalar(value);
    if (Array.isArray(value)) {
      this.once(value);
      return value.length ? this.items(value, indent) : '[]';
    }
    const map = this.mapping(value);
    if (map.ref !== undefined) return `!Ref ${this.scalar(map.ref)}`;
    return map.keys.length ? this.entries(map, indent) : '{}';
  }

  private items(list: unknown[], indent: string): string {
    const inner = `${indent}  `;
    return list.map((item) => `- ${this.node(item, inner)}`).join(`\n${indent}`);
  }

  private entries(map: Mapping, indent: string): string {
    return map.keys.map((key) => this.pair(key, map.object[key], indent)).join(`\n${indent}`);
  }

  /** A plain object's keys, or the target of `{ Ref: X }` written as a short tag. */
  private mapping(value: unknown): Mapping {
    if (value === null || typeof value !== 'object') throw unsupported;
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) throw unsupported;
    this.once(value);
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    if (keys.some((key) => object[key] === undefined)) throw unsupported;
    if (this.style.shortTags && keys.length === 1 && keys[0] === 'Ref') {
      const target = object.Ref;
      if (typeof target === 'string') return { object, keys, ref: target };
      // Any other scalar would be tagged too, but written by `yaml`'s number or boolean rules.
      if (target === null || typeof target !== 'object') throw unsupported;
    }
    return { object, keys };
  }

  private pair(key: string, value: unknown, indent: string): string {
    const keyText = this.scalar(key);
    if (keyText.length > 1024) throw unsupported; // `yaml` writes an explicit `? key`
    if (typeof value === 'string')
      // The policy language version is a string: quoted as CloudFormation examples do.
      return `${keyText}: ${key === 'Version' ? this.forcedQuote(value) : this.scalar(value)}`;
    const inner = indent + this.step;
    if (Array.isArray(value)) {
      this.once(value);
      if (!value.length) return `${keyText}: []`;
      // Not indented under the key: `yaml` takes two spaces off the list's indentation.
      const at = !this.style.indentSequences && this.step.length >= 2 ? inner.substring(2) : inner;
      return `${keyText}:\n${at}${this.items(value, at)}`;
    }
    const map = this.mapping(value);
    if (map.ref !== undefined) return `${keyText}: !Ref ${this.scalar(map.ref)}`;
    if (!map.keys.length) return `${keyText}: {}`;
    return `${keyText}:\n${inner}${this.entries(map, inner)}`;
  }

  /** A string as `yaml` writes it outside flow collections: plain when it reads back as itself. */
  private scalar(s: string): string {
    if (!printable.test(s) || documentMarker.test(s)) throw unsupported;
    if (notPlain.test(s) || typeof plainValue(s) !== 'string') return this.quote(s);
    return s;
  }

  /** `yaml`'s choice of quotes: the configured one, unless only the other avoids escapes. */
  private quote(s: string): string {
    if (this.double) return JSON.stringify(s);
    const single = s.includes("'");
    return single && !s.includes('"') ? JSON.stringify(s) : singleQuoted(s);
  }

  /** A scalar whose quoting is set: single quotes, or double in a file that uses them. */
  private forcedQuote(s: string): string {
    if (!printable.test(s)) throw unsupported;
    return this.double ? JSON.stringify(s) : singleQuoted(s);
  }

  private once(value: object): void {
    if (this.seen.has(value)) throw unsupported;
    this.seen.add(value);
  }
}

function singleQuoted(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
