import type { RoleShape } from '../model/role.js';
import type { Check, CheckContext, CheckOutcome } from './types.js';

/**
 * instance-profile (design.md §3): at least one instance profile in the scanned input contains the
 * role. When the input cannot list every profile (a get-role output), absence proves nothing.
 */
export const instanceProfileCheck: Check = {
  id: 'instance-profile',
  run(shape: RoleShape, context: CheckContext): CheckOutcome {
    const [first] = shape.instanceProfiles;
    if (first) {
      return {
        verdict: 'pass',
        location: first.location,
        message: `in instance profile ${shape.instanceProfiles.map((p) => p.name).join(', ')}`,
      };
    }
    if (!shape.complete.instanceProfiles) {
      return {
        verdict: 'unknown',
        location: context.role.location,
        message: "the input does not list the role's instance profiles, so membership cannot be proven",
      };
    }
    return {
      verdict: 'fail',
      location: context.role.location,
      message:
        'no instance profile contains the role: Veeam attaches the role to worker instances through an instance profile',
    };
  },
};
