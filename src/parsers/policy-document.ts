import type { SourceLocation } from '../model/location.js';
import type { ConditionTest, PolicyDocument, Principal, PrincipalType, Statement } from '../model/policy.js';
import { unresolved, type Str } from '../model/value.js';
import { duplicateKeys, get, type LMap, type LNode } from './located.js';

/**
 * Turns a policy document, already freed of format-specific syntax (CloudFormation intrinsics
 * resolved, Terraform JSON strings parsed), into the model. Format-neutral: CloudFormation,
 * Terraform and raw IAM JSON all come through here, so a policy reads the same whatever wrote it.
 * Malformed parts are kept as `problems`, never thrown.
 */
export function policyFromNode(node: LNode): PolicyDocument {
  if (node.kind === 'unresolved') {
    return { statements: [], location: node.loc, unresolved: unresolved(node.reason, node.loc) };
  }
  if (node.kind === 'scalar' && typeof node.value === 'string') {
    // A document given as a JSON string (CloudFormation allows it, the IAM API returns it URL-encoded).
    const parsed = parseEmbeddedJson(node.value, node.loc);
    if (parsed) return policyFromNode(parsed);
    return { statements: [], location: node.loc, problems: ['policy document is a string that is not JSON'] };
  }
  if (node.kind !== 'map') {
    return { statements: [], location: node.loc, problems: ['policy document is not a mapping'] };
  }
  const problems = duplicateKeys(node).map(
    (e) => `duplicate key '${e.key}' (line ${e.keyLoc.line}): the last one wins`,
  );
  const statementNode = get(node, 'Statement');
  const doc: PolicyDocument = { statements: [], location: node.loc };
  if (!statementNode) {
    problems.push('policy document has no Statement');
  } else if (statementNode.kind === 'unresolved') {
    doc.unresolved = unresolved(statementNode.reason, statementNode.loc);
  } else if (statementNode.kind === 'map') {
    doc.statements.push(statementFromMap(statementNode));
  } else if (statementNode.kind === 'seq') {
    for (const item of statementNode.items) {
      if (item.kind === 'map') doc.statements.push(statementFromMap(item));
      else if (item.kind === 'unresolved') doc.unresolved ??= unresolved(item.reason, item.loc);
      else problems.push(`a Statement entry at line ${item.loc.line} is not a mapping`);
    }
  } else {
    problems.push('Statement is neither a mapping nor a list');
  }
  if (problems.length) doc.problems = problems;
  return doc;
}

/** Builds an LNode tree from a plain JSON value, every node at `loc` (for inputs without positions). */
export function nodeFromValue(value: unknown, loc: SourceLocation, depth = 0): LNode {
  if (depth > 200) return { kind: 'unresolved', reason: 'policy nested too deeply', loc };
  if (Array.isArray(value))
    return { kind: 'seq', loc, items: value.map((v) => nodeFromValue(v, loc, depth + 1)) };
  if (value !== null && typeof value === 'object') {
    return {
      kind: 'map',
      loc,
      entries: Object.entries(value).map(([key, v]) => ({
        key,
        keyLoc: loc,
        value: nodeFromValue(v, loc, depth + 1),
      })),
    };
  }
  const scalar = value === undefined ? null : (value as string | number | boolean | null);
  return { kind: 'scalar', loc, value: typeof scalar === 'object' ? null : scalar };
}

/** A policy document from a plain value (e.g. `JSON.parse` of a Terraform attribute), all at `loc`. */
export function policyFromValue(value: unknown, loc: SourceLocation): PolicyDocument {
  if (typeof value === 'string') {
    const parsed = parseEmbeddedJson(value, loc);
    if (!parsed)
      return { statements: [], location: loc, problems: ['policy document is a string that is not JSON'] };
    return policyFromNode(parsed);
  }
  return policyFromNode(nodeFromValue(value, loc));
}

function parseEmbeddedJson(text: string, loc: SourceLocation): LNode | undefined {
  let source = text.trim();
  // The IAM API percent-encodes documents; an encoded one may start with encoded whitespace (%0A).
  if (/^%[0-9a-f]{2}/i.test(source)) {
    try {
      source = decodeURIComponent(source).trim();
    } catch {
      return undefined;
    }
  }
  if (!source.startsWith('{')) return undefined;
  try {
    return nodeFromValue(JSON.parse(source), loc);
  } catch {
    return undefined;
  }
}

const principalTypes: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

