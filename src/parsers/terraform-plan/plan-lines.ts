import type { SourceLocation } from '../../model/location.js';

/**
 * Lines of resources in the plan JSON text, for findings when the `.tf` source is not scanned.
 * Built on first use by one pass over the `"address": "…"` keys (counting newlines between them),
 * so the cost is linear and nothing is computed for a plan whose roles all point at `.tf` lines.
 */
export function planLines(text: string, file: string): (address: string) => SourceLocation {
  let first: Map<string, SourceLocation> | undefined;
  return (address) => {
    first ??= scan(text, file);
    return first.get(address) ?? { file, line: 1, column: 1 };
  };
}

function scan(text: string, file: string): Map<string, SourceLocation> {
  const found = new Map<string, SourceLocation>();
  const pattern = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  let lineStart = 0;
  // The next newline not yet counted: kept between matches, so a one-line plan (terraform writes
  // compact JSON) is not searched to its end again for every address.
  let nl = text.indexOf('\n');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    while (nl !== -1 && nl < match.index) {
      line++;
      lineStart = nl + 1;
      nl = text.indexOf('\n', nl + 1);
    }
    const raw = match[1] ?? '';
    const address = raw.includes('\\') ? decode(raw) : raw;
    if (address !== undefined && !found.has(address))
      found.set(address, { file, line, column: match.index - lineStart + 1 });
  }
  return found;
}

function decode(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}
