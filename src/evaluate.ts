import type { GateOptions } from './model/options.js';
import type { RoleReport } from './model/report.js';
import type { Role } from './model/role.js';
import type { Selection } from './requirements/types.js';

/**
 * Runs every check that the role's kind(s) need, on every variant of the role, and combines them
 * (design.md §2). Pure.
 */
export function evaluateRole(
  _role: Role,
  _selection: Selection,
  _options: Pick<GateOptions, 'veeamVersion' | 'appliancePrincipals'>,
): RoleReport {
  throw new Error('not implemented yet');
}
