export const id = 203;
export const ids = [203];
export const modules = {

/***/ 6203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  adviseRole: () => (/* reexport */ adviseRole),
  combinedRequirements: () => (/* reexport */ requirements/* combinedRequirements */.an),
  evaluateRole: () => (/* reexport */ evaluate/* evaluateRole */.c),
  parseFile: () => (/* reexport */ parsers/* parseFile */.C),
  planCoveredRoots: () => (/* reexport */ terraform_plan/* planCoveredRoots */.T),
  sourceStyle: () => (/* reexport */ fixes/* sourceStyle */.v),
  terraformPlanParser: () => (/* reexport */ terraform_plan/* terraformPlanParser */.r)
});

// EXTERNAL MODULE: ./src/evaluate.ts + 5 modules
var evaluate = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/parsers/index.ts + 21 modules
var parsers = __webpack_require__(7905);
// EXTERNAL MODULE: ./src/requirements/index.ts + 1 modules
var requirements = __webpack_require__(1494);
// EXTERNAL MODULE: ./src/checks/permissions.ts + 1 modules
var permissions = __webpack_require__(8305);
// EXTERNAL MODULE: ./src/iam/permissions.ts + 4 modules
var iam_permissions = __webpack_require__(1691);
;// CONCATENATED MODULE: ./src/requirements/drift.ts

/**
 * The change in requirements from `from` to `to` for a role of these kinds, or undefined when
 * either version has no published set for them (e.g. `default` is published for 10 only).
 */
function versionChange(kinds, from, to) {
    const key = `${kinds.join('\u0000')}\u0001${from}\u0001${to}`;
    if (!changes.has(key)) {
        if (changes.size > 1_000)
            changes.clear();
        changes.set(key, change(kinds, from, to));
    }
    return changes.get(key);
}
/** Changes by kinds and versions: asked once per checked role, always the same answer. */
const changes = new Map();
function change(kinds, from, to) {
    let older, newer;
    try {
        older = (0,requirements/* combinedRequirements */.an)(kinds, from);
        newer = (0,requirements/* combinedRequirements */.an)(kinds, to);
    }
    catch {
        return undefined;
    }
    const lower = (xs) => new Set(xs.map((x) => x.toLowerCase()));
    const [a, b] = [lower(older.actions), lower(newer.actions)];
    return {
        from,
        to,
        added: newer.actions.filter((x) => !a.has(x.toLowerCase())),
        removed: older.actions.filter((x) => !b.has(x.toLowerCase())),
        trustAdded: newer.trustServices.filter((s) => !older.trustServices.includes(s)),
    };
}
/** The next published version after `version`, if any (versions are numbers as strings). */
function nextVersion(version) {
    return (0,requirements/* knownVersions */.J0)()
        .filter((v) => Number(v) > Number(version))
        .sort((x, y) => Number(x) - Number(y))[0];
}

;// CONCATENATED MODULE: ./src/advice/drift.ts



/**
 * Version drift (issue 6): what the next Veeam version adds to the role's kinds that the role does
 * not grant yet, so users upgrading the appliance know which roles to update first.
 */
function versionDriftWarnings(role, requirement) {
    const next = nextVersion(requirement.version);
    if (next === undefined)
        return [];
    const change = versionChange(requirement.kind.split('+'), requirement.version, next);
    if (!change || (change.added.length === 0 && change.trustAdded.length === 0))
        return [];
    const lacking = change.added.filter((action) => role.variants.some((shape) => {
        const boundary = shape.permissionsBoundary && (0,permissions/* toEvaluated */.h2)(shape.permissionsBoundary);
        const [verdict] = (0,iam_permissions/* evaluateActions */.V_)([action], shape.policies.map(permissions/* toEvaluated */.h2), boundary);
        return verdict?.state !== 'granted';
    }));
    if (lacking.length === 0 && change.trustAdded.length === 0)
        return [];
    const needs = [...lacking, ...change.trustAdded.map((s) => `trust in ${s}`)];
    return [
        {
            code: 'version-drift',
            message: `${role.id}: Veeam Backup for AWS ${next} adds ${[...change.added, ...change.trustAdded].join(', ')} to ${requirement.kind}; the role lacks ${needs.join(', ')}: update it before upgrading the appliance`,
            location: role.location,
        },
    ];
}

