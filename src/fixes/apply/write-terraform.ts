import type { HclBlock, HclReader } from '../../parsers/terraform-source/hcl/index.js';
import type { CheckId } from '../../model/role.js';
import type { EditResult, FileEditor } from './editor.js';
import { TextIndex } from './hcl-edits.js';
import type { Need, NotFixed } from './needs.js';
import { attributeOf, documentOf, repeated } from './terraform-documents.js';
import { permissionEdits } from './terraform-permissions.js';
import { applyEdits, insertLines, nextLineStart, type TextEdit } from './text-edits.js';

const sameBlock = (a: HclBlock, b: HclBlock): boolean =>
  a.type === b.type && a.labels.length === b.labels.length && a.labels.every((l, i) => l === b.labels[i]);

/** `module.a.aws_iam_role.x` → `aws_iam_role.x`: the role's block is in the module's own file. */
function localAddress(key: string): string {
  return key.replace(/^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)+/, '');
}

/** Whether a snippet is whole new blocks to put after the role (`aws_iam_role_policy`, instance profile). */
const newBlocks = (need: Need): boolean =>
  need.kind !== 'trust' &&
  need.fix?.format === 'terraform-hcl' &&
  /^Add (this resource|these blocks)/.test(need.fix.description);

/**
 * A `.tf` editor, by text edits at the ranges the HCL reader locates: trust statements go into the
 * role's `assume_role_policy` (jsonencode object, heredoc JSON or its own policy document data
 * source); missing actions join the role's Veeam statement, else a new `inline_policy` block or
 * `aws_iam_role_policy`; an instance profile is a new block after the role. Each check is written
 * whole or not at all, with the reason.
 */
export function terraformSourceEditor(hcl: HclReader): FileEditor {
  return {
    edit(text: string, key: string, needs: readonly Need[]): EditResult {
      const refuse = (reason: string): EditResult => ({
        text,
        fixed: [],
        notFixed: needs.map((n) => ({ check: n.check, reason })),
      });
      if (key.includes('['))
        return refuse(
          'the role is declared once for several instances (count, for_each or a module called more than once): an edit to its file would apply to all of them',
        );
      const parsed = hcl.parse(text, 'edit.tf');
      if (parsed.errors.length)
        return refuse('the file does not parse cleanly, so nothing is written into it');
      const [type, name] = localAddress(key).split('.');
      const role = parsed.body.blocks.find(
        (b) => b.type === 'resource' && b.labels[0] === type && b.labels[1] === name,
      );
      if (!role) return refuse(`resource "${type}" "${name}" is not found in this file`);
      if (repeated(role))
        return refuse('the role uses count or for_each: an edit would apply to every instance');

      const index = new TextIndex(text);
      const notFixed: NotFixed[] = [];
      const edits: { checks: CheckId[]; edits: TextEdit[] }[] = [];
      const blocks: { check: CheckId; text: string }[] = [];

      const trust = needs.filter((n) => n.kind === 'trust');
      if (trust.length) {
        const checks = trust.map((n) => n.check);
        const expr = attributeOf(role, 'assume_role_policy');
        const document = expr
          ? documentOf(parsed, index, expr, 'the trust policy')
          : 'the role has no assume_role_policy: add the snippet';
        const written =
          typeof document === 'string'
            ? document
            : document.addStatements(trust.map((n) => ({ trust: n.principal })));
        if (typeof written === 'string')
          notFixed.push(...checks.map((check) => ({ check, reason: written })));
        else edits.push({ checks, edits: written });
      }
      for (const need of needs) {
        if (need.kind === 'trust') continue;
        if (need.kind === 'permissions') {
          const edit = permissionEdits(parsed, index, role, need);
          if ('cannot' in edit) {
            notFixed.push({ check: need.check, reason: edit.cannot });
            continue;
          }
          if ('edits' in edit) {
            edits.push({ checks: [need.check], edits: edit.edits });
            continue;
          }
        }
        if (newBlocks(need)) blocks.push({ check: need.check, text: need.fix!.text });
        else notFixed.push({ check: need.check, reason: 'no new Terraform block is known for this fix' });
      }

      // A block a snippet adds must not already exist (Terraform rejects a duplicate address).
      for (const block of [...blocks]) {
        const taken = hcl
          .parse(block.text, 'fix.tf')
          .body.blocks.find((added) => parsed.body.blocks.some((b) => sameBlock(b, added)));
        if (!taken) continue;
        blocks.splice(blocks.indexOf(block), 1);
        notFixed.push({
          check: block.check,
          reason: `${taken.type} "${taken.labels.join('" "')}" already exists in this file`,
        });
      }
      const all = edits.flatMap((e) => e.edits);
      if (blocks.length) {
        const at = nextLineStart(text, index.offset(role.end) - 1);
        const lines = blocks.flatMap((b) => ['', ...b.text.replace(/\n+$/, '').split('\n')]);
        all.push(insertLines(text, at, lines));
      }
      const written = new Set([...edits.flatMap((e) => e.checks), ...blocks.map((b) => b.check)]);
      return {
        text: all.length ? applyEdits(text, all) : text,
        fixed: needs.map((n) => n.check).filter((c) => written.has(c)),
        notFixed,
      };
    },
  };
}
