import type { RoleSelector } from '../model/options.js';
import type { SkippedRole } from '../model/report.js';
import type { Role } from '../model/role.js';
import { isUnresolved } from '../model/value.js';
import { globMatches } from './glob.js';
import type { Selection } from './types.js';

export const VEEAM_ROLE_TAG = 'veeam:role';

function candidates(role: Role): string[] {
  const names = [role.key];
  if (typeof role.name === 'string') names.push(role.name);
  return names;
}

/** The tag value that opts a role out of checking. */
export const OPT_OUT_KIND = 'none';

/**
 * The first place that ties a role to Veeam: its name, logical ID / address, IAM path, description,
 * tags (keys or values), module, or the path of its file, containing "veeam" (any case).
 */
export function veeamMention(role: Role): string | undefined {
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const places: [string, string | undefined][] = [
    ['name', text(role.name)],
    ['logical ID / address', role.key],
    ['path', text(role.path)],
    ['description', text(role.description)],
    ...Object.entries(role.tags).flatMap(([k, v]): [string, string | undefined][] => [
      ['tag', k],
      ['tag', text(v)],
    ]),
    ['module', role.module],
    ['file', role.file],
    ['file', role.location.file],
  ];
  const hit = places.find(([, v]) => v !== undefined && /veeam/i.test(v));
  return hit ? `its ${hit[0]} '${hit[1]}'` : undefined;
}

type Outcome = Selection | { skipped: SkippedRole['reason']; detail: string };

function selectOne(
  role: Role,
  selectors: readonly RoleSelector[],
  ignore: readonly string[],
): Outcome | undefined {
  const ignored = ignore.findIndex((glob) =>
    [role.id, ...candidates(role)].some((c) => globMatches(glob, c)),
  );
  if (ignored !== -1) return { skipped: 'ignored', detail: `config ignore[${ignored}] '${ignore[ignored]}'` };
  for (const [i, s] of selectors.entries()) {
    const hit = candidates(role).find((c) => globMatches(s.match, c));
    if (hit !== undefined) {
      return {
        kinds: s.kinds.length ? s.kinds : ['production-worker'],
        selectedBy: `config roles[${i}] match '${s.match}'`,
      };
    }
  }
  const tag = role.tags[VEEAM_ROLE_TAG];
  if (tag !== undefined) {
    if (isUnresolved(tag))
      return {
        kinds: ['production-worker'],
        selectedBy: `tag ${VEEAM_ROLE_TAG} (value unresolved: ${tag.reason})`,
      };
    if (tag.trim().toLowerCase() === OPT_OUT_KIND)
      return { skipped: 'opted-out', detail: `tag ${VEEAM_ROLE_TAG}=${tag}` };
    const kinds = tag.split(/[+,\s]+/).filter(Boolean);
    return {
      kinds: kinds.length ? kinds : ['production-worker'],
      selectedBy: `tag ${VEEAM_ROLE_TAG}=${tag}`,
    };
  }
  const named = candidates(role).find((c) => /worker/i.test(c));
  if (named === undefined) return undefined;
  // EKS node roles and ECS task roles are named "worker" too: only a role tied to Veeam is judged.
  const veeam = veeamMention(role);
  if (veeam === undefined)
    return { skipped: 'not-veeam', detail: `name contains 'worker' (${named}) but nothing names Veeam` };
  // Said only when the name that contains "worker" does not itself name Veeam.
  const tie = /veeam/i.test(named) ? '' : ` and ${veeam} names Veeam`;
  // Common names of the other worker-related roles, else the production worker (design.md §4).
  const flr = candidates(role)
    .map((c) => /flr|file[-_ ]?level/i.exec(c)?.[0])
    .find((m) => m !== undefined);
  if (flr !== undefined)
    return { kinds: ['flr-worker'], selectedBy: `name contains 'worker' and '${flr}' (${named})${tie}` };
  const config = candidates(role)
    .map((c) => /worker[-_ ]?config/i.exec(c)?.[0])
    .find((m) => m !== undefined);
  if (config !== undefined)
    return { kinds: ['worker-configuration'], selectedBy: `name contains '${config}' (${named})${tie}` };
  return {
    kinds: ['production-worker'],
    selectedBy: `name contains 'worker' (${named})${tie}`,
  };
}

/**
 * Which roles are Veeam roles, and of which kind (design.md §4): config `ignore:` first, then
 * `roles:` entries, then the `veeam:role` tag (`none` opts out), then a name containing "worker"
 * when something names Veeam. The roles seen but not checked are returned with why. Pure.
 */
export function classifyRoles(
  roles: readonly Role[],
  selectors: readonly RoleSelector[],
  ignore: readonly string[] = [],
): { selected: Map<Role, Selection>; skipped: SkippedRole[] } {
  const selected = new Map<Role, Selection>();
  const skipped: SkippedRole[] = [];
  for (const role of roles) {
    const outcome = selectOne(role, selectors, ignore);
    if (!outcome) continue;
    if ('skipped' in outcome)
      skipped.push({ id: role.id, reason: outcome.skipped, detail: outcome.detail, location: role.location });
    else selected.set(role, outcome);
  }
  return { selected, skipped };
}

/** The roles to check and their kinds (see classifyRoles). */
export function selectRoles(
  roles: readonly Role[],
  selectors: readonly RoleSelector[],
  ignore: readonly string[] = [],
): Map<Role, Selection> {
  return classifyRoles(roles, selectors, ignore).selected;
}

/** Config entries that matched no role: each is itself a failure (a role the user expects is gone). */
export function unmatchedSelectors(
  roles: readonly Role[],
  selectors: readonly RoleSelector[],
): RoleSelector[] {
  return selectors.filter((s) => !roles.some((r) => candidates(r).some((c) => globMatches(s.match, c))));
}
