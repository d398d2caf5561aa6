import { toEvaluated } from '../checks/permissions.js';
import { evaluateActions } from '../iam/permissions.js';
import type { Warning } from '../model/report.js';
import type { Role } from '../model/role.js';
import { nextVersion, versionChange } from '../requirements/drift.js';
import type { RequirementSet } from '../requirements/types.js';

/**
 * Version drift (issue 6): what the next Veeam version adds to the role's kinds that the role does
 * not grant yet, so users upgrading the appliance know which roles to update first.
 */
export function versionDriftWarnings(role: Role, requirement: RequirementSet): Warning[] {
  const next = nextVersion(requirement.version);
  if (next === undefined) return [];
  const change = versionChange(requirement.kind.split('+'), requirement.version, next);
  if (!change || (change.added.length === 0 && change.trustAdded.length === 0)) return [];
  const lacking = change.added.filter((action) =>
    role.variants.some((shape) => {
      const boundary = shape.permissionsBoundary && toEvaluated(shape.permissionsBoundary);
      const [verdict] = evaluateActions([action], shape.policies.map(toEvaluated), boundary);
      return verdict?.state !== 'granted';
    }),
  );
  if (lacking.length === 0 && change.trustAdded.length === 0) return [];
  const needs = [...lacking, ...change.trustAdded.map((s) => `trust in ${s}`)];
  return [
    {
      code: 'version-drift',
      message: `${role.id}: Veeam Backup for AWS ${next} adds ${[...change.added, ...change.trustAdded].join(', ')} to ${requirement.kind}; the role lacks ${needs.join(', ')}: update it before upgrading the appliance`,
      location: role.location,
    },
  ];
}
