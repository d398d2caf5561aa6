// PLACEHOLDER written on branch `cli` so scan.ts compiles before the lead's selection lands on
// main: on merge, main's version of this file wins entirely.
import type { RoleSelector } from '../model/options.js';
import type { Role } from '../model/role.js';
import type { Selection } from './types.js';

/** Which roles are Veeam roles, of which kind, and why (design.md §4). */
export function selectRoles(roles: Role[], selectors: RoleSelector[]): Map<Role, Selection> {
  const result = new Map<Role, Selection>();
  const globs = selectors.map((s) => ({ selector: s, re: globToRegExp(s.match) }));
  for (const role of roles) {
    const names = [role.key, typeof role.name === 'string' ? role.name : undefined].filter(
      (n): n is string => n !== undefined,
    );
    const hit = globs.find((g) => names.some((n) => g.re.test(n)));
    if (hit) {
      result.set(role, {
        kinds: hit.selector.kinds,
        selectedBy: `config roles entry '${hit.selector.match}'`,
      });
      continue;
    }
    const tag = role.tags['veeam:role'];
    if (typeof tag === 'string' && tag !== '') {
      result.set(role, { kinds: tag.split('+'), selectedBy: `tag veeam:role=${tag}` });
      continue;
    }
    if (names.some((n) => /worker/i.test(n))) {
      result.set(role, { kinds: ['production-worker'], selectedBy: "name contains 'worker'" });
    }
  }
  return result;
}

function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^$()|\\{}[\]]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'is');
}
