export const id = 111;
export const ids = [111];
export const modules = {

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

/***/ 7905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ parseFile)
});

// UNUSED EXPORTS: parsers

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/parsers/located.ts + 1 modules
var located = __webpack_require__(1935);
;// CONCATENATED MODULE: ./src/parsers/cloudformation/detect.ts

const extensions = /\.(ya?ml|json|template)$/i;
/** Cheap pre-check on the name and first bytes: could this file be a template? */
function sniffTemplate(file, head) {
    return extensions.test(file) || /AWSTemplateFormatVersion/.test(head);
}
/** Whether the text is written as JSON (by its first significant character). */
function isJsonText(text) {
    return /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
}
/**
 * Whether a file that failed to parse still looks like a template (so it is reported as an error
 * rather than skipped as some other YAML or JSON).
 */
function looksLikeTemplate(text) {
    return (/["']?AWSTemplateFormatVersion["']?\s*:/.test(text) ||
        /^["']?Resources["']?\s*:/m.test(text) ||
        /"Resources"\s*:\s*\{/.test(text));
}
/** Mentions the top-level keys a template needs: a fast exit for most other files. */
function mentionsTemplateKeys(text) {
    return text.includes('AWSTemplateFormatVersion') || text.includes('Resources');
}
/**
 * The parsed document(s): JSON via jsonc-parser (exact positions), else every YAML document. A
 * `.yaml` file written in flow style (`{Resources: …}`) is not JSON: it falls back to YAML.
 */
function parseDocuments(text, file) {
    const body = text.replace(/^\uFEFF/, '');
    if (!isJsonText(body))
        return (0,located/* parseYamlLocated */.H8)(body, file);
    try {
        return [(0,located/* parseJsonLocated */.uC)(body, file)];
    }
    catch (e) {
        if (/\.json$/i.test(file))
            throw e;
        try {
            return (0,located/* parseYamlLocated */.H8)(body, file);
        }
        catch {
            throw e;
        }
    }
}
/** For JSON: the top-level value by the native parser (fast), to reject non-templates cheaply. */
function quickJsonRoot(text) {
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        return undefined;
    }
}
function quickIsTemplate(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const root = value;
    if ('AWSTemplateFormatVersion' in root)
        return true;
    const resources = root.Resources;
    if (resources === null || typeof resources !== 'object' || Array.isArray(resources))
        return false;
    return Object.values(resources).some((r) => r !== null && typeof r === 'object' && 'Type' in r);
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/diagnostics.ts
/** Warnings of one template, each said once however many variants or roles run into it. */
class Diagnostics {
    warnings = [];
    seen = new Set();
    warn(code, message, location) {
        const key = `${code}\u0000${message}\u0000${location?.line ?? ''}:${location?.column ?? ''}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.warnings.push(location ? { code, message, location } : { code, message });
    }
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/waivers.ts

const known = ['checks', 'actions', 'reason', 'expires', 'ticket'];
/**
 * The waivers of a role's `Metadata: { veeam-iam-gate: { waivers: [{ checks, reason, expires }] } }`
 * as written (issue 13); what cannot be read becomes a waiver with `problem`, reported on its line.
 */
function metadataWaivers(metadata) {
    if (metadata?.kind !== 'map')
        return [];
    const ours = (0,located/* get */.Jt)(metadata, 'veeam-iam-gate');
    if (!ours)
        return [];
    const problem = (node, what) => ({
        checks: [],
        location: node.loc,
        problem: `Metadata.veeam-iam-gate: ${what}`,
    });
    if (ours.kind !== 'map')
        return [problem(ours, 'must be a mapping with a waivers list')];
    const unknownKey = ours.entries.find((e) => e.key !== 'waivers');
    if (unknownKey)
        return [problem(ours, `'${unknownKey.key}' is not a known key (known: waivers)`)];
    const list = (0,located/* get */.Jt)(ours, 'waivers');
    if (!list)
        return [];
    if (list.kind !== 'seq')
        return [problem(list, 'waivers must be a list of { checks, reason, expires }')];
    return list.items.map((item) => {
        if (item.kind !== 'map')
            return problem(item, 'each waiver must be a mapping { checks, reason, expires }');
        const extra = item.entries.find((e) => !known.includes(e.key));
        if (extra)
            return problem(item, `'${extra.key}' is not a known key of a waiver (known: ${known.join(', ')})`);
        const checks = strings((0,located/* get */.Jt)(item, 'checks'));
        if (!checks?.length)
            return problem(item, "checks must name one or more checks, or 'all'");
        const waiver = { checks, location: item.loc };
        const actions = (0,located/* get */.Jt)(item, 'actions');
        if (actions) {
            const list = strings(actions);
            if (!list?.length)
                return problem(actions, 'actions must be a list of IAM actions');
            waiver.actions = list;
        }
        for (const key of ['reason', 'expires', 'ticket']) {
            const node = (0,located/* get */.Jt)(item, key);
            if (!node)
                continue;
            if (node.kind !== 'scalar' || node.value === null || typeof node.value === 'boolean')
                return problem(node, `${key} must be a string`);
            waiver[key] = String(node.value);
        }
        return waiver;
    });
}
function strings(node) {
    if (!node)
        return undefined;
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return node.value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    if (node.kind !== 'seq')
        return undefined;
    const out = [];
    for (const item of node.items) {
        if (item.kind !== 'scalar' || typeof item.value !== 'string')
            return undefined;
        out.push(item.value);
    }
    return out;
}

// EXTERNAL MODULE: ./src/model/value.ts
var model_value = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/parsers/policy-document.ts
var policy_document = __webpack_require__(1684);
;// CONCATENATED MODULE: ./src/parsers/cloudformation/intrinsic.ts
/**
 * Recognises an intrinsic function: a YAML short tag (`!GetAtt`, in scalar, sequence or mapping
 * form) or a one-key mapping `Ref` / `Fn::*`. `{Condition: Name}` is an intrinsic only inside a
 * condition expression (elsewhere it is an ordinary key, e.g. a policy statement's Condition).
 */
function asIntrinsic(node, inCondition = false) {
    if (node.tag) {
        const name = node.tag.slice(1);
        const fn = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
        // A copy without the tag (rest, not `delete`: a deleted property makes the object slow).
        const { tag: _tag, ...arg } = node;
        return { fn, arg: arg, loc: node.loc };
    }
    if (node.kind === 'map' && node.entries.length === 1) {
        const entry = node.entries[0];
        if (entry.key === 'Ref' || entry.key.startsWith('Fn::') || (inCondition && entry.key === 'Condition'))
            return { fn: entry.key, arg: entry.value, loc: node.loc };
    }
    return undefined;
}
/** The argument list of a function that takes a list (`!Join [",", [a, b]]`), or undefined. */
function argList(call) {
    return call.arg.kind === 'seq' ? call.arg.items : undefined;
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/walk.ts
/** Visits every node of a tree without recursion (hostile input may nest deeply). */
function walk(root, visit) {
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        visit(node);
        if (node.kind === 'map')
            for (let i = node.entries.length - 1; i >= 0; i--)
                stack.push(node.entries[i].value);
        else if (node.kind === 'seq')
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push(node.items[i]);
    }
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/conditions.ts


/** At most this many undecided conditions per role are enumerated (2^6 = 64 variants). */
const maxUndecidedConditions = 6;
/** Condition names used by `Fn::If` anywhere in a raw tree, in source order. */
function ifConditions(root) {
    const names = [];
    walk(root, (node) => {
        // Most nodes are not `Fn::If`: tell so before building the call.
        if (node.tag ? node.tag !== '!If' : node.kind !== 'map' || node.entries.length !== 1)
            return;
        const call = asIntrinsic(node);
        if (call?.fn !== 'Fn::If')
            return;
        const first = argList(call)?.[0];
        if (first?.kind === 'scalar' && first.value !== null)
            names.push(String(first.value));
    });
    return names;
}
/**
 * One scope per assignment of the given undecided conditions, skipping assignments that
 * contradict the conditions' own definitions (e.g. `IsProd` true and `NotProd: !Not [IsProd]` true).
 */
function enumerateVariants(names, makeScope) {
    const variants = [];
    for (let mask = 0; mask < 1 << names.length; mask++) {
        const assumed = new Map(names.map((name, i) => [name, ((mask >> i) & 1) === 0]));
        const scope = makeScope(assumed);
        const consistent = names.every((name) => {
            const own = scope.evaluateCondition(name);
            return own === undefined || own === assumed.get(name);
        });
        if (consistent)
            variants.push({ assumptions: Object.fromEntries(assumed), scope });
    }
    // Conditions that contradict every assignment (a circular definition): leave them undecided.
    if (!variants.length)
        variants.push({ assumptions: {}, scope: makeScope(new Map()) });
    return variants;
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/mentions.ts

/**
 * The names a raw tree may refer to: `!Ref X` and literals give `X`, `!GetAtt X.Arn` gives `X`,
 * `!Sub "${X}…${Y.Arn}"` gives `X` and `Y`. Read once per resource so that linking a role looks
 * only at the resources that could name it (templates with thousands of resources stay linear).
 */
function mentionedNames(root) {
    const names = new Set();
    walk(root, (node) => {
        if (node.kind !== 'scalar' || typeof node.value !== 'string')
            return;
        const value = node.value;
        names.add(value);
        const dot = value.indexOf('.');
        if (dot > 0)
            names.add(value.slice(0, dot));
        if (value.includes('${'))
            for (const m of value.matchAll(/\$\{([^}.!]+)[}.]/g))
                names.add(m[1].trim());
    });
    return names;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/parsers/cloudformation/scope.ts



/** Pseudo parameters that stay symbolic inside strings: they stand for a value of a known kind. */
const symbolicPseudo = new Set(['AWS::Partition', 'AWS::AccountId', 'AWS::Region', 'AWS::URLSuffix']);
const maxDepth = 1000;
/**
 * Resolves intrinsic functions of one template under one assignment of the conditions that the
 * parameters leave undecided. What the template does not determine becomes an `unresolved` node
 * whose reason names it; `undefined` is `AWS::NoValue` (the property or list item is absent).
 */
class Scope {
    template;
    parameters;
    assumptions;
    diagnostics;
    useDefaults;
    conditionMemo = new Map();
    conditionStack = [];
    nameStack = [];
    propertyMemo = new Map();
    constructor(template, parameters, assumptions, diagnostics, 
    /** false: only explicitly given parameter values count (to tell a default from a decision). */
    useDefaults = true) {
        this.template = template;
        this.parameters = parameters;
        this.assumptions = assumptions;
        this.diagnostics = diagnostics;
        this.useDefaults = useDefaults;
    }
    /** A resolved property of a resource (memoized per scope). */
    property(resource, key) {
        const memoKey = `${resource.logicalId}\u0000${key}`;
        if (this.propertyMemo.has(memoKey))
            return this.propertyMemo.get(memoKey);
        let props = resource.properties;
        if (props && asIntrinsic(props))
            props = this.resolve(props);
        const raw = props?.kind === 'map' ? (0,located/* get */.Jt)(props, key) : undefined;
        const value = raw ? this.resolve(raw) : undefined;
        this.propertyMemo.set(memoKey, value);
        return value;
    }
    resolve(node, depth = 0) {
        if (depth > maxDepth)
            return unresolvedNode('value nested too deeply', node.loc);
        const call = asIntrinsic(node);
        if (call)
            return this.call(call, depth + 1);
        // A collection with nothing to resolve inside is its own result (nothing mutates resolved
        // nodes): copied only from the first entry or item that resolves to something else.
        if (node.kind === 'map') {
            let entries;
            for (let i = 0; i < node.entries.length; i++) {
                const e = node.entries[i];
                const value = this.resolve(e.value, depth + 1);
                if (value === e.value && !entries)
                    continue;
                entries ??= node.entries.slice(0, i);
                if (value !== undefined)
                    entries.push(value === e.value ? e : { ...e, value });
            }
            return entries ? { ...node, entries } : node;
        }
        if (node.kind === 'seq') {
            let items;
            for (let i = 0; i < node.items.length; i++) {
                const item = node.items[i];
                const value = this.resolve(item, depth + 1);
                if (value === item && !items)
                    continue;
                items ??= node.items.slice(0, i);
                if (value !== undefined)
                    items.push(value);
            }
            return items ? { ...node, items } : node;
        }
        return node;
    }
    /** The text of a resolved value, or the unresolved node that stands in for it. */
    text(node, loc) {
        if (node === undefined)
            return unresolvedNode('AWS::NoValue used where a value is needed', loc);
        if (node.kind === 'unresolved')
            return node;
        if (node.kind === 'scalar')
            return node.value === null ? '' : String(node.value);
        return unresolvedNode(`a ${node.kind === 'seq' ? 'list' : 'mapping'} where a string is expected`, node.loc);
    }
    /** true / false when the parameters (or this variant's assumptions) decide the condition. */
    condition(name, loc) {
        if (this.assumptions.has(name))
            return this.assumptions.get(name);
        return this.evaluateCondition(name, loc);
    }
    /** A condition's own expression, ignoring any assumption made about that very condition. */
    evaluateCondition(name, loc) {
        if (this.conditionMemo.has(name))
            return this.conditionMemo.get(name);
        const node = this.template.conditions.get(name);
        if (!node) {
            this.diagnostics.warn('unknown-condition', `condition '${name}' is not defined in Conditions`, loc);
            return undefined;
        }
        if (this.conditionStack.includes(name)) {
            const chain = [...this.conditionStack.slice(this.conditionStack.indexOf(name)), name].join(' → ');
            this.diagnostics.warn('circular-reference', `circular condition: ${chain}`, node.loc);
            return undefined;
        }
        this.conditionStack.push(name);
        let value;
        try {
            value = this.conditionExpression(node, 0);
        }
        finally {
            this.conditionStack.pop();
        }
        this.conditionMemo.set(name, value);
        return value;
    }
    conditionExpression(node, depth) {
        if (depth > maxDepth)
            return undefined;
        const call = asIntrinsic(node, true);
        if (!call)
            return undefined;
        const args = argList(call) ?? [];
        const sub = args.map((a) => () => this.conditionExpression(a, depth + 1));
        switch (call.fn) {
            case 'Fn::Equals': {
                if (args.length !== 2)
                    return undefined;
                const [a, b] = args.map((a) => this.text(this.resolve(a, depth + 1), a.loc));
                if (typeof a !== 'string' || typeof b !== 'string')
                    return undefined;
                // `!Equals [!Ref AWS::Region, us-east-1]`: a symbolic value is not known.
                if (a.includes('${AWS::') || b.includes('${AWS::'))
                    return undefined;
                return a === b;
            }
            case 'Fn::And':
                return threeValued(sub, 'and');
            case 'Fn::Or':
                return threeValued(sub, 'or');
            case 'Fn::Not': {
                const v = sub[0]?.();
                return v === undefined ? undefined : !v;
            }
            case 'Condition':
                return call.arg.kind === 'scalar' ? this.condition(String(call.arg.value), call.loc) : undefined;
            default:
                return undefined;
        }
    }
    call(call, depth) {
        const { fn, arg, loc } = call;
        const args = argList(call);
        switch (fn) {
            case 'Ref':
                return arg.kind === 'scalar' ? this.ref(String(arg.value), loc) : bad(fn, loc);
            case 'Fn::GetAtt': {
                if (arg.kind === 'scalar') {
                    const text = String(arg.value);
                    const dot = text.indexOf('.');
                    if (dot < 0)
                        return bad(fn, loc);
                    return this.getAtt(text.slice(0, dot), text.slice(dot + 1), loc);
                }
                if (args?.length !== 2 || args[0].kind !== 'scalar')
                    return bad(fn, loc);
                const attr = this.text(this.resolve(args[1], depth), loc);
                if (typeof attr !== 'string')
                    return attr;
                return this.getAtt(String(args[0].value), attr, loc);
            }
            case 'Fn::Sub':
                return this.sub(call, depth);
            case 'Fn::Join': {
                if (args?.length !== 2)
                    return bad(fn, loc);
                const delimiter = this.text(this.resolve(args[0], depth), loc);
                if (typeof delimiter !== 'string')
                    return delimiter;
                const list = this.resolve(args[1], depth);
                if (list?.kind === 'unresolved')
                    return list;
                if (list?.kind !== 'seq')
                    return bad(fn, loc);
                const parts = [];
                for (const [i, item] of list.items.entries()) {
                    const t = this.text(item, item.loc);
                    if (typeof t !== 'string')
                        return asRoleArn(t, [...parts, ''].join(delimiter), i === list.items.length - 1 ? '' : '?');
                    parts.push(t);
                }
                return scalar(parts.join(delimiter), loc);
            }
            case 'Fn::Select': {
                if (args?.length !== 2)
                    return bad(fn, loc);
                const index = this.text(this.resolve(args[0], depth), loc);
                if (typeof index !== 'string')
                    return index;
                const list = this.resolve(args[1], depth);
                if (list?.kind === 'unresolved')
                    return list;
                if (list?.kind !== 'seq')
                    return bad(fn, loc);
                const item = list.items[Number(index)];
                return item ?? unresolvedNode(`Fn::Select index ${index} is out of range`, loc);
            }
            case 'Fn::Split': {
                if (args?.length !== 2)
                    return bad(fn, loc);
                const delimiter = this.text(this.resolve(args[0], depth), loc);
                if (typeof delimiter !== 'string')
                    return delimiter;
                const source = this.text(this.resolve(args[1], depth), loc);
                if (typeof source !== 'string')
                    return source;
                return { kind: 'seq', loc, items: source.split(delimiter).map((s) => scalar(s, loc)) };
            }
            case 'Fn::FindInMap':
                return this.findInMap(call, depth);
            case 'Fn::If': {
                if (args?.length !== 3 || args[0].kind !== 'scalar')
                    return bad(fn, loc);
                const name = String(args[0].value);
                const value = this.condition(name, loc);
                if (value === undefined)
                    return unresolvedNode(`condition '${name}' is not decided by the parameters`, loc);
                return this.resolve(value ? args[1] : args[2], depth);
            }
            case 'Fn::Equals':
            case 'Fn::And':
            case 'Fn::Or':
            case 'Fn::Not':
            case 'Condition': {
                const value = this.conditionExpression(wrap(call), depth);
                return value === undefined
                    ? unresolvedNode(`${fn} is not decided by the parameters`, loc)
                    : scalar(value, loc);
            }
            case 'Fn::ImportValue': {
                const name = this.text(this.resolve(arg, depth), loc);
                return unresolvedNode(typeof name === 'string'
                    ? `Fn::ImportValue '${name}' (an output of another stack)`
                    : `Fn::ImportValue of ${name.reason}`, loc);
            }
            case 'Fn::Base64': {
                const text = this.text(this.resolve(arg, depth), loc);
                return typeof text === 'string' ? scalar(external_node_buffer_.Buffer.from(text).toString('base64'), loc) : text;
            }
            case 'Fn::ToJsonString':
                // A policy given through ToJsonString reads the same as the structure itself.
                return this.resolve(arg, depth);
            case 'Fn::Length': {
                const list = this.resolve(arg, depth);
                if (list?.kind === 'unresolved')
                    return list;
                return list?.kind === 'seq' ? scalar(list.items.length, loc) : bad(fn, loc);
            }
            case 'Fn::GetAZs':
                return unresolvedNode('Fn::GetAZs (the availability zones of the region at deployment)', loc);
            case 'Fn::Cidr':
                return unresolvedNode('Fn::Cidr (address blocks computed at deployment)', loc);
            case 'Fn::Transform':
                return unresolvedNode('Fn::Transform (a macro that rewrites this value at deployment)', loc);
            default:
                return unresolvedNode(`unsupported intrinsic function ${fn}`, loc);
        }
    }
    sub(call, depth) {
        const { arg, loc } = call;
        let source = arg;
        let variables;
        if (arg.kind === 'seq') {
            source = arg.items[0];
            if (arg.items[1]?.kind === 'map')
                variables = arg.items[1];
        }
        if (source?.kind !== 'scalar' || typeof source.value !== 'string')
            return bad('Fn::Sub', loc);
        const text = source.value;
        let out = '';
        let last = 0;
        for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
            out += text.slice(last, m.index);
            last = m.index + m[0].length;
            const name = m[1].trim();
            if (name.startsWith('!')) {
                out += `\${${name.slice(1)}}`;
                continue;
            }
            let value;
            const variable = variables ? (0,located/* get */.Jt)(variables, name) : undefined;
            if (variable)
                value = this.resolve(variable, depth);
            else if (symbolicPseudo.has(name) && this.parameters[name] === undefined) {
                out += `\${${name}}`;
                continue;
            }
            else if (name.includes('.') && !name.startsWith('AWS::')) {
                const dot = name.indexOf('.');
                value = this.getAtt(name.slice(0, dot), name.slice(dot + 1), loc);
            }
            else
                value = this.ref(name, loc);
            const part = this.text(value, loc);
            if (typeof part !== 'string')
                return asRoleArn(part, out, text.slice(last));
            out += part;
        }
        return scalar(out + text.slice(last), loc);
    }
    findInMap(call, depth) {
        const args = argList(call);
        const { loc } = call;
        if (!args || args.length < 3)
            return bad('Fn::FindInMap', loc);
        const keys = [];
        for (const a of args.slice(0, 3)) {
            const key = this.text(this.resolve(a, depth), a.loc);
            if (typeof key !== 'string')
                return unresolvedNode(`Fn::FindInMap key: ${key.reason}`, key.loc);
            keys.push(key);
        }
        let node = this.template.mappings;
        for (const key of keys)
            node = node?.kind === 'map' ? (0,located/* get */.Jt)(node, key) : undefined;
        if (node)
            return this.resolve(node, depth);
        // AWS::LanguageExtensions: a fourth argument `{DefaultValue: …}`.
        const fallback = args[3]?.kind === 'map' ? (0,located/* get */.Jt)(args[3], 'DefaultValue') : undefined;
        if (fallback)
            return this.resolve(fallback, depth);
        return unresolvedNode(`Fn::FindInMap: Mappings has no ${keys.join('.')}`, loc);
    }
    /** `Ref name`: a parameter, a pseudo parameter or a template resource. */
    ref(name, loc) {
        if (name.startsWith('AWS::'))
            return this.pseudo(name, loc);
        const parameter = this.template.parameters.get(name);
        if (parameter) {
            const given = this.parameters[name];
            let value = given;
            if (value === undefined && this.useDefaults) {
                const fallback = (0,located/* get */.Jt)(parameter.node, 'Default');
                if (fallback?.kind === 'scalar' && fallback.value !== null)
                    value = String(fallback.value);
                else if (fallback?.kind === 'seq')
                    value = fallback.items.map((i) => (i.kind === 'scalar' ? String(i.value) : '')).join(',');
            }
            if (value === undefined)
                return unresolvedNode(`parameter '${name}' has no value (no Default; set it with --parameter ${name}=…)`, loc);
            // The Default of an SSM parameter type names the SSM parameter, not the value.
            if (given === undefined && parameter.fromSsm)
                return unresolvedNode(`parameter '${name}' is read from SSM parameter '${value}' at deployment (set it with --parameter ${name}=…)`, loc);
            if (parameter.isList)
                return { kind: 'seq', loc, items: value.split(',').map((s) => scalar(s, loc)) };
            return scalar(value, loc);
        }
        const resource = this.template.resources.get(name);
        if (resource)
            return this.resourceRef(resource, loc);
        return this.undefinedReference(`Ref to '${name}'`, loc);
    }
    /** A reference to nothing the template declares: a mistake, or something a transform creates. */
    undefinedReference(what, loc) {
        if (this.template.transforms.length)
            return unresolvedNode(`${what}, which only the template's Transform creates`, loc);
        this.diagnostics.warn('unknown-reference', `${what}, which the template does not define`, loc);
        return unresolvedNode(`${what}, which the template does not define`, loc);
    }
    pseudo(name, loc) {
        const given = this.parameters[name];
        if (given !== undefined)
            return scalar(given, loc);
        if (name === 'AWS::NoValue')
            return undefined;
        if (symbolicPseudo.has(name))
            return scalar(`\${${name}}`, loc);
        return unresolvedNode(`pseudo parameter ${name} (known only at deployment)`, loc);
    }
    resourceRef(resource, loc) {
        const target = { logicalId: resource.logicalId };
        switch (resource.type) {
            case 'AWS::IAM::Role':
                return withTarget(this.physicalName(resource, 'RoleName', loc), target);
            case 'AWS::IAM::InstanceProfile':
                return withTarget(this.physicalName(resource, 'InstanceProfileName', loc), target);
            case 'AWS::IAM::ManagedPolicy':
                return withTarget(this.arn(resource, 'policy', 'ManagedPolicyName', loc), target);
            default:
                return withTarget(unresolvedNode(`Ref to ${resource.type} '${resource.logicalId}' (known only after deployment)`, loc), target);
        }
    }
    getAtt(logicalId, attribute, loc) {
        const resource = this.template.resources.get(logicalId);
        if (!resource) {
            return this.undefinedReference(`Fn::GetAtt of '${logicalId}'`, loc);
        }
        const target = { logicalId, attribute };
        const { type } = resource;
        if (type === 'AWS::IAM::Role' && attribute === 'Arn')
            return withTarget(this.arn(resource, 'role', 'RoleName', loc), target);
        if (type === 'AWS::IAM::ManagedPolicy' && attribute === 'PolicyArn')
            return withTarget(this.arn(resource, 'policy', 'ManagedPolicyName', loc), target);
        if (type === 'AWS::IAM::InstanceProfile' && attribute === 'Arn')
            return withTarget(this.arn(resource, 'instance-profile', 'InstanceProfileName', loc), target);
        let reason;
        if (type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.'))
            reason = `output '${attribute.slice(8)}' of nested stack '${logicalId}'`;
        else if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource')
            reason = `attribute '${attribute}' of custom resource '${logicalId}' (${type})`;
        else
            reason = `attribute '${attribute}' of ${type} '${logicalId}' (known only after deployment)`;
        return withTarget(unresolvedNode(reason, loc), target);
    }
    /** `arn:${AWS::Partition}:iam::${AWS::AccountId}:<kind><Path><name>` when the name is set. */
    arn(resource, kind, nameProperty, loc) {
        const name = this.physicalName(resource, nameProperty, loc);
        if (name.kind === 'unresolved')
            return name.role ? { ...name, role: { ...name.role, part: 'arn' } } : name;
        const path = this.guarded(resource, loc, () => this.property(resource, 'Path'));
        const pathText = path === undefined ? '/' : this.text(path, loc);
        if (typeof pathText !== 'string')
            return pathText;
        const partition = this.text(this.pseudo('AWS::Partition', loc), loc);
        const account = this.text(this.pseudo('AWS::AccountId', loc), loc);
        if (typeof partition !== 'string')
            return partition;
        if (typeof account !== 'string')
            return account;
        return scalar(`arn:${partition}:iam::${account}:${kind}${pathText}${String(name.value)}`, loc);
    }
    physicalName(resource, nameProperty, loc) {
        const value = this.guarded(resource, loc, () => this.property(resource, nameProperty));
        if (value === undefined) {
            const node = unresolvedNode(`the name of ${resource.type} '${resource.logicalId}' (generated by CloudFormation at deployment)`, loc);
            // A role of this very template: as a principal, one specific role (issue 12).
            if (resource.type === 'AWS::IAM::Role')
                node.role = { key: resource.logicalId, part: 'name' };
            return node;
        }
        const text = this.text(value, loc);
        return typeof text === 'string' ? scalar(text, loc) : text;
    }
    /** Runs `read` unless it re-enters the same resource: circular Ref/GetAtt chains end here. */
    guarded(resource, loc, read) {
        const id = resource.logicalId;
        if (this.nameStack.includes(id)) {
            const chain = [...this.nameStack.slice(this.nameStack.indexOf(id)), id].join(' → ');
            this.diagnostics.warn('circular-reference', `circular reference: ${chain}`, resource.loc);
            return unresolvedNode(`circular reference: ${chain}`, loc);
        }
        this.nameStack.push(id);
        try {
            return read();
        }
        finally {
            this.nameStack.pop();
        }
    }
}
function scalar(value, loc) {
    return { kind: 'scalar', value, loc };
}
function unresolvedNode(reason, loc) {
    return { kind: 'unresolved', reason, loc };
}
function bad(fn, loc) {
    return unresolvedNode(`malformed ${fn}`, loc);
}
const roleArnPrefix = /^arn:(?:\$\{AWS::Partition\}|[^:]+):iam::(?:\$\{AWS::AccountId\}|\d*):role\/(?:.*\/)?$/;
/**
 * An unresolved part inside `Fn::Sub`/`Fn::Join`: when it is the generated name of a template role
 * and the text around it makes the role's ARN (`arn:…:iam::…:role/` before it, nothing after), the
 * whole value is that role's ARN; otherwise it is just unresolved (issue 12).
 */
function asRoleArn(part, before, after) {
    if (!part.role)
        return part;
    const { role, ...rest } = part;
    return role.part === 'name' && after === '' && roleArnPrefix.test(before)
        ? { ...rest, role: { ...role, part: 'arn' } }
        : rest;
}
function withTarget(node, target) {
    return { ...node, target };
}
/** Rebuilds the one-key mapping form of a condition function so conditionExpression can read it. */
function wrap(call) {
    return { kind: 'map', loc: call.loc, entries: [{ key: call.fn, keyLoc: call.loc, value: call.arg }] };
}
function threeValued(parts, op) {
    let unknown = false;
    for (const part of parts) {
        const v = part();
        if (v === undefined)
            unknown = true;
        else if (op === 'and' && !v)
            return false;
        else if (op === 'or' && v)
            return true;
    }
    return unknown ? undefined : op === 'and';
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/link.ts







const allChecks = ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'];
/** The properties that shape a role, per resource type: only these are resolved. */
const iamProperties = {
    'AWS::IAM::Role': [
        'AssumeRolePolicyDocument',
        'Policies',
        'ManagedPolicyArns',
        'PermissionsBoundary',
        'RoleName',
        'Path',
        'Tags',
    ],
    'AWS::IAM::Policy': ['PolicyName', 'PolicyDocument', 'Roles'],
    'AWS::IAM::RolePolicy': ['PolicyName', 'PolicyDocument', 'RoleName'],
    'AWS::IAM::ManagedPolicy': ['ManagedPolicyName', 'Path', 'PolicyDocument', 'Roles'],
    'AWS::IAM::InstanceProfile': ['InstanceProfileName', 'Path', 'Roles'],
};
/**
 * Transforms that leave a declared AWS::IAM::Role as written and can only add to it (SAM
 * connectors attach policies; Fn::ForEach stamps out more resources). Any other macro, and
 * AWS::Include, may rewrite the role itself.
 */
const additiveTransforms = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);
/** Resources that can attach something to a role defined elsewhere in the template. */
const attacherTypes = new Set([
    'AWS::IAM::Policy',
    'AWS::IAM::RolePolicy',
    'AWS::IAM::ManagedPolicy',
    'AWS::IAM::InstanceProfile',
]);
function isOpaque(resource) {
    return (resource.type === 'AWS::CloudFormation::Stack' ||
        resource.type === 'AWS::CloudFormation::CustomResource' ||
        resource.type.startsWith('Custom::'));
}
/** Every AWS::IAM::Role of the template, linked to its policies, boundary and instance profiles. */
function linkRoles(template, parameters, diagnostics) {
    const base = new Scope(template, parameters, new Map(), diagnostics);
    const links = indexLinks(template, base);
    const roles = [];
    for (const resource of template.resources.values()) {
        if (resource.type !== 'AWS::IAM::Role')
            continue;
        let forced;
        if (resource.condition && base.condition(resource.condition) === false) {
            const explicit = new Scope(template, parameters, new Map(), diagnostics, false);
            if (explicit.condition(resource.condition) === false) {
                diagnostics.warn('role-not-created', `role '${resource.logicalId}' is not created: its condition '${resource.condition}' is false for the given parameters`, resource.loc);
                continue;
            }
            // False only by parameter defaults: check the role as it is when someone creates it.
            forced = resource.condition;
            diagnostics.warn('role-condition-default-false', `role '${resource.logicalId}' is created only when condition '${forced}' holds, which parameter defaults make false: checked as if it held`, resource.loc);
        }
        // Without assumptions a role's scope is the template's own: its resolved properties are shared
        // by every role (each warning is said once per template either way).
        const makeScope = (assumed) => !forced && assumed.size === 0
            ? base
            : new Scope(template, parameters, forced ? new Map([...assumed, [forced, true]]) : assumed, diagnostics);
        const role = linkRole(resource, template, links, makeScope(new Map()), makeScope);
        if (role)
            roles.push(role);
    }
    for (const { resource, node, matched } of links.unlinked.values())
        if (!matched && node.kind === 'unresolved')
            diagnostics.warn('unlinked-reference', `${resource.type} '${resource.logicalId}' names a role by ${node.reason}: not linked to a role of this template`, node.loc);
    return roles;
}
function indexLinks(template, base) {
    const roleKeys = new Map();
    const addKey = (key, roleId) => {
        const ids = roleKeys.get(key);
        if (ids)
            ids.push(roleId);
        else
            roleKeys.set(key, [roleId]);
    };
    for (const r of template.resources.values()) {
        if (r.type !== 'AWS::IAM::Role')
            continue;
        addKey(r.logicalId, r.logicalId);
        const name = base.property(r, 'RoleName');
        if (name?.kind === 'scalar' && name.value !== null)
            addKey(String(name.value), r.logicalId);
    }
    const links = {
        naming: new Map(),
        dynamic: [],
        managedPolicies: new Map(),
        policyByArn: new Map(),
        unlinked: new Map(),
    };
    for (const r of template.resources.values()) {
        const relevant = attacherTypes.has(r.type) || isOpaque(r);
        if (!relevant)
            continue;
        const names = new Set();
        for (const node of isOpaque(r) ? (r.properties ? [r.properties] : []) : rawIamProperties(r))
            for (const n of mentionedNames(node))
                names.add(n);
        const roleIds = new Set([...names].flatMap((n) => roleKeys.get(n) ?? []));
        for (const id of roleIds) {
            const list = links.naming.get(id);
            if (list)
                list.push(r);
            else
                links.naming.set(id, [r]);
        }
        if (!attacherTypes.has(r.type))
            continue;
        if (roleEntries(r, base).some((e) => e.kind === 'unresolved' && !e.target))
            links.dynamic.push(r);
        if (r.type === 'AWS::IAM::ManagedPolicy') {
            links.managedPolicies.set(r.logicalId, r);
            const arn = base.ref(r.logicalId, r.loc);
            if (arn?.kind === 'scalar')
                links.policyByArn.set(String(arn.value), r);
        }
    }
    return links;
}
/** The role names or references an attacher lists (Roles, or RoleName for AWS::IAM::RolePolicy). */
function roleEntries(attacher, scope) {
    if (attacher.type === 'AWS::IAM::RolePolicy') {
        const value = scope.property(attacher, 'RoleName');
        return value ? [value] : [];
    }
    return listItems(scope.property(attacher, 'Roles'));
}
function linkRole(resource, template, links, base, makeScope) {
    const nameNode = base.property(resource, 'RoleName');
    const name = nameNode === undefined ? undefined : str(base.text(nameNode, resource.loc));
    const naming = links.naming.get(resource.logicalId) ?? [];
    // Template managed policies that the role itself lists (ManagedPolicyArns, PermissionsBoundary).
    const ownNames = links.managedPolicies.size
        ? new Set(rawIamProperties(resource).flatMap((n) => [...mentionedNames(n)]))
        : new Set();
    const listed = [...ownNames].flatMap((n) => links.managedPolicies.get(n) ?? []);
    const attachers = [...new Set([...naming.filter((r) => attacherTypes.has(r.type)), ...links.dynamic])];
    // Conditions that change this role: its own, its linked resources', and every Fn::If inside them.
    const mentioned = [];
    for (const r of [resource, ...naming.filter((r) => attacherTypes.has(r.type)), ...listed]) {
        if (r.condition)
            mentioned.push(r.condition);
        // Only conditions the template defines count: without any, no need to look for Fn::If.
        if (template.conditions.size)
            for (const node of rawIamProperties(r))
                mentioned.push(...ifConditions(node));
    }
    const undecided = [...new Set(mentioned)].filter((c) => template.conditions.has(c) && base.condition(c) === undefined);
    const assumed = undecided.slice(0, maxUndecidedConditions);
    const overflow = undecided.slice(maxUndecidedConditions);
    const shared = [];
    if (template.transforms.length) {
        const onlyAdds = template.transforms.every((t) => additiveTransforms.has(t));
        shared.push({
            checks: allChecks,
            reason: onlyAdds
                ? `the template uses Transform ${template.transforms.join(', ')}: it may add policies or instance profiles to this role`
                : `the template uses Transform ${template.transforms.join(', ')}: roles may differ after the transform`,
            location: template.transformLoc,
            ...(onlyAdds ? { onlyAdds } : {}),
        });
    }
    if (overflow.length)
        shared.push({
            checks: allChecks,
            reason: `more than ${maxUndecidedConditions} undecided conditions shape this role; not enumerated: ${overflow.join(', ')}`,
            location: resource.loc,
        });
    // What receives the role outside the template may attach to it: a note, not an open question
    // (design.md §2, issue 12): the verdict stays what the template proves.
    const notes = [];
    for (const other of naming.filter(isOpaque)) {
        const what = other.type === 'AWS::CloudFormation::Stack'
            ? `nested stack '${other.logicalId}'`
            : `custom resource '${other.logicalId}' (${other.type})`;
        notes.push({
            checks: ['permissions'],
            text: `${what} receives this role and may attach more policies; if it does, declare them in this template or waive this check`,
            location: other.loc,
        }, {
            checks: ['instance-profile'],
            text: `${what} receives this role and may put it in an instance profile; if it does, declare the profile in this template or waive this check`,
            location: other.loc,
        });
    }
    const complete = !template.transforms.length;
    const variants = [];
    for (const { assumptions, scope } of enumerateVariants(assumed, makeScope)) {
        const exists = resource.condition ? scope.condition(resource.condition) : true;
        if (exists === false)
            continue;
        const shape = buildShape(resource, attachers, links, scope, typeof name === 'string' ? name : undefined);
        shape.assumptions = { ...Object.fromEntries(scope.assumptions), ...assumptions };
        shape.openQuestions.unshift(...shared);
        if (notes.length)
            shape.notes = notes;
        if (exists === undefined)
            shape.openQuestions.push({
                checks: allChecks,
                reason: `the role exists only if condition '${resource.condition}' holds, which is not decided`,
                location: resource.loc,
            });
        shape.complete = { policies: complete, instanceProfiles: complete };
        variants.push(shape);
    }
    if (!variants.length)
        return undefined;
    const role = {
        id: `${template.file}#${resource.logicalId}`,
        key: resource.logicalId,
        source: 'cloudformation',
        file: template.file,
        location: resource.loc,
        tags: tagsOf(base.property(resource, 'Tags'), base),
        variants,
    };
    if (name !== undefined)
        role.name = name;
    // What ties a worker role to Veeam besides its name (issue 13 selection).
    for (const key of ['Path', 'Description']) {
        const node = base.property(resource, key);
        if (node)
            role[key === 'Path' ? 'path' : 'description'] = str(base.text(node, resource.loc));
    }
    const waivers = metadataWaivers(resource.metadata);
    if (waivers.length)
        role.inlineWaivers = waivers;
    return role;
}
function buildShape(role, attachers, links, scope, roleName) {
    const shape = {
        assumptions: {},
        policies: [],
        instanceProfiles: [],
        complete: { policies: true, instanceProfiles: true },
        openQuestions: [],
    };
    const trust = scope.property(role, 'AssumeRolePolicyDocument');
    if (trust) {
        shape.trustPolicy = (0,policy_document/* policyFromNode */.bC)(trust);
        if (trust.kind === 'unresolved')
            shape.trustUnresolved = (0,model_value/* unresolved */.I)(trust.reason, trust.loc);
    }
    const inline = scope.property(role, 'Policies');
    for (const item of listItems(inline)) {
        if (item.kind === 'map') {
            const nameNode = (0,located/* get */.Jt)(item, 'PolicyName');
            shape.policies.push({
                kind: 'inline',
                name: nameNode ? str(scope.text(nameNode, item.loc)) : '(unnamed)',
                document: documentOf((0,located/* get */.Jt)(item, 'PolicyDocument'), item.loc),
                location: item.loc,
            });
        }
        else
            shape.policies.push(unresolvedPolicy('inline', item));
    }
    const seenManaged = new Set();
    for (const item of listItems(scope.property(role, 'ManagedPolicyArns'))) {
        const policy = managedPolicy(item, links, scope);
        if (item.target)
            seenManaged.add(item.target.logicalId);
        shape.policies.push(policy);
    }
    const boundary = scope.property(role, 'PermissionsBoundary');
    if (boundary)
        shape.permissionsBoundary = managedPolicy(boundary, links, scope);
    for (const other of attachers) {
        const attached = attaches(other, role, scope, links, roleName);
        if (attached === 'no')
            continue;
        const exists = other.condition ? scope.condition(other.condition) : true;
        if (exists === false)
            continue;
        const isProfile = other.type === 'AWS::IAM::InstanceProfile';
        if (attached === 'maybe') {
            const document = isProfile ? undefined : scope.property(other, 'PolicyDocument');
            const onlyAdds = isProfile || (document !== undefined && !mayDeny(documentOf(document, other.loc)));
            shape.openQuestions.push({
                checks: [isProfile ? 'instance-profile' : 'permissions'],
                reason: `${other.type} '${other.logicalId}' names its role by a value the template does not determine: it may be this role`,
                location: other.loc,
                onlyAdds,
            });
            continue;
        }
        if (exists === undefined)
            shape.openQuestions.push({
                checks: [isProfile ? 'instance-profile' : 'permissions'],
                reason: `${other.type} '${other.logicalId}' exists only if condition '${other.condition}' holds, which is not decided`,
                location: other.loc,
            });
        switch (other.type) {
            case 'AWS::IAM::InstanceProfile': {
                const profile = { name: other.logicalId, location: other.loc };
                shape.instanceProfiles.push(profile);
                break;
            }
            case 'AWS::IAM::ManagedPolicy': {
                if (seenManaged.has(other.logicalId))
                    break;
                seenManaged.add(other.logicalId);
                const arn = scope.ref(other.logicalId, other.loc);
                shape.policies.push({
                    kind: 'managed',
                    name: other.logicalId,
                    arn: str(scope.text(arn, other.loc)),
                    document: documentOf(scope.property(other, 'PolicyDocument'), other.loc),
                    location: other.loc,
                });
                break;
            }
            default: {
                const nameNode = scope.property(other, 'PolicyName');
                shape.policies.push({
                    kind: 'inline',
                    name: nameNode ? str(scope.text(nameNode, other.loc)) : other.logicalId,
                    document: documentOf(scope.property(other, 'PolicyDocument'), other.loc),
                    location: other.loc,
                });
            }
        }
    }
    return shape;
}
/**
 * Whether an AWS::IAM::Policy/RolePolicy/ManagedPolicy/InstanceProfile names this role: 'maybe'
 * when it names a role by a value the template does not determine and this role has a RoleName
 * that value could equal (a generated name cannot be known in advance).
 */
function attaches(other, role, scope, links, roleName) {
    const roleNameNode = scope.property(role, 'RoleName');
    let found = false;
    let unknown = false;
    roleEntries(other, scope).forEach((entry, i) => {
        if (entry.target)
            found ||= entry.target.logicalId === role.logicalId;
        else if (entry.kind === 'scalar')
            found ||= roleName !== undefined && String(entry.value) === roleName;
        else if (entry.kind === 'unresolved') {
            // `RoleName: !Ref Name` and `Roles: [!Ref Name]` name the same role whatever the value.
            const same = roleNameNode?.kind === 'unresolved' && roleNameNode.reason === entry.reason;
            found ||= same;
            unknown ||= !same && roleNameNode !== undefined;
            const key = `${other.logicalId}#${i}`;
            const seen = links.unlinked.get(key);
            links.unlinked.set(key, { resource: other, node: entry, matched: same || (seen?.matched ?? false) });
        }
    });
    return found ? 'yes' : unknown ? 'maybe' : 'no';
}
/** Whether a policy could take permissions away (a Deny, or content that cannot be read). */
function mayDeny(document) {
    return document.unresolved !== undefined || document.statements.some((s) => s.effect !== 'Allow');
}
/** A ManagedPolicyArns entry or PermissionsBoundary: a template policy (with its document) or an ARN. */
function managedPolicy(item, links, scope) {
    const target = item.target ? scope.template.resources.get(item.target.logicalId) : undefined;
    if (target?.type === 'AWS::IAM::ManagedPolicy') {
        return {
            kind: 'managed',
            name: target.logicalId,
            arn: str(scope.text(item, item.loc)),
            document: documentOf(scope.property(target, 'PolicyDocument'), target.loc),
            location: item.loc,
        };
    }
    if (item.kind !== 'scalar')
        return unresolvedPolicy('managed', item);
    const arn = String(item.value);
    // A literal ARN of a customer policy that this template creates by name.
    const named = links.policyByArn.get(arn);
    if (named)
        return {
            kind: 'managed',
            name: named.logicalId,
            arn,
            document: documentOf(scope.property(named, 'PolicyDocument'), named.loc),
            location: item.loc,
        };
    return { kind: 'managed', name: arn, arn, location: item.loc };
}
function unresolvedPolicy(kind, item) {
    const reason = item.kind === 'unresolved'
        ? item.reason
        : `a ${item.kind === 'seq' ? 'list' : 'mapping'} where a policy is expected`;
    const u = (0,model_value/* unresolved */.I)(reason, item.loc);
    return { kind, name: u, unresolved: u, location: item.loc };
}
function documentOf(node, loc) {
    if (!node)
        return { statements: [], location: loc, problems: ['policy has no PolicyDocument'] };
    return (0,policy_document/* policyFromNode */.bC)(node);
}
/** A list property's items; an unresolved list is one unresolved item (so it is not lost). */
function listItems(node) {
    if (!node)
        return [];
    return node.kind === 'seq' ? node.items : [node];
}
function str(value) {
    return typeof value === 'string' ? value : (0,model_value/* unresolved */.I)(value.reason, value.loc);
}
function tagsOf(node, scope) {
    const tags = {};
    if (node?.kind !== 'seq')
        return tags;
    for (const item of node.items) {
        if (item.kind !== 'map')
            continue;
        const key = (0,located/* get */.Jt)(item, 'Key');
        const value = (0,located/* get */.Jt)(item, 'Value');
        if (key?.kind !== 'scalar' || !value)
            continue;
        tags[String(key.value)] = str(scope.text(value, item.loc));
    }
    return tags;
}
function rawIamProperties(resource) {
    const props = resource.properties;
    if (props?.kind !== 'map')
        return props ? [props] : [];
    const keys = iamProperties[resource.type] ?? [];
    return keys.map((k) => (0,located/* get */.Jt)(props, k)).filter((n) => n !== undefined);
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/names-no-iam.ts

/**
 * Whether a template's text shows it cannot define, attach to or put in a profile any IAM role, so
 * it need not be parsed (issue 16: a 17.5 MB template of S3 buckets took 16 s to report "0 IAM
 * roles"). Every resource that shapes a role is an `AWS::IAM::` type (Role, Policy, RolePolicy,
 * ManagedPolicy, InstanceProfile); a template that only refers to a role (an EC2 instance's
 * `IamInstanceProfile`, a Lambda function's `Role`) does not shape it, and links never cross
 * templates. Parsed all the same, in the safe direction:
 * - `AWS::Serverless` (SAM creates roles for functions, state machines, connectors) and any
 *   `Transform` (a macro or `AWS::Include` may add anything);
 * - escapes that could spell a type without writing it (`"AWS\u003a:IAM::Role"`, a double-quoted
 *   YAML line continued with a backslash).
 * The words are searched anywhere, comments included: a mention in a comment only costs a parse.
 */
function namesNoIam(text) {
    return (!text.includes('AWS::IAM::') &&
        !text.includes('AWS::Serverless') &&
        !text.includes('Transform') &&
        !hiddenSpelling.test(text));
}
/** `\u…`, `\U…`, `\x…` escapes (JSON, double-quoted YAML) and a backslash ending a line. */
const hiddenSpelling = /\\(?:[uUx]|\r?\n)/;
/**
 * Text that is a template for sure, without parsing it: a `Resources` key at the top, and the
 * format version or a resource type. Anything less certain is parsed as before (and a file that is
 * not a template stays uncounted).
 */
function surelyTemplate(text) {
    return (text.includes('Resources') &&
        looksLikeTemplate(text) &&
        (/["']?AWSTemplateFormatVersion["']?\s*:/.test(text) || resourceType.test(text)));
}
const resourceType = /["']?Type["']?\s*:\s*["']?[A-Za-z0-9]+::[A-Za-z0-9]+::/;

;// CONCATENATED MODULE: ./src/parsers/cloudformation/template.ts


/** Whether a parsed document is a CloudFormation template (not just any YAML or JSON). */
function isTemplate(root) {
    if (!(0,located/* isLMap */.Dw)(root))
        return false;
    if ((0,located/* get */.Jt)(root, 'AWSTemplateFormatVersion') !== undefined)
        return true;
    const resources = (0,located/* get */.Jt)(root, 'Resources');
    return ((0,located/* isLMap */.Dw)(resources) && resources.entries.some((e) => (0,located/* isLMap */.Dw)(e.value) && (0,located/* get */.Jt)(e.value, 'Type') !== undefined));
}
/** Indexes a template. A template without a usable `Resources` mapping is broken: ParseError. */
function readTemplate(root, file, warnings) {
    const resourcesEntry = (0,located/* getEntry */.XJ)(root, 'Resources');
    if (!resourcesEntry)
        throw new errors/* ParseError */.mB('template has no Resources section', root.loc.line);
    if (!(0,located/* isLMap */.Dw)(resourcesEntry.value))
        throw new errors/* ParseError */.mB('Resources is not a mapping', resourcesEntry.keyLoc.line, resourcesEntry.keyLoc.column);
    const template = {
        file,
        root,
        resources: new Map(),
        parameters: new Map(),
        conditions: new Map(),
        transforms: [],
    };
    for (const entry of resourcesEntry.value.entries) {
        // Fn::ForEach expands under AWS::LanguageExtensions; the Transform warning covers it.
        if (entry.key.startsWith('Fn::ForEach'))
            continue;
        const body = entry.value;
        const type = (0,located/* isLMap */.Dw)(body) ? (0,located/* get */.Jt)(body, 'Type') : undefined;
        if (!(0,located/* isLMap */.Dw)(body) || type?.kind !== 'scalar' || typeof type.value !== 'string') {
            warnings.push({
                code: 'malformed-resource',
                message: `resource '${entry.key}' has no Type: ignored`,
                location: entry.keyLoc,
            });
            continue;
        }
        const condition = (0,located/* get */.Jt)(body, 'Condition');
        template.resources.set(entry.key, {
            logicalId: entry.key,
            loc: entry.keyLoc,
            type: type.value,
            properties: (0,located/* get */.Jt)(body, 'Properties'),
            metadata: (0,located/* get */.Jt)(body, 'Metadata'),
            condition: condition?.kind === 'scalar' && condition.value !== null ? String(condition.value) : undefined,
        });
    }
    const parameters = (0,located/* get */.Jt)(root, 'Parameters');
    if ((0,located/* isLMap */.Dw)(parameters))
        for (const e of parameters.entries) {
            if (!(0,located/* isLMap */.Dw)(e.value))
                continue;
            const type = (0,located/* get */.Jt)(e.value, 'Type');
            const typeName = type?.kind === 'scalar' ? String(type.value) : '';
            template.parameters.set(e.key, {
                name: e.key,
                node: e.value,
                isList: typeName === 'CommaDelimitedList' ||
                    typeName.startsWith('List<') ||
                    typeName.startsWith('AWS::SSM::Parameter::Value<List<') ||
                    typeName === 'AWS::SSM::Parameter::Value<CommaDelimitedList>',
                fromSsm: typeName.startsWith('AWS::SSM::Parameter::Value<'),
            });
        }
    const mappings = (0,located/* get */.Jt)(root, 'Mappings');
    if ((0,located/* isLMap */.Dw)(mappings))
        template.mappings = mappings;
    const conditions = (0,located/* get */.Jt)(root, 'Conditions');
    if ((0,located/* isLMap */.Dw)(conditions))
        for (const e of conditions.entries)
            template.conditions.set(e.key, e.value);
    const transform = (0,located/* getEntry */.XJ)(root, 'Transform');
    if (transform) {
        template.transformLoc = transform.keyLoc;
        const items = transform.value.kind === 'seq' ? transform.value.items : [transform.value];
        for (const item of items) {
            if (item.kind === 'scalar')
                template.transforms.push(String(item.value));
            else if (item.kind === 'map') {
                // `Transform: {Name: AWS::Include, Parameters: …}`
                const name = (0,located/* get */.Jt)(item, 'Name');
                template.transforms.push(name?.kind === 'scalar' ? String(name.value) : 'a macro');
            }
        }
    }
    return template;
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/index.ts








/** CloudFormation templates (YAML or JSON): every AWS::IAM::Role, linked within its template. */
const cloudFormationParser = {
    format: 'cloudformation',
    sniff: sniffTemplate,
    parse(text, context) {
        if (!mentionsTemplateKeys(text))
            return null;
        const fail = (message, line, column) => ({
            format: 'cloudformation',
            roles: [],
            errors: [
                {
                    file: context.file,
                    // The yaml package reports its own stack overflow as a syntax error.
                    message: message.includes('Maximum call stack') ? 'template nested too deeply to read' : message,
                    ...(line ? { line } : {}),
                    ...(column ? { column } : {}),
                },
            ],
            warnings: [],
        });
        try {
            // Native JSON.parse first: large JSON that is not a template (a plan) is rejected fast;
            // text that is not strict JSON goes on to the located parsers, which give the error line.
            const json = isJsonText(text);
            const quick = json ? quickJsonRoot(text) : undefined;
            if (quick !== undefined && !quickIsTemplate(quick))
                return null;
            // A template that names no IAM type is counted, not parsed (nor its syntax checked).
            if (namesNoIam(text) && (quick !== undefined || surelyTemplate(text)))
                return { format: 'cloudformation', roles: [], errors: [], warnings: [], withoutIam: true };
            let documents;
            try {
                documents = parseDocuments(text, context.file);
            }
            catch (e) {
                if (e instanceof errors/* ParseError */.mB && looksLikeTemplate(text))
                    return fail(e.message, e.line, e.column);
                return null;
            }
            const root = documents.find(isTemplate);
            if (!root)
                return null;
            const diagnostics = new Diagnostics();
            if (documents.length > 1)
                diagnostics.warn('multiple-documents', 'the file holds several YAML documents: only the template is read', root.loc);
            walk(root, (node) => {
                if (node.kind !== 'map')
                    return;
                for (const dup of (0,located/* duplicateKeys */.ss)(node))
                    diagnostics.warn('duplicate-key', `duplicate key '${dup.key}': the last one wins`, dup.keyLoc);
            });
            const template = readTemplate(root, context.file, diagnostics.warnings);
            if (template.transforms.length)
                diagnostics.warn('transform', `the template uses Transform ${template.transforms.join(', ')}: roles may differ after the transform`, template.transformLoc);
            const roles = linkRoles(template, context.parameters, diagnostics);
            return { format: 'cloudformation', roles, errors: [], warnings: diagnostics.warnings };
        }
        catch (e) {
            if (e instanceof errors/* ParseError */.mB)
                return fail(e.message, e.line, e.column);
            if (e instanceof RangeError)
                return fail('template nested too deeply to read');
            // A bug, but one file must not stop the scan.
            return fail(`could not read the template: ${e instanceof Error ? e.message : String(e)}`);
        }
    },
};

// EXTERNAL MODULE: ./src/parsers/terraform-plan/index.ts + 9 modules
var terraform_plan = __webpack_require__(5514);
;// CONCATENATED MODULE: ./src/parsers/iam-json/fields.ts

/** A structural problem in a recognised IAM JSON file: becomes a FileError with its line. */
class ShapeProblem extends Error {
    loc;
    constructor(message, loc) {
        super(message);
        this.loc = loc;
    }
}
/** A string field, or undefined when absent; a non-string value is a ShapeProblem. */
function optionalString(map, key) {
    const entry = (0,located/* getEntry */.XJ)(map, key);
    if (!entry)
        return undefined;
    const n = entry.value;
    if (n.kind === 'scalar' && n.value === null)
        return undefined;
    if (n.kind !== 'scalar' || typeof n.value !== 'string')
        throw new ShapeProblem(`${key} is not a string`, n.loc);
    return { value: n.value, loc: n.loc };
}
function requiredString(map, key, what) {
    const s = optionalString(map, key);
    if (!s)
        throw new ShapeProblem(`${what} has no ${key}`, map.loc);
    return s;
}
function requiredMap(n, what, at) {
    if (n?.kind !== 'map')
        throw new ShapeProblem(`${what} is not a JSON object`, n?.loc ?? at);
    return n;
}
/** A list field (absent → empty); anything but a list is a ShapeProblem. */
function listOf(map, key) {
    const n = (0,located/* get */.Jt)(map, key);
    if (!n || (n.kind === 'scalar' && n.value === null))
        return [];
    if (n.kind !== 'seq')
        throw new ShapeProblem(`${key} is not a list`, n.loc);
    return n.items;
}
/** `Tags: [{Key, Value}]` as IAM writes them. */
function fields_tagsOf(map) {
    const tags = {};
    for (const item of listOf(map, 'Tags')) {
        const tag = requiredMap(item, 'a Tags entry', map.loc);
        tags[requiredString(tag, 'Key', 'a Tags entry').value] = optionalString(tag, 'Value')?.value ?? '';
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/parsers/iam-json/role-shape.ts



/**
 * A model Role from an IAM role mapping as the API writes it (get-role, list-roles, authorization
 * details) or as create-role takes it: RoleName, Arn, AssumeRolePolicyDocument (object, JSON string
 * or URL-encoded string), PermissionsBoundary (`{PermissionsBoundaryArn}` or an ARN string), Tags.
 */
function roleFromMap(map, file, extras) {
    const name = requiredString(map, 'RoleName', 'the role');
    const shape = {
        assumptions: {},
        policies: extras.policies,
        instanceProfiles: extras.instanceProfiles,
        complete: extras.complete,
        openQuestions: extras.openQuestions,
    };
    const trust = (0,located/* get */.Jt)(map, 'AssumeRolePolicyDocument');
    if (trust && !(trust.kind === 'scalar' && trust.value === null))
        shape.trustPolicy = (0,policy_document/* policyFromNode */.bC)(trust);
    const boundary = boundaryArn(map);
    if (boundary) {
        shape.permissionsBoundary = extras.managedPolicy
            ? extras.managedPolicy(boundary.value, boundary.loc)
            : { kind: 'managed', name: boundary.value, arn: boundary.value, location: boundary.loc };
    }
    const role = {
        id: `${file}#${name.value}`,
        key: name.value,
        name: name.value,
        source: 'iam-json',
        file,
        location: map.loc,
        tags: fields_tagsOf(map),
        variants: [shape],
    };
    // Read softly: a malformed Path or Description must not cost the role its check.
    const text = (key) => {
        const n = (0,located/* get */.Jt)(map, key);
        return n?.kind === 'scalar' && typeof n.value === 'string' && n.value ? n.value : undefined;
    };
    const rolePath = text('Path');
    if (rolePath)
        role.path = rolePath;
    const description = text('Description');
    if (description)
        role.description = description;
    return role;
}
function boundaryArn(map) {
    const n = (0,located/* get */.Jt)(map, 'PermissionsBoundary');
    if (!n || (n.kind === 'scalar' && (n.value === null || n.value === '')))
        return undefined;
    if (n.kind === 'map')
        return requiredString(n, 'PermissionsBoundaryArn', 'PermissionsBoundary');
    if (n.kind === 'scalar' && typeof n.value === 'string')
        return { value: n.value, loc: n.loc };
    throw new ShapeProblem('PermissionsBoundary is neither an ARN nor a mapping', n.loc);
}
/** A managed policy attached by ARN, without its document (AWS-managed: the evaluator's snapshot). */
function managedByArn(arn, loc) {
    return { kind: 'managed', name: arn, arn, location: loc };
}

;// CONCATENATED MODULE: ./src/parsers/iam-json/authorization-details.ts





const awsManaged = /^arn:[\w-]+:iam::aws:policy\//;
/**
 * Roles of `aws iam get-account-authorization-details`: a whole account, so each role's policy
 * and instance profile lists are complete (no InstanceProfileList entry fails instance-profile).
 * Managed policies take the default version from `Policies` when the file carries it.
 */
function rolesFromAuthorizationDetails(root, file, errors) {
    const documents = defaultVersions(root, file, errors);
    const managed = (arn, loc) => {
        const document = documents.get(arn);
        if (document)
            return { kind: 'managed', name: arn, arn, document: (0,policy_document/* policyFromNode */.bC)(document), location: loc };
        if (awsManaged.test(arn))
            return { kind: 'managed', name: arn, arn, location: loc };
        return {
            kind: 'managed',
            name: arn,
            arn,
            location: loc,
            unresolved: (0,model_value/* unresolved */.I)(`customer-managed policy ${arn} is not in this file's Policies list`, loc),
        };
    };
    const truncated = (0,located/* get */.Jt)(root, 'IsTruncated');
    const roles = [];
    for (const item of listOf(root, 'RoleDetailList')) {
        try {
            const map = requiredMap(item, 'a RoleDetailList entry', root.loc);
            const policies = [];
            for (const p of listOf(map, 'RolePolicyList')) {
                const inline = requiredMap(p, 'a RolePolicyList entry', map.loc);
                const name = requiredString(inline, 'PolicyName', 'an inline policy');
                const doc = (0,located/* get */.Jt)(inline, 'PolicyDocument');
                if (!doc)
                    throw new ShapeProblem(`inline policy ${name.value} has no PolicyDocument`, inline.loc);
                policies.push({
                    kind: 'inline',
                    name: name.value,
                    document: (0,policy_document/* policyFromNode */.bC)(doc),
                    location: inline.loc,
                });
            }
            for (const p of listOf(map, 'AttachedManagedPolicies')) {
                const attached = requiredMap(p, 'an AttachedManagedPolicies entry', map.loc);
                const arn = requiredString(attached, 'PolicyArn', 'an attached managed policy');
                policies.push(managed(arn.value, attached.loc));
            }
            const instanceProfiles = listOf(map, 'InstanceProfileList').map((p) => {
                const profile = requiredMap(p, 'an InstanceProfileList entry', map.loc);
                return {
                    name: requiredString(profile, 'InstanceProfileName', 'an instance profile').value,
                    location: profile.loc,
                };
            });
            roles.push(roleFromMap(map, file, {
                policies,
                instanceProfiles,
                complete: { policies: true, instanceProfiles: true },
                openQuestions: truncated?.kind === 'scalar' && truncated.value === true
                    ? [
                        {
                            checks: ['permissions'],
                            reason: 'the output is truncated (IsTruncated: true): some managed policy documents may be missing',
                            location: truncated.loc,
                        },
                    ]
                    : [],
                managedPolicy: managed,
            }));
        }
        catch (e) {
            if (!(e instanceof ShapeProblem))
                throw e;
            errors.push({ file, line: e.loc.line, column: e.loc.column, message: e.message });
        }
    }
    return roles;
}
/** ARN → document node of the policy's default version (the only one IAM evaluates). */
function defaultVersions(root, file, errors) {
    const out = new Map();
    for (const item of listOf(root, 'Policies')) {
        try {
            const policy = requiredMap(item, 'a Policies entry', root.loc);
            const arn = requiredString(policy, 'Arn', 'a managed policy').value;
            const defaultId = optionalString(policy, 'DefaultVersionId')?.value;
            for (const v of listOf(policy, 'PolicyVersionList')) {
                const version = requiredMap(v, 'a PolicyVersionList entry', policy.loc);
                const flag = (0,located/* get */.Jt)(version, 'IsDefaultVersion');
                const isDefault = flag?.kind === 'scalar' && flag.value !== null
                    ? flag.value === true || flag.value === 'true'
                    : optionalString(version, 'VersionId')?.value === defaultId;
                const doc = (0,located/* get */.Jt)(version, 'Document');
                if (isDefault && doc)
                    out.set(arn, doc);
            }
        }
        catch (e) {
            if (!(e instanceof ShapeProblem))
                throw e;
            errors.push({ file, line: e.loc.line, column: e.loc.column, message: e.message });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/iam-json/shape.ts
/** Top-level keys each shape may carry (AWS CLI skeletons, API outputs, boto3 ResponseMetadata). */
const shapeKeys = {
    'authorization-details': [
        'UserDetailList',
        'GroupDetailList',
        'RoleDetailList',
        'Policies',
        'IsTruncated',
        'Marker',
    ],
    'get-role': ['Role'],
    'list-roles': ['Roles', 'IsTruncated', 'Marker'],
    'create-role': [
        'Path',
        'RoleName',
        'AssumeRolePolicyDocument',
        'Description',
        'MaxSessionDuration',
        'PermissionsBoundary',
        'Tags',
    ],
    'put-role-policy': ['RoleName', 'PolicyName', 'PolicyDocument'],
    'attach-role-policy': ['RoleName', 'PolicyArn'],
    'add-role-to-instance-profile': ['InstanceProfileName', 'RoleName'],
    'create-instance-profile': ['InstanceProfileName', 'Path', 'Tags'],
    'create-policy': ['PolicyName', 'Path', 'PolicyDocument', 'Description', 'Tags'],
    'get-policy-version': ['PolicyVersion'],
    'policy-document': ['Version', 'Id', 'Statement'],
};
/** The key whose presence decides the shape, in order of precedence. */
const decidingKeys = [
    ['authorization-details', ['RoleDetailList', 'UserDetailList', 'GroupDetailList']],
    ['get-role', ['Role']],
    ['list-roles', ['Roles']],
    ['create-role', ['AssumeRolePolicyDocument']],
    ['put-role-policy', ['RoleName', 'PolicyDocument']],
    ['attach-role-policy', ['RoleName', 'PolicyArn']],
    ['add-role-to-instance-profile', ['InstanceProfileName', 'RoleName']],
    ['create-instance-profile', ['InstanceProfileName']],
    ['create-policy', ['PolicyName', 'PolicyDocument']],
    ['get-policy-version', ['PolicyVersion']],
    ['policy-document', ['Statement']],
];
const ignorable = new Set(['ResponseMetadata']);
/**
 * Which IAM shape a parsed top-level mapping is, or undefined when it is none (a package.json, a
 * template, a plan): every deciding key present and every other key one the shape may carry.
 */
function detectShape(root) {
    const keys = new Set(root.entries.map((e) => e.key).filter((k) => !ignorable.has(k)));
    const policiesOnly = keys.size > 0 && [...keys].every((k) => k === 'Policies' || k === 'IsTruncated' || k === 'Marker');
    for (const [shape, deciding] of decidingKeys) {
        // Authorization details need any one of their lists (a --filter may leave the others out).
        const decided = shape === 'authorization-details'
            ? deciding.some((k) => keys.has(k)) || policiesOnly
            : deciding.every((k) => keys.has(k));
        if (!decided)
            continue;
        const allowed = new Set(shapeKeys[shape]);
        return [...keys].every((k) => allowed.has(k)) ? shape : undefined;
    }
    return undefined;
}
/** Keys that, written first in a file, make it IAM JSON (a syntax error in it is then reported). */
const strongFirstKeys = new Set([
    'UserDetailList',
    'GroupDetailList',
    'RoleDetailList',
    'Role',
    'Roles',
    'RoleName',
    'AssumeRolePolicyDocument',
    'InstanceProfileName',
    'PolicyName',
    'PolicyDocument',
    'PolicyVersion',
    'Statement',
]);
/** Keys that may start IAM JSON but also other files: IAM only with an IAM marker in the head. */
const weakFirstKeys = new Set(['Version', 'Id', 'Path', 'Policies', 'Description']);
const iamMarker = /\b(Statement|RoleName|AssumeRolePolicyDocument|PolicyVersionList|InstanceProfileName)\b/;
/** Other formats' markers: a template or plan is never ours even when it holds IAM words. */
const foreignMarker = /\b(AWSTemplateFormatVersion|Resources|format_version|terraform_version|planned_values)\b/;
/**
 * A cheap look at the start of the text: 'iam' when it opens like IAM JSON (so a broken file is
 * reported), 'maybe' when only a full parse can tell, 'no' to skip without parsing.
 */
function firstLook(text) {
    const head = text.slice(0, 4096);
    if (foreignMarker.test(head))
        return 'no';
    const first = firstKey(head);
    if (first === undefined)
        return 'no';
    if (strongFirstKeys.has(first))
        return 'iam';
    if (weakFirstKeys.has(first) && iamMarker.test(head))
        return 'iam';
    return iamMarker.test(head) ? 'maybe' : 'no';
}
/** The first key of a JSON object or of a block YAML mapping (comments and `---` skipped). */
function firstKey(head) {
    const json = /^\s*\{\s*"((?:[^"\\]|\\.)*)"/.exec(head);
    if (json)
        return json[1];
    if (/^\s*[[{]/.test(head))
        return undefined;
    for (const line of head.split('\n')) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed === '---' || trimmed.startsWith('%'))
            continue;
        const yaml = /^(["']?)([A-Za-z][\w-]*)\1\s*:/.exec(line);
        return yaml ? yaml[2] : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parsers/iam-json/large-json.ts


/**
 * Above this size the located JSON reader (about 60× slower than JSON.parse) is replaced by
 * JSON.parse plus line anchors: a whole account's authorization details can run to tens of MB.
 */
const largeJsonBytes = 2_000_000;
/** The list entries worth a line of their own, and the key that finds each in the text. */
const large_json_anchors = { RoleDetailList: 'RoleName', Policies: 'Arn', Roles: 'RoleName' };
/**
 * A tree of a large JSON file from JSON.parse: every role and managed policy entry points at the
 * line of its `RoleName` / `Arn`, everything inside it at that line too (findings land on the
 * right entry). JSON.parse keeps the last of duplicate keys, as IAM does. Throws SyntaxError or
 * RangeError: the caller then reads the file with the located reader for an exact error line.
 */
function readLargeJson(text, file) {
    const value = JSON.parse(text);
    const top = { file, line: 1, column: 1 };
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return (0,policy_document/* nodeFromValue */.wG)(value, top);
    const lines = new located/* LineIndex */.rr(text);
    let cursor = 0;
    const find = (pattern) => {
        const re = new RegExp(pattern, 'g');
        re.lastIndex = cursor;
        const hit = re.exec(text);
        if (!hit)
            return top;
        cursor = hit.index + hit[0].length;
        return { file, ...lines.position(hit.index) };
    };
    const entries = Object.entries(value).map(([key, v]) => {
        cursor = 0;
        const keyLoc = find(`"${large_json_escape(key)}"\\s*:`);
        const anchor = large_json_anchors[key];
        if (!anchor || !Array.isArray(v))
            return { key, keyLoc, value: (0,policy_document/* nodeFromValue */.wG)(v, keyLoc) };
        const items = v.map((item) => {
            const name = item?.[anchor];
            if (typeof name !== 'string')
                return (0,policy_document/* nodeFromValue */.wG)(item, keyLoc);
            // The AWS CLI writes `"RoleName": "x"`: a plain search first, a pattern for other spacing.
            const exact = text.indexOf(`"${anchor}": ${JSON.stringify(name)}`, cursor);
            if (exact !== -1)
                cursor = exact + 1;
            const at = exact !== -1
                ? { file, ...lines.position(exact) }
                : find(`"${anchor}"\\s*:\\s*${large_json_escape(JSON.stringify(name))}`);
            return (0,policy_document/* nodeFromValue */.wG)(item, at);
        });
        return { key, keyLoc, value: { kind: 'seq', loc: keyLoc, items } };
    });
    return { kind: 'map', loc: top, entries };
}
function large_json_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/parsers/iam-json/read-tree.ts



const yamlFile = /\.ya?ml$/i;
/** The located tree of a JSON or YAML file; a YAML stream with several documents is not IAM JSON. */
function readTree(text, file) {
    if (!yamlFile.test(file)) {
        if (text.length > largeJsonBytes) {
            try {
                return readLargeJson(text, file);
            }
            catch {
                // Broken or absurdly nested: the located reader says where.
            }
        }
        return (0,located/* parseJsonLocated */.uC)(text, file);
    }
    const docs = (0,located/* parseYamlLocated */.H8)(text, file);
    if (docs.length !== 1) {
        if (docs.length === 0)
            throw new errors/* ParseError */.mB('empty document', 1, 1);
        return undefined;
    }
    return docs[0];
}
function isIamCandidate(file) {
    return /\.(json|ya?ml)$/i.test(file);
}

;// CONCATENATED MODULE: ./src/parsers/iam-json/cli-input.ts







const maxSiblings = 500;
/**
 * The create-role / put-role-policy / attach-role-policy / add-role-to-instance-profile inputs in
 * the folder of `context.file` that name `roleName`. A folder of CLI inputs is read like a template:
 * complete for what it defines.
 */
function companionsOf(roleName, context) {
    const dir = context.file.includes('/') ? context.file.slice(0, context.file.lastIndexOf('/') + 1) : '';
    const siblings = (context.files ?? [])
        .filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/') && isIamCandidate(f))
        .sort()
        .slice(0, maxSiblings);
    const out = [];
    for (const file of siblings) {
        const text = file === context.file ? undefined : context.readFile?.(file);
        if (!text || !text.includes(roleName) || firstLook(text) === 'no')
            continue;
        try {
            const root = readTree(text, file);
            if (root?.kind !== 'map')
                continue;
            const shape = detectShape(root);
            const name = (0,located/* get */.Jt)(root, 'RoleName');
            if (shape && name?.kind === 'scalar' && name.value === roleName)
                out.push({ shape, map: root });
        }
        catch (e) {
            // A broken sibling is reported when it is parsed itself.
            if (!(e instanceof errors/* ParseError */.mB))
                throw e;
        }
    }
    return out;
}
/** The role a create-role input defines, with what its sibling inputs attach to it. */
function roleFromCreateRole(root, context) {
    const name = requiredString(root, 'RoleName', 'the create-role input').value;
    const policies = [];
    const instanceProfiles = [];
    for (const c of companionsOf(name, context)) {
        if (c.shape === 'put-role-policy') {
            const policyName = requiredString(c.map, 'PolicyName', 'the put-role-policy input').value;
            const doc = (0,located/* get */.Jt)(c.map, 'PolicyDocument');
            policies.push({ kind: 'inline', name: policyName, document: (0,policy_document/* policyFromNode */.bC)(doc), location: c.map.loc });
        }
        else if (c.shape === 'attach-role-policy') {
            policies.push(managedByArn(requiredString(c.map, 'PolicyArn', 'the attach-role-policy input').value, c.map.loc));
        }
        else if (c.shape === 'add-role-to-instance-profile') {
            const profile = requiredString(c.map, 'InstanceProfileName', 'the add-role-to-instance-profile input');
            instanceProfiles.push({ name: profile.value, location: c.map.loc });
        }
    }
    policies.sort((a, b) => a.location.file.localeCompare(b.location.file));
    return roleFromMap(root, context.file, {
        policies,
        instanceProfiles,
        complete: { policies: true, instanceProfiles: true },
        openQuestions: [],
    });
}
/**
 * A put-role-policy / attach-role-policy / add-role-to-instance-profile input. When a create-role
 * input for its role sits beside it, that file's role carries it; otherwise it is reported as
 * unlinked (a put-role-policy document stays available to config bindings as a loose document).
 */
function attachmentInput(shape, root, context, warnings, errors) {
    try {
        const role = requiredString(root, 'RoleName', `the ${shape} input`);
        const linked = companionsOf(role.value, context).some((c) => c.shape === 'create-role');
        if (linked)
            return undefined;
        if (shape === 'put-role-policy') {
            const doc = (0,located/* get */.Jt)(root, 'PolicyDocument');
            return { kind: 'inline', name: role.value, document: (0,policy_document/* policyFromNode */.bC)(doc), location: root.loc };
        }
        warnings.push({
            code: 'iam-json-unlinked',
            message: `${shape} input for role '${role.value}' has no create-role input beside it: not checked`,
            location: root.loc,
        });
    }
    catch (e) {
        if (!(e instanceof ShapeProblem))
            throw e;
        errors.push({ file: context.file, line: e.loc.line, column: e.loc.column, message: e.message });
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parsers/iam-json/loose.ts
const assumeAction = /^(\*|sts:\*|sts:assumerole.*)$/i;
/** A bare document is a trust policy when it grants sts:AssumeRole* to a Principal. */
function looseDocument(file, document) {
    const trust = document.statements.some((s) => (s.principal !== undefined || s.notPrincipal !== undefined) &&
        (s.action ?? []).some((a) => typeof a === 'string' && assumeAction.test(a.replace(/\?/g, '*'))));
    return { file, use: trust ? 'trust' : 'identity', document };
}

;// CONCATENATED MODULE: ./src/parsers/iam-json/index.ts










/**
 * Raw IAM JSON (and the same shapes in YAML): authorization details, get-role / list-roles output,
 * CLI input skeletons, bare policy documents. Detected by content; anything else returns null.
 */
const iamJsonParser = {
    format: 'iam-json',
    sniff: (file, head) => isIamCandidate(file) && firstLook(head) !== 'no',
    parse(text, context) {
        const look = firstLook(text);
        if (look === 'no')
            return null;
        const result = { format: 'iam-json', roles: [], errors: [], warnings: [] };
        let root;
        try {
            root = readTree(text, context.file);
        }
        catch (e) {
            if (!(e instanceof errors/* ParseError */.mB))
                throw e;
            if (look !== 'iam')
                return null;
            result.errors.push({ file: context.file, line: e.line, column: e.column, message: e.message });
            return result;
        }
        if (root?.kind !== 'map')
            return null;
        const shape = detectShape(root);
        if (!shape)
            return null;
        try {
            read(shape, root, context, result);
        }
        catch (e) {
            if (!(e instanceof ShapeProblem))
                throw e;
            result.errors.push({ file: context.file, line: e.loc.line, column: e.loc.column, message: e.message });
        }
        return result;
    },
};
function read(shape, root, context, result) {
    const loose = (doc) => {
        (result.looseDocuments ??= []).push(doc);
    };
    switch (shape) {
        case 'authorization-details':
            result.roles.push(...rolesFromAuthorizationDetails(root, context.file, result.errors));
            if (!(0,located/* get */.Jt)(root, 'RoleDetailList'))
                result.warnings.push({
                    code: 'iam-json-no-roles',
                    message: 'authorization details without RoleDetailList: no roles to check (was --filter Role left out?)',
                    location: root.loc,
                });
            return;
        case 'get-role':
            result.roles.push(roleWithoutAttachments(requiredMap((0,located/* get */.Jt)(root, 'Role'), 'Role', root.loc), context.file, 'get-role'));
            return;
        case 'list-roles':
            for (const item of listOf(root, 'Roles'))
                result.roles.push(roleWithoutAttachments(requiredMap(item, 'a Roles entry', root.loc), context.file, 'list-roles'));
            return;
        case 'create-role':
            result.roles.push(roleFromCreateRole(root, context));
            return;
        case 'put-role-policy':
        case 'attach-role-policy':
        case 'add-role-to-instance-profile': {
            const policy = attachmentInput(shape, root, context, result.warnings, result.errors);
            if (policy?.document)
                loose(looseDocument(context.file, policy.document));
            return;
        }
        case 'create-instance-profile':
            return;
        case 'create-policy':
            loose(looseDocument(context.file, (0,policy_document/* policyFromNode */.bC)((0,located/* get */.Jt)(root, 'PolicyDocument'))));
            return;
        case 'get-policy-version': {
            const version = requiredMap((0,located/* get */.Jt)(root, 'PolicyVersion'), 'PolicyVersion', root.loc);
            const doc = (0,located/* get */.Jt)(version, 'Document');
            if (!doc)
                throw new ShapeProblem('PolicyVersion has no Document', version.loc);
            loose(looseDocument(context.file, (0,policy_document/* policyFromNode */.bC)(doc)));
            return;
        }
        case 'policy-document':
            loose(looseDocument(context.file, (0,policy_document/* policyFromNode */.bC)(root)));
            return;
    }
}
/** get-role and list-roles show trust, boundary and tags, but no policies and no instance profiles. */
function roleWithoutAttachments(map, file, command) {
    const openQuestions = [
        {
            checks: ['permissions'],
            reason: `${command} output lists no policies: check the account's authorization details or run live mode (--aws)`,
            location: map.loc,
        },
        {
            checks: ['instance-profile'],
            reason: `${command} output lists no instance profiles: check the account's authorization details or run live mode (--aws)`,
            location: map.loc,
            onlyAdds: true,
        },
    ];
    return roleFromMap(map, file, {
        policies: [],
        instanceProfiles: [],
        complete: { policies: false, instanceProfiles: false },
        openQuestions,
    });
}

;// CONCATENATED MODULE: ./src/parsers/index.ts



/**
 * Every input format, in the order they are tried. A parser whose `sniff` accepts the file and
 * whose `parse` returns a ParsedFile wins; the rest are not asked. Plans come first: their sniff is
 * exact (JSON with `format_version` and a plan key), and it spares a large plan the template check.
 */
const parsers = [terraform_plan/* terraformPlanParser */.r, cloudFormationParser, iamJsonParser];
/** How much of a file `sniff` sees: enough for a template's first keys or a plan's header. */
const headLength = 8192;
/**
 * Parses one decoded file with the first parser that recognises it. Null means the file is not
 * infrastructure (a package.json, a tsconfig, random YAML) and is skipped silently.
 */
function parseFile(text, context, registry = parsers) {
    const head = text.slice(0, headLength);
    for (const parser of registry) {
        if (!parser.sniff(context.file, head))
            continue;
        const parsed = parseBounded(parser, text, context);
        if (parsed)
            return parsed;
    }
    return null;
}
/**
 * One parser's run, with the stack overflow that absurd nesting (100,000 nested modules or
 * values) causes in any recursive reader turned into an error on the file, for every format alike.
 */
function parseBounded(parser, text, context) {
    try {
        return parser.parse(text, context);
    }
    catch (error) {
        if (!(error instanceof RangeError && /call stack/i.test(error.message)))
            throw error;
        return {
            format: parser.format,
            roles: [],
            errors: [{ file: context.file, message: 'nesting too deep to read' }],
            warnings: [],
        };
    }
}


/***/ }),

/***/ 5514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ planCoveredRoots),
  r: () => (/* binding */ terraformPlanParser)
});

;// CONCATENATED MODULE: ./src/parsers/terraform-plan/detect.ts
/** Content tests for `terraform show -json` output (a plan or a state), any file name. */
const formatKey = /"format_version"\s*:/;
const planKey = /"(?:planned_values|resource_changes|prior_state|configuration|terraform_version)"\s*:/;
/** The first bytes look like plan or state JSON: cheap, used by sniff and to decide on bad JSON. */
function looksLikePlanText(head) {
    const start = head.slice(0, 8192);
    return /^\s*\{/.test(start.replace(/^\uFEFF/, '')) && formatKey.test(start) && planKey.test(start);
}
function isPlanObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const plan = value;
    if (typeof plan['format_version'] !== 'string')
        return false;
    if ('planned_values' in plan || 'resource_changes' in plan || 'configuration' in plan)
        return true;
    const values = plan['values'];
    return typeof values === 'object' && values !== null && 'root_module' in values;
}

;// CONCATENATED MODULE: ./src/parsers/terraform-plan/line-counter.ts
/**
 * Counts lines forward through a text for offsets asked in increasing order: each newline is
 * looked at once, so a whole pass stays linear (also for one-line minified JSON).
 */
class LineCounter {
    text;
    line = 1;
    lineStart = 0;
    nextNewline;
    constructor(text) {
        this.text = text;
        this.nextNewline = text.indexOf('\n');
    }
    /** 1-based line and column of `offset`; offsets must not decrease between calls. */
    at(offset) {
        while (this.nextNewline !== -1 && this.nextNewline < offset) {
            this.line++;
            this.lineStart = this.nextNewline + 1;
            this.nextNewline = this.text.indexOf('\n', this.lineStart);
        }
        return { line: this.line, column: offset - this.lineStart + 1 };
    }
}

;// CONCATENATED MODULE: ./src/parsers/terraform-plan/plan.ts
/**
 * The plan JSON read into an index: every resource instance with its planned values and what is
 * known only after apply, and the configuration of every module (expressions, module calls).
 */
function resourceKey(module, mode, type, name) {
    return `${module}|${mode === 'data' ? 'data.' : ''}${type}.${name}`;
}
function asObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function indexPlan(plan) {
    const changes = new Map();
    const deleted = new Set();
    for (const rc of asArray(plan['resource_changes'])) {
        const change = asObject(asObject(rc)?.['change']);
        const address = asObject(rc)?.['address'];
        if (!change || typeof address !== 'string')
            continue;
        changes.set(address, rc);
        const actions = asArray(change['actions']);
        if (actions.length === 1 && actions[0] === 'delete')
            deleted.add(address);
    }
    const found = new Map();
    const add = (resource, module, unknownFrom) => {
        const address = resource['address'];
        const type = resource['type'];
        const name = resource['name'];
        if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string')
            return;
        if (found.has(address) || deleted.has(address))
            return;
        const instance = {
            address,
            mode: resource['mode'] === 'data' ? 'data' : 'managed',
            type,
            name,
            module,
            values: asObject(resource['values']) ?? {},
        };
        const index = resource['index'];
        if (typeof index === 'string' || typeof index === 'number')
            instance.index = index;
        const unknown = asObject(unknownFrom?.['change'])?.['after_unknown'];
        if (unknown !== undefined)
            instance.unknown = unknown;
        found.set(address, instance);
    };
    const walk = (module, fromChanges) => {
        if (!module)
            return;
        const moduleAddress = typeof module['address'] === 'string' ? module['address'] : '';
        for (const r of asArray(module['resources'])) {
            const resource = asObject(r);
            if (!resource)
                continue;
            const address = resource['address'];
            add(resource, moduleAddress, fromChanges && typeof address === 'string' ? changes.get(address) : undefined);
        }
        for (const child of asArray(module['child_modules']))
            walk(asObject(child), fromChanges);
    };
    const planned = asObject(asObject(plan['planned_values'])?.['root_module']);
    const state = asObject(asObject(plan['values'])?.['root_module']);
    walk(planned, true);
    // Resources missing from planned_values (trimmed plans, deferred data reads): the change's `after`.
    for (const [address, rc] of changes) {
        const change = asObject(rc['change']);
        const after = asObject(change?.['after']);
        if (!after || found.has(address))
            continue;
        const actions = asArray(change?.['actions']);
        if (actions.includes('delete') && !actions.includes('create'))
            continue;
        const module = typeof rc['module_address'] === 'string' ? rc['module_address'] : '';
        add({ ...rc, values: after }, module, rc);
    }
    // Data sources read during planning live in prior_state; a state file's values are all known.
    walk(asObject(asObject(asObject(plan['prior_state'])?.['values'])?.['root_module']), false);
    walk(state, false);
    // prior_state also holds managed resources the plan destroys or leaves out: keep only data there.
    const instances = [...found.values()].filter((i) => i.mode === 'data' || planned === undefined || changes.size === 0 || changes.has(i.address));
    const byResource = new Map();
    const moduleInstances = new Set(['']);
    const childModules = new Map();
    for (const instance of instances) {
        const key = resourceKey(instance.module, instance.mode, instance.type, instance.name);
        const list = byResource.get(key);
        if (list)
            list.push(instance);
        else
            byResource.set(key, [instance]);
        for (let m = instance.module; m !== '' && !moduleInstances.has(m); m = parentModule(m)) {
            moduleInstances.add(m);
            const parent = parentModule(m);
            const siblings = childModules.get(parent);
            if (siblings)
                siblings.push(m);
            else
                childModules.set(parent, [m]);
        }
    }
    return { instances, byResource, childModules, root: rootConfig(plan) };
}
/** The root module's configuration (resources, module calls, outputs) as the plan gives it. */
function rootConfig(plan) {
    return moduleConfig(asObject(asObject(plan['configuration'])?.['root_module']));
}
function moduleConfig(module) {
    const config = { resources: new Map(), calls: new Map(), outputs: new Map() };
    if (!module)
        return config;
    for (const r of asArray(module['resources'])) {
        const resource = asObject(r);
        if (resource && typeof resource['address'] === 'string')
            config.resources.set(resource['address'], resource);
    }
    for (const [name, c] of Object.entries(asObject(module['module_calls']) ?? {})) {
        const call = asObject(c);
        if (!call)
            continue;
        const entry = {
            expressions: asObject(call['expressions']) ?? {},
            module: moduleConfig(asObject(call['module'])),
        };
        if (typeof call['source'] === 'string')
            entry.source = call['source'];
        config.calls.set(name, entry);
    }
    for (const [name, o] of Object.entries(asObject(module['outputs']) ?? {})) {
        const output = asObject(o);
        if (output)
            config.outputs.set(name, output);
    }
    return config;
}
/** `module.a["x"].module.b[0]` → ['a', 'b']: the path of module calls, instance keys dropped. */
function moduleCallPath(module) {
    if (module === '')
        return [];
    return splitModuleAddress(module).map((step) => step.name);
}
function splitModuleAddress(module) {
    const steps = [];
    const pattern = /module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.?/gy;
    let match;
    while ((match = pattern.exec(module)) !== null)
        steps.push({ name: match[1] ?? '', key: match[2] ?? '' });
    return steps;
}
function parentModule(module) {
    const steps = splitModuleAddress(module);
    steps.pop();
    return steps.map((s) => `module.${s.name}${s.key}`).join('.');
}
function configOf(root, module) {
    let config = root;
    for (const name of moduleCallPath(module))
        config = config?.calls.get(name)?.module;
    return config;
}
/** The configuration block of an instance (its `expressions`, `count`/`for_each`), if the plan has it. */
function resourceConfig(index, instance) {
    // Asked for every attribute that is followed: look it up once per instance.
    if (instance.config === undefined) {
        const local = `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}`;
        instance.config = configOf(index.root, instance.module)?.resources.get(local) ?? null;
    }
    return instance.config ?? undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}

;// CONCATENATED MODULE: ./src/parsers/terraform-plan/plan-lines.ts

/**
 * Lines of resources in the plan JSON text, for findings when the `.tf` source is not scanned.
 * Scans the `"address": "…"` keys forward only as far as the addresses asked for (planned_values
 * come first, so usually a fraction of the file), counting newlines on the way: linear at worst,
 * and nothing at all for a plan whose resources all point at `.tf` lines.
 */
function planLines(text, file) {
    const found = new Map();
    const lines = new LineCounter(text);
    const key = '"address"';
    let at = text.indexOf(key);
    return (wanted) => {
        // indexOf rather than a regular expression: several times faster on a 30 MB plan.
        for (; !found.has(wanted) && at !== -1; at = text.indexOf(key, at + key.length)) {
            const address = addressAt(text, at + key.length);
            if (address !== undefined && !found.has(address))
                found.set(address, { file, ...lines.at(at) });
        }
        return found.get(wanted) ?? { file, line: 1, column: 1 };
    };
}
/** The string value after an `"address"` key (at `i`), or undefined when it is not `: "…"`. */
function addressAt(text, i) {
    while (isSpace(text.charCodeAt(i)))
        i++;
    if (text.charCodeAt(i) !== 0x3a /* : */)
        return undefined;
    i++;
    while (isSpace(text.charCodeAt(i)))
        i++;
    if (text.charCodeAt(i) !== 0x22 /* " */)
        return undefined;
    let end = i + 1;
    let escaped = false;
    for (; end < text.length; end++) {
        const c = text.charCodeAt(end);
        if (c === 0x5c /* \ */) {
            escaped = true;
            end++;
        }
        else if (c === 0x22)
            break;
    }
    const raw = text.slice(i + 1, end);
    return escaped ? decode(raw) : raw;
}
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function decode(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/parsers/json-sections.ts
var json_sections = __webpack_require__(7477);
;// CONCATENATED MODULE: ./src/parsers/terraform-plan/plan-sections.ts
/**
 * The plan JSON read section by section (issue 16): a plan repeats every resource in
 * `resource_changes` with its `before` and `after` values, more than half of the text, and the
 * reader needs only each change's address, actions and `after_unknown` (its `after` only when
 * `planned_values` lacks the resource). Materialising the whole plan as objects costs over 4× the
 * file size in memory; reading the sections apart, each change parsed and slimmed in turn, keeps
 * the peak near the text plus the planned values.
 *
 * The top level and the `resource_changes` list are split by a scan that matches brackets and
 * skips strings; every value is still checked by `JSON.parse`. On any doubt (a shape the scan does
 * not expect, a slice that does not parse) the whole text goes through `JSON.parse`, which gives
 * exactly the result, or the error with its position, that a plain parse gives.
 */

/** Top-level sections the plan reader uses (src/parsers/terraform-plan/plan.ts, detect.ts). */
const usedSections = new Set([
    'format_version',
    'planned_values',
    'resource_changes',
    'prior_state',
    'configuration',
    'values',
]);
/** What `indexPlan` reads of one resource change; `after` only when `planned_values` lacks it. */
const changeKeys = ['address', 'mode', 'type', 'name', 'index', 'module_address'];
/**
 * The plan as `JSON.parse(text)` would give it, but with only the sections the reader uses and
 * each resource change slimmed to what it reads. Throws what `JSON.parse(text)` throws.
 */
function readPlanJson(text) {
    const sections = (0,json_sections/* topLevelSections */.A)(text);
    if (!sections)
        return JSON.parse(text);
    try {
        return fromSections(text, sections);
    }
    catch {
        // A slice that does not parse: the whole text names the error and its position.
        return JSON.parse(text);
    }
}
function fromSections(text, sections) {
    const plan = {};
    const parse = (key) => {
        const span = sections.get(key);
        return JSON.parse(text.slice(span.start, span.end));
    };
    for (const key of sections.keys()) {
        if (key === 'resource_changes')
            continue;
        const value = parse(key);
        // Sections the reader never looks at are parsed only to keep bad JSON an error, then dropped.
        if (usedSections.has(key))
            plan[key] = value;
    }
    const changes = sections.get('resource_changes');
    if (changes) {
        const elements = (0,json_sections/* arrayElements */.d)(text, changes);
        if (!elements)
            plan['resource_changes'] = parse('resource_changes');
        else {
            const planned = plannedAddresses(plan['planned_values']);
            plan['resource_changes'] = elements.map((span) => slimChange(JSON.parse(text.slice(span.start, span.end)), planned));
        }
    }
    return plan;
}
/** Keeps of one change what the reader uses; anything that is not an object stays as it is. */
function slimChange(value, planned) {
    if (!isObject(value))
        return value;
    const slim = {};
    for (const key of changeKeys)
        if (key in value)
            slim[key] = value[key];
    const change = value['change'];
    if (!isObject(change)) {
        if ('change' in value)
            slim['change'] = change;
        return slim;
    }
    const kept = {};
    if ('actions' in change)
        kept['actions'] = change['actions'];
    if ('after_unknown' in change)
        kept['after_unknown'] = change['after_unknown'];
    const address = value['address'];
    if ('after' in change && !(typeof address === 'string' && planned.has(address)))
        kept['after'] = change['after'];
    slim['change'] = kept;
    return slim;
}
/** Addresses of the resources `planned_values` gives in full (as indexPlan reads them). */
function plannedAddresses(plannedValues) {
    const found = new Set();
    const walk = (module) => {
        if (!isObject(module))
            return;
        for (const r of asList(module['resources'])) {
            if (!isObject(r))
                continue;
            const { address, type, name } = r;
            if (typeof address === 'string' && typeof type === 'string' && typeof name === 'string')
                found.add(address);
        }
        for (const child of asList(module['child_modules']))
            walk(child);
    };
    if (isObject(plannedValues))
        walk(plannedValues['root_module']);
    return found;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}

// EXTERNAL MODULE: ./src/parsers/terraform/link.ts
var terraform_link = __webpack_require__(459);
// EXTERNAL MODULE: ./src/model/value.ts
var value = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/parsers/policy-document.ts
var policy_document = __webpack_require__(1684);
// EXTERNAL MODULE: ./src/parsers/terraform/documents.ts
var documents = __webpack_require__(5405);
// EXTERNAL MODULE: ./src/parsers/terraform/values.ts
var values = __webpack_require__(865);
;// CONCATENATED MODULE: ./src/parsers/terraform-plan/references.ts

/**
 * Follows `configuration` expression `references` to the resource instances an attribute is
 * computed from: across module input variables (`var.x` → the module call's argument in the
 * parent) and module outputs (`module.m.out` → the output's expression in the child).
 */
const maxDepth = 24;
/** The configuration expression of an attribute of an instance (nested blocks by index). */
function expressionOf(index, instance, path) {
    let node = asObject(resourceConfig(index, instance)?.['expressions']);
    for (const step of path) {
        if (Array.isArray(node))
            node = node[typeof step === 'number' ? step : 0];
        node = asObject(node)?.[step];
    }
    if (Array.isArray(node))
        node = node[0];
    return asObject(node);
}
function referencesOf(expression) {
    return asArray(expression?.['references']).filter((r) => typeof r === 'string');
}
/** Resolves an attribute of `instance` to the instances its value comes from. */
function resolveAttribute(index, instance, path) {
    const refs = referencesOf(expressionOf(index, instance, path));
    return resolveReferences(index, refs, instance.module, instance.index, 0);
}
function resolveReferences(index, refs, module, key, depth) {
    const result = { instances: [], deadEnds: [] };
    if (depth > maxDepth) {
        result.deadEnds.push('references nest too deeply');
        return result;
    }
    const byKey = refs.some((r) => /^(each\.(key|value)|count\.index)$/.test(r));
    const seen = new Set();
    for (const ref of refs) {
        const head = ref.split(/[.[]/, 1)[0] ?? '';
        if (head === 'each' || head === 'count' || head === 'path' || head === 'terraform' || head === 'self')
            continue;
        if (head === 'local') {
            result.deadEnds.push(`${ref} (locals are not part of the plan JSON)`);
            continue;
        }
        if (head === 'var') {
            merge(result, viaVariable(index, ref, module, depth));
            continue;
        }
        if (head === 'module') {
            merge(result, viaOutput(index, ref, module, depth));
            continue;
        }
        const target = parseResourceRef(ref);
        if (!target) {
            result.deadEnds.push(ref);
            continue;
        }
        const id = `${target.mode}.${target.type}.${target.name}${target.key ?? ''}`;
        // "aws_iam_role.r.name" and "aws_iam_role.r" name the same thing.
        if (seen.has(id) ||
            (target.key !== undefined && seen.has(`${target.mode}.${target.type}.${target.name}`)))
            continue;
        seen.add(id);
        let candidates = index.byResource.get(resourceKey(module, target.mode, target.type, target.name)) ?? [];
        if (target.key !== undefined)
            candidates = candidates.filter((i) => indexText(i.index) === target.key);
        else if (candidates.length > 1 && byKey && key !== undefined) {
            const same = candidates.filter((i) => i.index === key);
            if (same.length === 1)
                candidates = same;
        }
        if (candidates.length === 0)
            result.deadEnds.push(`${ref} (not in the plan)`);
        for (const c of candidates)
            if (!result.instances.includes(c))
                result.instances.push(c);
    }
    return result;
}
function merge(into, from) {
    for (const i of from.instances)
        if (!into.instances.includes(i))
            into.instances.push(i);
    into.deadEnds.push(...from.deadEnds);
}
function viaVariable(index, ref, module, depth) {
    const name = ref.split('.')[1] ?? '';
    const steps = splitModuleAddress(module);
    const last = steps[steps.length - 1];
    if (!last)
        return { instances: [], deadEnds: [`${ref} (a root module variable)`] };
    const parent = parentModule(module);
    const call = configOf(index.root, parent)?.calls.get(last.name);
    const argument = asObject(call?.expressions[name]);
    if (!argument)
        return { instances: [], deadEnds: [`${ref} (not set by module.${last.name})`] };
    return resolveReferences(index, referencesOf(argument), parent, keyValue(last.key), depth + 1);
}
function viaOutput(index, ref, module, depth) {
    const match = /^module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.([A-Za-z0-9_-]+)/.exec(ref);
    if (!match)
        return { instances: [], deadEnds: [`${ref} (a whole module, not one output)`] };
    const [, name = '', key = '', output = ''] = match;
    const call = configOf(index.root, module)?.calls.get(name);
    const expression = asObject(call?.module.outputs.get(output)?.['expression']);
    if (!expression)
        return { instances: [], deadEnds: [`${ref} (output not in the plan)`] };
    const prefix = `${module === '' ? '' : `${module}.`}module.${name}`;
    const result = { instances: [], deadEnds: [] };
    for (const child of index.childModules.get(module) ?? []) {
        if (key !== '' ? child !== prefix + key : !isInstanceOf(child, prefix))
            continue;
        merge(result, resolveReferences(index, referencesOf(expression), child, undefined, depth + 1));
    }
    return result;
}
function isInstanceOf(child, prefix) {
    if (child === prefix)
        return true;
    if (!child.startsWith(`${prefix}[`))
        return false;
    return splitModuleAddress(child).length === splitModuleAddress(prefix).length;
}
function parseResourceRef(ref) {
    const m = /^(data\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?/.exec(ref);
    if (!m)
        return undefined;
    const target = { mode: m[1] ? 'data' : 'managed', type: m[2] ?? '', name: m[3] ?? '' };
    if (m[4])
        target.key = m[4];
    return target;
}
/** `[0]` → 0, `["a"]` → 'a', '' → undefined. */
function keyValue(written) {
    if (written === '')
        return undefined;
    try {
        const value = JSON.parse(written.slice(1, -1));
        return typeof value === 'string' || typeof value === 'number' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function indexText(index) {
    return index === undefined ? undefined : `[${JSON.stringify(index)}]`;
}

;// CONCATENATED MODULE: ./src/parsers/terraform-plan/input-role.ts



const roleArnRef = /^aws_iam_role\.[A-Za-z0-9_-]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?(\.arn)?$/;
/** The deepest configuration expression on `path` (a list element shares its list's expression). */
function expressionAt(expressions, path) {
    let node = expressions;
    let found;
    for (const step of path) {
        const next = Array.isArray(node) ? node[step] : asObject(node)?.[step];
        if (next === undefined || next === null)
            break;
        node = next;
        if (asObject(node)?.['references'])
            found = asObject(node);
    }
    return found;
}
/**
 * The role of the same configuration whose ARN a value known only after apply is (issue 12): the
 * value's configuration expression refers to `aws_iam_role.<name>.arn` and to nothing else, and
 * that is one role instance of the plan. Its name, or `name_prefix` pattern, when the plan knows it.
 */
function inputRoleAt(index, owner, expressions, path) {
    const refs = referencesOf(expressionAt(expressions, path));
    if (refs.length === 0 || !refs.every((r) => roleArnRef.test(r)) || !refs.some((r) => r.endsWith('.arn')))
        return undefined;
    const resolution = resolveReferences(index, refs, owner.module, owner.index, 0);
    const [role, ...more] = resolution.instances;
    if (!role || more.length || resolution.deadEnds.length || role.type !== 'aws_iam_role')
        return undefined;
    const name = (0,values/* knownString */.Xb)(role, ['name']);
    const prefix = (0,values/* knownString */.Xb)(role, ['name_prefix']);
    return {
        key: role.address,
        part: 'arn',
        ...(name ? { name } : prefix ? { namePattern: `${prefix}*` } : {}),
    };
}

;// CONCATENATED MODULE: ./src/parsers/terraform-plan/data-document.ts






/** `data.aws_iam_policy_document`: its `json` when known, else its statement blocks. */
function dataDocument(context, index, data) {
    const location = context.input.locate(data);
    const json = (0,values/* planned */.lM)(data, ['json']);
    if (json.known && typeof json.value === 'string' && json.value !== '')
        return { kind: 'document', document: (0,documents/* fromJsonText */.ac)(context, json.value, location) };
    const merged = [
        'source_json',
        'override_json',
        'source_policy_documents',
        'override_policy_documents',
    ].filter((key) => {
        const v = (0,values/* planned */.lM)(data, [key]);
        return (!v.known || (v.value !== null && v.value !== '' && !(Array.isArray(v.value) && v.value.length === 0)));
    });
    // Planned statement values (resolved variables, expanded dynamic blocks) beat configuration constants.
    const fromValues = (path) => (0,values/* planned */.lM)(data, path);
    const expressions = asObject(resourceConfig(index, data)?.['expressions']);
    const fromConfig = (path) => configValue(expressions, path);
    const reader = (0,values/* planned */.lM)(data, ['statement']).known && 'statement' in data.values ? fromValues : fromConfig;
    const statements = reader(['statement']);
    if (!statements.known || (expressions === undefined && reader === fromConfig))
        return {
            kind: 'unresolved',
            unresolved: (0,value/* unresolved */.I)(`${data.address} is known only after apply`, location),
        };
    const roleAt = (path) => inputRoleAt(index, data, expressions, path);
    const document = (0,policy_document/* policyFromNode */.bC)((0,documents/* statementsNode */.bk)(reader, location, data.address, undefined, undefined, roleAt));
    if (merged.length > 0)
        document.unresolved = (0,value/* unresolved */.I)(`${data.address} merges ${merged.join(', ')}, known only after apply`, location);
    return { kind: 'document', document };
}
/** A configuration expression as a value: constants are known, references are not. */
function configValue(expressions, path) {
    let node = expressions;
    for (const step of path) {
        if (node === undefined || node === null)
            return { known: true, value: null };
        node = Array.isArray(node) ? node[step] : asObject(node)?.[step];
    }
    if (node === undefined || node === null)
        return { known: true, value: null };
    if (Array.isArray(node))
        return { known: true, value: node };
    const expression = asObject(node);
    if (expression && 'constant_value' in expression)
        return { known: true, value: expression['constant_value'] };
    const refs = Array.isArray(expression?.['references']) ? expression['references'] : [];
    return { known: false, reason: refs.length > 0 ? `depends on ${refs.join(', ')}` : 'not constant' };
}

;// CONCATENATED MODULE: ./src/parsers/terraform-plan/tf-source.ts


const blockHead = /^[ \t]*(resource|data|module)[ \t]+"?([A-Za-z0-9_-]+)"?(?:[ \t]+"?([A-Za-z0-9_-]+)"?)?[ \t]*\{/gm;
/**
 * A plan maps to its own root only: the folder named for it in the config, else the folder that
 * holds it when that folder has `.tf` files; else the one folder of the tree that declares what
 * the plan's root configuration declares. Where two folders could declare an instance, it is not
 * guessed: the finding stays on the plan's JSON line.
 */
function tfLocator(context, root) {
    const readFile = context.readFile;
    const tfFiles = (context.files ?? []).filter((f) => f.endsWith('.tf')).sort();
    if (!readFile || tfFiles.length === 0)
        return undefined;
    const byDir = new Map();
    for (const f of tfFiles) {
        const dir = dirname(f);
        const list = byDir.get(dir);
        if (list)
            list.push(f);
        else
            byDir.set(dir, [f]);
    }
    const cache = new Map();
    const declarations = (dir) => {
        let found = cache.get(dir);
        if (found)
            return found;
        found = { blocks: new Map() };
        for (const file of byDir.get(dir) ?? [])
            collect(file, readFile(file) ?? '', found.blocks);
        cache.set(dir, found);
        return found;
    };
    const signatures = [
        ...[...root.resources.values()].map((r) => blockKey(String(r['mode']), String(r['type']), String(r['name']))),
        ...[...root.calls.keys()].map((name) => `module.${name}`),
    ];
    const score = (dir) => {
        const blocks = declarations(dir).blocks;
        return signatures.filter((s) => blocks.has(s)).length;
    };
    const planDir = dirname(context.file);
    const named = context.terraformPlans?.find((p) => p.plan === context.file)?.root;
    let candidates;
    if (named !== undefined)
        candidates = [named === '.' ? '' : named];
    else if (byDir.has(planDir))
        candidates = [planDir];
    else
        candidates = [...byDir.keys()].filter((dir) => score(dir) > 0).sort();
    if (candidates.length === 0)
        return undefined;
    const moduleDir = (base, module) => {
        let dir = base;
        let config = root;
        for (const name of moduleCallPath(module)) {
            const call = config?.calls.get(name);
            config = call?.module;
            const source = call?.source;
            dir = dir !== undefined && source && /^\.\.?\//.test(source) ? join(dir, source) : undefined;
        }
        return dir;
    };
    const locate = (instance) => {
        const key = blockKey(instance.mode, instance.type, instance.name);
        const found = candidates
            .map((base) => moduleDir(base, instance.module))
            .filter((dir) => dir !== undefined)
            .map((dir) => declarations(dir).blocks.get(key))
            .filter((l) => l !== undefined);
        return found.length === 1 ? found[0] : undefined;
    };
    return candidates.length === 1 ? { locate, root: candidates[0] } : { locate };
}
function blockKey(mode, type, name) {
    return `${mode === 'data' ? 'data' : 'resource'}.${type}.${name}`;
}
function collect(file, text, into) {
    const lines = new LineCounter(text);
    blockHead.lastIndex = 0;
    let match;
    while ((match = blockHead.exec(text)) !== null) {
        const [whole, kind = '', first = '', second] = match;
        const key = kind === 'module' ? `module.${first}` : second ? `${kind}.${first}.${second}` : undefined;
        const { line } = lines.at(match.index);
        const column = whole.length - whole.trimStart().length + 1;
        if (key && !into.has(key))
            into.set(key, { file, line, column });
    }
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** Joins a relative module source onto a directory, resolving `.` and `..`; undefined above the root. */
function join(dir, source) {
    const parts = dir === '' ? [] : dir.split('/');
    for (const part of source.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}

// EXTERNAL MODULE: ./src/waivers/terraform-comment.ts
var terraform_comment = __webpack_require__(545);
;// CONCATENATED MODULE: ./src/parsers/terraform-plan/index.ts










/**
 * Terraform plan JSON (`terraform show -json tfplan`) and state JSON (`terraform show -json`):
 * JSON.parse for speed, line numbers only for what is reported (design.md §8).
 */
const terraformPlanParser = {
    format: 'terraform-plan',
    sniff: (_file, head) => looksLikePlanText(head),
    parse(text, context) {
        const read = readPlan(text);
        if ('error' in read) {
            if (!looksLikePlanText(read.body))
                return null;
            return {
                format: 'terraform-plan',
                roles: [],
                errors: [jsonError(read.body, context.file, read.error)],
                warnings: [],
            };
        }
        const { body, plan } = read;
        if (!isPlanObject(plan))
            return null;
        const index = indexPlan(plan);
        const lines = planLines(body, context.file);
        const tf = tfLocator(context, index.root);
        const locate = (instance) => tf?.locate(instance) ?? lines(instance.address);
        const input = {
            source: 'terraform-plan',
            instances: index.instances,
            idFile: () => context.file,
            locate,
            resolveAttribute: (instance, path) => resolveAttribute(index, instance, path),
            configured: (instance, attribute) => expressionOf(index, instance, [attribute]) !== undefined,
            dataDocument: (data) => dataDocument(documents, index, data),
        };
        const documents = { input, parsed: new Map(), documents: new Map() };
        const { roles, warnings } = (0,terraform_link/* buildRoles */.G)(input);
        // Waiver comments above the resource block, when the role points at its .tf source (issue 13).
        (0,terraform_comment/* addWaiverComments */.Ae)(roles, context.readFile);
        const parsed = { format: 'terraform-plan', roles, errors: [], warnings };
        // The root's .tf files are not read again for roles: the plan has their exact values.
        if (tf?.root !== undefined)
            parsed.terraformRoots = [tf.root];
        return parsed;
    },
};
/**
 * The Terraform roots a plan covers, exactly as `terraformPlanParser.parse(…).terraformRoots` gives
 * them, without building the plan's roles: a sharded scan asks this of the plans other shards
 * check (issue 16). The plan is still read and checked as JSON whole, so a plan that does not
 * parse covers nothing here either.
 */
function planCoveredRoots(text, context) {
    const read = readPlan(text);
    if ('error' in read || !isPlanObject(read.plan))
        return [];
    const root = tfLocator(context, rootConfig(read.plan))?.root;
    return root === undefined ? [] : [root];
}
/** A plan file's text without its BOM, and its JSON, or what `JSON.parse` threw on it. */
function readPlan(text) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        // Only the sections the reader uses, each change slimmed: the plan's memory, not 4× it.
        return { body, plan: readPlanJson(body) };
    }
    catch (error) {
        return { body, error };
    }
}
/** V8 names the offset ("at position 123", newer: "(line 4 column 7)"); the end for truncation. */
function jsonError(text, file, error) {
    const message = error.message;
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    let offset = text.length;
    if (position)
        offset = Number(position[1]);
    const at = new LineCounter(text).at(Math.min(offset, text.length));
    const result = {
        file,
        line: lineColumn ? Number(lineColumn[1]) : at.line,
        column: lineColumn ? Number(lineColumn[2]) : at.column,
        message: `invalid Terraform plan JSON: ${withoutInput(message)}`,
    };
    return result;
}
/**
 * V8 quotes the input around some errors (`Unexpected token '}', ..."pw":"hunt}" is not valid
 * JSON`): plans hold secrets, and this message reaches annotations and PR comments. Keep the kind
 * of error only; the line and column say where.
 */
function withoutInput(message) {
    return message
        .replace(/,\s*(?:\.\.\.)?"[\s\S]*"\s+is not valid JSON$/, '')
        .replace(/^"[\s\S]*"\s+is not valid JSON$/, 'not valid JSON');
}


/***/ })

};
