import type { Fix } from '../model/report.js';
import type { CheckId, Role } from '../model/role.js';
import type { RequirementSet } from '../requirements/types.js';

export interface FixRequest {
  role: Role;
  check: CheckId;
  requirement: RequirementSet;
  missingActions: readonly string[];
  appliancePrincipals: readonly string[];
}

type Syntax = 'cloudformation-yaml' | 'cloudformation-json' | 'terraform-hcl' | 'iam-json';

function syntaxOf(role: Role): Syntax {
  if (role.source === 'cloudformation')
    return /\.(json|template)$/i.test(role.file) ? 'cloudformation-json' : 'cloudformation-yaml';
  if (role.source === 'terraform-plan') return 'terraform-hcl';
  return 'iam-json';
}

const APPLIANCE_PLACEHOLDER = 'arn:aws:iam::<appliance-account-id>:role/<impersonation-role>';

/** A Terraform resource name from an address: `module.x.aws_iam_role.worker["a"]` → `worker`. */
function tfName(role: Role): string {
  const m = /aws_iam_role\.([A-Za-z0-9_-]+)/.exec(role.key);
  return m?.[1] ?? 'worker';
}

function tfRoleRef(role: Role): string {
  const m = /(aws_iam_role\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)$/.exec(role.key);
  return m && !role.key.startsWith('module.')
    ? m[1]!
    : `"${typeof role.name === 'string' ? role.name : tfName(role)}"`;
}

function jsonBlock(value: unknown, indent: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(indent)}`);
}

function yamlList(items: readonly string[], indent: number): string {
  return items.map((a) => `${' '.repeat(indent)}- ${a}`).join('\n');
}

function permissionsFix(r: FixRequest): Fix {
  const actions = [...r.missingActions];
  const statement = { Effect: 'Allow', Action: actions, Resource: '*' };
  const policyName = `VeeamWorkerMissing${r.requirement.version}`;
  switch (syntaxOf(r.role)) {
    case 'cloudformation-yaml':
      return {
        format: 'cloudformation-yaml',
        description: `Add this entry under ${r.role.key}.Properties.Policies:`,
        text: `- PolicyName: ${policyName}\n  PolicyDocument:\n    Version: '2012-10-17'\n    Statement:\n      - Effect: Allow\n        Action:\n${yamlList(actions, 10)}\n        Resource: '*'\n`,
      };
    case 'cloudformation-json':
      return {
        format: 'cloudformation-json',
        description: `Add this object to ${r.role.key}.Properties.Policies:`,
        text:
          jsonBlock(
            { PolicyName: policyName, PolicyDocument: { Version: '2012-10-17', Statement: [statement] } },
            0,
          ) + '\n',
      };
    case 'terraform-hcl':
      return {
        format: 'terraform-hcl',
        description: 'Add this resource next to the role:',
        text: `resource "aws_iam_role_policy" "${tfName(r.role)}_veeam_missing" {\n  role = ${tfRoleRef(r.role).startsWith('"') ? tfRoleRef(r.role) : `${tfRoleRef(r.role)}.id`}\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = [\n${actions.map((a) => `        "${a}",`).join('\n')}\n      ]\n      Resource = "*"\n    }]\n  })\n}\n`,
      };
    default:
      return {
        format: 'iam-json',
        description: "Add this statement to one of the role's identity policies:",
        text: jsonBlock(statement, 0) + '\n',
      };
  }
}

function trustFix(r: FixRequest, principal: Record<string, string>): Fix {
  const statement = { Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' };
  const [type, value] = Object.entries(principal)[0]!;
  switch (syntaxOf(r.role)) {
    case 'cloudformation-yaml':
      return {
        format: 'cloudformation-yaml',
        description: `Add this entry under ${r.role.key}.Properties.AssumeRolePolicyDocument.Statement:`,
        text: `- Effect: Allow\n  Principal:\n    ${type}: ${value}\n  Action: sts:AssumeRole\n`,
      };
    case 'cloudformation-json':
      return {
        format: 'cloudformation-json',
        description: `Add this object to ${r.role.key}.Properties.AssumeRolePolicyDocument.Statement:`,
        text: jsonBlock(statement, 0) + '\n',
      };
    case 'terraform-hcl':
      return {
        format: 'terraform-hcl',
        description: "Add this statement to the role's assume_role_policy:",
        text: `{\n  Effect    = "Allow"\n  Principal = { ${type} = "${value}" }\n  Action    = "sts:AssumeRole"\n}\n`,
      };
    default:
      return {
        format: 'iam-json',
        description: "Add this statement to the role's trust policy:",
        text: jsonBlock(statement, 0) + '\n',
      };
  }
}

function instanceProfileFix(r: FixRequest): Fix {
  const name = typeof r.role.name === 'string' ? r.role.name : r.role.key;
  switch (syntaxOf(r.role)) {
    case 'cloudformation-yaml':
      return {
        format: 'cloudformation-yaml',
        description: "Add this resource to the template's Resources:",
        text: `${r.role.key}InstanceProfile:\n  Type: AWS::IAM::InstanceProfile\n  Properties:\n    Roles:\n      - !Ref ${r.role.key}\n`,
      };
    case 'cloudformation-json':
      return {
        format: 'cloudformation-json',
        description: "Add this resource to the template's Resources:",
        text: `"${r.role.key}InstanceProfile": ${jsonBlock({ Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: r.role.key }] } }, 0)}\n`,
      };
    case 'terraform-hcl': {
      const ref = tfRoleRef(r.role);
      return {
        format: 'terraform-hcl',
        description: 'Add this resource next to the role:',
        text: `resource "aws_iam_instance_profile" "${tfName(r.role)}" {\n  name = "${name}"\n  role = ${ref.startsWith('"') ? ref : `${ref}.name`}\n}\n`,
      };
    }
    default:
      return {
        format: 'shell',
        description: 'Create an instance profile and add the role to it:',
        text: `aws iam create-instance-profile --instance-profile-name ${name}\naws iam add-role-to-instance-profile --instance-profile-name ${name} --role-name ${name}\n`,
      };
  }
}

/** A ready-to-paste change in the role's own format that makes the failing check pass. Pure. */
export function fixFor(r: FixRequest): Fix | undefined {
  if (r.check === 'permissions') return r.missingActions.length ? permissionsFix(r) : undefined;
  if (r.check === 'instance-profile') return instanceProfileFix(r);
  if (r.check === 'trust-appliance')
    return trustFix(r, { AWS: r.appliancePrincipals[0] ?? APPLIANCE_PLACEHOLDER });
  if (r.check.startsWith('trust-')) {
    const service = r.requirement.trustServices.find(
      (s) => `trust-${s.replace(/\.amazonaws\.com$/, '')}` === r.check,
    );
    return service ? trustFix(r, { Service: service }) : undefined;
  }
  return undefined;
}
