import type { HclBlock, HclReader } from '../../parsers/terraform-source/hcl/index.js';
import type { EditResult, FileEditor } from './editor.js';
import type { Need, NotFixed } from './needs.js';
import { applyEdits, insertLines, nextLineStart } from './text-edits.js';

/** The offset of a 1-based line's start. */
function offsetOfLine(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line && at < text.length; l++) at = nextLineStart(text, at);
  return at;
}

const sameBlock = (a: HclBlock, b: HclBlock): boolean =>
  a.type === b.type && a.labels.length === b.labels.length && a.labels.every((l, i) => l === b.labels[i]);

/** `module.a.aws_iam_role.x` → `aws_iam_role.x`: the role's block is in the module's own file. */
function localAddress(key: string): string {
  return key.replace(/^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)+/, '');
}

/**
 * A `.tf` editor: writes the fixes that are whole new blocks (an `aws_iam_role_policy`, its policy
 * document, an `aws_iam_instance_profile`) right after the role's resource block, as the report's
 * snippet has them (src/fixes/terraform-source.ts), by inserting lines only. Trust statements
 * inside an existing `assume_role_policy` are left with the snippet.
 */
export function terraformSourceEditor(hcl: HclReader): FileEditor {
  return {
    edit(text: string, key: string, needs: readonly Need[]): EditResult {
      const notFixed: NotFixed[] = [];
      const blocks: { check: Need['check']; text: string }[] = [];
      for (const need of needs) {
        if (need.kind === 'trust') {
          notFixed.push({
            check: need.check,
            reason: "a trust statement goes inside the role's assume_role_policy: add the snippet there",
          });
          continue;
        }
        const fix = need.fix;
        if (
          !fix ||
          fix.format !== 'terraform-hcl' ||
          !/^Add (this resource|these blocks)/.test(fix.description)
        )
          notFixed.push({ check: need.check, reason: 'no new Terraform block is known for this fix' });
        else blocks.push({ check: need.check, text: fix.text });
      }
      if (!blocks.length) return { text, fixed: [], notFixed };
      const refuse = (reason: string): EditResult => ({
        text,
        fixed: [],
        notFixed: [...notFixed, ...blocks.map((b) => ({ check: b.check, reason }))],
      });

      const address = localAddress(key);
      if (key.includes('[')) {
        return refuse(
          'the role is declared once for several instances (count, for_each or a module called more than once): a block added to its file would apply to all of them',
        );
      }
      const parsed = hcl.parse(text, 'edit.tf');
      if (parsed.errors.length)
        return refuse('the file does not parse cleanly, so nothing is written into it');
      const [type, name] = address.split('.');
      const role = parsed.body.blocks.find(
        (b) => b.type === 'resource' && b.labels[0] === type && b.labels[1] === name,
      );
      if (!role) return refuse(`resource "${type}" "${name}" is not found in this file`);
      // A block the snippet adds must not already exist (Terraform rejects a duplicate address).
      for (const added of blocks.flatMap((b) => hcl.parse(b.text, 'fix.tf').body.blocks)) {
        if (parsed.body.blocks.some((b) => sameBlock(b, added)))
          return refuse(`${added.type} "${added.labels.join('" "')}" already exists in this file`);
      }

      const at = nextLineStart(text, offsetOfLine(text, role.endLine));
      const lines = blocks.flatMap((b) => ['', ...b.text.replace(/\n+$/, '').split('\n')]);
      const out = applyEdits(text, [insertLines(text, at, lines)]);
      const written = new Set(blocks.map((b) => b.check));
      return { text: out, fixed: needs.map((n) => n.check).filter((c) => written.has(c)), notFixed };
    },
  };
}
