import type {
  Expr,
  HclBlock,
  HclFile,
  ObjectExpr,
  TemplateExpr,
  TraversalExpr,
  TupleExpr,
} from '../../parsers/terraform-source/hcl/index.js';
import { hclValue } from '../hcl.js';
import type { TrustPrincipal } from '../request.js';
import { statementJson, trustStatementJson, type FixStatement } from '../statements.js';
import { statementBlock, trustBlock } from '../terraform-source.js';
import { appendToTuple, endOf, type TextIndex } from './hcl-edits.js';
import { readJson } from './read-json.js';
import { lineEnding, lineStart, nextLineStart, type TextEdit } from './text-edits.js';
import { at, entryOf, text as textOf, type ENode } from './tree.js';
import { jsonOpEdit, type JsonStyle } from './write-json.js';

/** A statement a fix adds: a trust statement, or a grant of actions (maybe under a condition). */
export type NewStatement = { trust: TrustPrincipal } | { grant: FixStatement };

/** One statement of a policy written in a `.tf` file, as far as the fixer needs to know it. */
export interface StatementView {
  /** An `Allow` on `Resource: "*"` with no condition, principal, NotAction or NotResource. */
  plainGrant: boolean;
  /** Its actions when written as plain strings; else what they are written as, and where. */
  actions: string[] | { from: string };
  addActions(actions: readonly string[]): TextEdit[] | string;
}

/** A policy document written in a `.tf` file in one of the forms the fixer edits. */
export interface DocumentView {
  statements: StatementView[];
  addStatements(statements: readonly NewStatement[]): TextEdit[] | string;
}

const asJson = (s: NewStatement): Record<string, unknown> =>
  'trust' in s ? trustStatementJson(s.trust) : statementJson(s.grant);

/** The source an expression is written as, for messages: `var.actions`, `local.trust`. */
export function written(expr: Expr): string {
  if (expr.kind === 'traversal')
    return [expr.root, ...expr.steps.map((s) => (s.kind === 'attr' ? s.name : '[…]'))].join('.');
  if (expr.kind === 'call') return `${expr.name}(…)`;
  return `an expression`;
}

/** Whether `expr` is `root.a.b…` exactly (attribute steps only). */
export function isTraversal(expr: Expr | undefined, ...names: string[]): expr is TraversalExpr {
  return (
    expr?.kind === 'traversal' &&
    expr.root === names[0] &&
    expr.steps.length === names.length - 1 &&
    expr.steps.every((s, i) => s.kind === 'attr' && s.name === names[i + 1])
  );
}

/** `a.b.c` written bare or as the only thing in a template (`"${a.b.c}"`, Terraform 0.11 style). */
export function refersTo(expr: Expr | undefined, ...names: string[]): boolean {
  if (expr?.kind === 'template' && !expr.heredoc && expr.parts.length === 1) {
    const only = expr.parts[0]!;
    return only.kind === 'interpolation' && isTraversal(only.expr, ...names);
  }
  return isTraversal(expr, ...names);
}

export function attributeOf(block: HclBlock, name: string): Expr | undefined {
  return block.body.attributes.findLast((a) => a.name === name)?.expr;
}

/** Declared for several instances: any edit to it applies to all of them. */
export const repeated = (block: HclBlock): boolean =>
  block.body.attributes.some((a) => a.name === 'count' || a.name === 'for_each');

