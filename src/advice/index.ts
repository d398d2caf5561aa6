import type { Warning } from '../model/report.js';
import type { Role } from '../model/role.js';
import type { RequirementSet } from '../requirements/types.js';
import { versionDriftWarnings } from './drift.js';
import { leastPrivilegeWarnings } from './least-privilege.js';
import { unknownActionWarnings } from './unknown-actions.js';

export { actionCatalogue } from './catalogue.js';

/** Warning codes that `least-privilege: fail` turns into a failing gate. */
export const LEAST_PRIVILEGE_CODES: readonly string[] = ['least-privilege', 'unknown-action'];

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

/** Whether the advice fails the gate: only with `least-privilege: fail`, and only for those codes. */
export function adviceFails(warnings: readonly Warning[], mode: 'warn' | 'fail' | undefined): boolean {
  return mode === 'fail' && warnings.some((w) => LEAST_PRIVILEGE_CODES.includes(w.code));
}
