import type { SourceLocation } from '../../model/location.js';
import type { PolicyDocument } from '../../model/policy.js';
import type {
  AttachedPolicy,
  CheckId,
  InstanceProfileRef,
  OpenQuestion,
  Role,
  RoleShape,
} from '../../model/role.js';
import { unresolved, type Str } from '../../model/value.js';
import { get, type LNode } from '../located.js';
import { policyFromNode } from '../policy-document.js';
import { enumerateVariants, ifConditions, maxUndecidedConditions } from './conditions.js';
import type { Diagnostics } from './diagnostics.js';
import { Scope, type RNode } from './scope.js';
import type { Resource, Template } from './template.js';

const allChecks: CheckId[] = ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'];

/** The properties that shape a role, per resource type: only these are resolved. */
const iamProperties: Record<string, string[]> = {
  'AWS::IAM::Role': [
    'AssumeRolePolicyDocument',
    'Policies',
    'ManagedPolicyArns',
    'PermissionsBoundary',
    'RoleName',
    'Path',
    'Tags',
  ],
  'AWS::IAM::Policy': ['PolicyName', 'PolicyDocument', 'Roles'],
  'AWS::IAM::RolePolicy': ['PolicyName', 'PolicyDocument', 'RoleName'],
  'AWS::IAM::ManagedPolicy': ['ManagedPolicyName', 'Path', 'PolicyDocument', 'Roles'],
  'AWS::IAM::InstanceProfile': ['InstanceProfileName', 'Path', 'Roles'],
};

/** Resources that can attach something to a role defined elsewhere in the template. */
const attacherTypes = new Set([
  'AWS::IAM::Policy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::InstanceProfile',
]);

function isOpaque(resource: Resource): boolean {
  return (
    resource.type === 'AWS::CloudFormation::Stack' ||
    resource.type === 'AWS::CloudFormation::CustomResource' ||
    resource.type.startsWith('Custom::')
  );
}

/** Every AWS::IAM::Role of the template, linked to its policies, boundary and instance profiles. */
export function linkRoles(
  template: Template,
  parameters: Readonly<Record<string, string>>,
  diagnostics: Diagnostics,
): Role[] {
  const base = new Scope(template, parameters, new Map(), diagnostics);
  const roles: Role[] = [];
  for (const resource of template.resources.values()) {
    if (resource.type !== 'AWS::IAM::Role') continue;
    let forced: string | undefined;
    if (resource.condition && base.condition(resource.condition) === false) {
      const explicit = new Scope(template, parameters, new Map(), diagnostics, false);
      if (explicit.condition(resource.condition) === false) {
        diagnostics.warn(
          'role-not-created',
          `role '${resource.logicalId}' is not created: its condition '${resource.condition}' is false for the given parameters`,
          resource.loc,
        );
        continue;
      }
      // False only by parameter defaults: check the role as it is when someone creates it.
      forced = resource.condition;
      diagnostics.warn(
        'role-condition-default-false',
        `role '${resource.logicalId}' is created only when condition '${forced}' holds, which parameter defaults make false: checked as if it held`,
        resource.loc,
      );
    }
    const makeScope = (assumed: Map<string, boolean>) =>
      new Scope(template, parameters, forced ? new Map([...assumed, [forced, true]]) : assumed, diagnostics);
    const role = linkRole(resource, template, makeScope(new Map()), makeScope, diagnostics);
    if (role) roles.push(role);
  }
  return roles;
}