/** How many times `address` (`data.aws_iam_policy_document.x`, `aws_iam_policy.p`) occurs in the text. */
export function mentions(text: string, address: string): number {
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`, 'g'))?.length ?? 0;
}

/**
 * The document an attribute's expression holds, when the fixer can write into it in this file:
 * `jsonencode({ … })`, a heredoc of JSON, or a `data "aws_iam_policy_document"` of this file used
 * only there. Otherwise why not, saying where the document is written.
 */
export function documentOf(file: HclFile, index: TextIndex, expr: Expr, what: string): DocumentView | string {
  const line = `line ${expr.location.line}`;
  if (expr.kind === 'call' && expr.name === 'jsonencode' && expr.args.length === 1) {
    const object = expr.args[0]!;
    if (object.kind !== 'object')
      return `${what} is jsonencode(${written(object)}) (${line}): add the statement where that is defined`;
    return objectDocument(index, object, what, line);
  }
  if (expr.kind === 'template' && expr.heredoc) return heredocDocument(index, expr, what, line);
  const step = expr.kind === 'traversal' && expr.root === 'data' ? expr.steps[1] : undefined;
  if (step?.kind === 'attr' && isTraversal(expr, 'data', 'aws_iam_policy_document', step.name, 'json')) {
    const name = step.name;
    const address = `data.aws_iam_policy_document.${name}`;
    const block = file.body.blocks.find(
      (b) => b.type === 'data' && b.labels[0] === 'aws_iam_policy_document' && b.labels[1] === name,
    );
    if (!block) return `${what} is ${address} (${line}), declared in another file: add the statement there`;
    const uses = mentions(index.text, address);
    if (uses !== 1)
      return `${what} is ${address} (line ${block.location.line}), which ${uses - 1} other place(s) in this file use too: change it by hand or give this role its own document`;
    if (repeated(block)) return `${address} (line ${block.location.line}) uses count or for_each`;
    return dataDocument(index, block);
  }
  if (expr.kind === 'call' && (expr.name === 'file' || expr.name === 'templatefile')) {
    const path = expr.args[0];
    const source =
      path?.kind === 'literal' ? JSON.stringify(path.value) : path ? sourceOf(index, path) : 'a file';
    return `${what} is read from ${source} by ${expr.name}() (${line}): add the statement to that file`;
  }
  if (expr.kind === 'traversal')
    return `${what} comes from ${written(expr)} (${line}): add the statement where that is defined`;
  return `${what} is written as ${written(expr)} (${line}), which the fixer does not edit`;
}

function sourceOf(index: TextIndex, expr: Expr): string {
  const end = endOf(expr);
  return end ? index.text.slice(index.offset(expr.location), index.offset(end)) : written(expr);
}

const keyOf = (item: ObjectExpr['items'][number]): string | undefined =>
  item.key.kind === 'literal' && typeof item.key.value === 'string' ? item.key.value : undefined;

function member(object: ObjectExpr, key: string): Expr | undefined {
  return object.items.findLast((i) => keyOf(i) === key)?.value;
}

const literalString = (expr: Expr | undefined): string | undefined =>
  expr?.kind === 'literal' && typeof expr.value === 'string' ? expr.value : undefined;

/** `"*"` or `["*"]`. */
function onAnyResource(expr: Expr | undefined): boolean {
  if (literalString(expr) === '*') return true;
  return expr?.kind === 'tuple' && expr.items.length === 1 && literalString(expr.items[0]) === '*';
}

/** Plain string actions, written as one string or a list of strings; else what they are. */
function actionsOf(expr: Expr | undefined): string[] | { from: string } {
  if (!expr) return { from: 'nothing' };
  const one = literalString(expr);
  if (one !== undefined) return [one];
  if (expr.kind === 'tuple') {
    const all = expr.items.map(literalString);
    if (all.every((a): a is string => a !== undefined)) return all;
  }
  return { from: `${written(expr)} (line ${expr.location.line})` };
}

/** New actions for a list of actions in HCL: added to the tuple, or a string made a tuple. */
function addToHclList(index: TextIndex, expr: Expr | undefined, actions: readonly string[]) {
  if (expr?.kind === 'tuple')
    return appendToTuple(index, expr, (col) => actions.map((a) => hclValue(a, col)));
  const one = literalString(expr);
  if (expr?.kind === 'literal' && one !== undefined && expr.end) {
    const start = index.offset(expr.location);
    const column = index.indentOf(expr.location.line).length;
    return [
      {
        offset: start,
        length: index.offset(expr.end) - start,
        text: hclValue([one, ...actions], column).replace(/\n/g, lineEnding(index.text)),
      },
    ];
  }
  return 'the actions are not written as a list of strings';
}

/** `jsonencode({ Statement = [ { Effect = "Allow", … } ] })`: HCL object syntax. */
function objectDocument(
  index: TextIndex,
  object: ObjectExpr,
  what: string,
  line: string,
): DocumentView | string {
  const statements = member(object, 'Statement');
  if (statements?.kind !== 'tuple')
    return `${what}'s Statement is not written as a list of objects (${line}): add the statement by hand`;
  return {
    statements: statements.items.map((item): StatementView => {
      if (item.kind !== 'object')
        return { plainGrant: false, actions: { from: written(item) }, addActions: () => 'not an object' };
      const narrowed = ['Condition', 'NotAction', 'NotResource', 'Principal', 'NotPrincipal'].some((k) =>
        member(item, k),
      );
      return {
        plainGrant:
          literalString(member(item, 'Effect')) === 'Allow' &&
          !narrowed &&
          onAnyResource(member(item, 'Resource')),
        actions: actionsOf(member(item, 'Action')),
        addActions: (actions) => addToHclList(index, member(item, 'Action'), actions),
      };
    }),
    addStatements: (added) =>
      appendToTuple(index, statements as TupleExpr, (col) => added.map((s) => hclValue(asJson(s), col))),
  };
}

/** The JSON lines of a heredoc (between its opening and closing lines) and where they start. */
function heredocBody(index: TextIndex, template: TemplateExpr): { start: number; body: string } | undefined {
  if (!template.end) return undefined;
  const start = nextLineStart(index.text, index.offset(template.location));
  const end = lineStart(index.text, index.offset(template.end) - 1);
  return end >= start ? { start, body: index.text.slice(start, end) } : undefined;
}

