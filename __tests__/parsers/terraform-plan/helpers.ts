import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AttachedPolicy, Role, RoleShape } from '../../../src/model/role.js';
import { isUnresolved } from '../../../src/model/value.js';
import { terraformPlanParser } from '../../../src/parsers/terraform-plan/index.js';
import type { ParseContext, ParsedFile } from '../../../src/parsers/types.js';

export const fixtureDir = fileURLToPath(new URL('../../fixtures/tfplan/', import.meta.url));

/** A fixture as the scan hands it over: decoded, a UTF-16 file keeping its BOM character. */
export function readFixture(name: string): string {
  const raw = readFileSync(fixtureDir + name);
  return raw[0] === 0xff && raw[1] === 0xfe ? raw.toString('utf16le') : raw.toString('utf8');
}

export function parseText(text: string, context: Partial<ParseContext> = {}): ParsedFile {
  const result = terraformPlanParser.parse(text, { file: 'plan.json', parameters: {}, ...context });
  if (!result) throw new Error('not recognised as a Terraform plan');
  return result;
}

export function parsePlan(plan: unknown, context: Partial<ParseContext> = {}): ParsedFile {
  return parseText(JSON.stringify(plan, null, 2), context);
}

export function shape(role: Role | undefined): RoleShape {
  const first = role?.variants[0];
  if (!first) throw new Error('no role');
  return first;
}

export function role(parsed: ParsedFile, key: string): Role {
  const found = parsed.roles.find((r) => r.key === key);
  if (!found) throw new Error(`no role ${key} in ${parsed.roles.map((r) => r.key).join(', ')}`);
  return found;
}

/** A compact view of a policy: `inline:NAME`, `managed:ARN`, with `+doc` or `+unresolved`. */
export function policySummary(policy: AttachedPolicy): string {
  const name = isUnresolved(policy.name) ? '?' : policy.name;
  const state = policy.document ? '+doc' : policy.unresolved ? '+unresolved' : '';
  return `${policy.kind}:${name}${state}`;
}

/** Every action the policy's Allow statements name (known strings only). */
export function actionsOf(policy: AttachedPolicy | undefined): string[] {
  return (policy?.document?.statements ?? []).flatMap((s) =>
    (s.action ?? []).filter((a): a is string => typeof a === 'string'),
  );
}

export function trustPrincipals(role: Role): string[] {
  return (shape(role).trustPolicy?.statements ?? []).flatMap((s) =>
    (s.principal ?? []).map((p) => `${p.type}:${isUnresolved(p.value) ? '?' : p.value}`),
  );
}

// ---- Small plans, built the way `terraform show -json` writes them ----

export interface ResourceSpec {
  address: string;
  values: Record<string, unknown>;
  /** `after_unknown` of the change. */
  unknown?: Record<string, unknown>;
  /** Configuration `expressions`. */
  expressions?: Record<string, unknown>;
  actions?: string[];
  index?: string | number;
  mode?: 'managed' | 'data';
}

export interface ConfigResource {
  /** Address inside its module, without instance key: `aws_iam_role.worker`. */
  address: string;
  expressions?: Record<string, unknown>;
}

export interface ModuleSpec {
  resources: ConfigResource[];
  calls?: Record<string, { source: string; expressions?: Record<string, unknown>; module: ModuleSpec }>;
  outputs?: Record<string, { expression: Record<string, unknown> }>;
}

/** `module.a["x"].aws_iam_role.r[0]` → its parts. */
function split(address: string): { module: string; mode: string; type: string; name: string } {
  const m = /^((?:module\.[^.[]+(?:\[[^\]]+\])?\.)*)(data\.)?([^.]+)\.([^.[]+)/.exec(address);
  if (!m) throw new Error(address);
  return {
    module: (m[1] ?? '').replace(/\.$/, ''),
    mode: m[2] ? 'data' : 'managed',
    type: m[3]!,
    name: m[4]!,
  };
}

/**
 * A plan (format 1.2) from resource specs: planned_values grouped into child modules, a change per
 * managed resource, and a configuration with the given module tree.
 */
export function plan(resources: ResourceSpec[], configuration?: ModuleSpec): object {
  // Without an explicit configuration: the root resources' expressions, one block per resource.
  const config: ModuleSpec = configuration ?? {
    resources: [
      ...new Map(
        resources
          .filter((r) => split(r.address).module === '')
          .map((r) => {
            const local = r.address.replace(/\[[^\]]+\]$/, '');
            return [local, { address: local, expressions: r.expressions }] as const;
          }),
      ).values(),
    ],
  };
  const modules = new Map<string, unknown[]>();
  const changes: unknown[] = [];
  for (const r of resources) {
    const { module, mode, type, name } = split(r.address);
    const entry: Record<string, unknown> = {
      address: r.address,
      mode: r.mode ?? mode,
      type,
      name,
      values: r.values,
    };
    if (r.index !== undefined) entry['index'] = r.index;
    if (!r.actions || r.actions.join() !== 'delete')
      modules.set(module, [...(modules.get(module) ?? []), entry]);
    changes.push({
      address: r.address,
      module_address: module || undefined,
      mode: r.mode ?? mode,
      type,
      name,
      index: r.index,
      change: {
        actions: r.actions ?? ['create'],
        before: null,
        after: r.actions?.join() === 'delete' ? null : r.values,
        after_unknown: r.unknown ?? {},
      },
    });
  }
  const childModules = (parent: string): unknown[] =>
    [...modules.keys()]
      .filter((m) => m !== '' && m.slice(0, m.lastIndexOf('module.') - 1) === parent)
      .map((m) => ({ address: m, resources: modules.get(m), child_modules: childModules(m) }));
  return {
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: { root_module: { resources: modules.get('') ?? [], child_modules: childModules('') } },
    resource_changes: changes,
    configuration: { root_module: moduleConfig(config) },
  };
}

function moduleConfig(spec: ModuleSpec): object {
  const calls: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(spec.calls ?? {}))
    calls[name] = {
      source: call.source,
      expressions: call.expressions ?? {},
      module: moduleConfig(call.module),
    };
  return {
    resources: spec.resources.map((r) => {
      const { mode, type, name } = split(r.address);
      return { address: r.address, mode, type, name, expressions: r.expressions ?? {} };
    }),
    module_calls: calls,
    outputs: spec.outputs ?? {},
  };
}

export const ec2Trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export function identityPolicy(...actions: string[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  });
}
