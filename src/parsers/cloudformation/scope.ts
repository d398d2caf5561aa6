import { Buffer } from 'node:buffer';
import type { SourceLocation } from '../../model/location.js';
import { get, type LEntry, type LMap, type LNode, type LUnresolved } from '../located.js';
import type { Diagnostics } from './diagnostics.js';
import { argList, asIntrinsic, type Intrinsic } from './intrinsic.js';
import type { Resource, Template } from './template.js';

/** The template resource a resolved value came from (`!Ref Policy`, `!GetAtt Role.Arn`): used to link. */
export interface Target {
  logicalId: string;
  attribute?: string;
}

/** A resolved node: no intrinsics left; `target` when it stands for a template resource. */
export type RNode = LNode & { target?: Target };

/** Pseudo parameters that stay symbolic inside strings: they stand for a value of a known kind. */
const symbolicPseudo = new Set(['AWS::Partition', 'AWS::AccountId', 'AWS::Region', 'AWS::URLSuffix']);

const maxDepth = 1000;

/**
 * Resolves intrinsic functions of one template under one assignment of the conditions that the
 * parameters leave undecided. What the template does not determine becomes an `unresolved` node
 * whose reason names it; `undefined` is `AWS::NoValue` (the property or list item is absent).
 */
export class Scope {
  private readonly conditionMemo = new Map<string, boolean | undefined>();
  private readonly conditionStack: string[] = [];
  private readonly nameStack: string[] = [];
  private readonly propertyMemo = new Map<string, RNode | undefined>();

  constructor(
    readonly template: Template,
    private readonly parameters: Readonly<Record<string, string>>,
    readonly assumptions: ReadonlyMap<string, boolean>,
    private readonly diagnostics: Diagnostics,
    /** false: only explicitly given parameter values count (to tell a default from a decision). */
    private readonly useDefaults = true,
  ) {}

  /** A resolved property of a resource (memoized per scope). */
  property(resource: Resource, key: string): RNode | undefined {
    const memoKey = `${resource.logicalId}\u0000${key}`;
    if (this.propertyMemo.has(memoKey)) return this.propertyMemo.get(memoKey);
    let props: RNode | undefined = resource.properties;
    if (props && asIntrinsic(props)) props = this.resolve(props);
    const raw = props?.kind === 'map' ? get(props, key) : undefined;
    const value = raw ? this.resolve(raw) : undefined;
    this.propertyMemo.set(memoKey, value);
    return value;
  }

