export const id = 322;
export const ids = [322];
export const modules = {

/***/ 3322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishSuggestions: () => (/* binding */ publishSuggestions),
  pullRequestDiff: () => (/* binding */ pullRequestDiff),
  suggestFixes: () => (/* binding */ suggestFixes),
  suggestionMarker: () => (/* binding */ suggestionMarker),
  suggestionsFor: () => (/* binding */ suggestionsFor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/decode.ts
var decode = __webpack_require__(8341);
// EXTERNAL MODULE: ./src/evaluate.ts + 5 modules
var evaluate = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/model/verdict.ts
var verdict = __webpack_require__(7088);
// EXTERNAL MODULE: ./src/parsers/index.ts + 21 modules
var parsers = __webpack_require__(7905);
// EXTERNAL MODULE: ./src/fixes/style.ts
var fixes_style = __webpack_require__(8814);
// EXTERNAL MODULE: ./src/fixes/statements.ts
var fixes_statements = __webpack_require__(5097);
;// CONCATENATED MODULE: ./src/fixes/apply/tree.ts
/** The last entry of that key, as CloudFormation reads a mapping. */
function entryOf(node, key) {
    if (node?.kind !== 'map')
        return undefined;
    for (let i = node.entries.length - 1; i >= 0; i--)
        if (node.entries[i].key === key)
            return node.entries[i];
    return undefined;
}
function at(root, path) {
    let node = root;
    for (const step of path) {
        if (typeof step === 'number')
            node = node?.kind === 'seq' ? node.items[step] : undefined;
        else
            node = entryOf(node, step)?.value;
    }
    return node;
}
/** A plain, untagged string scalar's value. */
function tree_text(node) {
    return node?.kind === 'scalar' && !node.tag && typeof node.value === 'string' ? node.value : undefined;
}

;// CONCATENATED MODULE: ./src/fixes/apply/cloudformation-ops.ts


const ref = (key) => ({ Ref: key });
/** Whether a node is `!Ref key` or `{ Ref: key }`. */
function refersTo(node, key) {
    if (node?.kind === 'scalar')
        return node.tag === '!Ref' && node.value === key;
    return (node?.kind === 'map' &&
        !node.tag &&
        node.entries.length === 1 &&
        tree_text(entryOf(node, 'Ref')?.value) === key);
}
/** `Resource: "*"` written as a string or a one-item list. */
function onAnyResource(node) {
    if (tree_text(node) === '*')
        return true;
    return node?.kind === 'seq' && !node.tag && node.items.length === 1 && tree_text(node.items[0]) === '*';
}
/** The actions of a statement whose Action is plain strings (written as a string or a list). */
function plainActions(node) {
    const one = tree_text(node);
    if (one !== undefined)
        return [one];
    if (node?.kind !== 'seq' || node.tag)
        return undefined;
    const all = node.items.map(tree_text);
    return all.every((a) => a !== undefined) ? all : undefined;
}
/** Unconditional `Allow` statements on `*` with plain actions, in the document at `document`. */
function candidatesIn(root, document) {
    const list = [...document, 'Statement'];
    const statements = at(root, list);
    if (statements?.kind !== 'seq' || statements.tag)
        return [];
    return statements.items.flatMap((st, i) => {
        if (st.kind !== 'map' || st.tag || tree_text(entryOf(st, 'Effect')?.value) !== 'Allow')
            return [];
        if (['Condition', 'NotAction', 'NotResource', 'Principal'].some((k) => entryOf(st, k)))
            return [];
        if (!onAnyResource(entryOf(st, 'Resource')?.value))
            return [];
        const actions = plainActions(entryOf(st, 'Action')?.value);
        return actions ? [{ list, statement: [...list, i], actions }] : [];
    });
}
/** Policies of the role written in this template: its inline `Policies`, and policy resources naming it. */
function roleDocuments(root, key) {
    const documents = [];
    const policies = at(root, ['Resources', key, 'Properties', 'Policies']);
    if (policies?.kind === 'seq' && !policies.tag)
        policies.items.forEach((_, i) => documents.push(['Resources', key, 'Properties', 'Policies', i, 'PolicyDocument']));
    const resources = at(root, ['Resources']);
    for (const { key: id, value } of resources.entries) {
        const type = tree_text(entryOf(value, 'Type')?.value);
        if (type !== 'AWS::IAM::Policy' && type !== 'AWS::IAM::ManagedPolicy')
            continue;
        if (entryOf(value, 'Condition'))
            continue;
        const roles = at(value, ['Properties', 'Roles']);
        if (roles?.kind === 'seq' && roles.items.some((r) => refersTo(r, key)))
            documents.push(['Resources', id, 'Properties', 'PolicyDocument']);
    }
    return documents;
}
/** The statement the missing actions join: the one already granting most of the Veeam actions. */
function veeamStatement(root, key, required) {
    const wanted = new Set(required.map((a) => a.toLowerCase()));
    let best;
    let bestScore = 0;
    for (const document of roleDocuments(root, key))
        for (const c of candidatesIn(root, document)) {
            const score = c.actions.filter((a) => wanted.has(a.toLowerCase())).length;
            if (score > bestScore)
                [best, bestScore] = [c, score];
        }
    return best;
}
/** A resource name not yet used in the template: `WorkerRoleInstanceProfile`, else `…2`, `…3`. */
function freeName(resources, base) {
    const used = new Set(resources.entries.map((e) => e.key));
    let name = base;
    for (let n = 2; used.has(name); n++)
        name = `${base}${n}`;
    return name;
}
function permissionOps(root, key, need) {
    const checks = [need.check];
    const target = veeamStatement(root, key, need.required);
    if (target) {
        const have = new Set(target.actions.map((a) => a.toLowerCase()));
        const add = need.plain.filter((a) => !have.has(a.toLowerCase()));
        const ops = [];
        if (add.length)
            ops.push({ op: 'append', path: [...target.statement, 'Action'], values: add, checks });
        if (need.conditional.length)
            ops.push({ op: 'append', path: target.list, values: need.conditional.map(fixes_statements/* statementJson */.mU), checks });
        return ops;
    }
    const statements = [...(need.plain.length ? [{ actions: need.plain }] : []), ...need.conditional];
    const document = { Version: '2012-10-17', Statement: statements.map(fixes_statements/* statementJson */.mU) };
    const inline = at(root, ['Resources', key, 'Properties', 'Policies']);
    if (inline?.kind === 'seq' && !inline.tag) {
        const names = new Set(inline.items.map((p) => tree_text(entryOf(p, 'PolicyName')?.value)));
        let name = need.policyName;
        for (let n = 2; names.has(name); n++)
            name = `${need.policyName}-${n}`;
        return [
            {
                op: 'append',
                path: ['Resources', key, 'Properties', 'Policies'],
                values: [{ PolicyName: name, PolicyDocument: document }],
                checks,
            },
        ];
    }
    const resources = at(root, ['Resources']);
    return [
        {
            op: 'add-key',
            path: ['Resources'],
            after: key,
            key: freeName(resources, `${key}VeeamPermissions`),
            value: {
                Type: 'AWS::IAM::Policy',
                Properties: { PolicyName: need.policyName, Roles: [ref(key)], PolicyDocument: document },
            },
            checks,
        },
    ];
}
/**
 * The ops that write a role's needs into a CloudFormation template (YAML or JSON), and the needs
 * that cannot be written there, with the reason. Pure.
 */
function cloudFormationOps(root, key, needs) {
    const none = (reason) => ({
        ops: [],
        notFixed: needs.map((n) => ({ check: n.check, reason })),
    });
    if (!root)
        return none('the file does not parse cleanly for editing');
    const role = at(root, ['Resources', key]);
    const properties = at(role, ['Properties']);
    if (role?.kind !== 'map' || role.tag || at(root, ['Resources'])?.kind !== 'map')
        return none(`${key} is not written as a plain mapping under Resources`);
    if (properties?.kind !== 'map' || properties.tag)
        return none(`${key}.Properties is not written as a plain mapping`);
    const ops = [];
    const notFixed = [];
    const trustNeeds = needs.filter((n) => n.kind === 'trust');
    if (trustNeeds.length) {
        const trustEntry = entryOf(properties, 'AssumeRolePolicyDocument');
        const statements = at(trustEntry?.value, ['Statement']);
        const checks = trustNeeds.map((n) => n.check);
        const principals = trustNeeds.map((n) => n.principal);
        if (!trustEntry) {
            ops.push({
                op: 'add-key',
                path: ['Resources', key, 'Properties'],
                key: 'AssumeRolePolicyDocument',
                value: (0,fixes_statements/* trustPolicyJson */.XX)(principals),
                checks,
            });
        }
        else if (trustEntry.value?.kind === 'map' &&
            !trustEntry.value.tag &&
            statements?.kind === 'seq' &&
            !statements.tag) {
            ops.push({
                op: 'append',
                path: ['Resources', key, 'Properties', 'AssumeRolePolicyDocument', 'Statement'],
                values: principals.map(fixes_statements/* trustStatementJson */.oZ),
                checks,
            });
        }
        else {
            for (const check of checks)
                notFixed.push({
                    check,
                    reason: 'the trust policy is not written as a list of statements (a string or an intrinsic function)',
                });
        }
    }
    for (const need of needs) {
        if (need.kind === 'permissions')
            ops.push(...permissionOps(root, key, need));
        if (need.kind === 'instance-profile') {
            const resources = at(root, ['Resources']);
            ops.push({
                op: 'add-key',
                path: ['Resources'],
                after: key,
                key: freeName(resources, `${key}InstanceProfile`),
                value: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(key)] } },
                checks: [need.check],
            });
        }
    }
    // New resources follow the role (in the order written) and share its Condition, so that a
    // `!Ref` to a role that is not created never breaks the stack.
    const condition = tree_text(entryOf(role, 'Condition')?.value);
    let after = key;
    for (const op of ops) {
        if (op.op !== 'add-key' || op.path.length !== 1)
            continue;
        op.after = after;
        after = op.key;
        if (condition) {
            const { Type, ...rest } = op.value;
            op.value = { Type, Condition: condition, ...rest };
        }
    }
    return { ops, notFixed };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/fixes/apply/read-json.ts

