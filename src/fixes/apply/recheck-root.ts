import type { RoleReport } from '../../model/report.js';
import type { CheckId, Role } from '../../model/role.js';
import { judgeEdited, type FixOptions } from './plan.js';

/** A Terraform root read again with one file's text replaced by its edited text (nothing written). */
export type RereadRoot = (file: string, text: string) => { roles: readonly Role[] };

/** Checks a role again after its file's edit: undefined when it is kept, else why not. */
export type RecheckEdit = (
  file: string,
  text: string,
  before: RoleReport,
  fixed: readonly CheckId[],
) => string | undefined;

/**
 * The re-check `--fix` makes by re-scanning, for an edit that is not written (a review suggestion):
 * a `.tf` file belongs to a folder, so the role is read again from its whole root with the edited
 * text in place, and kept only when every fixed check holds and no other check got worse (that the
 * edit parses is checked before, by `fixFile`). Pure.
 */
export function recheckInRoot(
  reread: RereadRoot,
  options: Pick<FixOptions, 'appliancePrincipals'>,
): RecheckEdit {
  return (file, text, before, fixed) => {
    const role = reread(file, text).roles.find((r) => r.id === before.id);
    return role ? judgeEdited(role, before, fixed, options) : 'the role is no longer found after the edit';
  };
}
