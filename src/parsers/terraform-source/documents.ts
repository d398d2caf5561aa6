import type { SourceLocation } from '../../model/location.js';
import { unresolved } from '../../model/value.js';
import type { LEntry, LNode } from '../located.js';
import { get } from '../located.js';
import { nodeFromValue, policyFromNode } from '../policy-document.js';
import type { Reader } from '../terraform/documents.js';
import { statementsNode } from '../terraform/documents.js';
import type { DocumentResult, Path } from '../terraform/records.js';
import { planned, unknownReason } from '../terraform/values.js';
import type { TfRef, TfSymbolicString, TfUnknown, TfValue } from './hcl/index.js';
import { decodeJson, evaluate, isMap, isRef, isSymbolicString, isUnknown, locationOf } from './hcl/index.js';
import type { SourceInstance } from './records.js';
import { knownRefText } from './records.js';

/**
 * Policy documents read from `.tf` source with their lines: `jsonencode({…})` objects, heredoc
 * and `file()` JSON, and `data "aws_iam_policy_document"` rendered with the provider's semantics
 * (statements, dynamic statements, source and override documents merged by `sid`).
 */
export class SourceDocuments {
  private readonly rendered = new Map<SourceInstance, LNode>();
  private readonly rendering = new Set<SourceInstance>();

  constructor(private readonly lookup: (address: string) => SourceInstance | undefined) {}

  /** The document an attribute holds, when source can say more than its JSON string. */
  documentAt(record: SourceInstance, path: Path): DocumentResult | undefined {
    const key = path.join('.');
    const raw = record.raw.get(key);
    if (!raw) return undefined;
    const loc = record.locations.get(key) ?? record.location;
    const { expr } = raw;
    const value = soleRef(raw.value);
    if (expr?.kind === 'call' && expr.name === 'jsonencode' && expr.args.length === 1 && !expr.expandFinal) {
      // The object itself, before encoding: each statement keeps the line it is written on.
      const object = evaluate(expr.args[0]!, record.owner.scope(raw.context));
      return { kind: 'document', document: policyFromNode(this.node(record, object, loc)) };
    }
    if (typeof value === 'string' || value === null) return undefined;
    if (isRef(value)) {
      const target = this.lookup(value.ref);
      if (target?.type === 'aws_iam_policy_document' && target.mode === 'data')
        return this.dataDocument(target);
      return undefined;
    }
    if (isSymbolicString(value)) {
      const decoded = decodeSymbolic(value, loc);
      if (isUnknown(decoded))
        return {
          kind: 'unresolved',
          unresolved: unresolved(`${record.address}.${key}: ${decoded.reason}`, loc),
        };
      return { kind: 'document', document: policyFromNode(this.node(record, decoded, loc)) };
    }
    if (isUnknown(value))
      return { kind: 'unresolved', unresolved: unresolved(`${record.address}.${key}: ${value.reason}`, loc) };
    return undefined;
  }

  dataDocument(record: SourceInstance): DocumentResult {
    return { kind: 'document', document: policyFromNode(this.dataNode(record)) };
  }

  /** `data "aws_iam_policy_document"` as the IAM JSON it renders, statements located. */
  private dataNode(record: SourceInstance): LNode {
    const done = this.rendered.get(record);
    if (done) return done;
    if (this.rendering.has(record))
      return { kind: 'unresolved', reason: `${record.address} includes itself`, loc: record.location };
    this.rendering.add(record);
    const read: Reader = (path) => {
      const p = planned(record, path);
      return p.known ? p : { known: false, reason: unknownReason(record, path) ?? '' };
    };
    const statementLoc = (i: number): SourceLocation =>
      record.locations.get(`statement.${i}`) ?? record.location;
    const own = statementsNode(
      read,
      record.location,
      record.address,
      statementLoc,
      'is not known without a plan',
    );
    let statements: LNode[] = [];
    let open: string | undefined;
    const mergeIn = (key: string): void => {
      const raw = record.raw.get(key);
      if (!raw || raw.value === null || raw.value === '') return;
      // A list that is itself unknown is one unresolved element: what it adds or overrides is open.
      const values = key.endsWith('_documents') && Array.isArray(raw.value) ? raw.value : [raw.value];
      for (const v of values) {
        const node = this.sourceNode(record, v, record.locations.get(key) ?? record.location);
        if (node.kind === 'unresolved') {
          open ??= `${record.address} ${key}: ${node.reason}`;
          continue;
        }
        statements = mergeBySid(statements, statementItems(node));
      }
    };
    mergeIn('source_json');
    mergeIn('source_policy_documents');
    statements = mergeBySid(statements, statementItems(own));
    mergeIn('override_policy_documents');
    mergeIn('override_json');
    const loc = record.location;
    const entries: LEntry[] = [];
    const version = record.raw.get('version')?.value;
    entries.push({
      key: 'Version',
      keyLoc: loc,
      value: { kind: 'scalar', value: typeof version === 'string' ? version : '2012-10-17', loc },
    });
    const list: LNode = open
      ? { kind: 'unresolved', reason: open, loc }
      : { kind: 'seq', items: statements, loc };
    entries.push({ key: 'Statement', keyLoc: loc, value: list });
    const node: LNode = { kind: 'map', entries, loc };
    this.rendering.delete(record);
    this.rendered.set(record, node);
    return node;
  }

