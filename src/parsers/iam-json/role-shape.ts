import type { AttachedPolicy, OpenQuestion, Role, RoleShape } from '../../model/role.js';
import type { SourceLocation } from '../../model/location.js';
import { get, type LMap } from '../located.js';
import { policyFromNode } from '../policy-document.js';
import { requiredString, ShapeProblem, tagsOf } from './fields.js';

/** What the file says about the role's policies and profiles beyond its own mapping. */
export interface RoleExtras {
  policies: AttachedPolicy[];
  instanceProfiles: RoleShape['instanceProfiles'];
  complete: RoleShape['complete'];
  openQuestions: OpenQuestion[];
  /** Resolves a managed policy ARN (the boundary) to the file's copy of it, when the file has one. */
  managedPolicy?: (arn: string, loc: SourceLocation) => AttachedPolicy;
}

/**
 * A model Role from an IAM role mapping as the API writes it (get-role, list-roles, authorization
 * details) or as create-role takes it: RoleName, Arn, AssumeRolePolicyDocument (object, JSON string
 * or URL-encoded string), PermissionsBoundary (`{PermissionsBoundaryArn}` or an ARN string), Tags.
 */
export function roleFromMap(map: LMap, file: string, extras: RoleExtras): Role {
  const name = requiredString(map, 'RoleName', 'the role');
  const shape: RoleShape = {
    assumptions: {},
    policies: extras.policies,
    instanceProfiles: extras.instanceProfiles,
    complete: extras.complete,
    openQuestions: extras.openQuestions,
  };
  const trust = get(map, 'AssumeRolePolicyDocument');
  if (trust && !(trust.kind === 'scalar' && trust.value === null)) shape.trustPolicy = policyFromNode(trust);
  const boundary = boundaryArn(map);
  if (boundary) {
    shape.permissionsBoundary = extras.managedPolicy
      ? extras.managedPolicy(boundary.value, boundary.loc)
      : { kind: 'managed', name: boundary.value, arn: boundary.value, location: boundary.loc };
  }
  const role: Role = {
    id: `${file}#${name.value}`,
    key: name.value,
    name: name.value,
    source: 'iam-json',
    file,
    location: map.loc,
    tags: tagsOf(map),
    variants: [shape],
  };
  // Read softly: a malformed Path or Description must not cost the role its check.
  const text = (key: string): string | undefined => {
    const n = get(map, key);
    return n?.kind === 'scalar' && typeof n.value === 'string' && n.value ? n.value : undefined;
  };
  const rolePath = text('Path');
  if (rolePath) role.path = rolePath;
  const description = text('Description');
  if (description) role.description = description;
  return role;
}

function boundaryArn(map: LMap): { value: string; loc: SourceLocation } | undefined {
  const n = get(map, 'PermissionsBoundary');
  if (!n || (n.kind === 'scalar' && (n.value === null || n.value === ''))) return undefined;
  if (n.kind === 'map') return requiredString(n, 'PermissionsBoundaryArn', 'PermissionsBoundary');
  if (n.kind === 'scalar' && typeof n.value === 'string') return { value: n.value, loc: n.loc };
  throw new ShapeProblem('PermissionsBoundary is neither an ARN nor a mapping', n.loc);
}

/** A managed policy attached by ARN, without its document (AWS-managed: the evaluator's snapshot). */
export function managedByArn(arn: string, loc: SourceLocation): AttachedPolicy {
  return { kind: 'managed', name: arn, arn, location: loc };
}