  resolve(node: LNode, depth = 0): RNode | undefined {
    if (depth > maxDepth) return unresolvedNode('value nested too deeply', node.loc);
    const call = asIntrinsic(node);
    if (call) return this.call(call, depth + 1);
    // A collection with nothing to resolve inside is its own result (nothing mutates resolved
    // nodes): copied only from the first entry or item that resolves to something else.
    if (node.kind === 'map') {
      let entries: LEntry[] | undefined;
      for (let i = 0; i < node.entries.length; i++) {
        const e = node.entries[i]!;
        const value = this.resolve(e.value, depth + 1);
        if (value === e.value && !entries) continue;
        entries ??= node.entries.slice(0, i);
        if (value !== undefined) entries.push(value === e.value ? e : { ...e, value });
      }
      return entries ? { ...node, entries } : node;
    }
    if (node.kind === 'seq') {
      let items: LNode[] | undefined;
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i]!;
        const value = this.resolve(item, depth + 1);
        if (value === item && !items) continue;
        items ??= node.items.slice(0, i);
        if (value !== undefined) items.push(value);
      }
      return items ? { ...node, items } : node;
    }
    return node;
  }

  /** The text of a resolved value, or the unresolved node that stands in for it. */
  text(node: RNode | undefined, loc: SourceLocation): string | LUnresolved {
    if (node === undefined) return unresolvedNode('AWS::NoValue used where a value is needed', loc);
    if (node.kind === 'unresolved') return node;
    if (node.kind === 'scalar') return node.value === null ? '' : String(node.value);
    return unresolvedNode(
      `a ${node.kind === 'seq' ? 'list' : 'mapping'} where a string is expected`,
      node.loc,
    );
  }

  /** true / false when the parameters (or this variant's assumptions) decide the condition. */
  condition(name: string, loc?: SourceLocation): boolean | undefined {
    if (this.assumptions.has(name)) return this.assumptions.get(name);
    return this.evaluateCondition(name, loc);
  }

  /** A condition's own expression, ignoring any assumption made about that very condition. */
  evaluateCondition(name: string, loc?: SourceLocation): boolean | undefined {
    if (this.conditionMemo.has(name)) return this.conditionMemo.get(name);
    const node = this.template.conditions.get(name);
    if (!node) {
      this.diagnostics.warn('unknown-condition', `condition '${name}' is not defined in Conditions`, loc);
      return undefined;
    }
    if (this.conditionStack.includes(name)) {
      const chain = [...this.conditionStack.slice(this.conditionStack.indexOf(name)), name].join(' → ');
      this.diagnostics.warn('circular-reference', `circular condition: ${chain}`, node.loc);
      return undefined;
    }
    this.conditionStack.push(name);
    let value: boolean | undefined;
    try {
      value = this.conditionExpression(node, 0);
    } finally {
      this.conditionStack.pop();
    }
    this.conditionMemo.set(name, value);
    return value;
  }

  private conditionExpression(node: LNode, depth: number): boolean | undefined {
    if (depth > maxDepth) return undefined;
    const call = asIntrinsic(node, true);
    if (!call) return undefined;
    const args = argList(call) ?? [];
    const sub = args.map((a) => () => this.conditionExpression(a, depth + 1));
    switch (call.fn) {
      case 'Fn::Equals': {
        if (args.length !== 2) return undefined;
        const [a, b] = args.map((a) => this.text(this.resolve(a, depth + 1), a.loc));
        if (typeof a !== 'string' || typeof b !== 'string') return undefined;
        // `!Equals [!Ref AWS::Region, us-east-1]`: a symbolic value is not known.
        if (a.includes('${AWS::') || b.includes('${AWS::')) return undefined;
        return a === b;
      }
      case 'Fn::And':
        return threeValued(sub, 'and');
      case 'Fn::Or':
        return threeValued(sub, 'or');
      case 'Fn::Not': {
        const v = sub[0]?.();
        return v === undefined ? undefined : !v;
      }
      case 'Condition':
        return call.arg.kind === 'scalar' ? this.condition(String(call.arg.value), call.loc) : undefined;
      default:
        return undefined;
    }
  }

  private call(call: Intrinsic, depth: number): RNode | undefined {
    const { fn, arg, loc } = call;
    const args = argList(call);
    switch (fn) {
      case 'Ref':
        return arg.kind === 'scalar' ? this.ref(String(arg.value), loc) : bad(fn, loc);
      case 'Fn::GetAtt': {
        if (arg.kind === 'scalar') {
          const text = String(arg.value);
          const dot = text.indexOf('.');
          if (dot < 0) return bad(fn, loc);
          return this.getAtt(text.slice(0, dot), text.slice(dot + 1), loc);
        }
        if (args?.length !== 2 || args[0]!.kind !== 'scalar') return bad(fn, loc);
        const attr = this.text(this.resolve(args[1]!, depth), loc);
        if (typeof attr !== 'string') return attr;
        return this.getAtt(String(args[0]!.value), attr, loc);
      }
      case 'Fn::Sub':
        return this.sub(call, depth);
      case 'Fn::Join': {
        if (args?.length !== 2) return bad(fn, loc);
        const delimiter = this.text(this.resolve(args[0]!, depth), loc);
        if (typeof delimiter !== 'string') return delimiter;
        const list = this.resolve(args[1]!, depth);
        if (list?.kind === 'unresolved') return list;
        if (list?.kind !== 'seq') return bad(fn, loc);
        const parts: string[] = [];
        for (const [i, item] of list.items.entries()) {
          const t = this.text(item, item.loc);
          if (typeof t !== 'string')
            return asRoleArn(t, [...parts, ''].join(delimiter), i === list.items.length - 1 ? '' : '?');
          parts.push(t);
        }
        return scalar(parts.join(delimiter), loc);
      }
      case 'Fn::Select': {
        if (args?.length !== 2) return bad(fn, loc);
        const index = this.text(this.resolve(args[0]!, depth), loc);
        if (typeof index !== 'string') return index;
        const list = this.resolve(args[1]!, depth);
        if (list?.kind === 'unresolved') return list;
        if (list?.kind !== 'seq') return bad(fn, loc);
        const item = list.items[Number(index)];
        return item ?? unresolvedNode(`Fn::Select index ${index} is out of range`, loc);
      }
      case 'Fn::Split': {
        if (args?.length !== 2) return bad(fn, loc);
        const delimiter = this.text(this.resolve(args[0]!, depth), loc);
        if (typeof delimiter !== 'string') return delimiter;
        const source = this.text(this.resolve(args[1]!, depth), loc);
        if (typeof source !== 'string') return source;
        return { kind: 'seq', loc, items: source.split(delimiter).map((s) => scalar(s, loc)) };
      }
      case 'Fn::FindInMap':
        return this.findInMap(call, depth);
      case 'Fn::If': {
        if (args?.length !== 3 || args[0]!.kind !== 'scalar') return bad(fn, loc);
        const name = String(args[0]!.value);
        const value = this.condition(name, loc);
        if (value === undefined)
          return unresolvedNode(`condition '${name}' is not decided by the parameters`, loc);
        return this.resolve(value ? args[1]! : args[2]!, depth);
      }
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
      case 'Condition': {
        const value = this.conditionExpression(wrap(call), depth);
        return value === undefined
          ? unresolvedNode(`${fn} is not decided by the parameters`, loc)
          : scalar(value, loc);
      }
      case 'Fn::ImportValue': {
        const name = this.text(this.resolve(arg, depth), loc);
        return unresolvedNode(
          typeof name === 'string'
            ? `Fn::ImportValue '${name}' (an output of another stack)`
            : `Fn::ImportValue of ${name.reason}`,
          loc,
        );
      }
      case 'Fn::Base64': {
        const text = this.text(this.resolve(arg, depth), loc);
        return typeof text === 'string' ? scalar(Buffer.from(text).toString('base64'), loc) : text;
      }
      case 'Fn::ToJsonString':
        // A policy given through ToJsonString reads the same as the structure itself.
        return this.resolve(arg, depth);
      case 'Fn::Length': {
        const list = this.resolve(arg, depth);
        if (list?.kind === 'unresolved') return list;
        return list?.kind === 'seq' ? scalar(list.items.length, loc) : bad(fn, loc);
      }
      case 'Fn::GetAZs':
        return unresolvedNode('Fn::GetAZs (the availability zones of the region at deployment)', loc);
      case 'Fn::Cidr':
        return unresolvedNode('Fn::Cidr (address blocks computed at deployment)', loc);
      case 'Fn::Transform':
        return unresolvedNode('Fn::Transform (a macro that rewrites this value at deployment)', loc);
      default:
        return unresolvedNode(`unsupported intrinsic function ${fn}`, loc);
    }
  }

  private sub(call: Intrinsic, depth: number): RNode {
    const { arg, loc } = call;
    let source: LNode | undefined = arg;
    let variables: LMap | undefined;
    if (arg.kind === 'seq') {
      source = arg.items[0];
      if (arg.items[1]?.kind === 'map') variables = arg.items[1];
    }
    if (source?.kind !== 'scalar' || typeof source.value !== 'string') return bad('Fn::Sub', loc);
    const text = source.value;
    let out = '';
    let last = 0;
    for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
      out += text.slice(last, m.index);
      last = m.index + m[0].length;
      const name = m[1]!.trim();
      if (name.startsWith('!')) {
        out += `\${${name.slice(1)}}`;
        continue;
      }
      let value: RNode | undefined;
      const variable = variables ? get(variables, name) : undefined;
      if (variable) value = this.resolve(variable, depth);
      else if (symbolicPseudo.has(name) && this.parameters[name] === undefined) {
        out += `\${${name}}`;
        continue;
      } else if (name.includes('.') && !name.startsWith('AWS::')) {
        const dot = name.indexOf('.');
        value = this.getAtt(name.slice(0, dot), name.slice(dot + 1), loc);
      } else value = this.ref(name, loc);
      const part = this.text(value, loc);
      if (typeof part !== 'string') return asRoleArn(part, out, text.slice(last));
      out += part;
    }
    return scalar(out + text.slice(last), loc);
  }

  private findInMap(call: Intrinsic, depth: number): RNode | undefined {
    const args = argList(call);
    const { loc } = call;
    if (!args || args.length < 3) return bad('Fn::FindInMap', loc);
    const keys: string[] = [];
    for (const a of args.slice(0, 3)) {
      const key = this.text(this.resolve(a, depth), a.loc);
      if (typeof key !== 'string') return unresolvedNode(`Fn::FindInMap key: ${key.reason}`, key.loc);
      keys.push(key);
    }
    let node: LNode | undefined = this.template.mappings;
    for (const key of keys) node = node?.kind === 'map' ? get(node, key) : undefined;
    if (node) return this.resolve(node, depth);
    // AWS::LanguageExtensions: a fourth argument `{DefaultValue: …}`.
    const fallback = args[3]?.kind === 'map' ? get(args[3], 'DefaultValue') : undefined;
    if (fallback) return this.resolve(fallback, depth);
    return unresolvedNode(`Fn::FindInMap: Mappings has no ${keys.join('.')}`, loc);
  }

  /** `Ref name`: a parameter, a pseudo parameter or a template resource. */
  ref(name: string, loc: SourceLocation): RNode | undefined {
    if (name.startsWith('AWS::')) return this.pseudo(name, loc);
    const parameter = this.template.parameters.get(name);
    if (parameter) {
      const given = this.parameters[name];
      let value = given;
      if (value === undefined && this.useDefaults) {
        const fallback = get(parameter.node, 'Default');
        if (fallback?.kind === 'scalar' && fallback.value !== null) value = String(fallback.value);
        else if (fallback?.kind === 'seq')
          value = fallback.items.map((i) => (i.kind === 'scalar' ? String(i.value) : '')).join(',');
      }
      if (value === undefined)
        return unresolvedNode(
          `parameter '${name}' has no value (no Default; set it with --parameter ${name}=…)`,
          loc,
        );
      // The Default of an SSM parameter type names the SSM parameter, not the value.
      if (given === undefined && parameter.fromSsm)
        return unresolvedNode(
          `parameter '${name}' is read from SSM parameter '${value}' at deployment (set it with --parameter ${name}=…)`,
          loc,
        );
      if (parameter.isList) return { kind: 'seq', loc, items: value.split(',').map((s) => scalar(s, loc)) };
      return scalar(value, loc);
    }
    const resource = this.template.resources.get(name);
    if (resource) return this.resourceRef(resource, loc);
    return this.undefinedReference(`Ref to '${name}'`, loc);
  }

  /** A reference to nothing the template declares: a mistake, or something a transform creates. */
  private undefinedReference(what: string, loc: SourceLocation): LUnresolved {
    if (this.template.transforms.length)
      return unresolvedNode(`${what}, which only the template's Transform creates`, loc);
    this.diagnostics.warn('unknown-reference', `${what}, which the template does not define`, loc);
    return unresolvedNode(`${what}, which the template does not define`, loc);
  }

  private pseudo(name: string, loc: SourceLocation): RNode | undefined {
    const given = this.parameters[name];
    if (given !== undefined) return scalar(given, loc);
    if (name === 'AWS::NoValue') return undefined;
    if (symbolicPseudo.has(name)) return scalar(`\${${name}}`, loc);
    return unresolvedNode(`pseudo parameter ${name} (known only at deployment)`, loc);
  }

  private resourceRef(resource: Resource, loc: SourceLocation): RNode {
    const target = { logicalId: resource.logicalId };
    switch (resource.type) {
      case 'AWS::IAM::Role':
        return withTarget(this.physicalName(resource, 'RoleName', loc), target);
      case 'AWS::IAM::InstanceProfile':
        return withTarget(this.physicalName(resource, 'InstanceProfileName', loc), target);
      case 'AWS::IAM::ManagedPolicy':
        return withTarget(this.arn(resource, 'policy', 'ManagedPolicyName', loc), target);
      default:
        return withTarget(
          unresolvedNode(
            `Ref to ${resource.type} '${resource.logicalId}' (known only after deployment)`,
            loc,
          ),
          target,
        );
    }
  }

  private getAtt(logicalId: string, attribute: string, loc: SourceLocation): RNode {
    const resource = this.template.resources.get(logicalId);
    if (!resource) {
      return this.undefinedReference(`Fn::GetAtt of '${logicalId}'`, loc);
    }
    const target = { logicalId, attribute };
    const { type } = resource;
    if (type === 'AWS::IAM::Role' && attribute === 'Arn')
      return withTarget(this.arn(resource, 'role', 'RoleName', loc), target);
    if (type === 'AWS::IAM::ManagedPolicy' && attribute === 'PolicyArn')
      return withTarget(this.arn(resource, 'policy', 'ManagedPolicyName', loc), target);
    if (type === 'AWS::IAM::InstanceProfile' && attribute === 'Arn')
      return withTarget(this.arn(resource, 'instance-profile', 'InstanceProfileName', loc), target);
    let reason: string;
    if (type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.'))
      reason = `output '${attribute.slice(8)}' of nested stack '${logicalId}'`;
    else if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource')
      reason = `attribute '${attribute}' of custom resource '${logicalId}' (${type})`;
    else reason = `attribute '${attribute}' of ${type} '${logicalId}' (known only after deployment)`;
    return withTarget(unresolvedNode(reason, loc), target);
  }

  /** `arn:${AWS::Partition}:iam::${AWS::AccountId}:<kind><Path><name>` when the name is set. */
  private arn(resource: Resource, kind: string, nameProperty: string, loc: SourceLocation): RNode {
    const name = this.physicalName(resource, nameProperty, loc);
    if (name.kind === 'unresolved')
      return name.role ? { ...name, role: { ...name.role, part: 'arn' } } : name;
    const path = this.guarded(resource, loc, () => this.property(resource, 'Path'));
    const pathText = path === undefined ? '/' : this.text(path, loc);
    if (typeof pathText !== 'string') return pathText;
    const partition = this.text(this.pseudo('AWS::Partition', loc), loc);
    const account = this.text(this.pseudo('AWS::AccountId', loc), loc);
    if (typeof partition !== 'string') return partition;
    if (typeof account !== 'string') return account;
    return scalar(`arn:${partition}:iam::${account}:${kind}${pathText}${String(name.value)}`, loc);
  }

  private physicalName(resource: Resource, nameProperty: string, loc: SourceLocation): LScalarOrUnresolved {
    const value = this.guarded(resource, loc, () => this.property(resource, nameProperty));
    if (value === undefined) {
      const node = unresolvedNode(
        `the name of ${resource.type} '${resource.logicalId}' (generated by CloudFormation at deployment)`,
        loc,
      );
      // A role of this very template: as a principal, one specific role (issue 12).
      if (resource.type === 'AWS::IAM::Role') node.role = { key: resource.logicalId, part: 'name' };
      return node;
    }
    const text = this.text(value, loc);
    return typeof text === 'string' ? scalar(text, loc) : text;
  }

  /** Runs `read` unless it re-enters the same resource: circular Ref/GetAtt chains end here. */
  private guarded(resource: Resource, loc: SourceLocation, read: () => RNode | undefined): RNode | undefined {
    const id = resource.logicalId;
    if (this.nameStack.includes(id)) {
      const chain = [...this.nameStack.slice(this.nameStack.indexOf(id)), id].join(' → ');
      this.diagnostics.warn('circular-reference', `circular reference: ${chain}`, resource.loc);
      return unresolvedNode(`circular reference: ${chain}`, loc);
    }
    this.nameStack.push(id);
    try {
      return read();
    } finally {
      this.nameStack.pop();
    }
  }
}

