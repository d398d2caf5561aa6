import type { RoleReport, Warning } from './model/report.js';
import type { Role } from './model/role.js';

/** A role with its report, as scan produces them for templates/plans and live mode for AWS. */
export interface Evaluated {
  role: Role;
  report: RoleReport;
}

const assume = /^(\*|sts:\*|sts:assumerole)$/i;

/**
 * Issue 4 item 4: where a role that is both declared (template, plan, raw IAM JSON) and deployed
 * (live mode, same role name) differs in what the checks use: trust principals, granted required
 * actions, instance profiles. One Warning per difference, at the declared role. Pure.
 */
export function findDrift(declared: readonly Evaluated[], live: readonly Evaluated[]): Warning[] {
  const liveByName = new Map<string, Evaluated>();
  for (const l of live) if (typeof l.role.name === 'string') liveByName.set(l.role.name, l);
  const warnings: Warning[] = [];
  for (const d of declared) {
    if (typeof d.role.name !== 'string' || d.role.source === 'aws') continue;
    const l = liveByName.get(d.role.name);
    if (!l) continue;
    const add = (aspect: string, detail: string): void => {
      warnings.push({
        code: 'drift',
        message: `role '${d.role.name as string}': the deployed role (${l.role.id}) differs from ${d.role.id} in ${aspect}: ${detail}`,
        location: d.role.location,
      });
    };

    const declaredTrust = trustPrincipals(d.role);
    const liveTrust = trustPrincipals(l.role);
    const onlyDeclared = [...declaredTrust].filter((p) => ![...liveTrust].some((q) => samePrincipal(p, q)));
    const onlyLive = [...liveTrust].filter((q) => ![...declaredTrust].some((p) => samePrincipal(p, q)));
    if (onlyDeclared.length || onlyLive.length) add('trust principals', sides(onlyDeclared, onlyLive));

    const declaredMissing = actionSet(d.report);
    const liveMissing = actionSet(l.report);
    const grantedOnlyDeclared = [...liveMissing].filter((a) => !declaredMissing.has(a));
    const grantedOnlyLive = [...declaredMissing].filter((a) => !liveMissing.has(a));
    if (grantedOnlyDeclared.length || grantedOnlyLive.length)
      add('granted required actions', sides(grantedOnlyDeclared, grantedOnlyLive, 'granted'));

    const declaredProfiles = d.role.variants.some((v) => v.instanceProfiles.length > 0);
    const liveProfiles = l.role.variants.some((v) => v.instanceProfiles.length > 0);
    if (declaredProfiles !== liveProfiles)
      add(
        'instance profiles',
        declaredProfiles
          ? 'the template puts the role in an instance profile, the deployed role is in none'
          : `the deployed role is in instance profile ${l.role.variants[0]!.instanceProfiles.map((p) => p.name).join(', ')}, the template puts it in none`,
      );
  }
  return warnings;
}

function sides(onlyDeclared: string[], onlyLive: string[], verb = 'trusted'): string {
  const parts: string[] = [];
  if (onlyDeclared.length) parts.push(`${verb} only as declared: ${onlyDeclared.sort().join(', ')}`);
  if (onlyLive.length) parts.push(`${verb} only as deployed: ${onlyLive.sort().join(', ')}`);
  return parts.join('; ');
}

/** Required actions the report does not show as granted (missing or unproven). */
function actionSet(report: RoleReport): Set<string> {
  const check = report.checks.find((c) => c.check === 'permissions');
  return new Set([...(check?.missingActions ?? []), ...(check?.unprovenActions ?? [])]);
}

/** `Type:value` of every principal an Allow statement lets assume the role, across variants. */
function trustPrincipals(role: Role): Set<string> {
  const out = new Set<string>();
  for (const shape of role.variants)
    for (const s of shape.trustPolicy?.statements ?? []) {
      if (s.effect !== 'Allow' || !(s.action ?? []).some((a) => typeof a === 'string' && assume.test(a)))
        continue;
      for (const p of s.principal ?? [])
        if (typeof p.value === 'string') out.add(`${p.type}:${canonical(p.value)}`);
    }
  return out;
}

/** IAM stores an account ID principal as its root ARN. */
function canonical(value: string): string {
  return /^\d{12}$/.test(value) ? `arn:aws:iam::${value}:root` : value;
}

/** Pseudo parameters (`${AWS::Partition}`, `${AWS::AccountId}`, …) in a declared value match any segment. */
function samePrincipal(declared: string, deployed: string): boolean {
  if (declared === deployed) return true;
  if (!declared.includes('${')) return false;
  const pattern = declared
    .split(/\$\{AWS::\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^:/]*');
  return new RegExp(`^${pattern}$`).test(deployed);
}