function linkRole(
  resource: Resource,
  template: Template,
  base: Scope,
  makeScope: (assumed: Map<string, boolean>) => Scope,
  diagnostics: Diagnostics,
): Role | undefined {
  const nameNode = base.property(resource, 'RoleName');
  const name: Str | undefined = nameNode === undefined ? undefined : str(base.text(nameNode, resource.loc));
  const related = relatedResources(resource, template, typeof name === 'string' ? name : undefined);

  // Conditions that change this role: its own, its linked resources', and every Fn::If inside them.
  const mentioned: string[] = [];
  for (const r of [resource, ...related]) {
    if (r.condition) mentioned.push(r.condition);
    for (const node of rawIamProperties(r)) mentioned.push(...ifConditions(node));
  }
  const undecided = [...new Set(mentioned)].filter(
    (c) => template.conditions.has(c) && base.condition(c) === undefined,
  );
  const assumed = undecided.slice(0, maxUndecidedConditions);
  const overflow = undecided.slice(maxUndecidedConditions);

  const shared: OpenQuestion[] = [];
  if (template.transforms.length)
    shared.push({
      checks: allChecks,
      reason: `the template uses Transform ${template.transforms.join(', ')}: roles may differ after the transform`,
      location: template.transformLoc,
    });
  if (overflow.length)
    shared.push({
      checks: allChecks,
      reason: `more than ${maxUndecidedConditions} undecided conditions shape this role; not enumerated: ${overflow.join(', ')}`,
      location: resource.loc,
    });
  for (const other of template.resources.values()) {
    if (!isOpaque(other) || !rawIamPropertiesMention(other.properties, resource.logicalId, name)) continue;
    shared.push({
      checks: ['permissions', 'instance-profile'],
      reason:
        other.type === 'AWS::CloudFormation::Stack'
          ? `nested stack '${other.logicalId}' receives this role and may attach policies or instance profiles to it`
          : `custom resource '${other.logicalId}' (${other.type}) receives this role and may change it`,
      location: other.loc,
    });
  }
  const complete =
    !template.transforms.length && !shared.some((q) => q.reason.includes('receives this role'));

  const variants: RoleShape[] = [];
  for (const { assumptions, scope } of enumerateVariants(assumed, makeScope)) {
    const exists = resource.condition ? scope.condition(resource.condition) : true;
    if (exists === false) continue;
    const shape = buildShape(
      resource,
      template,
      scope,
      diagnostics,
      typeof name === 'string' ? name : undefined,
    );
    shape.assumptions = { ...Object.fromEntries(scope.assumptions), ...assumptions };
    shape.openQuestions.unshift(...shared);
    if (exists === undefined)
      shape.openQuestions.push({
        checks: allChecks,
        reason: `the role exists only if condition '${resource.condition}' holds, which is not decided`,
        location: resource.loc,
      });
    shape.complete = { policies: complete, instanceProfiles: complete };
    variants.push(shape);
  }
  if (!variants.length) return undefined;
  const role: Role = {
    id: `${template.file}#${resource.logicalId}`,
    key: resource.logicalId,
    source: 'cloudformation',
    file: template.file,
    location: resource.loc,
    tags: tagsOf(base.property(resource, 'Tags'), base),
    variants,
  };
  if (name !== undefined) role.name = name;
  return role;
}

