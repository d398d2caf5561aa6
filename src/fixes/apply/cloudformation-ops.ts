import type { CheckId } from '../../model/role.js';
import { statementJson, trustPolicyJson, trustStatementJson } from '../statements.js';
import type { Need, NotFixed } from './needs.js';
import { at, entryOf, text, type EMap, type ENode, type Path } from './tree.js';

/**
 * One change to a CloudFormation template, by path: the YAML and JSON writers turn it into text in
 * the file's own layout. Paths stay valid across ops because every op only adds at the end of a
 * list or mapping (or right after the role, in `Resources`).
 */
export type Op =
  | { op: 'append'; path: Path; values: unknown[]; checks: CheckId[] }
  | { op: 'add-key'; path: Path; key: string; value: unknown; after?: string; checks: CheckId[] };

export interface OpPlan {
  ops: Op[];
  notFixed: NotFixed[];
}

const ref = (key: string) => ({ Ref: key });

/** Whether a node is `!Ref key` or `{ Ref: key }`. */
function refersTo(node: ENode | undefined, key: string): boolean {
  if (node?.kind === 'scalar') return node.tag === '!Ref' && node.value === key;
  return (
    node?.kind === 'map' &&
    !node.tag &&
    node.entries.length === 1 &&
    text(entryOf(node, 'Ref')?.value) === key
  );
}

interface Candidate {
  /** The statement list the Veeam statement is in. */
  list: Path;
  statement: Path;
  actions: string[];
}

/** `Resource: "*"` written as a string or a one-item list. */
function onAnyResource(node: ENode | undefined): boolean {
  if (text(node) === '*') return true;
  return node?.kind === 'seq' && !node.tag && node.items.length === 1 && text(node.items[0]) === '*';
}

/** The actions of a statement whose Action is plain strings (written as a string or a list). */
function plainActions(node: ENode | undefined): string[] | undefined {
  const one = text(node);
  if (one !== undefined) return [one];
  if (node?.kind !== 'seq' || node.tag) return undefined;
  const all = node.items.map(text);
  return all.every((a): a is string => a !== undefined) ? all : undefined;
}

/** Unconditional `Allow` statements on `*` with plain actions, in the document at `document`. */
function candidatesIn(root: ENode, document: Path): Candidate[] {
  const list = [...document, 'Statement'];
  const statements = at(root, list);
  if (statements?.kind !== 'seq' || statements.tag) return [];
  return statements.items.flatMap((st, i): Candidate[] => {
    if (st.kind !== 'map' || st.tag || text(entryOf(st, 'Effect')?.value) !== 'Allow') return [];
    if (['Condition', 'NotAction', 'NotResource', 'Principal'].some((k) => entryOf(st, k))) return [];
    if (!onAnyResource(entryOf(st, 'Resource')?.value)) return [];
    const actions = plainActions(entryOf(st, 'Action')?.value);
    return actions ? [{ list, statement: [...list, i], actions }] : [];
  });
}

/** Policies of the role written in this template: its inline `Policies`, and policy resources naming it. */
function roleDocuments(root: ENode, key: string): Path[] {
  const documents: Path[] = [];
  const policies = at(root, ['Resources', key, 'Properties', 'Policies']);
  if (policies?.kind === 'seq' && !policies.tag)
    policies.items.forEach((_, i) =>
      documents.push(['Resources', key, 'Properties', 'Policies', i, 'PolicyDocument']),
    );
  const resources = at(root, ['Resources']) as EMap;
  for (const { key: id, value } of resources.entries) {
    const type = text(entryOf(value, 'Type')?.value);
    if (type !== 'AWS::IAM::Policy' && type !== 'AWS::IAM::ManagedPolicy') continue;
    if (entryOf(value, 'Condition')) continue;
    const roles = at(value, ['Properties', 'Roles']);
    if (roles?.kind === 'seq' && roles.items.some((r) => refersTo(r, key)))
      documents.push(['Resources', id, 'Properties', 'PolicyDocument']);
  }
  return documents;
}

/** The statement the missing actions join: the one already granting most of the Veeam actions. */
function veeamStatement(root: ENode, key: string, required: readonly string[]): Candidate | undefined {
  const wanted = new Set(required.map((a) => a.toLowerCase()));
  let best: Candidate | undefined;
  let bestScore = 0;
  for (const document of roleDocuments(root, key))
    for (const c of candidatesIn(root, document)) {
      const score = c.actions.filter((a) => wanted.has(a.toLowerCase())).length;
      if (score > bestScore) [best, bestScore] = [c, score];
    }
  return best;
}

