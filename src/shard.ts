import { InputError } from './model/errors.js';

/** One of `count` parts of a scan (`--shard index/count`, 1-based), for matrix jobs (issue 7). */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `N/M` (1 ≤ N ≤ M); anything else is the user's mistake, named in an InputError. */
export function parseShard(text: string, option = '--shard'): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new InputError(`${option} '${text}': expected N/M with 1 ≤ N ≤ M, e.g. 2/4`);
  }
  return { index, count };
}

/**
 * Whether a file (path relative to the scan root) belongs to this shard: FNV-1a of the path, mod
 * M. It depends on the path alone, so every job of a matrix computes the same partition, each file
 * (and each error about it) lands in exactly one shard, and adding a file moves no other file.
 */
export function inShard(file: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) {
    hash ^= file.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shard.count === shard.index - 1;
}