function buildShape(
  role: Resource,
  template: Template,
  scope: Scope,
  diagnostics: Diagnostics,
  roleName: string | undefined,
): RoleShape {
  const shape: RoleShape = {
    assumptions: {},
    policies: [],
    instanceProfiles: [],
    complete: { policies: true, instanceProfiles: true },
    openQuestions: [],
  };
  const trust = scope.property(role, 'AssumeRolePolicyDocument');
  if (trust) {
    shape.trustPolicy = policyFromNode(trust);
    if (trust.kind === 'unresolved') shape.trustUnresolved = unresolved(trust.reason, trust.loc);
  }
  const inline = scope.property(role, 'Policies');
  for (const item of listItems(inline)) {
    if (item.kind === 'map') {
      const nameNode = get(item, 'PolicyName');
      shape.policies.push({
        kind: 'inline',
        name: nameNode ? str(scope.text(nameNode, item.loc)) : '(unnamed)',
        document: documentOf(get(item, 'PolicyDocument'), item.loc),
        location: item.loc,
      });
    } else shape.policies.push(unresolvedPolicy('inline', item));
  }
  const seenManaged = new Set<string>();
  for (const item of listItems(scope.property(role, 'ManagedPolicyArns'))) {
    const policy = managedPolicy(item, template, scope);
    if (item.target) seenManaged.add(item.target.logicalId);
    shape.policies.push(policy);
  }
  const boundary = scope.property(role, 'PermissionsBoundary');
  if (boundary) shape.permissionsBoundary = managedPolicy(boundary, template, scope);

  for (const other of template.resources.values()) {
    if (!attacherTypes.has(other.type)) continue;
    const attached = attaches(other, role, scope, diagnostics, roleName);
    if (!attached) continue;
    const exists = other.condition ? scope.condition(other.condition) : true;
    if (exists === false) continue;
    if (exists === undefined)
      shape.openQuestions.push({
        checks: other.type === 'AWS::IAM::InstanceProfile' ? ['instance-profile'] : ['permissions'],
        reason: `${other.type} '${other.logicalId}' exists only if condition '${other.condition}' holds, which is not decided`,
        location: other.loc,
      });
    switch (other.type) {
      case 'AWS::IAM::InstanceProfile': {
        const profile: InstanceProfileRef = { name: other.logicalId, location: other.loc };
        shape.instanceProfiles.push(profile);
        break;
      }
      case 'AWS::IAM::ManagedPolicy': {
        if (seenManaged.has(other.logicalId)) break;
        seenManaged.add(other.logicalId);
        const arn = scope.ref(other.logicalId, other.loc);
        shape.policies.push({
          kind: 'managed',
          name: other.logicalId,
          arn: str(scope.text(arn, other.loc)),
          document: documentOf(scope.property(other, 'PolicyDocument'), other.loc),
          location: other.loc,
        });
        break;
      }
      default: {
        const nameNode = scope.property(other, 'PolicyName');
        shape.policies.push({
          kind: 'inline',
          name: nameNode ? str(scope.text(nameNode, other.loc)) : other.logicalId,
          document: documentOf(scope.property(other, 'PolicyDocument'), other.loc),
          location: other.loc,
        });
      }
    }
  }
  return shape;
}

/** Whether an AWS::IAM::Policy/RolePolicy/ManagedPolicy/InstanceProfile names this role. */
function attaches(
  other: Resource,
  role: Resource,
  scope: Scope,
  diagnostics: Diagnostics,
  roleName: string | undefined,
): boolean {
  const key = other.type === 'AWS::IAM::RolePolicy' ? 'RoleName' : 'Roles';
  const value = scope.property(other, key);
  const entries = other.type === 'AWS::IAM::RolePolicy' ? (value ? [value] : []) : listItems(value);
  const roleNameNode = scope.property(role, 'RoleName');
  for (const entry of entries) {
    if (entry.target) {
      if (entry.target.logicalId === role.logicalId) return true;
      continue;
    }
    if (entry.kind === 'scalar') {
      if (roleName !== undefined && String(entry.value) === roleName) return true;
      continue;
    }
    if (entry.kind === 'unresolved') {
      // `RoleName: !Ref Name` and `Roles: [!Ref Name]` name the same role whatever the value.
      if (roleNameNode?.kind === 'unresolved' && roleNameNode.reason === entry.reason) return true;
      diagnostics.warn(
        'unlinked-reference',
        `${other.type} '${other.logicalId}' names a role by ${entry.reason}: not linked to a role of this template`,
        entry.loc,
      );
    }
  }
  return false;
}

/** A ManagedPolicyArns entry or PermissionsBoundary: a template policy (with its document) or an ARN. */
function managedPolicy(item: RNode, template: Template, scope: Scope): AttachedPolicy {
  const target = item.target ? template.resources.get(item.target.logicalId) : undefined;
  if (target?.type === 'AWS::IAM::ManagedPolicy') {
    return {
      kind: 'managed',
      name: target.logicalId,
      arn: str(scope.text(item, item.loc)),
      document: documentOf(scope.property(target, 'PolicyDocument'), target.loc),
      location: item.loc,
    };
  }
  if (item.kind !== 'scalar') return unresolvedPolicy('managed', item);
  const arn = String(item.value);
  // A literal ARN of a customer policy that this template creates by name.
  for (const candidate of template.resources.values()) {
    if (candidate.type !== 'AWS::IAM::ManagedPolicy') continue;
    const candidateArn = scope.ref(candidate.logicalId, candidate.loc);
    if (candidateArn?.kind === 'scalar' && candidateArn.value === arn)
      return {
        kind: 'managed',
        name: candidate.logicalId,
        arn,
        document: documentOf(scope.property(candidate, 'PolicyDocument'), candidate.loc),
        location: item.loc,
      };
  }
  return { kind: 'managed', name: arn, arn, location: item.loc };
}