/** A resource name not yet used in the template: `WorkerRoleInstanceProfile`, else `…2`, `…3`. */
function freeName(resources: EMap, base: string): string {
  const used = new Set(resources.entries.map((e) => e.key));
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}${n}`;
  return name;
}

function permissionOps(root: ENode, key: string, need: Extract<Need, { kind: 'permissions' }>): Op[] {
  const checks = [need.check];
  const target = veeamStatement(root, key, need.required);
  if (target) {
    const have = new Set(target.actions.map((a) => a.toLowerCase()));
    const add = need.plain.filter((a) => !have.has(a.toLowerCase()));
    const ops: Op[] = [];
    if (add.length) ops.push({ op: 'append', path: [...target.statement, 'Action'], values: add, checks });
    if (need.conditional.length)
      ops.push({ op: 'append', path: target.list, values: need.conditional.map(statementJson), checks });
    return ops;
  }
  const statements = [...(need.plain.length ? [{ actions: need.plain }] : []), ...need.conditional];
  const document = { Version: '2012-10-17', Statement: statements.map(statementJson) };
  const inline = at(root, ['Resources', key, 'Properties', 'Policies']);
  if (inline?.kind === 'seq' && !inline.tag) {
    const names = new Set(inline.items.map((p) => text(entryOf(p, 'PolicyName')?.value)));
    let name = need.policyName;
    for (let n = 2; names.has(name); n++) name = `${need.policyName}-${n}`;
    return [
      {
        op: 'append',
        path: ['Resources', key, 'Properties', 'Policies'],
        values: [{ PolicyName: name, PolicyDocument: document }],
        checks,
      },
    ];
  }
  const resources = at(root, ['Resources']) as EMap;
  return [
    {
      op: 'add-key',
      path: ['Resources'],
      after: key,
      key: freeName(resources, `${key}VeeamPermissions`),
      value: {
        Type: 'AWS::IAM::Policy',
        Properties: { PolicyName: need.policyName, Roles: [ref(key)], PolicyDocument: document },
      },
      checks,
    },
  ];
}

/**
 * The ops that write a role's needs into a CloudFormation template (YAML or JSON), and the needs
 * that cannot be written there, with the reason. Pure.
 */
export function cloudFormationOps(root: ENode | undefined, key: string, needs: readonly Need[]): OpPlan {
  const none = (reason: string): OpPlan => ({
    ops: [],
    notFixed: needs.map((n) => ({ check: n.check, reason })),
  });
  if (!root) return none('the file does not parse cleanly for editing');
  const role = at(root, ['Resources', key]);
  const properties = at(role, ['Properties']);
  if (role?.kind !== 'map' || role.tag || at(root, ['Resources'])?.kind !== 'map')
    return none(`${key} is not written as a plain mapping under Resources`);
  if (properties?.kind !== 'map' || properties.tag)
    return none(`${key}.Properties is not written as a plain mapping`);

  const ops: Op[] = [];
  const notFixed: NotFixed[] = [];
  const trustNeeds = needs.filter((n) => n.kind === 'trust');
  if (trustNeeds.length) {
    const trustEntry = entryOf(properties, 'AssumeRolePolicyDocument');
    const statements = at(trustEntry?.value, ['Statement']);
    const checks = trustNeeds.map((n) => n.check);
    const principals = trustNeeds.map((n) => n.principal);
    if (!trustEntry) {
      ops.push({
        op: 'add-key',
        path: ['Resources', key, 'Properties'],
        key: 'AssumeRolePolicyDocument',
        value: trustPolicyJson(principals),
        checks,
      });
    } else if (
      trustEntry.value?.kind === 'map' &&
      !trustEntry.value.tag &&
      statements?.kind === 'seq' &&
      !statements.tag
    ) {
      ops.push({
        op: 'append',
        path: ['Resources', key, 'Properties', 'AssumeRolePolicyDocument', 'Statement'],
        values: principals.map(trustStatementJson),
        checks,
      });
    } else {
      for (const check of checks)
        notFixed.push({
          check,
          reason:
            'the trust policy is not written as a list of statements (a string or an intrinsic function)',
        });
    }
  }
  for (const need of needs) {
    if (need.kind === 'permissions') ops.push(...permissionOps(root, key, need));
    if (need.kind === 'instance-profile') {
      const resources = at(root, ['Resources']) as EMap;
      ops.push({
        op: 'add-key',
        path: ['Resources'],
        after: key,
        key: freeName(resources, `${key}InstanceProfile`),
        value: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(key)] } },
        checks: [need.check],
      });
    }
  }
  // New resources follow the role (in the order written) and share its Condition, so that a
  // `!Ref` to a role that is not created never breaks the stack.
  const condition = text(entryOf(role, 'Condition')?.value);
  let after = key;
  for (const op of ops) {
    if (op.op !== 'add-key' || op.path.length !== 1) continue;
    op.after = after;
    after = op.key;
    if (condition) {
      const { Type, ...rest } = op.value as Record<string, unknown>;
      op.value = { Type, Condition: condition, ...rest };
    }
  }
  return { ops, notFixed };
}
