import type { SourceLocation } from '../../model/location.js';
import type { Instance, Json } from '../terraform/records.js';
import type { Context, Expanded, ModuleInstance } from './configuration.js';
import type { Expr, HclBlock, HclBody, TfRef, TfValue } from './hcl/index.js';
import { isMap, isRef, isSymbolicString, isUnknown } from './hcl/index.js';
import type { ResourceDecl } from './module.js';
import { attribute } from './module.js';

/**
 * A resource instance read from `.tf` source, as the shared linker takes it: the plan's record
 * shape (values, with unknown marks saying why) plus what only source knows: where each attribute
 * and block is written, the references an unknown value came from, the evaluated values themselves.
 */
/** Where an instance comes from: enough to evaluate its attributes before its record is read. */
export interface Slot {
  type: string;
  decl: ResourceDecl;
  owner: ModuleInstance;
  item: Expanded;
  location: SourceLocation;
}

export interface SourceInstance extends Instance, Slot {
  /** The `.tf` file declaring it. */
  file: string;
  location: SourceLocation;
  /** Path (`inline_policy.0.policy`) → where it is written. */
  locations: Map<string, SourceLocation>;
  /** Path → the evaluated value, and the expression it came from. */
  raw: Map<string, { value: TfValue; expr?: Expr; context: Context }>;
  /** References (computed attributes of other resources) inside values, with their paths. */
  refs: { path: string; ref: TfRef }[];
  /** Why values are unknown, with their paths (variables without a value, data sources, …). */
  unknowns: { path: string; reason: string }[];
  /** Set when the instance may not exist: its count/for_each (or its module's) is not known. */
  uncertain?: string;
}

/** Blocks that are Terraform's, not the resource's. */
const metaBlocks = new Set(['lifecycle', 'provisioner', 'connection', 'timeouts']);
const metaAttributes = new Set(['count', 'for_each', 'provider', 'depends_on']);

export function sourceInstance(
  owner: ModuleInstance,
  decl: ResourceDecl,
  item: Expanded,
  uncertain?: string,
): SourceInstance {
  const address = owner.instanceAddress(decl, item);
  const record: SourceInstance = {
    address,
    mode: decl.mode,
    type: decl.type,
    name: decl.name,
    module: owner.address,
    values: {},
    decl,
    owner,
    item,
    file: decl.block.location.file,
    location: decl.block.location,
    locations: new Map(),
    raw: new Map(),
    refs: [],
    unknowns: [],
  };
  if (item.key !== undefined) record.index = item.key;
  if (uncertain) record.uncertain = uncertain;
  const marks = readBody(record, decl.block.body, item.context, [], record.values);
  if (marks !== undefined) record.unknown = marks;
  return record;
}

/** Reads a body into `into`; returns its unknown marks (undefined: everything known). */
function readBody(
  record: SourceInstance,
  body: HclBody,
  context: Context,
  path: (string | number)[],
  into: Json,
): Json | undefined {
  let marks: Json | undefined;
  const mark = (key: string, m: unknown): void => {
    if (m === undefined) return;
    marks ??= {};
    marks[key] = m;
  };
  for (const a of body.attributes) {
    if (path.length === 0 && metaAttributes.has(a.name)) continue;
    const here = [...path, a.name];
    const key = here.join('.');
    const value = record.owner.evaluate(a.expr, context);
    record.locations.set(key, a.location);
    record.raw.set(key, { value, expr: a.expr, context });
    const converted = toJson(record, value, key);
    into[a.name] = converted.value;
    mark(a.name, converted.unknown);
  }
  // Nested blocks (and `dynamic` ones) become lists of objects, as in the plan.
  const groups = new Map<string, { blocks: { block: HclBlock; context: Context }[]; unknown?: string }>();
  const group = (type: string) => {
    let g = groups.get(type);
    if (!g) groups.set(type, (g = { blocks: [] }));
    return g;
  };
  for (const block of body.blocks) {
    if (metaBlocks.has(block.type)) continue;
    if (block.type !== 'dynamic') {
      group(block.type).blocks.push({ block, context });
      continue;
    }
    const type = block.labels[0];
    const content = block.body.blocks.find((b) => b.type === 'content');
    if (!type || !content) continue;
    const g = group(type);
    const iteratorExpr = attribute(block, 'iterator')?.expr;
    const iterator =
      iteratorExpr?.kind === 'traversal'
        ? iteratorExpr.root
        : iteratorExpr?.kind === 'literal'
          ? String(iteratorExpr.value)
          : type;
    const forEach = attribute(block, 'for_each');
    const collection = forEach ? record.owner.evaluate(forEach.expr, context) : null;
    const entries: [TfValue, TfValue][] | undefined = isMap(collection)
      ? [...collection]
      : Array.isArray(collection)
        ? collection.map((v, i) => [i, v])
        : undefined;
    if (!entries) {
      g.unknown = `dynamic "${type}" for_each ${isUnknown(collection) ? `is not known without a plan (${collection.reason})` : 'is not a known collection'}`;
      record.unknowns.push({ path: [...path, type].join('.'), reason: g.unknown });
      continue;
    }
    for (const [k, v] of entries) {
      const iterators = new Map(context.iterators ?? []);
      iterators.set(iterator, { key: k, value: v });
      g.blocks.push({ block: content, context: { ...context, iterators } });
    }
  }
  for (const [type, g] of groups) {
    if (g.unknown) {
      into[type] = null;
      mark(type, g.unknown);
      continue;
    }
    const list: Json[] = [];
    const listMarks: unknown[] = [];
    let anyMark = false;
    g.blocks.forEach(({ block, context: c }, i) => {
      const here = [...path, type, i];
      record.locations.set(here.join('.'), block.location);
      const item: Json = {};
      const m = readBody(record, block.body, c, here, item);
      list.push(item);
      listMarks.push(m ?? {});
      if (m) anyMark = true;
    });
    into[type] = list;
    if (anyMark) mark(type, listMarks);
  }
  return marks;
}

