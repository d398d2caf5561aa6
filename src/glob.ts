/**
 * Path globs for `exclude`, relative to the scan root with `/` separators: `*` and `?` stay inside
 * one path segment, `**` spans segments, `[abc]` and `{a,b}` work as in shells. A pattern without
 * a `/` matches a name at any depth (`*.bak`, `legacy`), as in .gitignore; one with a `/` is
 * anchored at the root (`legacy/**`, `infra/old/*.yaml`).
 */
export function pathGlob(pattern: string): RegExp {
  let p = pattern.trim().replace(/\\/g, '/');
  if (p.startsWith('./')) p = p.slice(2);
  if (p.endsWith('/')) p = p.slice(0, -1);
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const body = translate(p);
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`);
}

function translate(p: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        i++;
        if (atStart && p[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = p.indexOf(']', i + 1);
      if (end === -1) {
        out += '\\[';
      } else {
        let cls = p.slice(i + 1, end);
        if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        out += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else {
      out += c.replace(/[.+^$()|\\{}]/g, '\\$&');
    }
  }
  return out + ')'.repeat(braces);
}

/** Whether a relative path, or any folder above it, matches one of the globs. */
export function isExcluded(relativePath: string, globs: readonly RegExp[]): boolean {
  if (globs.length === 0) return false;
  const parts = relativePath.split('/');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('/');
    if (globs.some((g) => g.test(prefix))) return true;
  }
  return false;
}
