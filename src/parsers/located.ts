import {
  parseTree,
  type Node as JsonNode,
  type ParseError as JsonParseError,
  printParseErrorCode,
} from 'jsonc-parser';
import {
  LineCounter,
  parseAllDocuments,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { ParseError } from '../model/errors.js';
import type { SourceLocation } from '../model/location.js';
import type { InputRole } from '../model/value.js';
import { readYamlEvents } from './yaml-events.js';

/**
 * A format-neutral document tree where every node knows its line and column: YAML (with any `!Tag`
 * kept on the node, for CloudFormation short forms) and JSON both become this, so format parsers
 * read one shape and can point findings at exact lines.
 */
export type LNode = LMap | LSeq | LScalar | LUnresolved;

interface LBase {
  loc: SourceLocation;
  /** A local YAML tag as written, e.g. '!Ref' or '!GetAtt'; absent for untagged nodes and JSON. */
  tag?: string;
}

export interface LEntry {
  key: string;
  keyLoc: SourceLocation;
  value: LNode;
}

export interface LMap extends LBase {
  kind: 'map';
  /** In source order; a key written twice appears twice (see `duplicateKeys`). */
  entries: LEntry[];
}

export interface LSeq extends LBase {
  kind: 'seq';
  items: LNode[];
}

export interface LScalar extends LBase {
  kind: 'scalar';
  value: string | number | boolean | null;
}

/**
 * A value a format parser could not determine (a CloudFormation parameter without value, an import,
 * a Terraform value known after apply). Never produced by the YAML/JSON readers themselves.
 */
export interface LUnresolved extends LBase {
  kind: 'unresolved';
  reason: string;
  /** The value is a role of the same input (its ARN or name generated at deployment). */
  role?: InputRole;
}

/** The last entry wins, as in JSON.parse and CloudFormation; duplicates are reported separately. */
export function get(map: LMap, key: string): LNode | undefined {
  for (let i = map.entries.length - 1; i >= 0; i--)
    if (map.entries[i]!.key === key) return map.entries[i]!.value;
  return undefined;
}

export function getEntry(map: LMap, key: string): LEntry | undefined {
  for (let i = map.entries.length - 1; i >= 0; i--) if (map.entries[i]!.key === key) return map.entries[i];
  return undefined;
}

/** Keys written more than once in this mapping, each with the location of its second writing. */
export function duplicateKeys(map: LMap): LEntry[] {
  const entries = map.entries;
  // Small mappings (nearly all of them): compare pairwise instead of building a Set.
  if (entries.length <= 8) {
    let dups: LEntry[] | undefined;
    for (let i = 1; i < entries.length; i++)
      for (let j = 0; j < i; j++)
        if (entries[j]!.key === entries[i]!.key) {
          (dups ??= []).push(entries[i]!);
          break;
        }
    return dups ?? [];
  }
  const seen = new Set<string>();
  const dups: LEntry[] = [];
  for (const e of map.entries) {
    if (seen.has(e.key)) dups.push(e);
    seen.add(e.key);
  }
  return dups;
}

export function isLMap(n: LNode | undefined): n is LMap {
  return n?.kind === 'map';
}
export function isLSeq(n: LNode | undefined): n is LSeq {
  return n?.kind === 'seq';
}
export function isLScalar(n: LNode | undefined): n is LScalar {
  return n?.kind === 'scalar';
}

/** Limits that keep hostile input (alias bombs, absurd nesting) bounded in time and memory. */
export interface TreeLimits {
  /** Nodes in the built tree, alias expansions included. */
  maxNodes: number;
  maxDepth: number;
  /**
   * Nodes built by expanding YAML aliases. Templates that use anchors at all use a few; a lower
   * bound than `maxNodes` stops an alias bomb in well under a second instead of several.
   */
  maxAliasNodes?: number;
}

export const defaultLimits: TreeLimits = { maxNodes: 1_000_000, maxDepth: 500, maxAliasNodes: 100_000 };

/** Maps offsets to 1-based line/column; built once per file. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

class Budget {
  private nodes = 0;
  private aliasNodes = 0;
  constructor(private readonly limits: TreeLimits) {}
  node(depth: number, line: number, viaAlias = false): void {
    if (++this.nodes > this.limits.maxNodes)
      throw new ParseError(`document expands to more than ${this.limits.maxNodes} nodes (alias bomb?)`, line);
    const maxAlias = this.limits.maxAliasNodes ?? this.limits.maxNodes;
    if (viaAlias && ++this.aliasNodes > maxAlias)
      throw new ParseError(`aliases expand to more than ${maxAlias} nodes (alias bomb?)`, line);
    if (depth > this.limits.maxDepth)
      throw new ParseError(`nesting deeper than ${this.limits.maxDepth} levels`, line);
  }
}

/**
 * Parses JSON into an LNode tree. Strict JSON (no comments, no trailing commas): the first syntax
 * error becomes a ParseError with its line.
 */
export function parseJsonLocated(text: string, file: string, limits: TreeLimits = defaultLimits): LNode {
  const errors: JsonParseError[] = [];
  let root: JsonNode | undefined;
  const lines = new LineIndex(text);
  try {
    root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  } catch (e) {
    if (e instanceof RangeError) throw new ParseError('nesting too deep to parse');
    throw e;
  }
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const pos = lines.position(first?.offset ?? 0);
    throw new ParseError(
      first ? `invalid JSON: ${printParseErrorCode(first.error)}` : 'empty document',
      pos.line,
      pos.column,
    );
  }
  const budget = new Budget(limits);
  const loc = (offset: number): SourceLocation => ({ file, ...lines.position(offset) });
  // Iterative conversion would be longer; depth is bounded by the budget before the stack is at risk.
  const convert = (n: JsonNode, depth: number): LNode => {
    const here = loc(n.offset);
    budget.node(depth, here.line);
    switch (n.type) {
      case 'object':
        return {
          kind: 'map',
          loc: here,
          entries: (n.children ?? []).map((pair) => {
            const [k, v] = pair.children as [JsonNode, JsonNode | undefined];
            return {
              key: String(k.value),
              keyLoc: loc(k.offset),
              value: v ? convert(v, depth + 1) : { kind: 'scalar', value: null, loc: loc(k.offset) },
            };
          }),
        };
      case 'array':
        return { kind: 'seq', loc: here, items: (n.children ?? []).map((c) => convert(c, depth + 1)) };
      default:
        return { kind: 'scalar', loc: here, value: n.value as LScalar['value'] };
    }
  };
  return convert(root, 0);
}

