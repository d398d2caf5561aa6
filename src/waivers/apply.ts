import type { FileError, RoleReport, Warning } from '../model/report.js';
import type { Role } from '../model/role.js';
import type { CheckWaiver, ConfigWaiver, InlineWaiver } from '../model/waiver.js';
import { globMatches } from '../requirements/glob.js';
import { daysBetween } from './dates.js';
import { waiverProblem } from './rules.js';

export interface WaiverPolicy {
  /** YYYY-MM-DD: waivers that expired before it do nothing. */
  today: string;
  inline: 'allow' | 'deny';
  maxDays: number;
  /**
   * The run sees part of the roles (changed files, a shard): a config waiver that matches nothing
   * here may match elsewhere, so it is not called stale.
   */
  partial: boolean;
}

interface Rule {
  checks: string[];
  actions?: string[];
  reason: string;
  expires: string;
  ticket?: string;
  source: CheckWaiver['source'];
  location: CheckWaiver['location'];
  /** How the rule names its role(s), for warnings. */
  label: string;
  /** Config waivers: the glob over the role's id, logical ID / address or name. */
  roleGlob?: string;
  used: boolean;
}

/**
 * Applies config and inline waivers to the checked roles (issue 13): a covered check keeps its
 * verdict and gains `waiver`. Expired waivers do nothing and warn; waivers that cover nothing warn
 * (stale); inline waivers that are not acceptable are errors on their line; with `inline: deny`
 * inline waivers are ignored with a warning. Mutates the reports' check results. Pure otherwise.
 */
export function applyWaivers(
  evaluated: readonly { role: Role; report: RoleReport }[],
  configWaivers: readonly ConfigWaiver[],
  policy: WaiverPolicy,
): { warnings: Warning[]; errors: FileError[] } {
  const warnings: Warning[] = [];
  const errors: FileError[] = [];
  const configRules = configWaivers.map(({ role: roleGlob, ...w }): Rule => ({
    ...w,
    roleGlob,
    source: 'config',
    label: `roles matching '${roleGlob}'`,
    used: false,
  }));
  const expired = (rule: Rule): boolean => daysBetween(policy.today, rule.expires) < 0;

  for (const { role, report } of evaluated) {
    const inline = (role.inlineWaivers ?? []).flatMap((w) =>
      inlineRule(w, role, report, policy, warnings, errors),
    );
    const names = [role.id, role.key, ...(typeof role.name === 'string' ? [role.name] : [])];
    const matching = configRules.filter((r) => names.some((name) => globMatches(r.roleGlob!, name)));
    for (const rule of [...inline, ...matching]) {
      if (expired(rule)) continue;
      for (const check of report.checks) {
        if (check.verdict === 'pass' || check.waiver) continue;
        if (!rule.checks.includes('all') && !rule.checks.includes(check.check)) continue;
        const open = [...(check.missingActions ?? []), ...(check.unprovenActions ?? [])];
        const waiver: CheckWaiver = {
          reason: rule.reason,
          expires: rule.expires,
          source: rule.source,
          daysLeft: daysBetween(policy.today, rule.expires),
          written: { checks: rule.checks, ...(rule.actions && { actions: rule.actions }) },
          ...(rule.ticket !== undefined && { ticket: rule.ticket }),
          location: rule.location,
        };
        if (rule.actions) {
          const wanted = new Set(rule.actions.map((a) => a.toLowerCase()));
          const covered = open.filter((a) => wanted.has(a.toLowerCase()));
          if (covered.length === 0) continue;
          waiver.actions = covered;
        }
        check.waiver = waiver;
        rule.used = true;
      }
    }
    for (const rule of inline)
      if (!rule.used) warnings.push(unusedWarning(rule, expired(rule), policy.today));
  }
  for (const rule of configRules)
    if (!rule.used && (expired(rule) || !policy.partial))
      warnings.push(unusedWarning(rule, expired(rule), policy.today));
  return { warnings, errors };
}

function inlineRule(
  waiver: InlineWaiver,
  role: Role,
  report: RoleReport,
  policy: WaiverPolicy,
  warnings: Warning[],
  errors: FileError[],
): Rule[] {
  const at = waiver.location;
  const problem = waiver.problem ?? waiverProblem(waiver, policy.today, policy.maxDays);
  if (problem) {
    errors.push({ file: at.file, line: at.line, column: at.column, message: `${role.key}: ${problem}` });
    return [];
  }
  if (policy.inline === 'deny') {
    warnings.push({
      code: 'waiver-denied',
      message: `waiver for ${report.id} (${waiver.checks.join(', ')}) is ignored: the config sets inline-waivers: deny`,
      location: at,
    });
    return [];
  }
  return [
    {
      checks: waiver.checks,
      ...(waiver.actions && { actions: waiver.actions }),
      reason: waiver.reason!,
      expires: waiver.expires!,
      ...(waiver.ticket !== undefined && { ticket: waiver.ticket }),
      source: 'inline',
      location: at,
      label: report.id,
      used: false,
    },
  ];
}

function unusedWarning(rule: Rule, expired: boolean, today: string): Warning {
  const what = `waiver for ${rule.label} (${rule.checks.join(', ')}${rule.actions ? `: ${rule.actions.join(', ')}` : ''})`;
  return expired
    ? {
        code: 'waiver-expired',
        message: `${what} expired on ${rule.expires} (today is ${today}): it no longer applies; fix the role or renew the waiver with a new reason`,
        location: rule.location,
      }
    : {
        code: 'waiver-stale',
        message: `${what} matches no failing or unknown check: remove it`,
        location: rule.location,
      };
}
