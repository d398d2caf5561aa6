import type { Warning } from '../model/report.js';
import type { Role } from '../model/role.js';
import type { RequirementSet } from '../requirements/types.js';
import { versionDriftWarnings } from './drift.js';
import { leastPrivilegeWarnings } from './least-privilege.js';
import { unknownActionWarnings } from './unknown-actions.js';

export { actionCatalogue } from './catalogue.js';

export { adviceFails, LEAST_PRIVILEGE_CODES } from './gate-codes.js';

/**
 * Advice on a checked role that never changes its verdict (issue 6): grants beyond the kind's
 * requirement and the worst of them, unknown action names with the closest real one, and what the
 * next Veeam version will need. Pure; call it with the same requirement the checks used.
 */
export function adviseRole(role: Role, requirement: RequirementSet): Warning[] {
  return [
    ...leastPrivilegeWarnings(role, requirement),
    ...unknownActionWarnings(role, requirement),
    ...versionDriftWarnings(role, requirement),
  ];
}
