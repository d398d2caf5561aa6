import type { FileError, Warning } from '../../model/report.js';
import type { AttachedPolicy, InstanceProfileRef, Role } from '../../model/role.js';
import { ParseError } from '../../model/errors.js';
import { get, type LMap } from '../located.js';
import { policyFromNode } from '../policy-document.js';
import type { ParseContext } from '../types.js';
import { requiredString, ShapeProblem } from './fields.js';
import { managedByArn, roleFromMap } from './role-shape.js';
import { detectShape, firstLook, type IamShape } from './shape.js';
import { isIamCandidate, readTree } from './read-tree.js';

/** A CLI input file (`--cli-input-json`) in the same folder that concerns one role. */
interface Companion {
  shape: IamShape;
  map: LMap;
}

const maxSiblings = 500;

/**
 * The create-role / put-role-policy / attach-role-policy / add-role-to-instance-profile inputs in
 * the folder of `context.file` that name `roleName`. A folder of CLI inputs is read like a template:
 * complete for what it defines.
 */
export function companionsOf(roleName: string, context: ParseContext): Companion[] {
  const dir = context.file.includes('/') ? context.file.slice(0, context.file.lastIndexOf('/') + 1) : '';
  const siblings = (context.files ?? [])
    .filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/') && isIamCandidate(f))
    .sort()
    .slice(0, maxSiblings);
  const out: Companion[] = [];
  for (const file of siblings) {
    const text = file === context.file ? undefined : context.readFile?.(file);
    if (!text || !text.includes(roleName) || firstLook(text) === 'no') continue;
    try {
      const root = readTree(text, file);
      if (root?.kind !== 'map') continue;
      const shape = detectShape(root);
      const name = get(root, 'RoleName');
      if (shape && name?.kind === 'scalar' && name.value === roleName) out.push({ shape, map: root });
    } catch (e) {
      // A broken sibling is reported when it is parsed itself.
      if (!(e instanceof ParseError)) throw e;
    }
  }
  return out;
}

/** The role a create-role input defines, with what its sibling inputs attach to it. */
export function roleFromCreateRole(root: LMap, context: ParseContext): Role {
  const name = requiredString(root, 'RoleName', 'the create-role input').value;
  const policies: AttachedPolicy[] = [];
  const instanceProfiles: InstanceProfileRef[] = [];
  for (const c of companionsOf(name, context)) {
    if (c.shape === 'put-role-policy') {
      const policyName = requiredString(c.map, 'PolicyName', 'the put-role-policy input').value;
      const doc = get(c.map, 'PolicyDocument')!;
      policies.push({ kind: 'inline', name: policyName, document: policyFromNode(doc), location: c.map.loc });
    } else if (c.shape === 'attach-role-policy') {
      policies.push(
        managedByArn(requiredString(c.map, 'PolicyArn', 'the attach-role-policy input').value, c.map.loc),
      );
    } else if (c.shape === 'add-role-to-instance-profile') {
      const profile = requiredString(c.map, 'InstanceProfileName', 'the add-role-to-instance-profile input');
      instanceProfiles.push({ name: profile.value, location: c.map.loc });
    }
  }
  policies.sort((a, b) => a.location.file.localeCompare(b.location.file));
  return roleFromMap(root, context.file, {
    policies,
    instanceProfiles,
    complete: { policies: true, instanceProfiles: true },
    openQuestions: [],
  });
}

/**
 * A put-role-policy / attach-role-policy / add-role-to-instance-profile input. When a create-role
 * input for its role sits beside it, that file's role carries it; otherwise it is reported as
 * unlinked (a put-role-policy document stays available to config bindings as a loose document).
 */
export function attachmentInput(
  shape: IamShape,
  root: LMap,
  context: ParseContext,
  warnings: Warning[],
  errors: FileError[],
): AttachedPolicy | undefined {
  try {
    const role = requiredString(root, 'RoleName', `the ${shape} input`);
    const linked = companionsOf(role.value, context).some((c) => c.shape === 'create-role');
    if (linked) return undefined;
    if (shape === 'put-role-policy') {
      const doc = get(root, 'PolicyDocument')!;
      return { kind: 'inline', name: role.value, document: policyFromNode(doc), location: root.loc };
    }
    warnings.push({
      code: 'iam-json-unlinked',
      message: `${shape} input for role '${role.value}' has no create-role input beside it: not checked`,
      location: root.loc,
    });
  } catch (e) {
    if (!(e instanceof ShapeProblem)) throw e;
    errors.push({ file: context.file, line: e.loc.line, column: e.loc.column, message: e.message });
  }
  return undefined;
}
