import type { SourceLocation } from '../../model/location.js';
import type { Warning } from '../../model/report.js';
import type { AttachedPolicy, CheckId, Role, RoleShape } from '../../model/role.js';
import type { Str } from '../../model/value.js';
import { isUnresolved, unresolved } from '../../model/value.js';
import type { DocumentContext, DocumentResult } from './documents.js';
import { documentAt, laterPhrase } from './documents.js';
import type { Instance, Path, TerraformInput } from './records.js';
import { knownString, listLength, planned } from './values.js';

/**
 * The one Terraform linker (plan JSON and `.tf` source alike): every `aws_iam_role` instance, with the policies,
 * boundary and instance profiles that other resources attach to it. Links by role name when the
 * name is known, else through configuration references; what stays unlinked becomes an open
 * question on the roles it may concern, never a silently dropped policy.
 */
export interface RoleBuild {
  roles: Role[];
  warnings: Warning[];
}

interface Draft {
  instance: Instance;
  role: Role;
  shape: RoleShape;
}

/** How an attribute naming roles was linked: definite roles, and what remains open. */
interface RoleLink {
  roles: Draft[];
  /** Set when some role named by the attribute could not be identified. */
  open?: { reason: string; candidates: Draft[] };
}

export function buildRoles(input: TerraformInput): RoleBuild {
  const warnings: Warning[] = [];
  const context: DocumentContext = { input, parsed: new Map(), documents: new Map() };
  const locate = (instance: Instance): SourceLocation => input.locate(instance);
  const at = (instance: Instance, path: Path): SourceLocation =>
    input.locateAttribute?.(instance, path) ?? locate(instance);
  // "is known only after apply" (plan) or "is not known without a plan" (source).
  const later = laterPhrase(input);
  const where = input.source === 'terraform-plan' ? 'the plan' : 'the configuration';
  // Customer-managed policies of the plan by their ARN, when it is known (state, no-op plans).
  const policyByArn = new Map<string, Instance>();
  for (const instance of input.instances)
    if (instance.type === 'aws_iam_policy') {
      const arn = knownString(instance, ['arn']);
      if (arn) policyByArn.set(arn, instance);
    }

  const drafts: Draft[] = [];
  const byAddress = new Map<Instance, Draft>();
  const byName = new Map<string, Draft[]>();
  for (const instance of input.instances) {
    if (instance.mode !== 'managed' || instance.type !== 'aws_iam_role') continue;
    const draft = roleDraft(instance);
    drafts.push(draft);
    byAddress.set(instance, draft);
    const name = draft.role.name;
    if (typeof name === 'string') byName.set(name, [...(byName.get(name) ?? []), draft]);
  }
  if (drafts.length === 0) return { roles: [], warnings };

  for (const instance of input.instances) {
    if (instance.mode !== 'managed') continue;
    const location = locate(instance);
    switch (instance.type) {
      case 'aws_iam_role_policy': {
        const policy: AttachedPolicy = {
          kind: 'inline',
          name: knownString(instance, ['name']) ?? instance.address,
          location,
        };
        withDocument(policy, documentAt(context, instance, ['policy']));
        attach(linkRoles(instance, ['role']), instance, ['permissions'], (d) =>
          d.shape.policies.push(policy),
        );
        break;
      }
      case 'aws_iam_role_policy_attachment': {
        const policy = policyByArnAttribute(instance, ['policy_arn'], location);
        attach(linkRoles(instance, ['role']), instance, ['permissions'], (d) =>
          d.shape.policies.push(policy),
        );
        break;
      }
      case 'aws_iam_policy_attachment': {
        const policy = policyByArnAttribute(instance, ['policy_arn'], location);
        attach(linkRoles(instance, ['roles']), instance, ['permissions'], (d) =>
          d.shape.policies.push(policy),
        );
        break;
      }
      case 'aws_iam_instance_profile': {
        const profile = { name: instance.address, location };
        attach(linkRoles(instance, ['role']), instance, ['instance-profile'], (d) =>
          d.shape.instanceProfiles.push(profile),
        );
        break;
      }
    }
  }
  // Exclusive resources prune what the other resources attach, so they come last.
  for (const instance of input.instances) {
    if (instance.mode !== 'managed') continue;
    if (instance.type === 'aws_iam_role_policies_exclusive') exclusive(instance, 'inline', ['policy_names']);
    if (instance.type === 'aws_iam_role_policy_attachments_exclusive')
      exclusive(instance, 'managed', ['policy_arns']);
  }

  const roles = drafts.map((d) => {
    d.shape.policies = dedupe(d.shape.policies);
    return d.role;
  });
  roles.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { roles, warnings };

  function roleDraft(instance: Instance): Draft {
    const location = locate(instance);
    const shape: RoleShape = {
      assumptions: {},
      policies: [],
      instanceProfiles: [],
      complete: { policies: true, instanceProfiles: true },
      openQuestions: [],
    };
    const role: Role = {
      id: `${input.idFile(instance)}#${instance.address}`,
      key: instance.address,
      source: input.source,
      file: input.idFile(instance),
      location,
      tags: tagsOf(instance, location),
      variants: [shape],
    };
    const description = knownString(instance, ['description']);
    if (description) role.description = description;
    const path = knownString(instance, ['path']);
    if (path) role.path = path;
    // What ties a worker role to Veeam besides its name (issue 13 selection).
    if (instance.module) role.module = instance.module;
    if (instance.uncertain)
      shape.openQuestions.push({
        checks: ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'],
        reason: `${instance.address} may not exist: ${instance.uncertain}`,
        location,
      });
    const name = knownString(instance, ['name']);
    if (name) role.name = name;
    else {
      const prefix = knownString(instance, ['name_prefix']);
      role.name = unresolved(
        prefix ? `the role name starts with '${prefix}' and ${later}` : `the role name ${later}`,
        location,
      );
    }
    const trust = documentAt(context, instance, ['assume_role_policy']);
    if (trust.kind === 'document') shape.trustPolicy = trust.document;
    else if (trust.kind === 'unresolved') shape.trustUnresolved = trust.unresolved;

    const inline = planned(instance, ['inline_policy']);
    if (!inline.known) {
      if (configured(instance, 'inline_policy'))
        shape.policies.push({
          kind: 'inline',
          name: unresolved(`${instance.address} inline_policy ${later}`, location),
          unresolved: unresolved(`${instance.address} inline_policy ${later}`, location),
          location,
        });
    } else if (Array.isArray(inline.value)) {
      inline.value.forEach((_, i) => {
        const policyName = planned(instance, ['inline_policy', i, 'name']);
        const document = documentAt(context, instance, ['inline_policy', i, 'policy']);
        // `inline_policy {}` (no name, no policy) is how a configuration removes every inline policy.
        if (policyName.known && !policyName.value && document.kind === 'absent') return;
        const policy: AttachedPolicy = {
          kind: 'inline',
          name:
            policyName.known && typeof policyName.value === 'string'
              ? policyName.value
              : unresolved(`an inline_policy name of ${instance.address} ${later}`, location),
          location: at(instance, ['inline_policy', i]),
        };
        shape.policies.push(withDocument(policy, document));
      });
    }

    const arns = planned(instance, ['managed_policy_arns']);
    const arnsAt = at(instance, ['managed_policy_arns']);
    if (!arns.known) {
      if (configured(instance, 'managed_policy_arns'))
        shape.policies.push(...policiesByReference(instance, ['managed_policy_arns'], arnsAt, 1));
    } else {
      let unknownCount = 0;
      for (let i = 0; i < (listLength(instance, ['managed_policy_arns']) ?? 0); i++) {
        const arn = planned(instance, ['managed_policy_arns', i]);
        if (arn.known && typeof arn.value === 'string')
          shape.policies.push(policyOfArn(arn.value, at(instance, ['managed_policy_arns', i])));
        else unknownCount++;
      }
      if (unknownCount > 0)
        shape.policies.push(...policiesByReference(instance, ['managed_policy_arns'], arnsAt, unknownCount));
    }

    const boundary = planned(instance, ['permissions_boundary']);
    if (!boundary.known || (typeof boundary.value === 'string' && boundary.value !== ''))
      shape.permissionsBoundary = policyByArnAttribute(
        instance,
        ['permissions_boundary'],
        at(instance, ['permissions_boundary']),
      );
    return { instance, role, shape };
  }

  function tagsOf(instance: Instance, location: SourceLocation): Record<string, Str> {
    const tags: Record<string, Str> = {};
    for (const attribute of ['tags_all', 'tags']) {
      const value = planned(instance, [attribute]);
      if (!value.known || typeof value.value !== 'object' || value.value === null) continue;
      for (const key of Object.keys(value.value)) {
        const tag = planned(instance, [attribute, key]);
        tags[key] =
          tag.known && typeof tag.value === 'string'
            ? tag.value
            : unresolved(`tag '${key}' of ${instance.address} ${later}`, location);
      }
    }
    return tags;
  }

  function configured(instance: Instance, attribute: string): boolean {
    return input.configured(instance, attribute);
  }

  /** The roles an attribute (`role`, `roles`, `role_name`) names. */
  function linkRoles(instance: Instance, path: Path): RoleLink {
    const value = planned(instance, path);
    const link: RoleLink = { roles: [] };
    let unknownCount = 0;
    const byValue = (v: unknown, i?: number): void => {
      const element = i === undefined ? value : planned(instance, [...path, i]);
      if (!element.known) unknownCount++;
      // A name no planned role carries belongs to a role outside the plan: not ours to check.
      else if (typeof v === 'string') for (const d of byName.get(v) ?? []) add(d);
    };
    const add = (d: Draft): void => {
      if (!link.roles.includes(d)) link.roles.push(d);
    };
    const length = listLength(instance, path);
    if (value.known && length !== undefined)
      for (let i = 0; i < length; i++) {
        const element = planned(instance, [...path, i]);
        byValue(element.known ? element.value : undefined, i);
      }
    else if (value.known) byValue(value.value);
    else unknownCount = 1;
    if (unknownCount === 0) return link;

    const resolution = input.resolveAttribute(instance, path);
    const candidates = resolution.instances
      .filter((i) => i.type === 'aws_iam_role' && i.mode === 'managed')
      .map((i) => byAddress.get(i))
      .filter((d): d is Draft => d !== undefined);
    const attribute = `${instance.address}.${path.join('.')}`;
    if (candidates.length > 0 && candidates.length <= unknownCount && resolution.deadEnds.length === 0) {
      candidates.forEach(add);
      return link;
    }
    if (candidates.length > unknownCount) {
      link.open = {
        reason: `${attribute} names one of ${candidates.map((c) => c.role.key).join(', ')}, decided only at apply`,
        candidates,
      };
      return link;
    }
    const via = resolution.deadEnds.length > 0 ? ` (through ${resolution.deadEnds.join(', ')})` : '';
    candidates.forEach(add);
    link.open = {
      reason: `${attribute} ${later}${via}: it may name this role`,
      candidates: drafts.filter((d) => !link.roles.includes(d)),
    };
    return link;
  }

  /**
   * Applies a linked resource to its roles; the roles it may concern but cannot be tied to get an
   * open question. `onlyAdds`: an attachment or a profile can only add to a role, an exclusive
   * resource can also take away.
   */
  function attach(
    link: RoleLink,
    source: Instance,
    checks: CheckId[],
    apply: (d: Draft) => void,
    onlyAdds = true,
  ): void {
    const location = locate(source);
    // An instance that may not exist (count/for_each not known) may add to its roles, not surely.
    if (source.uncertain && onlyAdds) {
      for (const d of [...link.roles, ...(link.open?.candidates ?? [])])
        d.shape.openQuestions.push({
          checks,
          reason: `${source.address}: ${source.uncertain}`,
          location,
          onlyAdds,
        });
      return;
    }
    link.roles.forEach(apply);
    if (!link.open) return;
    for (const d of link.open.candidates)
      d.shape.openQuestions.push({ checks, reason: link.open.reason, location, onlyAdds });
  }

  function withDocument(policy: AttachedPolicy, result: DocumentResult): AttachedPolicy {
    if (result.kind === 'document') policy.document = result.document;
    else if (result.kind === 'unresolved') policy.unresolved = result.unresolved;
    else
      policy.unresolved = unresolved(`policy '${String(policy.name)}' is empty in ${where}`, policy.location);
    return policy;
  }

  /** A managed policy by a known ARN: with the plan's document when the plan defines it. */
  function policyOfArn(arn: string, location: SourceLocation): AttachedPolicy {
    const policy: AttachedPolicy = { kind: 'managed', name: arn, arn, location };
    const defined = policyByArn.get(arn);
    if (defined) withDocument(policy, documentAt(context, defined, ['policy']));
    return policy;
  }

  function policyByArnAttribute(instance: Instance, path: Path, location: SourceLocation): AttachedPolicy {
    const arn = planned(instance, path);
    if (arn.known && typeof arn.value === 'string' && arn.value !== '')
      return policyOfArn(arn.value, location);
    if (arn.known) {
      const reason = `${instance.address}.${path.join('.')} is empty in ${where}`;
      return {
        kind: 'managed',
        name: unresolved(reason, location),
        unresolved: unresolved(reason, location),
        location,
      };
    }
    return policiesByReference(instance, path, location, 1)[0] as AttachedPolicy;
  }

  /** Policies named by an ARN attribute known only after apply, through its references. */
  function policiesByReference(
    instance: Instance,
    path: Path,
    location: SourceLocation,
    count: number,
  ): AttachedPolicy[] {
    const resolution = input.resolveAttribute(instance, path);
    const policies = resolution.instances.filter((i) => i.type === 'aws_iam_policy');
    const attribute = `${instance.address}.${path.join('.')}`;
    const out: AttachedPolicy[] = policies.slice(0, count).map((p) => {
      const arn = knownString(p, ['arn']);
      const policy: AttachedPolicy = {
        kind: 'managed',
        name: arn ?? p.address,
        arn: arn ?? unresolved(`the ARN of ${p.address} ${later}`, locate(p)),
        location,
      };
      return withDocument(policy, documentAt(context, p, ['policy']));
    });
    if (policies.length === count && resolution.deadEnds.length === 0) return out;
    const via = [...resolution.instances.map((i) => i.address), ...resolution.deadEnds];
    const reason =
      policies.length > count
        ? `${attribute} is one of ${policies.map((p) => p.address).join(', ')}, decided only at apply`
        : `${attribute} ${later}${via.length > 0 ? ` (it depends on ${via.join(', ')})` : ''}`;
    return [
      ...(policies.length > count ? [] : out),
      {
        kind: 'managed',
        name: unresolved(reason, location),
        unresolved: unresolved(reason, location),
        location,
      },
    ];
  }

  /** `aws_iam_role_policies_exclusive` / `…_attachments_exclusive`: the role keeps exactly the listed ones. */
  function exclusive(instance: Instance, kind: 'inline' | 'managed', path: Path): void {
    const link = linkRoles(instance, ['role_name']);
    const location = locate(instance);
    attach(link, instance, ['permissions'], () => undefined, false);
    const listed = planned(instance, path);
    for (const d of link.roles) {
      if (!listed.known || !Array.isArray(listed.value) || listed.value.some((v) => typeof v !== 'string')) {
        d.shape.openQuestions.push({
          checks: ['permissions'],
          reason: `${instance.address} keeps only ${kind} policies that ${later.replace(/^is /, 'are ')}`,
          location,
        });
        continue;
      }
      const keep = new Set(listed.value as string[]);
      const key = (p: AttachedPolicy): Str => (kind === 'inline' ? p.name : (p.arn ?? p.name));
      d.shape.policies = d.shape.policies.filter((p) => {
        const k = key(p);
        if (p.kind !== kind || isUnresolved(k) || keep.has(k)) return true;
        warnings.push({
          code: 'terraform-exclusive-removes',
          message: `${instance.address} removes ${kind} policy '${k}' from ${d.role.key} at apply`,
          location: p.location,
        });
        return false;
      });
      const present = new Set(d.shape.policies.filter((p) => p.kind === kind).map(key));
      for (const name of keep) {
        if (present.has(name)) continue;
        if (kind === 'managed') d.shape.policies.push(policyOfArn(name, location));
        else {
          const reason = `inline policy '${name}' is kept by ${instance.address} but not defined in ${where}`;
          d.shape.policies.push({ kind, name, unresolved: unresolved(reason, location), location });
        }
      }
    }
  }
}

/**
 * A role's own `inline_policy` / `managed_policy_arns` also list what separate resources attach
 * (the provider reads them back): keep one entry per inline name and per managed ARN, preferring
 * the one with a document, then the separate resource.
 */
function dedupe(policies: AttachedPolicy[]): AttachedPolicy[] {
  const kept = new Map<string, AttachedPolicy>();
  const out: AttachedPolicy[] = [];
  for (const p of policies) {
    const id = p.kind === 'inline' ? p.name : (p.arn ?? p.name);
    if (isUnresolved(id)) {
      out.push(p);
      continue;
    }
    const key = `${p.kind}:${id}`;
    const previous = kept.get(key);
    if (!previous) {
      kept.set(key, p);
      out.push(p);
    } else if (p.document || !previous.document) {
      // The separate resource (linked after the role's own lists) points at its own line.
      out[out.indexOf(previous)] = p;
      kept.set(key, p);
    }
  }
  return out;
}
