/**
 * The plan JSON read section by section (issue 16): a plan repeats every resource in
 * `resource_changes` with its `before` and `after` values, more than half of the text, and the
 * reader needs only each change's address, actions and `after_unknown` (its `after` only when
 * `planned_values` lacks the resource). Materialising the whole plan as objects costs over 4× the
 * file size in memory; reading the sections apart, each change parsed and slimmed in turn, keeps
 * the peak near the text plus the planned values.
 *
 * The top level and the `resource_changes` list are split by a scan that matches brackets and
 * skips strings; every value is still checked by `JSON.parse`. On any doubt (a shape the scan does
 * not expect, a slice that does not parse) the whole text goes through `JSON.parse`, which gives
 * exactly the result, or the error with its position, that a plain parse gives.
 */

import { arrayElements, topLevelSections, type Span } from '../json-sections.js';
import type { Json } from '../terraform/records.js';

/** Top-level sections the plan reader uses (src/parsers/terraform-plan/plan.ts, detect.ts). */
const usedSections = new Set([
  'format_version',
  'planned_values',
  'resource_changes',
  'prior_state',
  'configuration',
  'values',
]);

/** What `indexPlan` reads of one resource change; `after` only when `planned_values` lacks it. */
const changeKeys = ['address', 'mode', 'type', 'name', 'index', 'module_address'] as const;

/**
 * The plan as `JSON.parse(text)` would give it, but with only the sections the reader uses and
 * each resource change slimmed to what it reads. Throws what `JSON.parse(text)` throws.
 */
export function readPlanJson(text: string): unknown {
  const sections = topLevelSections(text);
  if (!sections) return JSON.parse(text);
  try {
    return fromSections(text, sections);
  } catch {
    // A slice that does not parse: the whole text names the error and its position.
    return JSON.parse(text);
  }
}

function fromSections(text: string, sections: Map<string, Span>): Json {
  const plan: Json = {};
  const parse = (key: string): unknown => {
    const span = sections.get(key)!;
    return JSON.parse(text.slice(span.start, span.end));
  };
  for (const key of sections.keys()) {
    if (key === 'resource_changes') continue;
    const value = parse(key);
    // Sections the reader never looks at are parsed only to keep bad JSON an error, then dropped.
    if (usedSections.has(key)) plan[key] = value;
  }
  const changes = sections.get('resource_changes');
  if (changes) {
    const elements = arrayElements(text, changes);
    if (!elements) plan['resource_changes'] = parse('resource_changes');
    else {
      const planned = plannedAddresses(plan['planned_values']);
      plan['resource_changes'] = elements.map((span) =>
        slimChange(JSON.parse(text.slice(span.start, span.end)), planned),
      );
    }
  }
  return plan;
}

/** Keeps of one change what the reader uses; anything that is not an object stays as it is. */
function slimChange(value: unknown, planned: ReadonlySet<string>): unknown {
  if (!isObject(value)) return value;
  const slim: Json = {};
  for (const key of changeKeys) if (key in value) slim[key] = value[key];
  const change = value['change'];
  if (!isObject(change)) {
    if ('change' in value) slim['change'] = change;
    return slim;
  }
  const kept: Json = {};
  if ('actions' in change) kept['actions'] = change['actions'];
  if ('after_unknown' in change) kept['after_unknown'] = change['after_unknown'];
  const address = value['address'];
  if ('after' in change && !(typeof address === 'string' && planned.has(address)))
    kept['after'] = change['after'];
  slim['change'] = kept;
  return slim;
}

/** Addresses of the resources `planned_values` gives in full (as indexPlan reads them). */
function plannedAddresses(plannedValues: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (module: unknown): void => {
    if (!isObject(module)) return;
    for (const r of asList(module['resources'])) {
      if (!isObject(r)) continue;
      const { address, type, name } = r;
      if (typeof address === 'string' && typeof type === 'string' && typeof name === 'string')
        found.add(address);
    }
    for (const child of asList(module['child_modules'])) walk(child);
  };
  if (isObject(plannedValues)) walk(plannedValues['root_module']);
  return found;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
