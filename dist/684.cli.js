export const id = 684;
export const ids = [684];
export const modules = {

/***/ 1935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rr: () => (/* binding */ LineIndex),
  ss: () => (/* binding */ duplicateKeys),
  Jt: () => (/* binding */ get),
  XJ: () => (/* binding */ getEntry),
  Dw: () => (/* binding */ isLMap),
  uC: () => (/* binding */ parseJsonLocated),
  H8: () => (/* binding */ parseYamlLocated)
});

// UNUSED EXPORTS: defaultLimits, isLScalar, isLSeq, parseYamlDocument

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/model/errors.ts
var model_errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/parsers/yaml-core-schema.ts
var yaml_core_schema = __webpack_require__(5741);
;// CONCATENATED MODULE: ./src/parsers/yaml-events.ts


/**
 * The fast YAML reader: js-yaml 5's flat event stream (offsets into the text, no node objects)
 * turned straight into the located tree, about half the cost of the `yaml` package's document.
 * It builds exactly the tree `parseYamlLocated` builds with `yaml` (kinds, YAML 1.2 core-schema
 * values, local tags, lines and columns of nodes and keys), and declines (returns undefined) on
 * anything it does not reproduce with certainty: syntax errors, anchors and aliases, merge keys,
 * `!!` and other unusual tags, directives, several documents, complex or tagged keys, empty nodes
 * outside a block mapping value. The caller then reads the file with `yaml`, which stays the parser
 * of record and gives the errors. A differential test holds the two readers equal.
 */
function readYamlEvents(text, file, limits) {
    if (unusualCharacters.test(text) || (mayHoldMarker(text) && indentedMarker.test(text)))
        return undefined;
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { maxDepth: limits.maxDepth + 1 });
    }
    catch {
        return undefined;
    }
    return new EventTreeBuilder(text, file, limits).build(events);
}
/**
 * A byte-order mark (the caller strips a leading one), a carriage return not ending a line, a tab
 * (`yaml` and js-yaml differ on where tabs may stand as separation): rare in templates, left to `yaml`.
 */
