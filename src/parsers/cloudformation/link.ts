import { metadataWaivers } from './waivers.js';
import type { SourceLocation } from '../../model/location.js';
import type { PolicyDocument } from '../../model/policy.js';
import type {
  AttachedPolicy,
  CheckId,
  InstanceProfileRef,
  Note,
  OpenQuestion,
  Role,
  RoleShape,
} from '../../model/role.js';
import { unresolved, type Str } from '../../model/value.js';
import { get, type LNode } from '../located.js';
import { policyFromNode } from '../policy-document.js';
import { enumerateVariants, ifConditions, maxUndecidedConditions } from './conditions.js';
import type { Diagnostics } from './diagnostics.js';
import { mentionedNames } from './mentions.js';
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

/**
 * Transforms that leave a declared AWS::IAM::Role as written and can only add to it (SAM
 * connectors attach policies; Fn::ForEach stamps out more resources). Any other macro, and
 * AWS::Include, may rewrite the role itself.
 */
const additiveTransforms = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);

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

/** Which resources may concern each role, read once per template (see mentionedNames). */
interface Links {
  /** Role logical ID → attachers, template managed policies and opaque resources that name it. */
  naming: Map<string, Resource[]>;
  /** Attachers that name roles through values only resolution tells (parameters, imports, …). */
  dynamic: Resource[];
  /** Template managed policies by logical ID. */
  managedPolicies: Map<string, Resource>;
  /** Template managed policies by their ARN (for literal ARNs in ManagedPolicyArns). */
  policyByArn: Map<string, Resource>;
  /** Attacher role entries that stayed unresolved, and whether any role matched them. */
  unlinked: Map<string, { resource: Resource; node: RNode; matched: boolean }>;
}

/** Every AWS::IAM::Role of the template, linked to its policies, boundary and instance profiles. */
export function linkRoles(
  template: Template,
  parameters: Readonly<Record<string, string>>,
  diagnostics: Diagnostics,
): Role[] {
  const base = new Scope(template, parameters, new Map(), diagnostics);
  const links = indexLinks(template, base);
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
    // Without assumptions a role's scope is the template's own: its resolved properties are shared
    // by every role (each warning is said once per template either way).
    const makeScope = (assumed: Map<string, boolean>) =>
      !forced && assumed.size === 0
        ? base
        : new Scope(
            template,
            parameters,
            forced ? new Map([...assumed, [forced, true]]) : assumed,
            diagnostics,
          );
    const role = linkRole(resource, template, links, makeScope(new Map()), makeScope);
    if (role) roles.push(role);
  }
  for (const { resource, node, matched } of links.unlinked.values())
    if (!matched && node.kind === 'unresolved')
      diagnostics.warn(
        'unlinked-reference',
        `${resource.type} '${resource.logicalId}' names a role by ${node.reason}: not linked to a role of this template`,
        node.loc,
      );
  return roles;
}

function indexLinks(template: Template, base: Scope): Links {
  const roleKeys = new Map<string, string[]>();
  const addKey = (key: string, roleId: string) => {
    const ids = roleKeys.get(key);
    if (ids) ids.push(roleId);
    else roleKeys.set(key, [roleId]);
  };
  for (const r of template.resources.values()) {
    if (r.type !== 'AWS::IAM::Role') continue;
    addKey(r.logicalId, r.logicalId);
    const name = base.property(r, 'RoleName');
    if (name?.kind === 'scalar' && name.value !== null) addKey(String(name.value), r.logicalId);
  }
  const links: Links = {
    naming: new Map(),
    dynamic: [],
    managedPolicies: new Map(),
    policyByArn: new Map(),
    unlinked: new Map(),
  };
  for (const r of template.resources.values()) {
    const relevant = attacherTypes.has(r.type) || isOpaque(r);
    if (!relevant) continue;
    const names = new Set<string>();
    for (const node of isOpaque(r) ? (r.properties ? [r.properties] : []) : rawIamProperties(r))
      for (const n of mentionedNames(node)) names.add(n);
    const roleIds = new Set([...names].flatMap((n) => roleKeys.get(n) ?? []));
    for (const id of roleIds) {
      const list = links.naming.get(id);
      if (list) list.push(r);
      else links.naming.set(id, [r]);
    }
    if (!attacherTypes.has(r.type)) continue;
    if (roleEntries(r, base).some((e) => e.kind === 'unresolved' && !e.target)) links.dynamic.push(r);
    if (r.type === 'AWS::IAM::ManagedPolicy') {
      links.managedPolicies.set(r.logicalId, r);
      const arn = base.ref(r.logicalId, r.loc);
      if (arn?.kind === 'scalar') links.policyByArn.set(String(arn.value), r);
    }
  }
  return links;
}

