export const id = 285;
export const ids = [285];
export const modules = {

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ unsaid),
/* harmony export */   QH: () => (/* binding */ roleKey),
/* harmony export */   WX: () => (/* binding */ findingsOf),
/* harmony export */   g6: () => (/* binding */ checkMessage)
/* harmony export */ });
/* harmony import */ var _check_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2295);
/* harmony import */ var _model_gate_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1334);


/** The part of a role id after '#': the logical ID, Terraform address or role name. */
function roleKey(role) {
    const hash = role.id.indexOf('#');
    return hash === -1 ? role.id : role.id.slice(hash + 1);
}
function checkMessage(check) {
    const parts = [check.message.trim()];
    if (unsaid(check.message, check.missingActions))
        parts.push(`Missing: ${check.missingActions.join(', ')}.`);
    if (unsaid(check.message, check.unprovenActions))
        parts.push(`Not proven: ${check.unprovenActions.join(', ')}.`);
    for (const note of check.notes ?? [])
        parts.push(`Note: ${note}.`);
    return parts.join(' ');
}
/** Whether a list of actions still needs saying: the check's message may already name them all. */
function unsaid(message, actions) {
    return !!actions?.length && !actions.every((action) => message.includes(action));
}
/**
 * Every finding of the report, most important first: unreadable files (nothing in them was checked),
 * failing checks, unknown checks, then advice. Within each, report order (roles are sorted by id).
 */
function findingsOf(report) {
    const fileErrors = report.errors.map((error) => ({
        severity: 'fail',
        ruleId: 'file-error',
        file: error.file,
        line: error.line,
        column: error.column,
        title: `${error.file} could not be checked`,
        message: error.message,
    }));
    const checks = [];
    for (const role of report.roles) {
        const sorted = [...role.checks].sort((a, b) => (0,_check_info_js__WEBPACK_IMPORTED_MODULE_0__/* .compareChecks */ .$J)(a.check, b.check));
        for (const check of sorted) {
            if (check.verdict === 'pass')
                continue;
            const location = check.location ?? role.location;
            checks.push({
                severity: check.verdict,
                ruleId: check.check,
                file: location.file,
                line: location.line,
                column: location.column,
                title: `${roleKey(role)}: ${check.check} ${check.verdict === 'fail' ? 'fails' : 'is unknown'}`,
                message: checkMessage(check),
                role,
                check,
                ...((0,_model_gate_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .checkGateVerdict */ .tC)(check) === 'pass' && { accepted: true }),
            });
        }
    }
    const advice = [];
    for (const warning of report.warnings) {
        if (!warning.location)
            continue;
        advice.push({
            severity: 'advice',
            ruleId: 'advice',
            file: warning.location.file,
            line: warning.location.line,
            column: warning.location.column,
            title: `veeam-iam-gate: ${warning.code}`,
            message: warning.message,
        });
    }
    return [
        ...fileErrors,
        ...checks.filter((f) => f.severity === 'fail'),
        ...checks.filter((f) => f.severity === 'unknown'),
        ...advice,
    ];
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports commentMarker, keyedMarker, commentLimit, summaryLimit, headline */
/* harmony import */ var _check_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2295);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9334);
/* harmony import */ var _waived_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7729);



/** Hidden first line of the sticky PR comment: how the action finds its own comment again. */
const commentMarker = '<!-- veeam-iam-gate:sticky-comment -->';
/**
 * The marker of the comment kept for one `comment-key` (a matrix of roots keeps one comment each).
 * The key is reduced to characters that cannot end the HTML comment.
 */
function keyedMarker(key) {
    const safe = (key ?? '')
        .replace(/[^\w./:@() -]/g, '_')
        .replace(/-{2,}/g, '-')
        .trim();
    return safe ? `<!-- veeam-iam-gate:sticky-comment key=${safe} -->` : commentMarker;
}
/** GitHub's limits: an issue comment body (characters) and a step summary (bytes). */
const commentLimit = 65_536;
const summaryLimit = 1024 * 1024;
const icon = { pass: '✅', fail: '❌', unknown: '⚠️' };
/**
 * The PR comment or job summary. What a reviewer needs first survives the size limit first:
 * the headline, the failing roles' findings and fixes (one fix block shared by roles that need the
 * same change), unreadable files, the table (passing roles in one line), then the warnings,
 * collapsed and grouped by code. What is left out is counted. Pure.
 */
