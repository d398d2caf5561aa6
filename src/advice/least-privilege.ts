import type { Statement } from '../model/policy.js';
import type { SourceLocation } from '../model/location.js';
import type { Warning } from '../model/report.js';
import type { Role } from '../model/role.js';
import { coversAction, effectOf, resourceScope } from '../iam/statement.js';
import type { RequirementSet } from '../requirements/types.js';
import { actionCatalogue, allActions, expandAction } from './catalogue.js';
import { roleStatements } from './statements.js';

/** The catalogue actions an Allow statement grants (on any resource, under any condition). */
function granted(st: Statement): Set<string> {
  const names = (list: Statement['action']) =>
    (list ?? []).filter((p): p is string => typeof p === 'string').flatMap((p) => [...expandAction(p)]);
  if (st.action) return new Set(names(st.action).map((a) => a.toLowerCase()));
  if (st.notAction) {
    const excluded = new Set(names(st.notAction).map((a) => a.toLowerCase()));
    return new Set(
      allActions()
        .map((a) => a.toLowerCase())
        .filter((a) => !excluded.has(a)),
    );
  }
  return new Set();
}

/** The worst grants, named on their statement: every action, all of IAM, PassRole or AssumeRole on "*". */
function offence(st: Statement, required: Set<string>): string | undefined {
  const patterns = (st.action ?? []).filter((p): p is string => typeof p === 'string');
  const onAll = resourceScope(st, 'Allow') === 'all';
  if (patterns.includes('*') || (st.notAction !== undefined && onAll))
    return st.action ? 'Action "*" grants every AWS action' : 'NotAction grants nearly every AWS action';
  if (patterns.some((p) => /^iam:\*$/i.test(p))) return '"iam:*" grants full control of IAM';
  if (onAll && !required.has('iam:passrole') && coversAction(st, 'iam:PassRole') === 'yes')
    return 'iam:PassRole on Resource "*" lets the role hand any role to a service (privilege escalation)';
  if (onAll && !required.has('sts:assumerole') && coversAction(st, 'sts:AssumeRole') === 'yes')
    return 'sts:AssumeRole on Resource "*" lets the role assume any role that trusts its account';
  return undefined;
}

/**
 * Least-privilege advice (issue 6): actions the role's Allow statements grant beyond what its
 * kind needs, counted after wildcard expansion against the AWS action catalogue, with the worst
 * offenders named on their statements. Warnings only; `least-privilege: fail` makes them fail.
 */
export function leastPrivilegeWarnings(role: Role, requirement: RequirementSet): Warning[] {
  const required = new Set(requirement.actions.map((a) => a.toLowerCase()));
  const excess = new Set<string>();
  // Grouped by where they are written: a statement of the user's, or an AWS-managed attachment.
  const groups = new Map<string, { policy: string; actions: Set<string>; location: SourceLocation }>();
  const warnings: Warning[] = [];
  for (const { statement: st, policy, location } of roleStatements(role)) {
    if (effectOf(st) !== 'Allow') continue;
    const extra = [...granted(st)].filter((a) => !required.has(a));
    extra.forEach((a) => excess.add(a));
    if (extra.length) {
      const key = `${policy}@${location.file}:${location.line}:${location.column}`;
      const group = groups.get(key) ?? { policy, actions: new Set<string>(), location };
      extra.forEach((a) => group.actions.add(a));
      groups.set(key, group);
    }
    const worst = offence(st, required);
    if (worst) {
      warnings.push({
        code: 'least-privilege',
        message: `${role.id}: ${worst} (${policy}); ${requirement.kind} needs only the ${requirement.actions.length} actions Veeam lists`,
        location,
      });
    }
  }
  if (excess.size === 0) return warnings;
  const ranked = [...groups.values()].sort((a, b) => b.actions.size - a.actions.size);
  const top = ranked
    .slice(0, 3)
    .map((p) => `${p.actions.size} from ${p.policy} (${p.location.file}:${p.location.line})`)
    .join(', ');
  warnings.unshift({
    code: 'least-privilege',
    message: `${role.id}: grants ${excess.size} action${excess.size === 1 ? '' : 's'} beyond the ${requirement.actions.length} that ${requirement.kind} needs in Veeam Backup for AWS ${requirement.version} (after wildcard expansion against the AWS action catalogue of ${actionCatalogue.date}): ${top}`,
    location: ranked[0]!.location,
  });
  return warnings;
}
