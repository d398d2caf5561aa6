import type { GateOptions } from '../../model/options.js';
import type { CheckResult, Fix, RoleReport } from '../../model/report.js';
import type { CheckId } from '../../model/role.js';
import { combinedRequirements } from '../../requirements/index.js';
import { requiredCondition } from '../../requirements/conditions.js';
import type { RequirementSet } from '../../requirements/types.js';
import { policyName, type TrustPrincipal } from '../request.js';
import { missingStatements, type FixStatement } from '../statements.js';

/** What one failing check of a role needs written into its file. */
export type Need =
  | {
      check: CheckId;
      kind: 'permissions';
      /** Actions Veeam grants outright: they may join an existing unconditional statement. */
      plain: string[];
      /** Statements with the condition Veeam grants them under (EFS indexing): always new statements. */
      conditional: FixStatement[];
      policyName: string;
      /** Every action the role kind needs: an existing statement holding some is the Veeam statement. */
      required: string[];
      /** The report's snippet for the check: Terraform source writes it as is, as new blocks. */
      fix?: Fix;
    }
  | { check: CheckId; kind: 'trust'; principal: TrustPrincipal }
  | { check: CheckId; kind: 'instance-profile'; fix?: Fix };

/** A failing check the fixer leaves alone, and why (printed; the snippet stays in the report). */
export interface NotFixed {
  check: CheckId;
  reason: string;
}

export interface RoleNeeds {
  needs: Need[];
  notFixed: NotFixed[];
}

/**
 * Which of a role's checks `--fix` can write, from the report alone. Only `fail` is fixed: an
 * `unknown` check cannot be proven by adding text. The appliance is trusted only when the user
 * named it: a placeholder ARN in a file would deploy a role nobody can assume.
 */
export function needsOf(role: RoleReport, options: Pick<GateOptions, 'appliancePrincipals'>): RoleNeeds {
  const requirement = combinedRequirements(role.kind.split('+'), role.veeamVersion);
  const needs: Need[] = [];
  const notFixed: NotFixed[] = [];
  for (const check of role.checks) {
    if (check.verdict !== 'fail') continue;
    const need = needOf(check, requirement, options.appliancePrincipals);
    if (typeof need === 'string') notFixed.push({ check: check.check, reason: need });
    else needs.push(need);
  }
  return { needs, notFixed };
}

function needOf(
  check: CheckResult,
  requirement: RequirementSet,
  appliancePrincipals: readonly string[],
): Need | string {
  const id = check.check;
  if (id === 'permissions') {
    const missing = check.missingActions ?? [];
    if (!missing.length) return 'nothing is missing outright: the grants that fail are narrowed or denied';
    return {
      check: id,
      kind: 'permissions',
      plain: missing.filter((a) => !requiredCondition(requirement, a)),
      conditional: missingStatements(requirement, missing).filter((s) => s.condition),
      policyName: policyName(requirement),
      required: requirement.actions,
      ...(check.fix && { fix: check.fix }),
    };
  }
  if (id === 'instance-profile')
    return { check: id, kind: 'instance-profile', ...(check.fix && { fix: check.fix }) };
  if (id === 'trust-appliance') {
    const principal = appliancePrincipals[0];
    if (!principal)
      return 'the appliance to trust is not known: set --appliance-principal (or appliance-principal)';
    return { check: id, kind: 'trust', principal: { type: 'AWS', value: principal } };
  }
  const service = requirement.trustServices.find((s) => `trust-${s.replace(/\.amazonaws\.com$/, '')}` === id);
  if (!service) return `no fix is known for ${id}`;
  return { check: id, kind: 'trust', principal: { type: 'Service', value: service } };
}
