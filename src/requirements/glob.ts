import { compileWildcard } from '../iam/wildcard.js';

/** Config `match:` globs: `*` and `?`, case-insensitive, over logical IDs, addresses and role names. */
export function globMatches(pattern: string, text: string): boolean {
  return compileWildcard(pattern, true).test(text);
}
