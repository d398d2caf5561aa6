import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository's top level (the nearest folder upwards holding `.git`, a folder or a worktree's
 * file), where the config is looked for; the start folder itself outside a repository.
 */
export function findRepositoryRoot(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start);
  }
}
