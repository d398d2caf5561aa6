import type { RoleSelector } from '../model/options.js';
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

function selectOne(role: Role, selectors: readonly RoleSelector[]): Selection | undefined {
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
    const kinds = tag.split(/[+,\s]+/).filter(Boolean);
    return {
      kinds: kinds.length ? kinds : ['production-worker'],
      selectedBy: `tag ${VEEAM_ROLE_TAG}=${tag}`,
    };
  }
  const named = candidates(role).find((c) => /worker/i.test(c));
  if (named === undefined) return undefined;
  // Common names of the other worker-related roles, else the production worker (design.md §4).
  const flr = candidates(role)
    .map((c) => /flr|file[-_ ]?level/i.exec(c)?.[0])
    .find((m) => m !== undefined);
  if (flr !== undefined)
    return { kinds: ['flr-worker'], selectedBy: `name contains 'worker' and '${flr}' (${named})` };
  const config = candidates(role)
    .map((c) => /worker[-_ ]?config/i.exec(c)?.[0])
    .find((m) => m !== undefined);
  if (config !== undefined)
    return { kinds: ['worker-configuration'], selectedBy: `name contains '${config}' (${named})` };
  return { kinds: ['production-worker'], selectedBy: `name contains 'worker' (${named})` };
}

/**
 * Which roles are Veeam roles, and of which kind (design.md §4): config `roles:` entries first,
 * then the `veeam:role` tag, then a name containing "worker". Pure.
 */
export function selectRoles(
  roles: readonly Role[],
  selectors: readonly RoleSelector[],
): Map<Role, Selection> {
  const selected = new Map<Role, Selection>();
  for (const role of roles) {
    const s = selectOne(role, selectors);
    if (s) selected.set(role, s);
  }
  return selected;
}

/** Config entries that matched no role: each is itself a failure (a role the user expects is gone). */
export function unmatchedSelectors(
  roles: readonly Role[],
  selectors: readonly RoleSelector[],
): RoleSelector[] {
  return selectors.filter((s) => !roles.some((r) => candidates(r).some((c) => globMatches(s.match, c))));
}