const unusualCharacters = /[\uFEFF\t]|\r(?!\n)/;
/** js-yaml takes an indented `---` or `...` for a document marker; `yaml` does not. */
const indentedMarker = /^ +(?:---|\.\.\.)(?:[ \r\n]|$)/m;
/** The multi-line search above is slow on every file; most hold no `---` or `...` at all. */
function mayHoldMarker(text) {
    return text.includes('---') || text.includes('...');
}
/** Thrown inside the builder to decline; never escapes `readYamlEvents`. */
const decline = Symbol('decline');
/** A tag the fast path keeps as written: CloudFormation short forms and other simple local tags. */
const simpleLocalTag = /^![A-Za-z][A-Za-z0-9_.:-]*$/;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
class EventTreeBuilder {
    text;
    file;
    limits;
    lineStarts = [0];
    line = 0;
    nodes = 0;
    /** End of the last text an event covered: where a block scalar's header search starts. */
    cursor = 0;
    constructor(text, file, limits) {
        this.text = text;
        this.file = file;
        this.limits = limits;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.lineStarts.push(i + 1);
    }
    build(events) {
        try {
            return this.run(events);
        }
        catch (e) {
            if (e === decline)
                return undefined;
            throw e;
        }
    }
    /** Offsets mostly grow: walk forward from the last line, binary search otherwise. */
    loc(offset) {
        const starts = this.lineStarts;
        let line = this.line;
        if (starts[line] > offset) {
            let lo = 0;
            let hi = line;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= offset)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            line = lo;
        }
        else
            while (line + 1 < starts.length && starts[line + 1] <= offset)
                line++;
        this.line = line;
        return { file: this.file, line: line + 1, column: offset - starts[line] + 1 };
    }
    /** The node's tag; `content` is where its content starts (or -1 when it has none). */
    tag(e, content) {
        if (e.tagStart < 0)
            return undefined;
        const tag = this.text.slice(e.tagStart, e.tagEnd);
        if (!simpleLocalTag.test(tag))
            throw decline;
        // A comment between a tag and its content: js-yaml reads `a: !T` `# c` `  x` as `!T x`, `yaml`
        // may reject it (found by the damaged-text property). A tag holds no `#`, so any is a comment.
        if (content > e.tagEnd && this.text.slice(e.tagEnd, content).includes('#'))
            throw decline;
        return tag;
    }
    count(depth) {
        if (++this.nodes > this.limits.maxNodes || depth > this.limits.maxDepth)
            throw decline;
    }
    run(events) {
        const stack = [];
        let root;
        let documents = 0;
        for (let i = 0; i < events.length; i++) {
            const e = events[i];
            switch (e.type) {
                case 1:
                    if (++documents > 1 || e.directives.length > 0)
                        throw decline;
                    break;
                case 2:
                case 3: {
                    if (e.anchorStart >= 0)
                        throw decline;
                    const parent = stack[stack.length - 1];
                    if (parent?.node.kind === 'map' && parent.key === undefined)
                        throw decline; // complex key
                    const depth = parent ? parent.depth + 1 : 0;
                    this.count(depth);
                    const tag = this.tag(e, e.start);
                    const here = this.loc(e.start);
                    const node = e.type === 3 ? { kind: 'map', loc: here, entries: [] } : { kind: 'seq', loc: here, items: [] };
                    if (tag)
                        node.tag = tag;
                    this.cursor = e.start + 1;
                    if (parent)
                        this.attach(parent, node);
                    else
                        root = node;
                    stack.push({ node, depth, block: e.style === 1 });
                    break;
                }
                case 4: {
                    if (e.anchorStart >= 0)
                        throw decline;
                    const parent = stack[stack.length - 1];
                    if (parent?.node.kind === 'map' && parent.key === undefined) {
                        this.key(parent, e);
                        break;
                    }
                    const depth = parent ? parent.depth + 1 : 0;
                    this.count(depth);
                    const node = this.scalar(e, parent);
                    if (parent)
                        this.attach(parent, node);
                    else
                        root = node;
                    break;
                }
                case 5:
                    throw decline; // aliases: the `yaml` reader expands them within its budget
                case 6:
                    stack.pop();
                    break;
            }
        }
        if (documents !== 1 || root === undefined)
            throw decline;
        return [root];
    }
    key(parent, e) {
        if (e.valueStart < 0 || e.tagStart >= 0 || e.style > DOUBLE_QUOTED)
            throw decline;
        const raw = (0,js_yaml/* getScalarValue */.KE)(this.text, e);
        // `yaml` rejects implicit keys over 1024 characters; a merge key needs `yaml`'s merge handling.
        if (raw.length > 1000 || (e.style === PLAIN && raw === '<<'))
            throw decline;
        const start = e.style === PLAIN ? e.valueStart : this.quoteStart(e);
        parent.key = e.style === PLAIN ? keyString((0,yaml_core_schema/* plainValue */._)(raw)) : raw;
        parent.keyLoc = this.loc(start);
        parent.keyEnd = e.valueEnd;
        this.cursor = e.valueEnd;
    }
    quoteStart(e) {
        const quote = e.style === SINGLE_QUOTED ? "'" : '"';
        if (this.text[e.valueStart - 1] !== quote)
            throw decline;
        return e.valueStart - 1;
    }
    scalar(e, parent) {
        const tag = this.tag(e, e.valueStart);
        let start;
        let value;
        if (e.valueStart < 0) {
            // An empty value: `yaml` places it after the `:` and the spaces that follow.
            if (tag || !parent || parent.node.kind !== 'map' || !parent.block || parent.keyEnd === undefined)
                throw decline;
            start = this.emptyValueStart(parent.keyEnd);
            value = null;
        }
        else if (e.style === PLAIN) {
            start = e.valueStart;
            const raw = (0,js_yaml/* getScalarValue */.KE)(this.text, e);
            value = tag ? raw : (0,yaml_core_schema/* plainValue */._)(raw);
            this.cursor = e.valueEnd;
        }
        else if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) {
            start = this.quoteStart(e);
            value = (0,js_yaml/* getScalarValue */.KE)(this.text, e);
            this.cursor = e.valueEnd;
        }
        else {
            start = this.blockHeader(tag ? e.tagEnd : this.cursor, e.valueStart);
            // Keep chomping (`|+`) up to the end of the text: the two parsers count a last line of
            // spaces without a line break differently.
            if (/^.[1-9]?\+/.test(this.text.slice(start, start + 3)) && /^\s*$/.test(this.text.slice(e.valueEnd)))
                throw decline;
            value = (0,js_yaml/* getScalarValue */.KE)(this.text, e);
            this.cursor = e.valueEnd;
        }
        const node = { kind: 'scalar', loc: this.loc(start), value };
        if (tag)
            node.tag = tag;
        return node;
    }
    /** After a key ending at `keyEnd`: its closing quote, spaces, `:`, spaces; then the line must end. */
    emptyValueStart(keyEnd) {
        const m = /["']?[ ]*:[ ]*/y;
        m.lastIndex = keyEnd;
        if (!m.exec(this.text))
            throw decline;
        const at = m.lastIndex;
        const next = this.text[at];
        if (next === undefined || next === '\n' || next === '\r' || (next === '#' && this.text[at - 1] === ' '))
            return at;
        throw decline;
    }
    /** `yaml` places a block scalar at its `|` or `>` header; js-yaml gives where the content starts. */
    blockHeader(from, contentStart) {
        const between = /["']?[ \t\r\n:?-]*([|>])/y;
        between.lastIndex = from;
        const m = between.exec(this.text);
        if (!m || between.lastIndex > contentStart)
            throw decline;
        return between.lastIndex - 1;
    }
    attach(parent, node) {
        if (parent.node.kind === 'seq') {
            parent.node.items.push(node);
            return;
        }
        const entry = { key: parent.key, keyLoc: parent.keyLoc, value: node };
        parent.node.entries.push(entry);
        parent.key = undefined;
        parent.keyLoc = undefined;
        parent.keyEnd = undefined;
    }
}
/** A plain key as `yaml` turns it into a string: `String` of its core-schema value. */
function keyString(value) {
    return String(value);
}

;// CONCATENATED MODULE: ./src/parsers/located.ts




/** The last entry wins, as in JSON.parse and CloudFormation; duplicates are reported separately. */
function get(map, key) {
    for (let i = map.entries.length - 1; i >= 0; i--)
        if (map.entries[i].key === key)
            return map.entries[i].value;
    return undefined;
}
function getEntry(map, key) {
    for (let i = map.entries.length - 1; i >= 0; i--)
        if (map.entries[i].key === key)
            return map.entries[i];
    return undefined;
}
/** Keys written more than once in this mapping, each with the location of its second writing. */
function duplicateKeys(map) {
    const entries = map.entries;
    // Small mappings (nearly all of them): compare pairwise instead of building a Set.
    if (entries.length <= 8) {
        let dups;
        for (let i = 1; i < entries.length; i++)
            for (let j = 0; j < i; j++)
                if (entries[j].key === entries[i].key) {
                    (dups ??= []).push(entries[i]);
                    break;
                }
        return dups ?? [];
    }
    const seen = new Set();
    const dups = [];
    for (const e of map.entries) {
        if (seen.has(e.key))
            dups.push(e);
        seen.add(e.key);
    }
    return dups;
}
function isLMap(n) {
    return n?.kind === 'map';
}
function isLSeq(n) {
    return n?.kind === 'seq';
}
function isLScalar(n) {
    return n?.kind === 'scalar';
}
const defaultLimits = { maxNodes: 1_000_000, maxDepth: 500, maxAliasNodes: 100_000 };
/** Maps offsets to 1-based line/column; built once per file. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}
class Budget {
    limits;
    nodes = 0;
    aliasNodes = 0;
    constructor(limits) {
        this.limits = limits;
    }
    node(depth, line, viaAlias = false) {
        if (++this.nodes > this.limits.maxNodes)
            throw new model_errors/* ParseError */.mB(`document expands to more than ${this.limits.maxNodes} nodes (alias bomb?)`, line);
        const maxAlias = this.limits.maxAliasNodes ?? this.limits.maxNodes;
        if (viaAlias && ++this.aliasNodes > maxAlias)
            throw new model_errors/* ParseError */.mB(`aliases expand to more than ${maxAlias} nodes (alias bomb?)`, line);
        if (depth > this.limits.maxDepth)
            throw new model_errors/* ParseError */.mB(`nesting deeper than ${this.limits.maxDepth} levels`, line);
    }
}
/**
 * Parses JSON into an LNode tree. Strict JSON (no comments, no trailing commas): the first syntax
 * error becomes a ParseError with its line.
 */
