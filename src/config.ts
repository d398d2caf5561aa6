import { didYouMean } from './closest.js';
import { InputError } from './model/errors.js';
import {
  defaultOptions,
  type GateOptions,
  type RoleSelector,
  type TerraformOptions,
} from './model/options.js';
import { knownKinds, knownVersions } from './requirements/index.js';
import type { SourceLocation } from './model/location.js';
import type { ConfigWaiver } from './model/waiver.js';
import { isDay } from './waivers/dates.js';
import { checkNameProblem, defaultMaxWaiverDays, waiverProblem } from './waivers/rules.js';

export { defaultConfigPath } from './config-path.js';

const topKeys = [
  'veeam-version',
  'appliance-principals',
  'on-unknown',
  'parameters',
  'roles',
  'exclude',
  'least-privilege',
  'ignore',
  'waivers',
  'inline-waivers',
  'max-waiver-days',
  'baseline',
  'terraform',
] as const;
const terraformKeys = ['tfvars', 'plans'] as const;
const roleKeys = ['match', 'kind', 'kinds', 'trust', 'policies', 'instance-profile'] as const;

/** A key path inside the config file: keys and list indexes. */
export type ConfigPath = (string | number)[];
type Path = ConfigPath;

/** The config line of each `roles:` entry, for the error when it matches no role (scan.ts). */
export const selectorLines = new WeakMap<RoleSelector, number>();

/**
 * Validates the config file's settings, read from YAML by parseConfig (src/config-file.ts, the only
 * part that loads the YAML parser: a run without a config file does without it, issue 16). Any
 * problem is an InputError of one line naming the file, the line (`lineAt`), the key and what to
 * write instead.
 */
export function configFromValue(
  root: unknown,
  fileName: string,
  lineAt: (path: ConfigPath) => number | undefined,
): Partial<GateOptions> {
  const fail = (path: Path, what: string): never => {
    const line = lineAt(path);
    const key = path.length > 0 ? ` ${describePath(path)}` : '';
    throw new InputError(`${fileName}${line ? `:${line}` : ''}:${key} ${what}`);
  };

  if (root === null || root === undefined) return {};
  if (!isMap(root)) return fail([], `must be a mapping of settings (got ${typeName(root)})`);

  const config: Partial<GateOptions> = {};
  for (const [key, value] of Object.entries(root)) {
    const at: Path = [key];
    switch (key) {
      case 'veeam-version':
        config.veeamVersion = veeamVersion(value, (what) => fail(at, what));
        break;
      case 'appliance-principals':
      case 'appliance-principal': // the CLI flag's and the action input's spelling
        config.appliancePrincipals = principalList(value, at, fail).map((p, i) =>
          appliancePrincipal(p, (what) => fail([...at, i], what)),
        );
        break;
      case 'on-unknown':
        config.onUnknown = oneOf(value, ['fail', 'warn'] as const, (what) => fail(at, what));
        break;
      case 'least-privilege':
        config.leastPrivilege = oneOf(value, ['warn', 'fail'] as const, (what) => fail(at, what));
        break;
      case 'parameters':
        config.parameters = parameters(value, at, fail);
        break;
      case 'roles':
        if (!Array.isArray(value))
          fail(at, `must be a list of { match, kind } entries (got ${typeName(value)})`);
        config.roles = (value as unknown[]).map((entry, i) => {
          const selector = roleSelector(entry, [...at, i], fail);
          const line = lineAt([...at, i]);
          if (line !== undefined) selectorLines.set(selector, line);
          return selector;
        });
        break;
      case 'exclude':
        config.exclude = stringList(value, at, fail);
        break;
      case 'ignore':
        config.ignore = stringList(value, at, fail);
        break;
      case 'waivers':
        if (!Array.isArray(value))
          fail(at, `must be a list of { role, checks, reason, expires } entries (got ${typeName(value)})`);
        config.waivers = (value as unknown[]).map((entry, i) =>
          configWaiver(entry, [...at, i], fail, {
            file: fileName,
            line: lineAt([...at, i]) ?? 1,
            column: 1,
          }),
        );
        break;
      case 'inline-waivers':
        config.inlineWaivers = oneOf(value, ['allow', 'deny'] as const, (what) => fail(at, what));
        break;
      case 'max-waiver-days':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 3650)
          fail(at, `must be a whole number of days from 1 to 3650 (got ${show(value)})`);
        config.maxWaiverDays = value as number;
        break;
      case 'baseline':
        if (typeof value !== 'string' || value.trim() === '')
          fail(at, `must be the path of a baseline file written by --write-baseline (got ${show(value)})`);
        config.baseline = (value as string).trim();
        break;
      case 'terraform':
        config.terraform = terraformSettings(value, at, fail);
        break;
      default:
        fail(at, `is not a known key${didYouMean(key, topKeys)} (known: ${topKeys.join(', ')})`);
    }
  }
  return config;
}

