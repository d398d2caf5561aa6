import { evaluateRole } from '../../evaluate.js';
import type { GateOptions } from '../../model/options.js';
import type { RoleReport } from '../../model/report.js';
import type { CheckId, Role } from '../../model/role.js';
import { worst } from '../../model/verdict.js';
import { parseFile } from '../../parsers/index.js';
import type { HclReader } from '../../parsers/terraform-source/hcl/index.js';
import { editorFor, whyNotEditable } from './editors.js';
import { needsOf, type NotFixed } from './needs.js';

export type FixOptions = Pick<GateOptions, 'appliancePrincipals' | 'parameters'> & {
  /** The HCL reader, loaded by the caller (it loads asynchronously): needed to edit `.tf` files. */
  hcl?: HclReader;
  /**
   * Every role of the report, passing ones too: a `.tf` role whose block also declares another
   * role (a module called twice, only one call failing) is not edited. Default: the roles given.
   */
  reportRoles?: readonly RoleReport[];
};

export interface RoleFix {
  id: string;
  fixed: CheckId[];
  notFixed: NotFixed[];
}

export interface FileFix {
  file: string;
  before: string;
  after: string;
  roles: RoleFix[];
}

/** The role's key in its id `<file>#<key>`. */
export function keyOf(role: Pick<RoleReport, 'id'>, file: string): string {
  return role.id.startsWith(`${file}#`)
    ? role.id.slice(file.length + 1)
    : role.id.slice(role.id.indexOf('#') + 1);
}

/** The file a role report points at (its id up to `#`, which is the location's file). */
export function fileOf(role: Pick<RoleReport, 'location'>): string {
  return role.location.file;
}

/** Why a role after a fix is not better: a fixed check still fails, or another check got worse. */
export function worsened(
  before: RoleReport,
  after: RoleReport,
  fixed: readonly CheckId[],
): string | undefined {
  for (const check of before.checks) {
    const now = after.checks.find((c) => c.check === check.check);
    if (!now) continue;
    if (fixed.includes(check.check) && now.verdict === 'fail')
      return `${check.check} still fails: ${now.message}`;
    if (now.verdict !== check.verdict && worst([now.verdict, check.verdict]) === now.verdict)
      return `${check.check} turns from ${check.verdict} to ${now.verdict}: ${now.message}`;
  }
  return undefined;
}

/**
 * Checks the role again in the edited text, as the gate would: undefined when every fixed check
 * now holds and no other check got worse, else why the edit is not kept.
 */
export function recheck(
  text: string,
  file: string,
  before: RoleReport,
  fixed: readonly CheckId[],
  options: FixOptions,
): string | undefined {
  const parsed = parseFile(text, { file, parameters: options.parameters });
  if (!parsed || parsed.errors.some((e) => e.file === file)) {
    const error = parsed?.errors[0];
    return `the edited file would not parse${error ? ` (line ${error.line ?? '?'}: ${error.message})` : ''}`;
  }
  const role = parsed.roles.find((r) => r.key === keyOf(before, file));
  if (!role) return 'the role is no longer found in the edited file';
  return judgeEdited(role, before, fixed, options);
}

/** The edited role checked as it was selected before: undefined when kept, else why not. */
export function judgeEdited(
  role: Role,
  before: RoleReport,
  fixed: readonly CheckId[],
  options: Pick<FixOptions, 'appliancePrincipals'>,
): string | undefined {
  const after = evaluateRole(
    role,
    { kinds: before.kind.split('+'), selectedBy: before.selectedBy },
    { veeamVersion: before.veeamVersion, appliancePrincipals: options.appliancePrincipals },
  );
  const problem = worsened(before, after, fixed);
  return problem && `after the edit, ${problem}`;
}

/**
 * Writes the fixes of every failing role of one file into its text, role by role, each edit checked
 * again before it is kept (the file is the same as before when nothing could be fixed). Pure.
 */
export function fixFile(
  file: string,
  text: string,
  roles: readonly RoleReport[],
  options: FixOptions,
  /** Fix only these checks (a suggestion per group of checks); default: every failing one. */
  only?: readonly CheckId[],
): FileFix {
  let current = text;
  const results: RoleFix[] = [];
  for (const role of [...roles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const all = needsOf(role, options);
    const needs = only ? all.needs.filter((n) => only.includes(n.check)) : all.needs;
    const notFixed = only ? all.notFixed.filter((n) => only.includes(n.check)) : all.notFixed;
    const result: RoleFix = { id: role.id, fixed: [], notFixed: [...notFixed] };
    results.push(result);
    if (!needs.length) continue;
    const notEditable = whyNotEditable(role.source);
    if (notEditable) {
      result.notFixed.push(...needs.map((n) => ({ check: n.check, reason: notEditable })));
      continue;
    }
    const editor = editorFor(current, role.source, options.hcl);
    const cannot =
      typeof editor === 'string'
        ? editor
        : role.source === 'terraform-source'
          ? declaredForSeveral(role, options.reportRoles ?? roles)
          : undefined;
    if (cannot !== undefined || typeof editor === 'string') {
      const reason = cannot ?? 'no editor';
      result.notFixed.push(...needs.map((n) => ({ check: n.check, reason })));
      continue;
    }
    const edited = editor.edit(current, keyOf(role, file), needs);
    result.notFixed.push(...edited.notFixed);
    if (!edited.fixed.length) continue;
    // A Terraform root is a folder, read only by the scan: the CLI's re-scan checks the role again.
    const problem =
      role.source === 'terraform-source'
        ? parsesAsHcl(edited.text, file, options.hcl!)
        : recheck(edited.text, file, role, edited.fixed, options);
    if (problem) {
      result.notFixed.push(...edited.fixed.map((check) => ({ check, reason: problem })));
      continue;
    }
    result.fixed = edited.fixed;
    current = edited.text;
  }
  return { file, before: text, after: current, roles: results };
}

/** Whether two roles come from the same block of the same file (a module called more than once). */
export function sameDeclaration(a: Pick<RoleReport, 'location'>, b: Pick<RoleReport, 'location'>): boolean {
  return a.location.file === b.location.file && a.location.line === b.location.line;
}

/**
 * Why a `.tf` role's declaration may not be edited: it is the same block as another role's (a module
 * called more than once), so a block added to its file would change every call.
 */
function declaredForSeveral(role: RoleReport, roles: readonly RoleReport[]): string | undefined {
  const same = [role, ...roles.filter((r) => r.id !== role.id && sameDeclaration(r, role))];
  return same.length > 1
    ? `the role's module is called more than once (${same.map((r) => r.id.slice(r.id.indexOf('#') + 1)).join(', ')}): an edit to its file would change every call`
    : undefined;
}

/** Undefined when the edited `.tf` text parses without errors, else why the edit is not kept. */
function parsesAsHcl(text: string, file: string, hcl: HclReader): string | undefined {
  const error = hcl.parse(text, file).errors[0];
  return error && `the edited file would not parse (line ${error.line ?? '?'}: ${error.message})`;
}
