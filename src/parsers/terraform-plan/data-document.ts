import { unresolved } from '../../model/value.js';
import { policyFromNode } from '../policy-document.js';
import type { DocumentContext, Reader, Read } from '../terraform/documents.js';
import { fromJsonText, statementsNode } from '../terraform/documents.js';
import type { DocumentResult, Instance, Json, Path } from '../terraform/records.js';
import { planned } from '../terraform/values.js';
import type { PlanIndex } from './plan.js';
import { asObject, resourceConfig } from './plan.js';
import { inputRoleAt } from './input-role.js';

/** `data.aws_iam_policy_document`: its `json` when known, else its statement blocks. */
export function dataDocument(context: DocumentContext, index: PlanIndex, data: Instance): DocumentResult {
  const location = context.input.locate(data);
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
  const expressions = asObject(resourceConfig(index, data)?.['expressions']);
  const fromConfig: Reader = (path) => configValue(expressions, path);
  const reader = planned(data, ['statement']).known && 'statement' in data.values ? fromValues : fromConfig;
  const statements = reader(['statement']);
  if (!statements.known || (expressions === undefined && reader === fromConfig))
    return {
      kind: 'unresolved',
      unresolved: unresolved(`${data.address} is known only after apply`, location),
    };
  const roleAt = (path: Path) => inputRoleAt(index, data, expressions, path);
  const document = policyFromNode(
    statementsNode(reader, location, data.address, undefined, undefined, roleAt),
  );
  if (merged.length > 0)
    document.unresolved = unresolved(
      `${data.address} merges ${merged.join(', ')}, known only after apply`,
      location,
    );
  return { kind: 'document', document };
}

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
