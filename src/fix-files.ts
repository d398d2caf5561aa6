import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decode, type Decoded } from './decode.js';
import { fixFile, worsened, type FixOptions } from './fixes/apply/plan.js';
import { unifiedDiff } from './fixes/apply/unified-diff.js';
import { whyNotEditable } from './fixes/apply/editors.js';
import { loadHcl } from './parsers/terraform-source/hcl/index.js';
import type { Report, RoleReport } from './model/report.js';
import type { CheckId } from './model/role.js';

export interface FixRequest {
  /** The folder report paths are relative to. */
  root: string;
  report: Report;
  options: FixOptions;
  /** Print the diff only. */
  dryRun: boolean;
  /** Scans again (same paths and options): the files are re-read and re-checked after writing. */
  rescan: () => Promise<Report>;
}

export interface FixOutcome {
  /** The report after the fixes (the first one for a dry run or when nothing was written). */
  report: Report;
  /** Unified diffs, then one line per role: what was fixed, what was not and why. */
  log: string;
  written: string[];
}

function encode(text: string, encoding: Extract<Decoded, { kind: 'text' }>['encoding']): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom')
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return encoding === 'utf-16le' ? le : le.swap16();
}

const failing = (role: RoleReport): boolean => role.checks.some((c) => c.verdict === 'fail');

/**
 * `--fix` at the CLI edge: plans the edits (pure, src/fixes/apply), prints them as a diff, writes
 * them, scans again and restores any file in which a role still fails or got worse.
 */
export async function fixFiles(request: FixRequest): Promise<FixOutcome> {
  const byFile = new Map<string, RoleReport[]>();
  const lines: string[] = [];
  const notes: string[] = [];
  for (const role of request.report.roles.filter(failing)) {
    const reason = whyNotEditable(role.source);
    if (reason) {
      for (const c of role.checks.filter((c) => c.verdict === 'fail'))
        notes.push(`not fixed: ${role.id} ${c.check}: ${reason}`);
      continue;
    }
    byFile.set(role.location.file, [...(byFile.get(role.location.file) ?? []), role]);
  }

  // The .tf editor needs the HCL reader, which loads asynchronously (once, and only for .tf roles).
  const tf = [...byFile.values()].some((roles) => roles.some((r) => r.source === 'terraform-source'));
  const options: FixOptions = {
    ...request.options,
    ...(tf && { hcl: await loadHcl() }),
    reportRoles: request.report.roles,
  };
  const originals = new Map<string, { bytes: Buffer; fixed: Map<string, CheckId[]> }>();
  for (const [file, roles] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const absolute = path.resolve(request.root, file);
    const bytes = readFileSync(absolute);
    const decoded = decode(bytes);
    if (decoded.kind !== 'text') continue;
    const result = fixFile(file, decoded.text, roles, options);
    for (const role of result.roles) {
      if (role.fixed.length) notes.push(`fixed: ${role.id}: ${role.fixed.join(', ')}`);
      for (const n of role.notFixed) notes.push(`not fixed: ${role.id} ${n.check}: ${n.reason}`);
    }
    if (result.after === result.before) continue;
    lines.push(unifiedDiff(file, result.before, result.after));
    if (request.dryRun) continue;
    writeFileSync(absolute, encode(result.after, decoded.encoding));
    originals.set(file, { bytes, fixed: new Map(result.roles.map((r) => [r.id, r.fixed])) });
  }

  let report = request.report;
  if (originals.size) {
    report = await request.rescan();
    let restored = false;
    for (const [file, original] of originals) {
      const problems = request.report.roles
        .filter((r) => r.location.file === file)
        .map((before) => {
          const after = report.roles.find((r) => r.id === before.id);
          const problem = after
            ? worsened(before, after, original.fixed.get(before.id) ?? [])
            : 'is no longer found';
          return problem && `${before.id}: ${problem}`;
        })
        .filter((p): p is string => p !== undefined);
      if (!problems.length) continue;
      writeFileSync(path.resolve(request.root, file), original.bytes);
      originals.delete(file);
      restored = true;
      notes.push(`restored ${file}: after writing, ${problems.join('; ')}`);
    }
    if (restored) report = await request.rescan();
  }
  const written = [...originals.keys()];
  const summary = request.dryRun
    ? `--dry-run: ${lines.length} file(s) would change; nothing was written.`
    : `${written.length} file(s) changed${written.length ? `: ${written.join(', ')}` : ''}.`;
  // A blank line parts the fix log from the report that follows it.
  return { report, log: [...lines, ...notes.map((n) => `${n}\n`), `${summary}\n\n`].join(''), written };
}