/**
 * Parses every YAML document of a file into LNode trees. Local tags (`!Ref`, `!Sub`, …) are kept on
 * the nodes, anchors and aliases are expanded (counted against the budget), merge keys (`<<`) are
 * applied. Syntax errors become a ParseError with the line of the first one.
 */
export function parseYamlLocated(text: string, file: string, limits: TreeLimits = defaultLimits): LNode[] {
  return readYamlEvents(text, file, limits) ?? parseYamlDocument(text, file, limits);
}

/** The reader of record: the `yaml` package, for everything the event reader declines. */
export function parseYamlDocument(text: string, file: string, limits: TreeLimits = defaultLimits): LNode[] {
  const lineCounter = new LineCounter();
  let docs: Document[];
  try {
    const parsed = parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: false,
      merge: false,
      prettyErrors: false,
    });
    docs = Array.isArray(parsed) ? parsed : [parsed as unknown as Document];
  } catch (e) {
    if (e instanceof RangeError) throw new ParseError('nesting too deep to parse');
    throw e;
  }
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) {
      const pos = lineCounter.linePos(err.pos[0]);
      // The yaml package catches its own stack overflow on absurd nesting and reports it as an error.
      const text = /call stack/i.test(err.message) ? 'nesting too deep to parse' : err.message.split('\n')[0];
      throw new ParseError(`invalid YAML: ${text}`, pos.line, pos.col);
    }
  }
  const budget = new Budget(limits);
  const loc = (offset: number | undefined): SourceLocation => {
    const p = lineCounter.linePos(offset ?? 0);
    return { file, line: p.line, column: p.col };
  };
  const tagOf = (n: YamlNode): string | undefined =>
    n.tag && n.tag.startsWith('!') && !n.tag.startsWith('!!') ? n.tag : undefined;

  // `Alias.resolve` walks the whole document on every call: quadratic on alias-heavy input. One
  // walk per document finds each alias's anchor (the last one written before it, as YAML says).
  const targets = new Map<Alias, YamlNode>();
  for (const doc of docs) {
    const anchors = new Map<string, YamlNode>();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) {
          const target = anchors.get(node.source);
          if (target) targets.set(node, target);
        } else if (node.anchor) anchors.set(node.anchor, node);
      },
    });
  }

  const convert = (
    doc: Document,
    n: unknown,
    depth: number,
    fallback: SourceLocation,
    viaAlias = false,
  ): LNode => {
    if (n === null || n === undefined) return { kind: 'scalar', value: null, loc: fallback };
    if (isAlias(n)) {
      const target = targets.get(n);
      if (!target) throw new ParseError(`unknown alias *${n.source}`, loc(n.range?.[0]).line);
      return convert(doc, target, depth + 1, loc(n.range?.[0]), true);
    }
    const node = n as YamlNode;
    const here = loc(node.range?.[0]);
    budget.node(depth, here.line, viaAlias);
    const tag = tagOf(node);
    const withTag = <T extends LNode>(x: T): T => (tag ? { ...x, tag } : x);
    if (isMap(node)) {
      const entries: (LEntry & { merged?: true })[] = [];
      const mergedKeys = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const keyLoc = loc(keyNode?.range?.[0] ?? node.range?.[0]);
        const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
        if (key === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN') {
          // Merge key: entries of the merged map(s) that this map does not set itself; with a
          // list of maps, an earlier map's key wins over a later one's (YAML merge spec).
          const merged = convert(doc, pair.value, depth + 1, keyLoc, viaAlias);
          const sources = merged.kind === 'seq' ? merged.items : [merged];
          for (const s of sources)
            if (s.kind === 'map')
              for (const e of s.entries)
                if (!mergedKeys.has(e.key)) {
                  mergedKeys.add(e.key);
                  entries.push({ ...e, merged: true });
                }
          continue;
        }
        entries.push({ key, keyLoc, value: convert(doc, pair.value, depth + 1, keyLoc, viaAlias) });
      }
      // Explicit keys win over merged ones whatever their order.
      const explicit = new Set(entries.filter((e) => !e.merged).map((e) => e.key));
      const kept = entries
        .filter((e) => !e.merged || !explicit.has(e.key))
        .map(({ key, keyLoc, value }) => ({ key, keyLoc, value }));
      return withTag({ kind: 'map', loc: here, entries: kept });
    }
    if (isSeq(node)) {
      return withTag({
        kind: 'seq',
        loc: here,
        items: node.items.map((item) => convert(doc, item, depth + 1, here, viaAlias)),
      });
    }
    if (isScalar(node)) {
      const v = node.value;
      const value =
        v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? v
          : String(v);
      return withTag({ kind: 'scalar', loc: here, value });
    }
    return { kind: 'scalar', value: null, loc: here };
  };
  try {
    return docs.map((doc) => convert(doc, doc.contents, 0, { file, line: 1, column: 1 }));
  } catch (e) {
    if (e instanceof RangeError) throw new ParseError('nesting too deep to parse');
    throw e;
  }
}
