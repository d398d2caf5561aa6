import { type IAMClient, paginateSimulatePrincipalPolicy } from '@aws-sdk/client-iam';
import type { Report, RoleReport, Warning } from '../model/report.js';
import { combinedRequirements } from '../requirements/index.js';
import { LIVE_FILE } from './live-roles.js';
import { classify, messageOf } from './errors.js';
import { callPermission } from './permissions.js';

/** SimulatePrincipalPolicy's decision per action: 'allowed', 'explicitDeny' or 'implicitDeny'. */
export type Decisions = Map<string, string>;

/**
 * Asks IAM's policy simulator whether the role may perform each action on `*`. It sees what static
 * analysis cannot (a boundary set outside the template, policies attached by hand). A failure is a
 * Warning, never a crash: simulation is a cross-check, not the verdict.
 */
export async function simulateActions(
  client: IAMClient,
  roleArn: string,
  actions: readonly string[],
): Promise<Decisions | Warning> {
  const decisions: Decisions = new Map();
  try {
    // The API takes at most 128 action names per request.
    for (let i = 0; i < actions.length; i += 100) {
      const pages = paginateSimulatePrincipalPolicy(
        { client },
        { PolicySourceArn: roleArn, ActionNames: actions.slice(i, i + 100), ResourceArns: ['*'] },
      );
      for await (const page of pages)
        for (const r of page.EvaluationResults ?? [])
          if (r.EvalActionName)
            decisions.set(r.EvalActionName.toLowerCase(), r.EvalDecision ?? 'implicitDeny');
    }
  } catch (e) {
    const why =
      classify(e) === 'access-denied' ? `${callPermission.SimulatePrincipalPolicy} denied` : messageOf(e);
    return { code: 'simulate-failed', message: `${roleArn}: SimulatePrincipalPolicy could not run (${why})` };
  }
  return decisions;
}

/**
 * Where the simulator disagrees with the static `permissions` verdict: an action the static check
 * calls missing that IAM allows, or one it calls granted that IAM denies. Conditional (unproven)
 * actions are reported with the simulator's answer, which assumes no request context.
 */
export function compareWithSimulation(
  report: RoleReport,
  requiredActions: readonly string[],
  decisions: Decisions,
): Warning[] {
  const check = report.checks.find((c) => c.check === 'permissions');
  if (!check) return [];
  const missing = new Set((check.missingActions ?? []).map((a) => a.toLowerCase()));
  const unproven = new Set((check.unprovenActions ?? []).map((a) => a.toLowerCase()));
  const allowedButMissing: string[] = [];
  const deniedButGranted: string[] = [];
  const unprovenDecided: string[] = [];
  for (const action of requiredActions) {
    const key = action.toLowerCase();
    const decision = decisions.get(key);
    if (decision === undefined) continue;
    const allowed = decision === 'allowed';
    if (missing.has(key) && allowed) allowedButMissing.push(action);
    else if (unproven.has(key)) unprovenDecided.push(`${action}: ${decision}`);
    else if (!missing.has(key) && !allowed) deniedButGranted.push(`${action} (${decision})`);
  }
  const warnings: Warning[] = [];
  const at = report.location;
  if (allowedButMissing.length)
    warnings.push({
      code: 'simulate-disagrees',
      message: `${report.id}: SimulatePrincipalPolicy allows what the static check finds missing: ${allowedButMissing.join(', ')}`,
      location: at,
    });
  if (deniedButGranted.length)
    warnings.push({
      code: 'simulate-disagrees',
      message: `${report.id}: SimulatePrincipalPolicy denies what the static check finds granted: ${deniedButGranted.join(', ')}`,
      location: at,
    });
  if (unprovenDecided.length)
    warnings.push({
      code: 'simulate-unproven',
      message: `${report.id}: conditionally granted actions, as the simulator decides them without request context: ${unprovenDecided.join(', ')}`,
      location: at,
    });
  return warnings;
}

/**
 * `--simulate`: for every live role in the report, asks the simulator about the role kind's
 * required actions and returns where it disagrees with the static verdict (Warnings only).
 */
export async function simulateReport(
  client: IAMClient,
  report: Report,
  veeamVersion: string,
): Promise<Warning[]> {
  const warnings: Warning[] = [];
  for (const role of report.roles) {
    const arn = role.id.slice(`${LIVE_FILE}#`.length);
    if (role.source !== 'aws' || !arn.startsWith('arn:')) continue;
    const actions = combinedRequirements(role.kind.split('+'), veeamVersion).actions;
    const decisions = await simulateActions(client, arn, actions);
    if (decisions instanceof Map) warnings.push(...compareWithSimulation(role, actions, decisions));
    else warnings.push(decisions);
  }
  return warnings;
}
