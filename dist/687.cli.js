export const id = 687;
export const ids = [687];
export const modules = {

/***/ 5405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ documentAt),
/* harmony export */   Y$: () => (/* binding */ laterPhrase),
/* harmony export */   ac: () => (/* binding */ fromJsonText),
/* harmony export */   bk: () => (/* binding */ statementsNode)
/* harmony export */ });
/* harmony import */ var _model_document_origin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8383);
/* harmony import */ var _model_value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2904);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1684);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(865);




/** A policy document string through the shared reader, building each distinct text once. */
function fromJsonText(context, text, location) {
    const known = context.documents.get(text);
    if (known) {
        const copy = relocated(known.document, known.location, location);
        // The evaluator judges the origin once for every copy (src/checks/permissions.ts).
        (0,_model_document_origin_js__WEBPACK_IMPORTED_MODULE_0__/* .recordOrigin */ .M)(copy, known.document, location);
        return copy;
    }
    const document = readJsonText(context, text, location);
    if (relocatable(document)) {
        context.documents.set(text, { document, location });
        (0,_model_document_origin_js__WEBPACK_IMPORTED_MODULE_0__/* .recordOrigin */ .M)(document, document, location);
    }
    return document;
}
/**
 * A document read from a plain value has every location at the one given (the same object):
 * the same document elsewhere is a copy with that object replaced. Lists of plain strings (the
 * Action lists) stay shared, so the evaluator's per-list compile cache serves every copy.
 */
function relocated(value, from, to) {
    if (value === from)
        return to;
    if (Array.isArray(value)) {
        if (value.every((v) => v === null || typeof v !== 'object'))
            return value;
        return value.map((v) => relocated(v, from, to));
    }
    if (value !== null && typeof value === 'object') {
        const copy = {};
        for (const [key, v] of Object.entries(value))
            copy[key] = relocated(v, from, to);
        return copy;
    }
    return value;
}
/** Problems and unresolved parts name lines in their text: such (rare) documents are built anew. */
function relocatable(document) {
    return (document.problems === undefined &&
        document.unresolved === undefined &&
        document.statements.every((st) => st.problems === undefined &&
            st.conditionUnresolved === undefined &&
            [st.action, st.notAction, st.resource, st.notResource].every((list) => (list ?? []).every((v) => typeof v === 'string'))));
}
function readJsonText(context, text, location) {
    let value = context.parsed.get(text);
    if (value === undefined && text.trimStart().startsWith('{')) {
        try {
            value = JSON.parse(text);
            context.parsed.set(text, value);
        }
        catch {
            // Not JSON: the shared reader says so on the document.
        }
    }
    return (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .policyFromValue */ .i0)(value ?? text, location);
}
const documentSources = new Set([
    'data.aws_iam_policy_document',
    'managed.aws_iam_policy',
    'data.aws_iam_policy',
]);
/**
 * The policy document in `instance.values[path]`: the reader's own when it builds one, parsed when
 * known, else followed through references to the `aws_iam_policy_document` (or `aws_iam_policy`)
 * it comes from.
 */
function documentAt(context, instance, path, depth = 0) {
    const { input } = context;
    const own = input.documentAt?.(instance, path);
    if (own)
        return own;
    const location = input.locateAttribute?.(instance, path) ?? input.locate(instance);
    const value = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .planned */ .lM)(instance, path);
    if (value.known) {
        if (typeof value.value !== 'string' || value.value.trim() === '')
            return { kind: 'absent' };
        return { kind: 'document', document: fromJsonText(context, value.value, location) };
    }
    const attribute = `${instance.address}.${path.join('.')}`;
    const resolution = input.resolveAttribute(instance, path);
    const sources = resolution.instances.filter((i) => documentSources.has(`${i.mode}.${i.type}`));
    const others = resolution.instances.filter((i) => !sources.includes(i));
    if (sources.length === 1 && others.length === 0 && resolution.deadEnds.length === 0 && depth < 8) {
        const source = sources[0];
        if (source.type !== 'aws_iam_policy_document')
            return documentAt(context, source, ['policy'], depth + 1);
        if (input.dataDocument)
            return input.dataDocument(source);
    }
    const via = [...resolution.instances.map((i) => i.address), ...resolution.deadEnds];
    const why = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownReason */ .$h)(instance, path) ?? laterPhrase(input);
    const reason = via.length > 0 ? `${attribute} ${why} (it depends on ${via.join(', ')})` : `${attribute} ${why}`;
    return { kind: 'unresolved', unresolved: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_3__/* .unresolved */ .I)(reason, location) };
}
/** How each reader says "not known": a plan leaves it to apply, source without a plan cannot tell. */
function laterPhrase(input) {
    return input.source === 'terraform-plan' ? 'is known only after apply' : 'is not known without a plan';
}
/**
 * The statement blocks of an `aws_iam_policy_document` as the IAM JSON they stand for, with what is
 * known only after apply as unresolved nodes: the shared reader then makes the model of it.
 */
