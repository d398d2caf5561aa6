import type { SourceLocation } from '../../../model/location.js';
import type { Expr, TemplatePart, TraversalStep } from './ast.js';
import {
  equalValues,
  isSymbolic,
  numberToString,
  toBoolValue,
  toNumberValue,
  toStringValue,
} from './convert.js';
import { EvalError, EvalLimitError } from './eval-error.js';
import { callFunction } from './functions/index.js';
import type { ResolvedStep, Scope } from './scope.js';
import {
  isMap,
  isRef,
  isSymbolicString,
  isUnknown,
  makeMap,
  symbolicString,
  typeName,
  unknown,
  type TfMap,
  type TfRef,
  type TfSymbolicString,
  type TfUnknown,
  type TfValue,
} from './value.js';

/** Bounds on one `evaluate` call, so hostile input ends with an error-unknown instead of a hang. */
export interface EvalLimits {
  /** Expression nodes evaluated, elements produced and characters built, together. */
  maxWork: number;
  /** Nesting of evaluation (expressions inside templates inside `templatefile` …). */
  maxDepth: number;
  /** Length of any one string built. */
  maxStringLength: number;
}

export const DEFAULT_LIMITS: EvalLimits = { maxWork: 2_000_000, maxDepth: 150, maxStringLength: 10_000_000 };

const locations = new WeakMap<object, SourceLocation>();

/**
 * Where a list or map built by a tuple or object expression was written: lets the module reader
 * point a finding at, say, the statement object inside `jsonencode({ Statement = [ { … } ] })`.
 */
export function locationOf(value: TfValue): SourceLocation | undefined {
  return typeof value === 'object' && value !== null ? locations.get(value) : undefined;
}

/**
 * Evaluates an expression without a plan. Pure: everything outside the expression comes from
 * `scope`. Never throws: a failed evaluation (type error, bad argument, index out of range,
 * limits exceeded) is a `TfUnknown` with `error: true` and the reason; what the configuration
 * does not determine is a `TfUnknown`; computed resource attributes stay `TfRef`s.
 */
export function evaluate(expr: Expr, scope: Scope, limits: Partial<EvalLimits> = {}): TfValue {
  const evaluator = new Evaluator(scope, { ...DEFAULT_LIMITS, ...limits });
  return evaluator.run(() => evaluator.eval(expr, []));
}

/** Variables bound by `for`, `%{for}` and `templatefile`, innermost first. */
type Bindings = readonly ReadonlyMap<string, TfValue>[];

/** What a function implementation may ask of the evaluator. */
export interface CallContext {
  location: SourceLocation;
  scope: Scope;
  /** Counts work against the limits (call it per element produced). */
  spend(amount: number): void;
  checkString(text: string): string;
  /** Evaluates an argument expression (for `try`/`can`, which need them unevaluated). */
  evalArg(expr: Expr): TfValue;
  /** Evaluates a parsed template file with only `vars` in scope (`templatefile`). */
  evalTemplate(parts: TemplatePart[], vars: TfMap, location: SourceLocation): TfValue;
}

export class Evaluator {
  private work = 0;
  private depth = 0;

  constructor(
    private readonly scope: Scope,
    private readonly limits: EvalLimits,
  ) {}

  run(body: () => TfValue): TfValue {
    try {
      return body();
    } catch (error) {
      return asUnknown(error);
    }
  }

  spend(amount: number, location?: SourceLocation): void {
    this.work += amount;
    if (this.work > this.limits.maxWork) {
      throw new EvalLimitError(
        `evaluation exceeds ${this.limits.maxWork} steps (expression too large to evaluate)`,
        location,
      );
    }
  }

  checkString(text: string, location?: SourceLocation): string {
    if (text.length > this.limits.maxStringLength) {
      throw new EvalLimitError(`string longer than ${this.limits.maxStringLength} characters`, location);
    }
    this.spend(Math.ceil(text.length / 64), location);
    return text;
  }

  eval(expr: Expr, bindings: Bindings): TfValue {
    this.spend(1, expr.location);
    if (++this.depth > this.limits.maxDepth) {
      this.depth--;
      throw new EvalLimitError(
        `expression nested more than ${this.limits.maxDepth} levels deep`,
        expr.location,
      );
    }
    try {
      return this.evalNode(expr, bindings);
    } finally {
      this.depth--;
    }
  }

