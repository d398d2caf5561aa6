// Terraform source for the fix tests: a policy document written as an HCL expression in one of
// the three styles roles use (jsonencode, heredoc JSON, a policy document data source).
import { hclValue } from '../../src/fixes/hcl.js';

export type Style = 'policy-document' | 'jsonencode' | 'heredoc';
export type Doc = { Version: string; Statement: Record<string, unknown>[] };

/** A policy document written in the root's style: an HCL expression, or the data block it refers to. */
export function policyExpression(style: Style, name: string, doc: Doc): { expr: string; block: string } {
  if (style === 'jsonencode') return { expr: `jsonencode(${hclValue(doc, 2)})`, block: '' };
  if (style === 'heredoc') {
    const json = JSON.stringify(doc, null, 2).replace(/\$\{/g, '$${');
    return { expr: `<<EOT\n${json}\nEOT`, block: '' };
  }
  const statements = doc.Statement.map((s) => documentStatement(s)).join('');
  return {
    expr: `data.aws_iam_policy_document.${name}.json`,
    block: `data "aws_iam_policy_document" "${name}" {\n${statements}}\n\n`,
  };
}

function documentStatement(s: Record<string, unknown>): string {
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]);
  const lines = ['  statement {', `    effect  = "Allow"`, `    actions = ${hclValue(list(s.Action), 4)}`];
  if (s.Resource) lines.push(`    resources = ${hclValue(list(s.Resource), 4)}`);
  for (const [type, ids] of Object.entries((s.Principal ?? {}) as Record<string, unknown>))
    lines.push(
      '    principals {',
      `      type        = ${JSON.stringify(type)}`,
      `      identifiers = ${hclValue(list(ids), 6)}`,
      '    }',
    );
  for (const [test, vars] of Object.entries((s.Condition ?? {}) as Record<string, Record<string, unknown>>))
    for (const [variable, values] of Object.entries(vars))
      lines.push(
        '    condition {',
        `      test     = ${JSON.stringify(test)}`,
        `      variable = ${JSON.stringify(variable)}`,
        `      values   = ${hclValue(list(values), 6)}`,
        '    }',
      );
  lines.push('  }', '');
  return lines.join('\n');
}
