import { readDataFile } from '../iam/data-files.js';
import { compileWildcard } from '../iam/wildcard.js';
import { closest } from '../closest.js';

/** One service's actions, as written in the data (space-separated names) and indexed on first use. */
interface Service {
  prefix: string;
  names: string;
  actions?: string[];
  /** Lower-cased actions. */
  known?: Set<string>;
}

interface Catalogue {
  source: string;
  date: string;
  /** By lower-cased prefix, in the data's order. */
  services: Map<string, Service>;
  everything?: string[];
  everythingLower?: string[];
  size?: number;
}

let loaded: Catalogue | undefined;

/**
 * The action catalogue (a file beside the bundle), read on first use, not at start-up. Each
 * service's actions are listed and indexed when something asks about that service: a run that
 * checks a few services' names does not index the catalogue's 20,000 actions (issue 16).
 */
function catalogue(): Catalogue {
  if (loaded) return loaded;
  const data = JSON.parse(readDataFile('actions.json')) as {
    source: string;
    date: string;
    services: Record<string, string>;
  };
  const services = new Map<string, Service>();
  for (const [prefix, names] of Object.entries(data.services))
    services.set(prefix.toLowerCase(), { prefix, names });
  loaded = { source: data.source, date: data.date, services };
  return loaded;
}

function actionsOf(service: Service): string[] {
  return (service.actions ??= service.names.split(' ').map((n) => `${service.prefix}:${n}`));
}

function knownOf(service: Service): Set<string> {
  return (service.known ??= new Set(actionsOf(service).map((a) => a.toLowerCase())));
}

/** Every action, in the catalogue's order. */
function everything(): string[] {
  const c = catalogue();
  return (c.everything ??= [...c.services.values()].flatMap(actionsOf));
}

/** Where the action catalogue comes from and how old it is (scripts/gen-actions.mjs). */
export const actionCatalogue = {
  get source(): string {
    return catalogue().source;
  },
  get date(): string {
    return catalogue().date;
  },
};

const expansions = new Map<string, string[]>();

export function isKnownService(prefix: string): boolean {
  return catalogue().services.has(prefix.toLowerCase());
}

export function isKnownAction(action: string): boolean {
  const lower = action.toLowerCase();
  const colon = lower.indexOf(':');
  // A name without a colon is no action; the service is what comes before the first colon.
  const service = colon < 0 ? undefined : catalogue().services.get(lower.slice(0, colon));
  return service !== undefined && knownOf(service).has(lower);
}

/** Every catalogue action an Action pattern matches (`*` and `?`, case-insensitive). Cached. */
export function expandAction(pattern: string): readonly string[] {
  const key = pattern.toLowerCase();
  let out = expansions.get(key);
  if (!out) {
    const { services } = catalogue();
    if (key === '*') out = everything();
    else {
      const [prefix, name] = key.split(':', 2);
      // A literal service prefix narrows the search to that service's actions.
      const service = services.get(prefix!);
      const pool =
        name !== undefined && !/[*?]/.test(prefix!) ? (service ? actionsOf(service) : []) : everything();
      const re = compileWildcard(pattern, true);
      out = pool.filter((a) => re.test(a));
    }
    if (expansions.size > 5_000) expansions.clear();
    expansions.set(key, out);
  }
  return out;
}

/** How many actions the catalogue holds. */
export function catalogueSize(): number {
  const c = catalogue();
  if (c.size === undefined) {
    // Counted from the names as written: no need to list 20,000 actions for a number.
    let size = 0;
    for (const { names } of c.services.values()) {
      size++;
      for (let i = names.indexOf(' '); i !== -1; i = names.indexOf(' ', i + 1)) size++;
    }
    c.size = size;
  }
  return c.size;
}

/** Every catalogue action, lower-cased (for NotAction: all but what it names). */
export function allActionsLower(): readonly string[] {
  const c = catalogue();
  return (c.everythingLower ??= everything().map((a) => a.toLowerCase()));
}

/** The closest real action name (or service prefix) to a misspelt one, when one is near enough. */
export function closestAction(action: string): string | undefined {
  const { services } = catalogue();
  const [prefix = '', name] = action.split(':', 2);
  const own = services.get(prefix.toLowerCase());
  const pool = own && actionsOf(own);
  const limit = (w: string) => Math.max(2, Math.floor(w.length / 4));
  if (pool && name !== undefined) return closest(action, pool, limit(name));
  const service = closest(prefix, [...services.keys()], limit(prefix));
  if (!service) return undefined;
  if (name === undefined) return service;
  const fixed = `${service}:${name}`;
  return isKnownAction(fixed)
    ? everything().find((a) => a.toLowerCase() === fixed.toLowerCase())
    : closestAction(fixed);
}
