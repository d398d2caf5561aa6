export const id = 127;
export const ids = [127];
export const modules = {

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

/***/ 6353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadHcl: () => (/* reexport */ terraform_source_hcl/* loadHcl */.Mz),
  readTerraformSource: () => (/* reexport */ readTerraformSource)
});

// EXTERNAL MODULE: ./src/parsers/terraform-source/hcl/index.ts + 17 modules
var terraform_source_hcl = __webpack_require__(8176);
// EXTERNAL MODULE: ./src/parsers/terraform/link.ts
var terraform_link = __webpack_require__(459);
;// CONCATENATED MODULE: ./src/parsers/terraform-source/module.ts
function readModule(hcl, dir, files, readFile) {
    const module = {
        dir,
        variables: new Map(),
        locals: new Map(),
        outputs: new Map(),
        resources: new Map(),
        calls: new Map(),
        errors: [],
    };
    for (const file of files) {
        const text = readFile(file);
        if (text === undefined) {
            module.errors.push({ file, message: 'could not read this .tf file' });
            continue;
        }
        const parsed = hcl.parse(text, file);
        module.errors.push(...parsed.errors);
        for (const block of parsed.body.blocks) {
            const [first, second] = block.labels;
            switch (block.type) {
                case 'variable':
                    if (first)
                        module.variables.set(first, block);
                    break;
                case 'locals':
                    for (const attribute of block.body.attributes)
                        module.locals.set(attribute.name, attribute);
                    break;
                case 'output':
                    if (first)
                        module.outputs.set(first, block);
                    break;
                case 'resource':
                case 'data':
                    if (first && second) {
                        const mode = block.type === 'data' ? 'data' : 'managed';
                        const key = `${mode === 'data' ? 'data.' : ''}${first}.${second}`;
                        if (!module.resources.has(key))
                            module.resources.set(key, { mode, type: first, name: second, block });
                    }
                    break;
                case 'module':
                    if (first) {
                        const source = attribute(block, 'source')?.expr;
                        const call = { name: first, block };
                        if (source?.kind === 'literal' && typeof source.value === 'string')
                            call.source = source.value;
                        module.calls.set(first, call);
                    }
                    break;
            }
        }
    }
    return module;
}
function attribute(block, name) {
    return block.body.attributes.find((a) => a.name === name);
}
/** `./x`, `../x`: a module in this repository; anything else (registry, git, http) is not read. */
function isLocalSource(source) {
    return /^\.\.?(\/|$)/.test(source);
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** Joins a relative path onto a folder, resolving `.` and `..`; undefined above the scan root. */
function joinPath(dir, relative) {
    const parts = dir === '' ? [] : dir.split('/');
    for (const part of relative.split('/')) {
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
/** The relative path from one folder to another (`path.module` as Terraform gives it). */
function relativePath(from, to) {
    const a = from === '' ? [] : from.split('/');
    const b = to === '' ? [] : to.split('/');
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common])
        common++;
    const up = a.slice(common).map(() => '..');
    const parts = [...up, ...b.slice(common)];
    return parts.length === 0 ? '.' : parts.join('/');
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/configuration.ts


/** Attributes only apply knows: they stay references to their resource. */
const computed = new Set([
    'arn',
    'id',
    'unique_id',
    'create_date',
    'tags_all',
    'policy_id',
    'attachment_count',
]);
/** Data sources that stand for the caller's partition, account and region, kept symbolic as in CloudFormation. */
const pseudoData = {
    aws_partition: { partition: '${AWS::Partition}', dns_suffix: '${AWS::URLSuffix}', id: '${AWS::Partition}' },
    aws_caller_identity: { account_id: '${AWS::AccountId}', id: '${AWS::AccountId}' },
    aws_region: { name: '${AWS::Region}', region: '${AWS::Region}', id: '${AWS::Region}' },
};
const maxModuleDepth = 32;
class ModuleInstance {
    env;
    decl;
    address;
    rootDir;
    input;
    chain;
    uncertain;
    locals = new Map();
    evaluating = new Set();
    expansions = new Map();
    children = new Map();
    attributeGuard = new Set();
    constructor(env, decl, 
    /** '' for the root, else `module.a`, `module.a["x"].module.b`. */
    address, rootDir, 
    /** Root: variable values from files and flags. Child: arguments of the call, in the caller's context. */
    input, 
    /** Folders of the calls leading here: a folder met twice is a module cycle. */
    chain, 
    /** Set when this instance may not exist (`count`/`for_each` of a caller not known). */
    uncertain) {
        this.env = env;
        this.decl = decl;
        this.address = address;
        this.rootDir = rootDir;
        this.input = input;
        this.chain = chain;
        this.uncertain = uncertain;
    }
    get isRoot() {
        return this.address === '';
    }
    prefix() {
        return this.address === '' ? '' : `${this.address}.`;
    }
    scope(context) {
        return {
            resolve: (root, steps, location) => this.resolve(context, root, steps, location),
            readFile: (path, location) => this.readFile(path, location),
            parseTemplate: (text, file) => this.env.hcl.parseTemplate(text, file),
        };
    }
    evaluate(expr, context) {
        return (0,terraform_source_hcl/* evaluate */._3)(expr, this.scope(context));
    }
    variable(name, location) {
        const declaration = this.decl.variables.get(name);
        if (!declaration)
            return undefined;
        const given = this.input(name);
        if (given !== undefined)
            return given;
        const fallback = attribute(declaration, 'default');
        if (fallback)
            return this.evaluate(fallback.expr, { module: this });
        return (0,terraform_source_hcl/* unknown */.L5)(this.isRoot
            ? `var.${name} has no value (give it with --tfvars or --var)`
            : `var.${name} is not set by ${this.address} and has no default`, location);
    }
    local(name, location) {
        const cached = this.locals.get(name);
        if (cached !== undefined)
            return cached;
        const declaration = this.decl.locals.get(name);
        if (!declaration)
            return undefined;
        if (this.evaluating.has(name)) {
            const reason = `local.${name} refers to itself`;
            this.env.errors.push({
                file: declaration.location.file,
                line: declaration.location.line,
                column: declaration.location.column,
                message: reason,
            });
            return { ...(0,terraform_source_hcl/* unknown */.L5)(reason, location), error: true };
        }
        this.evaluating.add(name);
        const value = this.evaluate(declaration.expr, { module: this });
        this.evaluating.delete(name);
        this.locals.set(name, value);
        return value;
    }
    /** The instances of a resource or data block (`count`/`for_each` expanded when known). */
    expand(key, block) {
        let expansion = this.expansions.get(key);
        if (!expansion) {
            expansion = this.expandBlock(block, `${this.prefix()}${key}`);
            this.expansions.set(key, expansion);
        }
        return expansion;
    }
    expandBlock(block, what) {
        const count = attribute(block, 'count');
        const forEach = attribute(block, 'for_each');
        if (!count && !forEach)
            return { kind: 'known', items: [{ context: { module: this } }] };
        if (count) {
            const value = this.evaluate(count.expr, { module: this });
            if (typeof value !== 'number')
                return { kind: 'unknown', reason: `count of ${what} ${reasonOf(value, 'is not a known number')}` };
            const items = [];
            for (let i = 0; i < Math.min(value, 10_000); i++)
                items.push({ key: i, context: { module: this, count: i } });
            return { kind: 'known', items };
        }
        const value = this.evaluate(forEach.expr, { module: this });
        const items = [];
        if ((0,terraform_source_hcl/* isMap */.jh)(value)) {
            for (const [k, v] of value)
                items.push({ key: k, context: { module: this, each: { key: k, value: v } } });
            return { kind: 'known', items };
        }
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
            for (const k of [...new Set(value)].sort())
                items.push({ key: k, context: { module: this, each: { key: k, value: k } } });
            return { kind: 'known', items };
        }
        return {
            kind: 'unknown',
            reason: `for_each of ${what} ${reasonOf(value, 'is not a known map or set of strings')}`,
        };
    }
    /** The instances of a local module call; undefined for a call that is not read (registry, git, cycle). */
    childInstances(name) {
        if (this.children.has(name))
            return this.children.get(name);
        this.children.set(name, undefined);
        const call = this.decl.calls.get(name);
        const result = call ? this.instantiate(call) : undefined;
        this.children.set(name, result);
        return result;
    }
    instantiate(call) {
        const at = call.block.location;
        if (!call.source || !isLocalSource(call.source))
            return undefined;
        const dir = joinPath(this.decl.dir, call.source);
        const child = dir === undefined ? undefined : this.env.module(dir);
        if (dir === undefined || !child) {
            this.env.errors.push({
                file: at.file,
                line: at.line,
                column: at.column,
                message: `module "${call.name}": source "${call.source}" is not a folder of .tf files in the scanned tree`,
            });
            return undefined;
        }
        if (this.chain.includes(dir) || this.chain.length > maxModuleDepth) {
            this.env.errors.push({
                file: at.file,
                line: at.line,
                column: at.column,
                message: `module "${call.name}": module cycle (${[...this.chain, dir].map((d) => d || '.').join(' → ')})`,
            });
            return undefined;
        }
        const expansion = this.expandBlock(call.block, `${this.prefix()}module.${call.name}`);
        const items = expansion.kind === 'known' ? expansion.items : [{ context: { module: this } }];
        const instances = items.map((item) => {
            const address = `${this.prefix()}module.${call.name}${keyText(item.key)}`;
            const args = new Map(call.block.body.attributes.map((a) => [a.name, a]));
            const cache = new Map();
            const input = (name) => {
                if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(name))
                    return undefined;
                const argument = args.get(name);
                if (!argument)
                    return undefined;
                let value = cache.get(name);
                if (value === undefined) {
                    value = this.evaluate(argument.expr, item.context);
                    cache.set(name, value);
                }
                return value;
            };
            const uncertain = expansion.kind === 'unknown' ? expansion.reason : this.uncertain;
            return new ModuleInstance(this.env, child, address, this.rootDir, input, [...this.chain, dir], uncertain);
        });
        return { expansion, instances };
    }
    resolve(context, root, steps, location) {
        const first = steps[0];
        const name = first?.kind === 'attr' ? first.name : undefined;
        const iterator = context.iterators?.get(root);
        if (iterator)
            return name === 'key' || name === 'value' ? { value: iterator[name], consumed: 1 } : undefined;
        switch (root) {
            case 'var': {
                const value = name === undefined ? undefined : this.variable(name, location);
                return value === undefined ? undefined : { value, consumed: 1 };
            }
            case 'local': {
                const value = name === undefined ? undefined : this.local(name, location);
                return value === undefined ? undefined : { value, consumed: 1 };
            }
            case 'each':
                if (!context.each || (name !== 'key' && name !== 'value'))
                    return undefined;
                return { value: context.each[name], consumed: 1 };
            case 'count':
                if (context.count === undefined || name !== 'index')
                    return undefined;
                return { value: context.count, consumed: 1 };
            case 'path': {
                if (name === 'module')
                    return { value: relativePath(this.rootDir, this.decl.dir), consumed: 1 };
                if (name === 'root' || name === 'cwd')
                    return { value: '.', consumed: 1 };
                return undefined;
            }
            case 'terraform':
                return name === 'workspace' ? { value: 'default', consumed: 1 } : undefined;
            case 'module':
                return name === undefined ? undefined : this.moduleOutput(name, steps.slice(1), location);
            case 'data': {
                const second = steps[1];
                if (name === undefined || second?.kind !== 'attr')
                    return undefined;
                const resolved = this.resourceValue(`data.${name}.${second.name}`, steps.slice(2), location);
                return resolved && { value: resolved.value, consumed: resolved.consumed + 2 };
            }
            case 'self':
                return { value: (0,terraform_source_hcl/* unknown */.L5)('self is not known without a plan', location), consumed: steps.length };
            default: {
                if (name === undefined)
                    return undefined;
                const resolved = this.resourceValue(`${root}.${name}`, steps.slice(1), location);
                return resolved && { value: resolved.value, consumed: resolved.consumed + 1 };
            }
        }
    }
    /** A resource or data source named in an expression: one instance's attribute, or its instances. */
    resourceValue(key, steps, location) {
        const decl = this.decl.resources.get(key);
        if (!decl)
            return undefined;
        const expansion = this.expand(key, decl.block);
        const counted = attribute(decl.block, 'count') !== undefined || attribute(decl.block, 'for_each') !== undefined;
        const address = `${this.prefix()}${key}`;
        if (expansion.kind === 'unknown')
            return { value: (0,terraform_source_hcl/* unknown */.L5)(expansion.reason, location), consumed: steps.length };
        let item;
        let consumed = 0;
        if (counted) {
            const first = steps[0];
            if (first?.kind !== 'index') {
                // The whole list (count) or map (for_each) of instances: splats and for expressions walk it.
                const objects = expansion.items.map((i) => [i.key, this.objectOf(decl, i, location)]);
                const value = attribute(decl.block, 'count')
                    ? objects.map(([, o]) => o)
                    : (0,terraform_source_hcl/* makeMap */.pD)(objects.map(([k, o]) => [String(k), o]));
                return { value, consumed: 0 };
            }
            const wanted = first.key;
            item = expansion.items.find((i) => i.key === wanted || (typeof wanted === 'number' && i.key === wanted));
            if (!item) {
                if ((0,terraform_source_hcl/* isUnknown */.t8)(wanted) || (0,terraform_source_hcl/* isRef */.i9)(wanted) || typeof wanted === 'object')
                    return {
                        value: (0,terraform_source_hcl/* unknown */.L5)(`${address}[…] with a key not known without a plan`, location),
                        consumed: steps.length,
                    };
                return {
                    value: {
                        ...(0,terraform_source_hcl/* unknown */.L5)(`${address}[${JSON.stringify(wanted)}] is not an instance`, location),
                        error: true,
                    },
                    consumed: steps.length,
                };
            }
            consumed = 1;
        }
        else
            item = expansion.items[0];
        if (!item)
            return undefined;
        const next = steps[consumed];
        if (next?.kind !== 'attr')
            return { value: this.objectOf(decl, item, location), consumed };
        return { value: this.attributeOf(decl, item, next.name, location), consumed: consumed + 1 };
    }
    instanceAddress(decl, item) {
        return `${this.prefix()}${decl.mode === 'data' ? 'data.' : ''}${decl.type}.${decl.name}${keyText(item.key)}`;
    }
    /** One attribute of one instance: configured ones evaluated, computed ones a reference. */
    attributeOf(decl, item, name, location) {
        const address = this.instanceAddress(decl, item);
        const ref = { ref: address, attribute: name, location };
        if (decl.mode === 'data') {
            const pseudo = pseudoData[decl.type]?.[name];
            if (pseudo !== undefined)
                return pseudo;
            if (decl.type === 'aws_iam_policy_document')
                return name === 'json' || name === 'minified_json' ? { ...ref, attribute: 'json' } : ref;
            if (decl.type === 'aws_iam_policy') {
                if (name === 'arn') {
                    const arn = attribute(decl.block, 'arn');
                    if (arn)
                        return this.evaluate(arn.expr, item.context);
                    const policyName = attribute(decl.block, 'name');
                    const text = policyName ? this.evaluate(policyName.expr, item.context) : undefined;
                    // By name: only AWS-managed policies can be named without an account; the snapshot has them.
                    if (typeof text === 'string')
                        return `arn:\${AWS::Partition}:iam::aws:policy/${text}`;
                    return (0,terraform_source_hcl/* unknown */.L5)(`${address}.arn is read from AWS at plan time`, location);
                }
                return ref;
            }
            return (0,terraform_source_hcl/* unknown */.L5)(`${address}.${name} is read from AWS at plan time (data source ${decl.type})`, location);
        }
        if (computed.has(name))
            return ref;
        const configured = attribute(decl.block, name);
        if (!configured)
            return ref;
        const guard = `${address}.${name}`;
        if (this.attributeGuard.has(guard))
            return { ...(0,terraform_source_hcl/* unknown */.L5)(`${guard} refers to itself`, location), error: true };
        this.attributeGuard.add(guard);
        const value = this.evaluate(configured.expr, item.context);
        this.attributeGuard.delete(guard);
        return value;
    }
    /** A whole instance as an object: its top-level configured attributes and its computed ones. */
    objectOf(decl, item, location) {
        const names = new Set([...decl.block.body.attributes.map((a) => a.name), 'arn', 'id', 'name']);
        if (decl.type === 'aws_iam_policy_document')
            names.add('json');
        for (const meta of ['count', 'for_each', 'provider', 'depends_on', 'lifecycle'])
            names.delete(meta);
        return (0,terraform_source_hcl/* makeMap */.pD)([...names].map((n) => [n, this.attributeOf(decl, item, n, location)]));
    }
    moduleOutput(name, steps, location) {
        const call = this.decl.calls.get(name);
        if (!call)
            return undefined;
        const children = this.childInstances(name);
        if (!children)
            return {
                value: (0,terraform_source_hcl/* unknown */.L5)(`module.${name} (source "${call.source ?? '?'}") is not read without a plan`, location),
                consumed: steps.length + 1,
            };
        if (children.expansion.kind === 'unknown')
            return { value: (0,terraform_source_hcl/* unknown */.L5)(children.expansion.reason, location), consumed: steps.length + 1 };
        const counted = attribute(call.block, 'count') !== undefined || attribute(call.block, 'for_each') !== undefined;
        const outputsOf = (child) => (0,terraform_source_hcl/* makeMap */.pD)([...child.decl.outputs.keys()].map((o) => [o, child.output(o, location)]));
        let child;
        let consumed = 1;
        if (counted) {
            const first = steps[0];
            const items = children.expansion.items;
            if (first?.kind !== 'index') {
                const value = attribute(call.block, 'count')
                    ? children.instances.map(outputsOf)
                    : (0,terraform_source_hcl/* makeMap */.pD)(items.map((item, i) => [String(item.key), outputsOf(children.instances[i])]));
                return { value, consumed: 1 };
            }
            const i = items.findIndex((item) => item.key === first.key);
            child = children.instances[i];
            if (!child)
                return {
                    value: (0,terraform_source_hcl/* unknown */.L5)(`module.${name}[…] is not a known instance`, location),
                    consumed: steps.length + 1,
                };
            consumed = 2;
        }
        else
            child = children.instances[0];
        if (!child)
            return undefined;
        const next = steps[consumed - 1];
        if (next?.kind !== 'attr')
            return { value: outputsOf(child), consumed };
        const value = child.output(next.name, location);
        return value === undefined ? undefined : { value, consumed: consumed + 1 };
    }
    output(name, location) {
        const block = this.decl.outputs.get(name);
        const value = block && attribute(block, 'value');
        if (!value)
            return { ...(0,terraform_source_hcl/* unknown */.L5)(`${this.address} has no output "${name}"`, location), error: true };
        const guard = `output.${name}`;
        if (this.attributeGuard.has(guard))
            return { ...(0,terraform_source_hcl/* unknown */.L5)(`output ${name} of ${this.address} refers to itself`, location), error: true };
        this.attributeGuard.add(guard);
        const result = this.evaluate(value.expr, { module: this });
        this.attributeGuard.delete(guard);
        return result;
    }
    /** `file()` / `templatefile()`: paths relative to the root module, inside the scan root only. */
    readFile(path, location) {
        const relative = path.startsWith('/') ? undefined : joinPath(this.rootDir, path);
        if (relative === undefined)
            return (0,terraform_source_hcl/* unknown */.L5)(`file "${path}" is outside the scanned folder`, location);
        const text = this.env.readFile(relative);
        if (text === undefined)
            return (0,terraform_source_hcl/* unknown */.L5)(`file "${path}" (${relative}) is not in the scanned folder`, location);
        return { file: relative, text };
    }
}
/** `[0]`, `["a"]`, or '' for a block without count/for_each. */
function keyText(key) {
    return key === undefined ? '' : `[${JSON.stringify(key)}]`;
}
function reasonOf(value, otherwise) {
    if ((0,terraform_source_hcl/* isUnknown */.t8)(value))
        return `is not known without a plan (${value.reason})`;
    if ((0,terraform_source_hcl/* isRef */.i9)(value))
        return `depends on ${value.ref}.${value.attribute}, known only after apply`;
    return otherwise;
}