function statementsNode(read, loc, owner, 
/** Where a statement (by index) is written, when the reader knows. */
statementLoc = () => loc, later = 'is known only after apply', 
/** The role of the same configuration whose ARN an open value is (issue 12), when the reader knows. */
roleAt) {
    // Every node of a statement points at the statement's block.
    let here = loc;
    const open = (path, r) => {
        const role = roleAt?.(path);
        return {
            kind: 'unresolved',
            reason: `${owner} ${path.join('.')} ${later}${'reason' in r && r.reason ? ` (${r.reason})` : ''}`,
            loc: here,
            ...(role ? { role } : {}),
        };
    };
    const scalar = (value) => ({ kind: 'scalar', value, loc: here });
    const entry = (key, value) => ({ key, keyLoc: here, value });
    const count = (path) => {
        const r = read(path);
        return r.known && Array.isArray(r.value) ? r.value.length : 0;
    };
    const strings = (path) => {
        const r = read(path);
        if (!r.known)
            return open(path, r);
        if (typeof r.value === 'string')
            return scalar(r.value);
        if (!Array.isArray(r.value) || r.value.length === 0)
            return undefined;
        const items = r.value.map((item, i) => {
            if (typeof item === 'string')
                return scalar(item);
            const e = read([...path, i]);
            return e.known && typeof e.value === 'string' ? scalar(e.value) : open([...path, i], e);
        });
        return { kind: 'seq', items, loc: here };
    };
    const principals = (path) => {
        const whole = read(path);
        if (!whole.known)
            return open(path, whole);
        const n = count(path);
        if (n === 0)
            return undefined;
        const entries = [];
        for (let k = 0; k < n; k++) {
            const type = read([...path, k, 'type']);
            const identifiers = strings([...path, k, 'identifiers']);
            if (type.known && type.value === '*')
                return scalar('*');
            // The type decides what the identifiers mean: an unknown type is an unknown principal.
            if (!type.known || typeof type.value !== 'string')
                entries.push(entry('AWS', open([...path, k, 'type'], type)));
            else if (identifiers)
                addMerged(entries, type.value, identifiers);
        }
        return { kind: 'map', entries, loc: here };
    };
    const conditions = (path) => {
        const whole = read(path);
        if (!whole.known)
            return open(path, whole);
        const n = count(path);
        if (n === 0)
            return undefined;
        const entries = [];
        for (let k = 0; k < n; k++) {
            const test = read([...path, k, 'test']);
            const variable = read([...path, k, 'variable']);
            const values = strings([...path, k, 'values']) ?? { kind: 'seq', items: [], loc: here };
            if (!test.known || typeof test.value !== 'string')
                entries.push(entry('?', open([...path, k, 'test'], test)));
            else if (!variable.known || typeof variable.value !== 'string')
                entries.push(entry(test.value, open([...path, k, 'variable'], variable)));
            else {
                // Blocks with the same test become one operator with several keys, as the provider writes it.
                const same = entries.find((e) => e.key === test.value && e.value.kind === 'map');
                if (same && same.value.kind === 'map')
                    addMerged(same.value.entries, variable.value, values);
                else
                    entries.push(entry(test.value, { kind: 'map', entries: [entry(variable.value, values)], loc: here }));
            }
        }
        return { kind: 'map', entries, loc: here };
    };
    const fields = [
        ['actions', 'Action', strings],
        ['not_actions', 'NotAction', strings],
        ['resources', 'Resource', strings],
        ['not_resources', 'NotResource', strings],
        ['principals', 'Principal', principals],
        ['not_principals', 'NotPrincipal', principals],
        ['condition', 'Condition', conditions],
    ];
    const statements = [];
    for (let i = 0; i < count(['statement']); i++) {
        const base = ['statement', i];
        here = statementLoc(i);
        const entries = [];
        const sid = read([...base, 'sid']);
        if (sid.known && typeof sid.value === 'string' && sid.value !== '')
            entries.push(entry('Sid', scalar(sid.value)));
        const effect = read([...base, 'effect']);
        // The provider's default effect is Allow.
        if (!effect.known)
            entries.push(entry('Effect', open([...base, 'effect'], effect)));
        else
            entries.push(entry('Effect', scalar(typeof effect.value === 'string' ? effect.value : 'Allow')));
        for (const [key, jsonKey, convert] of fields) {
            const node = convert([...base, key]);
            if (node)
                entries.push(entry(jsonKey, node));
        }
        statements.push({ kind: 'map', entries, loc: here });
    }
    here = loc;
    return { kind: 'map', entries: [entry('Statement', { kind: 'seq', items: statements, loc })], loc };
}
/** Identifiers of several blocks of one principal type (or values of one condition key) add up. */
function addMerged(entries, key, value) {
    const same = entries.find((e) => e.key === key);
    if (!same) {
        entries.push({ key, keyLoc: value.loc, value });
        return;
    }
    const items = (n) => (n.kind === 'seq' ? n.items : [n]);
    same.value = { kind: 'seq', items: [...items(same.value), ...items(value)], loc: same.value.loc };
}