function parseJsonLocated(text, file, limits = defaultLimits) {
    const errors = [];
    let root;
    const lines = new LineIndex(text);
    try {
        root = (0,main.parseTree)(text, errors, { allowTrailingComma: false, disallowComments: true });
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new model_errors/* ParseError */.mB('nesting too deep to parse');
        throw e;
    }
    if (errors.length > 0 || !root) {
        const first = errors[0];
        const pos = lines.position(first?.offset ?? 0);
        throw new model_errors/* ParseError */.mB(first ? `invalid JSON: ${(0,main.printParseErrorCode)(first.error)}` : 'empty document', pos.line, pos.column);
    }
    const budget = new Budget(limits);
    const loc = (offset) => ({ file, ...lines.position(offset) });
    // Iterative conversion would be longer; depth is bounded by the budget before the stack is at risk.
    const convert = (n, depth) => {
        const here = loc(n.offset);
        budget.node(depth, here.line);
        switch (n.type) {
            case 'object':
                return {
                    kind: 'map',
                    loc: here,
                    entries: (n.children ?? []).map((pair) => {
                        const [k, v] = pair.children;
                        return {
                            key: String(k.value),
                            keyLoc: loc(k.offset),
                            value: v ? convert(v, depth + 1) : { kind: 'scalar', value: null, loc: loc(k.offset) },
                        };
                    }),
                };
            case 'array':
                return { kind: 'seq', loc: here, items: (n.children ?? []).map((c) => convert(c, depth + 1)) };
            default:
                return { kind: 'scalar', loc: here, value: n.value };
        }
    };
    return convert(root, 0);
}
/**
 * Parses every YAML document of a file into LNode trees. Local tags (`!Ref`, `!Sub`, …) are kept on
 * the nodes, anchors and aliases are expanded (counted against the budget), merge keys (`<<`) are
 * applied. Syntax errors become a ParseError with the line of the first one.
 */
