import type { Role } from '../../../src/model/role.js';
import type { Str } from '../../../src/model/value.js';

const text = (s: Str | undefined): string | undefined =>
  s === undefined ? undefined : typeof s === 'string' ? s : `?${s.reason.split(' ').slice(0, 3).join(' ')}`;

export interface RoleSummary {
  key: string;
  name?: string;
  line: number;
  variants: number;
  inline: (string | undefined)[];
  managed: (string | undefined)[];
  boundary?: string;
  profiles: string[];
}

/** What the corpus tests compare: a role's key, name and links in its first variant. */
export function summarize(role: Role): RoleSummary {
  const v = role.variants[0]!;
  return {
    key: role.key,
    name: text(role.name),
    line: role.location.line,
    variants: role.variants.length,
    inline: v.policies.filter((p) => p.kind === 'inline').map((p) => text(p.name)),
    managed: v.policies
      .filter((p) => p.kind === 'managed')
      .map((p) => (p.document ? `template:${text(p.name)}` : text(p.arn ?? p.name))),
    boundary: text(v.permissionsBoundary?.arn ?? v.permissionsBoundary?.name),
    profiles: v.instanceProfiles.map((p) => p.name),
  };
}
