import type { SourceLocation } from '../model/location.js';
import type { InlineWaiver } from '../model/waiver.js';
import type { Role } from '../model/role.js';

const marker = 'veeam-iam-gate:waive';

/**
 * Reads one `# veeam-iam-gate:waive CHECK[,CHECK] [actions=a,b] reason="…" expires=YYYY-MM-DD
 * [ticket=…]` comment (`//` works too). Undefined when the line is not such a comment; a waiver with
 * `problem` set when it is one but cannot be read. Pure: the Terraform readers call it on source lines.
 */
export function parseWaiverComment(line: string, location: SourceLocation): InlineWaiver | undefined {
  const comment = /^\s*(?:#|\/\/)\s*veeam-iam-gate:waive\b(.*)$/.exec(line);
  if (!comment) return undefined;
  const rest = comment[1] ?? '';
  const fields: Record<string, string> = {};
  const words: string[] = [];
  const token = /\s*(?:([A-Za-z-]+)=(?:"((?:[^"\\]|\\.)*)"|(\S+))|(\S+))/y;
  let at = 0;
  while (at < rest.length) {
    if (/^\s*$/.test(rest.slice(at))) break;
    token.lastIndex = at;
    const m = token.exec(rest);
    if (!m) break;
    at = token.lastIndex;
    if (m[1] !== undefined) {
      const key = m[1].toLowerCase();
      if (key in fields) return broken(location, `'${key}' is given twice`);
      if (m[2] === undefined && m[3]?.startsWith('"'))
        return broken(location, `unterminated quoted value of ${key}`);
      fields[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    } else if (m[4] !== undefined) {
      if (m[4].startsWith('"') || /^[A-Za-z-]+="/.test(m[4]))
        return broken(location, `unterminated quoted value near ${m[4]}`);
      words.push(m[4]);
    }
  }
  const unknown = Object.keys(fields).filter((k) => !['reason', 'expires', 'ticket', 'actions'].includes(k));
  if (unknown.length)
    return broken(location, `unknown field ${unknown.join(', ')} (known: reason, expires, ticket, actions)`);
  const checks = words.flatMap((w) => w.split(',')).filter(Boolean);
  if (checks.length === 0)
    return broken(location, `name the check(s) to waive after ${marker} (e.g. permissions, or all)`);
  const waiver: InlineWaiver = { checks, location };
  if (fields.actions !== undefined)
    waiver.actions = fields.actions
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
  if (fields.reason !== undefined) waiver.reason = fields.reason;
  if (fields.expires !== undefined) waiver.expires = fields.expires;
  if (fields.ticket !== undefined) waiver.ticket = fields.ticket;
  return waiver;
}

function broken(location: SourceLocation, problem: string): InlineWaiver {
  return { checks: [], location, problem: `${marker} comment: ${problem}` };
}

/**
 * The waiver comments in the block of comment lines directly above line `line` (1-based) of a
 * Terraform file: where `resource "aws_iam_role" …` starts. A blank or code line ends the block.
 */
export function waiversAbove(text: string, file: string, line: number): InlineWaiver[] {
  const lines = text.split(/\r?\n/);
  const found: InlineWaiver[] = [];
  for (let i = line - 2; i >= 0; i--) {
    const source = lines[i] ?? '';
    if (!/^\s*(#|\/\/)/.test(source)) break;
    const column = source.search(/\S/) + 1;
    const waiver = parseWaiverComment(source, { file, line: i + 1, column });
    if (waiver) found.unshift(waiver);
  }
  return found;
}

/**
 * Both Terraform readers (plan and `.tf` source): the waiver comments above each role's resource
 * block, when the role points at its `.tf` file and that file can be read.
 */
export function addWaiverComments(
  roles: Role[],
  readFile: ((path: string) => string | undefined) | undefined,
): void {
  for (const role of roles) {
    if (!role.location.file.endsWith('.tf')) continue;
    const source = readFile?.(role.location.file);
    const waivers = source ? waiversAbove(source, role.location.file, role.location.line) : [];
    if (waivers.length) role.inlineWaivers = waivers;
  }
}

/** Every waiver comment of a file, wherever it stands (to compare a file with its base version). */
export function waiverCommentsIn(text: string, file: string): InlineWaiver[] {
  return text
    .split(/\r?\n/)
    .map((source, i) => parseWaiverComment(source, { file, line: i + 1, column: source.search(/\S/) + 1 }))
    .filter((w): w is InlineWaiver => w !== undefined);
}
