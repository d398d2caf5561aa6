import type { Principal, Statement } from '../model/policy.js';
import type { RoleShape } from '../model/role.js';
import { isUnresolved } from '../model/value.js';
import { parseAwsPrincipal, principalTrusts } from '../iam/principal.js';
import { decideExplicitTrust, wildcardTrust } from '../iam/trust.js';
import { anyOf, type Tri } from '../iam/tri.js';
import {
  documentProblems,
  missingTrust,
  trustLocation,
  withProblems,
  type Check,
  type CheckContext,
  type CheckOutcome,
} from './types.js';

/** Veeam supports an external ID on the appliance's trust; any other condition is not provable. */
function onlyExternalId(st: Statement): boolean {
  return (
    st.conditionUnresolved === undefined &&
    st.condition.every(
      (c) => c.key.toLowerCase() === 'sts:externalid' && /^String(Equals|Like)$/.test(c.operator),
    )
  );
}

function anyAwsPrincipal(p: Principal): Tri {
  if (p.type !== 'AWS') return 'no';
  // A role of the same template or configuration is one specific principal, never a wildcard.
  if (isUnresolved(p.value)) return p.value.role?.part === 'arn' ? 'yes' : 'maybe';
  const parsed = parseAwsPrincipal(p.value);
  return parsed.kind === 'wildcard' || parsed.kind === 'invalid' ? 'no' : 'yes';
}

function label(p: Principal): string {
  if (!isUnresolved(p.value)) return p.value;
  const role = p.value.role;
  return role?.part === 'arn'
    ? `role '${role.key}' of this input (ARN known at deployment)`
    : `<${p.value.reason}>`;
}

function decide(shape: RoleShape, context: CheckContext): CheckOutcome {
  if (!shape.trustPolicy) return missingTrust(shape, context.role, 'the backup appliance');
  const where = trustLocation(shape, context.role);
  const wildcard = wildcardTrust(shape.trustPolicy).find((w) => !w.conditional);
  if (wildcard) {
    return {
      verdict: 'fail',
      location: wildcard.statement.location,
      message:
        'dangerous: the trust policy lets any AWS principal assume the role ("*" or NotPrincipal); trust only the backup appliance (its impersonation role ARN or account)',
    };
  }
  const configured = context.appliancePrincipals;
  const matcher = configured.length
    ? (p: Principal): Tri =>
        p.type === 'AWS' ? anyOf(configured.map((c) => principalTrusts(p.value, c))) : 'no'
    : anyAwsPrincipal;
  const decision = decideExplicitTrust(shape.trustPolicy, matcher, onlyExternalId);
  const trusted = (decision.grantedBy?.principal ?? []).filter((p) => matcher(p) !== 'no').map(label);
  const allAws = shape.trustPolicy.statements.flatMap((st) =>
    (st.principal ?? []).filter((p) => p.type === 'AWS').map(label),
  );
  const expected = configured.length
    ? `the backup appliance (${configured.join(', ')})`
    : 'the backup appliance';
  if (decision.state === 'yes') {
    const how = configured.length
      ? `${expected} may assume the role: trusted as ${trusted.join(', ')}`
      : `AWS principal ${trusted.join(', ')} may assume the role; set appliance-principal to prove it is the backup appliance`;
    return { verdict: 'pass', location: decision.location, message: how };
  }
  if (decision.state === 'maybe') {
    return {
      verdict: 'unknown',
      location: decision.location ?? where,
      message: `cannot prove that ${expected} may assume the role: ${decision.reasons.join('; ')}`,
    };
  }
  const seen = allAws.length
    ? `; the trust policy names ${allAws.join(', ')}`
    : '; the trust policy names no AWS principal';
  return {
    verdict: 'fail',
    location: decision.location ?? where,
    message: decision.reasons[0]
      ? `${expected} cannot assume the role: ${decision.reasons[0]}`
      : `no Allow statement grants sts:AssumeRole to ${expected}${seen}`,
  };
}

/**
 * trust-appliance (design.md §3): the backup appliance may assume the role. With configured
 * appliance principals one of them must be trusted; without, some non-wildcard AWS principal must
 * be, and the message names it. `Principal: "*"` fails as dangerous.
 */
export const trustApplianceCheck: Check = {
  id: 'trust-appliance',
  run: (shape, context) => withProblems(decide(shape, context), documentProblems(shape.trustPolicy)),
};
