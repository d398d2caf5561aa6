import type { Fix } from '../model/report.js';
import type { Role } from '../model/role.js';
import { hclValue } from './hcl.js';
import type { FixStatement } from './statements.js';
import { missingStatements, statementJson, trustStatementJson } from './statements.js';
import { policyName, roleName, type FixNeed, type FixRequest, type TrustPrincipal } from './request.js';
import { terraformFix } from './terraform.js';

/**
 * Fixes for roles read from `.tf` source, written where the role is declared and the way its own
 * policies are: a `data "aws_iam_policy_document"` statement when it uses them, else `jsonencode`
 * (the plan's fix) or heredoc JSON. Inside a module the role's own address works, since the fix
 * goes into the module's file.
 */
export function terraformSourceFix(r: FixRequest, need: FixNeed): Fix {
  const local = localRole(r.role);
  const style = r.role.style?.terraformPolicies ?? 'jsonencode';
  if (need.kind === 'permissions' && style !== 'jsonencode') {
    const name = `${resourceName(local)}_veeam`;
    const statements = missingStatements(r.requirement, r.missingActions);
    const policy =
      style === 'policy-document'
        ? `data.aws_iam_policy_document.${name}.json`
        : `<<-EOT\n${indent(JSON.stringify({ Version: '2012-10-17', Statement: statements.map(statementJson) }, null, 2), 4)}\n  EOT`;
    const document =
      style === 'policy-document'
        ? `data "aws_iam_policy_document" "${name}" {\n${statements.map((s) => `${statementBlock(s, 2)}\n`).join('\n')}}\n\n`
        : '';
    return {
      format: 'terraform-hcl',
      description: `Add ${style === 'policy-document' ? 'these blocks' : 'this resource'} next to ${r.role.key} (${r.role.file}):`,
      text:
        document +
        `resource "aws_iam_role_policy" "${name}" {\n` +
        `  name   = ${JSON.stringify(policyName(r.requirement))}\n` +
        `  role   = ${reference(local)}.id\n` +
        `  policy = ${policy}\n}\n`,
    };
  }
  if (need.kind === 'trust' && style === 'policy-document') {
    return {
      format: 'terraform-hcl',
      description: `Add this statement to the data "aws_iam_policy_document" of ${r.role.key}'s assume_role_policy:`,
      text: trustBlock(need.principal),
    };
  }
  if (need.kind === 'trust' && style === 'heredoc') {
    return {
      format: 'terraform-hcl',
      description: `Add this object to the Statement list in ${r.role.key}'s assume_role_policy heredoc:`,
      text: `${JSON.stringify(trustStatementJson(need.principal), null, 2)}\n`,
    };
  }
  return terraformFix({ ...r, role: local }, need);
}

/** `module.web.aws_iam_role.this[0]` → `aws_iam_role.this[0]`: the fix goes into the module's own file. */
function localRole(role: Role): Role {
  const key = role.key.replace(/^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)+/, '');
  return key === role.key ? role : { ...role, key };
}

function reference(role: Role): string {
  return /^(aws_iam_role\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)$/.exec(role.key)?.[1] ?? 'aws_iam_role.CHANGE_ME';
}

function resourceName(role: Role): string {
  return (
    /aws_iam_role\.([A-Za-z0-9_-]+)/.exec(role.key)?.[1] ??
    (roleName(role).replace(/[^A-Za-z0-9_-]/g, '_') || 'veeam')
  );
}

/**
 * A `statement { … }` block of a policy document data source granting `statement`, at `column`
 * (lists wrap as `terraform fmt` would there), without a final newline.
 */
export function statementBlock(statement: FixStatement, column = 0): string {
  const pad = ' '.repeat(column);
  const lines = [
    `statement {`,
    `  effect    = "Allow"`,
    `  actions   = ${hclValue(statement.actions, column + 2)}`,
    `  resources = ["*"]`,
  ];
  for (const [test, variables] of Object.entries(statement.condition ?? {}))
    for (const [variable, values] of Object.entries(variables))
      lines.push(
        `  condition {`,
        `    test     = ${JSON.stringify(test)}`,
        `    variable = ${JSON.stringify(variable)}`,
        `    values   = ${hclValue(values, column + 4)}`,
        `  }`,
      );
  lines.push('}');
  return lines.map((l) => pad + l).join('\n');
}

/** A trust `statement { … }` block letting `principal` assume the role (column 0, final newline). */
export function trustBlock(principal: TrustPrincipal): string {
  return [
    'statement {',
    '  effect  = "Allow"',
    '  actions = ["sts:AssumeRole"]',
    '  principals {',
    `    type        = ${JSON.stringify(principal.type)}`,
    `    identifiers = [${hclValue(principal.value, 4)}]`,
    '  }',
    '}',
    '',
  ].join('\n');
}

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((l) => ' '.repeat(spaces) + l)
    .join('\n');
}
