export const id = 243;
export const ids = [243];
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

/***/ 6243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderGitlab: () => (/* binding */ renderGitlab)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9334);


const severity = {
    fail: 'critical',
    unknown: 'major',
    advice: 'info',
};
/**
 * GitLab Code Quality JSON (artifacts:reports:codequality): every failing or unknown check, file
 * error and located advice, with a fingerprint stable across pushes that only move lines. Pure.
 */
function renderGitlab(report) {
    const issues = (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsOf */ .WX)(report)
        .filter((f) => f.role?.source !== 'aws')
        .map((finding) => ({
        description: `${finding.title}: ${finding.message}`,
        check_name: finding.ruleId,
        fingerprint: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(finding.role
            ? `${finding.ruleId}|${finding.role.id}`
            : `${finding.ruleId}|${finding.file}|${finding.message}`)
            .digest('hex'),
        severity: severity[finding.severity],
        location: { path: finding.file, lines: { begin: finding.line ?? 1 } },
    }));
    return `${JSON.stringify(issues, null, 2)}\n`;
}


/***/ })

};
