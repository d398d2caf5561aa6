export const id = 307;
export const ids = [307];
export const modules = {

/***/ 2307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inlineWaiverFiles: () => (/* binding */ inlineWaiverFiles),
/* harmony export */   markAddedWaivers: () => (/* binding */ markAddedWaivers)
/* harmony export */ });
/* unused harmony export baseWaivers */
/* harmony import */ var _parsers_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7905);
/* harmony import */ var _report_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9334);
/* harmony import */ var _terraform_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(545);



/** What identifies a waiver across commits: its checks, actions, reason and expiry (not its line). */
function signature(w) {
    return JSON.stringify([
        [...w.checks].sort(),
        [...(w.actions ?? [])].sort(),
        w.reason ?? '',
        w.expires ?? '',
    ]);
}
/**
 * The inline waivers a file's base version holds: per role key (CloudFormation Metadata, through the
 * same parser), and `*` for waiver comments anywhere in it (Terraform source). Pure.
 */
function baseWaivers(text, file, parameters) {
    const found = new Set();
    let parsed;
    try {
        parsed = (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFile */ .C)(text, { file, parameters });
    }
    catch {
        parsed = null;
    }
    for (const role of parsed?.roles ?? [])
        for (const w of role.inlineWaivers ?? [])
            found.add(`${role.key}\u0000${signature(w)}`);
    for (const w of (0,_terraform_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .waiverCommentsIn */ ._6)(text, file))
        found.add(`*\u0000${signature(w)}`);
    return found;
}
/** Files whose base version decides which applied inline waivers the pull request adds. */
function inlineWaiverFiles(report) {
    const files = report.roles.flatMap((r) => r.checks.filter((c) => c.waiver?.source === 'inline').map((c) => c.waiver.location.file));
    return [...new Set(files)].sort();
}
/**
 * Marks each applied inline waiver that its file's base version does not hold (a new file, or a new
 * or changed waiver) as `addedByPullRequest`. `baseTexts` maps a file to its base text (undefined:
 * absent at the base). Mutates the report's waivers.
 */
function markAddedWaivers(report, baseTexts, parameters) {
    const atBase = new Map();
    for (const [file, text] of baseTexts)
        atBase.set(file, text === undefined ? new Set() : baseWaivers(text, file, parameters));
    for (const role of report.roles)
        for (const check of role.checks) {
            const w = check.waiver;
            if (w?.source !== 'inline')
                continue;
            const known = atBase.get(w.location.file);
            if (!known)
                continue;
            const sig = signature({ ...w.written, reason: w.reason, expires: w.expires });
            if (!known.has(`${(0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .roleKey */ .QH)(role)}\u0000${sig}`) && !known.has(`*\u0000${sig}`))
                w.addedByPullRequest = true;
        }
}


/***/ })

};
