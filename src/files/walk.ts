import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError } from '../model/errors.js';
import type { FileError, Warning } from '../model/report.js';
import { isExcluded, pathGlob } from '../glob.js';

/** Folders that hold no one's infrastructure source. `cdk.out` is walked: it holds synthesized templates. */
const neverWalked = new Set(['.git', 'node_modules', '.terraform']);
/** Files a parser may read as infrastructure. */
const candidateExtensions = ['.yaml', '.yml', '.json', '.template'];
/** Files listed for parsers that look up companions (a plan's `.tf` source lines), never parsed alone. */
const companionExtensions = ['.tf', '.tfvars'];

// Near V8's longest string (2^29 - 24 characters): a 300 MB plan of a large estate is read (issue 7).
export const defaultMaxFileBytes = 500 * 1024 * 1024;

export interface FoundFile {
  /** Relative to the scan root, `/`-separated: what ids and locations use. */
  path: string;
  absolute: string;
  size: number;
  /** false for companions (`.tf`): readable by parsers, not parsed on their own. */
  candidate: boolean;
}

export interface WalkResult {
  /** Sorted by path, each real file once. */
  files: FoundFile[];
  /** Candidate files over the size limit: reported, not read. */
  errors: FileError[];
  warnings: Warning[];
}

export interface WalkOptions {
  exclude: readonly string[];
  maxFileBytes?: number;
}

/**
 * Lists the files under `paths` (files or folders, relative to `root` or absolute). Symbolic
 * links are followed only while they stay inside the root (or the named path), and every real
 * folder is entered once, so link loops end. A path that does not exist is an InputError.
 */
export async function walk(
  root: string,
  paths: readonly string[],
  options: WalkOptions,
): Promise<WalkResult> {
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  const globs = options.exclude.map(pathGlob);
  const rootAbs = path.resolve(root);
  const rootReal = realpathOrUndefined(rootAbs) ?? rootAbs;
  const found: { file: FoundFile; real: string }[] = [];
  const errors: FileError[] = [];
  const warnings: Warning[] = [];
  const visitedDirs = new Set<string>();

  const relative = (abs: string): string => {
    const rel = path.relative(rootAbs, abs).split(path.sep).join('/');
    return rel === '' ? '.' : rel;
  };

  const addFile = (abs: string, real: string, size: number, explicit: boolean): void => {
    const rel = relative(abs);
    const lower = rel.toLowerCase();
    const candidate = explicit || candidateExtensions.some((ext) => lower.endsWith(ext));
    if (!candidate && !companionExtensions.some((ext) => lower.endsWith(ext))) return;
    if (isExcluded(rel, globs)) return;
    if (size > maxFileBytes) {
      // A companion too large to read is simply not offered to parsers.
      if (candidate) {
        errors.push({
          file: rel,
          message: `file is ${size} bytes, over the ${maxFileBytes}-byte size limit: not read`,
        });
      }
      return;
    }
    found.push({ file: { path: rel, absolute: abs, size, candidate }, real });
  };

  // Synchronous calls: the walk is sequential anyway, and a promise per entry costs a thread-pool
  // round trip (most of the walk's time over a tree of small templates).
  const walkDir = (abs: string, real: string, boundary: string): void => {
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      warnings.push({ code: 'unreadable-folder', message: `${relative(abs)}: ${describe(error)}` });
      return;
    }
    entries.sort((a, b) => compare(a.name, b.name));
    for (const entry of entries) {
      const name = entry.name;
      if (neverWalked.has(name)) continue;
      const child = path.join(abs, name);
      const rel = relative(child);
      if (isExcluded(rel, globs)) continue;
      let childReal = path.join(real, name);
      // A folder needs no stat of its own; a file's size and anything else's type come from lstat.
      if (entry.isDirectory()) {
        walkDir(child, childReal, boundary);
        continue;
      }
      let info = statOrUndefined(lstatSync, child);
      if (!info) continue;
      if (info.isSymbolicLink()) {
        const target = realpathOrUndefined(child);
        if (!target) continue; // a dangling link names nothing to check
        if (!isInside(target, rootReal) && !isInside(target, boundary)) {
          warnings.push({
            code: 'symlink-outside-root',
            message: `${rel}: link leaves the scanned folder; not followed`,
          });
          continue;
        }
        info = statOrUndefined(statSync, child);
        if (!info) continue;
        childReal = target;
      }
      if (info.isDirectory()) walkDir(child, childReal, boundary);
      else if (info.isFile()) addFile(child, childReal, info.size, false);
    }
  };

  for (const given of paths) {
    const abs = path.resolve(rootAbs, given);
    const info = statOrUndefined(statSync, abs);
    if (!info) throw new InputError(`path not found: ${given}`);
    const real = realpathSync.native(abs);
    if (info.isDirectory()) walkDir(abs, real, real);
    else if (info.isFile()) addFile(abs, real, info.size, true);
    else throw new InputError(`not a file or folder: ${given}`);
  }

  // One entry per real file, the first name in sorted order winning: a file reached through a
  // link and directly is checked once.
  found.sort((a, b) => compare(a.file.path, b.file.path));
  const seen = new Set<string>();
  const files: FoundFile[] = [];
  for (const { file, real } of found) {
    if (seen.has(real)) continue;
    seen.add(real);
    files.push(file);
  }
  errors.sort((a, b) => compare(a.file, b.file));
  return { files, errors, warnings };
}

/** Code-point order: the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isInside(target: string, folder: string): boolean {
  const rel = path.relative(folder, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function statOrUndefined(read: (p: string) => Stats, p: string): Stats | undefined {
  try {
    return read(p);
  } catch {
    return undefined;
  }
}

function realpathOrUndefined(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
}
