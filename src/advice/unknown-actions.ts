import type { Warning } from '../model/report.js';
import type { Role } from '../model/role.js';
import type { RequirementSet } from '../requirements/types.js';
import { actionCatalogue, closestAction, expandAction, isKnownAction, isKnownService } from './catalogue.js';
import { roleStatements } from './statements.js';

/**
 * Action names in the role's own policies that AWS does not know (typos like `ssm:GetParameterz`,
 * a pattern that matches nothing), each with the closest real name. Warnings only: AWS accepts
 * such names silently and they grant nothing.
 */
export function unknownActionWarnings(role: Role, requirement: RequirementSet): Warning[] {
  const required = new Set(requirement.actions.map((a) => a.toLowerCase()));
  const warnings: Warning[] = [];
  for (const { statement, policy, own, location } of roleStatements(role)) {
    if (!own) continue;
    for (const pattern of [...(statement.action ?? []), ...(statement.notAction ?? [])]) {
      if (typeof pattern !== 'string' || pattern === '*' || required.has(pattern.toLowerCase())) continue;
      const wildcard = /[*?]/.test(pattern);
      if (wildcard ? expandAction(pattern).length > 0 : isKnownAction(pattern)) continue;
      const [prefix = ''] = pattern.split(':', 1);
      const what = !pattern.includes(':')
        ? `'${pattern}' is not an action name (service:Action)`
        : !isKnownService(prefix)
          ? `'${pattern}' names an unknown service '${prefix}'`
          : wildcard
            ? `'${pattern}' matches no known action`
            : `'${pattern}' is not a known action`;
      const suggestion = wildcard ? undefined : closestAction(pattern);
      warnings.push({
        code: 'unknown-action',
        message: `${role.id}: ${what} in ${policy} (AWS action catalogue of ${actionCatalogue.date})${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
        location,
      });
    }
  }
  return warnings;
}