/** The role names or references an attacher lists (Roles, or RoleName for AWS::IAM::RolePolicy). */
function roleEntries(attacher: Resource, scope: Scope): RNode[] {
  if (attacher.type === 'AWS::IAM::RolePolicy') {
    const value = scope.property(attacher, 'RoleName');
    return value ? [value] : [];
  }
  return listItems(scope.property(attacher, 'Roles'));
}

function linkRole(
  resource: Resource,
  template: Template,
  links: Links,
  base: Scope,
  makeScope: (assumed: Map<string, boolean>) => Scope,
): Role | undefined {
  const nameNode = base.property(resource, 'RoleName');
  const name: Str | undefined = nameNode === undefined ? undefined : str(base.text(nameNode, resource.loc));
  const naming = links.naming.get(resource.logicalId) ?? [];
  // Template managed policies that the role itself lists (ManagedPolicyArns, PermissionsBoundary).
  const ownNames = links.managedPolicies.size
    ? new Set(rawIamProperties(resource).flatMap((n) => [...mentionedNames(n)]))
    : new Set<string>();
  const listed = [...ownNames].flatMap((n) => links.managedPolicies.get(n) ?? []);
  const attachers = [...new Set([...naming.filter((r) => attacherTypes.has(r.type)), ...links.dynamic])];

  // Conditions that change this role: its own, its linked resources', and every Fn::If inside them.
  const mentioned: string[] = [];
  for (const r of [resource, ...naming.filter((r) => attacherTypes.has(r.type)), ...listed]) {
    if (r.condition) mentioned.push(r.condition);
    // Only conditions the template defines count: without any, no need to look for Fn::If.
    if (template.conditions.size)
      for (const node of rawIamProperties(r)) mentioned.push(...ifConditions(node));
  }
  const undecided = [...new Set(mentioned)].filter(
    (c) => template.conditions.has(c) && base.condition(c) === undefined,
  );
  const assumed = undecided.slice(0, maxUndecidedConditions);
  const overflow = undecided.slice(maxUndecidedConditions);

  const shared: OpenQuestion[] = [];
  if (template.transforms.length) {
    const onlyAdds = template.transforms.every((t) => additiveTransforms.has(t));
    shared.push({
      checks: allChecks,
      reason: onlyAdds
        ? `the template uses Transform ${template.transforms.join(', ')}: it may add policies or instance profiles to this role`
        : `the template uses Transform ${template.transforms.join(', ')}: roles may differ after the transform`,
      location: template.transformLoc,
      ...(onlyAdds ? { onlyAdds } : {}),
    });
  }
  if (overflow.length)
    shared.push({
      checks: allChecks,
      reason: `more than ${maxUndecidedConditions} undecided conditions shape this role; not enumerated: ${overflow.join(', ')}`,
      location: resource.loc,
    });
  // What receives the role outside the template may attach to it: a note, not an open question
  // (design.md §2, issue 12): the verdict stays what the template proves.
  const notes: Note[] = [];
  for (const other of naming.filter(isOpaque)) {
    const what =
      other.type === 'AWS::CloudFormation::Stack'
        ? `nested stack '${other.logicalId}'`
        : `custom resource '${other.logicalId}' (${other.type})`;
    notes.push(
      {
        checks: ['permissions'],
        text: `${what} receives this role and may attach more policies; if it does, declare them in this template or waive this check`,
        location: other.loc,
      },
      {
        checks: ['instance-profile'],
        text: `${what} receives this role and may put it in an instance profile; if it does, declare the profile in this template or waive this check`,
        location: other.loc,
      },
    );
  }
  const complete = !template.transforms.length;

  const variants: RoleShape[] = [];
  for (const { assumptions, scope } of enumerateVariants(assumed, makeScope)) {
    const exists = resource.condition ? scope.condition(resource.condition) : true;
    if (exists === false) continue;
    const shape = buildShape(resource, attachers, links, scope, typeof name === 'string' ? name : undefined);
    shape.assumptions = { ...Object.fromEntries(scope.assumptions), ...assumptions };
    shape.openQuestions.unshift(...shared);
    if (notes.length) shape.notes = notes;
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
  // What ties a worker role to Veeam besides its name (issue 13 selection).
  for (const key of ['Path', 'Description'] as const) {
    const node = base.property(resource, key);
    if (node) role[key === 'Path' ? 'path' : 'description'] = str(base.text(node, resource.loc));
  }
  const waivers = metadataWaivers(resource.metadata);
  if (waivers.length) role.inlineWaivers = waivers;
  return role;
}

function buildShape(
  role: Resource,
  attachers: Resource[],
  links: Links,
  scope: Scope,
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
    const policy = managedPolicy(item, links, scope);
    if (item.target) seenManaged.add(item.target.logicalId);
    shape.policies.push(policy);
  }
  const boundary = scope.property(role, 'PermissionsBoundary');
  if (boundary) shape.permissionsBoundary = managedPolicy(boundary, links, scope);

  for (const other of attachers) {
    const attached = attaches(other, role, scope, links, roleName);
    if (attached === 'no') continue;
    const exists = other.condition ? scope.condition(other.condition) : true;
    if (exists === false) continue;
    const isProfile = other.type === 'AWS::IAM::InstanceProfile';
    if (attached === 'maybe') {
      const document = isProfile ? undefined : scope.property(other, 'PolicyDocument');
      const onlyAdds = isProfile || (document !== undefined && !mayDeny(documentOf(document, other.loc)));
      shape.openQuestions.push({
        checks: [isProfile ? 'instance-profile' : 'permissions'],
        reason: `${other.type} '${other.logicalId}' names its role by a value the template does not determine: it may be this role`,
        location: other.loc,
        onlyAdds,
      });
      continue;
    }
    if (exists === undefined)
      shape.openQuestions.push({
        checks: [isProfile ? 'instance-profile' : 'permissions'],
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

/**
 * Whether an AWS::IAM::Policy/RolePolicy/ManagedPolicy/InstanceProfile names this role: 'maybe'
 * when it names a role by a value the template does not determine and this role has a RoleName
 * that value could equal (a generated name cannot be known in advance).
 */
function attaches(
  other: Resource,
  role: Resource,
  scope: Scope,
  links: Links,
  roleName: string | undefined,
): 'yes' | 'no' | 'maybe' {
  const roleNameNode = scope.property(role, 'RoleName');
  let found = false;
  let unknown = false;
  roleEntries(other, scope).forEach((entry, i) => {
    if (entry.target) found ||= entry.target.logicalId === role.logicalId;
    else if (entry.kind === 'scalar') found ||= roleName !== undefined && String(entry.value) === roleName;
    else if (entry.kind === 'unresolved') {
      // `RoleName: !Ref Name` and `Roles: [!Ref Name]` name the same role whatever the value.
      const same = roleNameNode?.kind === 'unresolved' && roleNameNode.reason === entry.reason;
      found ||= same;
      unknown ||= !same && roleNameNode !== undefined;
      const key = `${other.logicalId}#${i}`;
      const seen = links.unlinked.get(key);
      links.unlinked.set(key, { resource: other, node: entry, matched: same || (seen?.matched ?? false) });
    }
  });
  return found ? 'yes' : unknown ? 'maybe' : 'no';
}

/** Whether a policy could take permissions away (a Deny, or content that cannot be read). */
function mayDeny(document: PolicyDocument): boolean {
  return document.unresolved !== undefined || document.statements.some((s) => s.effect !== 'Allow');
}

/** A ManagedPolicyArns entry or PermissionsBoundary: a template policy (with its document) or an ARN. */
function managedPolicy(item: RNode, links: Links, scope: Scope): AttachedPolicy {
  const target = item.target ? scope.template.resources.get(item.target.logicalId) : undefined;
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
  const named = links.policyByArn.get(arn);
  if (named)
    return {
      kind: 'managed',
      name: named.logicalId,
      arn,
      document: documentOf(scope.property(named, 'PolicyDocument'), named.loc),
      location: item.loc,
    };
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