function parseYamlLocated(text, file, limits = defaultLimits) {
    return readYamlEvents(text, file, limits) ?? parseYamlDocument(text, file, limits);
}
/** The reader of record: the `yaml` package, for everything the event reader declines. */
function parseYamlDocument(text, file, limits = defaultLimits) {
    const lineCounter = new dist/* LineCounter */.HN();
    let docs;
    try {
        const parsed = (0,dist/* parseAllDocuments */.hR)(text, {
            lineCounter,
            uniqueKeys: false,
            merge: false,
            prettyErrors: false,
        });
        docs = Array.isArray(parsed) ? parsed : [parsed];
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new model_errors/* ParseError */.mB('nesting too deep to parse');
        throw e;
    }
    for (const doc of docs) {
        const err = doc.errors[0];
        if (err) {
            const pos = lineCounter.linePos(err.pos[0]);
            // The yaml package catches its own stack overflow on absurd nesting and reports it as an error.
            const text = /call stack/i.test(err.message) ? 'nesting too deep to parse' : err.message.split('\n')[0];
            throw new model_errors/* ParseError */.mB(`invalid YAML: ${text}`, pos.line, pos.col);
        }
    }
    const budget = new Budget(limits);
    const loc = (offset) => {
        const p = lineCounter.linePos(offset ?? 0);
        return { file, line: p.line, column: p.col };
    };
    const tagOf = (n) => n.tag && n.tag.startsWith('!') && !n.tag.startsWith('!!') ? n.tag : undefined;
    // `Alias.resolve` walks the whole document on every call: quadratic on alias-heavy input. One
    // walk per document finds each alias's anchor (the last one written before it, as YAML says).
    const targets = new Map();
    for (const doc of docs) {
        const anchors = new Map();
        (0,dist/* visit */.YR)(doc, {
            Node: (_key, node) => {
                if ((0,dist/* isAlias */.Vj)(node)) {
                    const target = anchors.get(node.source);
                    if (target)
                        targets.set(node, target);
                }
                else if (node.anchor)
                    anchors.set(node.anchor, node);
            },
        });
    }
    const convert = (doc, n, depth, fallback, viaAlias = false) => {
        if (n === null || n === undefined)
            return { kind: 'scalar', value: null, loc: fallback };
        if ((0,dist/* isAlias */.Vj)(n)) {
            const target = targets.get(n);
            if (!target)
                throw new model_errors/* ParseError */.mB(`unknown alias *${n.source}`, loc(n.range?.[0]).line);
            return convert(doc, target, depth + 1, loc(n.range?.[0]), true);
        }
        const node = n;
        const here = loc(node.range?.[0]);
        budget.node(depth, here.line, viaAlias);
        const tag = tagOf(node);
        const withTag = (x) => (tag ? { ...x, tag } : x);
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = [];
            const mergedKeys = new Set();
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const keyNode = pair.key;
                const keyLoc = loc(keyNode?.range?.[0] ?? node.range?.[0]);
                const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
                if (key === '<<' && (0,dist/* isScalar */.jn)(keyNode) && keyNode.type === 'PLAIN') {
                    // Merge key: entries of the merged map(s) that this map does not set itself; with a
                    // list of maps, an earlier map's key wins over a later one's (YAML merge spec).
                    const merged = convert(doc, pair.value, depth + 1, keyLoc, viaAlias);
                    const sources = merged.kind === 'seq' ? merged.items : [merged];
                    for (const s of sources)
                        if (s.kind === 'map')
                            for (const e of s.entries)
                                if (!mergedKeys.has(e.key)) {
                                    mergedKeys.add(e.key);
                                    entries.push({ ...e, merged: true });
                                }
                    continue;
                }
                entries.push({ key, keyLoc, value: convert(doc, pair.value, depth + 1, keyLoc, viaAlias) });
            }
            // Explicit keys win over merged ones whatever their order.
            const explicit = new Set(entries.filter((e) => !e.merged).map((e) => e.key));
            const kept = entries
                .filter((e) => !e.merged || !explicit.has(e.key))
                .map(({ key, keyLoc, value }) => ({ key, keyLoc, value }));
            return withTag({ kind: 'map', loc: here, entries: kept });
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            return withTag({
                kind: 'seq',
                loc: here,
                items: node.items.map((item) => convert(doc, item, depth + 1, here, viaAlias)),
            });
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
                ? v
                : String(v);
            return withTag({ kind: 'scalar', loc: here, value });
        }
        return { kind: 'scalar', value: null, loc: here };
    };
    try {
        return docs.map((doc) => convert(doc, doc.contents, 0, { file, line: 1, column: 1 }));
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new model_errors/* ParseError */.mB('nesting too deep to parse');
        throw e;
    }
}


