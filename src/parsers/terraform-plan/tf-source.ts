import type { SourceLocation } from '../../model/location.js';
import type { ParseContext } from '../types.js';
import { LineCounter } from './line-counter.js';
import type { Instance, ModuleCall, ModuleConfig } from './plan.js';
import { moduleCallPath } from './plan.js';

/**
 * Finds the `resource "TYPE" "NAME"` (or `data …`) block of a planned instance in the scanned
 * `.tf` files: the root module is the directory whose blocks match the plan's root configuration
 * (the plan's own directory first), child modules follow local `source` paths of module calls.
 * Registry and git modules are not in the tree: their instances fall back to the plan line.
 */
export type TfLocator = (instance: Instance) => SourceLocation | undefined;

interface Declarations {
  /** `resource.TYPE.NAME`, `data.TYPE.NAME` or `module.NAME` → where the block starts. */
  blocks: Map<string, SourceLocation>;
}

const blockHead =
  /^[ \t]*(resource|data|module)[ \t]+"?([A-Za-z0-9_-]+)"?(?:[ \t]+"?([A-Za-z0-9_-]+)"?)?[ \t]*\{/gm;

export interface TfSource {
  locate: TfLocator;
  /** The folder of the root module the plan was made from, when one was found. */
  root?: string;
}

/**
 * A plan maps to its own root only: the folder named for it in the config, else the folder that
 * holds it when that folder has `.tf` files; else the one folder of the tree that declares what
 * the plan's root configuration declares. Where two folders could declare an instance, it is not
 * guessed: the finding stays on the plan's JSON line.
 */
export function tfLocator(context: ParseContext, root: ModuleConfig): TfSource | undefined {
  const readFile = context.readFile;
  const tfFiles = (context.files ?? []).filter((f) => f.endsWith('.tf')).sort();
  if (!readFile || tfFiles.length === 0) return undefined;

  const byDir = new Map<string, string[]>();
  for (const f of tfFiles) {
    const dir = dirname(f);
    const list = byDir.get(dir);
    if (list) list.push(f);
    else byDir.set(dir, [f]);
  }
  const cache = new Map<string, Declarations>();
  const declarations = (dir: string): Declarations => {
    let found = cache.get(dir);
    if (found) return found;
    found = { blocks: new Map() };
    for (const file of byDir.get(dir) ?? []) collect(file, readFile(file) ?? '', found.blocks);
    cache.set(dir, found);
    return found;
  };

  const signatures = [
    ...[...root.resources.values()].map((r) =>
      blockKey(String(r['mode']), String(r['type']), String(r['name'])),
    ),
    ...[...root.calls.keys()].map((name) => `module.${name}`),
  ];
  const score = (dir: string): number => {
    const blocks = declarations(dir).blocks;
    return signatures.filter((s) => blocks.has(s)).length;
  };
  const planDir = dirname(context.file);
  const named = context.terraformPlans?.find((p) => p.plan === context.file)?.root;
  let candidates: string[];
  if (named !== undefined) candidates = [named === '.' ? '' : named];
  else if (byDir.has(planDir)) candidates = [planDir];
  else candidates = [...byDir.keys()].filter((dir) => score(dir) > 0).sort();
  if (candidates.length === 0) return undefined;

  const moduleDir = (base: string, module: string): string | undefined => {
    let dir: string | undefined = base;
    let config: ModuleConfig | undefined = root;
    for (const name of moduleCallPath(module)) {
      const call: ModuleCall | undefined = config?.calls.get(name);
      config = call?.module;
      const source = call?.source;
      dir = dir !== undefined && source && /^\.\.?\//.test(source) ? join(dir, source) : undefined;
    }
    return dir;
  };

  const locate: TfLocator = (instance) => {
    const key = blockKey(instance.mode, instance.type, instance.name);
    const found = candidates
      .map((base) => moduleDir(base, instance.module))
      .filter((dir): dir is string => dir !== undefined)
      .map((dir) => declarations(dir).blocks.get(key))
      .filter((l): l is SourceLocation => l !== undefined);
    return found.length === 1 ? found[0] : undefined;
  };
  return candidates.length === 1 ? { locate, root: candidates[0] as string } : { locate };
}

function blockKey(mode: string, type: string, name: string): string {
  return `${mode === 'data' ? 'data' : 'resource'}.${type}.${name}`;
}

function collect(file: string, text: string, into: Map<string, SourceLocation>): void {
  const lines = new LineCounter(text);
  blockHead.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = blockHead.exec(text)) !== null) {
    const [whole, kind = '', first = '', second] = match;
    const key = kind === 'module' ? `module.${first}` : second ? `${kind}.${first}.${second}` : undefined;
    const { line } = lines.at(match.index);
    const column = whole.length - whole.trimStart().length + 1;
    if (key && !into.has(key)) into.set(key, { file, line, column });
  }
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Joins a relative module source onto a directory, resolving `.` and `..`; undefined above the root. */
function join(dir: string, source: string): string | undefined {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of source.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