/** `<<EOT … EOT` holding a JSON policy (interpolations only inside its strings). */
function heredocDocument(
  index: TextIndex,
  template: TemplateExpr,
  what: string,
  line: string,
): DocumentView | string {
  const found = heredocBody(index, template);
  const root = found && readJson(found.body);
  if (!found || !root)
    return `${what} is a heredoc that is not plain JSON (${line}): add the statement by hand`;
  const { start, body } = found;
  const statements = at(root, ['Statement']);
  if (statements?.kind !== 'seq')
    return `${what}'s Statement is not written as a JSON list (${line}): add the statement by hand`;
  const style = jsonUnit(body, root);
  // Inserted JSON is literal text in the template: `${` and `%{` are escaped.
  const shifted = (edit: TextEdit | string): TextEdit[] | string =>
    typeof edit === 'string'
      ? edit
      : [
          {
            offset: start + edit.offset,
            length: edit.length,
            text: edit.text.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{'),
          },
        ];
  return {
    statements: statements.items.map((item, i): StatementView => {
      const narrowed = ['Condition', 'NotAction', 'NotResource', 'Principal', 'NotPrincipal'].some((k) =>
        entryOf(item, k),
      );
      const resource = at(item, ['Resource']);
      const anyResource =
        textOf(resource) === '*' ||
        (resource?.kind === 'seq' && resource.items.length === 1 && textOf(resource.items[0]) === '*');
      return {
        plainGrant: textOf(at(item, ['Effect'])) === 'Allow' && !narrowed && anyResource,
        actions: jsonActions(at(item, ['Action'])) ?? {
          from: `a value that is not a list of strings (${line})`,
        },
        addActions: (actions) =>
          shifted(
            jsonOpEdit(
              body,
              root,
              { op: 'append', path: ['Statement', i, 'Action'], values: [...actions], checks: [] },
              style,
            ),
          ),
      };
    }),
    addStatements: (added) =>
      shifted(
        jsonOpEdit(
          body,
          root,
          { op: 'append', path: ['Statement'], values: added.map(asJson), checks: [] },
          style,
        ),
      ),
  };
}

function jsonActions(node: ENode | undefined): string[] | undefined {
  const one = textOf(node);
  if (one !== undefined) return [one];
  if (node?.kind !== 'seq') return undefined;
  const all = node.items.map(textOf);
  return all.every((a): a is string => a !== undefined) ? all : undefined;
}

/** The heredoc's indentation unit: how far its first key is indented from its opening brace. */
function jsonUnit(body: string, root: ENode): JsonStyle {
  if (/^\t/m.test(body)) return { unit: '\t' };
  const first = root.kind === 'map' ? root.entries[0] : undefined;
  const column = (offset: number) => offset - lineStart(body, offset);
  const width = first ? column(first.keyStart) - column(root.start) : 0;
  return { unit: ' '.repeat(width > 0 && width <= 8 ? width : 2) };
}

const blocksOf = (block: HclBlock, type: string) => block.body.blocks.filter((b) => b.type === type);

/** `data "aws_iam_policy_document"`: `statement { … }` blocks. */
function dataDocument(index: TextIndex, block: HclBlock): DocumentView {
  const statements = blocksOf(block, 'statement');
  return {
    statements: statements.map((st): StatementView => {
      const effect = attributeOf(st, 'effect');
      const narrowed =
        ['condition', 'principals', 'not_principals'].some((t) => blocksOf(st, t).length) ||
        ['not_actions', 'not_resources'].some((a) => attributeOf(st, a));
      return {
        plainGrant:
          (effect === undefined || literalString(effect) === 'Allow') &&
          !narrowed &&
          onAnyResource(attributeOf(st, 'resources')),
        actions: actionsOf(attributeOf(st, 'actions')),
        addActions: (actions) => addToHclList(index, attributeOf(st, 'actions'), actions),
      };
    }),
    addStatements: (added) => {
      const eol = lineEnding(index.text);
      // After the last statement (or dynamic statement) block, else before the closing brace.
      const last = block.body.blocks.filter((b) => b.type === 'statement' || b.type === 'dynamic').at(-1);
      const pad = last ? index.indentOf(last.location.line) : `${index.indentOf(block.location.line)}  `;
      if (!last && block.endLine === block.location.line)
        return 'the data source is written on one line: add the statement by hand';
      const at = last
        ? nextLineStart(index.text, index.offset(last.end) - 1)
        : lineStart(index.text, index.offset(block.end) - 1);
      // Blocks parted by blank lines get one too (and a first block after attributes).
      const parted =
        !last || statements.length < 2 || statements.slice(1).some((s) => index.blank(s.location.line - 1));
      const texts = added.map((s) =>
        'trust' in s
          ? trustBlock(s.trust)
              .replace(/\n$/, '')
              .split('\n')
              .map((l) => (l ? pad + l : l))
              .join(eol)
          : statementBlock(s.grant, pad.length).replace(/\n/g, eol),
      );
      const lead = last ? (parted ? eol : '') : block.body.attributes.length ? eol : '';
      return [{ offset: at, length: 0, text: texts.map((t) => `${lead}${t}${eol}`).join('') }];
    },
  };
}