/***/ }),

/***/ 459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildRoles)
/* harmony export */ });
/* harmony import */ var _model_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2904);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5405);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(865);



function buildRoles(input) {
    const warnings = [];
    const context = { input, parsed: new Map(), documents: new Map() };
    const locate = (instance) => input.locate(instance);
    const at = (instance, path) => input.locateAttribute?.(instance, path) ?? locate(instance);
    // "is known only after apply" (plan) or "is not known without a plan" (source).
    const later = (0,_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .laterPhrase */ .Y$)(input);
    const where = input.source === 'terraform-plan' ? 'the plan' : 'the configuration';
    // Customer-managed policies of the plan by their ARN, when it is known (state, no-op plans).
    const policyByArn = new Map();
    for (const instance of input.instances)
        if (instance.type === 'aws_iam_policy') {
            const arn = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .knownString */ .Xb)(instance, ['arn']);
            if (arn)
                policyByArn.set(arn, instance);
        }
    const drafts = [];
    const byAddress = new Map();
    const byName = new Map();
    for (const instance of input.instances) {
        if (instance.mode !== 'managed' || instance.type !== 'aws_iam_role')
            continue;
        const draft = roleDraft(instance);
        drafts.push(draft);
        byAddress.set(instance, draft);
        const name = draft.role.name;
        if (typeof name === 'string')
            byName.set(name, [...(byName.get(name) ?? []), draft]);
    }
    if (drafts.length === 0)
        return { roles: [], warnings };
    for (const instance of input.instances) {
        if (instance.mode !== 'managed')
            continue;
        const location = locate(instance);
        switch (instance.type) {
            case 'aws_iam_role_policy': {
                const policy = {
                    kind: 'inline',
                    name: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .knownString */ .Xb)(instance, ['name']) ?? instance.address,
                    location,
                };
                withDocument(policy, (0,_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .documentAt */ .XR)(context, instance, ['policy']));
                attach(linkRoles(instance, ['role']), instance, ['permissions'], (d) => d.shape.policies.push(policy));
                break;
            }
            case 'aws_iam_role_policy_attachment': {
                const policy = policyByArnAttribute(instance, ['policy_arn'], location);
                attach(linkRoles(instance, ['role']), instance, ['permissions'], (d) => d.shape.policies.push(policy));
                break;
            }
            case 'aws_iam_policy_attachment': {
                const policy = policyByArnAttribute(instance, ['policy_arn'], location);
                attach(linkRoles(instance, ['roles']), instance, ['permissions'], (d) => d.shape.policies.push(policy));
                break;
            }
            case 'aws_iam_instance_profile': {
                const profile = { name: instance.address, location };
                attach(linkRoles(instance, ['role']), instance, ['instance-profile'], (d) => d.shape.instanceProfiles.push(profile));
                break;
            }
        }
    }
    // Exclusive resources prune what the other resources attach, so they come last.
    for (const instance of input.instances) {
        if (instance.mode !== 'managed')
            continue;
        if (instance.type === 'aws_iam_role_policies_exclusive')
            exclusive(instance, 'inline', ['policy_names']);
        if (instance.type === 'aws_iam_role_policy_attachments_exclusive')
            exclusive(instance, 'managed', ['policy_arns']);
    }
    const roles = drafts.map((d) => {
        d.shape.policies = dedupe(d.shape.policies);
        return d.role;
    });
    roles.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { roles, warnings };
    function roleDraft(instance) {
        const location = locate(instance);
        const shape = {
            assumptions: {},
            policies: [],
            instanceProfiles: [],
            complete: { policies: true, instanceProfiles: true },
            openQuestions: [],
        };
        const role = {
            id: `${input.idFile(instance)}#${instance.address}`,
            key: instance.address,
            source: input.source,
            file: input.idFile(instance),
            location,
            tags: tagsOf(instance, location),
            variants: [shape],
        };
        const description = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .knownString */ .Xb)(instance, ['description']);
        if (description)
            role.description = description;
        const path = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .knownString */ .Xb)(instance, ['path']);
        if (path)
            role.path = path;
        // What ties a worker role to Veeam besides its name (issue 13 selection).
        if (instance.module)
            role.module = instance.module;
        if (instance.uncertain)
            shape.openQuestions.push({
                checks: ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'],
                reason: `${instance.address} may not exist: ${instance.uncertain}`,
                location,
            });
        const name = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .knownString */ .Xb)(instance, ['name']);
        if (name)
            role.name = name;
        else {
            const prefix = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .knownString */ .Xb)(instance, ['name_prefix']);
            role.name = (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(prefix ? `the role name starts with '${prefix}' and ${later}` : `the role name ${later}`, location);
        }
        const trust = (0,_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .documentAt */ .XR)(context, instance, ['assume_role_policy']);
        if (trust.kind === 'document')
            shape.trustPolicy = trust.document;
        else if (trust.kind === 'unresolved')
            shape.trustUnresolved = trust.unresolved;
        const inline = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, ['inline_policy']);
        if (!inline.known) {
            if (configured(instance, 'inline_policy'))
                shape.policies.push({
                    kind: 'inline',
                    name: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(`${instance.address} inline_policy ${later}`, location),
                    unresolved: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(`${instance.address} inline_policy ${later}`, location),
                    location,
                });
        }
        else if (Array.isArray(inline.value)) {
            inline.value.forEach((_, i) => {
                const policyName = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, ['inline_policy', i, 'name']);
                const document = (0,_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .documentAt */ .XR)(context, instance, ['inline_policy', i, 'policy']);
                // `inline_policy {}` (no name, no policy) is how a configuration removes every inline policy.
                if (policyName.known && !policyName.value && document.kind === 'absent')
                    return;
                const policy = {
                    kind: 'inline',
                    name: policyName.known && typeof policyName.value === 'string'
                        ? policyName.value
                        : (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(`an inline_policy name of ${instance.address} ${later}`, location),
                    location: at(instance, ['inline_policy', i]),
                };
                shape.policies.push(withDocument(policy, document));
            });
        }
        const arns = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, ['managed_policy_arns']);
        const arnsAt = at(instance, ['managed_policy_arns']);
        if (!arns.known) {
            if (configured(instance, 'managed_policy_arns'))
                shape.policies.push(...policiesByReference(instance, ['managed_policy_arns'], arnsAt, 1));
        }
        else {
            let unknownCount = 0;
            for (let i = 0; i < ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .listLength */ .Ze)(instance, ['managed_policy_arns']) ?? 0); i++) {
                const arn = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, ['managed_policy_arns', i]);
                if (arn.known && typeof arn.value === 'string')
                    shape.policies.push(policyOfArn(arn.value, at(instance, ['managed_policy_arns', i])));
                else
                    unknownCount++;
            }
            if (unknownCount > 0)
                shape.policies.push(...policiesByReference(instance, ['managed_policy_arns'], arnsAt, unknownCount));
        }
        const boundary = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, ['permissions_boundary']);
        if (!boundary.known || (typeof boundary.value === 'string' && boundary.value !== ''))
            shape.permissionsBoundary = policyByArnAttribute(instance, ['permissions_boundary'], at(instance, ['permissions_boundary']));
        return { instance, role, shape };
    }
    function tagsOf(instance, location) {
        const tags = {};
        for (const attribute of ['tags_all', 'tags']) {
            const value = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, [attribute]);
            if (!value.known || typeof value.value !== 'object' || value.value === null)
                continue;
            for (const key of Object.keys(value.value)) {
                const tag = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, [attribute, key]);
                tags[key] =
                    tag.known && typeof tag.value === 'string'
                        ? tag.value
                        : (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(`tag '${key}' of ${instance.address} ${later}`, location);
            }
        }
        return tags;
    }
    function configured(instance, attribute) {
        return input.configured(instance, attribute);
    }
    /** The roles an attribute (`role`, `roles`, `role_name`) names. */
    function linkRoles(instance, path) {
        const value = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, path);
        const link = { roles: [] };
        let unknownCount = 0;
        const byValue = (v, i) => {
            const element = i === undefined ? value : (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, [...path, i]);
            if (!element.known)
                unknownCount++;
            // A name no planned role carries belongs to a role outside the plan: not ours to check.
            else if (typeof v === 'string')
                for (const d of byName.get(v) ?? [])
                    add(d);
        };
        const add = (d) => {
            if (!link.roles.includes(d))
                link.roles.push(d);
        };
        const length = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .listLength */ .Ze)(instance, path);
        if (value.known && length !== undefined)
            for (let i = 0; i < length; i++) {
                const element = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, [...path, i]);
                byValue(element.known ? element.value : undefined, i);
            }
        else if (value.known)
            byValue(value.value);
        else
            unknownCount = 1;
        if (unknownCount === 0)
            return link;
        const resolution = input.resolveAttribute(instance, path);
        const candidates = resolution.instances
            .filter((i) => i.type === 'aws_iam_role' && i.mode === 'managed')
            .map((i) => byAddress.get(i))
            .filter((d) => d !== undefined);
        const attribute = `${instance.address}.${path.join('.')}`;
        if (candidates.length > 0 && candidates.length <= unknownCount && resolution.deadEnds.length === 0) {
            candidates.forEach(add);
            return link;
        }
        if (candidates.length > unknownCount) {
            link.open = {
                reason: `${attribute} names one of ${candidates.map((c) => c.role.key).join(', ')}, decided only at apply`,
                candidates,
            };
            return link;
        }
        const via = resolution.deadEnds.length > 0 ? ` (through ${resolution.deadEnds.join(', ')})` : '';
        candidates.forEach(add);
        link.open = {
            reason: `${attribute} ${later}${via}: it may name this role`,
            candidates: drafts.filter((d) => !link.roles.includes(d)),
        };
        return link;
    }
    /**
     * Applies a linked resource to its roles; the roles it may concern but cannot be tied to get an
     * open question. `onlyAdds`: an attachment or a profile can only add to a role, an exclusive
     * resource can also take away.
     */
    function attach(link, source, checks, apply, onlyAdds = true) {
        const location = locate(source);
        // An instance that may not exist (count/for_each not known) may add to its roles, not surely.
        if (source.uncertain && onlyAdds) {
            for (const d of [...link.roles, ...(link.open?.candidates ?? [])])
                d.shape.openQuestions.push({
                    checks,
                    reason: `${source.address}: ${source.uncertain}`,
                    location,
                    onlyAdds,
                });
            return;
        }
        link.roles.forEach(apply);
        if (!link.open)
            return;
        for (const d of link.open.candidates)
            d.shape.openQuestions.push({ checks, reason: link.open.reason, location, onlyAdds });
    }
    function withDocument(policy, result) {
        if (result.kind === 'document')
            policy.document = result.document;
        else if (result.kind === 'unresolved')
            policy.unresolved = result.unresolved;
        else
            policy.unresolved = (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(`policy '${String(policy.name)}' is empty in ${where}`, policy.location);
        return policy;
    }
    /** A managed policy by a known ARN: with the plan's document when the plan defines it. */
    function policyOfArn(arn, location) {
        const policy = { kind: 'managed', name: arn, arn, location };
        const defined = policyByArn.get(arn);
        if (defined)
            withDocument(policy, (0,_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .documentAt */ .XR)(context, defined, ['policy']));
        return policy;
    }
    function policyByArnAttribute(instance, path, location) {
        const arn = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, path);
        if (arn.known && typeof arn.value === 'string' && arn.value !== '')
            return policyOfArn(arn.value, location);
        if (arn.known) {
            const reason = `${instance.address}.${path.join('.')} is empty in ${where}`;
            return {
                kind: 'managed',
                name: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(reason, location),
                unresolved: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(reason, location),
                location,
            };
        }
        return policiesByReference(instance, path, location, 1)[0];
    }
    /** Policies named by an ARN attribute known only after apply, through its references. */
    function policiesByReference(instance, path, location, count) {
        const resolution = input.resolveAttribute(instance, path);
        const policies = resolution.instances.filter((i) => i.type === 'aws_iam_policy');
        const attribute = `${instance.address}.${path.join('.')}`;
        const out = policies.slice(0, count).map((p) => {
            const arn = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .knownString */ .Xb)(p, ['arn']);
            const policy = {
                kind: 'managed',
                name: arn ?? p.address,
                arn: arn ?? (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(`the ARN of ${p.address} ${later}`, locate(p)),
                location,
            };
            return withDocument(policy, (0,_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .documentAt */ .XR)(context, p, ['policy']));
        });
        if (policies.length === count && resolution.deadEnds.length === 0)
            return out;
        const via = [...resolution.instances.map((i) => i.address), ...resolution.deadEnds];
        const reason = policies.length > count
            ? `${attribute} is one of ${policies.map((p) => p.address).join(', ')}, decided only at apply`
            : `${attribute} ${later}${via.length > 0 ? ` (it depends on ${via.join(', ')})` : ''}`;
        return [
            ...(policies.length > count ? [] : out),
            {
                kind: 'managed',
                name: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(reason, location),
                unresolved: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(reason, location),
                location,
            },
        ];
    }
    /** `aws_iam_role_policies_exclusive` / `…_attachments_exclusive`: the role keeps exactly the listed ones. */
    function exclusive(instance, kind, path) {
        const link = linkRoles(instance, ['role_name']);
        const location = locate(instance);
        attach(link, instance, ['permissions'], () => undefined, false);
        const listed = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .planned */ .lM)(instance, path);
        for (const d of link.roles) {
            if (!listed.known || !Array.isArray(listed.value) || listed.value.some((v) => typeof v !== 'string')) {
                d.shape.openQuestions.push({
                    checks: ['permissions'],
                    reason: `${instance.address} keeps only ${kind} policies that ${later.replace(/^is /, 'are ')}`,
                    location,
                });
                continue;
            }
            const keep = new Set(listed.value);
            const key = (p) => (kind === 'inline' ? p.name : (p.arn ?? p.name));
            d.shape.policies = d.shape.policies.filter((p) => {
                const k = key(p);
                if (p.kind !== kind || (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnresolved */ .U)(k) || keep.has(k))
                    return true;
                warnings.push({
                    code: 'terraform-exclusive-removes',
                    message: `${instance.address} removes ${kind} policy '${k}' from ${d.role.key} at apply`,
                    location: p.location,
                });
                return false;
            });
            const present = new Set(d.shape.policies.filter((p) => p.kind === kind).map(key));
            for (const name of keep) {
                if (present.has(name))
                    continue;
                if (kind === 'managed')
                    d.shape.policies.push(policyOfArn(name, location));
                else {
                    const reason = `inline policy '${name}' is kept by ${instance.address} but not defined in ${where}`;
                    d.shape.policies.push({ kind, name, unresolved: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolved */ .I)(reason, location), location });
                }
            }
        }
    }
}
/**
 * A role's own `inline_policy` / `managed_policy_arns` also list what separate resources attach
 * (the provider reads them back): keep one entry per inline name and per managed ARN, preferring
 * the one with a document, then the separate resource.
 */
