export const id = 471;
export const ids = [471];
export const modules = {

/***/ 471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyBaseline: () => (/* binding */ applyBaseline)
/* harmony export */ });
/* harmony import */ var _model_gate_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1334);

/**
 * Applies a baseline to a report (issue 13): a failing or unknown check the baseline records, no
 * worse (no action missing that was not recorded, not `fail` where `unknown` was recorded), is
 * marked `baseline` and no longer fails the gate. Recorded findings that no longer occur are listed
 * as fixed; those naming a role the scan no longer sees are warnings. With `partial` (changed
 * files, a shard) absent roles are not judged. Returns a new report.
 */
function applyBaseline(report, baseline, file, partial = false) {
    const roles = report.roles.map((role) => ({ ...role, checks: role.checks.map((c) => ({ ...c })) }));
    const entries = new Map(baseline.findings.map((e) => [`${e.role}\u0000${e.check}`, e]));
    const used = new Set();
    for (const role of roles) {
        for (const check of role.checks) {
            const entry = entries.get(`${role.id}\u0000${check.check}`);
            if (!entry)
                continue;
            used.add(entry);
            if (check.verdict === 'pass')
                continue;
            const recorded = new Set(entry.missingActions.map((a) => a.toLowerCase()));
            const now = [...(check.missingActions ?? []), ...(check.unprovenActions ?? [])];
            const worse = (check.verdict === 'fail' && entry.verdict === 'unknown') ||
                now.some((a) => !recorded.has(a.toLowerCase()));
            if (!worse)
                check.baseline = { missingActions: [...entry.missingActions] };
        }
        (0,_model_gate_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .settleGateVerdict */ .mH)(role);
    }
    const present = new Set(roles.map((r) => r.id));
    const fixed = [];
    const warnings = [...report.warnings];
    const gone = new Set();
    for (const entry of baseline.findings) {
        if (present.has(entry.role)) {
            const check = roles.find((r) => r.id === entry.role)?.checks.find((c) => c.check === entry.check);
            if (!check || check.verdict === 'pass')
                fixed.push(entry);
        }
        else if (!partial && !gone.has(entry.role)) {
            gone.add(entry.role);
            warnings.push({
                code: 'baseline-role-gone',
                message: `the baseline ${file} names ${entry.role}, which the scan no longer finds: remove its entries`,
            });
        }
    }
    return {
        ...report,
        roles,
        warnings,
        summary: { ...report.summary, ...(0,_model_gate_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .countRoles */ .n$)(roles) },
        baseline: { file, fixed },
    };
}


/***/ })

};
