/**
 * The IAM permission each call of live mode needs. One table serves the AccessDenied messages and
 * the least-privilege policy printed in README.md (a test keeps the two in step).
 */
export const callPermission = {
  GetRole: 'iam:GetRole',
  ListRoles: 'iam:ListRoles',
  ListRoleTags: 'iam:ListRoleTags',
  ListRolePolicies: 'iam:ListRolePolicies',
  GetRolePolicy: 'iam:GetRolePolicy',
  ListAttachedRolePolicies: 'iam:ListAttachedRolePolicies',
  GetPolicy: 'iam:GetPolicy',
  GetPolicyVersion: 'iam:GetPolicyVersion',
  ListInstanceProfilesForRole: 'iam:ListInstanceProfilesForRole',
  SimulatePrincipalPolicy: 'iam:SimulatePrincipalPolicy',
} as const;

export type IamCall = keyof typeof callPermission;

/** The policy live mode needs, ready to paste (read-only; `--simulate` adds SimulatePrincipalPolicy). */
export function livePolicy(): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'VeeamIamGateReadRoles',
        Effect: 'Allow',
        Action: Object.values(callPermission).sort(),
        Resource: '*',
      },
    ],
  };
}
