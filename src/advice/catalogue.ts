import { readDataFile } from '../iam/data-files.js';
import { compileWildcard } from '../iam/wildcard.js';
import { closest } from '../closest.js';

interface Catalogue {
  source: string;
  date: string;
  services: Map<string, string[]>;
  everything: string[];
  everythingLower: string[];
  known: Set<string>;
}

let loaded: Catalogue | undefined;

/** The action catalogue (a file beside the bundle), read and indexed on first use, not at start-up. */
function catalogue(): Catalogue {
  if (loaded) return loaded;
  const data = JSON.parse(readDataFile('actions.json')) as {
    source: string;
    date: string;
    services: Record<string, string>;
  };
  const services = new Map<string, string[]>();
  for (const [prefix, names] of Object.entries(data.services)) {
    services.set(
      prefix.toLowerCase(),
      names.split(' ').map((n) => `${prefix}:${n}`),
    );
  }
  const everything = [...services.values()].flat();
  const everythingLower = everything.map((a) => a.toLowerCase());
  loaded = {
    source: data.source,
    date: data.date,
    services,
    everything,
    everythingLower,
    known: new Set(everythingLower),
  };
  return loaded;
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
  return catalogue().known.has(action.toLowerCase());
}

/** Every catalogue action an Action pattern matches (`*` and `?`, case-insensitive). Cached. */
export function expandAction(pattern: string): readonly string[] {
  const key = pattern.toLowerCase();
  let out = expansions.get(key);
  if (!out) {
    const { services, everything } = catalogue();
    if (key === '*') out = everything;
    else {
      const [prefix, name] = key.split(':', 2);
      // A literal service prefix narrows the search to that service's actions.
      const pool = name !== undefined && !/[*?]/.test(prefix!) ? (services.get(prefix!) ?? []) : everything;
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
  return catalogue().everything.length;
}

/** Every catalogue action, lower-cased (for NotAction: all but what it names). */
export function allActionsLower(): readonly string[] {
  return catalogue().everythingLower;
}

/** The closest real action name (or service prefix) to a misspelt one, when one is near enough. */
export function closestAction(action: string): string | undefined {
  const { services, everything } = catalogue();
  const [prefix = '', name] = action.split(':', 2);
  const pool = services.get(prefix.toLowerCase());
  const limit = (w: string) => Math.max(2, Math.floor(w.length / 4));
  if (pool && name !== undefined) return closest(action, pool, limit(name));
  const service = closest(prefix, [...services.keys()], limit(prefix));
  if (!service) return undefined;
  if (name === undefined) return service;
  const fixed = `${service}:${name}`;
  return isKnownAction(fixed)
    ? everything.find((a) => a.toLowerCase() === fixed.toLowerCase())
    : closestAction(fixed);
}
