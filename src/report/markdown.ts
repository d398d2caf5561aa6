import type { CheckResult, Report, RoleReport } from '../model/report.js';
import type { Verdict } from '../model/verdict.js';
import { compareChecks } from './check-info.js';
import { roleKey, unsaid } from './findings.js';
import { expiresSoonDays, notVeeamNotice, waivedChecks, type WaivedCheck } from './waived.js';

/** Hidden first line of the sticky PR comment: how the action finds its own comment again. */
export const commentMarker = '<!-- veeam-iam-gate:sticky-comment -->';

/**
 * The marker of the comment kept for one `comment-key` (a matrix of roots keeps one comment each).
 * The key is reduced to characters that cannot end the HTML comment.
 */
export function keyedMarker(key: string | undefined): string {
  const safe = (key ?? '')
    .replace(/[^\w./:@() -]/g, '_')
    .replace(/-{2,}/g, '-')
    .trim();
  return safe ? `<!-- veeam-iam-gate:sticky-comment key=${safe} -->` : commentMarker;
}

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
  /** The workflow run, linked from the comment: its log and artifacts hold the full reports. */
  runUrl?: string;
  /** The comment's key (input `comment-key`), carried in its hidden marker. */
  commentKey?: string;
  /** Overrides the limit of the target (tests). Measured in UTF-8 bytes, never more than GitHub counts. */
  maxBytes?: number;
}

const icon: Record<Verdict, string> = { pass: '✅', fail: '❌', unknown: '⚠️' };

/**
 * The PR comment or job summary. What a reviewer needs first survives the size limit first:
 * the headline, the failing roles' findings and fixes (one fix block shared by roles that need the
 * same change), unreadable files, the table (passing roles in one line), then the warnings,
 * collapsed and grouped by code. What is left out is counted. Pure.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const limit = options.maxBytes ?? (options.target === 'comment' ? commentLimit : summaryLimit);
  const link = (file: string, line?: number) => place(file, line, options.blobUrl);
  const head = [
    ...(options.target === 'comment' ? [keyedMarker(options.commentKey)] : []),
    `### ${headline(report)}`,
    '',
    counts(report),
    ...(options.runUrl
      ? [
          '',
          `[The workflow run](${options.runUrl}): its log has the text report, its artifacts the JSON and SARIF reports when uploaded.`,
        ]
      : []),
    ...(options.notes?.length ? ['', ...options.notes.map((note) => `> ${inline(note)}`)] : []),
  ].join('\n');
  const footer = footerOf(report);

  // Parts are taken by priority until the budget is spent; what is left out is counted in a note.
  const reserve = 400;
  let budget = limit - bytes(head) - bytes(footer) - reserve;
  const take = (items: string[], headingBytes = 0): { kept: string[]; dropped: number } => {
    const kept: string[] = [];
    let dropped = 0;
    for (const item of items) {
      const size = bytes(item) + 2 + (kept.length ? 0 : headingBytes);
      if (size <= budget) {
        kept.push(item);
        budget -= size;
      } else dropped++;
    }
    return { kept, dropped };
  };

  const groups = sharedFindings(report);
  const grouped = new Set(groups.flatMap((g) => g.members.map((m) => m.check)));
  const shared = take(groups.map((g) => groupSection(g, link)));
  const sections = take(
    report.roles
      .filter((role) => role.checks.some((c) => c.verdict !== 'pass' && !grouped.has(c)))
      .map((role) => roleSection(role, grouped, groups, link)),
  );
  const errorsHeading = '#### Files that could not be checked\n\n';
  const errors = take(
    report.errors.map((e) => `- ${link(e.file, e.line)}: ${inline(e.message)}`),
    bytes(errorsHeading),
  );
  const tableHead = '| Role | Where | Verdict | What fails |\n| --- | --- | --- | --- |';
  const failingRoles = report.roles.filter((role) => role.verdict !== 'pass');
  const rows = take(
    failingRoles.map((role) => tableRow(role, link)),
    bytes(tableHead),
  );
  const passingRoles = report.roles.filter((role) => role.verdict === 'pass');
  const passingLine = take(passingRoles.length ? [passingSummary(passingRoles)] : []);
  const warningsHead = `<details><summary>Warnings (${report.warnings.length})</summary>\n\n`;
  const exceptions = take(exceptionBlocks(report, link));
  const warnings = take(warningLines(report, link), bytes(warningsHead) + 12);

  const blocks = [head];
  if (errors.kept.length) blocks.push(errorsHeading + errors.kept.join('\n'));
  blocks.push(...shared.kept, ...sections.kept);
  if (rows.kept.length) blocks.push([tableHead, ...rows.kept].join('\n'));
  blocks.push(...passingLine.kept);
  blocks.push(...exceptions.kept);
  if (warnings.kept.length) blocks.push(`${warningsHead}${warnings.kept.join('\n')}\n\n</details>`);
  const left = [
    [shared.dropped + sections.dropped, 'role details'],
    [errors.dropped, 'unreadable files'],
    [rows.dropped + passingLine.dropped, 'table rows'],
    [exceptions.dropped, 'waiver, baseline or not-checked lists'],
    [warnings.dropped, 'warning groups'],
  ].filter(([n]) => (n as number) > 0);
  if (left.length) {
    const what = left.map(([n, label]) => `${n} ${label}`).join(', ');
    const where = options.target === 'comment' ? 'the job summary and the JSON report' : 'the JSON report';
    blocks.push(`> **Truncated** to GitHub's size limit: ${what} not shown. See ${where} for everything.`);
  }
  blocks.push(footer);
  return blocks.join('\n\n') + '\n';
}

type Link = (file: string, line?: number) => string;

/** One non-passing check of one role. */
interface Member {
  role: RoleReport;
  check: CheckResult;
}

