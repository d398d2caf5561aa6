import { recordOrigin } from '../../model/document-origin.js';
import type { SourceLocation } from '../../model/location.js';
import type { PolicyDocument } from '../../model/policy.js';
import type { InputRole } from '../../model/value.js';
import { unresolved } from '../../model/value.js';
import type { LEntry, LNode } from '../located.js';
import { policyFromValue } from '../policy-document.js';
import type { DocumentResult, Instance, Path, TerraformInput } from './records.js';
import type { Planned } from './values.js';
import { planned, unknownReason } from './values.js';

export type { DocumentResult };

export interface DocumentContext {
  input: TerraformInput;
  /** Policy JSON text → its parsed value: worker fleets repeat the same documents many times. */
  parsed: Map<string, unknown>;
  /** Policy JSON text → its document, built once and moved to each attachment's location. */
  documents: Map<string, { document: PolicyDocument; location: SourceLocation }>;
}

/** A policy document string through the shared reader, building each distinct text once. */
export function fromJsonText(
  context: DocumentContext,
  text: string,
  location: SourceLocation,
): PolicyDocument {
  const known = context.documents.get(text);
  if (known) {
    const copy = relocated(known.document, known.location, location);
    // The evaluator judges the origin once for every copy (src/checks/permissions.ts).
    recordOrigin(copy, known.document, location);
    return copy;
  }
  const document = readJsonText(context, text, location);
  if (relocatable(document)) {
    context.documents.set(text, { document, location });
    recordOrigin(document, document, location);
  }
  return document;
}

/**
 * A document read from a plain value has every location at the one given (the same object):
 * the same document elsewhere is a copy with that object replaced. Lists of plain strings (the
 * Action lists) stay shared, so the evaluator's per-list compile cache serves every copy.
 */
function relocated<T>(value: T, from: SourceLocation, to: SourceLocation): T {
  if ((value as unknown) === from) return to as T;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return value;
    return value.map((v: unknown) => relocated(v, from, to)) as T;
  }
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) copy[key] = relocated(v, from, to);
    return copy as T;
  }
  return value;
}

/** Problems and unresolved parts name lines in their text: such (rare) documents are built anew. */
function relocatable(document: PolicyDocument): boolean {
  return (
    document.problems === undefined &&
    document.unresolved === undefined &&
    document.statements.every(
      (st) =>
        st.problems === undefined &&
        st.conditionUnresolved === undefined &&
        [st.action, st.notAction, st.resource, st.notResource].every((list) =>
          (list ?? []).every((v) => typeof v === 'string'),
        ),
    )
  );
}

function readJsonText(context: DocumentContext, text: string, location: SourceLocation): PolicyDocument {
  let value = context.parsed.get(text);
  if (value === undefined && text.trimStart().startsWith('{')) {
    try {
      value = JSON.parse(text) as unknown;
      context.parsed.set(text, value);
    } catch {
      // Not JSON: the shared reader says so on the document.
    }
  }
  return policyFromValue(value ?? text, location);
}

const documentSources = new Set([
  'data.aws_iam_policy_document',
  'managed.aws_iam_policy',
  'data.aws_iam_policy',
]);

/**
 * The policy document in `instance.values[path]`: the reader's own when it builds one, parsed when
 * known, else followed through references to the `aws_iam_policy_document` (or `aws_iam_policy`)
 * it comes from.
 */
export function documentAt(
  context: DocumentContext,
  instance: Instance,
  path: Path,
  depth = 0,
): DocumentResult {
  const { input } = context;
  const own = input.documentAt?.(instance, path);
  if (own) return own;
  const location = input.locateAttribute?.(instance, path) ?? input.locate(instance);
  const value = planned(instance, path);
  if (value.known) {
    if (typeof value.value !== 'string' || value.value.trim() === '') return { kind: 'absent' };
    return { kind: 'document', document: fromJsonText(context, value.value, location) };
  }
  const attribute = `${instance.address}.${path.join('.')}`;
  const resolution = input.resolveAttribute(instance, path);
  const sources = resolution.instances.filter((i) => documentSources.has(`${i.mode}.${i.type}`));
  const others = resolution.instances.filter((i) => !sources.includes(i));
  if (sources.length === 1 && others.length === 0 && resolution.deadEnds.length === 0 && depth < 8) {
    const source = sources[0] as Instance;
    if (source.type !== 'aws_iam_policy_document') return documentAt(context, source, ['policy'], depth + 1);
    if (input.dataDocument) return input.dataDocument(source);
  }
  const via = [...resolution.instances.map((i) => i.address), ...resolution.deadEnds];
  const why = unknownReason(instance, path) ?? laterPhrase(input);
  const reason =
    via.length > 0 ? `${attribute} ${why} (it depends on ${via.join(', ')})` : `${attribute} ${why}`;
  return { kind: 'unresolved', unresolved: unresolved(reason, location) };
}

/** How each reader says "not known": a plan leaves it to apply, source without a plan cannot tell. */
export function laterPhrase(input: TerraformInput): string {
  return input.source === 'terraform-plan' ? 'is known only after apply' : 'is not known without a plan';
}

export type Read = Planned | { known: false; reason: string };
export type Reader = (path: Path) => Read;

/**
 * The statement blocks of an `aws_iam_policy_document` as the IAM JSON they stand for, with what is
 * known only after apply as unresolved nodes: the shared reader then makes the model of it.
 */