/** Command-line flags (or action inputs) that override the config file. */
export interface OptionOverrides {
  veeamVersion?: string;
  appliancePrincipals?: string[];
  onUnknown?: 'fail' | 'warn';
  parameters?: Record<string, string>;
  exclude?: string[];
  /** `--baseline FILE` / the action's `baseline` input. */
  baseline?: string;
  /** `--tfvars` / the `tfvars` input: read after the config's files. */
  tfvars?: string[];
  /** `--var KEY=VALUE`. */
  vars?: Record<string, string>;
}

/** Flags win over the config, the config over the defaults; parameters merge key by key. */
export function resolveOptions(flags: OptionOverrides, config: Partial<GateOptions>): GateOptions {
  const options: GateOptions = {
    veeamVersion: flags.veeamVersion ?? config.veeamVersion ?? defaultOptions.veeamVersion,
    appliancePrincipals:
      flags.appliancePrincipals && flags.appliancePrincipals.length > 0
        ? [...flags.appliancePrincipals]
        : [...(config.appliancePrincipals ?? defaultOptions.appliancePrincipals)],
    onUnknown: flags.onUnknown ?? config.onUnknown ?? defaultOptions.onUnknown,
    parameters: { ...defaultOptions.parameters, ...config.parameters, ...flags.parameters },
    roles: [...(config.roles ?? defaultOptions.roles)],
    exclude: [...(config.exclude ?? defaultOptions.exclude), ...(flags.exclude ?? [])],
  };
  if (config.leastPrivilege) options.leastPrivilege = config.leastPrivilege;
  // Issue 13: opt-outs, waivers and the baseline come from the config (the baseline also from a flag).
  if (config.ignore) options.ignore = [...config.ignore];
  if (config.waivers) options.waivers = [...config.waivers];
  if (config.inlineWaivers) options.inlineWaivers = config.inlineWaivers;
  if (config.maxWaiverDays !== undefined) options.maxWaiverDays = config.maxWaiverDays;
  const baseline = flags.baseline ?? config.baseline;
  if (baseline !== undefined) options.baseline = baseline;
  const tfvars = [...(config.terraform?.tfvars ?? []), ...(flags.tfvars ?? [])];
  const vars = { ...config.terraform?.vars, ...flags.vars };
  const plans = config.terraform?.plans ?? [];
  if (tfvars.length > 0 || Object.keys(vars).length > 0 || plans.length > 0)
    options.terraform = { tfvars, vars, plans: [...plans] };
  return options;
}

/** A Veeam Backup for AWS major version: "10", 10 or "11". */
export function veeamVersion(value: unknown, fail: (what: string) => never): string {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  const known = knownVersions();
  if (typeof text !== 'string' || !known.includes(text.trim())) {
    return fail(
      `must be a Veeam Backup for AWS version with published requirements: ${known.map((v) => `"${v}"`).join(' or ')} (got ${show(value)})`,
    );
  }
  return text.trim();
}

/** A role ARN, an account ID or an account root ARN (design.md §3 trust-appliance). */
export function appliancePrincipal(value: string, fail: (what: string) => never): string {
  const v = value.trim();
  const ok =
    /^\d{12}$/.test(v) ||
    /^arn:aws(-[a-z]+)*:iam::\d{12}:root$/.test(v) ||
    /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(v);
  if (!ok) {
    return fail(
      `must be a role ARN (arn:aws:iam::111122223333:role/Name), an account ID (111122223333) or arn:aws:iam::111122223333:root (got ${show(value)})`,
    );
  }
  return v;
}

export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fail: (what: string) => never,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(`must be ${allowed.map((a) => `'${a}'`).join(' or ')} (got ${show(value)})`);
}

function stringList(value: unknown, at: Path, fail: (path: Path, what: string) => never): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value))
    return fail(at, `must be a string or a list of strings (got ${typeName(value)})`);
  return value.map((item, i) =>
    typeof item === 'string' ? item : fail([...at, i], `must be a string (got ${typeName(item)})`),
  );
}

