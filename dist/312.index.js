export const id = 312;
export const ids = [312];
export const modules = {

/***/ 9312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadHcl: () => (/* reexport */ loadHcl),
  readTerraformSource: () => (/* reexport */ readTerraformSource)
});

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/value.ts
function isUnknown(value) {
    return isTagged(value) && value.unresolved === true;
}
function isRef(value) {
    return isTagged(value) && typeof value.ref === 'string';
}
function isSymbolicString(value) {
    return isTagged(value) && Array.isArray(value.parts);
}
function isMap(value) {
    return value instanceof Map;
}
function isList(value) {
    return Array.isArray(value);
}
/** A value with nothing unknown or symbolic anywhere inside. */
function isWhollyKnown(value) {
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value))
        return value.every(isWhollyKnown);
    if (value instanceof Map)
        return [...value.values()].every(isWhollyKnown);
    return false;
}
function unknown(reason, location) {
    return location ? { unresolved: true, reason, location } : { unresolved: true, reason };
}
/** A map with keys in lexical order (the order Terraform iterates maps and objects in). */
function makeMap(entries) {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return new Map(sorted);
}
/**
 * Joins string and symbolic parts into the simplest value: a plain string when every part is
 * known text, else a `TfSymbolicString` with adjacent texts merged and empty texts dropped.
 */