export function statementsNode(
  read: Reader,
  loc: SourceLocation,
  owner: string,
  /** Where a statement (by index) is written, when the reader knows. */
  statementLoc: (i: number) => SourceLocation = () => loc,
  later = 'is known only after apply',
  /** The role of the same configuration whose ARN an open value is (issue 12), when the reader knows. */
  roleAt?: (path: Path) => InputRole | undefined,
): LNode {
  // Every node of a statement points at the statement's block.
  let here = loc;
  const open = (path: Path, r: Read): LNode => {
    const role = roleAt?.(path);
    return {
      kind: 'unresolved',
      reason: `${owner} ${path.join('.')} ${later}${'reason' in r && r.reason ? ` (${r.reason})` : ''}`,
      loc: here,
      ...(role ? { role } : {}),
    };
  };
  const scalar = (value: string): LNode => ({ kind: 'scalar', value, loc: here });
  const entry = (key: string, value: LNode): LEntry => ({ key, keyLoc: here, value });
  const count = (path: Path): number => {
    const r = read(path);
    return r.known && Array.isArray(r.value) ? r.value.length : 0;
  };
  const strings = (path: Path): LNode | undefined => {
    const r = read(path);
    if (!r.known) return open(path, r);
    if (typeof r.value === 'string') return scalar(r.value);
    if (!Array.isArray(r.value) || r.value.length === 0) return undefined;
    const items = r.value.map((item, i): LNode => {
      if (typeof item === 'string') return scalar(item);
      const e = read([...path, i]);
      return e.known && typeof e.value === 'string' ? scalar(e.value) : open([...path, i], e);
    });
    return { kind: 'seq', items, loc: here };
  };
  const principals = (path: Path): LNode | undefined => {
    const whole = read(path);
    if (!whole.known) return open(path, whole);
    const n = count(path);
    if (n === 0) return undefined;
    const entries: LEntry[] = [];
    for (let k = 0; k < n; k++) {
      const type = read([...path, k, 'type']);
      const identifiers = strings([...path, k, 'identifiers']);
      if (type.known && type.value === '*') return scalar('*');
      // The type decides what the identifiers mean: an unknown type is an unknown principal.
      if (!type.known || typeof type.value !== 'string')
        entries.push(entry('AWS', open([...path, k, 'type'], type)));
      else if (identifiers) addMerged(entries, type.value, identifiers);
    }
    return { kind: 'map', entries, loc: here };
  };
  const conditions = (path: Path): LNode | undefined => {
    const whole = read(path);
    if (!whole.known) return open(path, whole);
    const n = count(path);
    if (n === 0) return undefined;
    const entries: LEntry[] = [];
    for (let k = 0; k < n; k++) {
      const test = read([...path, k, 'test']);
      const variable = read([...path, k, 'variable']);
      const values = strings([...path, k, 'values']) ?? { kind: 'seq', items: [], loc: here };
      if (!test.known || typeof test.value !== 'string')
        entries.push(entry('?', open([...path, k, 'test'], test)));
      else if (!variable.known || typeof variable.value !== 'string')
        entries.push(entry(test.value, open([...path, k, 'variable'], variable)));
      else {
        // Blocks with the same test become one operator with several keys, as the provider writes it.
        const same = entries.find((e) => e.key === test.value && e.value.kind === 'map');
        if (same && same.value.kind === 'map') addMerged(same.value.entries, variable.value, values);
        else
          entries.push(
            entry(test.value, { kind: 'map', entries: [entry(variable.value, values)], loc: here }),
          );
      }
    }
    return { kind: 'map', entries, loc: here };
  };
  const fields = [
    ['actions', 'Action', strings],
    ['not_actions', 'NotAction', strings],
    ['resources', 'Resource', strings],
    ['not_resources', 'NotResource', strings],
    ['principals', 'Principal', principals],
    ['not_principals', 'NotPrincipal', principals],
    ['condition', 'Condition', conditions],
  ] as const;
  const statements: LNode[] = [];
  for (let i = 0; i < count(['statement']); i++) {
    const base = ['statement', i] as const;
    here = statementLoc(i);
    const entries: LEntry[] = [];
    const sid = read([...base, 'sid']);
    if (sid.known && typeof sid.value === 'string' && sid.value !== '')
      entries.push(entry('Sid', scalar(sid.value)));
    const effect = read([...base, 'effect']);
    // The provider's default effect is Allow.
    if (!effect.known) entries.push(entry('Effect', open([...base, 'effect'], effect)));
    else entries.push(entry('Effect', scalar(typeof effect.value === 'string' ? effect.value : 'Allow')));
    for (const [key, jsonKey, convert] of fields) {
      const node = convert([...base, key]);
      if (node) entries.push(entry(jsonKey, node));
    }
    statements.push({ kind: 'map', entries, loc: here });
  }
  here = loc;
  return { kind: 'map', entries: [entry('Statement', { kind: 'seq', items: statements, loc })], loc };
}

/** Identifiers of several blocks of one principal type (or values of one condition key) add up. */
function addMerged(entries: LEntry[], key: string, value: LNode): void {
  const same = entries.find((e) => e.key === key);
  if (!same) {
    entries.push({ key, keyLoc: value.loc, value });
    return;
  }
  const items = (n: LNode): LNode[] => (n.kind === 'seq' ? n.items : [n]);
  same.value = { kind: 'seq', items: [...items(same.value), ...items(value)], loc: same.value.loc };
}
