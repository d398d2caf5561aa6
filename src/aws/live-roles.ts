import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  type IAMClient,
  ListRoleTagsCommand,
  paginateListAttachedRolePolicies,
  paginateListInstanceProfilesForRole,
  paginateListRolePolicies,
  paginateListRoles,
  type Role as IamRole,
} from '@aws-sdk/client-iam';
import type { SourceLocation } from '../model/location.js';
import type { FileError, Warning } from '../model/report.js';
import type {
  AttachedPolicy,
  CheckId,
  InstanceProfileRef,
  OpenQuestion,
  Role,
  RoleShape,
} from '../model/role.js';
import { unresolved } from '../model/value.js';
import type { RoleSelector } from '../model/options.js';
import { selectRoles } from '../requirements/selection.js';
import { policyFromValue } from '../parsers/policy-document.js';
import { classify, messageOf } from './errors.js';
import { callPermission, type IamCall } from './permissions.js';

/** `--role all-workers` / `aws-roles: all-workers`: every role of the account that selection picks. */
export const ALL_WORKERS = 'all-workers';

export interface LiveOptions {
  /** The config's `roles:` entries: with the veeam:role tag and the name rule they decide `all-workers`. */
  selectors?: readonly RoleSelector[];
}

export interface LiveResult {
  roles: Role[];
  errors: FileError[];
  warnings: Warning[];
}

/** Live roles have no file: findings point at the account, `aws`. */
export const LIVE_FILE = 'aws';
const liveLocation: SourceLocation = { file: LIVE_FILE, line: 1, column: 1 };
const awsManaged = /^arn:[\w-]+:iam::aws:policy\//;

/** Whether selection (design.md §4) picks a role of this name and tags. */
function isWorker(name: string, tags: Record<string, string>, selectors: readonly RoleSelector[]): boolean {
  const probe: Role = {
    id: name,
    key: name,
    name,
    source: 'aws',
    file: LIVE_FILE,
    location: liveLocation,
    tags,
    variants: [],
  };
  return selectRoles([probe], selectors).size > 0;
}

/**
 * Reads deployed roles through the IAM API into the model (`source: 'aws'`, id `aws#<role-arn>`),
 * as complete as the credentials allow: a denied call leaves what it would have shown `unknown`
 * with the missing permission named. Missing or rejected credentials throw InputError. Throttling
 * is retried by the client (see createIamClient).
 */
export async function loadLiveRoles(
  client: IAMClient,
  requested: readonly string[],
  options: LiveOptions = {},
): Promise<LiveResult> {
  const result: LiveResult = { roles: [], errors: [], warnings: [] };
  const names = new Set<string>();
  for (const r of requested) {
    if (r === ALL_WORKERS) for (const name of await workerRoleNames(client, options, result)) names.add(name);
    else names.add(roleNameOf(r));
  }
  const reader = new PolicyReader(client, result.warnings);
  const seen = new Set<string>();
  for (const name of [...names].sort()) {
    const role = await loadRole(client, name, reader, result);
    if (role && !seen.has(role.id)) {
      seen.add(role.id);
      result.roles.push(role);
    }
  }
  result.roles.sort((a, b) => a.id.localeCompare(b.id));
  return result;
}

/** `arn:aws:iam::123456789012:role/path/name` → `name`; a plain name stays as it is. */
export function roleNameOf(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
}

async function workerRoleNames(
  client: IAMClient,
  options: LiveOptions,
  result: LiveResult,
): Promise<string[]> {
  const selectors = options.selectors ?? [];
  const out: string[] = [];
  let tagsDenied = false;
  try {
    for await (const page of paginateListRoles({ client }, {})) {
      for (const role of page.Roles ?? []) {
        const name = role.RoleName!;
        if (isWorker(name, {}, selectors)) {
          out.push(name);
          continue;
        }
        if (tagsDenied) continue;
        // ListRoles omits tags: a role selected only by its veeam:role tag needs ListRoleTags.
        try {
          const tags = tagRecord((await client.send(new ListRoleTagsCommand({ RoleName: name }))).Tags);
          if (isWorker(name, tags, selectors)) out.push(name);
        } catch (e) {
          if (classify(e) !== 'access-denied') throw e;
          tagsDenied = true;
          result.warnings.push({
            code: 'aws-access-denied',
            message: `${callPermission.ListRoleTags} denied: roles selected only by a veeam:role tag are not checked`,
          });
        }
      }
    }
  } catch (e) {
    const failure = classify(e);
    result.errors.push({
      file: LIVE_FILE,
      message:
        failure === 'access-denied'
          ? `${callPermission.ListRoles} denied: cannot list the account's roles for '${ALL_WORKERS}'`
          : `ListRoles failed: ${messageOf(e)}`,
    });
  }
  if (out.length === 0 && result.errors.length === 0)
    result.warnings.push({
      code: 'aws-no-worker-roles',
      message: `'${ALL_WORKERS}': no worker role in the account`,
    });
  return out;
}