  private evalNode(expr: Expr, bindings: Bindings): TfValue {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'template':
        return this.template(expr.parts, bindings, !expr.heredoc);
      case 'tuple': {
        const items = expr.items.map((item) => this.eval(item, bindings));
        locations.set(items, expr.location);
        return items;
      }
      case 'object':
        return this.object(expr, bindings);
      case 'traversal':
        return this.traversal(expr.root, expr.steps, bindings, expr.location);
      case 'index':
        return this.step(
          this.eval(expr.target, bindings),
          this.resolveStep({ kind: 'index', key: expr.key, location: expr.location }, bindings),
        );
      case 'getattr':
        return this.step(this.eval(expr.target, bindings), {
          kind: 'attr',
          name: expr.name,
          location: expr.location,
        });
      case 'splat':
        return this.splat(expr.target, expr.steps, bindings);
      case 'conditional':
        return this.conditional(expr, bindings);
      case 'unary':
        return this.unary(expr.op, this.eval(expr.operand, bindings), expr.location);
      case 'binary':
        return this.binary(expr, bindings);
      case 'for':
        return this.forExpr(expr, bindings);
      case 'call':
        return this.call(expr, bindings);
      case 'paren':
        return this.eval(expr.expr, bindings);
      case 'invalid':
        throw new EvalError(`invalid expression: ${expr.reason}`, expr.location);
    }
  }

  private object(expr: Extract<Expr, { kind: 'object' }>, bindings: Bindings): TfValue {
    const entries = new Map<string, TfValue>();
    for (const item of expr.items) {
      const key = this.eval(item.key, bindings);
      if (isUnknown(key)) return unknown(`object key unknown: ${key.reason}`, item.key.location);
      const name = toStringValue(key, 'object key', item.key.location);
      if (typeof name !== 'string') return unknown('object key known only after apply', item.key.location);
      if (entries.has(name)) throw new EvalError(`duplicate object key '${name}'`, item.key.location);
      entries.set(name, this.eval(item.value, bindings));
    }
    const map = makeMap(entries);
    locations.set(map, expr.location);
    return map;
  }

  private traversal(
    root: string,
    steps: TraversalStep[],
    bindings: Bindings,
    location: SourceLocation,
  ): TfValue {
    const resolved = steps.map((step) => this.resolveStep(step, bindings));
    for (const frame of bindings) {
      if (frame.has(root)) return this.applySteps(frame.get(root)!, resolved);
    }
    const found = this.scope.resolve(root, resolved, location);
    if (!found) throw new EvalError(`unknown name '${root}'`, location);
    return this.applySteps(found.value, resolved.slice(Math.max(0, found.consumed)));
  }

  private resolveStep(step: TraversalStep, bindings: Bindings): ResolvedStep {
    if (step.kind === 'attr') return step;
    return { kind: 'index', key: this.eval(step.key, bindings), location: step.location };
  }

  private applySteps(value: TfValue, steps: readonly ResolvedStep[]): TfValue {
    let current = value;
    for (const step of steps) current = this.step(current, step);
    return current;
  }

  /** One `.name` or `[key]` on a value. */
  step(value: TfValue, step: ResolvedStep): TfValue {
    if (isUnknown(value)) return value;
    const label =
      step.kind === 'attr' ? step.name : isSymbolic(step.key) ? '[…]' : `[${JSON.stringify(step.key)}]`;
    if (isRef(value)) return refStep(value, step, label);
    if (step.kind === 'index' && isUnknown(step.key))
      return unknown(`index unknown: ${step.key.reason}`, step.location);
    if (value === null) throw new EvalError(`cannot read ${label} of null`, step.location);
    if (Array.isArray(value)) {
      if (step.kind === 'attr')
        throw new EvalError(
          `cannot read attribute '${step.name}' of a list (use [*] or an index)`,
          step.location,
        );
      const index = toNumberValue(step.key, 'list index', step.location);
      if (typeof index !== 'number')
        return isUnknown(index) ? index : unknown('list index known only after apply', step.location);
      if (!Number.isInteger(index) || index < 0 || index >= value.length) {
        throw new EvalError(`index ${index} out of range for a list of ${value.length}`, step.location);
      }
      return value[index]!;
    }
    if (isMap(value)) {
      const key = step.kind === 'attr' ? step.name : toStringValue(step.key, 'map key', step.location);
      if (typeof key !== 'string') return unknown('map key known only after apply', step.location);
      if (!value.has(key)) throw new EvalError(`no key '${key}' in this map or object`, step.location);
      return value.get(key)!;
    }
    throw new EvalError(`cannot read ${label} of a ${typeName(value)}`, step.location);
  }

  private splat(targetExpr: Expr, steps: TraversalStep[], bindings: Bindings): TfValue {
    const target = this.eval(targetExpr, bindings);
    if (isUnknown(target)) return target;
    const resolved = steps.map((step) => this.resolveStep(step, bindings));
    const items = target === null ? [] : Array.isArray(target) ? target : [target];
    this.spend(items.length, targetExpr.location);
    return items.map((item) => this.applySteps(item, resolved));
  }

  private conditional(expr: Extract<Expr, { kind: 'conditional' }>, bindings: Bindings): TfValue {
    const condition = toBoolValue(this.eval(expr.condition, bindings), 'condition', expr.condition.location);
    if (typeof condition === 'boolean') return this.eval(condition ? expr.then : expr.else, bindings);
    // Unknown condition: the result is still known when both branches agree.
    const then = this.run(() => this.eval(expr.then, bindings));
    const otherwise = this.run(() => this.eval(expr.else, bindings));
    if (!isUnknown(then) && equalValues(then, otherwise) === true) return then;
    return unknown(`condition unknown: ${condition.reason}`, expr.condition.location);
  }

  private unary(op: '-' | '!', value: TfValue, location: SourceLocation): TfValue {
    if (op === '!') {
      const bool = toBoolValue(value, "operand of '!'", location);
      return typeof bool === 'boolean' ? !bool : bool;
    }
    const number = toNumberValue(value, "operand of '-'", location);
    return typeof number === 'number' ? -number : number;
  }

  private binary(expr: Extract<Expr, { kind: 'binary' }>, bindings: Bindings): TfValue {
    const { op, location } = expr;
    const left = this.eval(expr.left, bindings);
    const right = this.eval(expr.right, bindings);
    switch (op) {
      case '&&':
      case '||': {
        const a = toBoolValue(left, `left operand of '${op}'`, expr.left.location);
        const b = toBoolValue(right, `right operand of '${op}'`, expr.right.location);
        const decisive = op === '||';
        if (a === decisive || b === decisive) return decisive;
        if (typeof a !== 'boolean') return a;
        if (typeof b !== 'boolean') return b;
        return !decisive;
      }
      case '==':
      case '!=': {
        const same = equalValues(left, right);
        if (same === undefined) return unknown(`comparison with a value known only after apply`, location);
        return op === '==' ? same : !same;
      }
      default: {
        const a = toNumberValue(left, `left operand of '${op}'`, expr.left.location);
        const b = toNumberValue(right, `right operand of '${op}'`, expr.right.location);
        if (typeof a !== 'number') return a;
        if (typeof b !== 'number') return b;
        return arithmetic(op, a, b, location);
      }
    }
  }

  private forExpr(expr: Extract<Expr, { kind: 'for' }>, bindings: Bindings): TfValue {
    const collection = this.eval(expr.collection, bindings);
    if (isUnknown(collection))
      return unknown(`for expression over an unknown collection: ${collection.reason}`, expr.location);
    if (isRef(collection) || isSymbolicString(collection))
      return unknown('for expression over a value known only after apply', expr.location);
    let pairs: [TfValue, TfValue][];
    if (Array.isArray(collection)) pairs = collection.map((value, index) => [index, value]);
    else if (isMap(collection)) pairs = [...collection].map(([key, value]) => [key, value]);
    else
      throw new EvalError(
        `for expression needs a list, set, map or object, not a ${typeName(collection)}`,
        expr.collection.location,
      );
    this.spend(pairs.length, expr.location);
    const items: TfValue[] = [];
    const entries = new Map<string, TfValue>();
    const groups = new Map<string, TfValue[]>();
    for (const [key, value] of pairs) {
      const frame = new Map<string, TfValue>([[expr.valueVar, value]]);
      if (expr.keyVar !== undefined) frame.set(expr.keyVar, key);
      const inner: Bindings = [frame, ...bindings];
      if (expr.condition) {
        const keep = toBoolValue(this.eval(expr.condition, inner), 'for condition', expr.condition.location);
        if (typeof keep !== 'boolean')
          return unknown(`for condition unknown: ${keep.reason}`, expr.condition.location);
        if (!keep) continue;
      }
      if (expr.form === 'tuple') {
        items.push(this.eval(expr.valueExpr, inner));
        continue;
      }
      const keyValue = this.eval(expr.keyExpr!, inner);
      if (isUnknown(keyValue))
        return unknown(`for expression key unknown: ${keyValue.reason}`, expr.keyExpr!.location);
      const name = toStringValue(keyValue, 'for expression key', expr.keyExpr!.location);
      if (typeof name !== 'string')
        return unknown('for expression key known only after apply', expr.keyExpr!.location);
      const element = this.eval(expr.valueExpr, inner);
      if (expr.grouping) {
        const group = groups.get(name);
        if (group) group.push(element);
        else groups.set(name, [element]);
      } else {
        if (entries.has(name)) {
          throw new EvalError(
            `duplicate key '${name}' in for expression (use '...' to group)`,
            expr.keyExpr!.location,
          );
        }
        entries.set(name, element);
      }
    }
    if (expr.form === 'tuple') return items;
    return makeMap(expr.grouping ? groups : entries);
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, bindings: Bindings): TfValue {
    const context: CallContext = {
      location: expr.location,
      scope: this.scope,
      spend: (amount) => this.spend(amount, expr.location),
      checkString: (text) => this.checkString(text, expr.location),
      evalArg: (arg) => this.eval(arg, bindings),
      evalTemplate: (parts, vars, location) => this.templateFile(parts, vars, location),
    };
    return callFunction(expr, context);
  }

  private templateFile(parts: TemplatePart[], vars: TfMap, location: SourceLocation): TfValue {
    // A template sees only the variables it is given (no var., local. …), as in Terraform.
    const isolated = new Evaluator(templateScope(this.scope, location), this.limits);
    isolated.work = this.work;
    isolated.depth = this.depth + 1;
    try {
      return isolated.template(parts, [vars], false);
    } finally {
      this.work = isolated.work;
    }
  }

  /**
   * A template's value: the value itself for a lone `"${x}"`, else a string (symbolic when a
   * reference or unknown is interpolated; see `TfSymbolicString`).
   */
  template(parts: TemplatePart[], bindings: Bindings, quoted: boolean): TfValue {
    const only = parts[0];
    if (quoted && parts.length === 1 && only?.kind === 'interpolation') return this.eval(only.expr, bindings);
    const pieces: (string | TfRef | TfUnknown | TfSymbolicString)[] = [];
    this.renderParts(parts, bindings, pieces);
    const result = symbolicString(pieces);
    if (typeof result === 'string') this.checkString(result, only?.location);
    return result;
  }

  private renderParts(
    parts: TemplatePart[],
    bindings: Bindings,
    out: (string | TfRef | TfUnknown | TfSymbolicString)[],
  ): void {
    for (const part of parts) {
      this.spend(1, part.location);
      switch (part.kind) {
        case 'literal':
          out.push(part.text);
          break;
        case 'interpolation': {
          const value = this.eval(part.expr, bindings);
          if (isUnknown(value) || isRef(value) || isSymbolicString(value)) out.push(value);
          else out.push(toStringValue(value, 'template interpolation', part.expr.location) as string);
          break;
        }
        case 'if': {
          const condition = toBoolValue(
            this.eval(part.condition, bindings),
            '%{if} condition',
            part.condition.location,
          );
          if (typeof condition !== 'boolean')
            out.push(unknown(`%{if} condition unknown: ${condition.reason}`, part.location));
          else this.renderParts(condition ? part.then : part.else, bindings, out);
          break;
        }
        case 'for': {
          const collection = this.eval(part.collection, bindings);
          if (isUnknown(collection) || isRef(collection) || isSymbolicString(collection)) {
            out.push(unknown(`%{for} over a collection known only after apply`, part.location));
            break;
          }
          let pairs: [TfValue, TfValue][];
          if (Array.isArray(collection)) pairs = collection.map((value, index) => [index, value]);
          else if (isMap(collection)) pairs = [...collection];
          else
            throw new EvalError(
              `%{for} needs a list, set or map, not a ${typeName(collection)}`,
              part.collection.location,
            );
          for (const [key, value] of pairs) {
            const frame = new Map<string, TfValue>([[part.valueVar, value]]);
            if (part.keyVar !== undefined) frame.set(part.keyVar, key);
            this.renderParts(part.body, [frame, ...bindings], out);
          }
          break;
        }
      }
    }
  }
}

