import type { SourceLocation } from '../../model/location.js';
import type {
  ConditionTest,
  PolicyDocument,
  Principal,
  PrincipalType,
  Statement,
} from '../../model/policy.js';
import type { Str, Unresolved } from '../../model/value.js';
import { unresolved } from '../../model/value.js';
import { policyDocumentFromJsonText } from '../policy-document.js';
import type { Instance, Json, PlanIndex } from './plan.js';
import { asObject, resourceConfig } from './plan.js';
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
    return { kind: 'document', document: policyDocumentFromJsonText(value.value, { location }) };
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
    return { kind: 'document', document: policyDocumentFromJsonText(json.value, { location }) };
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
  const document: PolicyDocument = {
    statements: buildStatements(reader, location, data.address),
    location,
  };
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

function buildStatements(read: Reader, location: SourceLocation, owner: string): Statement[] {
  const open = (path: Path, r: Read): Unresolved =>
    unresolved(
      `${owner} ${path.join('.')} is known only after apply${'reason' in r ? ` (${r.reason})` : ''}`,
      location,
    );
  const strings = (path: Path): Str[] | undefined => {
    const r = read(path);
    if (!r.known) return [open(path, r)];
    if (typeof r.value === 'string') return [r.value];
    if (!Array.isArray(r.value) || r.value.length === 0) return undefined;
    return r.value.map((item, i) => {
      if (typeof item === 'string') return item;
      const e = read([...path, i]);
      return e.known && typeof e.value === 'string' ? e.value : open([...path, i], e);
    });
  };
  const blocks = (path: Path): number => {
    const r = read(path);
    return r.known && Array.isArray(r.value) ? r.value.length : 0;
  };
  const principals = (path: Path): Principal[] | undefined => {
    const whole = read(path);
    if (!whole.known) return [{ type: 'AWS', value: open(path, whole), location }];
    const n = blocks(path);
    if (n === 0) return undefined;
    const out: Principal[] = [];
    for (let k = 0; k < n; k++) {
      const type = read([...path, k, 'type']);
      const identifiers = strings([...path, k, 'identifiers']) ?? [];
      const typeName = type.known && typeof type.value === 'string' ? type.value : undefined;
      for (const value of identifiers) {
        if (typeName === '*') out.push({ type: '*', value: '*', location });
        else if (typeName) out.push({ type: typeName as PrincipalType, value, location });
        // The principal type decides what the identifier means: unknown type, unknown principal.
        else out.push({ type: 'AWS', value: open([...path, k, 'type'], type), location });
      }
    }
    return out;
  };
  const statements: Statement[] = [];
  const count = blocks(['statement']);
  for (let i = 0; i < count; i++) {
    const base = ['statement', i] as const;
    const effect = read([...base, 'effect']);
    const statement: Statement = {
      effect: effect.known
        ? typeof effect.value === 'string'
          ? effect.value
          : 'Allow'
        : open([...base, 'effect'], effect),
      condition: [],
      location,
    };
    const sid = read([...base, 'sid']);
    if (sid.known && typeof sid.value === 'string' && sid.value !== '') statement.sid = sid.value;
    const lists = [
      ['actions', 'action'],
      ['not_actions', 'notAction'],
      ['resources', 'resource'],
      ['not_resources', 'notResource'],
    ] as const;
    for (const [key, field] of lists) {
      const list = strings([...base, key]);
      if (list) statement[field] = list;
    }
    const principal = principals([...base, 'principals']);
    if (principal) statement.principal = principal;
    const notPrincipal = principals([...base, 'not_principals']);
    if (notPrincipal) statement.notPrincipal = notPrincipal;
    const conditionPath = [...base, 'condition'];
    const conditionRead = read(conditionPath);
    if (!conditionRead.known) statement.conditionUnresolved = open(conditionPath, conditionRead);
    for (let k = 0; k < blocks(conditionPath); k++) {
      const test = read([...conditionPath, k, 'test']);
      const variable = read([...conditionPath, k, 'variable']);
      if (
        !test.known ||
        !variable.known ||
        typeof test.value !== 'string' ||
        typeof variable.value !== 'string'
      ) {
        statement.conditionUnresolved = open([...conditionPath, k], test.known ? variable : test);
        continue;
      }
      const condition: ConditionTest = {
        operator: test.value,
        key: variable.value,
        values: strings([...conditionPath, k, 'values']) ?? [],
      };
      statement.condition.push(condition);
    }
    statements.push(statement);
  }
  return statements;
}