type LScalarOrUnresolved = Extract<LNode, { kind: 'scalar' }> | LUnresolved;

function scalar(value: string | number | boolean, loc: SourceLocation): Extract<LNode, { kind: 'scalar' }> {
  return { kind: 'scalar', value, loc };
}

export function unresolvedNode(reason: string, loc: SourceLocation): LUnresolved {
  return { kind: 'unresolved', reason, loc };
}

function bad(fn: string, loc: SourceLocation): LUnresolved {
  return unresolvedNode(`malformed ${fn}`, loc);
}

const roleArnPrefix =
  /^arn:(?:\$\{AWS::Partition\}|[^:]+):iam::(?:\$\{AWS::AccountId\}|\d*):role\/(?:.*\/)?$/;

/**
 * An unresolved part inside `Fn::Sub`/`Fn::Join`: when it is the generated name of a template role
 * and the text around it makes the role's ARN (`arn:…:iam::…:role/` before it, nothing after), the
 * whole value is that role's ARN; otherwise it is just unresolved (issue 12).
 */
function asRoleArn(part: LUnresolved, before: string, after: string): LUnresolved {
  if (!part.role) return part;
  const { role, ...rest } = part;
  return role.part === 'name' && after === '' && roleArnPrefix.test(before)
    ? { ...rest, role: { ...role, part: 'arn' } }
    : rest;
}

function withTarget<T extends LNode>(node: T, target: Target): T & { target: Target } {
  return { ...node, target };
}

/** Rebuilds the one-key mapping form of a condition function so conditionExpression can read it. */
function wrap(call: Intrinsic): LMap {
  return { kind: 'map', loc: call.loc, entries: [{ key: call.fn, keyLoc: call.loc, value: call.arg }] };
}

function threeValued(parts: (() => boolean | undefined)[], op: 'and' | 'or'): boolean | undefined {
  let unknown = false;
  for (const part of parts) {
    const v = part();
    if (v === undefined) unknown = true;
    else if (op === 'and' && !v) return false;
    else if (op === 'or' && v) return true;
  }
  return unknown ? undefined : op === 'and';
}