// EXTERNAL MODULE: ./src/iam/statement.ts
var statement = __webpack_require__(7868);
// EXTERNAL MODULE: ./src/iam/data-files.ts
var data_files = __webpack_require__(71);
// EXTERNAL MODULE: ./src/iam/wildcard.ts
var wildcard = __webpack_require__(9499);
// EXTERNAL MODULE: ./src/closest.ts
var closest = __webpack_require__(2512);
;// CONCATENATED MODULE: ./src/advice/catalogue.ts



let loaded;
/**
 * The action catalogue (a file beside the bundle), read on first use, not at start-up. Each
 * service's actions are listed and indexed when something asks about that service: a run that
 * checks a few services' names does not index the catalogue's 20,000 actions (issue 16).
 */
function catalogue() {
    if (loaded)
        return loaded;
    const data = JSON.parse((0,data_files/* readDataFile */.E)('actions.json'));
    const services = new Map();
    for (const [prefix, names] of Object.entries(data.services))
        services.set(prefix.toLowerCase(), { prefix, names });
    loaded = { source: data.source, date: data.date, services };
    return loaded;
}
function actionsOf(service) {
    return (service.actions ??= service.names.split(' ').map((n) => `${service.prefix}:${n}`));
}
function knownOf(service) {
    return (service.known ??= new Set(actionsOf(service).map((a) => a.toLowerCase())));
}
/** Every action, in the catalogue's order. */
function everything() {
    const c = catalogue();
    return (c.everything ??= [...c.services.values()].flatMap(actionsOf));
}
/** Where the action catalogue comes from and how old it is (scripts/gen-actions.mjs). */
const actionCatalogue = {
    get source() {
        return catalogue().source;
    },
    get date() {
        return catalogue().date;
    },
};
const expansions = new Map();
function isKnownService(prefix) {
    return catalogue().services.has(prefix.toLowerCase());
}
function isKnownAction(action) {
    const lower = action.toLowerCase();
    const colon = lower.indexOf(':');
    // A name without a colon is no action; the service is what comes before the first colon.
    const service = colon < 0 ? undefined : catalogue().services.get(lower.slice(0, colon));
    return service !== undefined && knownOf(service).has(lower);
}
/** Every catalogue action an Action pattern matches (`*` and `?`, case-insensitive). Cached. */
function expandAction(pattern) {
    const key = pattern.toLowerCase();
    let out = expansions.get(key);
    if (!out) {
        const { services } = catalogue();
        if (key === '*')
            out = everything();
        else {
            const [prefix, name] = key.split(':', 2);
            // A literal service prefix narrows the search to that service's actions.
            const service = services.get(prefix);
            const pool = name !== undefined && !/[*?]/.test(prefix) ? (service ? actionsOf(service) : []) : everything();
            const re = (0,wildcard/* compileWildcard */.Wo)(pattern, true);
            out = pool.filter((a) => re.test(a));
        }
        if (expansions.size > 5_000)
            expansions.clear();
        expansions.set(key, out);
    }
    return out;
}
/** How many actions the catalogue holds. */
function catalogueSize() {
    const c = catalogue();
    if (c.size === undefined) {
        // Counted from the names as written: no need to list 20,000 actions for a number.
        let size = 0;
        for (const { names } of c.services.values()) {
            size++;
            for (let i = names.indexOf(' '); i !== -1; i = names.indexOf(' ', i + 1))
                size++;
        }
        c.size = size;
    }
    return c.size;
}
/** Every catalogue action, lower-cased (for NotAction: all but what it names). */
function allActionsLower() {
    const c = catalogue();
    return (c.everythingLower ??= everything().map((a) => a.toLowerCase()));
}
/** The closest real action name (or service prefix) to a misspelt one, when one is near enough. */
function closestAction(action) {
    const { services } = catalogue();
    const [prefix = '', name] = action.split(':', 2);
    const own = services.get(prefix.toLowerCase());
    const pool = own && actionsOf(own);
    const limit = (w) => Math.max(2, Math.floor(w.length / 4));
    if (pool && name !== undefined)
        return (0,closest/* closest */.kp)(action, pool, limit(name));
    const service = (0,closest/* closest */.kp)(prefix, [...services.keys()], limit(prefix));
    if (!service)
        return undefined;
    if (name === undefined)
        return service;
    const fixed = `${service}:${name}`;
    return isKnownAction(fixed)
        ? everything().find((a) => a.toLowerCase() === fixed.toLowerCase())
        : closestAction(fixed);
}