/** Reads a JSON file for editing; undefined when it has any syntax error (nothing is written then). */
function readJson(text) {
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length || !root)
        return undefined;
    return convert(root);
}
function convert(node) {
    const start = node.offset;
    const end = node.offset + node.length;
    if (node.type === 'object') {
        const entries = (node.children ?? []).map((p) => {
            const [k, v] = p.children ?? [];
            const value = v && convert(v);
            return { key: String(k?.value), keyStart: k?.offset ?? p.offset, ...(value && { value }) };
        });
        return { kind: 'map', start, end, entries, flow: true };
    }
    if (node.type === 'array') {
        const items = (node.children ?? []).map(convert).filter((i) => i !== undefined);
        return { kind: 'seq', start, end, items, flow: true };
    }
    return {
        kind: 'scalar',
        start,
        end,
        value: node.value,
        quote: node.type === 'string' ? 'double' : 'plain',
        flow: true,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/fixes/apply/read-yaml.ts

/** Reads a YAML file for editing; undefined when it does not parse cleanly (nothing is written then). */
function readYaml(text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false });
    if (doc.errors.length)
        return undefined;
    return read_yaml_convert(doc.contents);
}
const quoteOf = (type) => type === 'QUOTE_SINGLE'
    ? 'single'
    : type === 'QUOTE_DOUBLE'
        ? 'double'
        : type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED'
            ? 'block'
            : 'plain';