function statementFromMap(map: LMap): Statement {
  const problems = duplicateKeys(map).map(
    (e) => `duplicate key '${e.key}' (line ${e.keyLoc.line}): the last one wins, as in IAM`,
  );
  const actionEntry = map.entries.find((e) => e.key === 'Action' || e.key === 'NotAction');
  const statement: Statement = {
    effect: effectOf(get(map, 'Effect'), problems),
    condition: [],
    // Point at the Action line: that is what a finding about missing actions is about.
    location: actionEntry ? actionEntry.keyLoc : map.loc,
  };
  const sid = get(map, 'Sid');
  if (sid?.kind === 'scalar' && sid.value !== null) statement.sid = String(sid.value);
  for (const [key, field] of [
    ['Action', 'action'],
    ['NotAction', 'notAction'],
    ['Resource', 'resource'],
    ['NotResource', 'notResource'],
  ] as const) {
    const n = get(map, key);
    if (n) statement[field] = stringList(n, key, problems);
  }
  const principal = get(map, 'Principal');
  if (principal) statement.principal = principals(principal, problems);
  const notPrincipal = get(map, 'NotPrincipal');
  if (notPrincipal) statement.notPrincipal = principals(notPrincipal, problems);
  const condition = get(map, 'Condition');
  if (condition) readConditions(condition, statement, problems);
  for (const e of map.entries) {
    if (!knownStatementKeys.has(e.key)) problems.push(`unknown statement key '${e.key}'`);
  }
  if (problems.length) statement.problems = problems;
  return statement;
}

const knownStatementKeys = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
]);

function effectOf(n: LNode | undefined, problems: string[]): Statement['effect'] {
  if (!n) {
    problems.push('statement has no Effect');
    return '';
  }
  if (n.kind === 'unresolved') return unresolved(n.reason, n.loc);
  const text = n.kind === 'scalar' ? String(n.value) : '';
  if (text !== 'Allow' && text !== 'Deny') problems.push(`Effect '${text}' is neither 'Allow' nor 'Deny'`);
  return text;
}

function scalarStr(n: LNode, what: string, problems: string[]): Str | undefined {
  if (n.kind === 'unresolved') return unresolved(n.reason, n.loc, n.role);
  if (n.kind === 'scalar' && n.value !== null) return String(n.value);
  problems.push(`${what} at line ${n.loc.line} is not a string`);
  return undefined;
}

function stringList(n: LNode, what: string, problems: string[]): Str[] {
  const items = n.kind === 'seq' ? n.items : [n];
  const out: Str[] = [];
  for (const item of items) {
    const s = scalarStr(item, what, problems);
    if (s !== undefined) out.push(s);
  }
  return out;
}

function principals(n: LNode, problems: string[]): Principal[] {
  if (n.kind === 'scalar') {
    if (n.value === '*') return [{ type: '*', value: '*', location: n.loc }];
    problems.push(`Principal '${String(n.value)}' must be "*" or a mapping`);
    return [];
  }
  if (n.kind === 'unresolved')
    return [{ type: 'AWS', value: unresolved(n.reason, n.loc, n.role), location: n.loc }];
  if (n.kind !== 'map') {
    problems.push('Principal is not a mapping');
    return [];
  }
  const out: Principal[] = [];
  for (const entry of n.entries) {
    const type = principalTypes.find((t) => t === entry.key);
    if (!type) {
      problems.push(`unknown principal type '${entry.key}'`);
      continue;
    }
    const items = entry.value.kind === 'seq' ? entry.value.items : [entry.value];
    for (const item of items) {
      const value = scalarStr(item, `Principal ${type}`, problems);
      if (value !== undefined) out.push({ type, value, location: item.loc });
    }
  }
  return out;
}

function readConditions(n: LNode, statement: Statement, problems: string[]): void {
  if (n.kind === 'unresolved') {
    statement.conditionUnresolved = unresolved(n.reason, n.loc);
    return;
  }
  if (n.kind !== 'map') {
    problems.push('Condition is not a mapping');
    statement.conditionUnresolved = unresolved('Condition is not a mapping', n.loc);
    return;
  }
  for (const op of n.entries) {
    if (op.value.kind === 'unresolved') {
      statement.conditionUnresolved = unresolved(op.value.reason, op.value.loc);
      continue;
    }
    if (op.value.kind !== 'map') {
      problems.push(`Condition operator '${op.key}' is not a mapping`);
      statement.conditionUnresolved ??= unresolved(`Condition operator '${op.key}' is malformed`, op.keyLoc);
      continue;
    }
    for (const test of op.value.entries) {
      const cond: ConditionTest = {
        operator: op.key,
        key: test.key,
        values: stringList(test.value, 'condition value', problems),
      };
      statement.condition.push(cond);
    }
  }
}
