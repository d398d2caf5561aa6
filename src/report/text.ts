import type { SourceLocation } from '../model/location.js';
import type { CheckResult, Report, RoleReport } from '../model/report.js';
import type { Verdict } from '../model/verdict.js';
import { notVeeamNotice, waivedChecks, waiverPlace } from './waived.js';
import { findingsOf } from './findings.js';

export interface TextOptions {
  /** ANSI colours on verdict labels; the CLI sets it only for a TTY without NO_COLOR. */
  colour?: boolean;
  /** The gate's decision line, appended after the summary. */
  outcome?: { verdict: Verdict; reason: string };
  /** Failing and unknown roles only, no warnings (--quiet). */
  quiet?: boolean;
  /** One line per finding, `file:line:column: LEVEL title: message` (--compact). */
  compact?: boolean;
}

const labels: Record<Verdict, string> = { pass: 'PASS', fail: 'FAIL', unknown: 'UNKNOWN' };
const colours: Record<Verdict, string> = { pass: '\u001b[32m', fail: '\u001b[31m', unknown: '\u001b[33m' };

/** The human report: one block per checked role, then file errors, warnings and a summary. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const label = (v: Verdict): string => {
    const text = labels[v].padEnd(7);
    return options.colour ? `${colours[v]}${text}\u001b[0m` : text;
  };
  const out: string[] = [];
  if (options.compact) return compactText(report, options, label);
  for (const role of report.roles) {
    if (options.quiet && role.verdict === 'pass') continue;
    out.push(...roleBlock(role, label), '');
  }

  if (report.errors.length > 0) {
    out.push('Errors (each fails the gate):');
    for (const e of report.errors) {
      const where = [e.file, e.line, e.line !== undefined ? e.column : undefined].filter(
        (x) => x !== undefined,
      );
      out.push(`  ${where.join(':')}  ${e.message}`);
    }
    out.push('');
  }
  if (report.warnings.length > 0 && !options.quiet) {
    out.push('Warnings:');
    for (const w of report.warnings) {
      out.push(`  ${w.location ? `${at(w.location)}  ` : ''}${w.message} [${w.code}]`);
    }
    out.push('');
  }
  out.push(...exceptions(report));
  out.push(summaryLine(report));
  if (options.outcome) out.push(`Gate: ${label(options.outcome.verdict).trim()}: ${options.outcome.reason}`);
  return `${out.join('\n')}\n`;
}

function compactText(report: Report, options: TextOptions, label: (v: Verdict) => string): string {
  const level = { fail: label('fail'), unknown: label('unknown'), advice: 'ADVICE ' };
  const lines = findingsOf(report)
    .filter((f) => !(options.quiet && f.severity === 'advice'))
    .map((f) => {
      const where = [f.file, f.line, f.line !== undefined ? f.column : undefined].filter(
        (x) => x !== undefined,
      );
      return `${where.join(':')}: ${level[f.severity].trim()} ${oneLine(f.title)}: ${oneLine(f.message)}${f.check ? accepted(f.check) : ''}`;
    });
  lines.push(summaryLine(report));
  if (options.outcome)
    lines.push(`Gate: ${label(options.outcome.verdict).trim()}: ${options.outcome.reason}`);
  return `${lines.join('\n')}\n`;
}

function roleBlock(role: RoleReport, label: (v: Verdict) => string): string[] {
  const lines: string[] = [];
  const name = role.name && role.name !== role.id.split('#').pop() ? ` (${role.name})` : '';
  lines.push(`${label(role.verdict)} ${role.id}${name}`);
  lines.push(
    `        ${role.kind}, Veeam Backup for AWS ${role.veeamVersion}, ${role.source}, at ${at(role.location)}; selected: ${role.selectedBy}`,
  );
  const width = Math.max(...role.checks.map((c) => c.check.length));
  for (const check of role.checks) {
    lines.push(
      `  ${label(check.verdict)} ${check.check.padEnd(width)}  ${oneLine(check.message)}${check.location ? `  (${at(check.location)})` : ''}${accepted(check)}`,
    );
    if (check.verdict === 'pass') continue;
    lines.push(...details(check));
  }
  return lines;
}

function details(check: CheckResult): string[] {
  const pad = ' '.repeat(12);
  const lines: string[] = [];
  if (check.missingActions && check.missingActions.length > 0) {
    lines.push(`${pad}missing (${check.missingActions.length}): ${check.missingActions.join(', ')}`);
  }
  if (check.unprovenActions && check.unprovenActions.length > 0) {
    lines.push(`${pad}not proven (${check.unprovenActions.length}): ${check.unprovenActions.join(', ')}`);
  }
  for (const note of check.notes ?? []) lines.push(`${pad}note: ${note}`);
  if (check.fix) {
    lines.push(`${pad}fix: ${check.fix.description}`);
    for (const line of check.fix.text.replace(/\n+$/, '').split('\n')) lines.push(`${pad}  ${line}`);
  }
  return lines;
}

/** The mark of a check the gate does not count: waived (until when) or recorded in the baseline. */
function accepted(check: CheckResult): string {
  if (check.waiver)
    return `  [waived${check.waiver.actions ? ` for ${check.waiver.actions.join(', ')}` : ''} until ${check.waiver.expires}]`;
  return check.baseline ? '  [in the baseline]' : '';
}