/***/ }),

/***/ 1684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ policyFromNode),
/* harmony export */   i0: () => (/* binding */ policyFromValue),
/* harmony export */   wG: () => (/* binding */ nodeFromValue)
/* harmony export */ });
/* harmony import */ var _model_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2904);
/* harmony import */ var _located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1935);


/**
 * Turns a policy document, already freed of format-specific syntax (CloudFormation intrinsics
 * resolved, Terraform JSON strings parsed), into the model. Format-neutral: CloudFormation,
 * Terraform and raw IAM JSON all come through here, so a policy reads the same whatever wrote it.
 * Malformed parts are kept as `problems`, never thrown.
 */
function policyFromNode(node) {
    if (node.kind === 'unresolved') {
        return { statements: [], location: node.loc, unresolved: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)(node.reason, node.loc) };
    }
    if (node.kind === 'scalar' && typeof node.value === 'string') {
        // A document given as a JSON string (CloudFormation allows it, the IAM API returns it URL-encoded).
        const parsed = parseEmbeddedJson(node.value, node.loc);
        if (parsed)
            return policyFromNode(parsed);
        return { statements: [], location: node.loc, problems: ['policy document is a string that is not JSON'] };
    }
    if (node.kind !== 'map') {
        return { statements: [], location: node.loc, problems: ['policy document is not a mapping'] };
    }
    const problems = (0,_located_js__WEBPACK_IMPORTED_MODULE_0__/* .duplicateKeys */ .ss)(node).map((e) => `duplicate key '${e.key}' (line ${e.keyLoc.line}): the last one wins`);
    const statementNode = (0,_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, 'Statement');
    const doc = { statements: [], location: node.loc };
    if (!statementNode) {
        problems.push('policy document has no Statement');
    }
    else if (statementNode.kind === 'unresolved') {
        doc.unresolved = (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)(statementNode.reason, statementNode.loc);
    }
    else if (statementNode.kind === 'map') {
        doc.statements.push(statementFromMap(statementNode));
    }
    else if (statementNode.kind === 'seq') {
        for (const item of statementNode.items) {
            if (item.kind === 'map')
                doc.statements.push(statementFromMap(item));
            else if (item.kind === 'unresolved')
                doc.unresolved ??= (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)(item.reason, item.loc);
            else
                problems.push(`a Statement entry at line ${item.loc.line} is not a mapping`);
        }
    }
    else {
        problems.push('Statement is neither a mapping nor a list');
    }
    if (problems.length)
        doc.problems = problems;
    return doc;
}
/** Builds an LNode tree from a plain JSON value, every node at `loc` (for inputs without positions). */
function nodeFromValue(value, loc, depth = 0) {
    if (depth > 200)
        return { kind: 'unresolved', reason: 'policy nested too deeply', loc };
    if (Array.isArray(value))
        return { kind: 'seq', loc, items: value.map((v) => nodeFromValue(v, loc, depth + 1)) };
    if (value !== null && typeof value === 'object') {
        return {
            kind: 'map',
            loc,
            entries: Object.entries(value).map(([key, v]) => ({
                key,
                keyLoc: loc,
                value: nodeFromValue(v, loc, depth + 1),
            })),
        };
    }
    const scalar = value === undefined ? null : value;
    return { kind: 'scalar', loc, value: typeof scalar === 'object' ? null : scalar };
}
/** A policy document from a plain value (e.g. `JSON.parse` of a Terraform attribute), all at `loc`. */
function policyFromValue(value, loc) {
    if (typeof value === 'string') {
        const parsed = parseEmbeddedJson(value, loc);
        if (!parsed)
            return { statements: [], location: loc, problems: ['policy document is a string that is not JSON'] };
        return policyFromNode(parsed);
    }
    return policyFromNode(nodeFromValue(value, loc));
}
function parseEmbeddedJson(text, loc) {
    let source = text.trim();
    // The IAM API percent-encodes documents; an encoded one may start with encoded whitespace (%0A).
    if (/^%[0-9a-f]{2}/i.test(source)) {
        try {
            source = decodeURIComponent(source).trim();
        }
        catch {
            return undefined;
        }
    }
    if (!source.startsWith('{'))
        return undefined;
    try {
        return nodeFromValue(JSON.parse(source), loc);
    }
    catch {
        return undefined;
    }
}
const principalTypes = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
function statementFromMap(map) {
    const problems = (0,_located_js__WEBPACK_IMPORTED_MODULE_0__/* .duplicateKeys */ .ss)(map).map((e) => `duplicate key '${e.key}' (line ${e.keyLoc.line}): the last one wins, as in IAM`);
    const actionEntry = map.entries.find((e) => e.key === 'Action' || e.key === 'NotAction');
    const statement = {
        effect: effectOf((0,_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(map, 'Effect'), problems),
        condition: [],
        // Point at the Action line: that is what a finding about missing actions is about.
        location: actionEntry ? actionEntry.keyLoc : map.loc,
    };
    const sid = (0,_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(map, 'Sid');
    if (sid?.kind === 'scalar' && sid.value !== null)
        statement.sid = String(sid.value);
    for (const [key, field] of [
        ['Action', 'action'],
        ['NotAction', 'notAction'],
        ['Resource', 'resource'],
        ['NotResource', 'notResource'],
    ]) {
        const n = (0,_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(map, key);
        if (n)
            statement[field] = stringList(n, key, problems);
    }
    const principal = (0,_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(map, 'Principal');
    if (principal)
        statement.principal = principals(principal, problems);
    const notPrincipal = (0,_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(map, 'NotPrincipal');
    if (notPrincipal)
        statement.notPrincipal = principals(notPrincipal, problems);
    const condition = (0,_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(map, 'Condition');
    if (condition)
        readConditions(condition, statement, problems);
    for (const e of map.entries) {
        if (!knownStatementKeys.has(e.key))
            problems.push(`unknown statement key '${e.key}'`);
    }
    if (problems.length)
        statement.problems = problems;
    return statement;
}
const knownStatementKeys = new Set([
    'Sid',
    'Effect',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Principal',
    'NotPrincipal',
    'Condition',
]);
function effectOf(n, problems) {
    if (!n) {
        problems.push('statement has no Effect');
        return '';
    }
    if (n.kind === 'unresolved')
        return (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)(n.reason, n.loc);
    const text = n.kind === 'scalar' ? String(n.value) : '';
    if (text !== 'Allow' && text !== 'Deny')
        problems.push(`Effect '${text}' is neither 'Allow' nor 'Deny'`);
    return text;
}
function scalarStr(n, what, problems) {
    if (n.kind === 'unresolved')
        return (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)(n.reason, n.loc, n.role);
    if (n.kind === 'scalar' && n.value !== null)
        return String(n.value);
    problems.push(`${what} at line ${n.loc.line} is not a string`);
    return undefined;
}
function stringList(n, what, problems) {
    const items = n.kind === 'seq' ? n.items : [n];
    const out = [];
    for (const item of items) {
        const s = scalarStr(item, what, problems);
        if (s !== undefined)
            out.push(s);
    }
    return out;
}
function principals(n, problems) {
    if (n.kind === 'scalar') {
        if (n.value === '*')
            return [{ type: '*', value: '*', location: n.loc }];
        problems.push(`Principal '${String(n.value)}' must be "*" or a mapping`);
        return [];
    }
    if (n.kind === 'unresolved')
        return [{ type: 'AWS', value: (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)(n.reason, n.loc, n.role), location: n.loc }];
    if (n.kind !== 'map') {
        problems.push('Principal is not a mapping');
        return [];
    }
    const out = [];
    for (const entry of n.entries) {
        const type = principalTypes.find((t) => t === entry.key);
        if (!type) {
            problems.push(`unknown principal type '${entry.key}'`);
            continue;
        }
        const items = entry.value.kind === 'seq' ? entry.value.items : [entry.value];
        for (const item of items) {
            const value = scalarStr(item, `Principal ${type}`, problems);
            if (value !== undefined)
                out.push({ type, value, location: item.loc });
        }
    }
    return out;
}
function readConditions(n, statement, problems) {
    if (n.kind === 'unresolved') {
        statement.conditionUnresolved = (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)(n.reason, n.loc);
        return;
    }
    if (n.kind !== 'map') {
        problems.push('Condition is not a mapping');
        statement.conditionUnresolved = (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)('Condition is not a mapping', n.loc);
        return;
    }
    for (const op of n.entries) {
        if (op.value.kind === 'unresolved') {
            statement.conditionUnresolved = (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)(op.value.reason, op.value.loc);
            continue;
        }
        if (op.value.kind !== 'map') {
            problems.push(`Condition operator '${op.key}' is not a mapping`);
            statement.conditionUnresolved ??= (0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .unresolved */ .I)(`Condition operator '${op.key}' is malformed`, op.keyLoc);
            continue;
        }
        for (const test of op.value.entries) {
            const cond = {
                operator: op.key,
                key: test.key,
                values: stringList(test.value, 'condition value', problems),
            };
            statement.condition.push(cond);
        }
    }
}


/***/ }),

/***/ 5741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ plainValue)
/* harmony export */ });
/** Plain scalars starting with one of these may resolve to something other than a string. */
const maybeNotString = /^[-+.0-9~nNtTfF]/;
/**
 * What a plain (unquoted) YAML scalar means under the YAML 1.2 core schema, in the order and with
 * the tests and conversions the `yaml` package uses: null, booleans, integers (octal, decimal,
 * hex), floats, else the string itself. The event reader resolves plain scalars with it; the fix
 * writer quotes a string exactly when its plain form would read as something else.
 */
function plainValue(s) {
    if (s.length === 0)
        return null;
    if (!maybeNotString.test(s))
        return s;
    if (/^(?:~|[Nn]ull|NULL)$/.test(s))
        return null;
    if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s))
        return s[0] === 't' || s[0] === 'T';
    if (/^0o[0-7]+$/.test(s))
        return parseInt(s.substring(2), 8);
    if (/^[-+]?[0-9]+$/.test(s))
        return parseInt(s, 10);
    if (/^0x[0-9a-fA-F]+$/.test(s))
        return parseInt(s.substring(2), 16);
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
        return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s))
        return parseFloat(s);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
        return parseFloat(s);
    return s;
}


/***/ })

};