/**
 * Account IDs and ARNs. YAML reads an unquoted 012345678901 as the number 12345678901 (the leading
 * zero lost), so a number is never taken as an account ID: the user is told to quote it.
 */
function principalList(value: unknown, at: Path, fail: (path: Path, what: string) => never): string[] {
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    if (typeof item === 'number' || typeof item === 'bigint')
      fail(
        Array.isArray(value) ? [...at, i] : at,
        `is a number to YAML, which drops an account ID's leading zeros: quote it ('${String(item).padStart(12, '0')}')`,
      );
  });
  return stringList(value, at, fail);
}

function parameters(
  value: unknown,
  at: Path,
  fail: (path: Path, what: string) => never,
): Record<string, string> {
  if (!isMap(value)) return fail(at, `must be a mapping of ParameterName: value (got ${typeName(value)})`);
  const result: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') result[name] = String(v);
    // A CommaDelimitedList / List<…> parameter may be written as a YAML list.
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
      result[name] = v.join(',');
    } else fail([...at, name], `must be a string, a number or a list of strings (got ${typeName(v)})`);
  }
  return result;
}

function roleSelector(entry: unknown, at: Path, fail: (path: Path, what: string) => never): RoleSelector {
  if (typeof entry === 'string') return { match: entry, kinds: ['production-worker'] };
  if (!isMap(entry))
    return fail(
      at,
      `must be a mapping such as { match: "*Worker*", kind: production-worker } (got ${typeName(entry)})`,
    );
  for (const key of Object.keys(entry)) {
    if (!(roleKeys as readonly string[]).includes(key)) {
      fail(
        [...at, key],
        `is not a known key of a roles entry${didYouMean(key, roleKeys)} (known: ${roleKeys.join(', ')})`,
      );
    }
  }
  const { match } = entry;
  if (typeof match !== 'string' || match.trim() === '') {
    return fail(
      [...at, 'match'],
      `must be a glob over logical ID, Terraform address or role name, e.g. "*Worker*" (got ${show(match)})`,
    );
  }
  if (entry.kind !== undefined && entry.kinds !== undefined)
    fail([...at, 'kinds'], 'cannot be given together with kind: use one');
  let kinds = ['production-worker'];
  if (entry.kind !== undefined) kinds = [kindName(entry.kind, [...at, 'kind'], fail)];
  if (entry.kinds !== undefined) {
    const list = stringList(entry.kinds, [...at, 'kinds'], fail);
    if (list.length === 0) fail([...at, 'kinds'], 'must name at least one role kind');
    kinds = list.map((k, i) => kindName(k, [...at, 'kinds', i], fail));
  }
  const selector: RoleSelector = { match, kinds };
  if (entry.trust !== undefined) {
    if (typeof entry.trust !== 'string')
      fail([...at, 'trust'], `must be the path of a trust policy file (got ${typeName(entry.trust)})`);
    selector.trust = entry.trust as string;
  }
  if (entry.policies !== undefined) selector.policies = stringList(entry.policies, [...at, 'policies'], fail);
  if (entry['instance-profile'] !== undefined) {
    if (typeof entry['instance-profile'] !== 'boolean') {
      fail([...at, 'instance-profile'], `must be true or false (got ${show(entry['instance-profile'])})`);
    }
    selector.instanceProfile = entry['instance-profile'] as boolean;
  }
  return selector;
}

const waiverKeys = ['role', 'checks', 'actions', 'reason', 'expires', 'ticket'] as const;