/** Checks of several roles that fail the same way and take the same fix, but for the role's name. */
interface SharedFinding {
  members: Member[];
}

/** Groups non-passing checks whose message and fix are the same once the role's own names are masked. */
function sharedFindings(report: Report): SharedFinding[] {
  const byKey = new Map<string, Member[]>();
  for (const role of report.roles)
    for (const check of sortedChecks(role)) {
      if (check.verdict === 'pass') continue;
      const mask = masker(role);
      const key = [
        check.check,
        check.verdict,
        mask(check.message),
        (check.missingActions ?? []).join(','),
        (check.unprovenActions ?? []).join(','),
        check.fix ? `${check.fix.format}|${mask(check.fix.description)}|${mask(check.fix.text)}` : '',
      ].join('\u0001');
      byKey.set(key, [...(byKey.get(key) ?? []), { role, check }]);
    }
  return [...byKey.values()].filter((members) => members.length > 1).map((members) => ({ members }));
}

/** Replaces the role's logical ID / address and name by a placeholder (longest first). */
function masker(role: RoleReport): (text: string) => string {
  const names = [roleKey(role), role.name ?? '']
    .filter((n) => n.length >= 3)
    .sort((a, b) => b.length - a.length);
  return (text) => names.reduce((t, n) => t.split(n).join('\u0000'), text);
}

function groupSection(group: SharedFinding, link: Link): string {
  const [first] = group.members;
  const { check } = first!;
  const n = group.members.length;
  const what =
    check.missingActions?.length && check.verdict === 'fail'
      ? `the same ${plural(check.missingActions.length, 'action')} ${check.missingActions.length === 1 ? 'is' : 'are'} missing in ${n} roles`
      : `${check.verdict === 'fail' ? 'fails' : 'cannot be proven'} the same way in ${n} roles`;
  const lines = [
    `#### ${icon[check.verdict]} ${check.check}: ${what}`,
    '',
    group.members
      .map((m) => `${code(roleKey(m.role))} (${link(m.role.location.file, m.role.location.line)})`)
      .join(', '),
    '',
    `${inline(check.message)}${check.fix ? '' : ` (said for ${code(roleKey(first!.role))})`}`,
  ];
  if (unsaid(check.message, check.missingActions))
    lines.push('', `Missing actions: ${check.missingActions!.map(code).join(', ')}`);
  if (unsaid(check.message, check.unprovenActions))
    lines.push('', `Not proven: ${check.unprovenActions!.map(code).join(', ')}`);
  if (check.fix)
    lines.push(
      ...fixBlock(
        check,
        `for ${code(roleKey(first!.role))}; for each other role, put its own name in place of ${code(roleKey(first!.role))}`,
      ),
    );
  return lines.join('\n');
}