async function loadRole(
  client: IAMClient,
  name: string,
  reader: PolicyReader,
  result: LiveResult,
): Promise<Role | undefined> {
  let iamRole: IamRole;
  try {
    iamRole = (await client.send(new GetRoleCommand({ RoleName: name }))).Role!;
  } catch (e) {
    const failure = classify(e);
    if (failure === 'access-denied') return deniedRole(name);
    result.errors.push({
      file: LIVE_FILE,
      message:
        failure === 'not-found'
          ? `role '${name}' does not exist in the account`
          : `GetRole ${name} failed: ${messageOf(e)}`,
    });
    return undefined;
  }
  const openQuestions: OpenQuestion[] = [];
  // A list call that fails leaves the role `complete` and adds an open question instead: the check
  // then turns unknown with the question's reason, so the report names the missing permission.
  const complete = { policies: true, instanceProfiles: true };
  // onlyAdds: what a denied list would show can only add to the role (instance profiles).
  const failed = (call: IamCall, checks: CheckId[], what: string, e: unknown, onlyAdds = false): void => {
    const reason =
      classify(e) === 'access-denied'
        ? `${callPermission[call]} denied: ${what} unknown`
        : `${call} failed (${messageOf(e)}): ${what} unknown`;
    openQuestions.push({ checks, reason, location: liveLocation, ...(onlyAdds ? { onlyAdds } : {}) });
  };

  const policies: AttachedPolicy[] = [];
  try {
    for await (const page of paginateListRolePolicies({ client }, { RoleName: name }))
      for (const policyName of page.PolicyNames ?? []) policies.push(await reader.inline(name, policyName));
  } catch (e) {
    failed('ListRolePolicies', ['permissions'], 'inline policies', e);
  }
  try {
    for await (const page of paginateListAttachedRolePolicies({ client }, { RoleName: name }))
      for (const attached of page.AttachedPolicies ?? [])
        policies.push(await reader.managed(attached.PolicyArn!));
  } catch (e) {
    failed('ListAttachedRolePolicies', ['permissions'], 'managed policies', e);
  }
  const instanceProfiles: InstanceProfileRef[] = [];
  try {
    for await (const page of paginateListInstanceProfilesForRole({ client }, { RoleName: name }))
      for (const profile of page.InstanceProfiles ?? [])
        instanceProfiles.push({ name: profile.InstanceProfileName!, location: liveLocation });
  } catch (e) {
    failed('ListInstanceProfilesForRole', ['instance-profile'], 'instance profiles', e, true);
  }

  const shape: RoleShape = {
    assumptions: {},
    policies,
    instanceProfiles: instanceProfiles.sort((a, b) => a.name.localeCompare(b.name)),
    complete,
    openQuestions,
  };
  if (iamRole.AssumeRolePolicyDocument)
    shape.trustPolicy = policyFromValue(iamRole.AssumeRolePolicyDocument, liveLocation);
  const boundary = iamRole.PermissionsBoundary?.PermissionsBoundaryArn;
  if (boundary) shape.permissionsBoundary = await reader.managed(boundary);
  return {
    id: `${LIVE_FILE}#${iamRole.Arn}`,
    key: iamRole.Arn!,
    name: iamRole.RoleName!,
    source: 'aws',
    file: LIVE_FILE,
    location: liveLocation,
    tags: tagRecord(iamRole.Tags),
    variants: [shape],
  };
}

/** GetRole denied: nothing about the role is known; every check is unknown and says why. */
function deniedRole(name: string): Role {
  const reason = `${callPermission.GetRole} denied: the role's trust policy and boundary are unknown`;
  return {
    id: `${LIVE_FILE}#${name}`,
    key: name,
    name,
    source: 'aws',
    file: LIVE_FILE,
    location: liveLocation,
    tags: {},
    variants: [
      {
        assumptions: {},
        trustUnresolved: unresolved(reason, liveLocation),
        policies: [],
        instanceProfiles: [],
        complete: { policies: false, instanceProfiles: false },
        openQuestions: [
          { checks: ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'], reason },
        ],
      },
    ],
  };
}

function tagRecord(tags: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** Reads policy documents once per run (a managed policy attached to many roles is fetched once). */
class PolicyReader {
  private readonly managedCache = new Map<string, Promise<AttachedPolicy>>();
  constructor(
    private readonly client: IAMClient,
    private readonly warnings: Warning[],
  ) {}

  async inline(roleName: string, policyName: string): Promise<AttachedPolicy> {
    const base = { kind: 'inline' as const, name: policyName, location: liveLocation };
    try {
      const out = await this.client.send(
        new GetRolePolicyCommand({ RoleName: roleName, PolicyName: policyName }),
      );
      return { ...base, document: policyFromValue(out.PolicyDocument ?? '', liveLocation) };
    } catch (e) {
      return {
        ...base,
        unresolved: unresolved(
          failureReason('GetRolePolicy', `inline policy ${policyName}`, e),
          liveLocation,
        ),
      };
    }
  }

  managed(arn: string): Promise<AttachedPolicy> {
    let cached = this.managedCache.get(arn);
    if (!cached) {
      cached = this.readManaged(arn);
      this.managedCache.set(arn, cached);
    }
    return cached;
  }

  private async readManaged(arn: string): Promise<AttachedPolicy> {
    const base = { kind: 'managed' as const, name: arn, arn, location: liveLocation };
    let call: IamCall = 'GetPolicy';
    try {
      const policy = (await this.client.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy;
      call = 'GetPolicyVersion';
      const version = await this.client.send(
        new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy?.DefaultVersionId }),
      );
      return { ...base, document: policyFromValue(version.PolicyVersion?.Document ?? '', liveLocation) };
    } catch (e) {
      const reason = failureReason(call, `managed policy ${arn}`, e);
      if (awsManaged.test(arn)) {
        // The bundled snapshot still knows AWS-managed policies.
        this.warnings.push({ code: 'aws-access-denied', message: `${reason}: using the bundled snapshot` });
        return base;
      }
      return { ...base, unresolved: unresolved(reason, liveLocation) };
    }
  }
}

function failureReason(call: IamCall, what: string, e: unknown): string {
  return classify(e) === 'access-denied'
    ? `${callPermission[call]} denied: ${what} unknown`
    : `${call} failed for ${what}: ${messageOf(e)}`;
}
