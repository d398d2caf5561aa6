import type { SourceLocation } from '../../model/location.js';
import type { PolicyDocument } from '../../model/policy.js';
import type { InputRole, Unresolved } from '../../model/value.js';
import { unresolved } from '../../model/value.js';
import type { LEntry, LNode } from '../located.js';
import { policyFromNode, policyFromValue } from '../policy-document.js';
import type { Instance, Json, PlanIndex } from './plan.js';
import { asObject, resourceConfig } from './plan.js';
import { inputRoleAt } from './input-role.js';
import { resolveAttribute } from './references.js';
import type { Path, Planned } from './values.js';
import { planned } from './values.js';

/** A policy document attribute read from the plan: a document, nothing, or what keeps it open. */
export type DocumentResult =
  | { kind: 'document'; document: PolicyDocument }
  | { kind: 'absent' }
  | { kind: 'unresolved'; unresolved: Unresolved };

export interface DocumentContext {
  index: PlanIndex;
  locate(instance: Instance): SourceLocation;
  /** Policy JSON text → its parsed value: worker fleets repeat the same documents many times. */
  parsed: Map<string, unknown>;
}

/** A policy document string through the shared reader, parsing each distinct text once. */
function fromJsonText(context: DocumentContext, text: string, location: SourceLocation): PolicyDocument {
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
 * The policy document in `instance.values[path]`: parsed when known, else followed through the
 * configuration references to the `aws_iam_policy_document` (or `aws_iam_policy`) it comes from.
 */
export function documentAt(
  context: DocumentContext,
  instance: Instance,
  path: Path,
  depth = 0,
): DocumentResult {
  const location = context.locate(instance);
  const value = planned(instance, path);
  if (value.known) {
    if (typeof value.value !== 'string' || value.value.trim() === '') return { kind: 'absent' };
    return { kind: 'document', document: fromJsonText(context, value.value, location) };
  }
  const attribute = `${instance.address}.${path.join('.')}`;
  const resolution = resolveAttribute(context.index, instance, path);
  const sources = resolution.instances.filter((i) => documentSources.has(`${i.mode}.${i.type}`));
  const others = resolution.instances.filter((i) => !sources.includes(i));
  if (sources.length === 1 && others.length === 0 && resolution.deadEnds.length === 0 && depth < 8) {
    const source = sources[0] as Instance;
    return source.type === 'aws_iam_policy_document'
      ? dataDocument(context, source)
      : documentAt(context, source, ['policy'], depth + 1);
  }
  const via = [...resolution.instances.map((i) => i.address), ...resolution.deadEnds];
  const reason =
    via.length > 0
      ? `${attribute} is known only after apply (it depends on ${via.join(', ')})`
      : `${attribute} is known only after apply`;
  return { kind: 'unresolved', unresolved: unresolved(reason, location) };
}

/** `data.aws_iam_policy_document`: its `json` when known, else its statement blocks. */
function dataDocument(context: DocumentContext, data: Instance): DocumentResult {
  const location = context.locate(data);
  const json = planned(data, ['json']);
  if (json.known && typeof json.value === 'string' && json.value !== '')
    return { kind: 'document', document: fromJsonText(context, json.value, location) };
  const merged = [
    'source_json',
    'override_json',
    'source_policy_documents',
    'override_policy_documents',
  ].filter((key) => {
    const v = planned(data, [key]);
    return (
      !v.known || (v.value !== null && v.value !== '' && !(Array.isArray(v.value) && v.value.length === 0))
    );
  });
  // Planned statement values (resolved variables, expanded dynamic blocks) beat configuration constants.
  const fromValues: Reader = (path) => planned(data, path);
  const expressions = asObject(resourceConfig(context.index, data)?.['expressions']);
  const fromConfig: Reader = (path) => configValue(expressions, path);
  const reader = planned(data, ['statement']).known && 'statement' in data.values ? fromValues : fromConfig;
  const statements = reader(['statement']);
  if (!statements.known || (expressions === undefined && reader === fromConfig))
    return {
      kind: 'unresolved',
      unresolved: unresolved(`${data.address} is known only after apply`, location),
    };
  const roleAt = (path: Path) => inputRoleAt(context.index, data, expressions, path);
  const document = policyFromNode(statementsNode(reader, location, data.address, roleAt));
  if (merged.length > 0)
    document.unresolved = unresolved(
      `${data.address} merges ${merged.join(', ')}, known only after apply`,
      location,
    );
  return { kind: 'document', document };
}

type Read = Planned | { known: false; reason: string };
type Reader = (path: Path) => Read;

/** A configuration expression as a value: constants are known, references are not. */
function configValue(expressions: Json | undefined, path: Path): Read {
  let node: unknown = expressions;
  for (const step of path) {
    if (node === undefined || node === null) return { known: true, value: null };
    node = Array.isArray(node) ? node[step as number] : asObject(node)?.[step];
  }
  if (node === undefined || node === null) return { known: true, value: null };
  if (Array.isArray(node)) return { known: true, value: node };
  const expression = asObject(node);
  if (expression && 'constant_value' in expression)
    return { known: true, value: expression['constant_value'] };
  const refs = Array.isArray(expression?.['references']) ? (expression['references'] as string[]) : [];
  return { known: false, reason: refs.length > 0 ? `depends on ${refs.join(', ')}` : 'not constant' };
}

/**
 * The statement blocks of an `aws_iam_policy_document` as the IAM JSON they stand for, with what is
 * known only after apply as unresolved nodes: the shared reader then makes the model of it.
 */
function statementsNode(
  read: Reader,
  loc: SourceLocation,
  owner: string,
  roleAt?: (path: Path) => InputRole | undefined,
): LNode {
  const open = (path: Path, r: Read): LNode => {
    const role = roleAt?.(path);
    return {
      kind: 'unresolved',
      reason: `${owner} ${path.join('.')} is known only after apply${'reason' in r ? ` (${r.reason})` : ''}`,
      loc,
      ...(role ? { role } : {}),
    };
  };
  const scalar = (value: string): LNode => ({ kind: 'scalar', value, loc });
  const entry = (key: string, value: LNode): LEntry => ({ key, keyLoc: loc, value });
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
    return { kind: 'seq', items, loc };
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
      else if (identifiers) entries.push(entry(type.value, identifiers));
    }
    return { kind: 'map', entries, loc };
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
      const values = strings([...path, k, 'values']) ?? { kind: 'seq', items: [], loc };
      if (!test.known || typeof test.value !== 'string')
        entries.push(entry('?', open([...path, k, 'test'], test)));
      else if (!variable.known || typeof variable.value !== 'string')
        entries.push(entry(test.value, open([...path, k, 'variable'], variable)));
      else entries.push(entry(test.value, { kind: 'map', entries: [entry(variable.value, values)], loc }));
    }
    return { kind: 'map', entries, loc };
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
    statements.push({ kind: 'map', entries, loc });
  }
  return { kind: 'map', entries: [entry('Statement', { kind: 'seq', items: statements, loc })], loc };
}
