import type { SourceFormat } from '../../model/role.js';
import { sourceStyle } from '../style.js';
import { cloudFormationOps } from './cloudformation-ops.js';
import type { EditResult, FileEditor } from './editor.js';
import type { Need, NotFixed } from './needs.js';
import { readJson } from './read-json.js';
import { readYaml } from './read-yaml.js';
import type { ENode } from './tree.js';
import type { Op } from './cloudformation-ops.js';
import { jsonStyle, writeJsonOp } from './write-json.js';
import { writeYamlOp } from './write-yaml.js';
import { terraformSourceEditor } from './write-terraform.js';
import type { HclReader } from '../../parsers/terraform-source/hcl/index.js';

/** Which quote the file uses for strings that need one: the more frequent of ' and ". */
function quoteOf(text: string): 'single' | 'double' {
  const single = text.match(/:\s+'/g)?.length ?? 0;
  const double = text.match(/:\s+"/g)?.length ?? 0;
  return double > single ? 'double' : 'single';
}

/** A CloudFormation editor: ops planned on the located tree, each written and the tree read again. */
function cloudFormationEditor(
  read: (text: string) => ENode | undefined,
  write: (text: string, root: ENode, op: Op) => string | { cannot: string },
): FileEditor {
  return {
    edit(text: string, key: string, needs: readonly Need[]): EditResult {
      const plan = cloudFormationOps(read(text), key, needs);
      const notFixed: NotFixed[] = [...plan.notFixed];
      let out = text;
      const failed = new Set<string>();
      for (const op of plan.ops) {
        const root = read(out);
        const next = root ? write(out, root, op) : { cannot: 'the edited file no longer parses' };
        if (typeof next === 'string') out = next;
        else
          for (const check of op.checks) {
            failed.add(check);
            notFixed.push({ check, reason: next.cannot });
          }
      }
      // In report order (the needs come in check order), whatever order the ops were written in.
      const written = new Set(plan.ops.flatMap((o) => o.checks));
      const fixed = needs.map((n) => n.check).filter((c) => written.has(c) && !failed.has(c));
      // A check half written is not written at all.
      return failed.size
        ? {
            text,
            fixed: [],
            notFixed: [
              ...notFixed,
              ...fixed.map((check) => ({ check, reason: 'another part of the fix could not be written' })),
            ],
          }
        : { text: out, fixed, notFixed };
    },
  };
}

const cloudFormationYaml = (text: string): FileEditor => {
  const style = sourceStyle(text);
  return cloudFormationEditor(readYaml, (t, root, op) =>
    writeYamlOp(t, root, op, {
      shortTags: style.shortTags ?? false,
      indent: style.indent ?? 2,
      indentSequences: style.indentSequences ?? true,
      quote: quoteOf(text),
    }),
  );
};

const cloudFormationJson = (text: string): FileEditor => {
  const style = jsonStyle(text, sourceStyle(text).indent ?? 2);
  return cloudFormationEditor(readJson, (t, root, op) => writeJsonOp(t, root, op, style));
};

/**
 * Why a role's fixes are not written into its file (generated or fetched inputs), or undefined
 * when an editor exists for its source.
 */
export function whyNotEditable(source: SourceFormat): string | undefined {
  switch (source) {
    case 'cloudformation':
    case 'terraform-source':
      return undefined;
    case 'terraform-plan':
      return 'a Terraform plan is generated: change the .tf source (the snippet shows what to add)';
    case 'iam-json':
      return 'IAM JSON is generated or fetched from AWS: apply the snippet (or its aws iam commands) to the role';
    case 'aws':
      return 'a deployed role is changed in AWS or in its source, not here';
    default:
      return `fixes for ${source} are not written yet (the snippet shows what to add)`;
  }
}

/**
 * The editor for a role's own file (call only when `whyNotEditable` is undefined). Terraform
 * source needs the HCL reader, which loads asynchronously: the caller loads it first
 * (`loadHcl()`), and without it the role's fixes are not written.
 */
export function editorFor(
  text: string,
  source: SourceFormat = 'cloudformation',
  hcl?: HclReader,
): FileEditor | string {
  if (source === 'terraform-source')
    return hcl ? terraformSourceEditor(hcl) : 'the HCL reader is not loaded here: apply the snippet';
  return sourceStyle(text).json ? cloudFormationJson(text) : cloudFormationYaml(text);
}