function dedupe(policies) {
    const kept = new Map();
    const out = [];
    for (const p of policies) {
        const id = p.kind === 'inline' ? p.name : (p.arn ?? p.name);
        if ((0,_model_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnresolved */ .U)(id)) {
            out.push(p);
            continue;
        }
        const key = `${p.kind}:${id}`;
        const previous = kept.get(key);
        if (!previous) {
            kept.set(key, p);
            out.push(p);
        }
        else if (p.document || !previous.document) {
            // The separate resource (linked after the role's own lists) points at its own line.
            out[out.indexOf(previous)] = p;
            kept.set(key, p);
        }
    }
    return out;
}


/***/ }),

/***/ 865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ unknownReason),
/* harmony export */   Xb: () => (/* binding */ knownString),
/* harmony export */   Ze: () => (/* binding */ listLength),
/* harmony export */   lM: () => (/* binding */ planned)
/* harmony export */ });
/* unused harmony export isUnknownAt */
/**
 * The mark `unknown` holds at the path, or at a prefix of it: `true` (the plan's `after_unknown`)
 * or a string saying why (the source reader).
 */
function markAt(unknown, path) {
    let node = unknown;
    for (const step of path) {
        if (node === true || typeof node === 'string')
            return node;
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[step];
    }
    return node === true || typeof node === 'string' ? node : undefined;
}
/** True when the path, or any prefix of it, is marked unknown. */
function isUnknownAt(unknown, path) {
    return markAt(unknown, path) !== undefined;
}
/** Why the value at the path is unknown, when the reader said so. */
function unknownReason(instance, path) {
    const mark = markAt(instance.unknown, path);
    return typeof mark === 'string' ? mark : undefined;
}
function planned(instance, path) {
    if (isUnknownAt(instance.unknown, path))
        return { known: false };
    let node = instance.values;
    for (const step of path) {
        if (typeof node !== 'object' || node === null)
            return { known: true, value: null };
        node = node[step];
    }
    return { known: true, value: node ?? null };
}
/** A known, non-empty string attribute, or undefined. */
function knownString(instance, path) {
    const v = planned(instance, path);
    return v.known && typeof v.value === 'string' && v.value !== '' ? v.value : undefined;
}
/**
 * Length of a list attribute: unknown elements may be written as null or left out of the values,
 * but the unknown marks keep one entry per element. Undefined when the attribute is not a list.
 */
