import type { Report } from '../model/report.js';
import type { InlineWaiver } from '../model/waiver.js';
import { parseFile } from '../parsers/index.js';
import { roleKey } from '../report/findings.js';
import { waiverCommentsIn } from './terraform-comment.js';

/** What identifies a waiver across commits: its checks, actions, reason and expiry (not its line). */
function signature(w: Pick<InlineWaiver, 'checks' | 'actions' | 'reason' | 'expires'>): string {
  return JSON.stringify([
    [...w.checks].sort(),
    [...(w.actions ?? [])].sort(),
    w.reason ?? '',
    w.expires ?? '',
  ]);
}

/**
 * The inline waivers a file's base version holds: per role key (CloudFormation Metadata, through the
 * same parser), and `*` for waiver comments anywhere in it (Terraform source). Pure.
 */
export function baseWaivers(text: string, file: string, parameters: Record<string, string>): Set<string> {
  const found = new Set<string>();
  let parsed;
  try {
    parsed = parseFile(text, { file, parameters });
  } catch {
    parsed = null;
  }
  for (const role of parsed?.roles ?? [])
    for (const w of role.inlineWaivers ?? []) found.add(`${role.key}\u0000${signature(w)}`);
  for (const w of waiverCommentsIn(text, file)) found.add(`*\u0000${signature(w)}`);
  return found;
}

/** Files whose base version decides which applied inline waivers the pull request adds. */
export function inlineWaiverFiles(report: Report): string[] {
  const files = report.roles.flatMap((r) =>
    r.checks.filter((c) => c.waiver?.source === 'inline').map((c) => c.waiver!.location.file),
  );
  return [...new Set(files)].sort();
}

/**
 * Marks each applied inline waiver that its file's base version does not hold (a new file, or a new
 * or changed waiver) as `addedByPullRequest`. `baseTexts` maps a file to its base text (undefined:
 * absent at the base). Mutates the report's waivers.
 */
export function markAddedWaivers(
  report: Report,
  baseTexts: ReadonlyMap<string, string | undefined>,
  parameters: Record<string, string>,
): void {
  const atBase = new Map<string, Set<string>>();
  for (const [file, text] of baseTexts)
    atBase.set(file, text === undefined ? new Set() : baseWaivers(text, file, parameters));
  for (const role of report.roles)
    for (const check of role.checks) {
      const w = check.waiver;
      if (w?.source !== 'inline') continue;
      const known = atBase.get(w.location.file);
      if (!known) continue;
      const sig = signature({ ...w.written, reason: w.reason, expires: w.expires });
      if (!known.has(`${roleKey(role)}\u0000${sig}`) && !known.has(`*\u0000${sig}`))
        w.addedByPullRequest = true;
    }
}
