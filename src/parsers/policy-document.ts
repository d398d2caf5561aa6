import type { SourceLocation } from '../model/location.js';
import type { ConditionTest, PolicyDocument, Principal, PrincipalType, Statement } from '../model/policy.js';
import type { Str } from '../model/value.js';
import { unresolved } from '../model/value.js';

/**
 * Converts an IAM policy document given as JSON (a JSON string, or the value JSON.parse made of it)
 * into the model. Format-neutral: CloudFormation documents written as JSON strings, Terraform plan
 * attributes and IAM JSON files all come through here. Malformed parts become `problems`, never throws.
 */
export interface JsonPolicyOptions {
  /** Where the document as a whole is written. */
  location: SourceLocation;
  /**
   * Finer locations, when the caller knows them: the path into the document, e.g. ['Statement', 0]
   * or ['Statement', 0, 'Action']. Without it (or when it returns undefined) `location` is used.
   */
  locate?: (path: readonly (string | number)[]) => SourceLocation | undefined;
}

const principalTypes: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const statementKeys = new Set([
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

/** Parses `text` as JSON first; invalid JSON gives a document that is unresolved, with the reason. */
export function policyDocumentFromJsonText(text: string, options: JsonPolicyOptions): PolicyDocument {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = `policy is not valid JSON: ${(error as Error).message}`;
    return {
      statements: [],
      location: options.location,
      unresolved: unresolved(reason, options.location),
      problems: [reason],
    };
  }
  return policyDocumentFromJson(value, options);
}

export function policyDocumentFromJson(value: unknown, options: JsonPolicyOptions): PolicyDocument {
  const at = (path: readonly (string | number)[]): SourceLocation =>
    options.locate?.(path) ?? options.location;
  const problems: string[] = [];
  const document: PolicyDocument = { statements: [], location: at([]) };
  if (!isObject(value)) {
    const reason = `policy document is ${describe(value)}, not a JSON object`;
    return { ...document, unresolved: unresolved(reason, document.location), problems: [reason] };
  }
  const raw = value['Statement'];
  if (raw === undefined) problems.push('policy document has no Statement');
  else if (Array.isArray(raw))
    raw.forEach((s, i) => document.statements.push(statement(s, ['Statement', i])));
  else if (isObject(raw)) document.statements.push(statement(raw, ['Statement']));
  else problems.push(`Statement is ${describe(raw)}`);
  if (problems.length > 0) document.problems = problems;
  return document;

  function statement(input: unknown, path: (string | number)[]): Statement {
    const result: Statement = { effect: '', condition: [], location: at(path) };
    const issues: string[] = [];
    if (!isObject(input)) {
      result.effect = unresolved(`statement is ${describe(input)}`, result.location);
      result.problems = [`statement is ${describe(input)}, not an object`];
      return result;
    }
    for (const key of Object.keys(input)) if (!statementKeys.has(key)) issues.push(`unknown key '${key}'`);
    const sid = input['Sid'];
    if (typeof sid === 'string') result.sid = sid;
    const effect = input['Effect'];
    if (typeof effect === 'string') result.effect = effect;
    else {
      result.effect = effect === undefined ? '' : JSON.stringify(effect);
      issues.push(effect === undefined ? 'statement has no Effect' : `Effect is ${describe(effect)}`);
    }
    if (result.effect !== 'Allow' && result.effect !== 'Deny' && typeof effect === 'string')
      issues.push(`Effect '${effect}' is not Allow or Deny`);
    const lists = [
      ['Action', 'action'],
      ['NotAction', 'notAction'],
      ['Resource', 'resource'],
      ['NotResource', 'notResource'],
    ] as const;
    for (const [key, field] of lists) {
      if (!(key in input)) continue;
      const strings = stringList(input[key], key, issues);
      if (strings) result[field] = strings;
    }
    for (const key of ['Principal', 'NotPrincipal'] as const) {
      if (!(key in input)) continue;
      const principals = principalList(input[key], [...path, key], issues);
      if (key === 'Principal') result.principal = principals;
      else result.notPrincipal = principals;
    }
    if ('Condition' in input) result.condition = conditions(input['Condition'], issues);
    if (issues.length > 0) result.problems = issues;
    return result;
  }

  function principalList(input: unknown, path: (string | number)[], issues: string[]): Principal[] {
    const location = at(path);
    if (input === '*') return [{ type: '*', value: '*', location }];
    if (!isObject(input)) {
      issues.push(`${String(path[path.length - 1])} is ${describe(input)}`);
      return [];
    }
    const principals: Principal[] = [];
    for (const [type, values] of Object.entries(input)) {
      if (!(principalTypes as readonly string[]).includes(type)) {
        issues.push(`unknown principal type '${type}'`);
        continue;
      }
      const strings = stringList(values, `Principal ${type}`, issues) ?? [];
      for (const value of strings)
        principals.push({ type: type as PrincipalType, value, location: at([...path, type]) ?? location });
    }
    return principals;
  }
}

function conditions(input: unknown, issues: string[]): ConditionTest[] {
  if (!isObject(input)) {
    issues.push(`Condition is ${describe(input)}`);
    return [];
  }
  const tests: ConditionTest[] = [];
  for (const [operator, block] of Object.entries(input)) {
    if (!isObject(block)) {
      issues.push(`Condition ${operator} is ${describe(block)}`);
      continue;
    }
    for (const [key, values] of Object.entries(block)) {
      const list = Array.isArray(values) ? values : [values];
      tests.push({ operator, key, values: list.map(scalarString) });
    }
  }
  return tests;
}

function stringList(input: unknown, key: string, issues: string[]): Str[] | undefined {
  if (typeof input === 'string') return [input];
  if (Array.isArray(input)) {
    const out: Str[] = [];
    for (const item of input) {
      if (typeof item === 'string') out.push(item);
      else issues.push(`${key} holds ${describe(item)}`);
    }
    return out;
  }
  issues.push(`${key} is ${describe(input)}`);
  return undefined;
}

/** Condition values may be booleans or numbers in JSON; IAM compares their string forms. */
function scalarString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
