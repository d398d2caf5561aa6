import { lstat, readdir, realpath, stat } from 'node:fs/promises';
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
  const rootReal = await realpath(rootAbs).catch(() => rootAbs);
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

  const walkDir = async (abs: string, real: string, boundary: string): Promise<void> => {
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let names: string[];
    try {
      names = await readdir(abs);
    } catch (error) {
      warnings.push({ code: 'unreadable-folder', message: `${relative(abs)}: ${describe(error)}` });
      return;
    }
    names.sort(compare);
    for (const name of names) {
      if (neverWalked.has(name)) continue;
      const child = path.join(abs, name);
      const rel = relative(child);
      if (isExcluded(rel, globs)) continue;
      let info = await lstat(child).catch(() => undefined);
      if (!info) continue;
      let childReal = path.join(real, name);
      if (info.isSymbolicLink()) {
        const target = await realpath(child).catch(() => undefined);
        if (!target) continue; // a dangling link names nothing to check
        if (!isInside(target, rootReal) && !isInside(target, boundary)) {
          warnings.push({
            code: 'symlink-outside-root',
            message: `${rel}: link leaves the scanned folder; not followed`,
          });
          continue;
        }
        info = await stat(child).catch(() => undefined);
        if (!info) continue;
        childReal = target;
      }
      if (info.isDirectory()) await walkDir(child, childReal, boundary);
      else if (info.isFile()) addFile(child, childReal, info.size, false);
    }
  };

  for (const given of paths) {
    const abs = path.resolve(rootAbs, given);
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new InputError(`path not found: ${given}`);
    const real = await realpath(abs);
    if (info.isDirectory()) await walkDir(abs, real, real);
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

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
}