function listLength(instance, path) {
    const value = planned(instance, path);
    let marks = instance.unknown;
    for (const step of path)
        marks =
            typeof marks === 'object' && marks !== null
                ? marks[step]
                : undefined;
    const lengths = [value.known ? value.value : undefined, marks].filter(Array.isArray).map((a) => a.length);
    return lengths.length > 0 ? Math.max(...lengths) : undefined;
}


/***/ }),

/***/ 545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ addWaiverComments)
/* harmony export */ });
/* unused harmony exports parseWaiverComment, waiversAbove, waiverCommentsIn */
const marker = 'veeam-iam-gate:waive';
/**
 * Reads one `# veeam-iam-gate:waive CHECK[,CHECK] [actions=a,b] reason="…" expires=YYYY-MM-DD
 * [ticket=…]` comment (`//` works too). Undefined when the line is not such a comment; a waiver with
 * `problem` set when it is one but cannot be read. Pure: the Terraform readers call it on source lines.
 */
function parseWaiverComment(line, location) {
    const comment = /^\s*(?:#|\/\/)\s*veeam-iam-gate:waive\b(.*)$/.exec(line);
    if (!comment)
        return undefined;
    const rest = comment[1] ?? '';
    const fields = {};
    const words = [];
    const token = /\s*(?:([A-Za-z-]+)=(?:"((?:[^"\\]|\\.)*)"|(\S+))|(\S+))/y;
    let at = 0;
    while (at < rest.length) {
        if (/^\s*$/.test(rest.slice(at)))
            break;
        token.lastIndex = at;
        const m = token.exec(rest);
        if (!m)
            break;
        at = token.lastIndex;
        if (m[1] !== undefined) {
            const key = m[1].toLowerCase();
            if (key in fields)
                return broken(location, `'${key}' is given twice`);
            if (m[2] === undefined && m[3]?.startsWith('"'))
                return broken(location, `unterminated quoted value of ${key}`);
            fields[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
        }
        else if (m[4] !== undefined) {
            if (m[4].startsWith('"') || /^[A-Za-z-]+="/.test(m[4]))
                return broken(location, `unterminated quoted value near ${m[4]}`);
            words.push(m[4]);
        }
    }
    const unknown = Object.keys(fields).filter((k) => !['reason', 'expires', 'ticket', 'actions'].includes(k));
    if (unknown.length)
        return broken(location, `unknown field ${unknown.join(', ')} (known: reason, expires, ticket, actions)`);
    const checks = words.flatMap((w) => w.split(',')).filter(Boolean);
    if (checks.length === 0)
        return broken(location, `name the check(s) to waive after ${marker} (e.g. permissions, or all)`);
    const waiver = { checks, location };
    if (fields.actions !== undefined)
        waiver.actions = fields.actions
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean);
    if (fields.reason !== undefined)
        waiver.reason = fields.reason;
    if (fields.expires !== undefined)
        waiver.expires = fields.expires;
    if (fields.ticket !== undefined)
        waiver.ticket = fields.ticket;
    return waiver;
}
function broken(location, problem) {
    return { checks: [], location, problem: `${marker} comment: ${problem}` };
}
/**
 * The waiver comments in the block of comment lines directly above line `line` (1-based) of a
 * Terraform file: where `resource "aws_iam_role" …` starts. A blank or code line ends the block.
 */
function waiversAbove(text, file, line) {
    const lines = text.split(/\r?\n/);
    const found = [];
    for (let i = line - 2; i >= 0; i--) {
        const source = lines[i] ?? '';
        if (!/^\s*(#|\/\/)/.test(source))
            break;
        const column = source.search(/\S/) + 1;
        const waiver = parseWaiverComment(source, { file, line: i + 1, column });
        if (waiver)
            found.unshift(waiver);
    }
    return found;
}
/**
 * Both Terraform readers (plan and `.tf` source): the waiver comments above each role's resource
 * block, when the role points at its `.tf` file and that file can be read.
 */
function addWaiverComments(roles, readFile) {
    for (const role of roles) {
        if (!role.location.file.endsWith('.tf'))
            continue;
        const source = readFile?.(role.location.file);
        const waivers = source ? waiversAbove(source, role.location.file, role.location.line) : [];
        if (waivers.length)
            role.inlineWaivers = waivers;
    }
}
/** Every waiver comment of a file, wherever it stands (to compare a file with its base version). */
function waiverCommentsIn(text, file) {
    return text
        .split(/\r?\n/)
        .map((source, i) => parseWaiverComment(source, { file, line: i + 1, column: source.search(/\S/) + 1 }))
        .filter((w) => w !== undefined);
}


/***/ })

};
