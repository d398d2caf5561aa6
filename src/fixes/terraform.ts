import type { Fix } from '../model/report.js';
import type { Role } from '../model/role.js';
import { hclValue } from './hcl.js';
import { missingStatements, statementJson, trustPolicyJson, trustStatementJson } from './statements.js';
import { policyName, roleName, type FixNeed, type FixRequest } from './request.js';

/** `aws_iam_role.worker["a"]` → `aws_iam_role.worker["a"]`; a role inside a module has no reference here. */
function roleReference(role: Role): string | undefined {
  if (role.key.startsWith('module.')) return undefined;
  return /^(aws_iam_role\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)$/.exec(role.key)?.[1];
}

/** A Terraform resource name derived from the role's: `aws_iam_role.worker` → `worker`. */
function resourceName(role: Role): string {
  const m = /aws_iam_role\.([A-Za-z0-9_-]+)/.exec(role.key);
  return m?.[1] ?? (roleName(role).replace(/[^A-Za-z0-9_-]/g, '_') || 'veeam');
}

function roleArgument(role: Role, attribute: 'id' | 'name'): string {
  const reference = roleReference(role);
  return reference ? `${reference}.${attribute}` : JSON.stringify(roleName(role));
}

/** A Terraform fix in HCL: `aws_iam_role_policy` with jsonencode, an instance profile, or a trust statement. */
export function terraformFix(r: FixRequest, need: FixNeed): Fix {
  const name = resourceName(r.role);
  if (need.kind === 'permissions') {
    const policy = {
      Version: '2012-10-17',
      Statement: missingStatements(r.requirement, r.missingActions).map(statementJson),
    };
    return {
      format: 'terraform-hcl',
      description: `Add this resource next to ${r.role.key}:`,
      text:
        `resource "aws_iam_role_policy" "${name}_veeam" {\n` +
        `  name = ${JSON.stringify(policyName(r.requirement))}\n` +
        `  role = ${roleArgument(r.role, 'id')}\n` +
        `  policy = jsonencode(${hclValue(policy, 2)})\n}\n`,
    };
  }
  if (need.kind === 'instance-profile') {
    return {
      format: 'terraform-hcl',
      description: `Add this resource next to ${r.role.key}:`,
      text:
        `resource "aws_iam_instance_profile" "${name}" {\n` +
        `  name = ${JSON.stringify(typeof r.role.name === 'string' ? r.role.name : name)}\n` +
        `  role = ${roleArgument(r.role, 'name')}\n}\n`,
    };
  }
  if (need.kind === 'trust-policy') {
    return {
      format: 'terraform-hcl',
      description: `Add this argument to ${r.role.key}:`,
      text: `assume_role_policy = jsonencode(${hclValue(trustPolicyJson(need.principals), 0)})\n`,
    };
  }
  const statement = trustStatementJson(need.principal);
  return {
    format: 'terraform-hcl',
    description: `Add this object to the Statement list in ${r.role.key}'s assume_role_policy:`,
    text: `${hclValue(statement, 0)}\n`,
  };
}
