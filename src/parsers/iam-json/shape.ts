import type { LMap } from '../located.js';

/** The raw IAM JSON shapes this parser reads, recognised by their top-level keys. */
export type IamShape =
  | 'authorization-details'
  | 'get-role'
  | 'list-roles'
  | 'create-role'
  | 'put-role-policy'
  | 'attach-role-policy'
  | 'add-role-to-instance-profile'
  | 'create-instance-profile'
  | 'create-policy'
  | 'get-policy-version'
  | 'policy-document';

/** Top-level keys each shape may carry (AWS CLI skeletons, API outputs, boto3 ResponseMetadata). */
const shapeKeys: Record<IamShape, readonly string[]> = {
  'authorization-details': [
    'UserDetailList',
    'GroupDetailList',
    'RoleDetailList',
    'Policies',
    'IsTruncated',
    'Marker',
  ],
  'get-role': ['Role'],
  'list-roles': ['Roles', 'IsTruncated', 'Marker'],
  'create-role': [
    'Path',
    'RoleName',
    'AssumeRolePolicyDocument',
    'Description',
    'MaxSessionDuration',
    'PermissionsBoundary',
    'Tags',
  ],
  'put-role-policy': ['RoleName', 'PolicyName', 'PolicyDocument'],
  'attach-role-policy': ['RoleName', 'PolicyArn'],
  'add-role-to-instance-profile': ['InstanceProfileName', 'RoleName'],
  'create-instance-profile': ['InstanceProfileName', 'Path', 'Tags'],
  'create-policy': ['PolicyName', 'Path', 'PolicyDocument', 'Description', 'Tags'],
  'get-policy-version': ['PolicyVersion'],
  'policy-document': ['Version', 'Id', 'Statement'],
};

/** The key whose presence decides the shape, in order of precedence. */
const decidingKeys: [IamShape, readonly string[]][] = [
  ['authorization-details', ['RoleDetailList', 'UserDetailList', 'GroupDetailList']],
  ['get-role', ['Role']],
  ['list-roles', ['Roles']],
  ['create-role', ['AssumeRolePolicyDocument']],
  ['put-role-policy', ['RoleName', 'PolicyDocument']],
  ['attach-role-policy', ['RoleName', 'PolicyArn']],
  ['add-role-to-instance-profile', ['InstanceProfileName', 'RoleName']],
  ['create-instance-profile', ['InstanceProfileName']],
  ['create-policy', ['PolicyName', 'PolicyDocument']],
  ['get-policy-version', ['PolicyVersion']],
  ['policy-document', ['Statement']],
];

const ignorable = new Set(['ResponseMetadata']);

/**
 * Which IAM shape a parsed top-level mapping is, or undefined when it is none (a package.json, a
 * template, a plan): every deciding key present and every other key one the shape may carry.
 */
export function detectShape(root: LMap): IamShape | undefined {
  const keys = new Set(root.entries.map((e) => e.key).filter((k) => !ignorable.has(k)));
  const policiesOnly =
    keys.size > 0 && [...keys].every((k) => k === 'Policies' || k === 'IsTruncated' || k === 'Marker');
  for (const [shape, deciding] of decidingKeys) {
    // Authorization details need any one of their lists (a --filter may leave the others out).
    const decided =
      shape === 'authorization-details'
        ? deciding.some((k) => keys.has(k)) || policiesOnly
        : deciding.every((k) => keys.has(k));
    if (!decided) continue;
    const allowed = new Set(shapeKeys[shape]);
    return [...keys].every((k) => allowed.has(k)) ? shape : undefined;
  }
  return undefined;
}

/** Keys that, written first in a file, make it IAM JSON (a syntax error in it is then reported). */
const strongFirstKeys = new Set([
  'UserDetailList',
  'GroupDetailList',
  'RoleDetailList',
  'Role',
  'Roles',
  'RoleName',
  'AssumeRolePolicyDocument',
  'InstanceProfileName',
  'PolicyName',
  'PolicyDocument',
  'PolicyVersion',
  'Statement',
]);
/** Keys that may start IAM JSON but also other files: IAM only with an IAM marker in the head. */
const weakFirstKeys = new Set(['Version', 'Id', 'Path', 'Policies', 'Description']);
const iamMarker = /\b(Statement|RoleName|AssumeRolePolicyDocument|PolicyVersionList|InstanceProfileName)\b/;
/** Other formats' markers: a template or plan is never ours even when it holds IAM words. */
const foreignMarker =
  /\b(AWSTemplateFormatVersion|Resources|format_version|terraform_version|planned_values)\b/;

/**
 * A cheap look at the start of the text: 'iam' when it opens like IAM JSON (so a broken file is
 * reported), 'maybe' when only a full parse can tell, 'no' to skip without parsing.
 */
export function firstLook(text: string): 'iam' | 'maybe' | 'no' {
  const head = text.slice(0, 4096);
  if (foreignMarker.test(head)) return 'no';
  const first = firstKey(head);
  if (first === undefined) return 'no';
  if (strongFirstKeys.has(first)) return 'iam';
  if (weakFirstKeys.has(first) && iamMarker.test(head)) return 'iam';
  return iamMarker.test(head) ? 'maybe' : 'no';
}

/** The first key of a JSON object or of a block YAML mapping (comments and `---` skipped). */
function firstKey(head: string): string | undefined {
  const json = /^\s*\{\s*"((?:[^"\\]|\\.)*)"/.exec(head);
  if (json) return json[1];
  if (/^\s*[[{]/.test(head)) return undefined;
  for (const line of head.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed === '---' || trimmed.startsWith('%')) continue;
    const yaml = /^(["']?)([A-Za-z][\w-]*)\1\s*:/.exec(line);
    return yaml ? yaml[2] : undefined;
  }
  return undefined;
}
