import { toEvaluated } from '../checks/permissions.js';
import { explainAction } from '../iam/permissions.js';
import type { Role } from '../model/role.js';
import { conditionTests, requiredCondition } from '../requirements/conditions.js';
import { combinedRequirements } from '../requirements/index.js';

/**
 * `--explain ROLE`: for each required action of the role's kind(s), the verdict and every
 * statement that granted, narrowed, denied or left it open, with its place. Pure.
 */
export function explainRole(role: Role, kinds: readonly string[], veeamVersion: string): string {
  const requirement = combinedRequirements(kinds, veeamVersion);
  const lines = [
    `${role.id}: ${kinds.join('+')}, Veeam Backup for AWS ${veeamVersion}, ${requirement.actions.length} actions`,
  ];
  role.variants.forEach((shape, i) => {
    const assumptions = Object.entries(shape.assumptions);
    if (role.variants.length > 1)
      lines.push(
        '',
        `Variant ${i + 1} of ${role.variants.length} (${assumptions.map(([c, v]) => `${c}=${v}`).join(', ')})`,
      );
    const identity = shape.policies.map(toEvaluated);
    const boundary = shape.permissionsBoundary ? toEvaluated(shape.permissionsBoundary) : undefined;
    lines.push(
      `Policies: ${identity.map((p) => `${p.label} (${p.location.file}:${p.location.line})`).join(', ') || 'none'}`,
    );
    if (boundary)
      lines.push(
        `Permissions boundary: ${boundary.label} (${boundary.location.file}:${boundary.location.line})`,
      );
    const width = Math.max(...requirement.actions.map((a) => a.length));
    for (const action of requirement.actions) {
      const condition = requiredCondition(requirement, action);
      const { verdict, contributions } = explainAction(
        action,
        identity,
        boundary,
        condition && conditionTests(condition),
      );
      lines.push(`  ${action.padEnd(width)}  ${verdict.state.toUpperCase()}: ${verdict.reason}`);
      for (const c of contributions) lines.push(`  ${' '.repeat(width)}    ${c}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
