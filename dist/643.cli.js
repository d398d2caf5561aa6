export const id = 643;
export const ids = [643];
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

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony export sarifSchema */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _check_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2295);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9334);




// node:crypto is loaded only when SARIF is written: most runs never hash, and start-up counts.
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let crypto;
const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';
const extraRules = [
    {
        id: 'file-error',
        name: 'FileCouldNotBeChecked',
        shortDescription: { text: 'A file that looks like infrastructure could not be read' },
        fullDescription: {
            text: 'The file could not be parsed, so the roles it defines were not checked. This fails the gate.',
        },
        help: {
            text: 'Fix the syntax error at the reported line.',
            markdown: 'Fix the syntax error at the reported line.',
        },
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['veeam'], 'security-severity': '5.0' },
    },
    {
        id: 'advice',
        name: 'Advice',
        shortDescription: { text: 'Advice that does not fail the gate' },
        fullDescription: { text: 'Something worth a look, such as a duplicate key or a changed config file.' },
        help: { text: 'Read the message.', markdown: 'Read the message.' },
        defaultConfiguration: { level: 'note' },
        properties: { tags: ['veeam'], 'security-severity': '2.0' },
    },
];
/**
 * How GitHub ranks each rule in code scanning (9.0+ critical, 7.0+ high, 4.0+ medium, below low):
 * a trust policy open to the wrong principal is the security risk; a missing permission or
 * instance profile breaks backups without exposing anything.
 */
const securitySeverity = {
    'trust-appliance': '8.0',
    'trust-ec2': '7.0',
    permissions: '6.0',
    'instance-profile': '5.0',
};
function checkRule(id) {
    const info = (0,_check_info_js__WEBPACK_IMPORTED_MODULE_1__/* .checkInfo */ .n6)(id);
    return {
        id,
        name: id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
        shortDescription: { text: info.title },
        fullDescription: { text: info.help.replace(/`/g, '') },
        helpUri: info.source,
        help: {
            text: `${info.help.replace(/`/g, '')} Veeam's requirement: ${info.source}`,
            markdown: `${info.help}\n\nVeeam's requirement: [${info.source}](${info.source})`,
        },
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['security', 'iam', 'veeam'], 'security-severity': securitySeverity[id] ?? '7.0' },
    };
}
const levelOf = {
    fail: 'error',
    unknown: 'warning',
    advice: 'note',
};
/** SARIF 2.1.0 for code scanning: one rule per check, one result per failing or unknown check. Pure. */
function renderSarif(report, options = {}) {
    const prefix = options.rootFromRepository ? `${options.rootFromRepository.replace(/\/+$/, '')}/` : '';
    // The four checks always, plus any other trust-<service> check the report holds, sorted.
    const ids = new Set(_check_info_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOrder */ .Fs);
    for (const role of report.roles)
        for (const check of role.checks)
            ids.add(check.check);
    const rules = [...[...ids].sort(_check_info_js__WEBPACK_IMPORTED_MODULE_1__/* .compareChecks */ .$J).map(checkRule), ...extraRules];
    const results = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .findingsOf */ .WX)(report).map((finding) => {
        const ruleIndex = rules.findIndex((rule) => rule.id === finding.ruleId);
        return {
            ruleId: finding.ruleId,
            ruleIndex,
            level: levelOf[finding.severity],
            message: { text: `${finding.title}. ${finding.message}` },
            locations: [
                finding.role?.source === 'aws'
                    ? // A deployed role has no file: name it by its ARN.
                        {
                            logicalLocations: [
                                { fullyQualifiedName: finding.role.id.replace(/^aws#/, ''), kind: 'resource' },
                            ],
                        }
                    : {
                        physicalLocation: {
                            artifactLocation: {
                                uri: uriOf(repositoryPath(prefix, finding.file)),
                                uriBaseId: '%SRCROOT%',
                            },
                            ...(finding.line !== undefined && {
                                region: {
                                    startLine: finding.line,
                                    ...(finding.column !== undefined && { startColumn: finding.column }),
                                },
                            }),
                        },
                    },
            ],
            // Stable across pushes that only move lines: the role and the check, not the position.
            partialFingerprints: { 'veeamIamGate/v1': fingerprint(finding) },
            // Issue 13: a waived result is dismissed in code scanning, with the waiver's reason.
            // A partial waiver that leaves actions missing is not dismissed: the result still fails the gate.
            ...(finding.check?.waiver &&
                finding.accepted && {
                suppressions: [
                    {
                        kind: finding.check.waiver.source === 'inline' ? 'inSource' : 'external',
                        status: 'accepted',
                        justification: finding.check.waiver.reason,
                        location: {
                            physicalLocation: {
                                artifactLocation: {
                                    uri: uriOf(finding.check.waiver.location.file),
                                    uriBaseId: '%SRCROOT%',
                                },
                                region: { startLine: finding.check.waiver.location.line },
                            },
                        },
                    },
                ],
            }),
            ...(finding.check?.baseline && { baselineState: 'unchanged' }),
            ...(finding.role && {
                properties: {
                    roleId: finding.role.id,
                    verdict: finding.check?.verdict,
                    ...(finding.check?.missingActions?.length && { missingActions: finding.check.missingActions }),
                    ...(finding.check?.unprovenActions?.length && { unprovenActions: finding.check.unprovenActions }),
                },
            }),
        };
    });
    return {
        version: '2.1.0',
        $schema: sarifSchema,
        runs: [
            {
                tool: {
                    driver: {
                        name: 'veeam-iam-gate',
                        version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .version */ .r,
                        semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .version */ .r,
                        informationUri: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .homepage */ .T,
                        rules,
                    },
                },
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned repository.' } } },
                results,
            },
        ],
    };
}
function fingerprint(finding) {
    const identity = finding.role
        ? `${finding.ruleId}|${finding.role.id}`
        : `${finding.ruleId}|${finding.file}|${finding.message}`;
    crypto ??= requireBuiltin('node:crypto');
    return crypto.createHash('sha256').update(identity).digest('hex').slice(0, 32);
}
/** A scan-root path as a repository-root path: `../x` segments of the prefix resolved. */
function repositoryPath(prefix, file) {
    const parts = [];
    for (const part of `${prefix}${file}`.split('/')) {
        if (part === '..')
            parts.pop();
        else if (part !== '.' && part !== '')
            parts.push(part);
    }
    return parts.join('/');
}
/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function uriOf(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}


/***/ })

};
