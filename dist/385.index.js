export const id = 385;
export const ids = [385];
export const modules = {

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineOf: () => (/* binding */ baselineOf),
/* harmony export */   parseBaseline: () => (/* binding */ parseBaseline),
/* harmony export */   renderBaseline: () => (/* binding */ renderBaseline)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7206);
/* harmony import */ var _model_gate_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1334);


/**
 * The findings to record (`--write-baseline`): every failing or unknown check that no waiver covers,
 * with its missing (and unproven) actions. Sorted and free of dates: it diffs cleanly. Pure.
 */
function baselineOf(report) {
    const findings = [];
    for (const role of report.roles)
        for (const check of role.checks) {
            if (check.verdict === 'pass' ||
                (check.waiver && (0,_model_gate_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .checkGateVerdict */ .tC)({ ...check, baseline: undefined }) === 'pass'))
                continue;
            findings.push({
                role: role.id,
                check: check.check,
                verdict: check.verdict,
                missingActions: [...(check.missingActions ?? []), ...(check.unprovenActions ?? [])].sort(),
            });
        }
    findings.sort((a, b) => (a.role === b.role ? compare(a.check, b.check) : compare(a.role, b.role)));
    return { version: 1, findings };
}
function renderBaseline(baseline) {
    return `${JSON.stringify(baseline, null, 2)}\n`;
}
/** Reads a baseline file; anything else is an InputError naming the file and what is wrong. */
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${file}: not a baseline file (not valid JSON: ${error.message}); write one with --write-baseline`);
    }
    const bad = (what) => {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${file}: not a baseline file: ${what}; write one with --write-baseline`);
    };
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return bad('expected a JSON object');
    const { version, findings } = data;
    if (version !== 1)
        return bad(`version must be 1 (got ${JSON.stringify(version)})`);
    if (!Array.isArray(findings))
        return bad('findings must be a list');
    return {
        version: 1,
        findings: findings.map((f, i) => {
            const e = (typeof f === 'object' && f !== null ? f : {});
            const actions = e.missingActions ?? [];
            if (typeof e.role !== 'string' || typeof e.check !== 'string')
                return bad(`findings[${i}] needs role and check strings`);
            if (e.verdict !== 'fail' && e.verdict !== 'unknown')
                return bad(`findings[${i}].verdict must be fail or unknown`);
            if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string'))
                return bad(`findings[${i}].missingActions must be a list of actions`);
            return { role: e.role, check: e.check, verdict: e.verdict, missingActions: actions };
        }),
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
