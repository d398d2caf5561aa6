import type { Warning } from '../model/report.js';
import type { Role } from '../model/role.js';
import type { RequirementSet } from '../requirements/types.js';
import type { Str } from '../model/value.js';
import { actionCatalogue, closestAction, expandAction, isKnownAction, isKnownService } from './catalogue.js';
import { roleStatements } from './statements.js';

/**
 * Action names in the role's own policies that AWS does not know (typos like `ssm:GetParameterz`,
 * a pattern that matches nothing), each with the closest real name. Warnings only: AWS accepts
 * such names silently and they grant nothing.
 */
export function unknownActionWarnings(role: Role, requirement: RequirementSet): Warning[] {
  const warnings: Warning[] = [];
  for (const { statement, policy, own, location } of roleStatements(role)) {
    if (!own) continue;
    for (const list of [statement.action, statement.notAction]) {
      for (const { what, suggestion } of unknownIn(list ?? [], requirement)) {
        warnings.push({
          code: 'unknown-action',
          message: `${role.id}: ${what} in ${policy} (AWS action catalogue of ${actionCatalogue.date})${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
          location,
        });
      }
    }
  }
  return warnings;
}

interface UnknownAction {
  what: string;
  suggestion?: string;
}

/** Per Action list and requirement set (issue 16): fleets of roles repeat the same few lists. */
const unknownByList = new WeakMap<readonly unknown[], WeakMap<RequirementSet, UnknownAction[]>>();

function unknownIn(patterns: readonly Str[], requirement: RequirementSet): UnknownAction[] {
  let byRequirement = unknownByList.get(patterns);
  if (!byRequirement) unknownByList.set(patterns, (byRequirement = new WeakMap()));
  let found = byRequirement.get(requirement);
  if (!found) {
    found = unknownInText(patterns, requirement);
    byRequirement.set(requirement, found);
  }
  return found;
}

/**
 * Per Action list text and requirement set: lists written out in each template of a tree are
 * equal without being shared. Read-only results, bounded like the least-privilege grants.
 */
const unknownByText = new WeakMap<RequirementSet, Map<string, UnknownAction[]>>();

function unknownInText(patterns: readonly Str[], requirement: RequirementSet): UnknownAction[] {
  // Unresolved names add nothing: they are keyed as null.
  const key = JSON.stringify(patterns.map((p) => (typeof p === 'string' ? p : null)));
  let byText = unknownByText.get(requirement);
  if (!byText) unknownByText.set(requirement, (byText = new Map()));
  let found = byText.get(key);
  if (!found) {
    found = unknownInList(patterns, requirement);
    if (byText.size > 10_000) byText.clear();
    byText.set(key, found);
  }
  return found;
}

function unknownInList(patterns: readonly Str[], requirement: RequirementSet): UnknownAction[] {
  const required = new Set(requirement.actions.map((a) => a.toLowerCase()));
  return patterns.flatMap((pattern) => {
    if (typeof pattern !== 'string' || pattern === '*' || required.has(pattern.toLowerCase())) return [];
    const wildcard = /[*?]/.test(pattern);
    if (wildcard ? expandAction(pattern).length > 0 : isKnownAction(pattern)) return [];
    const [prefix = ''] = pattern.split(':', 1);
    const what = !pattern.includes(':')
      ? `'${pattern}' is not an action name (service:Action)`
      : !isKnownService(prefix)
        ? `'${pattern}' names an unknown service '${prefix}'`
        : wildcard
          ? `'${pattern}' matches no known action`
          : `'${pattern}' is not a known action`;
    const suggestion = wildcard ? undefined : closestAction(pattern);
    return [suggestion ? { what, suggestion } : { what }];
  });
}
