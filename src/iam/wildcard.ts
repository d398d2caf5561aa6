/**
 * IAM wildcard matching: `*` is any run of characters (colons and slashes included), `?` exactly one.
 * Compiled patterns are cached: the same few patterns are matched against every required action.
 */
const cache = new Map<string, RegExp>();

export function compileWildcard(pattern: string, caseInsensitive: boolean): RegExp {
  const cacheKey = (caseInsensitive ? 'i:' : 's:') + pattern;
  let re = cache.get(cacheKey);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\*?]/g, (c) =>
      c === '*' ? '.*' : c === '?' ? '.' : `\\${c}`,
    );
    re = new RegExp(`^${body}$`, caseInsensitive ? 'is' : 's');
    if (cache.size > 10_000) cache.clear();
    cache.set(cacheKey, re);
  }
  return re;
}

/** Action names are case-insensitive in IAM (`SSM:getparameter` is `ssm:GetParameter`). */
export function actionMatches(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  return compileWildcard(pattern, true).test(action);
}

/** True when a resource pattern matches every resource: it is made of wildcards only. */
export function coversEveryResource(pattern: string): boolean {
  return /^\*+$/.test(pattern);
}
