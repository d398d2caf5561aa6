export const id = 389;
export const ids = [389];
export const modules = {

/***/ 7389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainRole: () => (/* binding */ explainRole)
/* harmony export */ });
/* harmony import */ var _checks_permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8305);
/* harmony import */ var _iam_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1691);
/* harmony import */ var _requirements_conditions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7552);
/* harmony import */ var _requirements_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1494);




/**
 * `--explain ROLE`: for each required action of the role's kind(s), the verdict and every
 * statement that granted, narrowed, denied or left it open, with its place. Pure.
 */
function explainRole(role, kinds, veeamVersion) {
    const requirement = (0,_requirements_index_js__WEBPACK_IMPORTED_MODULE_2__/* .combinedRequirements */ .an)(kinds, veeamVersion);
    const lines = [
        `${role.id}: ${kinds.join('+')}, Veeam Backup for AWS ${veeamVersion}, ${requirement.actions.length} actions`,
    ];
    role.variants.forEach((shape, i) => {
        const assumptions = Object.entries(shape.assumptions);
        if (role.variants.length > 1)
            lines.push('', `Variant ${i + 1} of ${role.variants.length} (${assumptions.map(([c, v]) => `${c}=${v}`).join(', ')})`);
        const identity = shape.policies.map(_checks_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .toEvaluated */ .h2);
        const boundary = shape.permissionsBoundary ? (0,_checks_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .toEvaluated */ .h2)(shape.permissionsBoundary) : undefined;
        lines.push(`Policies: ${identity.map((p) => `${p.label} (${p.location.file}:${p.location.line})`).join(', ') || 'none'}`);
        if (boundary)
            lines.push(`Permissions boundary: ${boundary.label} (${boundary.location.file}:${boundary.location.line})`);
        const width = Math.max(...requirement.actions.map((a) => a.length));
        for (const action of requirement.actions) {
            const condition = (0,_requirements_conditions_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredCondition */ .p)(requirement, action);
            const { verdict, contributions } = (0,_iam_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAction */ .uP)(action, identity, boundary, condition && (0,_requirements_conditions_js__WEBPACK_IMPORTED_MODULE_3__/* .conditionTests */ .r)(condition));
            lines.push(`  ${action.padEnd(width)}  ${verdict.state.toUpperCase()}: ${verdict.reason}`);
            for (const c of contributions)
                lines.push(`  ${' '.repeat(width)}    ${c}`);
        }
    });
    return `${lines.join('\n')}\n`;
}


/***/ })

};