function passingSummary(roles: RoleReport[]): string {
  const shown = 40;
  const names = roles.slice(0, shown).map((r) => code(r.id));
  const more = roles.length > shown ? ` and ${roles.length - shown} more` : '';
  return `${icon.pass} ${roles.length === 1 ? '1 role passes' : `${roles.length} roles pass`}: ${names.join(', ')}${more}.`;
}

/** One line per warning code (and message, once the role's id is taken out), naming where. */
function warningLines(report: Report, link: Link): string[] {
  const groups = new Map<string, { code: string; message: string; places: string[] }>();
  for (const w of report.warnings) {
    // Messages of per-role advice start with the role id: the rest is what they share.
    const rest = w.message.replace(/^\S+#\S+: /, '');
    const key = `${w.code}\u0001${rest}`;
    const group = groups.get(key) ?? { code: w.code, message: rest, places: [] };
    if (w.location) group.places.push(link(w.location.file, w.location.line));
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    const shown = g.places.slice(0, 20);
    const more = g.places.length > shown.length ? ` and ${g.places.length - shown.length} more` : '';
    const where = shown.length
      ? ` (${g.places.length > 1 ? `${g.places.length}×: ` : ''}${shown.join(', ')}${more})`
      : '';
    return `- **${inline(g.code)}**${where}: ${inline(g.message)}`;
  });
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
      ? `Saw ${seen}; none is a Veeam worker role (a \`roles:\` entry of the config, a \`veeam:role\` tag, or a name containing "worker" on a role that something ties to Veeam).`
      : `Checked ${plural(s.workerRoles, 'worker role')} out of ${seen}${against}: ${s.pass} pass, ${s.fail} fail, ${s.unknown} unknown.`;
  if (s.accepted)
    text += ` ${plural(s.accepted, 'role')} ${s.accepted === 1 ? 'fails or is' : 'fail or are'} unknown only in waived or baselined checks, which the gate accepts.`;
  if (s.filesWithoutIam)
    text += ` ${plural(s.filesWithoutIam, 'template')} ${s.filesWithoutIam === 1 ? 'names' : 'name'} no IAM resource type and ${s.filesWithoutIam === 1 ? 'was' : 'were'} not parsed.`;
  if (s.errors > 0) text += ` ${plural(s.errors, 'file')} could not be checked, which fails the gate.`;
  return text;
}

function tableRow(role: RoleReport, link: Link): string {
  const name = role.name && role.name !== roleKey(role) ? ` (${code(role.name)})` : '';
  const failing = sortedChecks(role)
    .filter((c) => c.verdict !== 'pass')
    .map(
      (c) =>
        `${icon[c.verdict]} ${c.check}${c.missingActions?.length ? `: ${plural(c.missingActions.length, 'action')} missing` : ''}${acceptedMark(c)}`,
    );
  return [
    '',
    `${code(roleKey(role))}${name}`,
    link(role.location.file, role.location.line),
    `${icon[role.verdict]} ${role.verdict}`,
    failing.length ? failing.join('<br>') : 'nothing',
    '',
  ]
    .join(' | ')
    .trim();
}

function roleSection(
  role: RoleReport,
  grouped: Set<CheckResult>,
  groups: SharedFinding[],
  link: Link,
): string {
  const lines = [
    `#### ${icon[role.verdict]} ${code(roleKey(role))} in ${link(role.location.file, role.location.line)}`,
    '',
    `Checked as ${inline(role.kind)} for Veeam Backup for AWS ${inline(role.veeamVersion)}; selected because ${inline(role.selectedBy)}.`,
    '',
  ];
  for (const check of sortedChecks(role)) {
    if (check.verdict === 'pass') continue;
    if (grouped.has(check)) {
      const n = groups.find((g) => g.members.some((m) => m.check === check))!.members.length;
      lines.push(
        `- ${icon[check.verdict]} **${check.check}**: as in ${n - 1} other roles, see the shared fix above`,
      );
      continue;
    }
    const where = check.location ? ` (${link(check.location.file, check.location.line)})` : '';
    lines.push(
      `- ${icon[check.verdict]} **${check.check}**${acceptedMark(check)}${where}: ${inline(check.message)}`,
    );
    if (unsaid(check.message, check.missingActions))
      lines.push(`  Missing actions: ${check.missingActions!.map(code).join(', ')}`);
    if (unsaid(check.message, check.unprovenActions))
      lines.push(`  Not proven: ${check.unprovenActions!.map(code).join(', ')}`);
    for (const note of check.notes ?? []) lines.push(`  Note: ${inline(note)}`);
    if (check.fix) lines.push(...fixBlock(check));
  }
  return lines.join('\n');
}

