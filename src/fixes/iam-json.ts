import type { Fix } from '../model/report.js';
import { missingStatements, statementJson, trustPolicyJson, trustStatementJson } from './statements.js';
import { policyName, roleName, type FixNeed, type FixRequest } from './request.js';

/** A fix for a role read from IAM JSON (or the live account): policy JSON, or the CLI calls. */
export function iamJsonFix(r: FixRequest, need: FixNeed): Fix {
  const name = roleName(r.role);
  if (need.kind === 'permissions') {
    const policy = {
      Version: '2012-10-17',
      Statement: missingStatements(r.requirement, r.missingActions).map(statementJson),
    };
    return {
      format: 'iam-json',
      description: `Put this policy on the role as an inline policy (aws iam put-role-policy --role-name ${name} --policy-name ${policyName(r.requirement)} --policy-document file://policy.json):`,
      text: `${JSON.stringify(policy, null, 2)}\n`,
    };
  }
  if (need.kind === 'instance-profile') {
    return {
      format: 'shell',
      description: 'Create an instance profile and add the role to it:',
      text: `aws iam create-instance-profile --instance-profile-name ${name}\naws iam add-role-to-instance-profile --instance-profile-name ${name} --role-name ${name}\n`,
    };
  }
  if (need.kind === 'trust-policy') {
    return {
      format: 'iam-json',
      description: `Give the role this trust policy (aws iam update-assume-role-policy --role-name ${name} --policy-document file://trust.json):`,
      text: `${JSON.stringify(trustPolicyJson(need.principals), null, 2)}\n`,
    };
  }
  const statement = trustStatementJson(need.principal);
  return {
    format: 'iam-json',
    description: "Add this statement to the Statement list of the role's trust policy:",
    text: `${JSON.stringify(statement, null, 2)}\n`,
  };
}
