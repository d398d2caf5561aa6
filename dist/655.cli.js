export const id = 655;
export const ids = [655];
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

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _waived_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7729);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9334);


const labels = { pass: 'PASS', fail: 'FAIL', unknown: 'UNKNOWN' };
const colours = { pass: '\u001b[32m', fail: '\u001b[31m', unknown: '\u001b[33m' };
/** The human report: one block per checked role, then file errors, warnings and a summary. */
function renderText(report, options = {}) {
    const label = (v) => {
        const text = labels[v].padEnd(7);
        return options.colour ? `${colours[v]}${text}\u001b[0m` : text;
    };
    const out = [];
    if (options.compact)
        return compactText(report, options, label);
    for (const role of report.roles) {
        if (options.quiet && role.verdict === 'pass')
            continue;
        out.push(...roleBlock(role, label), '');
    }
    if (report.errors.length > 0) {
        out.push('Errors (each fails the gate):');
        for (const e of report.errors) {
            const where = [e.file, e.line, e.line !== undefined ? e.column : undefined].filter((x) => x !== undefined);
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
    if (options.outcome)
        out.push(`Gate: ${label(options.outcome.verdict).trim()}: ${options.outcome.reason}`);
    return `${out.join('\n')}\n`;
}
function compactText(report, options, label) {
    const level = { fail: label('fail'), unknown: label('unknown'), advice: 'ADVICE ' };
    const lines = (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsOf */ .WX)(report)
        .filter((f) => !(options.quiet && f.severity === 'advice'))
        .map((f) => {
        const where = [f.file, f.line, f.line !== undefined ? f.column : undefined].filter((x) => x !== undefined);
        return `${where.join(':')}: ${level[f.severity].trim()} ${oneLine(f.title)}: ${oneLine(f.message)}${f.check ? accepted(f.check) : ''}`;
    });
    lines.push(summaryLine(report));
    if (options.outcome)
        lines.push(`Gate: ${label(options.outcome.verdict).trim()}: ${options.outcome.reason}`);
    return `${lines.join('\n')}\n`;
}
function roleBlock(role, label) {
    const lines = [];
    const name = role.name && role.name !== role.id.split('#').pop() ? ` (${role.name})` : '';
    lines.push(`${label(role.verdict)} ${role.id}${name}`);
    lines.push(`        ${role.kind}, Veeam Backup for AWS ${role.veeamVersion}, ${role.source}, at ${at(role.location)}; selected: ${role.selectedBy}`);
    const width = Math.max(...role.checks.map((c) => c.check.length));
    for (const check of role.checks) {
        lines.push(`  ${label(check.verdict)} ${check.check.padEnd(width)}  ${oneLine(check.message)}${check.location ? `  (${at(check.location)})` : ''}${accepted(check)}`);
        if (check.verdict === 'pass')
            continue;
        lines.push(...details(check));
    }
    return lines;
}
function details(check) {
    const pad = ' '.repeat(12);
    const lines = [];
    if (check.missingActions && check.missingActions.length > 0) {
        lines.push(`${pad}missing (${check.missingActions.length}): ${check.missingActions.join(', ')}`);
    }
    if (check.unprovenActions && check.unprovenActions.length > 0) {
        lines.push(`${pad}not proven (${check.unprovenActions.length}): ${check.unprovenActions.join(', ')}`);
    }
    for (const note of check.notes ?? [])
        lines.push(`${pad}note: ${note}`);
    if (check.fix) {
        lines.push(`${pad}fix: ${check.fix.description}`);
        for (const line of check.fix.text.replace(/\n+$/, '').split('\n'))
            lines.push(`${pad}  ${line}`);
    }
    return lines;
}
/** The mark of a check the gate does not count: waived (until when) or recorded in the baseline. */
function accepted(check) {
    if (check.waiver)
        return `  [waived${check.waiver.actions ? ` for ${check.waiver.actions.join(', ')}` : ''} until ${check.waiver.expires}]`;
    return check.baseline ? '  [in the baseline]' : '';
}
/** Issue 13: roles not checked, waived checks, and what the baseline accepts and no longer needs. */
function exceptions(report) {
    const out = [];
    const skipped = (report.skipped ?? []).filter((s) => s.reason !== 'not-veeam');
    const notice = (0,_waived_js__WEBPACK_IMPORTED_MODULE_0__/* .notVeeamNotice */ .EV)(report);
    if (skipped.length || notice) {
        out.push('Not checked:');
        for (const s of skipped)
            out.push(`  ${at(s.location)}  ${s.id}: ${s.detail}`);
        if (notice)
            out.push(`  ${notice.replace(/`/g, '')}`);
        out.push('');
    }
    const waived = (0,_waived_js__WEBPACK_IMPORTED_MODULE_0__/* .waivedChecks */ .I0)(report);
    if (waived.length) {
        out.push('Waived (the gate ignores these):');
        for (const w of waived) {
            const soon = w.expiresSoon ? ` (expires in ${w.waiver.daysLeft} days)` : '';
            const ticket = w.waiver.ticket ? `; ticket ${w.waiver.ticket}` : '';
            const added = w.waiver.addedByPullRequest ? '; added by this pull request' : '';
            out.push(`  ${w.role.id} ${w.check.check}: ${w.waiver.reason}; expires ${w.waiver.expires}${soon}${ticket}; ${(0,_waived_js__WEBPACK_IMPORTED_MODULE_0__/* .waiverPlace */ .ot)(w.waiver)}${added}`);
        }
        out.push('');
    }
    if (report.baseline) {
        const held = report.roles.flatMap((r) => r.checks.filter((c) => c.baseline).map((c) => `${r.id} ${c.check}`));
        out.push(`Baseline ${report.baseline.file}: ${held.length} recorded finding${held.length === 1 ? '' : 's'} accepted.`);
        if (report.baseline.fixed.length) {
            out.push('  Fixed since the baseline (remove these entries):');
            for (const e of report.baseline.fixed)
                out.push(`    ${e.role} ${e.check}`);
        }
        out.push('');
    }
    return out;
}
function summaryLine(report) {
    const s = report.summary;
    const n = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
    return (`Summary: ${n(s.files, 'file')}${s.filesWithoutIam ? ` (${s.filesWithoutIam} naming no IAM type, not parsed)` : ''}, ${n(s.iamRoles, 'IAM role')}, ${n(s.workerRoles, 'Veeam role')} checked: ` +
        `${s.pass} pass, ${s.fail} fail, ${s.unknown} unknown${s.accepted ? `, ${s.accepted} accepted (waived or in the baseline)` : ''}; ${n(s.errors, 'error')}.`);
}
function at(l) {
    return `${l.file}:${l.line}:${l.column}`;
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ');
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
