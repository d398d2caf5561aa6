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

interface Span {
  start: number;
  end: number;
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

/**
 * Top-level keys → the span of their value, for `{ "key": value, … }` (last one wins, as in
 * JSON.parse). Undefined when the text is not shaped so (the caller then parses it whole).
 */
export function topLevelSections(text: string): Map<string, Span> | undefined {
  const sections = new Map<string, Span>();
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE) return undefined;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE)
    return skipSpace(text, i + 1) === text.length ? sections : undefined;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return undefined;
    const key = keyOf(text.slice(i, keyEnd));
    if (key === undefined) return undefined;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return undefined;
    const start = skipSpace(text, i + 1);
    const end = skipValue(text, start);
    // A repeated key: JSON.parse keeps the last, but every one must still be valid JSON.
    if (end < 0 || sections.has(key)) return undefined;
    sections.set(key, { start, end });
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACE) return skipSpace(text, i + 1) === text.length ? sections : undefined;
    if (c !== COMMA) return undefined;
    i = skipSpace(text, i + 1);
  }
}

/** The spans of the elements of the array at `span`, or undefined when it is not `[ v, … ]`. */
export function arrayElements(text: string, span: Span): Span[] | undefined {
  const elements: Span[] = [];
  let i = span.start;
  if (text.charCodeAt(i) !== OPEN_BRACKET) return undefined;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_BRACKET) return i + 1 === span.end ? elements : undefined;
  for (;;) {
    const end = skipValue(text, i);
    if (end < 0) return undefined;
    elements.push({ start: i, end });
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACKET) return i + 1 === span.end ? elements : undefined;
    if (c !== COMMA) return undefined;
    i = skipSpace(text, i + 1);
  }
}

function keyOf(quoted: string): string | undefined {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}

/** The end (exclusive) of the value starting at `i`, or -1. Brackets are matched by depth only. */
function skipValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return skipString(text, i);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number or literal: up to the next delimiter; JSON.parse of the slice judges it.
    let end = i;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
    }
    return end > i ? end : -1;
  }
  let depth = 0;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = skipString(text, i);
      if (i < 0) return -1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

/** The end (exclusive) of the string whose opening quote is at `i`, or -1 when it does not end. */
function skipString(text: string, i: number): number {
  let at = i;
  for (;;) {
    const close = text.indexOf('"', at + 1);
    if (close < 0) return -1;
    // Escaped when an odd number of backslashes precede it.
    let backslashes = 0;
    for (let k = close - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    at = close;
  }
}

function skipSpace(text: string, i: number): number {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
