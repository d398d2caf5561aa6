import type { Expr, HclBlock, HclFile } from '../../parsers/terraform-source/hcl/index.js';
import { actionMatches } from '../../iam/wildcard.js';
import { hclValue } from '../hcl.js';
import { statementJson } from '../statements.js';
import type { TextIndex } from './hcl-edits.js';
import type { Need } from './needs.js';
import { lineEnding, nextLineStart, type TextEdit } from './text-edits.js';
import {
  attributeOf,
  documentOf,
  mentions,
  refersTo,
  repeated,
  type DocumentView,
  type StatementView,
} from './terraform-documents.js';

type PermissionNeed = Extract<Need, { kind: 'permissions' }>;

/**
 * What the missing permissions take in a `.tf` file: edits there, or a new `aws_iam_role_policy`
 * next to the role (the report's snippet, written by the caller), or why nothing can be written.
 */
export type PermissionEdit = { edits: TextEdit[] } | { newPolicy: true } | { cannot: string };

/** `aws_iam_role.<name>.id` or `.name` (or `"${…}"` of it): how a policy names the role. */
const namesRole = (expr: Expr | undefined, role: string): boolean =>
  refersTo(expr, 'aws_iam_role', role, 'id') || refersTo(expr, 'aws_iam_role', role, 'name');

const resources = (file: HclFile, type: string): HclBlock[] =>
  file.body.blocks.filter((b) => b.type === 'resource' && b.labels[0] === type && !repeated(b));

/**
 * The documents of the role's policies written in this file: its `aws_iam_role_policy`
 * resources, its `inline_policy` blocks, and `aws_iam_policy` resources attached to it alone.
 */
function roleDocuments(file: HclFile, index: TextIndex, role: HclBlock): DocumentView[] {
  const name = role.labels[1]!;
  const policies: HclBlock[] = [
    ...resources(file, 'aws_iam_role_policy').filter((b) => namesRole(attributeOf(b, 'role'), name)),
    ...role.body.blocks.filter((b) => b.type === 'inline_policy'),
  ];
  // Attachments to this role alone: `aws_iam_role_policy_attachment`, or an
  // `aws_iam_policy_attachment` whose only holder is this role.
  const only = (b: HclBlock): boolean => {
    const roles = attributeOf(b, 'roles');
    return (
      roles?.kind === 'tuple' &&
      roles.items.length === 1 &&
      namesRole(roles.items[0], name) &&
      !attributeOf(b, 'users') &&
      !attributeOf(b, 'groups')
    );
  };
  const attachments = [
    ...resources(file, 'aws_iam_role_policy_attachment').filter((b) =>
      namesRole(attributeOf(b, 'role'), name),
    ),
    ...resources(file, 'aws_iam_policy_attachment').filter(only),
  ];
  for (const policy of resources(file, 'aws_iam_policy')) {
    const address = `aws_iam_policy.${policy.labels[1]}`;
    const attached = attachments.filter((a) =>
      refersTo(attributeOf(a, 'policy_arn'), 'aws_iam_policy', policy.labels[1]!, 'arn'),
    );
    // Attached to this role, and named nowhere else in the file (no other role or user gets it).
    if (attached.length && mentions(index.text, address) === attached.length) policies.push(policy);
  }
  return policies.flatMap((p) => {
    const expr = attributeOf(p, 'policy');
    const document = expr && documentOf(file, index, expr, 'the policy');
    return document && typeof document !== 'string' ? [document] : [];
  });
}

/**
 * Writes the missing actions into the role's Veeam statement (an unconditional `Allow` on `*`
 * already granting the most Veeam actions), the conditional ones as new statements beside it;
 * without such a statement, a new `inline_policy` block when the role uses them (a separate
 * `aws_iam_role_policy` would fight them), else a new `aws_iam_role_policy`.
 */
export function permissionEdits(
  file: HclFile,
  index: TextIndex,
  role: HclBlock,
  need: PermissionNeed,
): PermissionEdit {
  let best: { document: DocumentView; statement: StatementView; actions: string[] } | undefined;
  let bestScore = 0;
  let driven: string | undefined;
  for (const document of roleDocuments(file, index, role))
    for (const statement of document.statements) {
      if (!statement.plainGrant) continue;
      if (!Array.isArray(statement.actions)) {
        driven ??= statement.actions.from;
        continue;
      }
      // Veeam actions it grants, by name or by wildcard (`ssm:*`).
      const actions = statement.actions;
      const score = need.required.filter((r) => actions.some((a) => actionMatches(a, r))).length;
      if (score > bestScore) [best, bestScore] = [{ document, statement, actions: statement.actions }, score];
    }
  if (best) {
    const { actions: have } = best;
    const add = need.plain.filter((a) => !have.some((h) => actionMatches(h, a)));
    const edits: TextEdit[] = [];
    if (add.length) {
      const actions = best.statement.addActions(add);
      if (typeof actions === 'string') return { cannot: actions };
      edits.push(...actions);
    }
    if (need.conditional.length) {
      const statements = best.document.addStatements(need.conditional.map((grant) => ({ grant })));
      if (typeof statements === 'string') return { cannot: statements };
      edits.push(...statements);
    }
    return edits.length
      ? { edits }
      : { cannot: 'the Veeam statement already grants the actions: something else takes them away' };
  }
  if (driven)
    return {
      cannot: `the role's statement on "*" takes its actions from ${driven}: add ${need.plain.join(', ')} there`,
    };
  const inline = role.body.blocks.filter((b) => b.type === 'inline_policy');
  if (!inline.length) return { newPolicy: true };
  if (inline.some((b) => !b.body.attributes.length))
    return {
      cannot: 'the role declares an empty inline_policy block (no inline policies): add the policy by hand',
    };
  return { edits: [inlinePolicy(index, inline, need)] };
}

/** A new `inline_policy` block after the role's last one, named apart from the others. */
function inlinePolicy(index: TextIndex, inline: HclBlock[], need: PermissionNeed): TextEdit {
  const eol = lineEnding(index.text);
  const last = inline.at(-1)!;
  const pad = index.indentOf(last.location.line);
  const names = new Set(
    inline.map((b) => {
      const n = attributeOf(b, 'name');
      return n?.kind === 'literal' ? n.value : undefined;
    }),
  );
  let name = need.policyName;
  for (let n = 2; names.has(name); n++) name = `${need.policyName}-${n}`;
  const statements = [...(need.plain.length ? [{ actions: need.plain }] : []), ...need.conditional].map(
    statementJson,
  );
  const document = hclValue({ Version: '2012-10-17', Statement: statements }, pad.length + 2);
  const lines = [
    `${pad}inline_policy {`,
    `${pad}  name = ${JSON.stringify(name)}`,
    `${pad}  policy = jsonencode(${document})`,
    `${pad}}`,
  ];
  const parted = index.blank(last.location.line - 1);
  const text = (parted ? [''] : []).concat(lines).join('\n').replace(/\n/g, eol);
  return { offset: nextLineStart(index.text, index.offset(last.end) - 1), length: 0, text: `${text}${eol}` };
}
