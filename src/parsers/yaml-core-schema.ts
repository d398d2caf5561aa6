import type { LScalar } from './located.js';

/** Plain scalars starting with one of these may resolve to something other than a string. */
const maybeNotString = /^[-+.0-9~nNtTfF]/;

/**
 * What a plain (unquoted) YAML scalar means under the YAML 1.2 core schema, in the order and with
 * the tests and conversions the `yaml` package uses: null, booleans, integers (octal, decimal,
 * hex), floats, else the string itself. The event reader resolves plain scalars with it; the fix
 * writer quotes a string exactly when its plain form would read as something else.
 */
export function plainValue(s: string): LScalar['value'] {
  if (s.length === 0) return null;
  if (!maybeNotString.test(s)) return s;
  if (/^(?:~|[Nn]ull|NULL)$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}
