import type { Fix } from '../model/report.js';
import { cloudFormationFix } from './cloudformation.js';
import { iamJsonFix } from './iam-json.js';
import { APPLIANCE_PLACEHOLDER, type FixNeed, type FixRequest, type TrustPrincipal } from './request.js';
import { terraformFix } from './terraform.js';
import { terraformSourceFix } from './terraform-source.js';

export type { FixRequest } from './request.js';
export { sourceStyle } from './style.js';

const appliance = (r: FixRequest): TrustPrincipal => ({
  type: 'AWS',
  value: r.appliancePrincipals[0] ?? APPLIANCE_PLACEHOLDER,
});

function needOf(r: FixRequest): FixNeed | undefined {
  if (r.check === 'permissions') return r.missingActions.length ? { kind: 'permissions' } : undefined;
  if (r.check === 'instance-profile') return { kind: 'instance-profile' };
  if (r.check.startsWith('trust-') && r.role.variants.every((v) => !v.trustPolicy && !v.trustUnresolved)) {
    // No trust policy at all: one policy with every principal the kind needs, the same for each check.
    return {
      kind: 'trust-policy',
      principals: [
        ...(r.requirement.trustAppliance ? [appliance(r)] : []),
        ...r.requirement.trustServices.map((value): TrustPrincipal => ({ type: 'Service', value })),
      ],
    };
  }
  if (r.check === 'trust-appliance') {
    return { kind: 'trust', principal: appliance(r) };
  }
  const service = r.requirement.trustServices.find(
    (s) => `trust-${s.replace(/\.amazonaws\.com$/, '')}` === r.check,
  );
  return service ? { kind: 'trust', principal: { type: 'Service', value: service } } : undefined;
}

/**
 * A ready-to-paste change in the role's own format and style that makes the failing check pass,
 * containing exactly what is missing (issue 6). Pure.
 */
export function fixFor(r: FixRequest): Fix | undefined {
  const need = needOf(r);
  if (!need) return undefined;
  if (r.role.source === 'cloudformation') return cloudFormationFix(r, need);
  if (r.role.source === 'terraform-plan') return terraformFix(r, need);
  if (r.role.source === 'terraform-source') return terraformSourceFix(r, need);
  return iamJsonFix(r, need);
}
