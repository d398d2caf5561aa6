import type { CheckResult, Report, RoleReport } from '../model/report.js';
import type { Verdict } from '../model/verdict.js';
import { compareChecks } from './check-info.js';
import { roleKey, unsaid } from './findings.js';

/** Hidden first line of the sticky PR comment: how the action finds its own comment again. */
export const commentMarker = '<!-- veeam-iam-gate:sticky-comment -->';

/** GitHub's limits: an issue comment body (characters) and a step summary (bytes). */
export const commentLimit = 65_536;
export const summaryLimit = 1024 * 1024;

export interface MarkdownOptions {
  /** 'comment' starts with the hidden marker and keeps within 65,536; 'summary' within 1 MiB. */
  target: 'comment' | 'summary';
  /** Lines said under the headline: a changed config file, annotations not shown, refused writes. */
  notes?: string[];
  /** Link file:line to this blob URL prefix (e.g. `https://github.com/o/r/blob/<sha>/`). */
  blobUrl?: string;
  /** Overrides the limit of the target (tests). Measured in UTF-8 bytes, never more than GitHub counts. */
  maxBytes?: number;
}

const icon: Record<Verdict, string> = { pass: '✅', fail: '❌', unknown: '⚠️' };

/** The PR comment or job summary: headline, table of worker roles, what fails and the fix. Pure. */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const limit = options.maxBytes ?? (options.target === 'comment' ? commentLimit : summaryLimit);
  const head = [
    ...(options.target === 'comment' ? [commentMarker] : []),
    `### ${headline(report)}`,
    '',
    counts(report),
    ...(options.notes?.length ? ['', ...options.notes.map((note) => `> ${inline(note)}`)] : []),
  ].join('\n');
  const footer = footerOf(report);

  // Parts are added by priority until the budget is spent; what is left out is counted in a note.
  const reserve = 400;
  let budget = limit - bytes(head) - bytes(footer) - reserve;
  const take = (items: string[]): { kept: string[]; dropped: number } => {
    const kept: string[] = [];
    let dropped = 0;
    for (const item of items) {
      const size = bytes(item) + 2;
      if (size <= budget) {
        kept.push(item);
        budget -= size;
      } else dropped++;
    }
    return { kept, dropped };
  };
  const tableHead = '| Role | Where | Verdict | What fails |\n| --- | --- | --- | --- |';
  budget -= report.roles.length ? bytes(tableHead) + 2 : 0;
  const rows = take(report.roles.map((role) => tableRow(role, options.blobUrl)));
  const errors = take(
    report.errors.map((e) => `- ${place(e.file, e.line, options.blobUrl)}: ${inline(e.message)}`),
  );
  const warnings = take(
    report.warnings.map((w) => {
      const where = w.location ? ` (${place(w.location.file, w.location.line, options.blobUrl)})` : '';
      return `- **${inline(w.code)}**${where}: ${inline(w.message)}`;
    }),
  );
  const sections = take(
    report.roles.filter((role) => role.verdict !== 'pass').map((role) => roleSection(role, options.blobUrl)),
  );

  const blocks = [head];
  if (rows.kept.length) blocks.push([tableHead, ...rows.kept].join('\n'));
  if (errors.kept.length)
    blocks.push(['#### Files that could not be checked', '', ...errors.kept].join('\n'));
  blocks.push(...sections.kept);
  if (warnings.kept.length) blocks.push(['#### Warnings', '', ...warnings.kept].join('\n'));
  const left = [
    [rows.dropped, 'table rows'],
    [errors.dropped, 'unreadable files'],
    [sections.dropped, 'role details'],
    [warnings.dropped, 'warnings'],
  ].filter(([n]) => (n as number) > 0);
  if (left.length) {
    const what = left.map(([n, label]) => `${n} ${label}`).join(', ');
    const where = options.target === 'comment' ? 'the job summary and the JSON report' : 'the JSON report';
    blocks.push(`> **Truncated** to GitHub's size limit: ${what} not shown. See ${where} for everything.`);
  }
  blocks.push(footer);
  return blocks.join('\n\n') + '\n';
}

/** One line that says how the gate went, e.g. "❌ Veeam IAM gate: 1 of 2 worker roles fail". */
export function headline(report: Report): string {
  const { workerRoles, fail, unknown, errors } = report.summary;
  if (errors > 0 && workerRoles === 0)
    return `${icon.fail} Veeam IAM gate: ${plural(errors, 'file')} could not be checked`;
  if (workerRoles === 0) return `ℹ️ Veeam IAM gate: no Veeam worker role found`;
  if (fail > 0) return `${icon.fail} Veeam IAM gate: ${fail} of ${plural(workerRoles, 'worker role')} fail`;
  if (errors > 0) return `${icon.fail} Veeam IAM gate: ${plural(errors, 'file')} could not be checked`;
  if (unknown > 0)
    return `${icon.unknown} Veeam IAM gate: ${unknown} of ${plural(workerRoles, 'worker role')} cannot be proven`;
  return `${icon.pass} Veeam IAM gate: ${workerRoles === 1 ? 'the worker role passes' : `all ${workerRoles} worker roles pass`}`;
}