/** A value as the plan writes it: JSON, with a mark (the reason) where it is not known. */
function toJson(record: SourceInstance, value: TfValue, path: string): { value: unknown; unknown?: unknown } {
  if (value === null || typeof value !== 'object') return { value };
  if (Array.isArray(value)) {
    const items = value.map((v, i) => toJson(record, v, `${path}.${i}`));
    const marks = items.map((i) => i.unknown);
    return {
      value: items.map((i) => i.value),
      ...(marks.some((m) => m !== undefined) && { unknown: marks.map((m) => m ?? false) }),
    };
  }
  if (isMap(value)) {
    const out: Json = {};
    let marks: Json | undefined;
    for (const [k, v] of value) {
      const c = toJson(record, v, `${path}.${k}`);
      out[k] = c.value;
      if (c.unknown !== undefined) (marks ??= {})[k] = c.unknown;
    }
    return { value: out, ...(marks && { unknown: marks }) };
  }
  if (isRef(value)) {
    const known = knownRefText(record, value);
    if (known !== undefined) {
      record.refs.push({ path, ref: value });
      return { value: known };
    }
    record.refs.push({ path, ref: value });
    return { value: null, unknown: `depends on ${value.ref}.${value.attribute}` };
  }
  if (isUnknown(value)) {
    record.unknowns.push({ path, reason: value.reason });
    return { value: null, unknown: value.reason };
  }
  if (isSymbolicString(value)) {
    const reasons: string[] = [];
    for (const part of value.parts) {
      if (typeof part === 'string') continue;
      if (isRef(part)) {
        record.refs.push({ path, ref: part });
        reasons.push(`${part.ref}.${part.attribute}`);
      } else {
        record.unknowns.push({ path, reason: part.reason });
        reasons.push(part.reason);
      }
    }
    return { value: null, unknown: `depends on ${reasons.join(', ')}` };
  }
  return { value: null, unknown: 'not a value' };
}

/**
 * The ARN of a role or policy of this configuration whose name is known, with the account and
 * partition left symbolic (as CloudFormation's `!GetAtt Role.Arn`): what apply will produce.
 */
export function knownRefText(record: SourceInstance, ref: TfRef): string | undefined {
  if (ref.attribute !== 'arn') return undefined;
  const target = record.owner.env.instance?.(ref.ref);
  if (!target || (target.type !== 'aws_iam_role' && target.type !== 'aws_iam_policy')) return undefined;
  const name = target.owner.attributeOf(target.decl, target.item, 'name', target.location);
  if (typeof name !== 'string' || name === '') return undefined;
  const pathAttr = attribute(target.decl.block, 'path');
  const path = pathAttr ? target.owner.attributeOf(target.decl, target.item, 'path', target.location) : '/';
  if (typeof path !== 'string') return undefined;
  const kind = target.type === 'aws_iam_role' ? 'role' : 'policy';
  return `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:${kind}${path}${name}`;
}
