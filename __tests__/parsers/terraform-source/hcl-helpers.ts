// Compact renderings of HCL syntax trees and values, so test tables stay readable.
import type { Expr, TemplatePart, TraversalStep } from '../../../src/parsers/terraform-source/hcl/index.js';
import {
  isRef,
  isSymbolicString,
  isUnknown,
  makeMap,
  type Scope,
  type TfValue,
} from '../../../src/parsers/terraform-source/hcl/index.js';

function steps(list: TraversalStep[]): string {
  return list.map((s) => (s.kind === 'attr' ? `.${s.name}` : `[${show(s.key)}]`)).join('');
}

function parts(list: TemplatePart[]): string {
  return list
    .map((p) => {
      switch (p.kind) {
        case 'literal':
          return JSON.stringify(p.text);
        case 'interpolation':
          return `\${${show(p.expr)}}`;
        case 'if':
          return `%if(${show(p.condition)}; ${parts(p.then)}; ${parts(p.else)})`;
        case 'for':
          return `%for(${p.keyVar ? `${p.keyVar}, ` : ''}${p.valueVar} in ${show(p.collection)}; ${parts(p.body)})`;
      }
    })
    .join(' ');
}

/** `(+ a (* b c))`, `var.x[0]`, `"text"`, `tpl("a" ${x})`, … */
export function show(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      return JSON.stringify(expr.value);
    case 'template':
      return `${expr.heredoc ? 'heredoc' : 'tpl'}(${parts(expr.parts)})`;
    case 'tuple':
      return `[${expr.items.map(show).join(', ')}]`;
    case 'object':
      return `{${expr.items.map((i) => `${show(i.key)}: ${show(i.value)}`).join(', ')}}`;
    case 'traversal':
      return `${expr.root}${steps(expr.steps)}`;
    case 'index':
      return `${show(expr.target)}[${show(expr.key)}]`;
    case 'getattr':
      return `${show(expr.target)}.${expr.name}`;
    case 'splat':
      return `${show(expr.target)}${expr.form === 'attr' ? '.*' : '[*]'}${steps(expr.steps)}`;
    case 'conditional':
      return `(? ${show(expr.condition)} ${show(expr.then)} ${show(expr.else)})`;
    case 'unary':
      return `(${expr.op}${show(expr.operand)})`;
    case 'binary':
      return `(${expr.op} ${show(expr.left)} ${show(expr.right)})`;
    case 'for': {
      const vars = `${expr.keyVar ? `${expr.keyVar}, ` : ''}${expr.valueVar}`;
      const body =
        expr.form === 'object' ? `${show(expr.keyExpr!)} => ${show(expr.valueExpr)}` : show(expr.valueExpr);
      return `for(${vars} in ${show(expr.collection)}: ${body}${expr.grouping ? '...' : ''}${expr.condition ? ` if ${show(expr.condition)}` : ''})${expr.form === 'object' ? '{}' : '[]'}`;
    }
    case 'call':
      return `${expr.name}(${expr.args.map(show).join(', ')}${expr.expandFinal ? '...' : ''})`;
    case 'paren':
      return `(${show(expr.expr)})`;
    case 'invalid':
      return `invalid(${expr.reason})`;
  }
}

/** A value as plain JSON-like data: maps as objects, refs as `<ref aws_iam_role.x.arn>`, unknowns as `<unknown: reason>`. */
export function plain(value: TfValue): unknown {
  if (isUnknown(value)) return `<${value.error ? 'error' : 'unknown'}: ${value.reason}>`;
  if (isRef(value)) return `<ref ${value.ref}${value.attribute ? `.${value.attribute}` : ''}>`;
  if (isSymbolicString(value))
    return { parts: value.parts.map((p) => (typeof p === 'string' ? p : plain(p))) };
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, plain(v)]));
  return value;
}

/**
 * A small module for evaluator tests: `var.*` and `local.*` from the given maps (a name given as
 * undefined has no value), resources as refs, `each`/`count`/`path`, files from `files` (a path
 * starting with `../` is outside the scan root).
 */
export function testScope(
  options: {
    vars?: Record<string, TfValue | undefined>;
    locals?: Record<string, TfValue>;
    files?: Record<string, string>;
    parseTemplate?: Scope['parseTemplate'];
  } = {},
): Scope {
  const { vars = {}, locals = {}, files = {} } = options;
  return {
    resolve(root, list, location) {
      const first = list[0];
      const name = first?.kind === 'attr' ? first.name : undefined;
      switch (root) {
        case 'var':
          if (name === undefined || !(name in vars)) return undefined;
          return {
            value:
              vars[name] === undefined
                ? { unresolved: true, reason: `var.${name} has no value`, location }
                : vars[name],
            consumed: 1,
          };
        case 'local':
          return name !== undefined && name in locals ? { value: locals[name]!, consumed: 1 } : undefined;
        case 'each':
          return {
            value: makeMap([
              ['key', 'k1'],
              ['value', 'v1'],
            ]),
            consumed: 0,
          };
        case 'count':
          return { value: makeMap([['index', 0]]), consumed: 0 };
        case 'path':
          return {
            value: makeMap([
              ['module', 'modules/iam'],
              ['root', '.'],
            ]),
            consumed: 0,
          };
        case 'aws_iam_role':
        case 'aws_iam_policy': {
          const second = list[1];
          if (name === undefined) return undefined;
          if (second?.kind === 'index') {
            const third = list[2];
            const key = typeof second.key === 'string' ? `"${second.key}"` : String(second.key);
            return {
              value: { ref: `${root}.${name}[${key}]`, attribute: third?.kind === 'attr' ? third.name : '' },
              consumed: third ? 3 : 2,
            };
          }
          return {
            value: { ref: `${root}.${name}`, attribute: second?.kind === 'attr' ? second.name : '' },
            consumed: second ? 2 : 1,
          };
        }
        default:
          return undefined;
      }
    },
    readFile(path, location) {
      if (path.startsWith('../') || path.startsWith('/'))
        return { unresolved: true, reason: `file ${path} is outside the scan root`, location };
      const text = files[path];
      return text === undefined
        ? { unresolved: true, reason: `file ${path} not found`, location }
        : { file: path, text };
    },
    ...(options.parseTemplate ? { parseTemplate: options.parseTemplate } : {}),
  };
}
