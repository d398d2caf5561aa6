export const id = 794;
export const ids = [794];
export const modules = {

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
/**
 * The JSON report, version 1 (design.md §5). Keys are written in a fixed order, whatever order
 * the objects were built in, so reports diff cleanly and snapshot tests stay stable.
 */
function renderJson(report) {
    const s = report.summary;
    const ordered = {
        version: report.version,
        summary: {
            files: s.files,
            iamRoles: s.iamRoles,
            workerRoles: s.workerRoles,
            pass: s.pass,
            fail: s.fail,
            unknown: s.unknown,
            ...(s.accepted !== undefined && { accepted: s.accepted }),
            errors: s.errors,
            ...(s.filesWithoutIam !== undefined && { filesWithoutIam: s.filesWithoutIam }),
        },
        roles: report.roles.map(role),
        errors: report.errors.map(fileError),
        warnings: report.warnings.map(warning),
        // Issue 13, compatible additions: roles not checked and why; the baseline's fixed findings.
        ...(report.skipped && {
            skipped: report.skipped.map((k) => ({
                id: k.id,
                reason: k.reason,
                detail: k.detail,
                location: location(k.location),
            })),
        }),
        ...(report.baseline && {
            baseline: {
                file: report.baseline.file,
                fixed: report.baseline.fixed.map((e) => ({
                    role: e.role,
                    check: e.check,
                    verdict: e.verdict,
                    missingActions: e.missingActions,
                })),
            },
        }),
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
function role(r) {
    return {
        id: r.id,
        name: r.name,
        source: r.source,
        kind: r.kind,
        veeamVersion: r.veeamVersion,
        selectedBy: r.selectedBy,
        location: location(r.location),
        verdict: r.verdict,
        ...(r.gateVerdict && { gateVerdict: r.gateVerdict }),
        checks: r.checks.map(check),
    };
}
function check(c) {
    return {
        check: c.check,
        verdict: c.verdict,
        message: c.message,
        ...(c.location && { location: location(c.location) }),
        ...(c.missingActions && { missingActions: c.missingActions }),
        ...(c.unprovenActions && { unprovenActions: c.unprovenActions }),
        ...(c.notes?.length && { notes: c.notes }),
        ...(c.fix && { fix: { format: c.fix.format, description: c.fix.description, text: c.fix.text } }),
        ...(c.waiver && { waiver: waiver(c.waiver) }),
        ...(c.baseline && { baseline: { missingActions: c.baseline.missingActions } }),
    };
}
function waiver(w) {
    return {
        reason: w.reason,
        expires: w.expires,
        source: w.source,
        ...(w.ticket !== undefined && { ticket: w.ticket }),
        location: location(w.location),
        ...(w.actions && { actions: w.actions }),
        ...(w.addedByPullRequest && { addedByPullRequest: true }),
    };
}
function fileError(e) {
    return {
        file: e.file,
        ...(e.line !== undefined && { line: e.line }),
        ...(e.column !== undefined && { column: e.column }),
        message: e.message,
    };
}
function warning(w) {
    return { code: w.code, message: w.message, ...(w.location && { location: location(w.location) }) };
}
function location(l) {
    return { file: l.file, line: l.line, column: l.column };
}


/***/ })

};
