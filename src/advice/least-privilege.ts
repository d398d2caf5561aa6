import type { Statement } from '../model/policy.js';
import type { SourceLocation } from '../model/location.js';
import type { Warning } from '../model/report.js';
import type { Role } from '../model/role.js';
import { coversAction, effectOf, resourceScope } from '../iam/statement.js';
import type { RequirementSet } from '../requirements/types.js';
import { actionCatalogue, allActionsLower, catalogueSize, expandAction, isKnownAction } from './catalogue.js';
import { roleStatements } from './statements.js';

type Grant = { all: true } | { all: false; actions: ReadonlySet<string> };

/** Grants by Action/NotAction list: fleets of roles repeat the same few lists. Read-only results. */
const grants = new Map<string, Grant>();

/** The catalogue actions an Allow statement grants (lower-cased; any resource, any condition). */
function granted(st: Statement): Grant {
  // Relocated copies of a document share their Action lists: most statements hit this first.
  const list = st.action ?? st.notAction;
  const byList = list && grantsByList.get(list);
  if (byList && byList.action === (st.action !== undefined)) return byList.grant;
  const grant = grantedByText(st);
  if (list) grantsByList.set(list, { action: st.action !== undefined, grant });
  return grant;
}

const grantsByList = new WeakMap<readonly unknown[], { action: boolean; grant: Grant }>();

function grantedByText(st: Statement): Grant {
  const patterns = (list: Statement['action']) =>
    (list ?? []).filter((p): p is string => typeof p === 'string');
  const key = `${st.action ? 'A' : st.notAction ? 'N' : '-'}\u0000${patterns(st.action ?? st.notAction).join('\u0000')}`;
  let found = grants.get(key);
  if (!found) {
    found = expandGrant(st, patterns);
    if (grants.size > 10_000) grants.clear();
    grants.set(key, found);
  }
  return found;
}

function expandGrant(st: Statement, patterns: (list: Statement['action']) => string[]): Grant {
  // Action "*" grants the whole catalogue: counted, not listed (22,000 names per statement add up).
  if (patterns(st.action).includes('*')) return { all: true };
  const names = (list: Statement['action']) =>
    new Set(patterns(list).flatMap((p) => expandAction(p).map((a) => a.toLowerCase())));
  if (st.action) return { all: false, actions: names(st.action) };
  if (st.notAction) {
    const excluded = names(st.notAction);
    return { all: false, actions: new Set(allActionsLower().filter((a) => !excluded.has(a))) };
  }
  return { all: false, actions: new Set() };
}

/** Per requirement set (memoised, issue 16): its actions lower-cased, and how many lie beyond it. */
const requiredSets = new WeakMap<RequirementSet, { required: Set<string>; beyondAll: number }>();

function requiredOf(requirement: RequirementSet): { required: Set<string>; beyondAll: number } {
  let found = requiredSets.get(requirement);
  if (!found) {
    found = {
      required: new Set(requirement.actions.map((a) => a.toLowerCase())),
      // Beyond the requirement, everything: the catalogue minus the required actions it knows.
      beyondAll: catalogueSize() - requirement.actions.filter(isKnownAction).length,
    };
    requiredSets.set(requirement, found);
  }
  return found;
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
  const { required, beyondAll } = requiredOf(requirement);
  const excess = new Set<string>();
  let grantsAll = false;
  // Grouped by where they are written: a statement of the user's, or an AWS-managed attachment.
  const groups = new Map<
    string,
    { policy: string; actions: Set<string>; all: boolean; location: SourceLocation }
  >();
  const warnings: Warning[] = [];
  for (const { statement: st, policy, location } of roleStatements(role)) {
    if (effectOf(st) !== 'Allow') continue;
    const grant = granted(st);
    const extra = grant.all ? [] : [...grant.actions].filter((a) => !required.has(a));
    if (grant.all || extra.length) {
      const key = `${policy}@${location.file}:${location.line}:${location.column}`;
      const group = groups.get(key) ?? { policy, actions: new Set<string>(), all: false, location };
      group.all ||= grant.all;
      grantsAll ||= grant.all;
      for (const a of extra) {
        group.actions.add(a);
        excess.add(a);
      }
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
  const size = (g: { all: boolean; actions: Set<string> }) => (g.all ? beyondAll : g.actions.size);
  const total = grantsAll ? beyondAll : excess.size;
  if (total === 0) return warnings;
  const ranked = [...groups.values()].sort((a, b) => size(b) - size(a));
  const top = ranked
    .slice(0, 3)
    .map((p) => `${size(p)} from ${p.policy} (${p.location.file}:${p.location.line})`)
    .join(', ');
  warnings.unshift({
    code: 'least-privilege',
    message: `${role.id}: grants ${total} action${total === 1 ? '' : 's'} beyond the ${requirement.actions.length} that ${requirement.kind} needs in Veeam Backup for AWS ${requirement.version} (after wildcard expansion against the AWS action catalogue of ${actionCatalogue.date}): ${top}`,
    location: ranked[0]!.location,
  });
  return warnings;
}
