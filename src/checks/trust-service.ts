import type { RoleShape } from '../model/role.js';
import { serviceMatches } from '../iam/principal.js';
import { decideExplicitTrust, wildcardTrust } from '../iam/trust.js';
import {
  documentProblems,
  missingTrust,
  trustLocation,
  withProblems,
  type Check,
  type CheckContext,
  type CheckOutcome,
} from './types.js';

/**
 * trust-<service> (design.md §3 trust-ec2): an Allow trust statement grants sts:AssumeRole to the
 * service principal (string or list, `.cn` form in China), and no Deny takes it away. A wildcard
 * principal is not accepted as naming the service: it trusts everyone.
 */
export function trustServiceCheck(service: string): Check {
  const short = service.replace(/\.amazonaws\.com$/, '');
  const decide = (shape: RoleShape, context: CheckContext): CheckOutcome => {
    if (!shape.trustPolicy) return missingTrust(shape, context.role, service);
    const where = trustLocation(shape, context.role);
    const decision = decideExplicitTrust(shape.trustPolicy, (p) =>
      p.type === 'Service' ? serviceMatches(p.value, service) : 'no',
    );
    if (decision.state === 'yes') {
      return {
        verdict: 'pass',
        location: decision.location,
        message: `${service} may assume the role (sts:AssumeRole)`,
      };
    }
    const wildcards = wildcardTrust(shape.trustPolicy).filter((w) => !w.conditional);
    if (wildcards.length > 0) {
      return {
        verdict: 'fail',
        location: wildcards[0]?.statement.location ?? where,
        message: `the role trusts every principal ("*") instead of naming ${service}: dangerous; trust the service principal ${service} explicitly`,
      };
    }
    if (decision.state === 'maybe') {
      return {
        verdict: 'unknown',
        location: decision.location ?? where,
        message: `cannot prove that ${service} may assume the role: ${decision.reasons.join('; ')}`,
      };
    }
    return {
      verdict: 'fail',
      location: decision.location ?? where,
      message: decision.reasons[0]
        ? `${service} cannot assume the role: ${decision.reasons[0]}`
        : `no Allow statement grants sts:AssumeRole to the service principal ${service}`,
    };
  };
  return {
    id: `trust-${short}`,
    run: (shape, context) => withProblems(decide(shape, context), documentProblems(shape.trustPolicy)),
  };
}