  /** One element of source/override documents: another data document, JSON text, or unknown. */
  private sourceNode(record: SourceInstance, given: TfValue, loc: SourceLocation): LNode {
    const value = soleRef(given);
    if (isRef(value)) {
      const target = this.lookup(value.ref);
      if (target?.type === 'aws_iam_policy_document' && target.mode === 'data') return this.dataNode(target);
      return {
        kind: 'unresolved',
        reason: `${value.ref}.${value.attribute} is not known without a plan`,
        loc,
      };
    }
    if (typeof value === 'string') {
      try {
        return nodeFromValue(JSON.parse(value), loc);
      } catch {
        return { kind: 'unresolved', reason: 'a document that is not JSON', loc };
      }
    }
    if (isSymbolicString(value)) return this.node(record, decodeSymbolic(value, loc), loc);
    if (isUnknown(value)) return { kind: 'unresolved', reason: value.reason, loc };
    return { kind: 'unresolved', reason: 'a document that is not a JSON string', loc };
  }

  /** An evaluated value as a located tree: refs of this configuration's roles become their ARNs. */
  private node(record: SourceInstance, value: TfValue, fallback: SourceLocation, depth = 0): LNode {
    const loc = locationOf(value) ?? fallback;
    if (depth > 64) return { kind: 'unresolved', reason: 'nesting too deep', loc };
    if (value === null || typeof value !== 'object') return { kind: 'scalar', value, loc };
    if (Array.isArray(value))
      return { kind: 'seq', items: value.map((v) => this.node(record, v, loc, depth + 1)), loc };
    if (isMap(value))
      return {
        kind: 'map',
        entries: [...value].map(([key, v]) => ({
          key,
          keyLoc: loc,
          value: this.node(record, v, loc, depth + 1),
        })),
        loc,
      };
    if (isRef(value)) {
      const text = knownRefText(record, value);
      if (text !== undefined) return { kind: 'scalar', value: text, loc };
      return { kind: 'unresolved', reason: `${value.ref}.${value.attribute} is known only after apply`, loc };
    }
    if (isUnknown(value)) return { kind: 'unresolved', reason: value.reason, loc };
    const parts = value.parts.map((p) =>
      typeof p === 'string' ? p : isRef(p) ? (knownRefText(record, p) ?? p) : p,
    );
    if (parts.every((p) => typeof p === 'string')) return { kind: 'scalar', value: parts.join(''), loc };
    const reasons = parts
      .filter((p) => typeof p !== 'string')
      .map((p) => (isRef(p) ? `${p.ref}.${p.attribute} is known only after apply` : p.reason));
    return { kind: 'unresolved', reason: reasons.join('; '), loc };
  }
}

/** `join("", data.x[*].json)` is a string made of one reference: that reference. */
function soleRef(value: TfValue): TfValue {
  if (isSymbolicString(value) && value.parts.length === 1 && isRef(value.parts[0])) return value.parts[0];
  return value;
}

/**
 * JSON with references or unknowns inside, read back element by element; when an unknown stands
 * where JSON syntax goes (a `%{ if }` whose condition is not known), the whole text is unknown.
 */
function decodeSymbolic(value: TfSymbolicString, loc: SourceLocation): TfValue {
  try {
    return decodeJson(value, loc);
  } catch {
    const reasons = value.parts
      .filter((p): p is TfUnknown | TfRef => typeof p !== 'string')
      .map((p) => (isRef(p) ? `${p.ref}.${p.attribute} is known only after apply` : p.reason));
    return { unresolved: true, reason: `the document depends on ${reasons.join('; ')}`, location: loc };
  }
}

function statementItems(document: LNode): LNode[] {
  if (document.kind !== 'map') return [];
  const list = get(document, 'Statement');
  if (!list) return [];
  return list.kind === 'seq' ? list.items : [list];
}

/** The provider's merge: a statement with the `sid` of an earlier one replaces it, others are added. */
function mergeBySid(base: LNode[], extra: LNode[]): LNode[] {
  const out = [...base];
  for (const statement of extra) {
    const sid = statement.kind === 'map' ? get(statement, 'Sid') : undefined;
    const id =
      sid?.kind === 'scalar' && typeof sid.value === 'string' && sid.value !== '' ? sid.value : undefined;
    const at = id === undefined ? -1 : out.findIndex((s) => s.kind === 'map' && sidOf(s) === id);
    if (at >= 0) out[at] = statement;
    else out.push(statement);
  }
  return out;
}

function sidOf(statement: LNode): string | undefined {
  const sid = statement.kind === 'map' ? get(statement, 'Sid') : undefined;
  return sid?.kind === 'scalar' && typeof sid.value === 'string' ? sid.value : undefined;
}