/** Issue 13: roles not checked, waived checks, and what the baseline accepts and no longer needs. */
function exceptions(report: Report): string[] {
  const out: string[] = [];
  const skipped = (report.skipped ?? []).filter((s) => s.reason !== 'not-veeam');
  const notice = notVeeamNotice(report);
  if (skipped.length || notice) {
    out.push('Not checked:');
    for (const s of skipped) out.push(`  ${at(s.location)}  ${s.id}: ${s.detail}`);
    if (notice) out.push(`  ${notice.replace(/`/g, '')}`);
    out.push('');
  }
  const waived = waivedChecks(report);
  if (waived.length) {
    out.push('Waived (the gate ignores these):');
    for (const w of waived) {
      const soon = w.expiresSoon ? ` (expires in ${w.waiver.daysLeft} days)` : '';
      const ticket = w.waiver.ticket ? `; ticket ${w.waiver.ticket}` : '';
      const added = w.waiver.addedByPullRequest ? '; added by this pull request' : '';
      out.push(
        `  ${w.role.id} ${w.check.check}: ${w.waiver.reason}; expires ${w.waiver.expires}${soon}${ticket}; ${waiverPlace(w.waiver)}${added}`,
      );
    }
    out.push('');
  }
  if (report.baseline) {
    const held = report.roles.flatMap((r) =>
      r.checks.filter((c) => c.baseline).map((c) => `${r.id} ${c.check}`),
    );
    out.push(
      `Baseline ${report.baseline.file}: ${held.length} recorded finding${held.length === 1 ? '' : 's'} accepted.`,
    );
    if (report.baseline.fixed.length) {
      out.push('  Fixed since the baseline (remove these entries):');
      for (const e of report.baseline.fixed) out.push(`    ${e.role} ${e.check}`);
    }
    out.push('');
  }
  return out;
}

function summaryLine(report: Report): string {
  const s = report.summary;
  const n = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
  return (
    `Summary: ${n(s.files, 'file')}${s.filesWithoutIam ? ` (${s.filesWithoutIam} naming no IAM type, not parsed)` : ''}, ${n(s.iamRoles, 'IAM role')}, ${n(s.workerRoles, 'Veeam role')} checked: ` +
    `${s.pass} pass, ${s.fail} fail, ${s.unknown} unknown${s.accepted ? `, ${s.accepted} accepted (waived or in the baseline)` : ''}; ${n(s.errors, 'error')}.`
  );
}

function at(l: SourceLocation): string {
  return `${l.file}:${l.line}:${l.column}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