function counts(report: Report): string {
  const s = report.summary;
  const seen = `${plural(s.iamRoles, 'IAM role')} in ${plural(s.files, 'file')}`;
  const versions = [...new Set(report.roles.map((r) => r.veeamVersion))].sort();
  const against = versions.length ? ` against Veeam Backup for AWS ${versions.join(', ')}` : '';
  let text =
    s.workerRoles === 0
      ? `Saw ${seen}; none is a Veeam worker role (a \`roles:\` entry of the config, a \`veeam:role\` tag, or a name containing "worker").`
      : `Checked ${plural(s.workerRoles, 'worker role')} out of ${seen}${against}: ${s.pass} pass, ${s.fail} fail, ${s.unknown} unknown.`;
  if (s.errors > 0) text += ` ${plural(s.errors, 'file')} could not be checked, which fails the gate.`;
  return text;
}

function tableRow(role: RoleReport, blobUrl: string | undefined): string {
  const name = role.name && role.name !== roleKey(role) ? ` (${code(role.name)})` : '';
  const failing = sortedChecks(role)
    .filter((c) => c.verdict !== 'pass')
    .map(
      (c) =>
        `${icon[c.verdict]} ${c.check}${c.missingActions?.length ? `: ${plural(c.missingActions.length, 'action')} missing` : ''}`,
    );
  return [
    '',
    `${code(roleKey(role))}${name}`,
    place(role.location.file, role.location.line, blobUrl),
    `${icon[role.verdict]} ${role.verdict}`,
    failing.length ? failing.join('<br>') : 'nothing',
    '',
  ]
    .join(' | ')
    .trim();
}

function roleSection(role: RoleReport, blobUrl: string | undefined): string {
  const lines = [
    `#### ${icon[role.verdict]} ${code(roleKey(role))} in ${place(role.location.file, role.location.line, blobUrl)}`,
    '',
    `Checked as ${inline(role.kind)} for Veeam Backup for AWS ${inline(role.veeamVersion)}; selected because ${inline(role.selectedBy)}.`,
    '',
  ];
  for (const check of sortedChecks(role)) {
    if (check.verdict === 'pass') continue;
    const where = check.location ? ` (${place(check.location.file, check.location.line, blobUrl)})` : '';
    lines.push(`- ${icon[check.verdict]} **${check.check}**${where}: ${inline(check.message)}`);
    if (unsaid(check.message, check.missingActions))
      lines.push(`  Missing actions: ${check.missingActions!.map(code).join(', ')}`);
    if (unsaid(check.message, check.unprovenActions))
      lines.push(`  Not proven: ${check.unprovenActions!.map(code).join(', ')}`);
    for (const note of check.notes ?? []) lines.push(`  Note: ${inline(note)}`);
    if (check.fix) lines.push(...fixBlock(check));
  }
  return lines.join('\n');
}

function fixBlock(check: CheckResult): string[] {
  const fix = check.fix!;
  const language = fix.format.endsWith('yaml') ? 'yaml' : fix.format.endsWith('hcl') ? 'hcl' : 'json';
  // A fence longer than any backtick run in the snippet cannot be closed by it.
  const longest = Math.max(0, ...[...fix.text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [
    '',
    `  <details><summary>Fix: ${inline(fix.description)}</summary>`,
    '',
    `  ${fence}${language}`,
    ...fix.text
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => `  ${line}`),
    `  ${fence}`,
    '',
    '  </details>',
  ];
}

function footerOf(report: Report): string {
  const unknownNote = report.summary.unknown
    ? ' `unknown` means the files cannot prove the requirement: it fails the gate unless `on-unknown: warn`.'
    : '';
  return `<sub>veeam-iam-gate: Veeam Backup for AWS worker role requirements.${unknownNote}</sub>`;
}

function sortedChecks(role: RoleReport): CheckResult[] {
  return [...role.checks].sort((a, b) => compareChecks(a.check, b.check));
}

function place(file: string, line: number | undefined, blobUrl: string | undefined): string {
  const label = code(line ? `${file}:${line}` : file);
  if (!blobUrl) return label;
  const url = blobUrl + file.split('/').map(encodeURIComponent).join('/') + (line ? `#L${line}` : '');
  return `[${label}](${url})`;
}

/** Text from scanned files, safe inside a table cell or a paragraph: no HTML, no Markdown, one line. */
function inline(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1');
}

/** A code span; a value holding a backtick falls back to escaped text. Pipes are escaped for tables. */
function code(text: string): string {
  const oneLine = text.replace(/\r?\n/g, ' ');
  return oneLine.includes('`') ? inline(oneLine) : `\`${oneLine.replace(/\|/g, '\\|')}\``;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