function refStep(value: TfRef, step: ResolvedStep, label: string): TfValue {
  if (step.kind === 'index' && isUnknown(step.key))
    return unknown(`index unknown: ${step.key.reason}`, step.location);
  const suffix = step.kind === 'attr' ? step.name : label;
  const attribute =
    value.attribute === ''
      ? suffix
      : step.kind === 'attr'
        ? `${value.attribute}.${suffix}`
        : `${value.attribute}${suffix}`;
  return { ...value, attribute };
}

function arithmetic(op: string, a: number, b: number, location: SourceLocation): TfValue {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw new EvalError('division by zero', location);
      return a / b;
    case '%':
      if (b === 0) throw new EvalError('modulo by zero', location);
      return a % b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    default:
      throw new EvalError(`unknown operator '${op}'`, location);
  }
}

/** Inside a template file: no names but the template's variables; files read as the module does. */
function templateScope(outer: Scope, location: SourceLocation): Scope {
  return {
    resolve: () => undefined,
    readFile: (path, at) => outer.readFile(path, at ?? location),
    ...(outer.parseTemplate ? { parseTemplate: outer.parseTemplate.bind(outer) } : {}),
  };
}

export function asUnknown(error: unknown): TfUnknown {
  if (error instanceof EvalError) {
    return { ...unknown(error.message, error.location), error: true };
  }
  if (error instanceof RangeError)
    return { ...unknown('expression nested too deeply to evaluate'), error: true };
  throw error;
}

export { numberToString };