// EXTERNAL MODULE: ./src/model/value.ts
var model_value = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/parsers/located.ts + 1 modules
var located = __webpack_require__(1935);
// EXTERNAL MODULE: ./src/parsers/policy-document.ts
var policy_document = __webpack_require__(1684);
// EXTERNAL MODULE: ./src/parsers/terraform/documents.ts
var documents = __webpack_require__(5405);
// EXTERNAL MODULE: ./src/parsers/terraform/values.ts
var values = __webpack_require__(865);
;// CONCATENATED MODULE: ./src/parsers/terraform-source/records.ts


/** Blocks that are Terraform's, not the resource's. */
const metaBlocks = new Set(['lifecycle', 'provisioner', 'connection', 'timeouts']);
const metaAttributes = new Set(['count', 'for_each', 'provider', 'depends_on']);
function sourceInstance(owner, decl, item, uncertain) {
    const address = owner.instanceAddress(decl, item);
    const record = {
        address,
        mode: decl.mode,
        type: decl.type,
        name: decl.name,
        module: owner.address,
        values: {},
        decl,
        owner,
        item,
        file: decl.block.location.file,
        location: decl.block.location,
        locations: new Map(),
        raw: new Map(),
        refs: [],
        unknowns: [],
    };
    if (item.key !== undefined)
        record.index = item.key;
    if (uncertain)
        record.uncertain = uncertain;
    const marks = readBody(record, decl.block.body, item.context, [], record.values);
    if (marks !== undefined)
        record.unknown = marks;
    return record;
}
/** Reads a body into `into`; returns its unknown marks (undefined: everything known). */
function readBody(record, body, context, path, into) {
    let marks;
    const mark = (key, m) => {
        if (m === undefined)
            return;
        marks ??= {};
        marks[key] = m;
    };
    for (const a of body.attributes) {
        if (path.length === 0 && metaAttributes.has(a.name))
            continue;
        const here = [...path, a.name];
        const key = here.join('.');
        const value = record.owner.evaluate(a.expr, context);
        record.locations.set(key, a.location);
        record.raw.set(key, { value, expr: a.expr, context });
        const converted = toJson(record, value, key);
        into[a.name] = converted.value;
        mark(a.name, converted.unknown);
    }
    // Nested blocks (and `dynamic` ones) become lists of objects, as in the plan.
    const groups = new Map();
    const group = (type) => {
        let g = groups.get(type);
        if (!g)
            groups.set(type, (g = { blocks: [] }));
        return g;
    };
    for (const block of body.blocks) {
        if (metaBlocks.has(block.type))
            continue;
        if (block.type !== 'dynamic') {
            group(block.type).blocks.push({ block, context });
            continue;
        }
        const type = block.labels[0];
        const content = block.body.blocks.find((b) => b.type === 'content');
        if (!type || !content)
            continue;
        const g = group(type);
        const iteratorExpr = attribute(block, 'iterator')?.expr;
        const iterator = iteratorExpr?.kind === 'traversal'
            ? iteratorExpr.root
            : iteratorExpr?.kind === 'literal'
                ? String(iteratorExpr.value)
                : type;
        const forEach = attribute(block, 'for_each');
        const collection = forEach ? record.owner.evaluate(forEach.expr, context) : null;
        const entries = (0,terraform_source_hcl/* isMap */.jh)(collection)
            ? [...collection]
            : Array.isArray(collection)
                ? collection.map((v, i) => [i, v])
                : undefined;
        if (!entries) {
            g.unknown = `dynamic "${type}" for_each ${(0,terraform_source_hcl/* isUnknown */.t8)(collection) ? `is not known without a plan (${collection.reason})` : 'is not a known collection'}`;
            record.unknowns.push({ path: [...path, type].join('.'), reason: g.unknown });
            continue;
        }
        for (const [k, v] of entries) {
            const iterators = new Map(context.iterators ?? []);
            iterators.set(iterator, { key: k, value: v });
            g.blocks.push({ block: content, context: { ...context, iterators } });
        }
    }
    for (const [type, g] of groups) {
        if (g.unknown) {
            into[type] = null;
            mark(type, g.unknown);
            continue;
        }
        const list = [];
        const listMarks = [];
        let anyMark = false;
        g.blocks.forEach(({ block, context: c }, i) => {
            const here = [...path, type, i];
            record.locations.set(here.join('.'), block.location);
            const item = {};
            const m = readBody(record, block.body, c, here, item);
            list.push(item);
            listMarks.push(m ?? {});
            if (m)
                anyMark = true;
        });
        into[type] = list;
        if (anyMark)
            mark(type, listMarks);
    }
    return marks;
}
/** A value as the plan writes it: JSON, with a mark (the reason) where it is not known. */
function toJson(record, value, path) {
    if (value === null || typeof value !== 'object')
        return { value };
    if (Array.isArray(value)) {
        const items = value.map((v, i) => toJson(record, v, `${path}.${i}`));
        const marks = items.map((i) => i.unknown);
        return {
            value: items.map((i) => i.value),
            ...(marks.some((m) => m !== undefined) && { unknown: marks.map((m) => m ?? false) }),
        };
    }
    if ((0,terraform_source_hcl/* isMap */.jh)(value)) {
        const out = {};
        let marks;
        for (const [k, v] of value) {
            const c = toJson(record, v, `${path}.${k}`);
            out[k] = c.value;
            if (c.unknown !== undefined)
                (marks ??= {})[k] = c.unknown;
        }
        return { value: out, ...(marks && { unknown: marks }) };
    }
    if ((0,terraform_source_hcl/* isRef */.i9)(value)) {
        const known = knownRefText(record, value);
        if (known !== undefined) {
            record.refs.push({ path, ref: value });
            return { value: known };
        }
        record.refs.push({ path, ref: value });
        return { value: null, unknown: `depends on ${value.ref}.${value.attribute}` };
    }
    if ((0,terraform_source_hcl/* isUnknown */.t8)(value)) {
        record.unknowns.push({ path, reason: value.reason });
        return { value: null, unknown: value.reason };
    }
    if ((0,terraform_source_hcl/* isSymbolicString */.Qx)(value)) {
        const reasons = [];
        for (const part of value.parts) {
            if (typeof part === 'string')
                continue;
            if ((0,terraform_source_hcl/* isRef */.i9)(part)) {
                record.refs.push({ path, ref: part });
                reasons.push(`${part.ref}.${part.attribute}`);
            }
            else {
                record.unknowns.push({ path, reason: part.reason });
                reasons.push(part.reason);
            }
        }
        return { value: null, unknown: `depends on ${reasons.join(', ')}` };
    }
    return { value: null, unknown: 'not a value' };
}
/**
 * The ARN of a role or policy of this configuration whose name is known, with the account and
 * partition left symbolic (as CloudFormation's `!GetAtt Role.Arn`): what apply will produce.
 */