function symbolicString(parts) {
    const out = [];
    const push = (part) => {
        if (typeof part === 'string') {
            if (part === '')
                return;
            const last = out.length - 1;
            if (last >= 0 && typeof out[last] === 'string')
                out[last] = out[last] + part;
            else
                out.push(part);
        }
        else
            out.push(part);
    };
    for (const part of parts) {
        if (typeof part !== 'string' && 'parts' in part)
            part.parts.forEach(push);
        else
            push(part);
    }
    if (out.every((p) => typeof p === 'string'))
        return out[0] ?? '';
    return { parts: out };
}
/** Terraform's type name of a value, for messages. */
function typeName(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number')
        return 'number';
    if (typeof value === 'string' || isSymbolicString(value))
        return 'string';
    if (Array.isArray(value))
        return 'list';
    if (value instanceof Map)
        return 'object';
    if (isRef(value))
        return 'reference';
    return 'unknown';
}
function isTagged(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/files/hcl-wasm.ts

/**
 * Reads the wasm files. The `new URL(…, import.meta.url)` form is what ncc recognises: it copies
 * both files beside the bundle and rewrites the URLs, so the bundle works from any folder; from
 * `src` (vitest, tsx) the same URLs point into node_modules.
 */
async function readHclWasm() {
    const [runtime, grammar] = await Promise.all([
        (0,promises_.readFile)(__webpack_require__.ab + "web-tree-sitter.wasm"),
        (0,promises_.readFile)(__webpack_require__.ab + "tree-sitter-terraform.wasm"),
    ]);
    return { runtime, grammar };
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/syntax-errors.ts
/** More than this many errors in one file says nothing more: the rest are counted. */
const MAX_ERRORS = 20;
/** What a missing node stood for, in the words of the source. */
const MISSING_TOKENS = {
    block_end: '}',
    object_end: '}',
    tuple_end: ']',
    quoted_template_end: '"',
    template_interpolation_end: '}',
    template_directive_end: '}',
    heredoc_identifier: 'the heredoc end marker',
};
const CLOSERS = new Set([
    'block_end',
    'object_end',
    'tuple_end',
    'template_interpolation_end',
    'heredoc_identifier',
]);
/**
 * tree-sitter's ERROR and MISSING nodes as file errors with line and column:
 * `syntax error in main.tf at 12:5: unexpected '}'`. Nested errors inside an error are not repeated.
 */
function syntaxErrors(root, file, text, position) {
    const errors = [];
    let more = 0;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (!node.hasError && !node.isMissing && !node.isError)
            continue;
        const unclosed = node.isError ? unclosedAtEnd(node, text) : undefined;
        const problem = unclosed
            ? `missing '${unclosed.closer}' (to close line ${position(unclosed.opener.startIndex).line}): the file ends first`
            : node.isError
                ? unexpected(node, text)
                : node.isMissing
                    ? missing(node, position)
                    : undefined;
        if (problem) {
            if (errors.length >= MAX_ERRORS)
                more++;
            else {
                // An unterminated string is reported where it starts, not where the file ends.
                const at = unclosed?.opener ??
                    (node.isMissing && node.type === 'quoted_template_end' && node.parent ? node.parent : node);
                const { line, column } = position(at.startIndex);
                errors.push({
                    file,
                    line,
                    column,
                    message: `syntax error in ${file} at ${line}:${column}: ${problem}`,
                });
            }
            if (node.isError)
                continue;
        }
        for (let i = node.children.length - 1; i >= 0; i--)
            stack.push(node.children[i]);
    }
    if (more > 0) {
        const last = errors[errors.length - 1];
        errors.push({
            file,
            line: last.line,
            column: last.column,
            message: `${more} more syntax errors in ${file}`,
        });
    }
    return errors;
}
/** At most MAX_ERRORS errors for one file, then one line counting the rest. */
function capErrors(errors, file) {
    if (errors.length <= MAX_ERRORS + 1)
        return errors;
    const kept = errors.slice(0, MAX_ERRORS);
    const last = kept[kept.length - 1];
    const more = errors
        .slice(MAX_ERRORS)
        .reduce((n, e) => n + (Number(/^(\d+) more syntax errors/.exec(e.message)?.[1]) || 1), 0);
    return [
        ...kept,
        { file, line: last.line, column: last.column, message: `${more} more syntax errors in ${file}` },
    ];
}
/** Each opener's closing node; what it stands for in the source is MISSING_TOKENS' word for it. */
const CLOSER_OF = {
    block_start: 'block_end',
    object_start: 'object_end',
    tuple_start: 'tuple_end',
    '(': ')',
    template_interpolation_start: 'template_interpolation_end',
    template_directive_start: 'template_directive_end',
    quoted_template_start: 'quoted_template_end',
};
const CLOSING = new Set(Object.values(CLOSER_OF));
/**
 * An error that runs to the end of the file with an opener still open (a truncated file, `x = [`
 * as the last line): the innermost opener left open, so the message says what is missing and where
 * it was opened rather than "unexpected" at the error's first token.
 */
function unclosedAtEnd(node, text) {
    if (text.slice(node.endIndex).trim() !== '')
        return undefined;
    const open = [];
    const walk = [node];
    while (walk.length > 0) {
        const n = walk.pop();
        if (CLOSER_OF[n.type] !== undefined)
            open.push(n);
        else if (CLOSING.has(n.type) && !n.isMissing)
            open.pop();
        else
            for (let i = n.children.length - 1; i >= 0; i--)
                walk.push(n.children[i]);
    }
    const opener = open.at(-1);
    if (!opener)
        return undefined;
    const closing = CLOSER_OF[opener.type];
    return { opener, closer: MISSING_TOKENS[closing] ?? closing };
}
function unexpected(node, text) {
    let leaf = node;
    while (leaf.children.length > 0)
        leaf = leaf.children[0];
    const found = text.slice(leaf.startIndex, leaf.endIndex) || text.slice(node.startIndex, node.endIndex);
    if (found === '')
        return 'unexpected end of file';
    const shown = found.length > 30 ? `${found.slice(0, 30)}…` : found;
    return `unexpected ${JSON.stringify(shown).slice(1, -1) === shown ? `'${shown}'` : JSON.stringify(shown)}`;
}
function missing(node, position) {
    if (node.type === 'quoted_template_end')
        return 'unterminated string';
    const opener = node.parent;
    const where = opener && CLOSERS.has(node.type) ? ` (to close line ${position(opener.startIndex).line})` : '';
    return `missing ${MISSING_TOKENS[node.type] ?? `'${node.type}'`}${where}`;
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/tree-dump.ts
const ERROR_TYPE_ID = 65535;
/** Named tokens of the grammar: never a child to look for (saves a call per leaf). */
const NAMED_TOKENS = new Set([
    'identifier',
    'numeric_lit',
    'comment',
    'heredoc_identifier',
    'template_literal',
    'quoted_template_start',
    'quoted_template_end',
    'template_interpolation_start',
    'template_interpolation_end',
    'template_directive_start',
    'template_directive_end',
    'strip_marker',
    'ellipsis',
]);
function dumpTree(tree) {
    const language = tree.language;
    const names = language.types;
    const named = [];
    const cursor = tree.walk();
    const all = [];
    /** A node with its type; its range is read later (leaves) or taken from its children. */
    const make = (parent) => {
        const typeId = cursor.nodeTypeId;
        const isError = typeId === ERROR_TYPE_ID;
        let isNamed = named[typeId];
        if (isNamed === undefined)
            isNamed = named[typeId] = isError || language.nodeTypeIsNamed(typeId);
        const node = {
            type: isError ? 'ERROR' : (names[typeId] ?? 'ERROR'),
            isNamed,
            isMissing: false,
            isError,
            hasError: false,
            startIndex: -1,
            endIndex: -1,
            children: [],
            parent,
        };
        // `.0` ends in a token tree-sitter does not list as a child: its range is read.
        if (node.type === 'legacy_index') {
            node.startIndex = cursor.startIndex;
            node.endIndex = cursor.endIndex;
        }
        parent?.children.push(node);
        all.push(node);
        return node;
    };
    /** Only leaves are asked for their range: a parent spans from its first child to its last. */
    const leaf = (node) => {
        node.startIndex = cursor.startIndex;
        node.endIndex = cursor.endIndex;
        // Only a zero-width node can be missing: ask tree-sitter only then.
        node.isMissing = node.startIndex === node.endIndex && cursor.nodeIsMissing;
    };
    try {
        const root = make(undefined);
        let current = root;
        for (;;) {
            const mayHaveChildren = current.isNamed && !NAMED_TOKENS.has(current.type);
            if (mayHaveChildren && cursor.gotoFirstChild()) {
                current = make(current);
                continue;
            }
            leaf(current);
            let moved = false;
            while (!moved) {
                if (cursor.gotoNextSibling()) {
                    current = make(current.parent);
                    moved = true;
                }
                else if (cursor.gotoParent())
                    current = current.parent;
                else
                    break;
            }
            if (!moved)
                break;
        }
        // Children were made after their parents: walking backwards reaches them first.
        for (let i = all.length - 1; i > 0; i--) {
            const node = all[i];
            const parent = node.parent;
            if (node.isError || node.isMissing || node.hasError)
                parent.hasError = true;
            if (parent.startIndex < 0 || node.startIndex < parent.startIndex)
                parent.startIndex = node.startIndex;
            if (node.endIndex > parent.endIndex)
                parent.endIndex = node.endIndex;
        }
        if (root.startIndex < 0)
            leaf(root);
        return root;
    }
    finally {
        cursor.delete();
    }
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/template.ts
/**
 * Decodes a quoted string's escapes: `\n \r \t \" \\ \uNNNN \UNNNNNNNN`, and the template escapes
 * `$${` → `${`, `%%{` → `%{`. An unknown escape is kept as written.
 */
function decodeQuoted(raw) {
    if (!raw.includes('\\'))
        return decodeTemplateEscapes(raw);
    return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|\$\$\{|%%\{/gs, (match, escape) => {
        if (escape === undefined)
            return match.slice(1);
        switch (escape[0]) {
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case '"':
                return '"';
            case '\\':
                return '\\';
            case 'u':
            case 'U': {
                const code = Number.parseInt(escape.slice(1), 16);
                return code <= 0x10ffff ? String.fromCodePoint(code) : match;
            }
            default:
                return match;
        }
    });
}
/** Heredocs and template files have only the template escapes. */
function decodeTemplateEscapes(raw) {
    return raw.includes('$${') || raw.includes('%%{') ? raw.replace(/\$\$\{|%%\{/g, (m) => m.slice(1)) : raw;
}
/**
 * Turns flat tokens into template parts: decodes escapes, applies `~` strip markers, removes the
 * common indentation of a `<<-` heredoc (HCL's rules: blank lines do not count, a line starting
 * with an interpolation or directive has no indentation), and nests directives.
 */
function buildTemplate(tokens, mode, location) {
    for (const token of tokens) {
        if (token.kind === 'literal')
            token.text = mode.quoted ? decodeQuoted(token.text) : decodeTemplateEscapes(token.text);
    }
    applyStripMarkers(tokens);
    if (mode.flush)
        flushIndentation(tokens);
    return { kind: 'template', parts: nest(tokens), heredoc: !mode.quoted, location };
}
function applyStripMarkers(tokens) {
    tokens.forEach((token, i) => {
        if (token.kind === 'literal')
            return;
        const before = tokens[i - 1];
        if (token.stripLeft && before?.kind === 'literal') {
            const body = before.text.endsWith('\n') ? before.text.slice(0, -1) : before.text;
            const lineStart = body.lastIndexOf('\n') + 1;
            before.text = before.text.slice(0, lineStart) + before.text.slice(lineStart).trimEnd();
        }
        const after = tokens[i + 1];
        if (token.stripRight && after?.kind === 'literal') {
            const newline = after.text.indexOf('\n');
            const lineEnd = newline < 0 ? after.text.length : newline + 1;
            after.text = after.text.slice(0, lineEnd).trimStart() + after.text.slice(lineEnd);
        }
    });
}
function flushIndentation(tokens) {
    // HCL: a line's indentation is its leading whitespace; blank lines do not count.
    const lines = [];
    let minSpaces = Infinity;
    let atLineStart = true;
    for (const token of tokens) {
        if (token.kind !== 'literal') {
            if (atLineStart)
                minSpaces = 0;
            atLineStart = false;
            continue;
        }
        let start = 0;
        while (start < token.text.length) {
            const newline = token.text.indexOf('\n', start);
            const end = newline < 0 ? token.text.length : newline + 1;
            if (atLineStart) {
                const segment = token.text.slice(start, end);
                const spaces = segment.length - segment.trimStart().length;
                const blank = spaces === segment.length && segment.endsWith('\n');
                if (!blank) {
                    lines.push({ token, start, spaces });
                    minSpaces = Math.min(minSpaces, spaces);
                }
            }
            atLineStart = newline >= 0;
            start = end;
        }
    }
    if (!Number.isFinite(minSpaces) || minSpaces === 0)
        return;
    // Cut from the last line of each token first so earlier start indexes stay valid.
    for (const line of lines.reverse()) {
        const text = line.token.text;
        line.token.text = text.slice(0, line.start) + text.slice(line.start + minSpaces);
    }
}
function nest(tokens) {
    const root = { parts: [], kind: 'root' };
    const stack = [root];
    const top = () => stack[stack.length - 1];
    for (const token of tokens) {
        switch (token.kind) {
            case 'literal':
                if (token.text !== '')
                    top().parts.push({ kind: 'literal', text: token.text, location: token.location });
                break;
            case 'interpolation':
                top().parts.push({ kind: 'interpolation', expr: token.expr, location: token.location });
                break;
            case 'if': {
                const part = {
                    kind: 'if',
                    condition: token.condition,
                    then: [],
                    else: [],
                    location: token.location,
                };
                top().parts.push(part);
                stack.push({ parts: part.then, elseParts: part.else, kind: 'if' });
                break;
            }
            case 'else': {
                const frame = top();
                if (frame.kind === 'if' && frame.elseParts) {
                    stack.pop();
                    stack.push({ parts: frame.elseParts, kind: 'if' });
                }
                break;
            }
            case 'for': {
                const part = {
                    kind: 'for',
                    ...(token.keyVar !== undefined ? { keyVar: token.keyVar } : {}),
                    valueVar: token.valueVar,
                    collection: token.collection,
                    body: [],
                    location: token.location,
                };
                top().parts.push(part);
                stack.push({ parts: part.body, kind: 'for' });
                break;
            }
            case 'endif':
            case 'endfor':
                if (stack.length > 1 && top().kind === (token.kind === 'endif' ? 'if' : 'for'))
                    stack.pop();
                break;
        }
    }
    return mergeLiterals(root.parts);
}
function mergeLiterals(parts) {
    const out = [];
    for (const part of parts) {
        const last = out[out.length - 1];
        if (part.kind === 'literal' && last?.kind === 'literal')
            out[out.length - 1] = { ...last, text: last.text + part.text };
        else
            out.push(part);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/parse.ts



/** Deeper nesting than this is reported as an error rather than walked (no stack overflow). */
const MAX_DEPTH = 200;
const BINARY_PRECEDENCE = {
    '||': 1,
    '&&': 2,
    '==': 3,
    '!=': 3,
    '>': 4,
    '>=': 4,
    '<': 4,
    '<=': 4,
    '+': 5,
    '-': 5,
    '*': 6,
    '/': 6,
    '%': 6,
};
/** After this many restarts in one file, what follows the last error is not read. */
const MAX_RESYNCS = 20;
/** A line that opens a top-level block (`resource "a" "b" {`): where parsing can start again. */
const TOP_LEVEL_BLOCK = /^[A-Za-z_][\w-]*(?:[ \t]+(?:"[^"\n]*"|[A-Za-z_][\w-]*))*[ \t]*\{/;
/**
 * Parses a file. tree-sitter's recovery with this grammar often lets one error swallow the rest of
 * the file (an odd token can open a heredoc that never ends), so after an error parsing starts
 * again at the next top-level block opener: blocks after a broken one are still read.
 */
function convertFile(parse, text, file) {
    const result = { file, body: { attributes: [], blocks: [] }, errors: [], comments: [] };
    let offset = 0;
    let lineShift = 0;
    for (let round = 0;; round++) {
        const chunk = convertChunk(parse, offset === 0 ? text : text.slice(offset), file, lineShift);
        const firstError = chunk.errors[0]?.line;
        const resync = firstError !== undefined && round < MAX_RESYNCS ? nextBlockStart(text, firstError) : undefined;
        const before = (line) => resync === undefined || line < resync.line;
        result.body.attributes.push(...chunk.body.attributes.filter((a) => before(a.end.line)));
        result.body.blocks.push(...chunk.body.blocks.filter((b) => before(b.endLine)));
        result.comments.push(...chunk.comments.filter((c) => before(c.endLine)));
        result.errors.push(...chunk.errors.filter((e) => before(e.line ?? 0)));
        if (!resync)
            break;
        offset = resync.offset;
        lineShift = resync.line - 1;
    }
    result.errors.push(...duplicateAttributes(result.body, file));
    result.errors = capErrors(sortErrors(result.errors), file);
    return result;
}
/** The first top-level block opener on a line after `errorLine` (1-based, file lines). */
function nextBlockStart(text, errorLine) {
    // Find the offset of the line after the error, then scan line starts from there.
    let line = 1;
    let offset = 0;
    while (line <= errorLine) {
        const newline = text.indexOf('\n', offset);
        if (newline < 0)
            return undefined;
        offset = newline + 1;
        line++;
    }
    while (offset < text.length) {
        const newline = text.indexOf('\n', offset);
        const end = newline < 0 ? text.length : newline;
        if (TOP_LEVEL_BLOCK.test(text.slice(offset, Math.min(end, offset + 500))))
            return { line, offset };
        if (newline < 0)
            return undefined;
        offset = newline + 1;
        line++;
    }
    return undefined;
}
function convertChunk(parse, text, file, lineShift) {
    const tree = safeParse(parse, text);
    if (!tree)
        return failed(file, `could not parse ${file}`);
    try {
        const converter = new Converter(text, file, lineShift);
        const root = dumpTree(tree);
        const errors = root.hasError || root.isError ? syntaxErrors(root, file, text, (index) => converter.pos(index)) : [];
        const body = { attributes: [], blocks: [] };
        for (const child of converter.kids(root)) {
            if (child.type === 'body') {
                const converted = converter.body(child, 0);
                body.attributes.push(...converted.attributes);
                body.blocks.push(...converted.blocks);
            }
            else if (child.type === 'object') {
                // A JSON-style `{ … }` at the top (some .tfvars): its items become attributes.
                body.attributes.push(...converter.objectAsAttributes(child));
            }
        }
        errors.push(...converter.errors);
        converter.comments.sort((a, b) => a.line - b.line || a.column - b.column);
        return { file, body, errors: sortErrors(errors), comments: converter.comments };
    }
    finally {
        tree.delete();
    }
}
/**
 * A template file is parsed as the content of a heredoc (same grammar, same escapes: only `$${`
 * and `%%{`), with a closing marker that does not occur in the text; lines are shifted back.
 */
function convertTemplate(parse, text, file) {
    let marker = 'VEEAM_IAM_GATE_TEMPLATE_END';
    while (text.includes(marker))
        marker += '_';
    const endsWithNewline = text === '' || text.endsWith('\n');
    const wrapped = `x = <<${marker}\n${text}${endsWithNewline ? '' : '\n'}${marker}\n`;
    const start = { file, line: 1, column: 1 };
    const tree = safeParse(parse, wrapped);
    if (!tree)
        return { file, template: emptyTemplate(start), errors: [{ file, message: `could not parse ${file}` }] };
    try {
        const converter = new Converter(wrapped, file, -1);
        const root = dumpTree(tree);
        const errors = root.hasError || root.isError ? syntaxErrors(root, file, wrapped, (index) => converter.pos(index)) : [];
        const heredoc = findFirst(root, 'heredoc_template');
        let template = heredoc ? converter.heredoc(heredoc, 0) : emptyTemplate(start);
        if (!endsWithNewline)
            template = dropFinalNewline(template);
        delete template.end; // a position in the wrapper, not in the template file
        // Errors tree-sitter places on the wrapper's lines are put on the template's first or last line.
        const lastLine = text.split('\n').length;
        const located = [...errors, ...converter.errors].map((error) => {
            const line = error.line ?? 1;
            if (line >= 1 && line <= lastLine)
                return error;
            const at = line < 1 ? { line: 1, column: 1 } : { line: lastLine, column: 1 };
            const problem = line < 1
                ? 'the template cannot be parsed (an unclosed ${ or %{?)'
                : error.message.replace(/^.*? at \d+:\d+: /, '');
            return { file, ...at, message: `syntax error in ${file} at ${at.line}:${at.column}: ${problem}` };
        });
        return { file, template: { ...template, location: start }, errors: sortErrors(located) };
    }
    finally {
        tree.delete();
    }
}
class Converter {
    text;
    file;
    lineShift;
    comments = [];
    errors = [];
    lineStarts = [0];
    constructor(text, file, 
    /** Added to every line (the template wrapper's extra first line). */
    lineShift) {
        this.text = text;
        this.file = file;
        this.lineShift = lineShift;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.lineStarts.push(i + 1);
    }
    /** Children with comments taken out (and recorded). */
    kids(node) {
        const out = [];
        for (const child of node.children) {
            if (child.type === 'comment')
                this.comment(child);
            else
                out.push(child);
        }
        return out;
    }
    body(node, depth) {
        const body = { attributes: [], blocks: [] };
        if (depth > MAX_DEPTH) {
            this.tooDeep(node);
            return body;
        }
        for (const child of this.kids(node)) {
            if (child.type === 'attribute') {
                const attribute = this.attribute(child, depth);
                if (attribute)
                    body.attributes.push(attribute);
            }
            else if (child.type === 'block') {
                const block = this.block(child, depth);
                if (block)
                    body.blocks.push(block);
            }
        }
        return body;
    }
    attribute(node, depth) {
        const kids = this.kids(node);
        const name = kids[0];
        const value = kids.find((k) => k.type === 'expression');
        if (!name || name.type !== 'identifier')
            return undefined;
        const location = this.loc(node);
        return {
            name: this.src(name),
            expr: value ? this.expr(value, depth + 1) : this.invalid('missing value', location),
            location,
            end: this.pos(node.endIndex),
        };
    }
    block(node, depth) {
        const kids = this.kids(node);
        const type = kids[0];
        if (!type || type.type !== 'identifier')
            return undefined;
        const labels = [];
        let body = { attributes: [], blocks: [] };
        let endLine = this.pos(node.endIndex).line;
        for (const child of kids.slice(1)) {
            if (child.type === 'identifier')
                labels.push(this.src(child));
            else if (child.type === 'string_lit')
                labels.push(this.stringLit(child));
            else if (child.type === 'body')
                body = this.body(child, depth + 1);
            else if (child.type === 'block_end' && !child.isMissing)
                endLine = this.pos(child.startIndex).line;
        }
        return {
            type: this.src(type),
            labels,
            body,
            location: this.loc(node),
            endLine,
            end: this.pos(node.endIndex),
        };
    }
    objectAsAttributes(node) {
        const object = this.collection(node, 1);
        if (object.kind !== 'object')
            return [];
        const out = [];
        for (const item of object.items) {
            if (item.key.kind === 'literal' && typeof item.key.value === 'string') {
                out.push({ name: item.key.value, expr: item.value, location: item.location, end: item.location });
            }
        }
        return out;
    }
    /** An `expression` node, or any node that stands for one. */
    expr(node, depth) {
        if (depth > MAX_DEPTH)
            return this.tooDeep(node);
        if (node.type === 'expression') {
            const kids = this.kids(node);
            if (kids.length === 1 && kids[0].type === 'conditional')
                return this.conditional(kids[0], depth + 1);
            return this.term(kids, node, depth + 1);
        }
        return this.term([node], node, depth + 1);
    }
    /** A primary followed by `[index]`, `.attr`, `.0`, `.*` / `[*]` postfixes. */
    term(kids, whole, depth) {
        if (depth > MAX_DEPTH)
            return this.tooDeep(whole);
        const first = kids[0];
        if (!first)
            return this.invalid('missing expression', this.loc(whole));
        let index = 1;
        let expr;
        if (first.type === '(') {
            const inner = kids[1];
            expr = {
                kind: 'paren',
                expr: inner ? this.expr(inner, depth + 1) : this.invalid('missing expression', this.loc(first)),
                location: this.loc(first),
            };
            index = kids[2]?.type === ')' ? 3 : 2;
        }
        else
            expr = this.primary(first, depth + 1);
        for (; index < kids.length; index++) {
            const postfix = kids[index];
            if (postfix.type === 'splat')
                expr = this.splat(expr, postfix, depth + 1);
            else {
                const step = this.step(postfix, depth + 1);
                if (!step)
                    expr = this.invalid(`unexpected ${this.describe(postfix)}`, this.loc(postfix));
                else if (expr.kind === 'traversal')
                    expr.steps.push(step);
                else if (step.kind === 'attr')
                    expr = { kind: 'getattr', target: expr, name: step.name, location: expr.location };
                else
                    expr = { kind: 'index', target: expr, key: step.key, location: expr.location };
            }
        }
        return expr;
    }
    primary(node, depth) {
        const location = this.loc(node);
        switch (node.type) {
            case 'literal_value':
                return this.literal(node);
            case 'variable_expr':
                return { kind: 'traversal', root: this.src(node), steps: [], location };
            case 'template_expr': {
                const inner = this.kids(node)[0];
                if (inner?.type === 'heredoc_template')
                    return this.heredoc(inner, depth);
                if (inner?.type === 'quoted_template')
                    return this.quoted(inner, depth);
                return this.invalid('unexpected template', location);
            }
            case 'collection_value': {
                const inner = this.kids(node)[0];
                return inner ? this.collection(inner, depth) : this.invalid('missing collection', location);
            }
            case 'function_call':
                return this.call(node, depth);
            case 'for_expr': {
                const inner = this.kids(node)[0];
                return inner ? this.forExpr(inner, depth) : this.invalid('missing for expression', location);
            }
            case 'operation':
                return this.operation(node, depth);
            case 'conditional':
                return this.conditional(node, depth);
            case 'expression':
                return this.expr(node, depth);
            default:
                return this.invalid(`unexpected ${this.describe(node)}`, location);
        }
    }
    literal(node) {
        const location = this.loc(node);
        const end = this.pos(node.endIndex);
        const inner = this.kids(node)[0];
        if (!inner)
            return this.invalid('missing literal', location);
        switch (inner.type) {
            case 'numeric_lit':
                return { kind: 'literal', value: Number(this.src(inner)), location, end };
            case 'bool_lit':
                return { kind: 'literal', value: this.src(inner) === 'true', location, end };
            case 'null_lit':
                return { kind: 'literal', value: null, location, end };
            case 'string_lit':
                return { kind: 'literal', value: this.stringLit(inner), location, end };
            default:
                return this.invalid(`unexpected ${this.describe(inner)}`, location);
        }
    }
    /** The decoded content of a `"…"` literal (between its quote tokens). */
    stringLit(node) {
        const kids = node.children;
        const open = kids[0];
        const close = kids[kids.length - 1];
        if (!open || !close || kids.length < 2)
            return '';
        return decodeQuoted(this.text.slice(open.endIndex, close.isMissing ? node.endIndex : close.startIndex));
    }
    step(node, depth) {
        const location = this.loc(node);
        if (node.type === 'get_attr') {
            const name = this.kids(node).find((k) => k.type === 'identifier');
            return name ? { kind: 'attr', name: this.src(name), location } : undefined;
        }
        if (node.type === 'index') {
            const inner = this.kids(node)[0];
            if (inner?.type === 'legacy_index') {
                // `.0`: the digits are an anonymous token tree-sitter does not list as a child.
                return {
                    kind: 'index',
                    key: { kind: 'literal', value: Number(this.src(inner).slice(1)), location },
                    location,
                };
            }
            if (inner?.type === 'new_index') {
                const key = this.kids(inner).find((k) => k.type === 'expression');
                return {
                    kind: 'index',
                    key: key ? this.expr(key, depth) : this.invalid('missing index', location),
                    location,
                };
            }
        }
        return undefined;
    }
    splat(target, node, depth) {
        const inner = this.kids(node)[0];
        const steps = [];
        for (const child of inner ? this.kids(inner).slice(1) : []) {
            const step = this.step(child, depth);
            if (step)
                steps.push(step);
        }
        return {
            kind: 'splat',
            form: inner?.type === 'attr_splat' ? 'attr' : 'full',
            target,
            steps,
            location: target.location,
        };
    }
    collection(node, depth) {
        const location = this.loc(node);
        const kids = this.kids(node);
        if (node.type === 'tuple') {
            return {
                kind: 'tuple',
                items: kids.filter((k) => k.type === 'expression').map((k) => this.expr(k, depth)),
                location,
                end: this.pos(node.endIndex),
            };
        }
        if (node.type === 'object') {
            const items = [];
            for (const elem of kids) {
                if (elem.type !== 'object_elem')
                    continue;
                const parts = this.kids(elem).filter((k) => k.type === 'expression');
                const [key, value] = parts;
                if (!key)
                    continue;
                items.push({
                    key: this.objectKey(key, depth),
                    value: value ? this.expr(value, depth) : this.invalid('missing value', this.loc(elem)),
                    location: this.loc(elem),
                });
            }
            return { kind: 'object', items, location, end: this.pos(node.endIndex) };
        }
        return this.invalid(`unexpected ${this.describe(node)}`, location);
    }
    /** A bare identifier key is its name as a string (HCL); anything else is an expression. */
    objectKey(node, depth) {
        const kids = this.kids(node);
        if (kids.length === 1 && kids[0].type === 'variable_expr') {
            return { kind: 'literal', value: this.src(kids[0]), location: this.loc(kids[0]) };
        }
        return this.expr(node, depth);
    }
    call(node, depth) {
        const kids = this.kids(node);
        const args = [];
        let expandFinal = false;
        const argsNode = kids.find((k) => k.type === 'function_arguments');
        for (const arg of argsNode ? this.kids(argsNode) : []) {
            if (arg.type === 'expression')
                args.push(this.expr(arg, depth));
            else if (arg.type === 'ellipsis')
                expandFinal = true;
        }
        return {
            kind: 'call',
            name: kids[0] ? this.src(kids[0]) : '',
            args,
            expandFinal,
            location: this.loc(node),
            end: this.pos(node.endIndex),
        };
    }
    forExpr(node, depth) {
        const location = this.loc(node);
        const kids = this.kids(node);
        const intro = kids.find((k) => k.type === 'for_intro');
        if (!intro)
            return this.invalid('missing for clause', location);
        const introKids = this.kids(intro);
        const names = introKids.filter((k) => k.type === 'identifier').map((k) => this.src(k));
        const collectionNode = introKids.find((k) => k.type === 'expression');
        const exprs = kids.filter((k) => k.type === 'expression');
        const cond = kids.find((k) => k.type === 'for_cond');
        const condExpr = cond ? this.kids(cond).find((k) => k.type === 'expression') : undefined;
        const object = node.type === 'for_object_expr';
        const valueNode = object ? exprs[1] : exprs[0];
        return {
            kind: 'for',
            form: object ? 'object' : 'tuple',
            ...(names.length > 1 ? { keyVar: names[0] } : {}),
            valueVar: names[names.length - 1] ?? '',
            collection: collectionNode
                ? this.expr(collectionNode, depth)
                : this.invalid('missing collection', location),
            ...(object && exprs[0] ? { keyExpr: this.expr(exprs[0], depth) } : {}),
            valueExpr: valueNode ? this.expr(valueNode, depth) : this.invalid('missing value', location),
            ...(condExpr ? { condition: this.expr(condExpr, depth) } : {}),
            grouping: kids.some((k) => k.type === 'ellipsis'),
            location,
        };
    }
    /**
     * tree-sitter gives `a ? b : c ? d : e` as `(a ? b : c) ? d : e`; HCL's conditional is right
     * associative, so a bare (unparenthesised) conditional in the condition is rotated.
     */
    conditional(node, depth) {
        const location = this.loc(node);
        const parts = this.kids(node).filter((k) => k.type === 'expression');
        const [condition, then, otherwise] = parts.map((p) => this.expr(p, depth + 1));
        if (!condition || !then || !otherwise)
            return this.invalid('incomplete conditional', location);
        return rotateConditional(condition, then, otherwise, location);
    }
    /**
     * Unary and binary operations. tree-sitter inlines each operand's pieces into the operation
     * node (split at the operator token): the whole chain is flattened, then rebuilt with HCL's
     * precedence, left associative; unary operators bind tighter than any binary one.
     */
    operation(node, depth) {
        const operands = [];
        const operators = [];
        this.flatten(node, operands, operators, depth);
        if (operands.length !== operators.length + 1)
            return this.invalid('incomplete operation', this.loc(node));
        // Precedence climbing: operand k stands before operator k.
        let position = 0;
        const precedence = (at) => BINARY_PRECEDENCE[operators[at].op];
        const climb = (start, minPrecedence) => {
            let left = start;
            while (position < operators.length && precedence(position) >= minPrecedence) {
                const { op } = operators[position];
                const own = precedence(position);
                position++;
                let right = operands[position];
                while (position < operators.length && precedence(position) > own)
                    right = climb(right, own + 1);
                left = { kind: 'binary', op, left, right, location: left.location };
            }
            return left;
        };
        return climb(operands[0], 0);
    }
    flatten(node, operands, operators, depth) {
        if (depth > MAX_DEPTH) {
            operands.push(this.tooDeep(node));
            return;
        }
        const inner = node.type === 'operation' ? this.kids(node)[0] : node;
        if (!inner) {
            operands.push(this.invalid('missing operation', this.loc(node)));
            return;
        }
        const kids = this.kids(inner);
        if (inner.type === 'unary_operation') {
            const op = kids[0].type;
            const firstOperand = operands.length;
            this.side(kids.slice(1), inner, operands, operators, depth + 1);
            const operand = operands[firstOperand];
            if (operand)
                operands[firstOperand] = { kind: 'unary', op, operand, location: this.loc(kids[0]) };
            return;
        }
        if (inner.type !== 'binary_operation') {
            operands.push(this.invalid(`unexpected ${this.describe(inner)}`, this.loc(inner)));
            return;
        }
        const at = kids.findIndex((k, i) => i > 0 && !k.isNamed && k.type in BINARY_PRECEDENCE);
        if (at < 0) {
            operands.push(this.invalid('missing operator', this.loc(inner)));
            return;
        }
        this.side(kids.slice(0, at), inner, operands, operators, depth + 1);
        operators.push({ op: kids[at].type, location: this.loc(kids[at]) });
        this.side(kids.slice(at + 1), inner, operands, operators, depth + 1);
    }
    side(kids, parent, operands, operators, depth) {
        if (kids.length === 1 && kids[0].type === 'operation')
            this.flatten(kids[0], operands, operators, depth);
        else if (kids.length === 0)
            operands.push(this.invalid('missing operand', this.loc(parent)));
        else
            operands.push(this.term(kids, parent, depth));
    }
    quoted(node, depth) {
        const kids = node.children;
        const open = kids[0];
        const close = kids[kids.length - 1];
        const end = close.type === 'quoted_template_end' && !close.isMissing ? close.startIndex : node.endIndex;
        const tokens = this.templateTokens(kids, open.endIndex, this.pos(open.endIndex), end, depth);
        const template = buildTemplate(tokens, { quoted: true, flush: false }, this.loc(node));
        const only = template.parts[0];
        const last = this.pos(node.endIndex);
        if (template.parts.length === 0)
            return { kind: 'literal', value: '', location: template.location, end: last };
        if (template.parts.length === 1 && only?.kind === 'literal')
            return { kind: 'literal', value: only.text, location: template.location, end: last };
        return { ...template, end: last };
    }
    heredoc(node, depth) {
        const location = this.loc(node);
        const kids = node.children;
        const flush = (kids[0] ? this.src(kids[0]) : '') === '<<-';
        const ids = kids.filter((k) => k.type === 'heredoc_identifier');
        const opener = ids[0];
        const closer = ids.length > 1 ? ids[ids.length - 1] : undefined;
        if (!opener)
            return emptyTemplate(location);
        const newline = this.text.indexOf('\n', opener.endIndex);
        const start = newline < 0 ? this.text.length : newline + 1;
        const end = closer
            ? Math.max(start, this.text.lastIndexOf('\n', closer.startIndex - 1) + 1)
            : node.endIndex;
        const startPosition = this.pos(start);
        const tokens = this.templateTokens(kids, start, startPosition, end, depth);
        return { ...buildTemplate(tokens, { quoted: false, flush }, location), end: this.pos(node.endIndex) };
    }
    /**
     * The template's pieces in order: the literal text between interpolations and directives is
     * taken from the source (tree-sitter drops whitespace from its literal nodes), the rest is
     * converted. Directives are flattened into their tags; `buildTemplate` nests them again.
     */
    templateTokens(kids, from, fromPosition, to, depth) {
        const tokens = [];
        let cursor = from;
        let cursorPosition = fromPosition;
        const literalUntil = (index) => {
            if (index > cursor)
                tokens.push({
                    kind: 'literal',
                    text: this.text.slice(cursor, index),
                    location: this.at(cursorPosition),
                });
        };
        const visit = (node) => {
            if (node.startIndex < cursor || node.endIndex > to)
                return;
            if (node.type === 'template_interpolation' || isDirectiveTag(node.type)) {
                literalUntil(node.startIndex);
                tokens.push(this.templateTag(node, depth));
                cursor = node.endIndex;
                cursorPosition = this.pos(node.endIndex);
            }
            else if (node.type === 'template_directive' ||
                node.type === 'template_if' ||
                node.type === 'template_for') {
                for (const child of node.children)
                    visit(child);
            }
        };
        for (const child of kids)
            visit(child);
        literalUntil(to);
        return tokens;
    }
    templateTag(node, depth) {
        const location = this.loc(node);
        const kids = node.children;
        const stripLeft = kids[1]?.type === 'strip_marker';
        const stripRight = kids.length > 2 && kids[kids.length - 2]?.type === 'strip_marker';
        const strip = { stripLeft, stripRight: stripRight && !(stripLeft && kids.length === 3) };
        const expression = kids.find((k) => k.type === 'expression');
        const expr = () => expression ? this.expr(expression, depth + 1) : this.invalid('missing expression', location);
        switch (node.type) {
            case 'template_interpolation':
                return { kind: 'interpolation', expr: expr(), location, ...strip };
            case 'template_if_intro':
                return { kind: 'if', condition: expr(), location, ...strip };
            case 'template_else_intro':
                return { kind: 'else', location, ...strip };
            case 'template_if_end':
                return { kind: 'endif', location, ...strip };
            case 'template_for_start': {
                const names = kids.filter((k) => k.type === 'identifier').map((k) => this.src(k));
                return {
                    kind: 'for',
                    ...(names.length > 1 ? { keyVar: names[0] } : {}),
                    valueVar: names[names.length - 1] ?? '',
                    collection: expr(),
                    location,
                    ...strip,
                };
            }
            default:
                return { kind: 'endfor', location, ...strip };
        }
    }
    comment(node) {
        const start = this.pos(node.startIndex);
        this.comments.push({
            line: start.line,
            column: start.column,
            endLine: this.pos(node.endIndex).line,
            text: this.src(node),
        });
    }
    tooDeep(node) {
        const location = this.loc(node);
        this.errors.push({
            file: this.file,
            line: location.line,
            column: location.column,
            message: `syntax error in ${this.file} at ${location.line}:${location.column}: nested more than ${MAX_DEPTH} levels deep`,
        });
        return this.invalid('nested too deeply', location);
    }
    invalid(reason, location) {
        return { kind: 'invalid', reason, location };
    }
    /** Line and column of an offset: a binary search in the line starts (no call into wasm). */
    pos(index) {
        const starts = this.lineStarts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= index)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1 + this.lineShift, column: index - starts[low] + 1 };
    }
    /** The source text of a node. */
    src(node) {
        return this.text.slice(node.startIndex, node.endIndex);
    }
    describe(node) {
        const text = this.src(node);
        return `'${text.length > 20 ? `${text.slice(0, 20)}…` : text}'`;
    }
    at(position) {
        return { file: this.file, line: position.line, column: position.column };
    }
    loc(node) {
        return this.at(this.pos(node.startIndex));
    }
}
function rotateConditional(condition, then, otherwise, location) {
    if (condition.kind !== 'conditional')
        return { kind: 'conditional', condition, then, else: otherwise, location };
    return {
        kind: 'conditional',
        condition: condition.condition,
        then: condition.then,
        else: rotateConditional(condition.else, then, otherwise, condition.else.location),
        location: condition.location,
    };
}
function isDirectiveTag(type) {
    return (type === 'template_if_intro' ||
        type === 'template_else_intro' ||
        type === 'template_if_end' ||
        type === 'template_for_start' ||
        type === 'template_for_end');
}
function findFirst(root, type) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === type)
            return node;
        for (let i = node.children.length - 1; i >= 0; i--)
            stack.push(node.children[i]);
    }
    return undefined;
}
function emptyTemplate(location) {
    return { kind: 'template', parts: [], heredoc: true, location };
}
function dropFinalNewline(template) {
    const parts = [...template.parts];
    const last = parts[parts.length - 1];
    if (last?.kind === 'literal' && last.text.endsWith('\n')) {
        const text = last.text.slice(0, -1);
        if (text === '')
            parts.pop();
        else
            parts[parts.length - 1] = { ...last, text };
    }
    return { ...template, parts };
}
function duplicateAttributes(body, file) {
    const errors = [];
    const stack = [body];
    while (stack.length > 0) {
        const current = stack.pop();
        const seen = new Map();
        for (const attribute of current.attributes) {
            const first = seen.get(attribute.name);
            const { line, column } = attribute.location;
            if (first !== undefined) {
                errors.push({
                    file,
                    line,
                    column,
                    message: `duplicate attribute '${attribute.name}' in ${file} at ${line}:${column} (first set at line ${first})`,
                });
            }
            else
                seen.set(attribute.name, line);
        }
        for (const block of current.blocks)
            stack.push(block.body);
    }
    return errors;
}
function sortErrors(errors) {
    return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function safeParse(parse, text) {
    try {
        return parse(text);
    }
    catch {
        return null;
    }
}
function failed(file, message) {
    return {
        file,
        body: { attributes: [], blocks: [] },
        errors: [{ file, line: 1, column: 1, message }],
        comments: [],
    };
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/load.ts


let loading;
/**
 * Loads web-tree-sitter and the Terraform grammar the first time it is called (a run without `.tf`
 * files pays nothing), then returns the same reader. `wasm` is for tests that bring their own bytes.
 */
function loadHcl(wasm = readHclWasm) {
    loading ??= create(wasm).catch((error) => {
        loading = undefined;
        throw error;
    });
    return loading;
}
async function create(wasm) {
    // Imported here, not at the top: the runtime's code is its own chunk of the bundle, read only
    // by runs that meet a .tf file.
    const [{ default: treeSitter }, { runtime, grammar }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(551), __webpack_require__.e(916)]).then(__webpack_require__.t.bind(__webpack_require__, 4916, 23)),
        wasm(),
    ]);
    await treeSitter.Parser.init({ wasmBinary: runtime });
    const language = await treeSitter.Language.load(grammar);
    const parser = new treeSitter.Parser();
    parser.setLanguage(language);
    const treeParser = (text) => parser.parse(text);
    return {
        parse: (text, file) => convertFile(treeParser, text, file),
        parseTemplate: (text, file) => convertTemplate(treeParser, text, file),
        parseOnly: (text) => parser.parse(text)?.delete(),
    };
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/eval-error.ts
/**
 * A failed evaluation (Terraform would reject the configuration): thrown inside the evaluator so
 * `try`/`can` can catch it, and turned into an error-unknown at the top of `evaluate`.
 */
class EvalError extends Error {
    location;
    name = 'EvalError';
    constructor(message, location) {
        super(message);
        this.location = location;
    }
}
/** Evaluation ran past its budget (a huge `for`, a recursive template): an error, not a hang. */
class EvalLimitError extends EvalError {
    name = 'EvalLimitError';
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/convert.ts


function isSymbolic(value) {
    return isUnknown(value) || isRef(value) || isSymbolicString(value);
}
/** Terraform's number → string conversion (shortest form, no exponent for ordinary numbers). */
function numberToString(value) {
    if (Number.isInteger(value) && Math.abs(value) < 1e21)
        return value.toFixed(0);
    return String(value);
}
/**
 * Converts a primitive to a string as Terraform does (numbers and bools convert); symbolic
 * strings, refs and unknowns are returned as they are; anything else is an error.
 */
function toStringValue(value, what, location) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return numberToString(value);
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (isSymbolic(value))
        return value;
    if (value === null)
        throw new EvalError(`${what}: null value cannot be used as a string`, location);
    throw new EvalError(`${what}: a ${typeName(value)} cannot be used as a string`, location);
}
/** A known string, or throws; symbolic values are handed back for the caller to propagate. */
function toNumberValue(value, what, location) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string') {
        const trimmed = value.trim();
        const parsed = trimmed === '' ? Number.NaN : Number(trimmed);
        if (Number.isNaN(parsed))
            throw new EvalError(`${what}: '${value}' is not a number`, location);
        return parsed;
    }
    if (isSymbolic(value))
        return isUnknown(value)
            ? value
            : {
                unresolved: true,
                reason: `${what}: a reference is not a known number`,
                ...(location ? { location } : {}),
            };
    throw new EvalError(`${what}: a ${typeName(value)} is not a number`, location);
}
function toBoolValue(value, what, location) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    if (isUnknown(value))
        return value;
    if (isRef(value) || isSymbolicString(value)) {
        return {
            unresolved: true,
            reason: `${what}: depends on a value known only after apply`,
            ...(location ? { location } : {}),
        };
    }
    throw new EvalError(`${what}: a ${typeName(value)} is not a bool`, location);
}
/** Deep equality of known values; undefined when an unknown or reference decides it. */
function equalValues(a, b) {
    if (isSymbolic(a) || isSymbolic(b)) {
        if (isRef(a) && isRef(b) && a.ref === b.ref && a.attribute === b.attribute)
            return true;
        return undefined;
    }
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
        if (typeof a === 'number' && typeof b === 'number')
            return a === b;
        return a === b;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length)
            return false;
        let result = true;
        for (let i = 0; i < a.length; i++) {
            const same = equalValues(a[i], b[i]);
            if (same === false)
                return false;
            if (same === undefined)
                result = undefined;
        }
        return result;
    }
    if (isMap(a) && isMap(b)) {
        if (a.size !== b.size)
            return false;
        let result = true;
        for (const [key, value] of a) {
            if (!b.has(key))
                return false;
            const same = equalValues(value, b.get(key));
            if (same === false)
                return false;
            if (same === undefined)
                result = undefined;
        }
        return result;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/functions/args.ts



/**
 * Thrown by the argument readers when an argument is known only after apply (a reference, a
 * symbolic string) where the function needs a known value: the call's result is this unknown.
 */
class NotKnown {
    value;
    constructor(value) {
        this.value = value;
    }
}
function notKnown(name, what, location) {
    return new NotKnown(unknown(`${name}(): ${what} is known only after apply`, location));
}
/** A known string argument (numbers and bools convert). */
function stringArg(args, index, context, name) {
    const value = toStringValue(args[index] ?? null, `${name}() argument ${index + 1}`, context.location);
    if (typeof value !== 'string')
        throw isUnknown(value) ? new NotKnown(value) : notKnown(name, `argument ${index + 1}`, context.location);
    return value;
}
function numberArg(args, index, context, name) {
    const value = toNumberValue(args[index] ?? null, `${name}() argument ${index + 1}`, context.location);
    if (typeof value !== 'number')
        throw isUnknown(value) ? new NotKnown(value) : notKnown(name, `argument ${index + 1}`, context.location);
    return value;
}
/** A list, set or tuple argument (elements may be unknown). */
function listArg(args, index, context, name) {
    const value = args[index] ?? null;
    if (Array.isArray(value))
        return value;
    if (isUnknown(value))
        throw new NotKnown(value);
    if (isSymbolic(value))
        throw notKnown(name, `argument ${index + 1}`, context.location);
    throw new EvalError(`${name}() argument ${index + 1} must be a list, not a ${typeName(value)}`, context.location);
}
function mapArg(args, index, context, name) {
    const value = args[index] ?? null;
    if (isMap(value))
        return value;
    if (isUnknown(value))
        throw new NotKnown(value);
    if (isSymbolic(value))
        throw notKnown(name, `argument ${index + 1}`, context.location);
    throw new EvalError(`${name}() argument ${index + 1} must be a map or object, not a ${typeName(value)}`, context.location);
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/functions/collections.ts




const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** An unknown element makes a result whose length or order depends on it unknown. */
function firstUnknown(items) {
    return items.find((item) => isUnknown(item));
}
function dedupe(items) {
    const out = [];
    for (const item of items)
        if (!out.some((seen) => equalValues(seen, item) === true))
            out.push(item);
    return out;
}
/** Terraform orders a set of strings lexically and numbers by value; symbolic elements go last. */
function setOrder(items) {
    const known = items.filter((item) => !isSymbolic(item));
    const symbolic = items.filter((item) => isSymbolic(item));
    if (known.every((item) => typeof item === 'number'))
        known.sort((a, b) => a - b);
    else if (known.every((item) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')) {
        const strings = known.map((item) => toStringValue(item, 'set element'));
        strings.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        return [...strings, ...symbolic];
    }
    return [...known, ...symbolic];
}
const collectionFunctions = {
    concat: {
        min: 0,
        max: Infinity,
        call: (args, context, name) => {
            const out = [];
            args.forEach((_, i) => out.push(...listArg(args, i, context, name)));
            context.spend(out.length);
            return out;
        },
    },
    merge: {
        min: 0,
        max: Infinity,
        call: (args, context, name) => {
            const out = new Map();
            args.forEach((arg, i) => {
                if (arg === null)
                    return;
                for (const [key, value] of mapArg(args, i, context, name))
                    out.set(key, value);
            });
            context.spend(out.size);
            return makeMap(out);
        },
    },
    flatten: {
        min: 1,
        max: 1,
        call: (args, context, name) => {
            const out = [];
            const walk = (items) => {
                for (const item of items) {
                    context.spend(1);
                    if (isUnknown(item))
                        throw new NotKnown(unknown(`flatten(): an element is unknown (${item.reason})`, context.location));
                    if (Array.isArray(item))
                        walk(item);
                    else
                        out.push(item);
                }
            };
            walk(listArg(args, 0, context, name));
            return out;
        },
    },
    distinct: {
        min: 1,
        max: 1,
        call: (args, context, name) => {
            const items = listArg(args, 0, context, name);
            const open = firstUnknown(items);
            if (open)
                return open;
            context.spend(items.length * items.length);
            return dedupe(items);
        },
    },
    toset: {
        min: 1,
        max: 1,
        call: (args, context, name) => {
            const items = listArg(args, 0, context, name);
            const open = firstUnknown(items);
            if (open)
                return open;
            context.spend(items.length * items.length);
            return setOrder(dedupe(items));
        },
    },
    tolist: { min: 1, max: 1, call: (args, context, name) => listArg(args, 0, context, name) },
    tomap: { min: 1, max: 1, call: (args, context, name) => mapArg(args, 0, context, name) },
    length: {
        min: 1,
        max: 1,
        call: (args, context, name) => {
            const value = args[0] ?? null;
            if (Array.isArray(value))
                return value.length;
            if (isMap(value))
                return value.size;
            if (typeof value === 'string')
                return [...graphemes.segment(context.checkString(value))].length;
            if (isSymbolic(value))
                throw notKnown(name, 'the argument', context.location);
            throw new EvalError(`length() needs a list, map or string, not a ${typeName(value)}`, context.location);
        },
    },
    lookup: {
        min: 2,
        max: 3,
        call: (args, context, name) => {
            const map = mapArg(args, 0, context, name);
            const key = stringArg(args, 1, context, name);
            if (map.has(key))
                return map.get(key);
            if (args.length === 3)
                return args[2];
            throw new EvalError(`lookup(): no key '${key}' and no default`, context.location);
        },
    },
    element: {
        min: 2,
        max: 2,
        call: (args, context, name) => {
            const items = listArg(args, 0, context, name);
            const index = numberArg(args, 1, context, name);
            if (items.length === 0)
                throw new EvalError('element(): the list is empty', context.location);
            if (!Number.isInteger(index) || index < 0)
                throw new EvalError(`element(): index ${index} must be a whole number ≥ 0`, context.location);
            return items[index % items.length];
        },
    },
    coalesce: {
        min: 1,
        max: Infinity,
        seesUnknown: true,
        call: (args, context) => {
            for (const arg of args) {
                if (isUnknown(arg))
                    return arg;
                if (arg === null || arg === '')
                    continue;
                return arg;
            }
            throw new EvalError('coalesce(): every argument is null or an empty string', context.location);
        },
    },
    coalescelist: {
        min: 1,
        max: Infinity,
        seesUnknown: true,
        call: (args, context, name) => {
            for (let i = 0; i < args.length; i++) {
                if (isUnknown(args[i]))
                    return args[i];
                const items = listArg(args, i, context, name);
                if (items.length > 0)
                    return items;
            }
            return [];
        },
    },
    one: {
        min: 1,
        max: 1,
        call: (args, context, name) => {
            const items = listArg(args, 0, context, name);
            if (items.length > 1)
                throw new EvalError(`one(): the list has ${items.length} elements (at most 1 allowed)`, context.location);
            return items[0] ?? null;
        },
    },
    keys: { min: 1, max: 1, call: (args, context, name) => [...mapArg(args, 0, context, name).keys()] },
    values: { min: 1, max: 1, call: (args, context, name) => [...mapArg(args, 0, context, name).values()] },
    contains: {
        min: 2,
        max: 2,
        call: (args, context, name) => {
            const items = listArg(args, 0, context, name);
            let undecided = false;
            for (const item of items) {
                const same = equalValues(item, args[1] ?? null);
                if (same === true)
                    return true;
                if (same === undefined)
                    undecided = true;
            }
            return undecided
                ? unknown('contains(): depends on a value known only after apply', context.location)
                : false;
        },
    },
    compact: {
        min: 1,
        max: 1,
        call: (args, context, name) => {
            const items = listArg(args, 0, context, name);
            const open = firstUnknown(items);
            if (open)
                return open;
            return items.filter((item) => item !== null && item !== '');
        },
    },
    zipmap: {
        min: 2,
        max: 2,
        call: (args, context, name) => {
            const keys = listArg(args, 0, context, name);
            const values = listArg(args, 1, context, name);
            if (keys.length !== values.length) {
                throw new EvalError(`zipmap(): ${keys.length} keys but ${values.length} values`, context.location);
            }
            const out = new Map();
            keys.forEach((_, i) => out.set(stringArg(keys, i, context, name), values[i]));
            return makeMap(out);
        },
    },
};

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/functions/files.ts



const fileFunctions = {
    file: {
        min: 1,
        max: 1,
        call: (args, context, name) => {
            const read = context.scope.readFile(stringArg(args, 0, context, name), context.location);
            return isUnknown(read) ? read : context.checkString(read.text);
        },
    },
    templatefile: {
        min: 2,
        max: 2,
        call: (args, context, name) => {
            const path = stringArg(args, 0, context, name);
            const vars = mapArg(args, 1, context, name);
            const read = context.scope.readFile(path, context.location);
            if (isUnknown(read))
                return read;
            if (!context.scope.parseTemplate)
                throw new NotKnown(unknown(`templatefile(): templates are not read here`, context.location));
            const parsed = context.scope.parseTemplate(context.checkString(read.text), read.file);
            const error = parsed.errors[0];
            if (error)
                throw new EvalError(`templatefile(): ${error.message}`, context.location);
            return context.evalTemplate(parsed.template.parts, vars, context.location);
        },
    },
};

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/functions/json.ts




/** A JSON string literal as Terraform writes it (Go's encoder: `<`, `>`, `&`, U+2028/9 escaped). */
function quote(text) {
    return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Encodes a value as compact JSON (keys in lexical order). References and unknowns stay symbolic
 * parts of the result: inside a string literal where a template put them, or between quotes where
 * they are a whole value (see `TfValue`).
 */
function encodeJson(value, spend = () => { }) {
    const parts = [];
    const write = (current) => {
        spend(1);
        if (current === null)
            parts.push('null');
        else if (typeof current === 'boolean')
            parts.push(current ? 'true' : 'false');
        else if (typeof current === 'number') {
            if (!Number.isFinite(current))
                throw new EvalError(`jsonencode(): ${current} is not a JSON number`);
            parts.push(numberToString(current));
        }
        else if (typeof current === 'string')
            parts.push(quote(current));
        else if (Array.isArray(current)) {
            parts.push('[');
            current.forEach((item, i) => {
                if (i > 0)
                    parts.push(',');
                write(item);
            });
            parts.push(']');
        }
        else if (isMap(current)) {
            parts.push('{');
            let first = true;
            for (const [key, item] of current) {
                parts.push(`${first ? '' : ','}${quote(key)}:`);
                first = false;
                write(item);
            }
            parts.push('}');
        }
        else if (isSymbolicString(current)) {
            parts.push('"');
            for (const part of current.parts)
                parts.push(typeof part === 'string' ? quote(part).slice(1, -1) : part);
            parts.push('"');
        }
        else
            parts.push('"', current, '"');
    };
    write(value);
    return symbolicString(parts);
}
/** Known JSON text, for `format("%v", …)`: symbolic content cannot be written out. */
function jsonText(value, context) {
    const encoded = encodeJson(value, context.spend);
    if (typeof encoded !== 'string')
        throw notKnown('format', 'a value inside %v', context.location);
    return encoded;
}
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
/**
 * Decodes JSON text into a value (objects as maps with sorted keys). A symbolic string is decoded
 * with its references and unknowns put back where they were: a JSON string that is exactly one
 * of them becomes it, a string containing some becomes a `TfSymbolicString`; one standing where a
 * whole JSON value goes (`"Resource": ${var.arns}` in a heredoc) becomes that value.
 */
function decodeJson(text, location) {
    if (typeof text === 'string')
        return fromJson(parse(text, location), []);
    const symbols = [];
    let rendered = '';
    let inString = false;
    for (const part of text.parts) {
        if (typeof part !== 'string') {
            const placeholder = `${OPEN}${symbols.length}${CLOSE}`;
            symbols.push(part);
            rendered += inString ? placeholder : `"${placeholder}"`;
            continue;
        }
        for (let i = 0; i < part.length; i++) {
            const c = part[i];
            if (inString && c === '\\')
                i++;
            else if (c === '"')
                inString = !inString;
        }
        rendered += part;
    }
    return fromJson(parse(rendered, location), symbols);
}
function parse(text, location) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new EvalError(`jsondecode(): invalid JSON: ${error.message}`, location);
    }
}
function fromJson(value, symbols) {
    if (value === null || typeof value === 'boolean' || typeof value === 'number')
        return value;
    if (typeof value === 'string') {
        if (symbols.length === 0 || !value.includes(OPEN))
            return value;
        const parts = [];
        let last = 0;
        for (const match of value.matchAll(PLACEHOLDER)) {
            parts.push(value.slice(last, match.index));
            const symbol = symbols[Number(match[1])];
            parts.push(symbol ?? match[0]);
            last = match.index + match[0].length;
        }
        parts.push(value.slice(last));
        const nonEmpty = parts.filter((p) => p !== '');
        if (nonEmpty.length === 1 && typeof nonEmpty[0] !== 'string')
            return nonEmpty[0];
        return symbolicString(parts);
    }
    if (Array.isArray(value))
        return value.map((item) => fromJson(item, symbols));
    return makeMap(Object.entries(value).map(([key, item]) => [key, fromJson(item, symbols)]));
}
const jsonFunctions = {
    jsonencode: {
        min: 1,
        max: 1,
        call: (args, context) => {
            const encoded = encodeJson(args[0] ?? null, context.spend);
            return typeof encoded === 'string' ? context.checkString(encoded) : encoded;
        },
    },
    jsondecode: {
        min: 1,
        max: 1,
        call: (args, context, name) => {
            const value = args[0] ?? null;
            if (typeof value === 'string')
                return decodeJson(context.checkString(value), context.location);
            if (isSymbolicString(value))
                return decodeJson(value, context.location);
            if (isRef(value))
                throw notKnown(name, 'the JSON text', context.location);
            if (isUnknown(value))
                throw new NotKnown(value);
            throw new EvalError('jsondecode() needs a string', context.location);
        },
    },
};

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/functions/format.ts





/**
 * Terraform's `format`: `%%`, `%s`, `%v`, `%q`, `%t`, `%d`, `%f`/`%e`/`%g`, `%b`/`%o`/`%x`/`%X`,
 * with flags `-+ 0#`, width and precision, and `%[n]s` argument indexes. A reference given to
 * `%s`/`%v` stays symbolic in the result.
 */
function format(spec, args, context) {
    const pieces = [];
    let next = 0;
    const pattern = /%(?:%|([-+ 0#]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d+))?([a-zA-Z]))/g;
    let last = 0;
    for (let match = pattern.exec(spec); match; match = pattern.exec(spec)) {
        pieces.push(spec.slice(last, match.index));
        last = pattern.lastIndex;
        if (match[0] === '%%') {
            pieces.push('%');
            continue;
        }
        const [, flags = '', explicit, widthText, precisionText, verb = ''] = match;
        const index = explicit !== undefined ? Number(explicit) - 1 : next;
        next = index + 1;
        if (index < 0 || index >= args.length)
            throw new EvalError(`format(): not enough arguments for ${match[0]}`, context.location);
        const value = args[index];
        const width = widthText !== undefined ? Number(widthText) : undefined;
        const precision = precisionText !== undefined ? Number(precisionText) : undefined;
        if (isSymbolic(value)) {
            if (isUnknown(value))
                throw new NotKnown(value);
            if ((verb === 's' || verb === 'v') && width === undefined && precision === undefined)
                pieces.push(value);
            else
                throw notKnown('format', `the value for ${match[0]}`, context.location);
            continue;
        }
        pieces.push(pad(verbText(verb, value, flags, precision, context), width, flags));
    }
    pieces.push(spec.slice(last));
    return symbolicString(pieces);
}
function verbText(verb, value, flags, precision, context) {
    const fail = () => {
        throw new EvalError(`format(): %${verb} cannot format a ${typeName(value)}`, context.location);
    };
    switch (verb) {
        case 's':
        case 'v': {
            if (value === null)
                return verb === 'v' ? 'null' : fail();
            if (typeof value === 'object')
                return verb === 'v' ? jsonText(value, context) : fail();
            const text = typeof value === 'number' ? numberToString(value) : String(value);
            return precision !== undefined ? text.slice(0, precision) : text;
        }
        case 'q':
            return typeof value === 'string' ? JSON.stringify(value) : fail();
        case 't':
            return typeof value === 'boolean' ? String(value) : fail();
        case 'd':
        case 'b':
        case 'o':
        case 'x':
        case 'X': {
            const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
            if (typeof number !== 'number' || !Number.isFinite(number))
                return fail();
            if (verb === 'd') {
                if (!Number.isInteger(number))
                    return fail();
                return `${flags.includes('+') && number >= 0 ? '+' : ''}${number}`;
            }
            const base = verb === 'b' ? 2 : verb === 'o' ? 8 : 16;
            const digits = Math.trunc(number).toString(base);
            return verb === 'X' ? digits.toUpperCase() : digits;
        }
        case 'f':
        case 'e':
        case 'g': {
            const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
            if (typeof number !== 'number' || !Number.isFinite(number))
                return fail();
            const sign = flags.includes('+') && number >= 0 ? '+' : '';
            if (verb === 'f')
                return sign + number.toFixed(precision ?? 6);
            if (verb === 'e')
                return sign + number.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
            return (sign + (precision !== undefined ? String(Number(number.toPrecision(precision))) : String(number)));
        }
        default:
            throw new EvalError(`format(): unsupported verb %${verb}`, context.location);
    }
}
function pad(text, width, flags) {
    if (width === undefined || text.length >= width)
        return text;
    if (flags.includes('-'))
        return text.padEnd(width);
    if (flags.includes('0') && /^[+-]?\d/.test(text)) {
        const sign = /^[+-]/.test(text) ? text[0] : '';
        return sign + text.slice(sign.length).padStart(width - sign.length, '0');
    }
    return text.padStart(width);
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/functions/strings.ts





/** `/…/` in `replace()` is a regular expression (RE2 syntax; the common subset is JavaScript's). */
function replace(text, search, replacement, context) {
    if (search.length >= 2 && search.startsWith('/') && search.endsWith('/')) {
        let pattern;
        try {
            pattern = new RegExp(search.slice(1, -1).replace(/\(\?P</g, '(?<'), 'gu');
        }
        catch (error) {
            throw new EvalError(`replace(): invalid regular expression ${search}: ${error.message}`, context.location);
        }
        // RE2 writes groups in the replacement as $1 or ${1} / ${name}; JavaScript as $1 / $<name>.
        const jsReplacement = replacement.replace(/\$\{(\w+)\}/g, (_, group) => /^\d+$/.test(group) ? `$${group}` : `$<${group}>`);
        return text.replace(pattern, jsReplacement);
    }
    if (search === '')
        return text;
    return text.split(search).join(replacement);
}
function stringFunction(transform) {
    return {
        min: 1,
        max: 1,
        call: (args, context, name) => context.checkString(transform(stringArg(args, 0, context, name))),
    };
}
const stringFunctions = {
    join: {
        min: 2,
        max: Infinity,
        call: (args, context, name) => {
            const separator = stringArg(args, 0, context, name);
            const parts = [];
            let first = true;
            for (let i = 1; i < args.length; i++) {
                for (const item of listArg(args, i, context, name)) {
                    context.spend(1);
                    if (!first)
                        parts.push(separator);
                    first = false;
                    const text = toStringValue(item, 'join() element', context.location);
                    parts.push(text);
                }
            }
            const result = symbolicString(parts);
            return typeof result === 'string' ? context.checkString(result) : result;
        },
    },
    split: {
        min: 2,
        max: 2,
        call: (args, context, name) => {
            const separator = stringArg(args, 0, context, name);
            const text = stringArg(args, 1, context, name);
            const parts = separator === '' ? [...text] : text.split(separator);
            context.spend(parts.length);
            return parts;
        },
    },
    format: {
        min: 1,
        max: Infinity,
        call: (args, context, name) => {
            const result = format(stringArg(args, 0, context, name), args.slice(1), context);
            return typeof result === 'string' ? context.checkString(result) : result;
        },
    },
    replace: {
        min: 3,
        max: 3,
        call: (args, context, name) => context.checkString(replace(stringArg(args, 0, context, name), stringArg(args, 1, context, name), stringArg(args, 2, context, name), context)),
    },
    lower: stringFunction((text) => text.toLowerCase()),
    upper: stringFunction((text) => text.toUpperCase()),
    trimspace: stringFunction((text) => text.trim()),
    startswith: {
        min: 2,
        max: 2,
        call: (args, context, name) => stringArg(args, 0, context, name).startsWith(stringArg(args, 1, context, name)),
    },
    endswith: {
        min: 2,
        max: 2,
        call: (args, context, name) => stringArg(args, 0, context, name).endsWith(stringArg(args, 1, context, name)),
    },
    tostring: {
        min: 1,
        max: 1,
        seesUnknown: true,
        call: (args, context) => {
            const value = args[0] ?? null;
            if (value === null || isSymbolic(value))
                return value;
            if (typeof value === 'object')
                throw new EvalError(`tostring(): a ${typeName(value)} cannot be a string`, context.location);
            return toStringValue(value, 'tostring()', context.location);
        },
    },
    tonumber: {
        min: 1,
        max: 1,
        call: (args, context, name) => {
            const value = args[0] ?? null;
            if (value === null)
                return null;
            const number = toNumberValue(value, 'tonumber()', context.location);
            if (typeof number !== 'number')
                throw isUnknown(number) ? new NotKnown(number) : notKnown(name, 'the argument', context.location);
            return number;
        },
    },
};

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/functions/index.ts







const FUNCTIONS = {
    ...collectionFunctions,
    ...stringFunctions,
    ...jsonFunctions,
    ...fileFunctions,
};
/** Every function evaluated without a plan (others are unknown values naming the function). */
const SUPPORTED_FUNCTIONS = [...Object.keys(FUNCTIONS), 'try', 'can'].sort();
/** The first unknown anywhere inside a value. */
function unknownInside(value) {
    if (isUnknown(value))
        return value;
    if (Array.isArray(value)) {
        for (const item of value) {
            const found = unknownInside(item);
            if (found)
                return found;
        }
    }
    else if (value instanceof Map) {
        for (const item of value.values()) {
            const found = unknownInside(item);
            if (found)
                return found;
        }
    }
    return undefined;
}
/**
 * `try(a, b, …)`: the first argument that evaluates without error. An argument whose value
 * holds an unknown might still fail once known, so the result is then unknown (as Terraform).
 */
function tryArgs(call, context) {
    for (const arg of call.args) {
        let value;
        try {
            value = context.evalArg(arg);
        }
        catch (error) {
            if (error instanceof EvalError && !(error.name === 'EvalLimitError'))
                continue;
            throw error;
        }
        if (isUnknown(value) && value.error)
            continue;
        const open = unknownInside(value);
        if (open && isUnknown(open))
            return unknown(`try(): cannot tell whether an argument fails: ${open.reason}`, call.location);
        return value;
    }
    throw new EvalError('try(): every argument failed', call.location);
}
function canArg(call, context) {
    const [arg] = call.args;
    if (!arg || call.args.length !== 1)
        throw new EvalError('can() takes exactly 1 argument', call.location);
    let value;
    try {
        value = context.evalArg(arg);
    }
    catch (error) {
        if (error instanceof EvalError && error.name !== 'EvalLimitError')
            return false;
        throw error;
    }
    if (isUnknown(value) && value.error)
        return false;
    if (isWhollyKnown(value))
        return true;
    const open = unknownInside(value);
    return open
        ? unknown(`can(): cannot tell whether the argument fails: ${open.reason}`, call.location)
        : true;
}
/** Calls a function of the expression language. */
function callFunction(call, context) {
    if (call.name === 'try')
        return tryArgs(call, context);
    if (call.name === 'can')
        return canArg(call, context);
    const spec = FUNCTIONS[call.name];
    if (!spec)
        return unknown(`function ${call.name}() is not evaluated without a plan`, call.location);
    let args = call.args.map((arg) => context.evalArg(arg));
    if (call.expandFinal) {
        const last = args[args.length - 1];
        if (isUnknown(last))
            return last;
        if (!Array.isArray(last))
            throw new EvalError(`${call.name}(): the argument before '...' must be a list`, call.location);
        args = [...args.slice(0, -1), ...last];
    }
    if (args.length < spec.min || args.length > spec.max) {
        const expected = spec.min === spec.max
            ? `${spec.min}`
            : spec.max === Infinity
                ? `at least ${spec.min}`
                : `${spec.min} to ${spec.max}`;
        throw new EvalError(`${call.name}() takes ${expected} argument${expected === '1' ? '' : 's'}, not ${args.length}`, call.location);
    }
    if (!spec.seesUnknown) {
        const open = args.find((arg) => isUnknown(arg));
        if (open)
            return open;
    }
    try {
        return spec.call(args, context, call.name);
    }
    catch (error) {
        if (error instanceof NotKnown)
            return error.value;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/evaluate.ts




const DEFAULT_LIMITS = { maxWork: 2_000_000, maxDepth: 150, maxStringLength: 10_000_000 };
const locations = new WeakMap();
/**
 * Where a list or map built by a tuple or object expression was written: lets the module reader
 * point a finding at, say, the statement object inside `jsonencode({ Statement = [ { … } ] })`.
 */
function locationOf(value) {
    return typeof value === 'object' && value !== null ? locations.get(value) : undefined;
}
/**
 * Evaluates an expression without a plan. Pure: everything outside the expression comes from
 * `scope`. Never throws: a failed evaluation (type error, bad argument, index out of range,
 * limits exceeded) is a `TfUnknown` with `error: true` and the reason; what the configuration
 * does not determine is a `TfUnknown`; computed resource attributes stay `TfRef`s.
 */
function evaluate(expr, scope, limits = {}) {
    const evaluator = new Evaluator(scope, { ...DEFAULT_LIMITS, ...limits });
    return evaluator.run(() => evaluator.eval(expr, []));
}
class Evaluator {
    scope;
    limits;
    work = 0;
    depth = 0;
    constructor(scope, limits) {
        this.scope = scope;
        this.limits = limits;
    }
    run(body) {
        try {
            return body();
        }
        catch (error) {
            return asUnknown(error);
        }
    }
    spend(amount, location) {
        this.work += amount;
        if (this.work > this.limits.maxWork) {
            throw new EvalLimitError(`evaluation exceeds ${this.limits.maxWork} steps (expression too large to evaluate)`, location);
        }
    }
    checkString(text, location) {
        if (text.length > this.limits.maxStringLength) {
            throw new EvalLimitError(`string longer than ${this.limits.maxStringLength} characters`, location);
        }
        this.spend(Math.ceil(text.length / 64), location);
        return text;
    }
    eval(expr, bindings) {
        this.spend(1, expr.location);
        if (++this.depth > this.limits.maxDepth) {
            this.depth--;
            throw new EvalLimitError(`expression nested more than ${this.limits.maxDepth} levels deep`, expr.location);
        }
        try {
            return this.evalNode(expr, bindings);
        }
        finally {
            this.depth--;
        }
    }
    evalNode(expr, bindings) {
        switch (expr.kind) {
            case 'literal':
                return expr.value;
            case 'template':
                return this.template(expr.parts, bindings, !expr.heredoc);
            case 'tuple': {
                const items = expr.items.map((item) => this.eval(item, bindings));
                locations.set(items, expr.location);
                return items;
            }
            case 'object':
                return this.object(expr, bindings);
            case 'traversal':
                return this.traversal(expr.root, expr.steps, bindings, expr.location);
            case 'index':
                return this.step(this.eval(expr.target, bindings), this.resolveStep({ kind: 'index', key: expr.key, location: expr.location }, bindings));
            case 'getattr':
                return this.step(this.eval(expr.target, bindings), {
                    kind: 'attr',
                    name: expr.name,
                    location: expr.location,
                });
            case 'splat':
                return this.splat(expr.target, expr.steps, bindings);
            case 'conditional':
                return this.conditional(expr, bindings);
            case 'unary':
                return this.unary(expr.op, this.eval(expr.operand, bindings), expr.location);
            case 'binary':
                return this.binary(expr, bindings);
            case 'for':
                return this.forExpr(expr, bindings);
            case 'call':
                return this.call(expr, bindings);
            case 'paren':
                return this.eval(expr.expr, bindings);
            case 'invalid':
                throw new EvalError(`invalid expression: ${expr.reason}`, expr.location);
        }
    }
    object(expr, bindings) {
        const entries = new Map();
        for (const item of expr.items) {
            const key = this.eval(item.key, bindings);
            if (isUnknown(key))
                return unknown(`object key unknown: ${key.reason}`, item.key.location);
            const name = toStringValue(key, 'object key', item.key.location);
            if (typeof name !== 'string')
                return unknown('object key known only after apply', item.key.location);
            if (entries.has(name))
                throw new EvalError(`duplicate object key '${name}'`, item.key.location);
            entries.set(name, this.eval(item.value, bindings));
        }
        const map = makeMap(entries);
        locations.set(map, expr.location);
        return map;
    }
    traversal(root, steps, bindings, location) {
        const resolved = steps.map((step) => this.resolveStep(step, bindings));
        for (const frame of bindings) {
            if (frame.has(root))
                return this.applySteps(frame.get(root), resolved);
        }
        const found = this.scope.resolve(root, resolved, location);
        if (!found)
            throw new EvalError(`unknown name '${root}'`, location);
        return this.applySteps(found.value, resolved.slice(Math.max(0, found.consumed)));
    }
    resolveStep(step, bindings) {
        if (step.kind === 'attr')
            return step;
        return { kind: 'index', key: this.eval(step.key, bindings), location: step.location };
    }
    applySteps(value, steps) {
        let current = value;
        for (const step of steps)
            current = this.step(current, step);
        return current;
    }
    /** One `.name` or `[key]` on a value. */
    step(value, step) {
        if (isUnknown(value))
            return value;
        const label = step.kind === 'attr' ? step.name : isSymbolic(step.key) ? '[…]' : `[${JSON.stringify(step.key)}]`;
        if (isRef(value))
            return refStep(value, step, label);
        if (step.kind === 'index' && isUnknown(step.key))
            return unknown(`index unknown: ${step.key.reason}`, step.location);
        if (value === null)
            throw new EvalError(`cannot read ${label} of null`, step.location);
        if (Array.isArray(value)) {
            if (step.kind === 'attr')
                throw new EvalError(`cannot read attribute '${step.name}' of a list (use [*] or an index)`, step.location);
            const index = toNumberValue(step.key, 'list index', step.location);
            if (typeof index !== 'number')
                return isUnknown(index) ? index : unknown('list index known only after apply', step.location);
            if (!Number.isInteger(index) || index < 0 || index >= value.length) {
                throw new EvalError(`index ${index} out of range for a list of ${value.length}`, step.location);
            }
            return value[index];
        }
        if (isMap(value)) {
            const key = step.kind === 'attr' ? step.name : toStringValue(step.key, 'map key', step.location);
            if (typeof key !== 'string')
                return unknown('map key known only after apply', step.location);
            if (!value.has(key))
                throw new EvalError(`no key '${key}' in this map or object`, step.location);
            return value.get(key);
        }
        throw new EvalError(`cannot read ${label} of a ${typeName(value)}`, step.location);
    }
    splat(targetExpr, steps, bindings) {
        const target = this.eval(targetExpr, bindings);
        if (isUnknown(target))
            return target;
        const resolved = steps.map((step) => this.resolveStep(step, bindings));
        const items = target === null ? [] : Array.isArray(target) ? target : [target];
        this.spend(items.length, targetExpr.location);
        return items.map((item) => this.applySteps(item, resolved));
    }
    conditional(expr, bindings) {
        const condition = toBoolValue(this.eval(expr.condition, bindings), 'condition', expr.condition.location);
        if (typeof condition === 'boolean')
            return this.eval(condition ? expr.then : expr.else, bindings);
        // Unknown condition: the result is still known when both branches agree.
        const then = this.run(() => this.eval(expr.then, bindings));
        const otherwise = this.run(() => this.eval(expr.else, bindings));
        if (!isUnknown(then) && equalValues(then, otherwise) === true)
            return then;
        return unknown(`condition unknown: ${condition.reason}`, expr.condition.location);
    }
    unary(op, value, location) {
        if (op === '!') {
            const bool = toBoolValue(value, "operand of '!'", location);
            return typeof bool === 'boolean' ? !bool : bool;
        }
        const number = toNumberValue(value, "operand of '-'", location);
        return typeof number === 'number' ? -number : number;
    }
    binary(expr, bindings) {
        const { op, location } = expr;
        const left = this.eval(expr.left, bindings);
        const right = this.eval(expr.right, bindings);
        switch (op) {
            case '&&':
            case '||': {
                const a = toBoolValue(left, `left operand of '${op}'`, expr.left.location);
                const b = toBoolValue(right, `right operand of '${op}'`, expr.right.location);
                const decisive = op === '||';
                if (a === decisive || b === decisive)
                    return decisive;
                if (typeof a !== 'boolean')
                    return a;
                if (typeof b !== 'boolean')
                    return b;
                return !decisive;
            }
            case '==':
            case '!=': {
                const same = equalValues(left, right);
                if (same === undefined)
                    return unknown(`comparison with a value known only after apply`, location);
                return op === '==' ? same : !same;
            }
            default: {
                const a = toNumberValue(left, `left operand of '${op}'`, expr.left.location);
                const b = toNumberValue(right, `right operand of '${op}'`, expr.right.location);
                if (typeof a !== 'number')
                    return a;
                if (typeof b !== 'number')
                    return b;
                return arithmetic(op, a, b, location);
            }
        }
    }
    forExpr(expr, bindings) {
        const collection = this.eval(expr.collection, bindings);
        if (isUnknown(collection))
            return unknown(`for expression over an unknown collection: ${collection.reason}`, expr.location);
        if (isRef(collection) || isSymbolicString(collection))
            return unknown('for expression over a value known only after apply', expr.location);
        let pairs;
        if (Array.isArray(collection))
            pairs = collection.map((value, index) => [index, value]);
        else if (isMap(collection))
            pairs = [...collection].map(([key, value]) => [key, value]);
        else
            throw new EvalError(`for expression needs a list, set, map or object, not a ${typeName(collection)}`, expr.collection.location);
        this.spend(pairs.length, expr.location);
        const items = [];
        const entries = new Map();
        const groups = new Map();
        for (const [key, value] of pairs) {
            const frame = new Map([[expr.valueVar, value]]);
            if (expr.keyVar !== undefined)
                frame.set(expr.keyVar, key);
            const inner = [frame, ...bindings];
            if (expr.condition) {
                const keep = toBoolValue(this.eval(expr.condition, inner), 'for condition', expr.condition.location);
                if (typeof keep !== 'boolean')
                    return unknown(`for condition unknown: ${keep.reason}`, expr.condition.location);
                if (!keep)
                    continue;
            }
            if (expr.form === 'tuple') {
                items.push(this.eval(expr.valueExpr, inner));
                continue;
            }
            const keyValue = this.eval(expr.keyExpr, inner);
            if (isUnknown(keyValue))
                return unknown(`for expression key unknown: ${keyValue.reason}`, expr.keyExpr.location);
            const name = toStringValue(keyValue, 'for expression key', expr.keyExpr.location);
            if (typeof name !== 'string')
                return unknown('for expression key known only after apply', expr.keyExpr.location);
            const element = this.eval(expr.valueExpr, inner);
            if (expr.grouping) {
                const group = groups.get(name);
                if (group)
                    group.push(element);
                else
                    groups.set(name, [element]);
            }
            else {
                if (entries.has(name)) {
                    throw new EvalError(`duplicate key '${name}' in for expression (use '...' to group)`, expr.keyExpr.location);
                }
                entries.set(name, element);
            }
        }
        if (expr.form === 'tuple')
            return items;
        return makeMap(expr.grouping ? groups : entries);
    }
    call(expr, bindings) {
        const context = {
            location: expr.location,
            scope: this.scope,
            spend: (amount) => this.spend(amount, expr.location),
            checkString: (text) => this.checkString(text, expr.location),
            evalArg: (arg) => this.eval(arg, bindings),
            evalTemplate: (parts, vars, location) => this.templateFile(parts, vars, location),
        };
        return callFunction(expr, context);
    }
    templateFile(parts, vars, location) {
        // A template sees only the variables it is given (no var., local. …), as in Terraform.
        const isolated = new Evaluator(templateScope(this.scope, location), this.limits);
        isolated.work = this.work;
        isolated.depth = this.depth + 1;
        try {
            return isolated.template(parts, [vars], false);
        }
        finally {
            this.work = isolated.work;
        }
    }
    /**
     * A template's value: the value itself for a lone `"${x}"`, else a string (symbolic when a
     * reference or unknown is interpolated; see `TfSymbolicString`).
     */
    template(parts, bindings, quoted) {
        const only = parts[0];
        if (quoted && parts.length === 1 && only?.kind === 'interpolation')
            return this.eval(only.expr, bindings);
        const pieces = [];
        this.renderParts(parts, bindings, pieces);
        const result = symbolicString(pieces);
        if (typeof result === 'string')
            this.checkString(result, only?.location);
        return result;
    }
    renderParts(parts, bindings, out) {
        for (const part of parts) {
            this.spend(1, part.location);
            switch (part.kind) {
                case 'literal':
                    out.push(part.text);
                    break;
                case 'interpolation': {
                    const value = this.eval(part.expr, bindings);
                    if (isUnknown(value) || isRef(value) || isSymbolicString(value))
                        out.push(value);
                    else
                        out.push(toStringValue(value, 'template interpolation', part.expr.location));
                    break;
                }
                case 'if': {
                    const condition = toBoolValue(this.eval(part.condition, bindings), '%{if} condition', part.condition.location);
                    if (typeof condition !== 'boolean')
                        out.push(unknown(`%{if} condition unknown: ${condition.reason}`, part.location));
                    else
                        this.renderParts(condition ? part.then : part.else, bindings, out);
                    break;
                }
                case 'for': {
                    const collection = this.eval(part.collection, bindings);
                    if (isUnknown(collection) || isRef(collection) || isSymbolicString(collection)) {
                        out.push(unknown(`%{for} over a collection known only after apply`, part.location));
                        break;
                    }
                    let pairs;
                    if (Array.isArray(collection))
                        pairs = collection.map((value, index) => [index, value]);
                    else if (isMap(collection))
                        pairs = [...collection];
                    else
                        throw new EvalError(`%{for} needs a list, set or map, not a ${typeName(collection)}`, part.collection.location);
                    for (const [key, value] of pairs) {
                        const frame = new Map([[part.valueVar, value]]);
                        if (part.keyVar !== undefined)
                            frame.set(part.keyVar, key);
                        this.renderParts(part.body, [frame, ...bindings], out);
                    }
                    break;
                }
            }
        }
    }
}
function refStep(value, step, label) {
    if (step.kind === 'index' && isUnknown(step.key))
        return unknown(`index unknown: ${step.key.reason}`, step.location);
    const suffix = step.kind === 'attr' ? step.name : label;
    const attribute = value.attribute === ''
        ? suffix
        : step.kind === 'attr'
            ? `${value.attribute}.${suffix}`
            : `${value.attribute}${suffix}`;
    return { ...value, attribute };
}
function arithmetic(op, a, b, location) {
    switch (op) {
        case '+':
            return a + b;
        case '-':
            return a - b;
        case '*':
            return a * b;
        case '/':
            if (b === 0)
                throw new EvalError('division by zero', location);
            return a / b;
        case '%':
            if (b === 0)
                throw new EvalError('modulo by zero', location);
            return a % b;
        case '>':
            return a > b;
        case '>=':
            return a >= b;
        case '<':
            return a < b;
        case '<=':
            return a <= b;
        default:
            throw new EvalError(`unknown operator '${op}'`, location);
    }
}
/** Inside a template file: no names but the template's variables; files read as the module does. */
function templateScope(outer, location) {
    return {
        resolve: () => undefined,
        readFile: (path, at) => outer.readFile(path, at ?? location),
        ...(outer.parseTemplate ? { parseTemplate: outer.parseTemplate.bind(outer) } : {}),
    };
}
function asUnknown(error) {
    if (error instanceof EvalError) {
        return { ...unknown(error.message, error.location), error: true };
    }
    if (error instanceof RangeError)
        return { ...unknown('expression nested too deeply to evaluate'), error: true };
    throw error;
}


;// CONCATENATED MODULE: ./src/parsers/terraform-source/hcl/index.ts






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
        return evaluate(expr, this.scope(context));
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
        return unknown(this.isRoot
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
            return { ...unknown(reason, location), error: true };
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
        if (isMap(value)) {
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
                return { value: unknown('self is not known without a plan', location), consumed: steps.length };
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
            return { value: unknown(expansion.reason, location), consumed: steps.length };
        let item;
        let consumed = 0;
        if (counted) {
            const first = steps[0];
            if (first?.kind !== 'index') {
                // The whole list (count) or map (for_each) of instances: splats and for expressions walk it.
                const objects = expansion.items.map((i) => [i.key, this.objectOf(decl, i, location)]);
                const value = attribute(decl.block, 'count')
                    ? objects.map(([, o]) => o)
                    : makeMap(objects.map(([k, o]) => [String(k), o]));
                return { value, consumed: 0 };
            }
            const wanted = first.key;
            item = expansion.items.find((i) => i.key === wanted || (typeof wanted === 'number' && i.key === wanted));
            if (!item) {
                if (isUnknown(wanted) || isRef(wanted) || typeof wanted === 'object')
                    return {
                        value: unknown(`${address}[…] with a key not known without a plan`, location),
                        consumed: steps.length,
                    };
                return {
                    value: {
                        ...unknown(`${address}[${JSON.stringify(wanted)}] is not an instance`, location),
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
                    return unknown(`${address}.arn is read from AWS at plan time`, location);
                }
                return ref;
            }
            return unknown(`${address}.${name} is read from AWS at plan time (data source ${decl.type})`, location);
        }
        if (computed.has(name))
            return ref;
        const configured = attribute(decl.block, name);
        if (!configured)
            return ref;
        const guard = `${address}.${name}`;
        if (this.attributeGuard.has(guard))
            return { ...unknown(`${guard} refers to itself`, location), error: true };
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
        return makeMap([...names].map((n) => [n, this.attributeOf(decl, item, n, location)]));
    }
    moduleOutput(name, steps, location) {
        const call = this.decl.calls.get(name);
        if (!call)
            return undefined;
        const children = this.childInstances(name);
        if (!children)
            return {
                value: unknown(`module.${name} (source "${call.source ?? '?'}") is not read without a plan`, location),
                consumed: steps.length + 1,
            };
        if (children.expansion.kind === 'unknown')
            return { value: unknown(children.expansion.reason, location), consumed: steps.length + 1 };
        const counted = attribute(call.block, 'count') !== undefined || attribute(call.block, 'for_each') !== undefined;
        const outputsOf = (child) => makeMap([...child.decl.outputs.keys()].map((o) => [o, child.output(o, location)]));
        let child;
        let consumed = 1;
        if (counted) {
            const first = steps[0];
            const items = children.expansion.items;
            if (first?.kind !== 'index') {
                const value = attribute(call.block, 'count')
                    ? children.instances.map(outputsOf)
                    : makeMap(items.map((item, i) => [String(item.key), outputsOf(children.instances[i])]));
                return { value, consumed: 1 };
            }
            const i = items.findIndex((item) => item.key === first.key);
            child = children.instances[i];
            if (!child)
                return {
                    value: unknown(`module.${name}[…] is not a known instance`, location),
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
            return { ...unknown(`${this.address} has no output "${name}"`, location), error: true };
        const guard = `output.${name}`;
        if (this.attributeGuard.has(guard))
            return { ...unknown(`output ${name} of ${this.address} refers to itself`, location), error: true };
        this.attributeGuard.add(guard);
        const result = this.evaluate(value.expr, { module: this });
        this.attributeGuard.delete(guard);
        return result;
    }
    /** `file()` / `templatefile()`: paths relative to the root module, inside the scan root only. */
    readFile(path, location) {
        const relative = path.startsWith('/') ? undefined : joinPath(this.rootDir, path);
        if (relative === undefined)
            return unknown(`file "${path}" is outside the scanned folder`, location);
        const text = this.env.readFile(relative);
        if (text === undefined)
            return unknown(`file "${path}" (${relative}) is not in the scanned folder`, location);
        return { file: relative, text };
    }
}
/** `[0]`, `["a"]`, or '' for a block without count/for_each. */
function keyText(key) {
    return key === undefined ? '' : `[${JSON.stringify(key)}]`;
}
function reasonOf(value, otherwise) {
    if (isUnknown(value))
        return `is not known without a plan (${value.reason})`;
    if (isRef(value))
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
        const entries = isMap(collection)
            ? [...collection]
            : Array.isArray(collection)
                ? collection.map((v, i) => [i, v])
                : undefined;
        if (!entries) {
            g.unknown = `dynamic "${type}" for_each ${isUnknown(collection) ? `is not known without a plan (${collection.reason})` : 'is not a known collection'}`;
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
    if (isMap(value)) {
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
    if (isRef(value)) {
        const known = knownRefText(record, value);
        if (known !== undefined) {
            record.refs.push({ path, ref: value });
            return { value: known };
        }
        record.refs.push({ path, ref: value });
        return { value: null, unknown: `depends on ${value.ref}.${value.attribute}` };
    }
    if (isUnknown(value)) {
        record.unknowns.push({ path, reason: value.reason });
        return { value: null, unknown: value.reason };
    }
    if (isSymbolicString(value)) {
        const reasons = [];
        for (const part of value.parts) {
            if (typeof part === 'string')
                continue;
            if (isRef(part)) {
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
            const object = evaluate(expr.args[0], record.owner.scope(raw.context));
            return { kind: 'document', document: (0,policy_document/* policyFromNode */.bC)(this.node(record, object, loc)) };
        }
        if (typeof value === 'string' || value === null)
            return undefined;
        if (isRef(value)) {
            const target = this.lookup(value.ref);
            if (target?.type === 'aws_iam_policy_document' && target.mode === 'data')
                return this.dataDocument(target);
            return undefined;
        }
        if (isSymbolicString(value)) {
            const decoded = decodeSymbolic(value, loc);
            if (isUnknown(decoded))
                return {
                    kind: 'unresolved',
                    unresolved: (0,model_value/* unresolved */.I)(`${record.address}.${key}: ${decoded.reason}`, loc),
                };
            return { kind: 'document', document: (0,policy_document/* policyFromNode */.bC)(this.node(record, decoded, loc)) };
        }
        if (isUnknown(value))
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
        if (isRef(value)) {
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
        if (isSymbolicString(value))
            return this.node(record, decodeSymbolic(value, loc), loc);
        if (isUnknown(value))
            return { kind: 'unresolved', reason: value.reason, loc };
        return { kind: 'unresolved', reason: 'a document that is not a JSON string', loc };
    }
    /** An evaluated value as a located tree: refs of this configuration's roles become their ARNs. */
    node(record, value, fallback, depth = 0) {
        const loc = locationOf(value) ?? fallback;
        if (depth > 64)
            return { kind: 'unresolved', reason: 'nesting too deep', loc };
        if (value === null || typeof value !== 'object')
            return { kind: 'scalar', value, loc };
        if (Array.isArray(value))
            return { kind: 'seq', items: value.map((v) => this.node(record, v, loc, depth + 1)), loc };
        if (isMap(value))
            return {
                kind: 'map',
                entries: [...value].map(([key, v]) => ({
                    key,
                    keyLoc: loc,
                    value: this.node(record, v, loc, depth + 1),
                })),
                loc,
            };
        if (isRef(value)) {
            const text = knownRefText(record, value);
            if (text !== undefined)
                return { kind: 'scalar', value: text, loc };
            return { kind: 'unresolved', reason: `${value.ref}.${value.attribute} is known only after apply`, loc };
        }
        if (isUnknown(value))
            return { kind: 'unresolved', reason: value.reason, loc };
        const parts = value.parts.map((p) => typeof p === 'string' ? p : isRef(p) ? (knownRefText(record, p) ?? p) : p);
        if (parts.every((p) => typeof p === 'string'))
            return { kind: 'scalar', value: parts.join(''), loc };
        const reasons = parts
            .filter((p) => typeof p !== 'string')
            .map((p) => (isRef(p) ? `${p.ref}.${p.attribute} is known only after apply` : p.reason));
        return { kind: 'unresolved', reason: reasons.join('; '), loc };
    }
}
/** `join("", data.x[*].json)` is a string made of one reference: that reference. */
function soleRef(value) {
    if (isSymbolicString(value) && value.parts.length === 1 && isRef(value.parts[0]))
        return value.parts[0];
    return value;
}
/**
 * JSON with references or unknowns inside, read back element by element; when an unknown stands
 * where JSON syntax goes (a `%{ if }` whose condition is not known), the whole text is unknown.
 */
function decodeSymbolic(value, loc) {
    try {
        return decodeJson(value, loc);
    }
    catch {
        const reasons = value.parts
            .filter((p) => typeof p !== 'string')
            .map((p) => (isRef(p) ? `${p.ref}.${p.attribute} is known only after apply` : p.reason));
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
            into.set(name, variables_fromJson(value));
        return;
    }
    const parsed = hcl.parse(text, file);
    errors.push(...parsed.errors);
    for (const attribute of parsed.body.attributes)
        into.set(attribute.name, evaluate(attribute.expr, constantScope));
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
    return evaluate(expr, constantScope);
}
function variables_fromJson(value) {
    if (Array.isArray(value))
        return value.map(variables_fromJson);
    if (typeof value === 'object' && value !== null)
        return makeMap(Object.entries(value).map(([k, v]) => [k, variables_fromJson(v)]));
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
    if (isRef(trust?.value ?? null) && trust.value.ref.includes('data.aws_iam_policy_document.'))
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
