import type { InputRole } from '../../model/value.js';
import type { Instance, Json, PlanIndex } from './plan.js';
import { asObject } from './plan.js';
import { referencesOf, resolveReferences } from './references.js';
import type { Path } from '../terraform/values.js';
import { knownString } from '../terraform/values.js';

const roleArnRef = /^aws_iam_role\.[A-Za-z0-9_-]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?(\.arn)?$/;

/** The deepest configuration expression on `path` (a list element shares its list's expression). */
function expressionAt(expressions: Json | undefined, path: Path): Json | undefined {
  let node: unknown = expressions;
  let found: Json | undefined;
  for (const step of path) {
    const next: unknown = Array.isArray(node) ? node[step as number] : asObject(node)?.[step];
    if (next === undefined || next === null) break;
    node = next;
    if (asObject(node)?.['references']) found = asObject(node);
  }
  return found;
}

/**
 * The role of the same configuration whose ARN a value known only after apply is (issue 12): the
 * value's configuration expression refers to `aws_iam_role.<name>.arn` and to nothing else, and
 * that is one role instance of the plan. Its name, or `name_prefix` pattern, when the plan knows it.
 */
export function inputRoleAt(
  index: PlanIndex,
  owner: Instance,
  expressions: Json | undefined,
  path: Path,
): InputRole | undefined {
  const refs = referencesOf(expressionAt(expressions, path));
  if (refs.length === 0 || !refs.every((r) => roleArnRef.test(r)) || !refs.some((r) => r.endsWith('.arn')))
    return undefined;
  const resolution = resolveReferences(index, refs, owner.module, owner.index, 0);
  const [role, ...more] = resolution.instances;
  if (!role || more.length || resolution.deadEnds.length || role.type !== 'aws_iam_role') return undefined;
  const name = knownString(role, ['name']);
  const prefix = knownString(role, ['name_prefix']);
  return {
    key: role.address,
    part: 'arn',
    ...(name ? { name } : prefix ? { namePattern: `${prefix}*` } : {}),
  };
}