function knownRefText(record, ref) {
    if (ref.attribute !== 'arn')
        return undefined;
    const target = record.owner.env.instance?.(ref.ref);
    if (!target || (target.type !== 'aws_iam_role' && target.type !== 'aws_iam_policy'))
        return undefined;
    const name = target.owner.attributeOf(target.decl, target.item, 'name', target.location);
    if (typeof name !== 'string' || name === '')
        return undefined;
    const pathAttr = attribute(target.decl.block, 'path');
    const path = pathAttr ? target.owner.attributeOf(target.decl, target.item, 'path', target.location) : '/';
    if (typeof path !== 'string')
        return undefined;
    const kind = target.type === 'aws_iam_role' ? 'role' : 'policy';
    return `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:${kind}${path}${name}`;
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/documents.ts







/**
 * Policy documents read from `.tf` source with their lines: `jsonencode({…})` objects, heredoc
 * and `file()` JSON, and `data "aws_iam_policy_document"` rendered with the provider's semantics
 * (statements, dynamic statements, source and override documents merged by `sid`).
 */
class SourceDocuments {
    lookup;
    rendered = new Map();
    rendering = new Set();
    constructor(lookup) {
        this.lookup = lookup;
    }
    /** The document an attribute holds, when source can say more than its JSON string. */
    documentAt(record, path) {
        const key = path.join('.');
        const raw = record.raw.get(key);
        if (!raw)
            return undefined;
        const loc = record.locations.get(key) ?? record.location;
        const { expr } = raw;
        const value = soleRef(raw.value);
        if (expr?.kind === 'call' && expr.name === 'jsonencode' && expr.args.length === 1 && !expr.expandFinal) {
            // The object itself, before encoding: each statement keeps the line it is written on.
            const object = (0,terraform_source_hcl/* evaluate */._3)(expr.args[0], record.owner.scope(raw.context));
            return { kind: 'document', document: (0,policy_document/* policyFromNode */.bC)(this.node(record, object, loc)) };
        }
        if (typeof value === 'string' || value === null)
            return undefined;
        if ((0,terraform_source_hcl/* isRef */.i9)(value)) {
            const target = this.lookup(value.ref);
            if (target?.type === 'aws_iam_policy_document' && target.mode === 'data')
                return this.dataDocument(target);
            return undefined;
        }
        if ((0,terraform_source_hcl/* isSymbolicString */.Qx)(value)) {
            const decoded = decodeSymbolic(value, loc);
            if ((0,terraform_source_hcl/* isUnknown */.t8)(decoded))
                return {
                    kind: 'unresolved',
                    unresolved: (0,model_value/* unresolved */.I)(`${record.address}.${key}: ${decoded.reason}`, loc),
                };
            return { kind: 'document', document: (0,policy_document/* policyFromNode */.bC)(this.node(record, decoded, loc)) };
        }
        if ((0,terraform_source_hcl/* isUnknown */.t8)(value))
            return { kind: 'unresolved', unresolved: (0,model_value/* unresolved */.I)(`${record.address}.${key}: ${value.reason}`, loc) };
        return undefined;
    }
    dataDocument(record) {
        return { kind: 'document', document: (0,policy_document/* policyFromNode */.bC)(this.dataNode(record)) };
    }
    /** `data "aws_iam_policy_document"` as the IAM JSON it renders, statements located. */
    dataNode(record) {
        const done = this.rendered.get(record);
        if (done)
            return done;
        if (this.rendering.has(record))
            return { kind: 'unresolved', reason: `${record.address} includes itself`, loc: record.location };
        this.rendering.add(record);
        const read = (path) => {
            const p = (0,values/* planned */.lM)(record, path);
            return p.known ? p : { known: false, reason: (0,values/* unknownReason */.$h)(record, path) ?? '' };
        };
        const statementLoc = (i) => record.locations.get(`statement.${i}`) ?? record.location;
        const own = (0,documents/* statementsNode */.bk)(read, record.location, record.address, statementLoc, 'is not known without a plan');
        let statements = [];
        let open;
        const mergeIn = (key) => {
            const raw = record.raw.get(key);
            if (!raw || raw.value === null || raw.value === '')
                return;
            // A list that is itself unknown is one unresolved element: what it adds or overrides is open.
            const values = key.endsWith('_documents') && Array.isArray(raw.value) ? raw.value : [raw.value];
            for (const v of values) {
                const node = this.sourceNode(record, v, record.locations.get(key) ?? record.location);
                if (node.kind === 'unresolved') {
                    open ??= `${record.address} ${key}: ${node.reason}`;
                    continue;
                }
                statements = mergeBySid(statements, statementItems(node));
            }
        };
        mergeIn('source_json');
        mergeIn('source_policy_documents');
        statements = mergeBySid(statements, statementItems(own));
        mergeIn('override_policy_documents');
        mergeIn('override_json');
        const loc = record.location;
        const entries = [];
        const version = record.raw.get('version')?.value;
        entries.push({
            key: 'Version',
            keyLoc: loc,
            value: { kind: 'scalar', value: typeof version === 'string' ? version : '2012-10-17', loc },
        });
        const list = open
            ? { kind: 'unresolved', reason: open, loc }
            : { kind: 'seq', items: statements, loc };
        entries.push({ key: 'Statement', keyLoc: loc, value: list });
        const node = { kind: 'map', entries, loc };
        this.rendering.delete(record);
        this.rendered.set(record, node);
        return node;
    }
    /** One element of source/override documents: another data document, JSON text, or unknown. */
    sourceNode(record, given, loc) {
        const value = soleRef(given);
        if ((0,terraform_source_hcl/* isRef */.i9)(value)) {
            const target = this.lookup(value.ref);
            if (target?.type === 'aws_iam_policy_document' && target.mode === 'data')
                return this.dataNode(target);
            return {
                kind: 'unresolved',
                reason: `${value.ref}.${value.attribute} is not known without a plan`,
                loc,
            };
        }
        if (typeof value === 'string') {
            try {
                return (0,policy_document/* nodeFromValue */.wG)(JSON.parse(value), loc);
            }
            catch {
                return { kind: 'unresolved', reason: 'a document that is not JSON', loc };
            }
        }
        if ((0,terraform_source_hcl/* isSymbolicString */.Qx)(value))
            return this.node(record, decodeSymbolic(value, loc), loc);
        if ((0,terraform_source_hcl/* isUnknown */.t8)(value))
            return { kind: 'unresolved', reason: value.reason, loc };
        return { kind: 'unresolved', reason: 'a document that is not a JSON string', loc };
    }
    /** An evaluated value as a located tree: refs of this configuration's roles become their ARNs. */
    node(record, value, fallback, depth = 0) {
        const loc = (0,terraform_source_hcl/* locationOf */.hD)(value) ?? fallback;
        if (depth > 64)
            return { kind: 'unresolved', reason: 'nesting too deep', loc };
        if (value === null || typeof value !== 'object')
            return { kind: 'scalar', value, loc };
        if (Array.isArray(value))
            return { kind: 'seq', items: value.map((v) => this.node(record, v, loc, depth + 1)), loc };
        if ((0,terraform_source_hcl/* isMap */.jh)(value))
            return {
                kind: 'map',
                entries: [...value].map(([key, v]) => ({
                    key,
                    keyLoc: loc,
                    value: this.node(record, v, loc, depth + 1),
                })),
                loc,
            };
        if ((0,terraform_source_hcl/* isRef */.i9)(value)) {
            const text = knownRefText(record, value);
            if (text !== undefined)
                return { kind: 'scalar', value: text, loc };
            return { kind: 'unresolved', reason: `${value.ref}.${value.attribute} is known only after apply`, loc };
        }
        if ((0,terraform_source_hcl/* isUnknown */.t8)(value))
            return { kind: 'unresolved', reason: value.reason, loc };
        const parts = value.parts.map((p) => typeof p === 'string' ? p : (0,terraform_source_hcl/* isRef */.i9)(p) ? (knownRefText(record, p) ?? p) : p);
        if (parts.every((p) => typeof p === 'string'))
            return { kind: 'scalar', value: parts.join(''), loc };
        const reasons = parts
            .filter((p) => typeof p !== 'string')
            .map((p) => ((0,terraform_source_hcl/* isRef */.i9)(p) ? `${p.ref}.${p.attribute} is known only after apply` : p.reason));
        return { kind: 'unresolved', reason: reasons.join('; '), loc };
    }
}
/** `join("", data.x[*].json)` is a string made of one reference: that reference. */
function soleRef(value) {
    if ((0,terraform_source_hcl/* isSymbolicString */.Qx)(value) && value.parts.length === 1 && (0,terraform_source_hcl/* isRef */.i9)(value.parts[0]))
        return value.parts[0];
    return value;
}
/**
 * JSON with references or unknowns inside, read back element by element; when an unknown stands
 * where JSON syntax goes (a `%{ if }` whose condition is not known), the whole text is unknown.
 */
function decodeSymbolic(value, loc) {
    try {
        return (0,terraform_source_hcl/* decodeJson */.xO)(value, loc);
    }
    catch {
        const reasons = value.parts
            .filter((p) => typeof p !== 'string')
            .map((p) => ((0,terraform_source_hcl/* isRef */.i9)(p) ? `${p.ref}.${p.attribute} is known only after apply` : p.reason));
        return { unresolved: true, reason: `the document depends on ${reasons.join('; ')}`, location: loc };
    }
}
function statementItems(document) {
    if (document.kind !== 'map')
        return [];
    const list = (0,located/* get */.Jt)(document, 'Statement');
    if (!list)
        return [];
    return list.kind === 'seq' ? list.items : [list];
}
/** The provider's merge: a statement with the `sid` of an earlier one replaces it, others are added. */
function mergeBySid(base, extra) {
    const out = [...base];
    for (const statement of extra) {
        const sid = statement.kind === 'map' ? (0,located/* get */.Jt)(statement, 'Sid') : undefined;
        const id = sid?.kind === 'scalar' && typeof sid.value === 'string' && sid.value !== '' ? sid.value : undefined;
        const at = id === undefined ? -1 : out.findIndex((s) => s.kind === 'map' && sidOf(s) === id);
        if (at >= 0)
            out[at] = statement;
        else
            out.push(statement);
    }
    return out;
}
function sidOf(statement) {
    const sid = statement.kind === 'map' ? (0,located/* get */.Jt)(statement, 'Sid') : undefined;
    return sid?.kind === 'scalar' && typeof sid.value === 'string' ? sid.value : undefined;
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/variables.ts

/** Nothing outside a .tfvars file: its values are constants (functions still work). */
const constantScope = {
    resolve: () => undefined,
    readFile: (path, location) => ({ unresolved: true, reason: `file("${path}") in a .tfvars file`, location }),
};
function autoLoadedFiles(rootDir, files) {
    const inRoot = files.filter((f) => dirOf(f) === rootDir);
    const base = (f) => f.slice(f.lastIndexOf('/') + 1);
    const named = (name) => inRoot.filter((f) => base(f) === name);
    const auto = inRoot
        .filter((f) => /\.auto\.tfvars(\.json)?$/.test(base(f)))
        .sort((a, b) => (base(a) < base(b) ? -1 : base(a) > base(b) ? 1 : 0));
    return [...named('terraform.tfvars'), ...named('terraform.tfvars.json'), ...auto];
}
function readVariableFile(hcl, file, text, into, errors) {
    if (file.endsWith('.json')) {
        let data;
        try {
            data = JSON.parse(text.replace(/^\uFEFF/, ''));
        }
        catch (error) {
            errors.push({ file, message: `invalid variables JSON: ${error.message.split('\n')[0]}` });
            return;
        }
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
            errors.push({ file, message: 'a .tfvars.json file must hold one JSON object' });
            return;
        }
        for (const [name, value] of Object.entries(data))
            into.set(name, fromJson(value));
        return;
    }
    const parsed = hcl.parse(text, file);
    errors.push(...parsed.errors);
    for (const attribute of parsed.body.attributes)
        into.set(attribute.name, (0,terraform_source_hcl/* evaluate */._3)(attribute.expr, constantScope));
}
/**
 * A `-var` value: the raw text for a string variable (or one without a type), else the text read
 * as an HCL expression, as Terraform does.
 */
function readVarFlag(hcl, declaration, raw) {
    const type = declaration?.body.attributes.find((a) => a.name === 'type')?.expr;
    const isString = !type ||
        (type.kind === 'traversal' && type.root === 'string' && type.steps.length === 0) ||
        (type.kind === 'literal' && type.value === 'string');
    if (isString)
        return raw;
    const parsed = hcl.parse(`value = ${raw}\n`, '--var');
    const expr = parsed.body.attributes[0]?.expr;
    if (parsed.errors.length > 0 || !expr)
        return raw;
    return (0,terraform_source_hcl/* evaluate */._3)(expr, constantScope);
}
function fromJson(value) {
    if (Array.isArray(value))
        return value.map(fromJson);
    if (typeof value === 'object' && value !== null)
        return (0,terraform_source_hcl/* makeMap */.pD)(Object.entries(value).map(([k, v]) => [k, fromJson(v)]));
    return value;
}
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}