function read_yaml_convert(node) {
    if (!node || (0,dist/* isAlias */.Vj)(node) || !node.range)
        return undefined;
    const tag = node.tag?.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined;
    const [start] = node.range;
    if ((0,dist/* isScalar */.jn)(node)) {
        return {
            kind: 'scalar',
            start,
            end: node.range[1],
            value: node.value,
            quote: quoteOf(node.type),
            flow: true,
            ...(tag && { tag }),
        };
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const items = node.items.map((i) => read_yaml_convert(i)).filter((i) => i !== undefined);
        const flow = node.flow === true;
        return {
            kind: 'seq',
            start,
            end: flow ? node.range[1] : (items.at(-1)?.end ?? node.range[1]),
            items,
            flow,
            ...(tag && { tag }),
        };
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const entries = [];
        let end = node.range[1];
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
                continue;
            const value = read_yaml_convert(pair.value);
            entries.push({ key: String(pair.key.value), keyStart: pair.key.range[0], ...(value && { value }) });
            end = value?.end ?? pair.key.range[1];
        }
        const flow = node.flow === true;
        return { kind: 'map', start, end: flow ? node.range[1] : end, entries, flow, ...(tag && { tag }) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/fixes/apply/text-edits.ts
/**
 * Applies edits made against the same text. Edits at the same offset keep their order; overlapping
 * edits are a planner bug and throw rather than corrupt the file.
 */
function applyEdits(text, edits) {
    const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset || a.i - b.i);
    let out = '';
    let at = 0;
    for (const { e } of sorted) {
        if (e.offset < at)
            throw new Error(`overlapping fix edits at offset ${e.offset}`);
        out += text.slice(at, e.offset) + e.text;
        at = e.offset + e.length;
    }
    return out + text.slice(at);
}
/** The line ending the file uses: CRLF when it has any, else LF. */
function lineEnding(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/** Offset of the start of the line holding `offset`. */
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Offset just past the line holding `offset` (past its line ending), or the text's length. */
function nextLineStart(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}
/** 0-based column of `offset` on its line. */
function columnOf(text, offset) {
    return offset - lineStart(text, offset);
}
/** 1-based line number of `offset`. */
function lineNumberOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Prefixes every line of a `\n`-separated block (without final newline) with `indent` spaces. */
function indentBlock(block, indent) {
    const pad = ' '.repeat(indent);
    return block.split('\n').map((l) => (l === '' ? l : pad + l));
}
/**
 * Inserts whole lines at a line start (`offset` from `nextLineStart`) in the file's line ending.
 * At the end of a file without a final newline the lines go after a new line ending, and the file
 * still ends without one.
 */
function insertLines(text, offset, lines) {
    const eol = lineEnding(text);
    const body = lines.join(eol);
    if (offset === text.length && text.length > 0 && !text.endsWith('\n'))
        return { offset, length: 0, text: eol + body };
    return { offset, length: 0, text: body + eol };
}

;// CONCATENATED MODULE: ./src/fixes/apply/write-json.ts


/** The indentation unit of a JSON file: a tab when lines start with one, else the space count. */
function jsonStyle(text, indent) {
    return { unit: /^\t/m.test(text) ? '\t' : ' '.repeat(indent) };
}
/** `JSON.stringify` laid out at `pad`, in the file's indentation and line ending. */
function pretty(value, pad, style, eol) {
    return JSON.stringify(value, null, style.unit)
        .split('\n')
        .join(eol + pad);
}
const padOf = (text, offset) => /^[ \t]*/.exec(text.slice(lineStart(text, offset)))[0];
const sameLine = (text, a, b) => lineNumberOf(text, a) === lineNumberOf(text, b);
function append(text, root, op, style) {
    const eol = lineEnding(text);
    const node = at(root, op.path);
    if (node?.kind === 'seq') {
        const last = node.items.at(-1);
        if (!last) {
            const pad = padOf(text, node.start);
            const inner = pad + style.unit;
            const items = op.values.map((v) => inner + pretty(v, inner, style, eol)).join(`,${eol}`);
            return { offset: node.start, length: node.end - node.start, text: `[${eol}${items}${eol}${pad}]` };
        }
        if (sameLine(text, node.start, last.start))
            return { offset: last.end, length: 0, text: op.values.map((v) => `, ${JSON.stringify(v)}`).join('') };
        // Items on lines of their own keep their indentation; items aligned after `[` keep the column.
        const lead = text.slice(lineStart(text, last.start), last.start);
        const pad = /^[ \t]*$/.test(lead) ? lead : ' '.repeat(lead.length);
        return {
            offset: last.end,
            length: 0,
            text: op.values.map((v) => `,${eol}${pad}${pretty(v, pad, style, eol)}`).join(''),
        };
    }
    if (node?.kind === 'scalar') {
        const pad = padOf(text, node.start);
        const inner = pad + style.unit;
        const items = [text.slice(node.start, node.end), ...op.values.map((v) => JSON.stringify(v))];
        return {
            offset: node.start,
            length: node.end - node.start,
            text: `[${eol}${items.map((i) => inner + i).join(`,${eol}`)}${eol}${pad}]`,
        };
    }
    return 'the list to extend is not a JSON array';
}
function addKey(text, root, op, style) {
    const eol = lineEnding(text);
    const map = at(root, op.path);
    if (map?.kind !== 'map')
        return 'the object to extend is not a JSON object';
    const anchor = (op.after !== undefined && entryOf(map, op.after)) || map.entries.at(-1);
    const member = (pad) => `${JSON.stringify(op.key)}: ${pretty(op.value, pad, style, eol)}`;
    if (!anchor) {
        const pad = padOf(text, map.start);
        return {
            offset: map.start,
            length: map.end - map.start,
            text: `{${eol}${pad}${style.unit}${member(pad + style.unit)}${eol}${pad}}`,
        };
    }
    const end = anchor.value?.end ?? anchor.keyStart;
    if (sameLine(text, map.start, anchor.keyStart))
        return { offset: end, length: 0, text: `, ${JSON.stringify(op.key)}: ${JSON.stringify(op.value)}` };
    const pad = padOf(text, anchor.keyStart);
    return { offset: end, length: 0, text: `,${eol}${pad}${member(pad)}` };
}
/** The text edit that writes one op into JSON at the located range, or why it cannot. */
function jsonOpEdit(text, root, op, style) {
    return op.op === 'append' ? append(text, root, op, style) : addKey(text, root, op, style);
}
/** Writes one op into CloudFormation JSON by a text edit at the located range. */
function writeJsonOp(text, root, op, style) {
    const edit = jsonOpEdit(text, root, op, style);
    return typeof edit === 'string' ? { cannot: edit } : applyEdits(text, [edit]);
}

// EXTERNAL MODULE: ./src/fixes/cloudformation.ts + 1 modules
var cloudformation = __webpack_require__(605);
;// CONCATENATED MODULE: ./src/fixes/apply/write-common.ts
/** Whether the line holding `offset` holds only white space. */
function blankLineAt(text, offset) {
    const end = text.indexOf('\n', offset);
    return /^[ \t]*\r?$/.test(text.slice(offset, end < 0 ? text.length : end)) && offset < text.length;
}

;// CONCATENATED MODULE: ./src/fixes/apply/write-yaml.ts




/** A string as the neighbouring scalar is written: plain, 'single' or "double" quoted. */
function scalarText(value, like) {
    if (like === 'single')
        return `'${value.replace(/'/g, "''")}'`;
    if (like === 'double')
        return JSON.stringify(value);
    return value;
}
/** Block lines for one list item: `- value` (a YAML block for mappings). */
function itemLines(value, like, style) {
    if (typeof value === 'string')
        return [`- ${scalarText(value, like)}`];
    return (0,cloudformation/* yamlText */.pS)(value, undefined, style).replace(/\n$/, '').split('\n');
}
function flowText(value, like) {
    return typeof value === 'string' ? scalarText(value, like ?? 'plain') : JSON.stringify(value);
}
/** After the content of `node`: the start of the next line. */
const afterNode = (text, node) => nextLineStart(text, Math.max(node.start, node.end - 1));
function write_yaml_append(text, root, op, style) {
    const node = at(root, op.path);
    if (node?.kind === 'seq') {
        const last = node.items.at(-1);
        const like = last?.kind === 'scalar' ? last.quote : undefined;
        if (node.flow) {
            const close = text.lastIndexOf(']', node.end);
            if (close < node.start)
                return 'the list is not closed where expected';
            const items = op.values.map((v) => flowText(v, like)).join(', ');
            return { offset: close, length: 0, text: node.items.length ? `, ${items}` : items };
        }
        if (text[node.start] !== '-')
            return 'the list is not written as expected';
        const dash = columnOf(text, node.start);
        const lines = op.values.flatMap((v) => indentBlock(itemLines(v, like, style).join('\n'), dash));
        return insertLines(text, afterNode(text, node), lines);
    }
    if (node?.kind === 'scalar' && !node.tag && node.quote !== 'block') {
        // `Action: s3:GetObject` becomes a list holding it and the new actions.
        const parent = at(root, op.path.slice(0, -1));
        const entry = entryOf(parent, String(op.path.at(-1)));
        const written = text.slice(node.start, node.end);
        const like = node.quote;
        if (!entry || parent?.flow) {
            const items = [written, ...op.values.map((v) => flowText(v, like))].join(', ');
            return { offset: node.start, length: node.end - node.start, text: `[${items}]` };
        }
        const colon = text.lastIndexOf(':', node.start) + 1;
        const column = columnOf(text, entry.keyStart) + (style.indentSequences ? style.indent : 0);
        const lines = [`- ${written}`, ...op.values.map((v) => `- ${flowText(v, like)}`)].map((l) => ' '.repeat(column) + l);
        const eol = lineEnding(text);
        return { offset: colon, length: node.end - colon, text: eol + lines.join(eol) };
    }
    return 'the list to extend is not a plain YAML list';
}
function write_yaml_addKey(text, root, op, style) {
    const map = at(root, op.path);
    if (map?.kind !== 'map' || map.tag || !map.entries.length)
        return 'the mapping to extend is not a plain YAML mapping';
    if (map.flow) {
        const close = text.lastIndexOf('}', map.end);
        return { offset: close, length: 0, text: `, ${op.key}: ${JSON.stringify(op.value)}` };
    }
    const anchor = (op.after !== undefined && entryOf(map, op.after)) || map.entries.at(-1);
    const column = columnOf(text, anchor.keyStart);
    const end = anchor.value ? afterNode(text, anchor.value) : nextLineStart(text, anchor.keyStart);
    const lines = indentBlock((0,cloudformation/* yamlText */.pS)(op.value, op.key, style).replace(/\n$/, ''), column);
    // Resources separated by blank lines get one before the new resource too.
    const keyLine = lineStart(text, anchor.keyStart);
    const separated = op.after !== undefined &&
        (blankLineAt(text, end) || (keyLine > 0 && blankLineAt(text, lineStart(text, keyLine - 1))));
    return insertLines(text, end, separated ? ['', ...lines] : lines);
}
/** Writes one op into CloudFormation YAML by a text edit at the located range. */
function writeYamlOp(text, root, op, style) {
    const edit = op.op === 'append' ? write_yaml_append(text, root, op, style) : write_yaml_addKey(text, root, op, style);
    return typeof edit === 'string' ? { cannot: edit } : applyEdits(text, [edit]);
}

;// CONCATENATED MODULE: ./src/fixes/apply/hcl-edits.ts

/** Offsets of the HCL reader's 1-based positions (columns in UTF-16 code units, as JavaScript counts). */
class TextIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    offset(at) {
        return (this.starts[at.line - 1] ?? this.text.length) + at.column - 1;
    }
    /** The white space a line starts with. */
    indentOf(line) {
        const start = this.starts[line - 1] ?? this.text.length;
        return /^[ \t]*/.exec(this.text.slice(start, start + 200))[0];
    }
    /** Whether a line (1-based) holds only white space. */
    blank(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return false;
        const end = this.starts[line] ?? this.text.length;
        return /^[ \t]*\r?\n?$/.test(this.text.slice(start, end));
    }
}
/** Where an expression's text ends, when the reader recorded it. */
function endOf(expr) {
    return 'end' in expr ? expr.end : undefined;
}
/** `\n` in rendered text as the file writes line endings. */
const inFileEndings = (text, eol) => (eol === '\n' ? text : text.replace(/\n/g, eol));
/**
 * Edits that add items at the end of an HCL tuple, laid out like its last item: on lines of their
 * own (with its trailing comma or without) in a list written one item per line, after the last
 * item on the same line otherwise. `render(column)` gives each new item's text for an item
 * starting at that column (nested lines already indented). A string says why nothing is written.
 */
function appendToTuple(index, tuple, render) {
    const text = index.text;
    const eol = lineEnding(text);
    if (!tuple.end)
        return 'the list is not located';
    const open = index.offset(tuple.location);
    const close = index.offset(tuple.end) - 1;
    if (text[open] !== '[' || text[close] !== ']')
        return 'the list is not written as [ … ]';
    const last = tuple.items.at(-1);
    if (!last) {
        const pad = index.indentOf(tuple.location.line);
        const inner = `${pad}  `;
        const items = render(inner.length);
        const oneLine = `[${items.join(', ')}]`;
        const body = oneLine.includes('\n') || oneLine.length + tuple.location.column > 80
            ? `[${eol}${items.map((i) => `${inner}${inFileEndings(i, eol)},`).join(eol)}${eol}${pad}]`
            : oneLine;
        return [{ offset: open, length: close + 1 - open, text: body }];
    }
    const lastEnd = endOf(last);
    if (!lastEnd)
        return 'the last item of the list is not located';
    const after = index.offset(lastEnd);
    const comma = /^[ \t]*,/.test(text.slice(after, close));
    if (lastEnd.line === tuple.end.line) {
        // Nested lines of a new item indent from the line, as for the items of a list on its own lines.
        const items = render(index.indentOf(last.location.line).length).map((i) => `, ${inFileEndings(i, eol)}`);
        return [{ offset: after, length: 0, text: items.join('') }];
    }
    const lead = text.slice(lineStart(text, index.offset(last.location)), index.offset(last.location));
    const pad = /^[ \t]*$/.test(lead) ? lead : ' '.repeat(lead.length);
    const items = render(pad.length);
    const lines = items.map((item, i) => `${pad}${inFileEndings(item, eol)}${comma || i < items.length - 1 ? ',' : ''}${eol}`);
    const edits = [{ offset: nextLineStart(text, after), length: 0, text: lines.join('') }];
    if (!comma)
        edits.unshift({ offset: after, length: 0, text: ',' });
    return edits;
}

// EXTERNAL MODULE: ./src/fixes/hcl.ts
var hcl = __webpack_require__(9448);
// EXTERNAL MODULE: ./src/fixes/terraform-source.ts
var terraform_source = __webpack_require__(7001);
;// CONCATENATED MODULE: ./src/fixes/apply/terraform-documents.ts








const asJson = (s) => 'trust' in s ? (0,fixes_statements/* trustStatementJson */.oZ)(s.trust) : (0,fixes_statements/* statementJson */.mU)(s.grant);
/** The source an expression is written as, for messages: `var.actions`, `local.trust`. */
function written(expr) {
    if (expr.kind === 'traversal')
        return [expr.root, ...expr.steps.map((s) => (s.kind === 'attr' ? s.name : '[…]'))].join('.');
    if (expr.kind === 'call')
        return `${expr.name}(…)`;
    return `an expression`;
}
/** Whether `expr` is `root.a.b…` exactly (attribute steps only). */
function isTraversal(expr, ...names) {
    return (expr?.kind === 'traversal' &&
        expr.root === names[0] &&
        expr.steps.length === names.length - 1 &&
        expr.steps.every((s, i) => s.kind === 'attr' && s.name === names[i + 1]));
}
/** `a.b.c` written bare or as the only thing in a template (`"${a.b.c}"`, Terraform 0.11 style). */
function terraform_documents_refersTo(expr, ...names) {
    if (expr?.kind === 'template' && !expr.heredoc && expr.parts.length === 1) {
        const only = expr.parts[0];
        return only.kind === 'interpolation' && isTraversal(only.expr, ...names);
    }
    return isTraversal(expr, ...names);
}
function attributeOf(block, name) {
    return block.body.attributes.findLast((a) => a.name === name)?.expr;
}
/** Declared for several instances: any edit to it applies to all of them. */
const repeated = (block) => block.body.attributes.some((a) => a.name === 'count' || a.name === 'for_each');
/** How many times `address` (`data.aws_iam_policy_document.x`, `aws_iam_policy.p`) occurs in the text. */
function mentions(text, address) {
    const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.match(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`, 'g'))?.length ?? 0;
}
/**
 * The document an attribute's expression holds, when the fixer can write into it in this file:
 * `jsonencode({ … })`, a heredoc of JSON, or a `data "aws_iam_policy_document"` of this file used
 * only there. Otherwise why not, saying where the document is written.
 */
function documentOf(file, index, expr, what) {
    const line = `line ${expr.location.line}`;
    if (expr.kind === 'call' && expr.name === 'jsonencode' && expr.args.length === 1) {
        const object = expr.args[0];
        if (object.kind !== 'object')
            return `${what} is jsonencode(${written(object)}) (${line}): add the statement where that is defined`;
        return objectDocument(index, object, what, line);
    }
    if (expr.kind === 'template' && expr.heredoc)
        return heredocDocument(index, expr, what, line);
    const step = expr.kind === 'traversal' && expr.root === 'data' ? expr.steps[1] : undefined;
    if (step?.kind === 'attr' && isTraversal(expr, 'data', 'aws_iam_policy_document', step.name, 'json')) {
        const name = step.name;
        const address = `data.aws_iam_policy_document.${name}`;
        const block = file.body.blocks.find((b) => b.type === 'data' && b.labels[0] === 'aws_iam_policy_document' && b.labels[1] === name);
        if (!block)
            return `${what} is ${address} (${line}), declared in another file: add the statement there`;
        const uses = mentions(index.text, address);
        if (uses !== 1)
            return `${what} is ${address} (line ${block.location.line}), which ${uses - 1} other place(s) in this file use too: change it by hand or give this role its own document`;
        if (repeated(block))
            return `${address} (line ${block.location.line}) uses count or for_each`;
        return dataDocument(index, block);
    }
    if (expr.kind === 'call' && (expr.name === 'file' || expr.name === 'templatefile')) {
        const path = expr.args[0];
        const source = path?.kind === 'literal' ? JSON.stringify(path.value) : path ? sourceOf(index, path) : 'a file';
        return `${what} is read from ${source} by ${expr.name}() (${line}): add the statement to that file`;
    }
    if (expr.kind === 'traversal')
        return `${what} comes from ${written(expr)} (${line}): add the statement where that is defined`;
    return `${what} is written as ${written(expr)} (${line}), which the fixer does not edit`;
}
function sourceOf(index, expr) {
    const end = endOf(expr);
    return end ? index.text.slice(index.offset(expr.location), index.offset(end)) : written(expr);
}
const keyOf = (item) => item.key.kind === 'literal' && typeof item.key.value === 'string' ? item.key.value : undefined;
function member(object, key) {
    return object.items.findLast((i) => keyOf(i) === key)?.value;
}
const literalString = (expr) => expr?.kind === 'literal' && typeof expr.value === 'string' ? expr.value : undefined;
/** `"*"` or `["*"]`. */
function terraform_documents_onAnyResource(expr) {
    if (literalString(expr) === '*')
        return true;
    return expr?.kind === 'tuple' && expr.items.length === 1 && literalString(expr.items[0]) === '*';
}
/** Plain string actions, written as one string or a list of strings; else what they are. */
function actionsOf(expr) {
    if (!expr)
        return { from: 'nothing' };
    const one = literalString(expr);
    if (one !== undefined)
        return [one];
    if (expr.kind === 'tuple') {
        const all = expr.items.map(literalString);
        if (all.every((a) => a !== undefined))
            return all;
    }
    return { from: `${written(expr)} (line ${expr.location.line})` };
}
/** New actions for a list of actions in HCL: added to the tuple, or a string made a tuple. */
function addToHclList(index, expr, actions) {
    if (expr?.kind === 'tuple')
        return appendToTuple(index, expr, (col) => actions.map((a) => (0,hcl/* hclValue */.n)(a, col)));
    const one = literalString(expr);
    if (expr?.kind === 'literal' && one !== undefined && expr.end) {
        const start = index.offset(expr.location);
        const column = index.indentOf(expr.location.line).length;
        return [
            {
                offset: start,
                length: index.offset(expr.end) - start,
                text: (0,hcl/* hclValue */.n)([one, ...actions], column).replace(/\n/g, lineEnding(index.text)),
            },
        ];
    }
    return 'the actions are not written as a list of strings';
}
/** `jsonencode({ Statement = [ { Effect = "Allow", … } ] })`: HCL object syntax. */
function objectDocument(index, object, what, line) {
    const statements = member(object, 'Statement');
    if (statements?.kind !== 'tuple')
        return `${what}'s Statement is not written as a list of objects (${line}): add the statement by hand`;
    return {
        statements: statements.items.map((item) => {
            if (item.kind !== 'object')
                return { plainGrant: false, actions: { from: written(item) }, addActions: () => 'not an object' };
            const narrowed = ['Condition', 'NotAction', 'NotResource', 'Principal', 'NotPrincipal'].some((k) => member(item, k));
            return {
                plainGrant: literalString(member(item, 'Effect')) === 'Allow' &&
                    !narrowed &&
                    terraform_documents_onAnyResource(member(item, 'Resource')),
                actions: actionsOf(member(item, 'Action')),
                addActions: (actions) => addToHclList(index, member(item, 'Action'), actions),
            };
        }),
        addStatements: (added) => appendToTuple(index, statements, (col) => added.map((s) => (0,hcl/* hclValue */.n)(asJson(s), col))),
    };
}
/** The JSON lines of a heredoc (between its opening and closing lines) and where they start. */
function heredocBody(index, template) {
    if (!template.end)
        return undefined;
    const start = nextLineStart(index.text, index.offset(template.location));
    const end = lineStart(index.text, index.offset(template.end) - 1);
    return end >= start ? { start, body: index.text.slice(start, end) } : undefined;
}
/** `<<EOT … EOT` holding a JSON policy (interpolations only inside its strings). */
function heredocDocument(index, template, what, line) {
    const found = heredocBody(index, template);
    const root = found && readJson(found.body);
    if (!found || !root)
        return `${what} is a heredoc that is not plain JSON (${line}): add the statement by hand`;
    const { start, body } = found;
    const statements = at(root, ['Statement']);
    if (statements?.kind !== 'seq')
        return `${what}'s Statement is not written as a JSON list (${line}): add the statement by hand`;
    const style = jsonUnit(body, root);
    // Inserted JSON is literal text in the template: `${` and `%{` are escaped.
    const shifted = (edit) => typeof edit === 'string'
        ? edit
        : [
            {
                offset: start + edit.offset,
                length: edit.length,
                text: edit.text.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{'),
            },
        ];
    return {
        statements: statements.items.map((item, i) => {
            const narrowed = ['Condition', 'NotAction', 'NotResource', 'Principal', 'NotPrincipal'].some((k) => entryOf(item, k));
            const resource = at(item, ['Resource']);
            const anyResource = tree_text(resource) === '*' ||
                (resource?.kind === 'seq' && resource.items.length === 1 && tree_text(resource.items[0]) === '*');
            return {
                plainGrant: tree_text(at(item, ['Effect'])) === 'Allow' && !narrowed && anyResource,
                actions: jsonActions(at(item, ['Action'])) ?? {
                    from: `a value that is not a list of strings (${line})`,
                },
                addActions: (actions) => shifted(jsonOpEdit(body, root, { op: 'append', path: ['Statement', i, 'Action'], values: [...actions], checks: [] }, style)),
            };
        }),
        addStatements: (added) => shifted(jsonOpEdit(body, root, { op: 'append', path: ['Statement'], values: added.map(asJson), checks: [] }, style)),
    };
}
function jsonActions(node) {
    const one = tree_text(node);
    if (one !== undefined)
        return [one];
    if (node?.kind !== 'seq')
        return undefined;
    const all = node.items.map(tree_text);
    return all.every((a) => a !== undefined) ? all : undefined;
}
/** The heredoc's indentation unit: how far its first key is indented from its opening brace. */
function jsonUnit(body, root) {
    if (/^\t/m.test(body))
        return { unit: '\t' };
    const first = root.kind === 'map' ? root.entries[0] : undefined;
    const column = (offset) => offset - lineStart(body, offset);
    const width = first ? column(first.keyStart) - column(root.start) : 0;
    return { unit: ' '.repeat(width > 0 && width <= 8 ? width : 2) };
}
const blocksOf = (block, type) => block.body.blocks.filter((b) => b.type === type);
/** `data "aws_iam_policy_document"`: `statement { … }` blocks. */
function dataDocument(index, block) {
    const statements = blocksOf(block, 'statement');
    return {
        statements: statements.map((st) => {
            const effect = attributeOf(st, 'effect');
            const narrowed = ['condition', 'principals', 'not_principals'].some((t) => blocksOf(st, t).length) ||
                ['not_actions', 'not_resources'].some((a) => attributeOf(st, a));
            return {
                plainGrant: (effect === undefined || literalString(effect) === 'Allow') &&
                    !narrowed &&
                    terraform_documents_onAnyResource(attributeOf(st, 'resources')),
                actions: actionsOf(attributeOf(st, 'actions')),
                addActions: (actions) => addToHclList(index, attributeOf(st, 'actions'), actions),
            };
        }),
        addStatements: (added) => {
            const eol = lineEnding(index.text);
            // After the last statement (or dynamic statement) block, else before the closing brace.
            const last = block.body.blocks.filter((b) => b.type === 'statement' || b.type === 'dynamic').at(-1);
            const pad = last ? index.indentOf(last.location.line) : `${index.indentOf(block.location.line)}  `;
            if (!last && block.endLine === block.location.line)
                return 'the data source is written on one line: add the statement by hand';
            const at = last
                ? nextLineStart(index.text, index.offset(last.end) - 1)
                : lineStart(index.text, index.offset(block.end) - 1);
            // Blocks parted by blank lines get one too (and a first block after attributes).
            const parted = !last || statements.length < 2 || statements.slice(1).some((s) => index.blank(s.location.line - 1));
            const texts = added.map((s) => 'trust' in s
                ? (0,terraform_source/* trustBlock */.Qk)(s.trust)
                    .replace(/\n$/, '')
                    .split('\n')
                    .map((l) => (l ? pad + l : l))
                    .join(eol)
                : (0,terraform_source/* statementBlock */.Lo)(s.grant, pad.length).replace(/\n/g, eol));
            const lead = last ? (parted ? eol : '') : block.body.attributes.length ? eol : '';
            return [{ offset: at, length: 0, text: texts.map((t) => `${lead}${t}${eol}`).join('') }];
        },
    };
}

// EXTERNAL MODULE: ./src/iam/wildcard.ts
var wildcard = __webpack_require__(9499);
;// CONCATENATED MODULE: ./src/fixes/apply/terraform-permissions.ts





/** `aws_iam_role.<name>.id` or `.name` (or `"${…}"` of it): how a policy names the role. */
const namesRole = (expr, role) => terraform_documents_refersTo(expr, 'aws_iam_role', role, 'id') || terraform_documents_refersTo(expr, 'aws_iam_role', role, 'name');
const resources = (file, type) => file.body.blocks.filter((b) => b.type === 'resource' && b.labels[0] === type && !repeated(b));
/**
 * The documents of the role's policies written in this file: its `aws_iam_role_policy`
 * resources, its `inline_policy` blocks, and `aws_iam_policy` resources attached to it alone.
 */
function terraform_permissions_roleDocuments(file, index, role) {
    const name = role.labels[1];
    const policies = [
        ...resources(file, 'aws_iam_role_policy').filter((b) => namesRole(attributeOf(b, 'role'), name)),
        ...role.body.blocks.filter((b) => b.type === 'inline_policy'),
    ];
    // Attachments to this role alone: `aws_iam_role_policy_attachment`, or an
    // `aws_iam_policy_attachment` whose only holder is this role.
    const only = (b) => {
        const roles = attributeOf(b, 'roles');
        return (roles?.kind === 'tuple' &&
            roles.items.length === 1 &&
            namesRole(roles.items[0], name) &&
            !attributeOf(b, 'users') &&
            !attributeOf(b, 'groups'));
    };
    const attachments = [
        ...resources(file, 'aws_iam_role_policy_attachment').filter((b) => namesRole(attributeOf(b, 'role'), name)),
        ...resources(file, 'aws_iam_policy_attachment').filter(only),
    ];
    for (const policy of resources(file, 'aws_iam_policy')) {
        const address = `aws_iam_policy.${policy.labels[1]}`;
        const attached = attachments.filter((a) => terraform_documents_refersTo(attributeOf(a, 'policy_arn'), 'aws_iam_policy', policy.labels[1], 'arn'));
        // Attached to this role, and named nowhere else in the file (no other role or user gets it).
        if (attached.length && mentions(index.text, address) === attached.length)
            policies.push(policy);
    }
    return policies.flatMap((p) => {
        const expr = attributeOf(p, 'policy');
        const document = expr && documentOf(file, index, expr, 'the policy');
        return document && typeof document !== 'string' ? [document] : [];
    });
}
/**
 * Writes the missing actions into the role's Veeam statement (an unconditional `Allow` on `*`
 * already granting the most Veeam actions), the conditional ones as new statements beside it;
 * without such a statement, a new `inline_policy` block when the role uses them (a separate
 * `aws_iam_role_policy` would fight them), else a new `aws_iam_role_policy`.
 */
function permissionEdits(file, index, role, need) {
    let best;
    let bestScore = 0;
    let driven;
    for (const document of terraform_permissions_roleDocuments(file, index, role))
        for (const statement of document.statements) {
            if (!statement.plainGrant)
                continue;
            if (!Array.isArray(statement.actions)) {
                driven ??= statement.actions.from;
                continue;
            }
            // Veeam actions it grants, by name or by wildcard (`ssm:*`).
            const actions = statement.actions;
            const score = need.required.filter((r) => actions.some((a) => (0,wildcard/* actionMatches */.GE)(a, r))).length;
            if (score > bestScore)
                [best, bestScore] = [{ document, statement, actions: statement.actions }, score];
        }
    if (best) {
        const { actions: have } = best;
        const add = need.plain.filter((a) => !have.some((h) => (0,wildcard/* actionMatches */.GE)(h, a)));
        const edits = [];
        if (add.length) {
            const actions = best.statement.addActions(add);
            if (typeof actions === 'string')
                return { cannot: actions };
            edits.push(...actions);
        }
        if (need.conditional.length) {
            const statements = best.document.addStatements(need.conditional.map((grant) => ({ grant })));
            if (typeof statements === 'string')
                return { cannot: statements };
            edits.push(...statements);
        }
        return edits.length
            ? { edits }
            : { cannot: 'the Veeam statement already grants the actions: something else takes them away' };
    }
    if (driven)
        return {
            cannot: `the role's statement on "*" takes its actions from ${driven}: add ${need.plain.join(', ')} there`,
        };
    const inline = role.body.blocks.filter((b) => b.type === 'inline_policy');
    if (!inline.length)
        return { newPolicy: true };
    if (inline.some((b) => !b.body.attributes.length))
        return {
            cannot: 'the role declares an empty inline_policy block (no inline policies): add the policy by hand',
        };
    return { edits: [inlinePolicy(index, inline, need)] };
}
/** A new `inline_policy` block after the role's last one, named apart from the others. */
function inlinePolicy(index, inline, need) {
    const eol = lineEnding(index.text);
    const last = inline.at(-1);
    const pad = index.indentOf(last.location.line);
    const names = new Set(inline.map((b) => {
        const n = attributeOf(b, 'name');
        return n?.kind === 'literal' ? n.value : undefined;
    }));
    let name = need.policyName;
    for (let n = 2; names.has(name); n++)
        name = `${need.policyName}-${n}`;
    const statements = [...(need.plain.length ? [{ actions: need.plain }] : []), ...need.conditional].map(fixes_statements/* statementJson */.mU);
    const document = (0,hcl/* hclValue */.n)({ Version: '2012-10-17', Statement: statements }, pad.length + 2);
    const lines = [
        `${pad}inline_policy {`,
        `${pad}  name = ${JSON.stringify(name)}`,
        `${pad}  policy = jsonencode(${document})`,
        `${pad}}`,
    ];
    const parted = index.blank(last.location.line - 1);
    const text = (parted ? [''] : []).concat(lines).join('\n').replace(/\n/g, eol);
    return { offset: nextLineStart(index.text, index.offset(last.end) - 1), length: 0, text: `${text}${eol}` };
}

;// CONCATENATED MODULE: ./src/fixes/apply/write-terraform.ts




const sameBlock = (a, b) => a.type === b.type && a.labels.length === b.labels.length && a.labels.every((l, i) => l === b.labels[i]);
/** `module.a.aws_iam_role.x` → `aws_iam_role.x`: the role's block is in the module's own file. */
function localAddress(key) {
    return key.replace(/^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)+/, '');
}
/** Whether a snippet is whole new blocks to put after the role (`aws_iam_role_policy`, instance profile). */
const newBlocks = (need) => need.kind !== 'trust' &&
    need.fix?.format === 'terraform-hcl' &&
    /^Add (this resource|these blocks)/.test(need.fix.description);
/**
 * A `.tf` editor, by text edits at the ranges the HCL reader locates: trust statements go into the
 * role's `assume_role_policy` (jsonencode object, heredoc JSON or its own policy document data
 * source); missing actions join the role's Veeam statement, else a new `inline_policy` block or
 * `aws_iam_role_policy`; an instance profile is a new block after the role. Each check is written
 * whole or not at all, with the reason.
 */
function terraformSourceEditor(hcl) {
    return {
        edit(text, key, needs) {
            const refuse = (reason) => ({
                text,
                fixed: [],
                notFixed: needs.map((n) => ({ check: n.check, reason })),
            });
            if (key.includes('['))
                return refuse('the role is declared once for several instances (count, for_each or a module called more than once): an edit to its file would apply to all of them');
            const parsed = hcl.parse(text, 'edit.tf');
            if (parsed.errors.length)
                return refuse('the file does not parse cleanly, so nothing is written into it');
            const [type, name] = localAddress(key).split('.');
            const role = parsed.body.blocks.find((b) => b.type === 'resource' && b.labels[0] === type && b.labels[1] === name);
            if (!role)
                return refuse(`resource "${type}" "${name}" is not found in this file`);
            if (repeated(role))
                return refuse('the role uses count or for_each: an edit would apply to every instance');
            const index = new TextIndex(text);
            const notFixed = [];
            const edits = [];
            const blocks = [];
            const trust = needs.filter((n) => n.kind === 'trust');
            if (trust.length) {
                const checks = trust.map((n) => n.check);
                const expr = attributeOf(role, 'assume_role_policy');
                const document = expr
                    ? documentOf(parsed, index, expr, 'the trust policy')
                    : 'the role has no assume_role_policy: add the snippet';
                const written = typeof document === 'string'
                    ? document
                    : document.addStatements(trust.map((n) => ({ trust: n.principal })));
                if (typeof written === 'string')
                    notFixed.push(...checks.map((check) => ({ check, reason: written })));
                else
                    edits.push({ checks, edits: written });
            }
            for (const need of needs) {
                if (need.kind === 'trust')
                    continue;
                if (need.kind === 'permissions') {
                    const edit = permissionEdits(parsed, index, role, need);
                    if ('cannot' in edit) {
                        notFixed.push({ check: need.check, reason: edit.cannot });
                        continue;
                    }
                    if ('edits' in edit) {
                        edits.push({ checks: [need.check], edits: edit.edits });
                        continue;
                    }
                }
                if (newBlocks(need))
                    blocks.push({ check: need.check, text: need.fix.text });
                else
                    notFixed.push({ check: need.check, reason: 'no new Terraform block is known for this fix' });
            }
            // A block a snippet adds must not already exist (Terraform rejects a duplicate address).
            for (const block of [...blocks]) {
                const taken = hcl
                    .parse(block.text, 'fix.tf')
                    .body.blocks.find((added) => parsed.body.blocks.some((b) => sameBlock(b, added)));
                if (!taken)
                    continue;
                blocks.splice(blocks.indexOf(block), 1);
                notFixed.push({
                    check: block.check,
                    reason: `${taken.type} "${taken.labels.join('" "')}" already exists in this file`,
                });
            }
            const all = edits.flatMap((e) => e.edits);
            if (blocks.length) {
                const at = nextLineStart(text, index.offset(role.end) - 1);
                const lines = blocks.flatMap((b) => ['', ...b.text.replace(/\n+$/, '').split('\n')]);
                all.push(insertLines(text, at, lines));
            }
            const written = new Set([...edits.flatMap((e) => e.checks), ...blocks.map((b) => b.check)]);
            return {
                text: all.length ? applyEdits(text, all) : text,
                fixed: needs.map((n) => n.check).filter((c) => written.has(c)),
                notFixed,
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/fixes/apply/editors.ts







/** Which quote the file uses for strings that need one: the more frequent of ' and ". */
function editors_quoteOf(text) {
    const single = text.match(/:\s+'/g)?.length ?? 0;
    const double = text.match(/:\s+"/g)?.length ?? 0;
    return double > single ? 'double' : 'single';
}
/** A CloudFormation editor: ops planned on the located tree, each written and the tree read again. */
function cloudFormationEditor(read, write) {
    return {
        edit(text, key, needs) {
            const plan = cloudFormationOps(read(text), key, needs);
            const notFixed = [...plan.notFixed];
            let out = text;
            const failed = new Set();
            for (const op of plan.ops) {
                const root = read(out);
                const next = root ? write(out, root, op) : { cannot: 'the edited file no longer parses' };
                if (typeof next === 'string')
                    out = next;
                else
                    for (const check of op.checks) {
                        failed.add(check);
                        notFixed.push({ check, reason: next.cannot });
                    }
            }
            // In report order (the needs come in check order), whatever order the ops were written in.
            const written = new Set(plan.ops.flatMap((o) => o.checks));
            const fixed = needs.map((n) => n.check).filter((c) => written.has(c) && !failed.has(c));
            // A check half written is not written at all.
            return failed.size
                ? {
                    text,
                    fixed: [],
                    notFixed: [
                        ...notFixed,
                        ...fixed.map((check) => ({ check, reason: 'another part of the fix could not be written' })),
                    ],
                }
                : { text: out, fixed, notFixed };
        },
    };
}
const cloudFormationYaml = (text) => {
    const style = (0,fixes_style/* sourceStyle */.v)(text);
    return cloudFormationEditor(readYaml, (t, root, op) => writeYamlOp(t, root, op, {
        shortTags: style.shortTags ?? false,
        indent: style.indent ?? 2,
        indentSequences: style.indentSequences ?? true,
        quote: editors_quoteOf(text),
    }));
};
const cloudFormationJson = (text) => {
    const style = jsonStyle(text, (0,fixes_style/* sourceStyle */.v)(text).indent ?? 2);
    return cloudFormationEditor(readJson, (t, root, op) => writeJsonOp(t, root, op, style));
};
/**
 * Why a role's fixes are not written into its file (generated or fetched inputs), or undefined
 * when an editor exists for its source.
 */
function whyNotEditable(source) {
    switch (source) {
        case 'cloudformation':
        case 'terraform-source':
            return undefined;
        case 'terraform-plan':
            return 'a Terraform plan is generated: change the .tf source (the snippet shows what to add)';
        case 'iam-json':
            return 'IAM JSON is generated or fetched from AWS: apply the snippet (or its aws iam commands) to the role';
        case 'aws':
            return 'a deployed role is changed in AWS or in its source, not here';
        default:
            return `fixes for ${source} are not written yet (the snippet shows what to add)`;
    }
}
/**
 * The editor for a role's own file (call only when `whyNotEditable` is undefined). Terraform
 * source needs the HCL reader, which loads asynchronously: the caller loads it first
 * (`loadHcl()`), and without it the role's fixes are not written.
 */
function editorFor(text, source = 'cloudformation', hcl) {
    if (source === 'terraform-source')
        return hcl ? terraformSourceEditor(hcl) : 'the HCL reader is not loaded here: apply the snippet';
    return (0,fixes_style/* sourceStyle */.v)(text).json ? cloudFormationJson(text) : cloudFormationYaml(text);
}

// EXTERNAL MODULE: ./src/requirements/index.ts + 1 modules
var requirements = __webpack_require__(1494);
// EXTERNAL MODULE: ./src/requirements/conditions.ts
var conditions = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/fixes/request.ts
var request = __webpack_require__(8534);
;// CONCATENATED MODULE: ./src/fixes/apply/needs.ts




/**
 * Which of a role's checks `--fix` can write, from the report alone. Only `fail` is fixed: an
 * `unknown` check cannot be proven by adding text. The appliance is trusted only when the user
 * named it: a placeholder ARN in a file would deploy a role nobody can assume.
 */
function needsOf(role, options) {
    const requirement = (0,requirements/* combinedRequirements */.an)(role.kind.split('+'), role.veeamVersion);
    const needs = [];
    const notFixed = [];
    for (const check of role.checks) {
        if (check.verdict !== 'fail')
            continue;
        const need = needOf(check, requirement, options.appliancePrincipals);
        if (typeof need === 'string')
            notFixed.push({ check: check.check, reason: need });
        else
            needs.push(need);
    }
    return { needs, notFixed };
}
function needOf(check, requirement, appliancePrincipals) {
    const id = check.check;
    if (id === 'permissions') {
        const missing = check.missingActions ?? [];
        if (!missing.length)
            return 'nothing is missing outright: the grants that fail are narrowed or denied';
        return {
            check: id,
            kind: 'permissions',
            plain: missing.filter((a) => !(0,conditions/* requiredCondition */.p)(requirement, a)),
            conditional: (0,fixes_statements/* missingStatements */.d_)(requirement, missing).filter((s) => s.condition),
            policyName: (0,request/* policyName */.ct)(requirement),
            required: requirement.actions,
            ...(check.fix && { fix: check.fix }),
        };
    }
    if (id === 'instance-profile')
        return { check: id, kind: 'instance-profile', ...(check.fix && { fix: check.fix }) };
    if (id === 'trust-appliance') {
        const principal = appliancePrincipals[0];
        if (!principal)
            return 'the appliance to trust is not known: set --appliance-principal (or appliance-principal)';
        return { check: id, kind: 'trust', principal: { type: 'AWS', value: principal } };
    }
    const service = requirement.trustServices.find((s) => `trust-${s.replace(/\.amazonaws\.com$/, '')}` === id);
    if (!service)
        return `no fix is known for ${id}`;
    return { check: id, kind: 'trust', principal: { type: 'Service', value: service } };
}

;// CONCATENATED MODULE: ./src/fixes/apply/plan.ts





/** The role's key in its id `<file>#<key>`. */
function plan_keyOf(role, file) {
    return role.id.startsWith(`${file}#`)
        ? role.id.slice(file.length + 1)
        : role.id.slice(role.id.indexOf('#') + 1);
}
/** The file a role report points at (its id up to `#`, which is the location's file). */
function fileOf(role) {
    return role.location.file;
}
/** Why a role after a fix is not better: a fixed check still fails, or another check got worse. */
function worsened(before, after, fixed) {
    for (const check of before.checks) {
        const now = after.checks.find((c) => c.check === check.check);
        if (!now)
            continue;
        if (fixed.includes(check.check) && now.verdict === 'fail')
            return `${check.check} still fails: ${now.message}`;
        if (now.verdict !== check.verdict && (0,verdict/* worst */.Q)([now.verdict, check.verdict]) === now.verdict)
            return `${check.check} turns from ${check.verdict} to ${now.verdict}: ${now.message}`;
    }
    return undefined;
}
/**
 * Checks the role again in the edited text, as the gate would: undefined when every fixed check
 * now holds and no other check got worse, else why the edit is not kept.
 */
function recheck(text, file, before, fixed, options) {
    const parsed = (0,parsers/* parseFile */.C)(text, { file, parameters: options.parameters });
    if (!parsed || parsed.errors.some((e) => e.file === file)) {
        const error = parsed?.errors[0];
        return `the edited file would not parse${error ? ` (line ${error.line ?? '?'}: ${error.message})` : ''}`;
    }
    const role = parsed.roles.find((r) => r.key === plan_keyOf(before, file));
    if (!role)
        return 'the role is no longer found in the edited file';
    return judgeEdited(role, before, fixed, options);
}
/** The edited role checked as it was selected before: undefined when kept, else why not. */
function judgeEdited(role, before, fixed, options) {
    const after = (0,evaluate/* evaluateRole */.c)(role, { kinds: before.kind.split('+'), selectedBy: before.selectedBy }, { veeamVersion: before.veeamVersion, appliancePrincipals: options.appliancePrincipals });
    const problem = worsened(before, after, fixed);
    return problem && `after the edit, ${problem}`;
}
/**
 * Writes the fixes of every failing role of one file into its text, role by role, each edit checked
 * again before it is kept (the file is the same as before when nothing could be fixed). Pure.
 */
function fixFile(file, text, roles, options, 
/** Fix only these checks (a suggestion per group of checks); default: every failing one. */
only) {
    let current = text;
    const results = [];
    for (const role of [...roles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
        const all = needsOf(role, options);
        const needs = only ? all.needs.filter((n) => only.includes(n.check)) : all.needs;
        const notFixed = only ? all.notFixed.filter((n) => only.includes(n.check)) : all.notFixed;
        const result = { id: role.id, fixed: [], notFixed: [...notFixed] };
        results.push(result);
        if (!needs.length)
            continue;
        const notEditable = whyNotEditable(role.source);
        if (notEditable) {
            result.notFixed.push(...needs.map((n) => ({ check: n.check, reason: notEditable })));
            continue;
        }
        const editor = editorFor(current, role.source, options.hcl);
        const cannot = typeof editor === 'string'
            ? editor
            : role.source === 'terraform-source'
                ? declaredForSeveral(role, options.reportRoles ?? roles)
                : undefined;
        if (cannot !== undefined || typeof editor === 'string') {
            const reason = cannot ?? 'no editor';
            result.notFixed.push(...needs.map((n) => ({ check: n.check, reason })));
            continue;
        }
        const edited = editor.edit(current, plan_keyOf(role, file), needs);
        result.notFixed.push(...edited.notFixed);
        if (!edited.fixed.length)
            continue;
        // A Terraform root is a folder, read only by the scan: the CLI's re-scan checks the role again.
        const problem = role.source === 'terraform-source'
            ? parsesAsHcl(edited.text, file, options.hcl)
            : recheck(edited.text, file, role, edited.fixed, options);
        if (problem) {
            result.notFixed.push(...edited.fixed.map((check) => ({ check, reason: problem })));
            continue;
        }
        result.fixed = edited.fixed;
        current = edited.text;
    }
    return { file, before: text, after: current, roles: results };
}
/** Whether two roles come from the same block of the same file (a module called more than once). */
function sameDeclaration(a, b) {
    return a.location.file === b.location.file && a.location.line === b.location.line;
}
/**
 * Why a `.tf` role's declaration may not be edited: it is the same block as another role's (a module
 * called more than once), so a block added to its file would change every call.
 */
function declaredForSeveral(role, roles) {
    const same = [role, ...roles.filter((r) => r.id !== role.id && sameDeclaration(r, role))];
    return same.length > 1
        ? `the role's module is called more than once (${same.map((r) => r.id.slice(r.id.indexOf('#') + 1)).join(', ')}): an edit to its file would change every call`
        : undefined;
}
/** Undefined when the edited `.tf` text parses without errors, else why the edit is not kept. */
function parsesAsHcl(text, file, hcl) {
    const error = hcl.parse(text, file).errors[0];
    return error && `the edited file would not parse (line ${error.line ?? '?'}: ${error.message})`;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(9672);
;// CONCATENATED MODULE: ./src/fixes/apply/hunks.ts

/**
 * The changes between two texts as line replacements a reviewer can apply one by one. A pure
 * insertion is anchored on the line before it (that line, then the new ones), since a suggestion
 * must replace at least one line; at the top of the file, on the first line. A block inserted
 * between blank lines is anchored on the code line before them (a Terraform role's closing `}`),
 * not on a blank line: the same result, where the reviewer expects it.
 */
function replacements(before, after) {
    const oldLines = before.split(/\r?\n/);
    const patch = (0,create/* structuredPatch */.YB)('a', 'b', before, after, undefined, undefined, { context: 0 });
    return patch.hunks.map((h) => {
        const added = h.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1).replace(/\r$/, ''));
        if (h.oldLines > 0)
            return { startLine: h.oldStart, endLine: h.oldStart + h.oldLines - 1, lines: added };
        // jsdiff gives a pure insertion before line N as oldStart N (git would print N - 1).
        let anchor = h.oldStart - 1;
        // The diff may place "block, blank" after a blank line; it is the same as "blank, block" before it.
        while (anchor > 1 &&
            added.length &&
            !oldLines[anchor - 1].trim() &&
            added.at(-1) === oldLines[anchor - 1]) {
            added.unshift(added.pop());
            anchor--;
        }
        if (anchor === 0)
            return { startLine: 1, endLine: 1, lines: [...added, oldLines[0] ?? ''] };
        return { startLine: anchor, endLine: anchor, lines: [oldLines[anchor - 1] ?? '', ...added] };
    });
}

;// CONCATENATED MODULE: ./src/fixes/apply/recheck-root.ts

/**
 * The re-check `--fix` makes by re-scanning, for an edit that is not written (a review suggestion):
 * a `.tf` file belongs to a folder, so the role is read again from its whole root with the edited
 * text in place, and kept only when every fixed check holds and no other check got worse (that the
 * edit parses is checked before, by `fixFile`). Pure.
 */
function recheckInRoot(reread, options) {
    return (file, text, before, fixed) => {
        const role = reread(file, text).roles.find((r) => r.id === before.id);
        return role ? judgeEdited(role, before, fixed, options) : 'the role is no longer found after the edit';
    };
}

;// CONCATENATED MODULE: ./src/github/diff-lines.ts
/**
 * Reads the `patch` GitHub gives for a pull request file (`@@ -a,b +c,d @@` hunks): a review comment
 * may sit on any line of a hunk's new side (RIGHT), a multi-line one within a single hunk.
 */
function rightSideRanges(patch) {
    const ranges = [];
    for (const m of (patch ?? '').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
        const start = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        if (count > 0)
            ranges.push({ start, end: start + count - 1 });
    }
    return ranges;
}
/** Whether lines `start..end` all lie inside one hunk. */
function insideDiff(ranges, start, end) {
    return ranges.some((r) => r.start <= start && end <= r.end);
}

// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(7318);
;// CONCATENATED MODULE: ./src/github/suggestions.ts








/** Marks the review comments and reviews this action writes, to find them again on the next run. */
const suggestionMarker = '<!-- veeam-iam-gate:suggestion -->';
/** A code fence longer than any backtick run in the lines, so a suggestion never closes early. */
function fence(lines) {
    const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...[...l.matchAll(/`+/g)].map((m) => m[0].length))));
    return '`'.repeat(longest + 1);
}
/**
 * The suggestions for the failing roles of the pull request: each role fixed alone in its file
 * (checked again, as `--fix` does), each changed place one comment when its lines are in the diff.
 * Places outside the diff are left to the annotation and the snippet in the sticky comment. Pure.
 */
function suggestionsFor(request) {
    const comments = [];
    let outside = 0;
    for (const role of request.report.roles) {
        if (!role.checks.some((c) => c.verdict === 'fail'))
            continue;
        const file = role.location.file;
        const ranges = request.diff.get(file);
        const text = ranges ? request.readFile(file) : undefined;
        if (!ranges || text === undefined) {
            outside++;
            continue;
        }
        // Roles of one declaration (a module called more than once) are fixed together, as `--fix`
        // does: its rules decide whether one edit may serve them all. One suggestion per declaration.
        const declaration = request.report.roles.filter((r) => r.source === role.source && sameDeclaration(r, role) && r.checks.some((c) => c.verdict === 'fail'));
        if (declaration[0] !== role)
            continue;
        // Every role of the report: a .tf module called twice is not edited even when one call passes.
        const options = { ...request.options, reportRoles: request.report.roles };
        const fixed = fixFile(file, text, declaration, options);
        const done = fixed.roles.filter((r) => r.fixed.length);
        const checks = [...new Set(done.flatMap((r) => r.fixed))];
        if (!checks.length)
            continue;
        // A Terraform root is a folder: the role is read again from it, as `--fix` re-scans after writing.
        const recheck = request.recheckSource;
        if (role.source === 'terraform-source' &&
            (!recheck ||
                done.some((d) => recheck(file, fixed.after, declaration.find((r) => r.id === d.id), d.fixed))))
            continue;
        const named = declaration.map((r) => `\`${r.id}\``).join(', ');
        // Which checks each place fixes: every group of checks fixed alone (trust checks together, as
        // they may share one new trust policy), its places matched against the places of the whole fix.
        const groups = [
            checks.filter((c) => c.startsWith('trust-')),
            ...checks.filter((c) => !c.startsWith('trust-')).map((c) => [c]),
        ];
        const placesOf = groups
            .filter((g) => g.length)
            .map((group) => {
            const one = fixFile(file, text, declaration, options, group);
            return { group, places: replacements(one.before, one.after) };
        });
        for (const r of replacements(fixed.before, fixed.after)) {
            if (!insideDiff(ranges, r.startLine, r.endLine)) {
                outside++;
                continue;
            }
            const here = placesOf
                .filter((p) => p.places.some((q) => q.startLine <= r.endLine && r.startLine <= q.endLine))
                .flatMap((p) => p.group);
            const f = fence(r.lines);
            const body = [
                suggestionMarker,
                `**veeam-iam-gate** fixes ${named}: ${(here.length ? here : checks).join(', ')} (checked again with ${checks.length > 1 ? 'all its suggestions' : 'the change'} applied).`,
                `${f}suggestion`,
                ...r.lines,
                f,
            ].join('\n');
            comments.push({
                path: file,
                line: r.endLine,
                ...(r.startLine !== r.endLine && { start_line: r.startLine, start_side: 'RIGHT' }),
                side: 'RIGHT',
                body,
            });
        }
    }
    comments.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
    return { comments, outside };
}
/** The lines each changed file's diff shows, from GET /pulls/{n}/files (every page). */
async function pullRequestDiff(octokit, request) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner: request.owner,
        repo: request.repo,
        pull_number: request.pullNumber,
        per_page: 100,
    });
    return new Map(files.filter((f) => f.status !== 'removed').map((f) => [f.filename, rightSideRanges(f.patch)]));
}
const placeOf = (c) => `${c.path}:${c.start_line ?? c.line}-${c.line}`;
/**
 * Brings the pull request's suggestion comments in line with this run: a comment at the same place
 * is edited, one no longer wanted is deleted, and the new ones are posted together as one review
 * (whose earlier reviews by this action are marked superseded). Someone else's comments are untouched.
 */
async function publishSuggestions(octokit, request) {
    const { owner, repo, pullNumber } = request;
    const ours = (c) => c.body?.startsWith(suggestionMarker) === true &&
        (request.author ? c.user?.login === request.author : c.user?.type === 'Bot');
    const wanted = request.comments.slice(0, request.max);
    const result = {
        created: 0,
        updated: 0,
        deleted: 0,
        unchanged: 0,
        overLimit: request.comments.length - wanted.length,
    };
    const existing = (await octokit.paginate(octokit.rest.pulls.listReviewComments, {
        owner,
        repo,
        pull_number: pullNumber,
        per_page: 100,
    })).filter(ours);
    const byPlace = new Map(existing.map((c) => [placeOf(c), c]));
    const fresh = [];
    for (const comment of wanted) {
        const found = byPlace.get(placeOf(comment));
        if (!found) {
            fresh.push(comment);
            continue;
        }
        byPlace.delete(placeOf(comment));
        if (found.body === comment.body)
            result.unchanged++;
        else {
            await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: found.id, body: comment.body });
            result.updated++;
        }
    }
    for (const stale of byPlace.values()) {
        await octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: stale.id });
        result.deleted++;
    }
    if (fresh.length) {
        const earlier = (await octokit.paginate(octokit.rest.pulls.listReviews, {
            owner,
            repo,
            pull_number: pullNumber,
            per_page: 100,
        })).filter(ours);
        await octokit.rest.pulls.createReview({
            owner,
            repo,
            pull_number: pullNumber,
            commit_id: request.headSha,
            event: 'COMMENT',
            body: `${suggestionMarker}\nveeam-iam-gate suggests ${fresh.length === 1 ? 'a fix' : `${fresh.length} fixes`} for failing Veeam roles: each can be committed from its comment.`,
            comments: fresh,
        });
        result.created = fresh.length;
        for (const review of earlier)
            if (!review.body.includes('(superseded'))
                await octokit.rest.pulls.updateReview({
                    owner,
                    repo,
                    pull_number: pullNumber,
                    review_id: review.id,
                    body: `${suggestionMarker}\nveeam-iam-gate (superseded by a later run: its current suggestions are in the latest review).`,
                });
    }
    return result;
}
/**
 * The action's step: the pull request's diff, the suggestions, the review. A refusal (fork, no
 * `pull-requests: write`) is recorded for the one warning; the note says what was posted.
 */
async function suggestFixes(octokit, request, refusals) {
    const repo = { owner: request.owner, repo: request.repo, pullNumber: request.pullNumber };
    const diff = await refusals.attempt('the pull request diff', () => pullRequestDiff(octokit, repo));
    if (!diff)
        return undefined;
    const readFile = (file) => {
        try {
            const decoded = (0,decode/* decode */.D)((0,external_node_fs_.readFileSync)(external_node_path_default().join(request.workspace, file)));
            return decoded.kind === 'text' ? decoded.text : undefined;
        }
        catch {
            return undefined;
        }
    };
    // A `.tf` role's fix needs the HCL reader (loaded once, only when one fails) and its root re-read.
    const reread = request.terraformReread;
    const terraform = request.report.roles.some((r) => r.source === 'terraform-source' && r.checks.some((c) => c.verdict === 'fail'));
    const hcl = terraform ? await (await __webpack_require__.e(/* import() */ 312).then(__webpack_require__.bind(__webpack_require__, 9312))).loadHcl() : undefined;
    const { comments, outside } = suggestionsFor({
        report: request.report,
        options: hcl ? { ...request.options, hcl } : request.options,
        readFile,
        diff,
        ...(hcl &&
            reread && {
            recheckSource: recheckInRoot((file, text) => reread(new Map([[file, text]])), request.options),
        }),
    });
    const posted = await refusals.attempt('the review suggestions', async () => publishSuggestions(octokit, {
        ...repo,
        headSha: request.headSha,
        comments,
        max: request.max,
        author: await (0,comment/* tokenAuthor */.dI)(octokit, request.token),
    }));
    if (!posted || !comments.length)
        return undefined;
    const shown = comments.length - posted.overLimit;
    const rest = posted.overLimit + outside;
    return `${shown} fix${shown === 1 ? ' is' : 'es are'} suggested as review comments on the pull request${rest ? `; ${rest} more stay in this report (outside the diff or over max-suggestions)` : ''}.`;
}


/***/ })

};