function unresolvedPolicy(kind: AttachedPolicy['kind'], item: RNode): AttachedPolicy {
  const reason =
    item.kind === 'unresolved'
      ? item.reason
      : `a ${item.kind === 'seq' ? 'list' : 'mapping'} where a policy is expected`;
  const u = unresolved(reason, item.loc);
  return { kind, name: u, unresolved: u, location: item.loc };
}

function documentOf(node: RNode | undefined, loc: SourceLocation): PolicyDocument {
  if (!node) return { statements: [], location: loc, problems: ['policy has no PolicyDocument'] };
  return policyFromNode(node);
}

/** A list property's items; an unresolved list is one unresolved item (so it is not lost). */
function listItems(node: RNode | undefined): RNode[] {
  if (!node) return [];
  return node.kind === 'seq' ? node.items : [node];
}

function str(value: string | { kind: 'unresolved'; reason: string; loc: SourceLocation }): Str {
  return typeof value === 'string' ? value : unresolved(value.reason, value.loc);
}

function tagsOf(node: RNode | undefined, scope: Scope): Record<string, Str> {
  const tags: Record<string, Str> = {};
  if (node?.kind !== 'seq') return tags;
  for (const item of node.items) {
    if (item.kind !== 'map') continue;
    const key = get(item, 'Key');
    const value = get(item, 'Value');
    if (key?.kind !== 'scalar' || !value) continue;
    tags[String(key.value)] = str(scope.text(value, item.loc));
  }
  return tags;
}

function rawIamProperties(resource: Resource): LNode[] {
  const props = resource.properties;
  if (props?.kind !== 'map') return props ? [props] : [];
  const keys = iamProperties[resource.type] ?? [];
  return keys.map((k) => get(props, k)).filter((n): n is LNode => n !== undefined);
}

/**
 * Resources that may attach something to the role, found syntactically (before any condition is
 * decided) so that their conditions count: policies and profiles naming it, policies it names.
 */
function relatedResources(role: Resource, template: Template, roleName: string | undefined): Resource[] {
  const related: Resource[] = [];
  const own = rawIamProperties(role);
  for (const other of template.resources.values()) {
    if (other === role || (other.type !== 'AWS::IAM::ManagedPolicy' && !attacherTypes.has(other.type)))
      continue;
    const namesRole = rawIamProperties(other).some((n) => mentions(n, role.logicalId, roleName));
    const namedByRole = own.some((n) => mentions(n, other.logicalId, undefined));
    if (namesRole || namedByRole) related.push(other);
  }
  return related;
}

function rawIamPropertiesMention(node: LNode | undefined, logicalId: string, name: Str | undefined): boolean {
  return node !== undefined && mentions(node, logicalId, typeof name === 'string' ? name : undefined);
}

/** Whether a raw tree refers to a logical ID (Ref, GetAtt, Sub) or spells a literal role name. */
function mentions(root: LNode, logicalId: string, literal: string | undefined): boolean {
  let found = false;
  const stack: LNode[] = [root];
  while (stack.length && !found) {
    const node = stack.pop()!;
    if (node.kind === 'scalar' && typeof node.value === 'string') {
      const v = node.value;
      found =
        v === logicalId ||
        v.startsWith(`${logicalId}.`) ||
        v.includes(`\${${logicalId}}`) ||
        v.includes(`\${${logicalId}.`) ||
        (literal !== undefined && v === literal);
    } else if (node.kind === 'map') for (const e of node.entries) stack.push(e.value);
    else if (node.kind === 'seq') stack.push(...node.items);
  }
  return found;
}