;// CONCATENATED MODULE: ./src/advice/statements.ts

/**
 * Every readable identity statement of the role, over all variants, each once. AWS-managed
 * policies come from the bundled snapshot; opaque policies are skipped (nothing to advise on).
 */
function roleStatements(role) {
    const seen = new Set();
    const out = [];
    for (const shape of role.variants) {
        for (const attached of shape.policies) {
            const evaluated = (0,permissions/* toEvaluated */.h2)(attached);
            const own = attached.document !== undefined;
            for (const statement of evaluated.document?.statements ?? []) {
                if (seen.has(statement))
                    continue;
                seen.add(statement);
                out.push({
                    statement,
                    policy: evaluated.label,
                    own,
                    location: own ? statement.location : attached.location,
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/advice/least-privilege.ts



/** Grants by Action/NotAction list: fleets of roles repeat the same few lists. Read-only results. */
const grants = new Map();
/** The catalogue actions an Allow statement grants (lower-cased; any resource, any condition). */
function granted(st) {
    // Relocated copies of a document share their Action lists: most statements hit this first.
    const list = st.action ?? st.notAction;
    const byList = list && grantsByList.get(list);
    if (byList && byList.action === (st.action !== undefined))
        return byList.grant;
    const grant = grantedByText(st);
    if (list)
        grantsByList.set(list, { action: st.action !== undefined, grant });
    return grant;
}
const grantsByList = new WeakMap();
function grantedByText(st) {
    const patterns = (list) => (list ?? []).filter((p) => typeof p === 'string');
    const key = `${st.action ? 'A' : st.notAction ? 'N' : '-'}\u0000${patterns(st.action ?? st.notAction).join('\u0000')}`;
    let found = grants.get(key);
    if (!found) {
        found = expandGrant(st, patterns);
        if (grants.size > 10_000)
            grants.clear();
        grants.set(key, found);
    }
    return found;
}
function expandGrant(st, patterns) {
    // Action "*" grants the whole catalogue: counted, not listed (22,000 names per statement add up).
    if (patterns(st.action).includes('*'))
        return { all: true };
    const names = (list) => new Set(patterns(list).flatMap((p) => expandAction(p).map((a) => a.toLowerCase())));
    if (st.action)
        return { all: false, actions: names(st.action) };
    if (st.notAction) {
        const excluded = names(st.notAction);
        return { all: false, actions: new Set(allActionsLower().filter((a) => !excluded.has(a))) };
    }
    return { all: false, actions: new Set() };
}
/** Per requirement set (memoised, issue 16): its actions lower-cased, and how many lie beyond it. */
const requiredSets = new WeakMap();
function requiredOf(requirement) {
    let found = requiredSets.get(requirement);
    if (!found) {
        found = {
            required: new Set(requirement.actions.map((a) => a.toLowerCase())),
            // Beyond the requirement, everything: the catalogue minus the required actions it knows.
            beyondAll: catalogueSize() - requirement.actions.filter(isKnownAction).length,
        };
        requiredSets.set(requirement, found);
    }
    return found;
}
/** The worst grants, named on their statement: every action, all of IAM, PassRole or AssumeRole on "*". */
function offence(st, required) {
    const patterns = (st.action ?? []).filter((p) => typeof p === 'string');
    const onAll = (0,statement/* resourceScope */.Pm)(st, 'Allow') === 'all';
    if (patterns.includes('*') || (st.notAction !== undefined && onAll))
        return st.action ? 'Action "*" grants every AWS action' : 'NotAction grants nearly every AWS action';
    if (patterns.some((p) => /^iam:\*$/i.test(p)))
        return '"iam:*" grants full control of IAM';
    if (onAll && !required.has('iam:passrole') && (0,statement/* coversAction */.Dg)(st, 'iam:PassRole') === 'yes')
        return 'iam:PassRole on Resource "*" lets the role hand any role to a service (privilege escalation)';
    if (onAll && !required.has('sts:assumerole') && (0,statement/* coversAction */.Dg)(st, 'sts:AssumeRole') === 'yes')
        return 'sts:AssumeRole on Resource "*" lets the role assume any role that trusts its account';
    return undefined;
}
/**
 * Least-privilege advice (issue 6): actions the role's Allow statements grant beyond what its
 * kind needs, counted after wildcard expansion against the AWS action catalogue, with the worst
 * offenders named on their statements. Warnings only; `least-privilege: fail` makes them fail.
 */
function leastPrivilegeWarnings(role, requirement) {
    const { required, beyondAll } = requiredOf(requirement);
    const excess = new Set();
    let grantsAll = false;
    // Grouped by where they are written: a statement of the user's, or an AWS-managed attachment.
    const groups = new Map();
    const warnings = [];
    for (const { statement: st, policy, location } of roleStatements(role)) {
        if ((0,statement/* effectOf */.$x)(st) !== 'Allow')
            continue;
        const grant = granted(st);
        const extra = grant.all ? [] : [...grant.actions].filter((a) => !required.has(a));
        if (grant.all || extra.length) {
            const key = `${policy}@${location.file}:${location.line}:${location.column}`;
            const group = groups.get(key) ?? { policy, actions: new Set(), all: false, location };
            group.all ||= grant.all;
            grantsAll ||= grant.all;
            for (const a of extra) {
                group.actions.add(a);
                excess.add(a);
            }
            groups.set(key, group);
        }
        const worst = offence(st, required);
        if (worst) {
            warnings.push({
                code: 'least-privilege',
                message: `${role.id}: ${worst} (${policy}); ${requirement.kind} needs only the ${requirement.actions.length} actions Veeam lists`,
                location,
            });
        }
    }
    const size = (g) => (g.all ? beyondAll : g.actions.size);
    const total = grantsAll ? beyondAll : excess.size;
    if (total === 0)
        return warnings;
    const ranked = [...groups.values()].sort((a, b) => size(b) - size(a));
    const top = ranked
        .slice(0, 3)
        .map((p) => `${size(p)} from ${p.policy} (${p.location.file}:${p.location.line})`)
        .join(', ');
    warnings.unshift({
        code: 'least-privilege',
        message: `${role.id}: grants ${total} action${total === 1 ? '' : 's'} beyond the ${requirement.actions.length} that ${requirement.kind} needs in Veeam Backup for AWS ${requirement.version} (after wildcard expansion against the AWS action catalogue of ${actionCatalogue.date}): ${top}`,
        location: ranked[0].location,
    });
    return warnings;
}

;// CONCATENATED MODULE: ./src/advice/unknown-actions.ts


/**
 * Action names in the role's own policies that AWS does not know (typos like `ssm:GetParameterz`,
 * a pattern that matches nothing), each with the closest real name. Warnings only: AWS accepts
 * such names silently and they grant nothing.
 */
function unknownActionWarnings(role, requirement) {
    const warnings = [];
    for (const { statement, policy, own, location } of roleStatements(role)) {
        if (!own)
            continue;
        for (const list of [statement.action, statement.notAction]) {
            for (const { what, suggestion } of unknownIn(list ?? [], requirement)) {
                warnings.push({
                    code: 'unknown-action',
                    message: `${role.id}: ${what} in ${policy} (AWS action catalogue of ${actionCatalogue.date})${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
                    location,
                });
            }
        }
    }
    return warnings;
}
/** Per Action list and requirement set (issue 16): fleets of roles repeat the same few lists. */
const unknownByList = new WeakMap();
function unknownIn(patterns, requirement) {
    let byRequirement = unknownByList.get(patterns);
    if (!byRequirement)
        unknownByList.set(patterns, (byRequirement = new WeakMap()));
    let found = byRequirement.get(requirement);
    if (!found) {
        found = unknownInText(patterns, requirement);
        byRequirement.set(requirement, found);
    }
    return found;
}
/**
 * Per Action list text and requirement set: lists written out in each template of a tree are
 * equal without being shared. Read-only results, bounded like the least-privilege grants.
 */
const unknownByText = new WeakMap();
function unknownInText(patterns, requirement) {
    // Unresolved names add nothing: they are keyed as null.
    const key = JSON.stringify(patterns.map((p) => (typeof p === 'string' ? p : null)));
    let byText = unknownByText.get(requirement);
    if (!byText)
        unknownByText.set(requirement, (byText = new Map()));
    let found = byText.get(key);
    if (!found) {
        found = unknownInList(patterns, requirement);
        if (byText.size > 10_000)
            byText.clear();
        byText.set(key, found);
    }
    return found;
}
function unknownInList(patterns, requirement) {
    const required = new Set(requirement.actions.map((a) => a.toLowerCase()));
    return patterns.flatMap((pattern) => {
        if (typeof pattern !== 'string' || pattern === '*' || required.has(pattern.toLowerCase()))
            return [];
        const wildcard = /[*?]/.test(pattern);
        if (wildcard ? expandAction(pattern).length > 0 : isKnownAction(pattern))
            return [];
        const [prefix = ''] = pattern.split(':', 1);
        const what = !pattern.includes(':')
            ? `'${pattern}' is not an action name (service:Action)`
            : !isKnownService(prefix)
                ? `'${pattern}' names an unknown service '${prefix}'`
                : wildcard
                    ? `'${pattern}' matches no known action`
                    : `'${pattern}' is not a known action`;
        const suggestion = wildcard ? undefined : closestAction(pattern);
        return [suggestion ? { what, suggestion } : { what }];
    });
}

;// CONCATENATED MODULE: ./src/advice/index.ts





/**
 * Advice on a checked role that never changes its verdict (issue 6): grants beyond the kind's
 * requirement and the worst of them, unknown action names with the closest real one, and what the
 * next Veeam version will need. Pure; call it with the same requirement the checks used.
 */
function adviseRole(role, requirement) {
    return [
        ...leastPrivilegeWarnings(role, requirement),
        ...unknownActionWarnings(role, requirement),
        ...versionDriftWarnings(role, requirement),
    ];
}

// EXTERNAL MODULE: ./src/fixes/index.ts + 1 modules
var fixes = __webpack_require__(7223);
// EXTERNAL MODULE: ./src/parsers/terraform-plan/index.ts + 9 modules
var terraform_plan = __webpack_require__(5514);
;// CONCATENATED MODULE: ./src/scan-engine.ts
// The parts of scan() that read and check files: parsers (yaml, jsonc-parser), fix styles, the
// IAM evaluator and the advice. scan() loads them on the first file or role it has to check, so a
// run with nothing to check (an empty folder, a pull request without infrastructure changes)
// starts as fast as the CLI's --version (issue 16, bench/RESULTS.md).








/***/ })

};