/** How a check the gate does not count is marked: waived (partly) or recorded in the baseline. */
function acceptedMark(check: CheckResult): string {
  if (check.waiver)
    return check.waiver.actions ? ` (${plural(check.waiver.actions.length, 'action')} waived)` : ' (waived)';
  return check.baseline ? ' (in the baseline)' : '';
}

/**
 * Issue 13: the "Waived" table (expiring ones flagged), waivers the pull request adds under their
 * own heading, roles not checked (one notice for worker-named roles nothing ties to Veeam), and
 * what the baseline accepts and no longer needs.
 */
function exceptionBlocks(report: Report, link: Link): string[] {
  const blocks: string[] = [];
  const rowsOf = (list: WaivedCheck[]): string[] =>
    list.map((w) =>
      [
        '',
        code(w.role.id),
        w.check.check + (w.waiver.actions ? `: ${w.waiver.actions.map(code).join(', ')}` : ''),
        inline(w.waiver.reason),
        `${w.waiver.expires}${w.expiresSoon ? ` ⏳ ${w.waiver.daysLeft < 0 ? 'expired' : `in ${plural(w.waiver.daysLeft, 'day')}`}` : ''}`,
        w.waiver.ticket ? inline(w.waiver.ticket) : '',
        `${w.waiver.source} ${link(w.waiver.location.file, w.waiver.location.line)}`,
        '',
      ]
        .join(' | ')
        .trim(),
    );
  const head =
    '| Role | Check | Reason | Expires | Ticket | Written in |\n| --- | --- | --- | --- | --- | --- |';
  const waived = waivedChecks(report);
  const added = waived.filter((w) => w.waiver.addedByPullRequest);
  const kept = waived.filter((w) => !w.waiver.addedByPullRequest);
  if (kept.length) {
    const soon = kept.filter((w) => w.expiresSoon).length;
    const flag = soon
      ? ` ${plural(soon, 'waiver')} ${soon === 1 ? 'expires' : 'expire'} within ${expiresSoonDays} days (⏳).`
      : '';
    blocks.push(
      [
        '#### Waived',
        '',
        `The gate ignores these checks until their waivers expire.${flag}`,
        '',
        head,
        ...rowsOf(kept),
      ].join('\n'),
    );
  }
  if (added.length)
    blocks.push(
      [
        '#### Waivers added by this pull request',
        '',
        'These waivers are written next to the roles in this pull request (not at its base): review them like code.',
        '',
        head,
        ...rowsOf(added),
      ].join('\n'),
    );
  const skipped = (report.skipped ?? []).filter((s) => s.reason !== 'not-veeam');
  const notice = notVeeamNotice(report);
  if (skipped.length || notice)
    blocks.push(
      [
        '#### Not checked',
        '',
        ...skipped.map(
          (s) => `- ${code(s.id)} (${link(s.location.file, s.location.line)}): ${inline(s.detail)}`,
        ),
        ...(notice ? [`- ℹ️ ${notice}`] : []),
      ].join('\n'),
    );
  if (report.baseline) {
    const held = report.roles.flatMap((r) => r.checks.filter((c) => c.baseline)).length;
    const lines = [
      '#### Baseline',
      '',
      `${code(report.baseline.file)} accepts ${plural(held, 'recorded finding')}; only new or worse findings fail the gate.`,
    ];
    if (report.baseline.fixed.length)
      lines.push(
        '',
        `Fixed since the baseline (remove ${report.baseline.fixed.length === 1 ? 'this entry' : 'these entries'}):`,
        ...report.baseline.fixed.map((e) => `- ${code(e.role)} ${inline(e.check)}`),
      );
    blocks.push(lines.join('\n'));
  }
  return blocks;
}

function fixBlock(check: CheckResult, shownFor?: string): string[] {
  const fix = check.fix!;
  const language = fix.format.endsWith('yaml') ? 'yaml' : fix.format.endsWith('hcl') ? 'hcl' : 'json';
  // A fence longer than any backtick run in the snippet cannot be closed by it.
  const longest = Math.max(0, ...[...fix.text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [
    '',
    `  <details><summary>Fix${shownFor ? ` (${shownFor})` : ''}: ${inline(fix.description)}</summary>`,
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
