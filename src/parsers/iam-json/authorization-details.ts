import type { FileError } from '../../model/report.js';
import type { AttachedPolicy, Role } from '../../model/role.js';
import type { SourceLocation } from '../../model/location.js';
import { unresolved } from '../../model/value.js';
import { get, type LMap, type LNode } from '../located.js';
import { policyFromNode } from '../policy-document.js';
import { listOf, optionalString, requiredMap, requiredString, ShapeProblem } from './fields.js';
import { roleFromMap } from './role-shape.js';

const awsManaged = /^arn:[\w-]+:iam::aws:policy\//;

/**
 * Roles of `aws iam get-account-authorization-details`: a whole account, so each role's policy
 * and instance profile lists are complete (no InstanceProfileList entry fails instance-profile).
 * Managed policies take the default version from `Policies` when the file carries it.
 */
export function rolesFromAuthorizationDetails(root: LMap, file: string, errors: FileError[]): Role[] {
  const documents = defaultVersions(root, file, errors);
  const managed = (arn: string, loc: SourceLocation): AttachedPolicy => {
    const document = documents.get(arn);
    if (document)
      return { kind: 'managed', name: arn, arn, document: policyFromNode(document), location: loc };
    if (awsManaged.test(arn)) return { kind: 'managed', name: arn, arn, location: loc };
    return {
      kind: 'managed',
      name: arn,
      arn,
      location: loc,
      unresolved: unresolved(`customer-managed policy ${arn} is not in this file's Policies list`, loc),
    };
  };
  const truncated = get(root, 'IsTruncated');
  const roles: Role[] = [];
  for (const item of listOf(root, 'RoleDetailList')) {
    try {
      const map = requiredMap(item, 'a RoleDetailList entry', root.loc);
      const policies: AttachedPolicy[] = [];
      for (const p of listOf(map, 'RolePolicyList')) {
        const inline = requiredMap(p, 'a RolePolicyList entry', map.loc);
        const name = requiredString(inline, 'PolicyName', 'an inline policy');
        const doc = get(inline, 'PolicyDocument');
        if (!doc) throw new ShapeProblem(`inline policy ${name.value} has no PolicyDocument`, inline.loc);
        policies.push({
          kind: 'inline',
          name: name.value,
          document: policyFromNode(doc),
          location: inline.loc,
        });
      }
      for (const p of listOf(map, 'AttachedManagedPolicies')) {
        const attached = requiredMap(p, 'an AttachedManagedPolicies entry', map.loc);
        const arn = requiredString(attached, 'PolicyArn', 'an attached managed policy');
        policies.push(managed(arn.value, attached.loc));
      }
      const instanceProfiles = listOf(map, 'InstanceProfileList').map((p) => {
        const profile = requiredMap(p, 'an InstanceProfileList entry', map.loc);
        return {
          name: requiredString(profile, 'InstanceProfileName', 'an instance profile').value,
          location: profile.loc,
        };
      });
      roles.push(
        roleFromMap(map, file, {
          policies,
          instanceProfiles,
          complete: { policies: true, instanceProfiles: true },
          openQuestions:
            truncated?.kind === 'scalar' && truncated.value === true
              ? [
                  {
                    checks: ['permissions'],
                    reason:
                      'the output is truncated (IsTruncated: true): some managed policy documents may be missing',
                    location: truncated.loc,
                  },
                ]
              : [],
          managedPolicy: managed,
        }),
      );
    } catch (e) {
      if (!(e instanceof ShapeProblem)) throw e;
      errors.push({ file, line: e.loc.line, column: e.loc.column, message: e.message });
    }
  }
  return roles;
}

/** ARN → document node of the policy's default version (the only one IAM evaluates). */
function defaultVersions(root: LMap, file: string, errors: FileError[]): Map<string, LNode> {
  const out = new Map<string, LNode>();
  for (const item of listOf(root, 'Policies')) {
    try {
      const policy = requiredMap(item, 'a Policies entry', root.loc);
      const arn = requiredString(policy, 'Arn', 'a managed policy').value;
      const defaultId = optionalString(policy, 'DefaultVersionId')?.value;
      for (const v of listOf(policy, 'PolicyVersionList')) {
        const version = requiredMap(v, 'a PolicyVersionList entry', policy.loc);
        const flag = get(version, 'IsDefaultVersion');
        const isDefault =
          flag?.kind === 'scalar' && flag.value !== null
            ? flag.value === true || flag.value === 'true'
            : optionalString(version, 'VersionId')?.value === defaultId;
        const doc = get(version, 'Document');
        if (isDefault && doc) out.set(arn, doc);
      }
    } catch (e) {
      if (!(e instanceof ShapeProblem)) throw e;
      errors.push({ file, line: e.loc.line, column: e.loc.column, message: e.message });
    }
  }
  return out;
}