/** A `waivers:` entry: reason and expiry are required; the length limit is checked against today later. */
function configWaiver(
  entry: unknown,
  at: Path,
  fail: (path: Path, what: string) => never,
  location: SourceLocation,
): ConfigWaiver {
  if (!isMap(entry))
    return fail(at, `must be a mapping { role, checks, reason, expires } (got ${typeName(entry)})`);
  for (const key of Object.keys(entry))
    if (!(waiverKeys as readonly string[]).includes(key))
      fail([...at, key], `is not a known key of a waiver (known: ${waiverKeys.join(', ')})`);
  const { role, reason, expires, ticket } = entry;
  if (typeof role !== 'string' || role.trim() === '')
    fail(
      [...at, 'role'],
      `must be a glob over role id, logical ID or name, e.g. "*LegacyWorker*" (got ${show(role)})`,
    );
  if (entry.checks === undefined) fail([...at, 'checks'], "is required: one or more check ids, or 'all'");
  const checks = stringList(entry.checks, [...at, 'checks'], fail);
  if (checks.length === 0) fail([...at, 'checks'], "must name one or more check ids, or 'all'");
  checks.forEach((c, i) => {
    const problem = checkNameProblem(c);
    if (problem) fail([...at, 'checks', i], problem);
  });
  if (typeof reason !== 'string' || reason.trim() === '')
    fail([...at, 'reason'], 'is required: say why the gap is accepted');
  if (expires === undefined) fail([...at, 'expires'], 'is required: the date the waiver ends (YYYY-MM-DD)');
  if (typeof expires !== 'string' || !isDay(expires))
    fail([...at, 'expires'], `must be a date written YYYY-MM-DD (got ${show(expires)})`);
  const waiver: ConfigWaiver = {
    role: (role as string).trim(),
    checks,
    reason: (reason as string).trim(),
    expires: expires as string,
    location,
  };
  if (entry.actions !== undefined) {
    const actions = stringList(entry.actions, [...at, 'actions'], fail);
    if (actions.length === 0) fail([...at, 'actions'], 'must name at least one IAM action');
    waiver.actions = actions;
  }
  if (ticket !== undefined) {
    if (typeof ticket !== 'string' && typeof ticket !== 'number')
      fail([...at, 'ticket'], `must be a ticket id or URL (got ${typeName(ticket)})`);
    waiver.ticket = String(ticket);
  }
  return waiver;
}

/**
 * Config waivers that run longer than `max-waiver-days` from today: exit 2 naming the entry, so a
 * waiver stays temporary. Separate from parseConfig, which knows no date.
 */
export function checkWaiverLengths(
  options: Pick<GateOptions, 'waivers' | 'maxWaiverDays'>,
  today: string,
): void {
  const max = options.maxWaiverDays ?? defaultMaxWaiverDays;
  for (const [i, waiver] of (options.waivers ?? []).entries()) {
    const problem = waiverProblem(waiver, today, max);
    if (problem)
      throw new InputError(
        `${waiver.location.file}:${waiver.location.line}: 'waivers[${i}].expires' ${problem}`,
      );
  }
}

/** `terraform: { tfvars: [files], plans: [{ plan, root }] }`. */
function terraformSettings(
  value: unknown,
  at: Path,
  fail: (path: Path, what: string) => never,
): TerraformOptions {
  if (!isMap(value)) return fail(at, `must be a mapping with tfvars and/or plans (got ${typeName(value)})`);
  const settings: TerraformOptions = { tfvars: [], vars: {}, plans: [] };
  for (const [key, v] of Object.entries(value)) {
    if (key === 'tfvars') settings.tfvars = stringList(v, [...at, key], fail);
    else if (key === 'plans') {
      if (!Array.isArray(v))
        fail([...at, key], `must be a list of { plan, root } entries (got ${typeName(v)})`);
      settings.plans = (v as unknown[]).map((entry, i) => {
        const here = [...at, key, i];
        if (!isMap(entry))
          return fail(
            here,
            `must be a mapping such as { plan: plans/stage.json, root: envs/stage } (got ${typeName(entry)})`,
          );
        for (const k of Object.keys(entry))
          if (k !== 'plan' && k !== 'root')
            fail([...here, k], 'is not a known key of a plans entry (known: plan, root)');
        const { plan, root } = entry;
        if (typeof plan !== 'string' || plan.trim() === '')
          fail([...here, 'plan'], `must be the path of a plan JSON file (got ${show(plan)})`);
        if (typeof root !== 'string' || root.trim() === '')
          fail([...here, 'root'], `must be the folder of the plan's root module (got ${show(root)})`);
        return { plan: cleanPath(plan as string), root: cleanPath(root as string) };
      });
    } else fail([...at, key], `is not a known key (known: ${terraformKeys.join(', ')})`);
  }
  return settings;
}

/** `./envs/dev/` → `envs/dev`: paths compared with the scan's relative paths. */
function cleanPath(path: string): string {
  return (
    path
      .trim()
      .replace(/\\/g, '/')
      .replace(/^(\.\/)+/, '')
      .replace(/\/+$/, '') || '.'
  );
}

/** A role kind, or several joined with '+' (a role that must meet each of them). */
function kindName(value: unknown, at: Path, fail: (path: Path, what: string) => never): string {
  const known = knownKinds();
  if (typeof value === 'string' && value.split('+').every((k) => known.includes(k))) return value;
  return fail(
    at,
    `must be a role kind (${known.join(', ')}) or several joined with '+' (got ${show(value)})`,
  );
}

function describePath(path: Path): string {
  return `'${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')}'`;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${show(value)}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return String(value);
}
