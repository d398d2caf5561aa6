/**
 * The plan JSON read into an index: every resource instance with its planned values and what is
 * known only after apply, and the configuration of every module (expressions, module calls).
 */

import type { Instance, Json } from '../terraform/records.js';

export type { Instance, Json };

export interface ModuleConfig {
  resources: Map<string, Json>;
  calls: Map<string, ModuleCall>;
  outputs: Map<string, Json>;
}

export interface ModuleCall {
  source?: string;
  expressions: Json;
  module: ModuleConfig;
}

export interface PlanIndex {
  instances: Instance[];
  /** `${module instance}|${mode}.${type}.${name}` (without instance key) → its instances. */
  byResource: Map<string, Instance[]>;
  /** Module instance address → the module instances directly inside it (that hold resources). */
  childModules: Map<string, string[]>;
  root: ModuleConfig;
}

export function resourceKey(module: string, mode: string, type: string, name: string): string {
  return `${module}|${mode === 'data' ? 'data.' : ''}${type}.${name}`;
}

export function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

export function indexPlan(plan: Json): PlanIndex {
  const changes = new Map<string, Json>();
  const deleted = new Set<string>();
  for (const rc of asArray(plan['resource_changes'])) {
    const change = asObject(asObject(rc)?.['change']);
    const address = asObject(rc)?.['address'];
    if (!change || typeof address !== 'string') continue;
    changes.set(address, rc as Json);
    const actions = asArray(change['actions']);
    if (actions.length === 1 && actions[0] === 'delete') deleted.add(address);
  }

  const found = new Map<string, Instance>();
  const add = (resource: Json, module: string, unknownFrom?: Json): void => {
    const address = resource['address'];
    const type = resource['type'];
    const name = resource['name'];
    if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string') return;
    if (found.has(address) || deleted.has(address)) return;
    const instance: Instance = {
      address,
      mode: resource['mode'] === 'data' ? 'data' : 'managed',
      type,
      name,
      module,
      values: asObject(resource['values']) ?? {},
    };
    const index = resource['index'];
    if (typeof index === 'string' || typeof index === 'number') instance.index = index;
    const unknown = asObject(unknownFrom?.['change'])?.['after_unknown'];
    if (unknown !== undefined) instance.unknown = unknown;
    found.set(address, instance);
  };
  const walk = (module: Json | undefined, fromChanges: boolean): void => {
    if (!module) return;
    const moduleAddress = typeof module['address'] === 'string' ? module['address'] : '';
    for (const r of asArray(module['resources'])) {
      const resource = asObject(r);
      if (!resource) continue;
      const address = resource['address'];
      add(
        resource,
        moduleAddress,
        fromChanges && typeof address === 'string' ? changes.get(address) : undefined,
      );
    }
    for (const child of asArray(module['child_modules'])) walk(asObject(child), fromChanges);
  };

  const planned = asObject(asObject(plan['planned_values'])?.['root_module']);
  const state = asObject(asObject(plan['values'])?.['root_module']);
  walk(planned, true);
  // Resources missing from planned_values (trimmed plans, deferred data reads): the change's `after`.
  for (const [address, rc] of changes) {
    const change = asObject(rc['change']);
    const after = asObject(change?.['after']);
    if (!after || found.has(address)) continue;
    const actions = asArray(change?.['actions']);
    if (actions.includes('delete') && !actions.includes('create')) continue;
    const module = typeof rc['module_address'] === 'string' ? rc['module_address'] : '';
    add({ ...rc, values: after }, module, rc);
  }
  // Data sources read during planning live in prior_state; a state file's values are all known.
  walk(asObject(asObject(asObject(plan['prior_state'])?.['values'])?.['root_module']), false);
  walk(state, false);
  // prior_state also holds managed resources the plan destroys or leaves out: keep only data there.
  const instances = [...found.values()].filter(
    (i) => i.mode === 'data' || planned === undefined || changes.size === 0 || changes.has(i.address),
  );

  const byResource = new Map<string, Instance[]>();
  const moduleInstances = new Set<string>(['']);
  const childModules = new Map<string, string[]>();
  for (const instance of instances) {
    const key = resourceKey(instance.module, instance.mode, instance.type, instance.name);
    const list = byResource.get(key);
    if (list) list.push(instance);
    else byResource.set(key, [instance]);
    for (let m = instance.module; m !== '' && !moduleInstances.has(m); m = parentModule(m)) {
      moduleInstances.add(m);
      const parent = parentModule(m);
      const siblings = childModules.get(parent);
      if (siblings) siblings.push(m);
      else childModules.set(parent, [m]);
    }
  }
  return { instances, byResource, childModules, root: rootConfig(plan) };
}

/** The root module's configuration (resources, module calls, outputs) as the plan gives it. */
export function rootConfig(plan: Json): ModuleConfig {
  return moduleConfig(asObject(asObject(plan['configuration'])?.['root_module']));
}

function moduleConfig(module: Json | undefined): ModuleConfig {
  const config: ModuleConfig = { resources: new Map(), calls: new Map(), outputs: new Map() };
  if (!module) return config;
  for (const r of asArray(module['resources'])) {
    const resource = asObject(r);
    if (resource && typeof resource['address'] === 'string')
      config.resources.set(resource['address'], resource);
  }
  for (const [name, c] of Object.entries(asObject(module['module_calls']) ?? {})) {
    const call = asObject(c);
    if (!call) continue;
    const entry: ModuleCall = {
      expressions: asObject(call['expressions']) ?? {},
      module: moduleConfig(asObject(call['module'])),
    };
    if (typeof call['source'] === 'string') entry.source = call['source'];
    config.calls.set(name, entry);
  }
  for (const [name, o] of Object.entries(asObject(module['outputs']) ?? {})) {
    const output = asObject(o);
    if (output) config.outputs.set(name, output);
  }
  return config;
}

/** `module.a["x"].module.b[0]` → ['a', 'b']: the path of module calls, instance keys dropped. */
export function moduleCallPath(module: string): string[] {
  if (module === '') return [];
  return splitModuleAddress(module).map((step) => step.name);
}

export interface ModuleStep {
  name: string;
  /** The instance key as written in the address (`["x"]` or `[0]`), or ''. */
  key: string;
}

export function splitModuleAddress(module: string): ModuleStep[] {
  const steps: ModuleStep[] = [];
  const pattern = /module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.?/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(module)) !== null) steps.push({ name: match[1] ?? '', key: match[2] ?? '' });
  return steps;
}

export function parentModule(module: string): string {
  const steps = splitModuleAddress(module);
  steps.pop();
  return steps.map((s) => `module.${s.name}${s.key}`).join('.');
}

export function configOf(root: ModuleConfig, module: string): ModuleConfig | undefined {
  let config: ModuleConfig | undefined = root;
  for (const name of moduleCallPath(module)) config = config?.calls.get(name)?.module;
  return config;
}

/** The configuration block of an instance (its `expressions`, `count`/`for_each`), if the plan has it. */
export function resourceConfig(index: PlanIndex, instance: Instance): Json | undefined {
  // Asked for every attribute that is followed: look it up once per instance.
  if (instance.config === undefined) {
    const local = `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}`;
    instance.config = configOf(index.root, instance.module)?.resources.get(local) ?? null;
  }
  return instance.config ?? undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