function renderMarkdown(report, options) {
    const limit = options.maxBytes ?? (options.target === 'comment' ? commentLimit : summaryLimit);
    const link = (file, line) => place(file, line, options.blobUrl);
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
    const take = (items, headingBytes = 0) => {
        const kept = [];
        let dropped = 0;
        for (const item of items) {
            const size = bytes(item) + 2 + (kept.length ? 0 : headingBytes);
            if (size <= budget) {
                kept.push(item);
                budget -= size;
            }
            else
                dropped++;
        }
        return { kept, dropped };
    };
    const groups = sharedFindings(report);
    const grouped = new Set(groups.flatMap((g) => g.members.map((m) => m.check)));
    const shared = take(groups.map((g) => groupSection(g, link)));
    const sections = take(report.roles
        .filter((role) => role.checks.some((c) => c.verdict !== 'pass' && !grouped.has(c)))
        .map((role) => roleSection(role, grouped, groups, link)));
    const errorsHeading = '#### Files that could not be checked\n\n';
    const errors = take(report.errors.map((e) => `- ${link(e.file, e.line)}: ${inline(e.message)}`), bytes(errorsHeading));
    const tableHead = '| Role | Where | Verdict | What fails |\n| --- | --- | --- | --- |';
    const failingRoles = report.roles.filter((role) => role.verdict !== 'pass');
    const rows = take(failingRoles.map((role) => tableRow(role, link)), bytes(tableHead));
    const passingRoles = report.roles.filter((role) => role.verdict === 'pass');
    const passingLine = take(passingRoles.length ? [passingSummary(passingRoles)] : []);
    const warningsHead = `<details><summary>Warnings (${report.warnings.length})</summary>\n\n`;
    const exceptions = take(exceptionBlocks(report, link));
    const warnings = take(warningLines(report, link), bytes(warningsHead) + 12);
    const blocks = [head];
    if (errors.kept.length)
        blocks.push(errorsHeading + errors.kept.join('\n'));
    blocks.push(...shared.kept, ...sections.kept);
    if (rows.kept.length)
        blocks.push([tableHead, ...rows.kept].join('\n'));
    blocks.push(...passingLine.kept);
    blocks.push(...exceptions.kept);
    if (warnings.kept.length)
        blocks.push(`${warningsHead}${warnings.kept.join('\n')}\n\n</details>`);
    const left = [
        [shared.dropped + sections.dropped, 'role details'],
        [errors.dropped, 'unreadable files'],
        [rows.dropped + passingLine.dropped, 'table rows'],
        [exceptions.dropped, 'waiver, baseline or not-checked lists'],
        [warnings.dropped, 'warning groups'],
    ].filter(([n]) => n > 0);
    if (left.length) {
        const what = left.map(([n, label]) => `${n} ${label}`).join(', ');
        const where = options.target === 'comment' ? 'the job summary and the JSON report' : 'the JSON report';
        blocks.push(`> **Truncated** to GitHub's size limit: ${what} not shown. See ${where} for everything.`);
    }
    blocks.push(footer);
    return blocks.join('\n\n') + '\n';
}
/** Groups non-passing checks whose message and fix are the same once the role's own names are masked. */
function sharedFindings(report) {
    const byKey = new Map();
    for (const role of report.roles)
        for (const check of sortedChecks(role)) {
            if (check.verdict === 'pass')
                continue;
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
function masker(role) {
    const names = [(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(role), role.name ?? '']
        .filter((n) => n.length >= 3)
        .sort((a, b) => b.length - a.length);
    return (text) => names.reduce((t, n) => t.split(n).join('\u0000'), text);
}
function groupSection(group, link) {
    const [first] = group.members;
    const { check } = first;
    const n = group.members.length;
    const what = check.missingActions?.length && check.verdict === 'fail'
        ? `the same ${plural(check.missingActions.length, 'action')} ${check.missingActions.length === 1 ? 'is' : 'are'} missing in ${n} roles`
        : `${check.verdict === 'fail' ? 'fails' : 'cannot be proven'} the same way in ${n} roles`;
    const lines = [
        `#### ${icon[check.verdict]} ${check.check}: ${what}`,
        '',
        group.members
            .map((m) => `${code((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(m.role))} (${link(m.role.location.file, m.role.location.line)})`)
            .join(', '),
        '',
        `${inline(check.message)}${check.fix ? '' : ` (said for ${code((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(first.role))})`}`,
    ];
    if ((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unsaid */ .DY)(check.message, check.missingActions))
        lines.push('', `Missing actions: ${check.missingActions.map(code).join(', ')}`);
    if ((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unsaid */ .DY)(check.message, check.unprovenActions))
        lines.push('', `Not proven: ${check.unprovenActions.map(code).join(', ')}`);
    if (check.fix)
        lines.push(...fixBlock(check, `for ${code((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(first.role))}; for each other role, put its own name in place of ${code((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(first.role))}`));
    return lines.join('\n');
}
function passingSummary(roles) {
    const shown = 40;
    const names = roles.slice(0, shown).map((r) => code(r.id));
    const more = roles.length > shown ? ` and ${roles.length - shown} more` : '';
    return `${icon.pass} ${roles.length === 1 ? '1 role passes' : `${roles.length} roles pass`}: ${names.join(', ')}${more}.`;
}
/** One line per warning code (and message, once the role's id is taken out), naming where. */
function warningLines(report, link) {
    const groups = new Map();
    for (const w of report.warnings) {
        // Messages of per-role advice start with the role id: the rest is what they share.
        const rest = w.message.replace(/^\S+#\S+: /, '');
        const key = `${w.code}\u0001${rest}`;
        const group = groups.get(key) ?? { code: w.code, message: rest, places: [] };
        if (w.location)
            group.places.push(link(w.location.file, w.location.line));
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
function headline(report) {
    const { workerRoles, fail, unknown, errors } = report.summary;
    if (errors > 0 && workerRoles === 0)
        return `${icon.fail} Veeam IAM gate: ${plural(errors, 'file')} could not be checked`;
    if (workerRoles === 0)
        return `ℹ️ Veeam IAM gate: no Veeam worker role found`;
    if (fail > 0)
        return `${icon.fail} Veeam IAM gate: ${fail} of ${plural(workerRoles, 'worker role')} fail`;
    if (errors > 0)
        return `${icon.fail} Veeam IAM gate: ${plural(errors, 'file')} could not be checked`;
    if (unknown > 0)
        return `${icon.unknown} Veeam IAM gate: ${unknown} of ${plural(workerRoles, 'worker role')} cannot be proven`;
    return `${icon.pass} Veeam IAM gate: ${workerRoles === 1 ? 'the worker role passes' : `all ${workerRoles} worker roles pass`}`;
}
function counts(report) {
    const s = report.summary;
    const seen = `${plural(s.iamRoles, 'IAM role')} in ${plural(s.files, 'file')}`;
    const versions = [...new Set(report.roles.map((r) => r.veeamVersion))].sort();
    const against = versions.length ? ` against Veeam Backup for AWS ${versions.join(', ')}` : '';
    let text = s.workerRoles === 0
        ? `Saw ${seen}; none is a Veeam worker role (a \`roles:\` entry of the config, a \`veeam:role\` tag, or a name containing "worker" on a role that something ties to Veeam).`
        : `Checked ${plural(s.workerRoles, 'worker role')} out of ${seen}${against}: ${s.pass} pass, ${s.fail} fail, ${s.unknown} unknown.`;
    if (s.accepted)
        text += ` ${plural(s.accepted, 'role')} ${s.accepted === 1 ? 'fails or is' : 'fail or are'} unknown only in waived or baselined checks, which the gate accepts.`;
    if (s.filesWithoutIam)
        text += ` ${plural(s.filesWithoutIam, 'template')} ${s.filesWithoutIam === 1 ? 'names' : 'name'} no IAM resource type and ${s.filesWithoutIam === 1 ? 'was' : 'were'} not parsed.`;
    if (s.errors > 0)
        text += ` ${plural(s.errors, 'file')} could not be checked, which fails the gate.`;
    return text;
}
function tableRow(role, link) {
    const name = role.name && role.name !== (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(role) ? ` (${code(role.name)})` : '';
    const failing = sortedChecks(role)
        .filter((c) => c.verdict !== 'pass')
        .map((c) => `${icon[c.verdict]} ${c.check}${c.missingActions?.length ? `: ${plural(c.missingActions.length, 'action')} missing` : ''}${acceptedMark(c)}`);
    return [
        '',
        `${code((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(role))}${name}`,
        link(role.location.file, role.location.line),
        `${icon[role.verdict]} ${role.verdict}`,
        failing.length ? failing.join('<br>') : 'nothing',
        '',
    ]
        .join(' | ')
        .trim();
}
function roleSection(role, grouped, groups, link) {
    const lines = [
        `#### ${icon[role.verdict]} ${code((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(role))} in ${link(role.location.file, role.location.line)}`,
        '',
        `Checked as ${inline(role.kind)} for Veeam Backup for AWS ${inline(role.veeamVersion)}; selected because ${inline(role.selectedBy)}.`,
        '',
    ];
    for (const check of sortedChecks(role)) {
        if (check.verdict === 'pass')
            continue;
        if (grouped.has(check)) {
            const n = groups.find((g) => g.members.some((m) => m.check === check)).members.length;
            lines.push(`- ${icon[check.verdict]} **${check.check}**: as in ${n - 1} other roles, see the shared fix above`);
            continue;
        }
        const where = check.location ? ` (${link(check.location.file, check.location.line)})` : '';
        lines.push(`- ${icon[check.verdict]} **${check.check}**${acceptedMark(check)}${where}: ${inline(check.message)}`);
        if ((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unsaid */ .DY)(check.message, check.missingActions))
            lines.push(`  Missing actions: ${check.missingActions.map(code).join(', ')}`);
        if ((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unsaid */ .DY)(check.message, check.unprovenActions))
            lines.push(`  Not proven: ${check.unprovenActions.map(code).join(', ')}`);
        for (const note of check.notes ?? [])
            lines.push(`  Note: ${inline(note)}`);
        if (check.fix)
            lines.push(...fixBlock(check));
    }
    return lines.join('\n');
}
/** How a check the gate does not count is marked: waived (partly) or recorded in the baseline. */
function acceptedMark(check) {
    if (check.waiver)
        return check.waiver.actions ? ` (${plural(check.waiver.actions.length, 'action')} waived)` : ' (waived)';
    return check.baseline ? ' (in the baseline)' : '';
}
/**
 * Issue 13: the "Waived" table (expiring ones flagged), waivers the pull request adds under their
 * own heading, roles not checked (one notice for worker-named roles nothing ties to Veeam), and
 * what the baseline accepts and no longer needs.
 */
function exceptionBlocks(report, link) {
    const blocks = [];
    const rowsOf = (list) => list.map((w) => [
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
        .trim());
    const head = '| Role | Check | Reason | Expires | Ticket | Written in |\n| --- | --- | --- | --- | --- | --- |';
    const waived = (0,_waived_js__WEBPACK_IMPORTED_MODULE_2__/* .waivedChecks */ .I0)(report);
    const added = waived.filter((w) => w.waiver.addedByPullRequest);
    const kept = waived.filter((w) => !w.waiver.addedByPullRequest);
    if (kept.length) {
        const soon = kept.filter((w) => w.expiresSoon).length;
        const flag = soon
            ? ` ${plural(soon, 'waiver')} ${soon === 1 ? 'expires' : 'expire'} within ${_waived_js__WEBPACK_IMPORTED_MODULE_2__/* .expiresSoonDays */ .hd} days (⏳).`
            : '';
        blocks.push([
            '#### Waived',
            '',
            `The gate ignores these checks until their waivers expire.${flag}`,
            '',
            head,
            ...rowsOf(kept),
        ].join('\n'));
    }
    if (added.length)
        blocks.push([
            '#### Waivers added by this pull request',
            '',
            'These waivers are written next to the roles in this pull request (not at its base): review them like code.',
            '',
            head,
            ...rowsOf(added),
        ].join('\n'));
    const skipped = (report.skipped ?? []).filter((s) => s.reason !== 'not-veeam');
    const notice = (0,_waived_js__WEBPACK_IMPORTED_MODULE_2__/* .notVeeamNotice */ .EV)(report);
    if (skipped.length || notice)
        blocks.push([
            '#### Not checked',
            '',
            ...skipped.map((s) => `- ${code(s.id)} (${link(s.location.file, s.location.line)}): ${inline(s.detail)}`),
            ...(notice ? [`- ℹ️ ${notice}`] : []),
        ].join('\n'));
    if (report.baseline) {
        const held = report.roles.flatMap((r) => r.checks.filter((c) => c.baseline)).length;
        const lines = [
            '#### Baseline',
            '',
            `${code(report.baseline.file)} accepts ${plural(held, 'recorded finding')}; only new or worse findings fail the gate.`,
        ];
        if (report.baseline.fixed.length)
            lines.push('', `Fixed since the baseline (remove ${report.baseline.fixed.length === 1 ? 'this entry' : 'these entries'}):`, ...report.baseline.fixed.map((e) => `- ${code(e.role)} ${inline(e.check)}`));
        blocks.push(lines.join('\n'));
    }
    return blocks;
}
function fixBlock(check, shownFor) {
    const fix = check.fix;
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
function footerOf(report) {
    const unknownNote = report.summary.unknown
        ? ' `unknown` means the files cannot prove the requirement: it fails the gate unless `on-unknown: warn`.'
        : '';
    return `<sub>veeam-iam-gate: Veeam Backup for AWS worker role requirements.${unknownNote}</sub>`;
}
function sortedChecks(role) {
    return [...role.checks].sort((a, b) => (0,_check_info_js__WEBPACK_IMPORTED_MODULE_0__/* .compareChecks */ .$J)(a.check, b.check));
}
function place(file, line, blobUrl) {
    const label = code(line ? `${file}:${line}` : file);
    if (!blobUrl)
        return label;
    const url = blobUrl + file.split('/').map(encodeURIComponent).join('/') + (line ? `#L${line}` : '');
    return `[${label}](${url})`;
}
/** Text from scanned files, safe inside a table cell or a paragraph: no HTML, no Markdown, one line. */
function inline(text) {
    return text
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#~!])/g, '\\$1');
}
/** A code span; a value holding a backtick falls back to escaped text. Pipes are escaped for tables. */
function code(text) {
    const oneLine = text.replace(/\r?\n/g, ' ');
    return oneLine.includes('`') ? inline(oneLine) : `\`${oneLine.replace(/\|/g, '\\|')}\``;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function bytes(text) {
    return new TextEncoder().encode(text).length;
}


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ notVeeamNotice),
/* harmony export */   I0: () => (/* binding */ waivedChecks),
/* harmony export */   hd: () => (/* binding */ expiresSoonDays),
/* harmony export */   ot: () => (/* binding */ waiverPlace)
/* harmony export */ });
/* harmony import */ var _check_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2295);

/** Waivers expiring within this many days are flagged in the comment, the summary and the text. */
const expiresSoonDays = 14;
/** Every waived check of the report, in report order (roles by id, checks in check order). */
function waivedChecks(report) {
    return report.roles.flatMap((role) => [...role.checks]
        .sort((a, b) => (0,_check_info_js__WEBPACK_IMPORTED_MODULE_0__/* .compareChecks */ .$J)(a.check, b.check))
        .filter((check) => check.waiver)
        .map((check) => ({
        role,
        check,
        waiver: check.waiver,
        expiresSoon: check.waiver.daysLeft <= expiresSoonDays,
    })));
}
/** "config .github/veeam-iam-gate.yml:12" or "inline infra/stack.yaml:40". */
function waiverPlace(waiver) {
    return `${waiver.source} ${waiver.location.file}:${waiver.location.line}`;
}
/** The one-line notice for worker-named roles nothing ties to Veeam (issue 13), or undefined. */
function notVeeamNotice(report) {
    const names = (report.skipped ?? []).filter((s) => s.reason === 'not-veeam').map((s) => s.id);
    if (names.length === 0)
        return undefined;
    const n = names.length;
    return `${n} role${n === 1 ? ' looks like a worker role' : 's look like worker roles'} but nothing names Veeam: ${names.join(', ')}; add ${n === 1 ? 'it' : 'them'} under \`roles:\` in the config to check ${n === 1 ? 'it' : 'them'}.`;
}


/***/ })

};
