export const id = 998;
export const ids = [998];
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

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJunit: () => (/* binding */ renderJunit)
/* harmony export */ });
/* harmony import */ var _check_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2295);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9334);


/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure DevOps): one test suite
 * per role, one test case per check; `fail` is a failure, `unknown` an error (not proven), file
 * errors a suite of their own. Pure and deterministic (no timestamps, no durations).
 */
function renderJunit(report) {
    const suites = [];
    let tests = 0;
    let failures = 0;
    let errors = 0;
    for (const role of report.roles) {
        const cases = [];
        let roleFailures = 0;
        let roleErrors = 0;
        for (const check of [...role.checks].sort((a, b) => (0,_check_info_js__WEBPACK_IMPORTED_MODULE_0__/* .compareChecks */ .$J)(a.check, b.check))) {
            const where = check.location ?? role.location;
            const open = `    <testcase name="${attr(check.check)}" classname="${attr(role.id)}" file="${attr(where.file)}" line="${where.line}"`;
            if (check.verdict === 'pass')
                cases.push(`${open}/>`);
            else {
                const tag = check.verdict === 'fail' ? 'failure' : 'error';
                if (tag === 'failure')
                    roleFailures++;
                else
                    roleErrors++;
                const body = [
                    (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .checkMessage */ .g6)(check),
                    ...(check.fix ? ['', `Fix: ${check.fix.description}`, check.fix.text] : []),
                ];
                cases.push(`${open}>\n      <${tag} message="${attr(check.message)}" type="${check.verdict}">${text(body.join('\n'))}</${tag}>\n    </testcase>`);
            }
        }
        tests += cases.length;
        failures += roleFailures;
        errors += roleErrors;
        suites.push(`  <testsuite name="${attr(`${(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(role)} (${role.location.file})`)}" tests="${cases.length}" failures="${roleFailures}" errors="${roleErrors}">\n${cases.join('\n')}\n  </testsuite>`);
    }
    if (report.errors.length) {
        const cases = report.errors.map((e) => `    <testcase name="parse" classname="${attr(e.file)}" file="${attr(e.file)}"${e.line ? ` line="${e.line}"` : ''}>\n      <error message="${attr(e.message)}" type="file-error">${text(e.message)}</error>\n    </testcase>`);
        tests += cases.length;
        errors += cases.length;
        suites.push(`  <testsuite name="files that could not be checked" tests="${cases.length}" failures="0" errors="${cases.length}">\n${cases.join('\n')}\n  </testsuite>`);
    }
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="veeam-iam-gate" tests="${tests}" failures="${failures}" errors="${errors}">`,
        ...suites,
        '</testsuites>',
        '',
    ].join('\n');
}
/** XML 1.0 cannot carry most control characters at all: they are dropped. */
function text(value) {
    return (value
        // eslint-disable-next-line no-control-regex -- removing them is the point
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;'));
}
function attr(value) {
    return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}


/***/ })

};
