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

export function tfLocator(context: ParseContext, root: ModuleConfig): TfLocator | undefined {
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
  let rootDir: string | undefined;
  const planDir = dirname(context.file);
  if (byDir.has(planDir) && score(planDir) > 0) rootDir = planDir;
  else {
    let best = 0;
    for (const dir of [...byDir.keys()].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
      const s = score(dir);
      if (s > best) [best, rootDir] = [s, dir];
    }
  }
  if (rootDir === undefined) return undefined;
  const base = rootDir;

  const moduleDirs = new Map<string, string | undefined>();
  const moduleDir = (module: string): string | undefined => {
    if (moduleDirs.has(module)) return moduleDirs.get(module);
    let dir: string | undefined = base;
    let config: ModuleConfig | undefined = root;
    for (const name of moduleCallPath(module)) {
      const call: ModuleCall | undefined = config?.calls.get(name);
      config = call?.module;
      const source = call?.source;
      dir = dir !== undefined && source && /^\.\.?\//.test(source) ? join(dir, source) : undefined;
    }
    moduleDirs.set(module, dir);
    return dir;
  };

  return (instance) => {
    const dir = moduleDir(instance.module);
    if (dir === undefined) return undefined;
    return declarations(dir).blocks.get(blockKey(instance.mode, instance.type, instance.name));
  };
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
