import type { Resolution } from '../terraform/records.js';
import type { Instance, Json, PlanIndex } from './plan.js';

export type { Resolution };
import {
  asArray,
  asObject,
  configOf,
  parentModule,
  resourceConfig,
  resourceKey,
  splitModuleAddress,
} from './plan.js';

/**
 * Follows `configuration` expression `references` to the resource instances an attribute is
 * computed from: across module input variables (`var.x` → the module call's argument in the
 * parent) and module outputs (`module.m.out` → the output's expression in the child).
 */

const maxDepth = 24;

/** The configuration expression of an attribute of an instance (nested blocks by index). */
export function expressionOf(
  index: PlanIndex,
  instance: Instance,
  path: readonly (string | number)[],
): Json | undefined {
  let node: unknown = asObject(resourceConfig(index, instance)?.['expressions']);
  for (const step of path) {
    if (Array.isArray(node)) node = node[typeof step === 'number' ? step : 0];
    node = asObject(node)?.[step];
  }
  if (Array.isArray(node)) node = node[0];
  return asObject(node);
}

export function referencesOf(expression: Json | undefined): string[] {
  return asArray(expression?.['references']).filter((r): r is string => typeof r === 'string');
}

/** Resolves an attribute of `instance` to the instances its value comes from. */
export function resolveAttribute(
  index: PlanIndex,
  instance: Instance,
  path: readonly (string | number)[],
): Resolution {
  const refs = referencesOf(expressionOf(index, instance, path));
  return resolveReferences(index, refs, instance.module, instance.index, 0);
}

export function resolveReferences(
  index: PlanIndex,
  refs: readonly string[],
  module: string,
  key: string | number | undefined,
  depth: number,
): Resolution {
  const result: Resolution = { instances: [], deadEnds: [] };
  if (depth > maxDepth) {
    result.deadEnds.push('references nest too deeply');
    return result;
  }
  const byKey = refs.some((r) => /^(each\.(key|value)|count\.index)$/.test(r));
  const seen = new Set<string>();
  for (const ref of refs) {
    const head = ref.split(/[.[]/, 1)[0] ?? '';
    if (head === 'each' || head === 'count' || head === 'path' || head === 'terraform' || head === 'self')
      continue;
    if (head === 'local') {
      result.deadEnds.push(`${ref} (locals are not part of the plan JSON)`);
      continue;
    }
    if (head === 'var') {
      merge(result, viaVariable(index, ref, module, depth));
      continue;
    }
    if (head === 'module') {
      merge(result, viaOutput(index, ref, module, depth));
      continue;
    }
    const target = parseResourceRef(ref);
    if (!target) {
      result.deadEnds.push(ref);
      continue;
    }
    const id = `${target.mode}.${target.type}.${target.name}${target.key ?? ''}`;
    // "aws_iam_role.r.name" and "aws_iam_role.r" name the same thing.
    if (
      seen.has(id) ||
      (target.key !== undefined && seen.has(`${target.mode}.${target.type}.${target.name}`))
    )
      continue;
    seen.add(id);
    let candidates = index.byResource.get(resourceKey(module, target.mode, target.type, target.name)) ?? [];
    if (target.key !== undefined) candidates = candidates.filter((i) => indexText(i.index) === target.key);
    else if (candidates.length > 1 && byKey && key !== undefined) {
      const same = candidates.filter((i) => i.index === key);
      if (same.length === 1) candidates = same;
    }
    if (candidates.length === 0) result.deadEnds.push(`${ref} (not in the plan)`);
    for (const c of candidates) if (!result.instances.includes(c)) result.instances.push(c);
  }
  return result;
}

function merge(into: Resolution, from: Resolution): void {
  for (const i of from.instances) if (!into.instances.includes(i)) into.instances.push(i);
  into.deadEnds.push(...from.deadEnds);
}

function viaVariable(index: PlanIndex, ref: string, module: string, depth: number): Resolution {
  const name = ref.split('.')[1] ?? '';
  const steps = splitModuleAddress(module);
  const last = steps[steps.length - 1];
  if (!last) return { instances: [], deadEnds: [`${ref} (a root module variable)`] };
  const parent = parentModule(module);
  const call = configOf(index.root, parent)?.calls.get(last.name);
  const argument = asObject(call?.expressions[name]);
  if (!argument) return { instances: [], deadEnds: [`${ref} (not set by module.${last.name})`] };
  return resolveReferences(index, referencesOf(argument), parent, keyValue(last.key), depth + 1);
}

function viaOutput(index: PlanIndex, ref: string, module: string, depth: number): Resolution {
  const match = /^module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.([A-Za-z0-9_-]+)/.exec(ref);
  if (!match) return { instances: [], deadEnds: [`${ref} (a whole module, not one output)`] };
  const [, name = '', key = '', output = ''] = match;
  const call = configOf(index.root, module)?.calls.get(name);
  const expression = asObject(call?.module.outputs.get(output)?.['expression']);
  if (!expression) return { instances: [], deadEnds: [`${ref} (output not in the plan)`] };
  const prefix = `${module === '' ? '' : `${module}.`}module.${name}`;
  const result: Resolution = { instances: [], deadEnds: [] };
  for (const child of index.childModules.get(module) ?? []) {
    if (key !== '' ? child !== prefix + key : !isInstanceOf(child, prefix)) continue;
    merge(result, resolveReferences(index, referencesOf(expression), child, undefined, depth + 1));
  }
  return result;
}

function isInstanceOf(child: string, prefix: string): boolean {
  if (child === prefix) return true;
  if (!child.startsWith(`${prefix}[`)) return false;
  return splitModuleAddress(child).length === splitModuleAddress(prefix).length;
}

interface ResourceRef {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** The instance key as written, e.g. `["a"]` or `[0]`. */
  key?: string;
}

function parseResourceRef(ref: string): ResourceRef | undefined {
  const m = /^(data\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?/.exec(ref);
  if (!m) return undefined;
  const target: ResourceRef = { mode: m[1] ? 'data' : 'managed', type: m[2] ?? '', name: m[3] ?? '' };
  if (m[4]) target.key = m[4];
  return target;
}

/** `[0]` → 0, `["a"]` → 'a', '' → undefined. */
function keyValue(written: string): string | number | undefined {
  if (written === '') return undefined;
  try {
    const value: unknown = JSON.parse(written.slice(1, -1));
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

function indexText(index: string | number | undefined): string | undefined {
  return index === undefined ? undefined : `[${JSON.stringify(index)}]`;
}
