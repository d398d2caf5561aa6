import { ParseError } from '../../model/errors.js';
import type { OpenQuestion, Role } from '../../model/role.js';
import { get, type LMap } from '../located.js';
import { policyFromNode } from '../policy-document.js';
import type { LooseDocument, ParseContext, ParsedFile, Parser } from '../types.js';
import { rolesFromAuthorizationDetails } from './authorization-details.js';
import { attachmentInput, roleFromCreateRole } from './cli-input.js';
import { listOf, requiredMap, ShapeProblem } from './fields.js';
import { looseDocument } from './loose.js';
import { isIamCandidate, readTree } from './read-tree.js';
import { roleFromMap } from './role-shape.js';
import { detectShape, firstLook, type IamShape } from './shape.js';

/**
 * Raw IAM JSON (and the same shapes in YAML): authorization details, get-role / list-roles output,
 * CLI input skeletons, bare policy documents. Detected by content; anything else returns null.
 */
export const iamJsonParser: Parser = {
  format: 'iam-json',
  sniff: (file, head) => isIamCandidate(file) && firstLook(head) !== 'no',
  parse(text, context) {
    const look = firstLook(text);
    if (look === 'no') return null;
    const result: ParsedFile = { format: 'iam-json', roles: [], errors: [], warnings: [] };
    let root;
    try {
      root = readTree(text, context.file);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      if (look !== 'iam') return null;
      result.errors.push({ file: context.file, line: e.line, column: e.column, message: e.message });
      return result;
    }
    if (root?.kind !== 'map') return null;
    const shape = detectShape(root);
    if (!shape) return null;
    try {
      read(shape, root, context, result);
    } catch (e) {
      if (!(e instanceof ShapeProblem)) throw e;
      result.errors.push({ file: context.file, line: e.loc.line, column: e.loc.column, message: e.message });
    }
    return result;
  },
};

function read(shape: IamShape, root: LMap, context: ParseContext, result: ParsedFile): void {
  const loose = (doc: LooseDocument): void => {
    (result.looseDocuments ??= []).push(doc);
  };
  switch (shape) {
    case 'authorization-details':
      result.roles.push(...rolesFromAuthorizationDetails(root, context.file, result.errors));
      if (!get(root, 'RoleDetailList'))
        result.warnings.push({
          code: 'iam-json-no-roles',
          message:
            'authorization details without RoleDetailList: no roles to check (was --filter Role left out?)',
          location: root.loc,
        });
      return;
    case 'get-role':
      result.roles.push(
        roleWithoutAttachments(requiredMap(get(root, 'Role'), 'Role', root.loc), context.file, 'get-role'),
      );
      return;
    case 'list-roles':
      for (const item of listOf(root, 'Roles'))
        result.roles.push(
          roleWithoutAttachments(requiredMap(item, 'a Roles entry', root.loc), context.file, 'list-roles'),
        );
      return;
    case 'create-role':
      result.roles.push(roleFromCreateRole(root, context));
      return;
    case 'put-role-policy':
    case 'attach-role-policy':
    case 'add-role-to-instance-profile': {
      const policy = attachmentInput(shape, root, context, result.warnings, result.errors);
      if (policy?.document) loose(looseDocument(context.file, policy.document));
      return;
    }
    case 'create-instance-profile':
      return;
    case 'create-policy':
      loose(looseDocument(context.file, policyFromNode(get(root, 'PolicyDocument')!)));
      return;
    case 'get-policy-version': {
      const version = requiredMap(get(root, 'PolicyVersion'), 'PolicyVersion', root.loc);
      const doc = get(version, 'Document');
      if (!doc) throw new ShapeProblem('PolicyVersion has no Document', version.loc);
      loose(looseDocument(context.file, policyFromNode(doc)));
      return;
    }
    case 'policy-document':
      loose(looseDocument(context.file, policyFromNode(root)));
      return;
  }
}

/** get-role and list-roles show trust, boundary and tags, but no policies and no instance profiles. */
function roleWithoutAttachments(map: LMap, file: string, command: string): Role {
  const openQuestions: OpenQuestion[] = [
    {
      checks: ['permissions'],
      reason: `${command} output lists no policies: check the account's authorization details or run live mode (--aws)`,
      location: map.loc,
    },
    {
      checks: ['instance-profile'],
      reason: `${command} output lists no instance profiles: check the account's authorization details or run live mode (--aws)`,
      location: map.loc,
      onlyAdds: true,
    },
  ];
  return roleFromMap(map, file, {
    policies: [],
    instanceProfiles: [],
    complete: { policies: false, instanceProfiles: false },
    openQuestions,
  });
}