// EXTERNAL MODULE: ./src/waivers/terraform-comment.ts
var terraform_comment = __webpack_require__(545);
;// CONCATENATED MODULE: ./src/parsers/terraform-source/index.ts








/** The resources the linker reads; other blocks are evaluated only when something refers to them. */
const linked = new Set([
    'aws_iam_role',
    'aws_iam_role_policy',
    'aws_iam_role_policy_attachment',
    'aws_iam_policy_attachment',
    'aws_iam_policy',
    'aws_iam_instance_profile',
    'aws_iam_role_policies_exclusive',
    'aws_iam_role_policy_attachments_exclusive',
    'data.aws_iam_policy_document',
    'data.aws_iam_policy',
]);
function readTerraformSource(request) {
    const tfFiles = request.files.filter((f) => f.endsWith('.tf') && !/(^|\/)\.terraform\//.test(f)).sort();
    const byDir = new Map();
    for (const f of tfFiles)
        byDir.set(dirname(f), [...(byDir.get(dirname(f)) ?? []), f]);
    const result = { roles: [], errors: [], warnings: [], files: tfFiles, readFiles: [] };
    const modules = new Map();
    const moduleOf = (dir) => {
        let found = modules.get(dir);
        if (!found && byDir.has(dir)) {
            found = readModule(request.hcl, dir, byDir.get(dir) ?? [], request.readFile);
            modules.set(dir, found);
            result.errors.push(...found.errors);
        }
        return found;
    };
    // A folder another folder calls as a local module is not a root of its own.
    const called = new Set();
    for (const dir of byDir.keys())
        for (const call of moduleOf(dir)?.calls.values() ?? [])
            if (call.source && isLocalSource(call.source)) {
                const target = joinPath(dir, call.source);
                if (target !== undefined && target !== dir)
                    called.add(target);
            }
    for (const dir of [...byDir.keys()].sort()) {
        if (called.has(dir) || request.covered?.has(dir))
            continue;
        const read = readRoot(request, dir, moduleOf, result.readFiles);
        result.roles.push(...read.roles);
        result.errors.push(...read.errors);
        result.warnings.push(...read.warnings);
    }
    // Waiver comments above each role's resource block (issue 13), as for plans.
    (0,terraform_comment/* addWaiverComments */.Ae)(result.roles, request.readFile);
    return result;
}
function readRoot(request, dir, moduleOf, readFiles) {
    const rootDecl = moduleOf(dir);
    const slots = new Map();
    const env = {
        hcl: request.hcl,
        module: moduleOf,
        readFile: (path) => {
            const text = request.readFile(path);
            if (text !== undefined && !readFiles.includes(path))
                readFiles.push(path);
            return text;
        },
        errors: [],
        warnings: [],
        instance: (address) => slots.get(address),
    };
    const values = rootVariables(request, dir, rootDecl, env.errors);
    const root = new ModuleInstance(env, rootDecl, '', dir, (name) => values.get(name), [dir]);
    // First every instance's place (count/for_each expanded), then their values: a value may name
    // any other instance's ARN.
    const pending = [];
    const visit = (module) => {
        for (const [key, decl] of module.decl.resources) {
            if (!linked.has(decl.mode === 'data' ? `data.${decl.type}` : decl.type))
                continue;
            const expansion = module.expand(key, decl.block);
            const items = expansion.kind === 'known' ? expansion.items : [{ context: { module } }];
            const uncertain = expansion.kind === 'unknown' ? expansion.reason : module.uncertain;
            for (const item of items) {
                const slot = { type: decl.type, decl, owner: module, item, location: decl.block.location };
                slots.set(module.instanceAddress(decl, item), slot);
                pending.push({ slot, ...(uncertain && { uncertain }) });
            }
        }
        for (const [name, call] of module.decl.calls) {
            if (!call.source || !isLocalSource(call.source)) {
                const at = call.block.location;
                env.warnings.push({
                    code: 'terraform-module-not-read',
                    message: `module "${name}" (source "${call.source ?? '?'}") is not read without a plan: roles it defines are not checked; vendor it as a local module or scan a plan`,
                    location: at,
                });
                continue;
            }
            for (const child of module.childInstances(name)?.instances ?? [])
                visit(child);
        }
    };
    visit(root);
    const records = pending.map(({ slot, uncertain }) => sourceInstance(slot.owner, slot.decl, slot.item, uncertain));
    const byAddress = new Map(records.map((r) => [r.address, r]));
    for (const r of records) {
        // A role's or policy's ARN is known (account and partition symbolic) when its name is.
        if (r.mode === 'managed' && (r.type === 'aws_iam_role' || r.type === 'aws_iam_policy')) {
            const arn = knownRefText(r, { ref: r.address, attribute: 'arn' });
            if (arn)
                r.values['arn'] = arn;
        }
    }
    const documents = new SourceDocuments((address) => byAddress.get(address));
    const asSource = (i) => i;
    const input = {
        source: 'terraform-source',
        instances: records,
        idFile: (i) => asSource(i).file,
        locate: (i) => asSource(i).location,
        locateAttribute: (i, path) => locateAttribute(asSource(i), path),
        resolveAttribute: (i, path) => resolveAttribute(asSource(i), path, records),
        configured: (i, name) => {
            const body = asSource(i).decl.block.body;
            return (attribute(asSource(i).decl.block, name) !== undefined ||
                body.blocks.some((b) => b.type === name || (b.type === 'dynamic' && b.labels[0] === name)));
        },
        documentAt: (i, path) => documents.documentAt(asSource(i), path),
        dataDocument: (i) => documents.dataDocument(asSource(i)),
    };
    const { roles, warnings } = (0,terraform_link/* buildRoles */.G)(input);
    for (const role of roles) {
        const record = byAddress.get(role.key);
        if (record)
            role.style = { terraformPolicies: policyStyle(record, records) };
    }
    return { roles, errors: env.errors, warnings: [...env.warnings, ...warnings] };
}
/** How the role's trust policy is written (else whether its module uses policy document data sources). */
function policyStyle(role, records) {
    const trust = role.raw.get('assume_role_policy');
    if (trust?.expr?.kind === 'call' && trust.expr.name === 'jsonencode')
        return 'jsonencode';
    if (trust?.expr?.kind === 'template' && trust.expr.heredoc)
        return 'heredoc';
    if ((0,terraform_source_hcl/* isRef */.i9)(trust?.value ?? null) && trust.value.ref.includes('data.aws_iam_policy_document.'))
        return 'policy-document';
    const documents = records.some((r) => r.module === role.module && r.mode === 'data' && r.type === 'aws_iam_policy_document');
    return documents ? 'policy-document' : 'jsonencode';
}
/** Variable values of a root: auto-loaded files, then the given files, then `--var` (later wins). */
function rootVariables(request, dir, decl, errors) {
    const values = new Map();
    for (const file of autoLoadedFiles(dir, request.files)) {
        const text = request.readFile(file);
        if (text !== undefined)
            readVariableFile(request.hcl, file, text, values, errors);
    }
    for (const { file, text } of request.variables.files)
        readVariableFile(request.hcl, file, text, values, errors);
    for (const [name, raw] of Object.entries(request.variables.vars))
        values.set(name, readVarFlag(request.hcl, decl.variables.get(name), raw));
    return values;
}
/** The line of the attribute or block a path names, or of the nearest one written. */
function locateAttribute(record, path) {
    for (let n = path.length; n > 0; n--) {
        const found = record.locations.get(path.slice(0, n).join('.'));
        if (found)
            return found;
    }
    return record.location;
}
/** The instances an unknown value names, and what else keeps it open. */
function resolveAttribute(record, path, records) {
    const key = path.join('.');
    const related = (p) => p === key || p.startsWith(`${key}.`) || key.startsWith(`${p}.`);
    const result = { instances: [], deadEnds: [] };
    for (const { path: p, ref } of record.refs) {
        if (!related(p))
            continue;
        const matches = records.filter((r) => r.address === ref.ref || r.address.startsWith(`${ref.ref}[`));
        for (const m of matches)
            if (!result.instances.includes(m))
                result.instances.push(m);
        if (matches.length === 0)
            result.deadEnds.push(`${ref.ref}.${ref.attribute}`);
    }
    for (const { path: p, reason } of record.unknowns)
        if (related(p) && !result.deadEnds.includes(reason))
            result.deadEnds.push(reason);
    return result;
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/entry.ts
// The one entry the scan imports lazily, only when the scanned tree holds a `.tf` file: loading
// tree-sitter and its grammar costs nothing to template-only and plan-only runs.




/***/ })

};
