export const id = 801;
export const ids = [801];
export const modules = {

/***/ 801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config.ts + 1 modules
var src_config = __webpack_require__(9616);
// EXTERNAL MODULE: ./src/model/errors.ts
var model_errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/cli/outputs.ts


/**
 * Every output format: its renderer, loaded when a run writes that format (a run loads only the
 * reporters it uses: start-up, issue 16), and the `--<name>-file` flag that writes it beside the rest.
 */
const formats = {
    text: {
        file: undefined,
        load: async () => {
            const { renderText } = await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 5655));
            return (c, colour) => renderText(c.report, { ...c.text, colour, outcome: c.outcome });
        },
    },
    json: {
        file: 'json-file',
        load: async () => {
            const { renderJson } = await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 2794));
            return (c) => renderJson(c.report);
        },
    },
    // The job-summary form: no hidden comment marker, GitHub's 1 MiB budget.
    markdown: {
        file: 'markdown-file',
        load: async () => {
            const { renderMarkdown } = await __webpack_require__.e(/* import() */ 285).then(__webpack_require__.bind(__webpack_require__, 4285));
            return (c) => renderMarkdown(c.report, { target: 'summary' });
        },
    },
    sarif: {
        file: 'sarif-file',
        load: async () => {
            const { renderSarif } = await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643));
            return (c) => `${JSON.stringify(renderSarif(c.report, { rootFromRepository: c.rootFromRepository }), null, 2)}\n`;
        },
    },
    junit: {
        file: 'junit-file',
        load: async () => {
            const { renderJunit } = await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 2998));
            return (c) => renderJunit(c.report);
        },
    },
    gitlab: {
        file: 'gitlab-file',
        load: async () => {
            const { renderGitlab } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 6243));
            return (c) => renderGitlab(c.report);
        },
    },
};
const formatNames = Object.keys(formats);
/**
 * Which reports one run writes. The i-th `--output` belongs to the i-th `--format`; a format
 * without one goes to stdout (only one may). `--json-file` and its kin add a file each; without
 * any `--format`, the text report goes to stdout beside them.
 */
function plannedOutputs(values) {
    const named = (values.format ?? []).map((f) => (0,src_config/* oneOf */.yL)(f, formatNames, (what) => {
        throw new model_errors/* InputError */.dz(`--format ${what}`);
    }));
    const files = values.output ?? [];
    const chosen = named.length ? named : ['text'];
    if (files.length > chosen.length)
        throw new model_errors/* InputError */.dz(`--output is given ${files.length} times for ${chosen.length} --format: give one --output per --format, in the same order`);
    const outputs = chosen.map((format, i) => ({
        format,
        ...(files[i] !== undefined && { file: files[i], flag: '--output' }),
    }));
    const toStdout = outputs.filter((o) => o.file === undefined);
    if (toStdout.length > 1)
        throw new model_errors/* InputError */.dz(`--format ${toStdout.map((o) => o.format).join(' and --format ')} would all go to stdout: give an --output FILE for all but one`);
    for (const format of formatNames) {
        const flag = formats[format].file;
        const file = flag ? values[flag] : undefined;
        if (typeof file === 'string')
            outputs.push({ format, file, flag: `--${flag}` });
    }
    return outputs;
}
async function render(output, context, colour) {
    const render = await formats[output.format].load();
    return render(context, colour);
}

;// CONCATENATED MODULE: ./src/cli/repository-root.ts


/**
 * The repository's top level (the nearest folder upwards holding `.git`, a folder or a worktree's
 * file), where the config is looked for; the start folder itself outside a repository.
 */
function findRepositoryRoot(start) {
    for (let dir = external_node_path_default().resolve(start);; dir = external_node_path_default().dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.git')))
            return dir;
        if (external_node_path_default().dirname(dir) === dir)
            return external_node_path_default().resolve(start);
    }
}

// EXTERNAL MODULE: ./src/model/gate-verdict.ts
var gate_verdict = __webpack_require__(1334);
;// CONCATENATED MODULE: ./src/baseline/apply.ts

/**
 * Applies a baseline to a report (issue 13): a failing or unknown check the baseline records, no
 * worse (no action missing that was not recorded, not `fail` where `unknown` was recorded), is
 * marked `baseline` and no longer fails the gate. Recorded findings that no longer occur are listed
 * as fixed; those naming a role the scan no longer sees are warnings. With `partial` (changed
 * files, a shard) absent roles are not judged. Returns a new report.
 */
function applyBaseline(report, baseline, file, partial = false) {
    const roles = report.roles.map((role) => ({ ...role, checks: role.checks.map((c) => ({ ...c })) }));
    const entries = new Map(baseline.findings.map((e) => [`${e.role}\u0000${e.check}`, e]));
    const used = new Set();
    for (const role of roles) {
        for (const check of role.checks) {
            const entry = entries.get(`${role.id}\u0000${check.check}`);
            if (!entry)
                continue;
            used.add(entry);
            if (check.verdict === 'pass')
                continue;
            const recorded = new Set(entry.missingActions.map((a) => a.toLowerCase()));
            const now = [...(check.missingActions ?? []), ...(check.unprovenActions ?? [])];
            const worse = (check.verdict === 'fail' && entry.verdict === 'unknown') ||
                now.some((a) => !recorded.has(a.toLowerCase()));
            if (!worse)
                check.baseline = { missingActions: [...entry.missingActions] };
        }
        (0,gate_verdict/* settleGateVerdict */.mH)(role);
    }
    const present = new Set(roles.map((r) => r.id));
    const fixed = [];
    const warnings = [...report.warnings];
    const gone = new Set();
    for (const entry of baseline.findings) {
        if (present.has(entry.role)) {
            const check = roles.find((r) => r.id === entry.role)?.checks.find((c) => c.check === entry.check);
            if (!check || check.verdict === 'pass')
                fixed.push(entry);
        }
        else if (!partial && !gone.has(entry.role)) {
            gone.add(entry.role);
            warnings.push({
                code: 'baseline-role-gone',
                message: `the baseline ${file} names ${entry.role}, which the scan no longer finds: remove its entries`,
            });
        }
    }
    return {
        ...report,
        roles,
        warnings,
        summary: { ...report.summary, ...(0,gate_verdict/* countRoles */.n$)(roles) },
        baseline: { file, fixed },
    };
}

;// CONCATENATED MODULE: ./src/baseline/file.ts


/**
 * The findings to record (`--write-baseline`): every failing or unknown check that no waiver covers,
 * with its missing (and unproven) actions. Sorted and free of dates: it diffs cleanly. Pure.
 */
function baselineOf(report) {
    const findings = [];
    for (const role of report.roles)
        for (const check of role.checks) {
            if (check.verdict === 'pass' ||
                (check.waiver && (0,gate_verdict/* checkGateVerdict */.tC)({ ...check, baseline: undefined }) === 'pass'))
                continue;
            findings.push({
                role: role.id,
                check: check.check,
                verdict: check.verdict,
                missingActions: [...(check.missingActions ?? []), ...(check.unprovenActions ?? [])].sort(),
            });
        }
    findings.sort((a, b) => (a.role === b.role ? compare(a.check, b.check) : compare(a.role, b.role)));
    return { version: 1, findings };
}
function renderBaseline(baseline) {
    return `${JSON.stringify(baseline, null, 2)}\n`;
}
/** Reads a baseline file; anything else is an InputError naming the file and what is wrong. */
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new model_errors/* InputError */.dz(`${file}: not a baseline file (not valid JSON: ${error.message}); write one with --write-baseline`);
    }
    const bad = (what) => {
        throw new model_errors/* InputError */.dz(`${file}: not a baseline file: ${what}; write one with --write-baseline`);
    };
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return bad('expected a JSON object');
    const { version, findings } = data;
    if (version !== 1)
        return bad(`version must be 1 (got ${JSON.stringify(version)})`);
    if (!Array.isArray(findings))
        return bad('findings must be a list');
    return {
        version: 1,
        findings: findings.map((f, i) => {
            const e = (typeof f === 'object' && f !== null ? f : {});
            const actions = e.missingActions ?? [];
            if (typeof e.role !== 'string' || typeof e.check !== 'string')
                return bad(`findings[${i}] needs role and check strings`);
            if (e.verdict !== 'fail' && e.verdict !== 'unknown')
                return bad(`findings[${i}].verdict must be fail or unknown`);
            if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string'))
                return bad(`findings[${i}].missingActions must be a list of actions`);
            return { role: e.role, check: e.check, verdict: e.verdict, missingActions: actions };
        }),
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/waivers/dates.ts
var dates = __webpack_require__(1028);
// EXTERNAL MODULE: ./src/decode.ts
var decode = __webpack_require__(8341);
;// CONCATENATED MODULE: ./src/advice/gate-codes.ts
// Apart from the advice itself (src/advice/index.ts), which loads the action catalogue and the IAM
// evaluator: the gate's decision needs only these, also on a run with nothing to check (issue 16).
/** Warning codes that `least-privilege: fail` turns into a failing gate. */
const LEAST_PRIVILEGE_CODES = ['least-privilege', 'unknown-action'];
/** Whether the advice fails the gate: only with `least-privilege: fail`, and only for those codes. */
function adviceFails(warnings, mode) {
    return mode === 'fail' && warnings.some((w) => LEAST_PRIVILEGE_CODES.includes(w.code));
}

;// CONCATENATED MODULE: ./src/gate.ts

/**
 * The gate's decision (design.md §2, §5): it fails on any failing role, on any file or config
 * error, and on any `unknown` role unless `onUnknown` is 'warn'. `verdict` stays 'unknown' under
 * 'warn' so callers can still show that something was not proven.
 */
function gateOutcome(report, onUnknown, leastPrivilege = 'warn') {
    const { fail, unknown, errors, workerRoles } = report.summary;
    const advice = adviceFails(report.warnings, leastPrivilege)
        ? report.warnings.filter((w) => LEAST_PRIVILEGE_CODES.includes(w.code)).length
        : 0;
    if (fail > 0 || errors > 0 || advice > 0) {
        const parts = [];
        if (fail > 0)
            parts.push(`${count(fail, 'role')} failed`);
        if (errors > 0)
            parts.push(`${count(errors, 'error')} in files or config`);
        if (advice > 0)
            parts.push(`${count(advice, 'least-privilege finding')} (least-privilege: fail)`);
        if (unknown > 0 && onUnknown === 'fail')
            parts.push(`${count(unknown, 'role')} could not be proven`);
        return { verdict: 'fail', exitCode: 1, reason: `${parts.join(', ')}.` };
    }
    if (unknown > 0) {
        return onUnknown === 'warn'
            ? {
                verdict: 'unknown',
                exitCode: 0,
                reason: `${count(unknown, 'role')} could not be proven; passing because on-unknown is 'warn'.`,
            }
            : {
                verdict: 'unknown',
                exitCode: 1,
                reason: `${count(unknown, 'role')} could not be proven (on-unknown: fail).`,
            };
    }
    if (workerRoles === 0) {
        const seen = report.summary.iamRoles;
        const hint = seen > 0
            ? ` among ${count(seen, 'IAM role')} (name them in the config's roles: or tag them veeam:role)`
            : '';
        return { verdict: 'pass', exitCode: 0, reason: `No Veeam worker roles found${hint}.` };
    }
    const accepted = report.summary.accepted ?? 0;
    const through = accepted > 0 ? `, ${accepted} of them through waivers or the baseline` : '';
    return { verdict: 'pass', exitCode: 0, reason: `All ${count(workerRoles, 'Veeam role')} pass${through}.` };
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/requirements/glob.ts
var glob = __webpack_require__(5120);
;// CONCATENATED MODULE: ./src/parameter-file.ts

/**
 * Reads a CloudFormation parameter file in any of its usual shapes: the `aws cloudformation
 * create-stack --parameters file://…` list (`[{ "ParameterKey", "ParameterValue" }]`), a
 * CodePipeline template configuration (`{ "Parameters": { … } }`), or `Key=Value` lines (as
 * `aws cloudformation deploy --parameter-overrides` and rain take them). Pure.
 */
function parseParameterFile(text, fileName) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed.startsWith('[') || trimmed.startsWith('{'))
        return fromJson(trimmed, fileName);
    const result = {};
    trimmed.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const [key, value] = splitAssignment(line, `${fileName}:${i + 1}`);
        result[key] = value;
    });
    return result;
}
/** `Key=Value` → [Key, Value]; the value may itself contain `=`. */
function splitAssignment(text, where) {
    const eq = text.indexOf('=');
    const key = eq > 0 ? text.slice(0, eq).trim() : '';
    if (!/^[A-Za-z0-9:_.-]+$/.test(key)) {
        throw new model_errors/* InputError */.dz(`${where}: expected Key=Value with a parameter name before '=' (got '${text}')`);
    }
    return [key, text.slice(eq + 1)];
}
function fromJson(text, fileName) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new model_errors/* InputError */.dz(`${fileName}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const result = {};
    if (Array.isArray(data)) {
        data.forEach((entry, i) => {
            const e = entry;
            if (typeof entry !== 'object' || entry === null || typeof e.ParameterKey !== 'string') {
                throw new model_errors/* InputError */.dz(`${fileName}: entry ${i + 1} must be { "ParameterKey": "...", "ParameterValue": "..." }`);
            }
            // UsePreviousValue keeps whatever the deployed stack has: unknown here, so not set.
            if (e.ParameterValue === undefined && e.UsePreviousValue === true)
                return;
            result[e.ParameterKey] = scalar(e.ParameterValue, `${fileName}: ParameterValue of ${e.ParameterKey}`);
        });
        return result;
    }
    const parameters = data.Parameters;
    if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
        throw new model_errors/* InputError */.dz(`${fileName}: expected a list of { ParameterKey, ParameterValue } or { "Parameters": { "Key": "Value" } }`);
    }
    for (const [key, value] of Object.entries(parameters))
        result[key] = scalar(value, `${fileName}: Parameters.${key}`);
    return result;
}
function scalar(value, where) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value.join(',');
    throw new model_errors/* InputError */.dz(`${where} must be a string (got ${value === null ? 'null' : typeof value})`);
}

// EXTERNAL MODULE: ./src/requirements/index.ts + 1 modules
var requirements = __webpack_require__(1494);
// EXTERNAL MODULE: ./src/report/check-info.ts
var check_info = __webpack_require__(2295);
;// CONCATENATED MODULE: ./src/report/listings.ts


/** `--list-checks`: each check's id, what it requires and Veeam's page, as aligned text. */
function listChecks() {
    const width = Math.max(...check_info/* checkOrder */.Fs.map((id) => id.length));
    const lines = check_info/* checkOrder */.Fs.flatMap((id) => {
        const info = (0,check_info/* checkInfo */.n6)(id);
        const pad = ' '.repeat(width + 2);
        return [
            `${id.padEnd(width)}  ${info.title}`,
            `${pad}${info.help.replace(/`/g, '')}`,
            `${pad}${info.source}`,
            '',
        ];
    });
    lines.push('Other trust-<service> checks (trust-rds, trust-backup, …) apply to the kinds that need the service (see --list-kinds).');
    return `${lines.join('\n')}\n`;
}
/** `--list-kinds`: each role kind with, per version, its action count, trust and source page. */
function listKinds() {
    const byKind = new Map();
    for (const set of (0,requirements/* requirementSets */.hk)()) {
        // An extra set is named as the combination it takes part in (ec2-backup+production-worker-deployment).
        const name = set.extraFor ? `${set.extraFor}+${set.kind}` : set.kind;
        byKind.set(name, [...(byKind.get(name) ?? []), set]);
    }
    const lines = [];
    for (const [kind, sets] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
        const first = sets[0];
        const trust = [...(first.trustAppliance ? ['appliance'] : []), ...first.trustServices];
        lines.push(`${kind}${first.extraFor ? ` (extra actions when ${first.kind} is combined with ${first.extraFor})` : ''}`, `  ${first.title}`, `  trust: ${trust.join(', ') || 'none'}; instance profile: ${first.instanceProfile ? 'yes' : 'no'}`, ...[...sets]
            .sort((a, b) => Number(a.version) - Number(b.version))
            .map((s) => `  v${s.version}: ${s.actions.length} actions  ${s.source}`), '');
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/glob.ts
/**
 * Path globs for `exclude`, relative to the scan root with `/` separators: `*` and `?` stay inside
 * one path segment, `**` spans segments, `[abc]` and `{a,b}` work as in shells. A pattern without
 * a `/` matches a name at any depth (`*.bak`, `legacy`), as in .gitignore; one with a `/` is
 * anchored at the root (`legacy/**`, `infra/old/*.yaml`).
 */
function pathGlob(pattern) {
    let p = pattern.trim().replace(/\\/g, '/');
    if (p.startsWith('./'))
        p = p.slice(2);
    if (p.endsWith('/'))
        p = p.slice(0, -1);
    const anchored = p.includes('/');
    if (p.startsWith('/'))
        p = p.slice(1);
    const body = translate(p);
    return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`);
}
function translate(p) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*') {
            if (p[i + 1] === '*') {
                const atStart = i === 0 || p[i - 1] === '/';
                i++;
                if (atStart && p[i + 1] === '/') {
                    i++;
                    out += '(?:.*/)?';
                }
                else {
                    out += '.*';
                }
            }
            else {
                out += '[^/]*';
            }
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const end = p.indexOf(']', i + 1);
            if (end === -1) {
                out += '\\[';
            }
            else {
                let cls = p.slice(i + 1, end);
                if (cls.startsWith('!'))
                    cls = `^${cls.slice(1)}`;
                out += `[${cls.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0) {
            out += '|';
        }
        else {
            out += c.replace(/[.+^$()|\\{}]/g, '\\$&');
        }
    }
    return out + ')'.repeat(braces);
}
/** Whether a relative path, or any folder above it, matches one of the globs. */
function isExcluded(relativePath, globs) {
    if (globs.length === 0)
        return false;
    const parts = relativePath.split('/');
    for (let n = parts.length; n > 0; n--) {
        const prefix = parts.slice(0, n).join('/');
        if (globs.some((g) => g.test(prefix)))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/files/walk.ts




/** Folders that hold no one's infrastructure source. `cdk.out` is walked: it holds synthesized templates. */
const neverWalked = new Set(['.git', 'node_modules', '.terraform']);
/** Files a parser may read as infrastructure. */
const candidateExtensions = ['.yaml', '.yml', '.json', '.template'];
/** Files listed for parsers that look up companions (a plan's `.tf` source lines), never parsed alone. */
const companionExtensions = ['.tf', '.tfvars'];
// Near V8's longest string (2^29 - 24 characters): a 300 MB plan of a large estate is read (issue 7).
const defaultMaxFileBytes = 500 * 1024 * 1024;
/**
 * Lists the files under `paths` (files or folders, relative to `root` or absolute). Symbolic
 * links are followed only while they stay inside the root (or the named path), and every real
 * folder is entered once, so link loops end. A path that does not exist is an InputError.
 */
async function walk(root, paths, options) {
    const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
    const globs = options.exclude.map(pathGlob);
    const rootAbs = external_node_path_default().resolve(root);
    const rootReal = realpathOrUndefined(rootAbs) ?? rootAbs;
    const found = [];
    const errors = [];
    const warnings = [];
    const visitedDirs = new Set();
    const relative = (abs) => {
        const rel = external_node_path_default().relative(rootAbs, abs).split((external_node_path_default()).sep).join('/');
        return rel === '' ? '.' : rel;
    };
    const addFile = (abs, real, size, explicit) => {
        const rel = relative(abs);
        const lower = rel.toLowerCase();
        const candidate = explicit || candidateExtensions.some((ext) => lower.endsWith(ext));
        if (!candidate && !companionExtensions.some((ext) => lower.endsWith(ext)))
            return;
        if (isExcluded(rel, globs))
            return;
        if (size > maxFileBytes) {
            // A companion too large to read is simply not offered to parsers.
            if (candidate) {
                errors.push({
                    file: rel,
                    message: `file is ${size} bytes, over the ${maxFileBytes}-byte size limit: not read`,
                });
            }
            return;
        }
        found.push({ file: { path: rel, absolute: abs, size, candidate }, real });
    };
    // Synchronous calls: the walk is sequential anyway, and a promise per entry costs a thread-pool
    // round trip (most of the walk's time over a tree of small templates).
    const walkDir = (abs, real, boundary) => {
        if (visitedDirs.has(real))
            return;
        visitedDirs.add(real);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch (error) {
            warnings.push({ code: 'unreadable-folder', message: `${relative(abs)}: ${describe(error)}` });
            return;
        }
        entries.sort((a, b) => walk_compare(a.name, b.name));
        for (const entry of entries) {
            const name = entry.name;
            if (neverWalked.has(name))
                continue;
            const child = external_node_path_default().join(abs, name);
            const rel = relative(child);
            if (isExcluded(rel, globs))
                continue;
            let childReal = external_node_path_default().join(real, name);
            // A folder needs no stat of its own; a file's size and anything else's type come from lstat.
            if (entry.isDirectory()) {
                walkDir(child, childReal, boundary);
                continue;
            }
            let info = statOrUndefined(external_node_fs_.lstatSync, child);
            if (!info)
                continue;
            if (info.isSymbolicLink()) {
                const target = realpathOrUndefined(child);
                if (!target)
                    continue; // a dangling link names nothing to check
                if (!isInside(target, rootReal) && !isInside(target, boundary)) {
                    warnings.push({
                        code: 'symlink-outside-root',
                        message: `${rel}: link leaves the scanned folder; not followed`,
                    });
                    continue;
                }
                info = statOrUndefined(external_node_fs_.statSync, child);
                if (!info)
                    continue;
                childReal = target;
            }
            if (info.isDirectory())
                walkDir(child, childReal, boundary);
            else if (info.isFile())
                addFile(child, childReal, info.size, false);
        }
    };
    for (const given of paths) {
        const abs = external_node_path_default().resolve(rootAbs, given);
        const info = statOrUndefined(external_node_fs_.statSync, abs);
        if (!info)
            throw new model_errors/* InputError */.dz(`path not found: ${given}`);
        const real = external_node_fs_.realpathSync.native(abs);
        if (info.isDirectory())
            walkDir(abs, real, real);
        else if (info.isFile())
            addFile(abs, real, info.size, true);
        else
            throw new model_errors/* InputError */.dz(`not a file or folder: ${given}`);
    }
    // One entry per real file, the first name in sorted order winning: a file reached through a
    // link and directly is checked once.
    found.sort((a, b) => walk_compare(a.file.path, b.file.path));
    const seen = new Set();
    const files = [];
    for (const { file, real } of found) {
        if (seen.has(real))
            continue;
        seen.add(real);
        files.push(file);
    }
    errors.sort((a, b) => walk_compare(a.file, b.file));
    return { files, errors, warnings };
}
/** Code-point order: the same on every machine and locale. */
function walk_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isInside(target, folder) {
    const rel = external_node_path_default().relative(folder, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel));
}
function statOrUndefined(read, p) {
    try {
        return read(p);
    }
    catch {
        return undefined;
    }
}
function realpathOrUndefined(p) {
    try {
        return external_node_fs_.realpathSync.native(p);
    }
    catch {
        return undefined;
    }
}
function describe(error) {
    const code = error.code;
    return code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/requirements/selection.ts
var selection = __webpack_require__(1450);
// EXTERNAL MODULE: ./src/waivers/rules.ts
var rules = __webpack_require__(486);
;// CONCATENATED MODULE: ./src/waivers/apply.ts



/**
 * Applies config and inline waivers to the checked roles (issue 13): a covered check keeps its
 * verdict and gains `waiver`. Expired waivers do nothing and warn; waivers that cover nothing warn
 * (stale); inline waivers that are not acceptable are errors on their line; with `inline: deny`
 * inline waivers are ignored with a warning. Mutates the reports' check results. Pure otherwise.
 */
function applyWaivers(evaluated, configWaivers, policy) {
    const warnings = [];
    const errors = [];
    const configRules = configWaivers.map(({ role: roleGlob, ...w }) => ({
        ...w,
        roleGlob,
        source: 'config',
        label: `roles matching '${roleGlob}'`,
        used: false,
    }));
    const expired = (rule) => (0,dates/* daysBetween */.YM)(policy.today, rule.expires) < 0;
    for (const { role, report } of evaluated) {
        const inline = (role.inlineWaivers ?? []).flatMap((w) => inlineRule(w, role, report, policy, warnings, errors));
        const names = [role.id, role.key, ...(typeof role.name === 'string' ? [role.name] : [])];
        const matching = configRules.filter((r) => names.some((name) => (0,glob/* globMatches */.m)(r.roleGlob, name)));
        for (const rule of [...inline, ...matching]) {
            if (expired(rule))
                continue;
            for (const check of report.checks) {
                if (check.verdict === 'pass' || check.waiver)
                    continue;
                if (!rule.checks.includes('all') && !rule.checks.includes(check.check))
                    continue;
                const open = [...(check.missingActions ?? []), ...(check.unprovenActions ?? [])];
                const waiver = {
                    reason: rule.reason,
                    expires: rule.expires,
                    source: rule.source,
                    daysLeft: (0,dates/* daysBetween */.YM)(policy.today, rule.expires),
                    written: { checks: rule.checks, ...(rule.actions && { actions: rule.actions }) },
                    ...(rule.ticket !== undefined && { ticket: rule.ticket }),
                    location: rule.location,
                };
                if (rule.actions) {
                    const wanted = new Set(rule.actions.map((a) => a.toLowerCase()));
                    const covered = open.filter((a) => wanted.has(a.toLowerCase()));
                    if (covered.length === 0)
                        continue;
                    waiver.actions = covered;
                }
                check.waiver = waiver;
                rule.used = true;
            }
        }
        for (const rule of inline)
            if (!rule.used)
                warnings.push(unusedWarning(rule, expired(rule), policy.today));
    }
    for (const rule of configRules)
        if (!rule.used && (expired(rule) || !policy.partial))
            warnings.push(unusedWarning(rule, expired(rule), policy.today));
    return { warnings, errors };
}
function inlineRule(waiver, role, report, policy, warnings, errors) {
    const at = waiver.location;
    const problem = waiver.problem ?? (0,rules/* waiverProblem */.uI)(waiver, policy.today, policy.maxDays);
    if (problem) {
        errors.push({ file: at.file, line: at.line, column: at.column, message: `${role.key}: ${problem}` });
        return [];
    }
    if (policy.inline === 'deny') {
        warnings.push({
            code: 'waiver-denied',
            message: `waiver for ${report.id} (${waiver.checks.join(', ')}) is ignored: the config sets inline-waivers: deny`,
            location: at,
        });
        return [];
    }
    return [
        {
            checks: waiver.checks,
            ...(waiver.actions && { actions: waiver.actions }),
            reason: waiver.reason,
            expires: waiver.expires,
            ...(waiver.ticket !== undefined && { ticket: waiver.ticket }),
            source: 'inline',
            location: at,
            label: report.id,
            used: false,
        },
    ];
}
function unusedWarning(rule, expired, today) {
    const what = `waiver for ${rule.label} (${rule.checks.join(', ')}${rule.actions ? `: ${rule.actions.join(', ')}` : ''})`;
    return expired
        ? {
            code: 'waiver-expired',
            message: `${what} expired on ${rule.expires} (today is ${today}): it no longer applies; fix the role or renew the waiver with a new reason`,
            location: rule.location,
        }
        : {
            code: 'waiver-stale',
            message: `${what} matches no failing or unknown check: remove it`,
            location: rule.location,
        };
}

// EXTERNAL MODULE: ./src/model/value.ts
var value = __webpack_require__(2904);
;// CONCATENATED MODULE: ./src/bind.ts


/**
 * Builds the roles that the config assembles from bare policy files:
 * `roles: [{match: "veeam-worker", trust: "iam/trust.json", policies: [...], instance-profile: true}]`.
 * A binding names one role (no glob); its files are paths relative to the scan root. A file it
 * names that is not a scanned policy document is an error; a loose document no binding names is
 * reported as unbound, not checked. Pure.
 */
function bindLooseDocuments(loose, selectors) {
    const result = { roles: [], errors: [], warnings: [] };
    const byFile = new Map();
    for (const doc of loose)
        byFile.set(normalize(doc.file), doc);
    const used = new Set();
    for (const selector of selectors) {
        if (selector.trust === undefined && selector.policies === undefined)
            continue;
        if (/[*?]/.test(selector.match))
            throw new model_errors/* InputError */.dz(`config: roles entry '${selector.match}' binds files (trust/policies) but its match is a glob: name exactly one role`);
        const find = (path, use) => {
            const file = normalize(path);
            const doc = byFile.get(file);
            if (!doc) {
                result.errors.push({
                    file,
                    message: `the config binds this file to role '${selector.match}' as its ${use} policy, but it is not a policy document in the scanned input`,
                });
                return undefined;
            }
            used.add(file);
            if (doc.use !== use)
                result.warnings.push({
                    code: 'binding-use-mismatch',
                    message: `bound to role '${selector.match}' as its ${use} policy, but it reads as ${doc.use === 'trust' ? 'a trust' : 'an identity'} policy`,
                    location: doc.document.location,
                });
            return doc;
        };
        const trust = selector.trust === undefined ? undefined : find(selector.trust, 'trust');
        const policies = (selector.policies ?? []).map((p) => find(p, 'identity'));
        const anchor = trust ?? policies.find((p) => p !== undefined);
        if (!anchor)
            continue;
        result.roles.push(boundRole(selector, anchor.document.location, trust, policies));
    }
    for (const [file, doc] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
        if (used.has(file))
            continue;
        result.warnings.push({
            code: 'unbound-document',
            message: `${doc.use} policy document bound to no role (bind it with a config roles entry): not checked`,
            location: doc.document.location,
        });
    }
    return result;
}
function boundRole(selector, at, trust, policies) {
    const openQuestions = [];
    const attached = [];
    (selector.policies ?? []).forEach((path, i) => {
        const doc = policies[i];
        const name = normalize(path);
        attached.push(doc
            ? { kind: 'inline', name, document: doc.document, location: doc.document.location }
            : {
                kind: 'inline',
                name,
                location: at,
                unresolved: (0,value/* unresolved */.I)(`bound policy file ${name} was not found`, at),
            });
    });
    if (selector.policies === undefined)
        openQuestions.push({
            checks: ['permissions'],
            reason: `the config binding for '${selector.match}' names no policy files (policies: [...])`,
            location: at,
        });
    if (selector.instanceProfile === undefined)
        openQuestions.push({
            checks: ['instance-profile'],
            reason: `the config binding for '${selector.match}' does not say whether the role is in an instance profile (instance-profile: true)`,
            location: at,
        });
    const shape = {
        assumptions: {},
        policies: attached,
        instanceProfiles: selector.instanceProfile
            ? [{ name: 'instance-profile: true (config)', location: at }]
            : [],
        complete: {
            policies: selector.policies !== undefined,
            instanceProfiles: selector.instanceProfile !== undefined,
        },
        openQuestions,
    };
    if (trust)
        shape.trustPolicy = trust.document;
    else
        shape.trustUnresolved = (0,value/* unresolved */.I)(selector.trust === undefined
            ? `the config binding for '${selector.match}' names no trust policy file (trust: FILE)`
            : `bound trust policy file ${normalize(selector.trust)} was not found`, at);
    return {
        id: `${at.file}#${selector.match}`,
        key: selector.match,
        name: selector.match,
        source: 'iam-json',
        file: at.file,
        location: at,
        tags: {},
        variants: [shape],
    };
}
function normalize(path) {
    return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

;// CONCATENATED MODULE: ./src/drift.ts
const assume = /^(\*|sts:\*|sts:assumerole)$/i;
/**
 * Issue 4 item 4: where a role that is both declared (template, plan, raw IAM JSON) and deployed
 * (live mode, same role name) differs in what the checks use: trust principals, granted required
 * actions, instance profiles. One Warning per difference, at the declared role. Pure.
 */
function findDrift(declared, live) {
    const liveByName = new Map();
    for (const l of live)
        if (typeof l.role.name === 'string')
            liveByName.set(l.role.name, l);
    const warnings = [];
    for (const d of declared) {
        if (typeof d.role.name !== 'string' || d.role.source === 'aws')
            continue;
        const l = liveByName.get(d.role.name);
        if (!l)
            continue;
        const add = (aspect, detail) => {
            warnings.push({
                code: 'drift',
                message: `role '${d.role.name}': the deployed role (${l.role.id}) differs from ${d.role.id} in ${aspect}: ${detail}`,
                location: d.role.location,
            });
        };
        const declaredTrust = trustPrincipals(d.role);
        const liveTrust = trustPrincipals(l.role);
        const onlyDeclared = [...declaredTrust].filter((p) => ![...liveTrust].some((q) => samePrincipal(p, q)));
        const onlyLive = [...liveTrust].filter((q) => ![...declaredTrust].some((p) => samePrincipal(p, q)));
        if (onlyDeclared.length || onlyLive.length)
            add('trust principals', sides(onlyDeclared, onlyLive));
        const declaredMissing = actionSet(d.report);
        const liveMissing = actionSet(l.report);
        const grantedOnlyDeclared = [...liveMissing].filter((a) => !declaredMissing.has(a));
        const grantedOnlyLive = [...declaredMissing].filter((a) => !liveMissing.has(a));
        if (grantedOnlyDeclared.length || grantedOnlyLive.length)
            add('granted required actions', sides(grantedOnlyDeclared, grantedOnlyLive, 'granted'));
        const declaredProfiles = d.role.variants.some((v) => v.instanceProfiles.length > 0);
        const liveProfiles = l.role.variants.some((v) => v.instanceProfiles.length > 0);
        if (declaredProfiles !== liveProfiles)
            add('instance profiles', declaredProfiles
                ? 'the template puts the role in an instance profile, the deployed role is in none'
                : `the deployed role is in instance profile ${l.role.variants[0].instanceProfiles.map((p) => p.name).join(', ')}, the template puts it in none`);
    }
    return warnings;
}
function sides(onlyDeclared, onlyLive, verb = 'trusted') {
    const parts = [];
    if (onlyDeclared.length)
        parts.push(`${verb} only as declared: ${onlyDeclared.sort().join(', ')}`);
    if (onlyLive.length)
        parts.push(`${verb} only as deployed: ${onlyLive.sort().join(', ')}`);
    return parts.join('; ');
}
/** Required actions the report does not show as granted (missing or unproven). */
function actionSet(report) {
    const check = report.checks.find((c) => c.check === 'permissions');
    return new Set([...(check?.missingActions ?? []), ...(check?.unprovenActions ?? [])]);
}
/** `Type:value` of every principal an Allow statement lets assume the role, across variants. */
function trustPrincipals(role) {
    const out = new Set();
    for (const shape of role.variants)
        for (const s of shape.trustPolicy?.statements ?? []) {
            if (s.effect !== 'Allow' || !(s.action ?? []).some((a) => typeof a === 'string' && assume.test(a)))
                continue;
            for (const p of s.principal ?? [])
                if (typeof p.value === 'string')
                    out.add(`${p.type}:${canonical(p.value)}`);
        }
    return out;
}
/** IAM stores an account ID principal as its root ARN. */
function canonical(value) {
    return /^\d{12}$/.test(value) ? `arn:aws:iam::${value}:root` : value;
}
/** Pseudo parameters (`${AWS::Partition}`, `${AWS::AccountId}`, …) in a declared value match any segment. */
function samePrincipal(declared, deployed) {
    if (declared === deployed)
        return true;
    if (!declared.includes('${'))
        return false;
    const pattern = declared
        .split(/\$\{AWS::\w+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^:/]*');
    return new RegExp(`^${pattern}$`).test(deployed);
}

;// CONCATENATED MODULE: ./src/shard.ts

/** Reads `N/M` (1 ≤ N ≤ M); anything else is the user's mistake, named in an InputError. */
function parseShard(text, option = '--shard') {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
        throw new model_errors/* InputError */.dz(`${option} '${text}': expected N/M with 1 ≤ N ≤ M, e.g. 2/4`);
    }
    return { index, count };
}
/**
 * Whether a file (path relative to the scan root) belongs to this shard: FNV-1a of the path, mod
 * M. It depends on the path alone, so every job of a matrix computes the same partition, each file
 * (and each error about it) lands in exactly one shard, and adding a file moves no other file.
 */
function inShard(file, shard) {
    if (!shard || shard.count === 1)
        return true;
    let hash = 0x811c9dc5;
    for (let i = 0; i < file.length; i++) {
        hash ^= file.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % shard.count === shard.index - 1;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/files/release-memory.ts

// node:v8 and node:vm are loaded by the first collection: node:v8 alone costs about 6 ms of every
// start-up, and only large inputs collect (issue 16).
const requireBuiltin = (0,external_node_module_.createRequire)(import.meta.url);
/**
 * Scanned bytes past which the scan collects garbage at its phase ends (issue 16). V8 sizes its heap
 * from the largest live set it has seen: after a 300 MB plan its text and parse objects are garbage,
 * but without a collection the heap keeps growing through evaluation and the report (6× the file
 * in peak RSS). One full collection after parsing and one after checking cost well under 1 % of
 * such a run and keep the peak near the live data (measured: 5.8× → 3.7× on a 343 MB plan).
 */
const LARGE_INPUT_BYTES = 64 * 2 ** 20;
let collect;
/** A full garbage collection, when the runtime allows it; nothing otherwise. */
function releaseMemory() {
    if (collect === undefined) {
        const { setFlagsFromString } = requireBuiltin('node:v8');
        const { runInNewContext } = requireBuiltin('node:vm');
        try {
            // The way jest's leak detector reaches the collector without a command-line flag.
            setFlagsFromString('--expose-gc');
            const gc = runInNewContext('gc');
            collect = typeof gc === 'function' ? gc : null;
        }
        catch {
            collect = null;
        }
        finally {
            setFlagsFromString('--no-expose-gc');
        }
    }
    collect?.();
}

;// CONCATENATED MODULE: ./src/scan.ts















/** The parsers and checks, loaded on first use (src/scan-engine.ts). */
let engine;
const loadEngine = async () => (engine ??= await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(849), __webpack_require__.e(684), __webpack_require__.e(305), __webpack_require__.e(687), __webpack_require__.e(111), __webpack_require__.e(203)]).then(__webpack_require__.bind(__webpack_require__, 6203)));
/**
 * Reads, parses and checks every file under the paths (design.md §1). The only I/O is reading
 * the scanned files; the Report is deterministic for the same tree and options.
 */
async function scan(request) {
    const { options } = request;
    const walked = await walk(request.root, request.paths.length > 0 ? request.paths : ['.'], {
        exclude: options.exclude,
        maxFileBytes: request.maxFileBytes,
    });
    const only = request.only ? new Set(request.only.map(normalise)) : undefined;
    const wanted = (file) => (!only || only.has(file)) && inShard(file, request.shard);
    const live = request.shard && request.shard.index !== 1 ? undefined : request.live;
    const errors = walked.errors.filter((e) => wanted(e.file));
    const warnings = [...walked.warnings];
    const roles = [];
    const looseDocuments = [];
    /** Terraform root folders a scanned plan covers: their roles come from the plan. */
    const coveredRoots = new Set();
    const infrastructureFiles = new Set(errors.map((e) => e.file));
    let filesWithoutIam = 0;
    const byPath = new Map(walked.files.map((f) => [f.path, f]));
    const allPaths = walked.files.map((f) => f.path);
    // Parsers read companions (a plan's .tf sources) through this: only files of the walked tree.
    const readCompanion = (relativePath) => {
        const found = byPath.get(normalise(relativePath));
        if (!found)
            return undefined;
        try {
            const decoded = (0,decode/* decode */.D)((0,external_node_fs_.readFileSync)(found.absolute));
            return decoded.kind === 'text' ? decoded.text : undefined;
        }
        catch {
            return undefined;
        }
    };
    const contextFor = (file) => ({
        file,
        parameters: options.parameters,
        readFile: readCompanion,
        files: allPaths,
        ...(options.terraform && { terraformPlans: options.terraform.plans }),
    });
    // One file in a function of its own: its text (a plan may be hundreds of MB) is released when it
    // returns; held in this async function's frame it would stay alive until the scan ends.
    const parseOne = async (file, loaded) => {
        const text = await readText(file);
        if (typeof text !== 'string') {
            if (text) {
                errors.push(text);
                infrastructureFiles.add(file.path);
            }
            return;
        }
        const { parseFile, sourceStyle } = loaded;
        try {
            const parsed = parseFile(text, contextFor(file.path), request.parsers);
            if (!parsed)
                return;
            infrastructureFiles.add(file.path);
            if (parsed.withoutIam)
                filesWithoutIam++;
            // Fixes are written in the file's own style (short tags, indentation): read it once per file.
            const style = parsed.roles.length ? sourceStyle(text) : undefined;
            roles.push(...parsed.roles.map((r) => (r.style || !style ? r : { ...r, style })));
            errors.push(...parsed.errors);
            warnings.push(...parsed.warnings);
            looseDocuments.push(...(parsed.looseDocuments ?? []));
            for (const root of parsed.terraformRoots ?? [])
                coveredRoots.add(root);
        }
        catch (error) {
            // A parser must never throw on input: this is a bug, reported on the file, never a crash.
            infrastructureFiles.add(file.path);
            errors.push({
                file: file.path,
                message: `internal error while parsing (please report): ${message(error)}`,
            });
        }
    };
    const scanned = walked.files.filter((f) => f.candidate && wanted(f.path));
    // The parsers load only when there is a file to parse (an empty folder starts faster).
    if (scanned.length) {
        const loaded = await loadEngine();
        for (const file of scanned)
            await parseOne(file, loaded);
    }
    // Large inputs: the texts and parse objects are garbage now; collect them before checking.
    const large = scanned.reduce((sum, f) => sum + f.size, 0) > LARGE_INPUT_BYTES;
    if (large)
        releaseMemory();
    const hasTerraformSource = walked.files.some((f) => f.path.endsWith('.tf'));
    // Each shard checks a plan in one shard only, but every shard must know which roots the plans
    // cover: else a root's roles would come from its plan in one shard and its .tf files in another.
    if (hasTerraformSource && request.shard && request.shard.count > 1) {
        const { terraformPlanParser, planCoveredRoots } = await loadEngine();
        for (const file of walked.files) {
            if (!file.candidate || wanted(file.path) || !file.path.toLowerCase().endsWith('.json'))
                continue;
            const text = await readText(file);
            if (typeof text !== 'string' || !terraformPlanParser.sniff(file.path, text.slice(0, 8192)))
                continue;
            // Only which roots it covers: its roles are built and checked in its own shard.
            for (const root of planCoveredRoots(text, contextFor(file.path)))
                coveredRoots.add(root);
        }
    }
    // Terraform source without a plan (issue 11): roots no scanned plan covers.
    if (hasTerraformSource) {
        const source = await readTerraformRoots(request, allPaths, readCompanion, coveredRoots);
        // Policy files a configuration reads with file()/templatefile() are bound to its roles.
        const read = new Set(source.readFiles);
        for (let i = looseDocuments.length - 1; i >= 0; i--)
            if (read.has(looseDocuments[i].file))
                looseDocuments.splice(i, 1);
        for (const file of source.files)
            if (wanted(file))
                infrastructureFiles.add(file);
        roles.push(...source.roles.filter((r) => wanted(r.file)));
        errors.push(...source.errors.filter((e) => wanted(e.file)));
        warnings.push(...source.warnings);
    }
    // Bare policy files become roles through the config's bindings (issue 4); the rest are reported.
    const bound = bindLooseDocuments(looseDocuments, options.roles);
    roles.push(...bound.roles);
    errors.push(...bound.errors);
    warnings.push(...bound.warnings);
    if (live) {
        roles.push(...live.roles);
        errors.push(...live.errors);
        warnings.push(...live.warnings);
    }
    const classified = (0,selection/* classifyRoles */.kL)(roles, options.roles, options.ignore);
    const selections = classified.selected;
    const liveNamed = new Set((live?.roles ?? []).map((r) => r.id));
    const skipped = classified.skipped.filter((s) => !liveNamed.has(s.id));
    for (const role of live?.roles ?? [])
        if (!selections.has(role))
            selections.set(role, {
                kinds: ['production-worker'],
                selectedBy: 'named for live mode (--role / aws-roles)',
            });
    const reports = [];
    const evaluated = [];
    for (const [role, selection] of selections) {
        const { evaluateRole, adviseRole, combinedRequirements } = await loadEngine();
        request.inspect?.(role, selection.kinds);
        try {
            const report = evaluateRole(role, selection, options);
            reports.push(report);
            evaluated.push({ role, report });
            // Advice never changes a verdict; `least-privilege: fail` lets the gate act on it.
            warnings.push(...adviseRole(role, combinedRequirements(selection.kinds, options.veeamVersion)));
        }
        catch (error) {
            // An InputError here is about this role (a veeam:role tag naming an unknown kind): report it
            // on the role. Anything else is a bug, still reported on the role rather than crashing.
            const why = error instanceof model_errors/* InputError */.dz ? message(error) : `internal error (please report): ${message(error)}`;
            errors.push({
                file: role.file,
                line: role.location.line,
                column: role.location.column,
                message: `${role.key} could not be checked: ${why}`,
            });
        }
    }
    // Waivers (issue 13): a waived check keeps its verdict; the gate counts what is not waived.
    const waived = applyWaivers(evaluated, options.waivers ?? [], {
        today: request.today ?? new Date().toISOString().slice(0, 10),
        inline: options.inlineWaivers ?? 'allow',
        maxDays: options.maxWaiverDays ?? rules/* defaultMaxWaiverDays */.Vh,
        partial: only !== undefined || (request.shard !== undefined && request.shard.count > 1),
    });
    warnings.push(...waived.warnings);
    errors.push(...waived.errors);
    for (const report of reports)
        (0,gate_verdict/* settleGateVerdict */.mH)(report);
    for (const selector of (0,selection/* unmatchedSelectors */.em)(roles, options.roles)) {
        const text = `roles entry '${selector.match}' matches no IAM role in the scanned files`;
        // With a file restriction the role may live in an unchanged file: not proven missing.
        if (only)
            warnings.push({ code: 'role-not-in-changed-files', message: text });
        // A shard sees part of the files: the entry is missing only if every shard says so.
        else if (request.shard && request.shard.count > 1)
            warnings.push({ code: 'role-not-in-shard', message: text });
        else
            errors.push({
                file: request.configFile ?? '(config)',
                line: src_config/* selectorLines */.xf.get(selector),
                message: text,
            });
    }
    if (live) {
        const isLive = (e) => e.role.source === 'aws';
        warnings.push(...findDrift(evaluated.filter((e) => !isLive(e)), evaluated.filter(isLive)));
    }
    // And what checking left behind, before the report is rendered.
    if (large)
        releaseMemory();
    reports.sort((a, b) => walk_compare(a.id, b.id));
    errors.sort(byFileLine);
    warnings.sort(byWarning);
    const summary = {
        files: infrastructureFiles.size,
        iamRoles: roles.length,
        workerRoles: reports.length,
        ...(0,gate_verdict/* countRoles */.n$)(reports),
        errors: errors.length,
        ...(filesWithoutIam > 0 && { filesWithoutIam }),
    };
    // Key order of the summary is fixed by the JSON renderer; `accepted` only when there are some.
    skipped.sort((a, b) => walk_compare(a.id, b.id));
    return {
        version: 1,
        summary,
        roles: reports,
        errors,
        warnings,
        ...(skipped.length > 0 && { skipped }),
    };
}
/** Reads the Terraform roots of the tree with variable files given by flags, input or config. */
async function readTerraformRoots(request, files, readFile, covered) {
    const terraform = request.options.terraform;
    const variableFiles = (terraform?.tfvars ?? []).map((file) => {
        const absolute = external_node_path_default().resolve(request.root, file);
        let bytes;
        try {
            bytes = (0,external_node_fs_.readFileSync)(absolute);
        }
        catch (error) {
            const code = error.code;
            throw new model_errors/* InputError */.dz(`--tfvars ${file}: ${code === 'ENOENT' ? 'file not found' : message(error)}`);
        }
        const decoded = (0,decode/* decode */.D)(bytes);
        if (decoded.kind !== 'text')
            throw new model_errors/* InputError */.dz(`--tfvars ${file}: not a text file`);
        return { file: normalise(external_node_path_default().relative(request.root, absolute)), text: decoded.text };
    });
    const { loadHcl, readTerraformSource } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(849), __webpack_require__.e(684), __webpack_require__.e(687), __webpack_require__.e(176), __webpack_require__.e(127)]).then(__webpack_require__.bind(__webpack_require__, 6353));
    const hcl = await loadHcl();
    // file() and templatefile() may read any file inside the scan root (templates are not walked).
    const root = external_node_path_default().resolve(request.root);
    const readInside = (relative) => {
        const known = readFile(relative);
        if (known !== undefined)
            return known;
        const absolute = external_node_path_default().resolve(root, relative);
        if (!absolute.startsWith(root + (external_node_path_default()).sep))
            return undefined;
        try {
            const decoded = (0,decode/* decode */.D)((0,external_node_fs_.readFileSync)(absolute));
            return decoded.kind === 'text' ? decoded.text : undefined;
        }
        catch {
            return undefined;
        }
    };
    const variables = { files: variableFiles, vars: terraform?.vars ?? {} };
    if (request.terraformReread) {
        // Each re-read changes one file: the others' syntax trees (never modified) are parsed once.
        const trees = new Map();
        const parse = (text, file) => {
            const known = trees.get(file);
            if (known?.text === text)
                return known.tree;
            const tree = hcl.parse(text, file);
            trees.set(file, { text, tree });
            return tree;
        };
        request.terraformReread((overlay) => readTerraformSource({
            hcl: { ...hcl, parse },
            files,
            readFile: (relative) => overlay.get(relative) ?? readInside(relative),
            variables,
            covered,
        }));
    }
    return readTerraformSource({ hcl, files, readFile: readInside, variables, covered });
}
/** File names that say "infrastructure" even when the content cannot be read as text. */
function namedAsInfrastructure(file) {
    const lower = file.toLowerCase();
    return (lower.endsWith('.template') ||
        /\.template\.(json|ya?ml)$/.test(lower) ||
        /(^|[/._-])(tf)?plan\.json$/.test(lower) ||
        /(^|\/)(cloudformation|cfn)([/._-]|$)/.test(lower) ||
        lower.startsWith('cdk.out/') ||
        lower.includes('/cdk.out/'));
}
/** Words only infrastructure files hold: CloudFormation, Terraform plans, IAM policies. */
const infrastructureMarkers = [
    'AWSTemplateFormatVersion',
    'AWS::',
    'planned_values',
    'resource_changes',
    'Statement',
];
/**
 * Whether bytes that are not valid text still hold infrastructure words (in UTF-8/ASCII, or
 * UTF-16 without a BOM): one stray invalid byte must not make a template vanish from the gate.
 * Searched in the bytes, so a large binary file costs no decoded copy.
 */
function mentionsInfrastructure(bytes) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return infrastructureMarkers.some((marker) => {
        const le = Buffer.from(marker, 'utf16le');
        const be = Buffer.from(le).swap16();
        return buffer.includes(marker, 0, 'latin1') || buffer.includes(le) || buffer.includes(be);
    });
}
/**
 * The file's text; a FileError when it cannot be read; undefined for binary files skipped silently.
 * Read synchronously: files are checked one after another anyway, and the promise-based read costs
 * several thread-pool round trips per file (most of the read time over a tree of small templates).
 */
async function readText(file) {
    let bytes;
    try {
        // Small files synchronously (a promise read per file costs a thread-pool round trip); large
        // ones through the promise API, measured to peak ~340 MB lower on a 330 MB plan (its bytes are
        // released before the parse's peak).
        bytes = file.size > LARGE_INPUT_BYTES ? await (0,promises_.readFile)(file.absolute) : (0,external_node_fs_.readFileSync)(file.absolute);
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'EACCES' ? 'permission denied' : message(error);
        return { file: file.path, message: `could not read: ${reason}` };
    }
    const decoded = (0,decode/* decode */.D)(bytes);
    if (decoded.kind === 'text')
        return decoded.text;
    if (namedAsInfrastructure(file.path) || mentionsInfrastructure(bytes)) {
        return { file: file.path, message: `not a text file (${decoded.reason}): could not be checked` };
    }
    return undefined;
}
function normalise(relativePath) {
    return relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}
function byFileLine(a, b) {
    return (walk_compare(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        walk_compare(a.message, b.message));
}
function byWarning(a, b) {
    return (walk_compare(a.location?.file ?? '', b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        walk_compare(a.code, b.code) ||
        walk_compare(a.message, b.message));
}

// EXTERNAL MODULE: ./src/iam/data-files.ts
var data_files = __webpack_require__(71);
;// CONCATENATED MODULE: ./src/data-files.ts


/**
 * The URL of a file relative to this module: src/ when run from source, dist/ in the bundle. Given
 * as a parameter so that ncc does not relocate the data files itself (scripts/data-files.mjs
 * copies them to dist/iam/data/, where the source has them under src/).
 */
function besideModule(relative) {
    return new URL(relative, import.meta.url);
}
function readBundledDataFile(name) {
    return (0,external_node_fs_.readFileSync)(besideModule(`iam/data/${name}`), 'utf8');
}
(0,data_files/* provideDataFiles */.l)(readBundledDataFile);

;// CONCATENATED MODULE: ./src/cli/run.ts
















// Provides the data files shipped beside the bundle to the pure core (read on first use).


/**
 * Everything the CLI does after --help and --version (src/cli.ts answers those without loading
 * this module and the engine behind it).
 */
async function runCli(args) {
    const values = args.values;
    if (values['list-checks'])
        return print(listChecks());
    if (values['list-kinds'])
        return print(listKinds());
    const outputs = plannedOutputs(values);
    const repositoryRoot = findRepositoryRoot(process.cwd());
    const defaultConfig = external_node_path_default().join(repositoryRoot, src_config/* defaultConfigPath */.jE);
    const configFile = values.config ?? ((0,external_node_fs_.existsSync)(defaultConfig) ? external_node_path_default().relative(process.cwd(), defaultConfig) : undefined);
    // The YAML parser is loaded only when there is a config file to read.
    const config = configFile
        ? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(660)]).then(__webpack_require__.bind(__webpack_require__, 4660))).parseConfig(run_readText(configFile, '--config'), configFile)
        : {};
    const options = (0,src_config/* resolveOptions */.$i)(overrides(values), config);
    // Issue 13: waiver expiry is judged against today (VEEAM_IAM_GATE_TODAY fixes it).
    const today = (0,dates/* todayOf */.XY)(process.env);
    (0,src_config/* checkWaiverLengths */.At)(options, today);
    const baseline = options.baseline === undefined
        ? undefined
        : parseBaseline(run_readText(options.baseline, '--baseline'), options.baseline);
    const liveRequest = {
        aws: values.aws === true,
        roles: values.role ?? [],
        region: values['aws-region'],
        simulate: values.simulate === true,
    };
    // The AWS SDK is loaded only when a live-mode flag is given: it would double the start-up of
    // every offline run (bench/RESULTS.md).
    const wantsLive = liveRequest.aws ||
        liveRequest.roles.length > 0 ||
        liveRequest.simulate ||
        liveRequest.region !== undefined;
    const aws = wantsLive ? await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(849), __webpack_require__.e(764), __webpack_require__.e(684), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 8119)) : undefined;
    const live = aws ? await aws.startLiveMode(liveRequest, options.roles) : undefined;
    const explain = values.explain;
    const explained = [];
    // Loaded only for --explain: it needs the IAM evaluator before any file is read.
    const explainRole = explain === undefined ? undefined : (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(849), __webpack_require__.e(684), __webpack_require__.e(305), __webpack_require__.e(389)]).then(__webpack_require__.bind(__webpack_require__, 7389))).explainRole;
    if (values['dry-run'] && !values.fix)
        throw new model_errors/* InputError */.dz('--dry-run: only with --fix');
    const scanRequest = {
        today,
        root: process.cwd(),
        paths: args.positionals,
        options,
        configFile,
        live: live?.live,
        ...(values.shard !== undefined && { shard: parseShard(values.shard) }),
    };
    const scanned = await scan({
        ...scanRequest,
        ...(explain !== undefined &&
            explainRole && {
            inspect: (role, kinds) => {
                if (roleMatches(role, explain))
                    explained.push(explainRole(role, kinds, options.veeamVersion));
            },
        }),
    });
    const writeBaseline = values['write-baseline'];
    if (writeBaseline !== undefined) {
        try {
            (0,external_node_fs_.writeFileSync)(writeBaseline, renderBaseline(baselineOf(scanned)));
        }
        catch (error) {
            throw new model_errors/* InputError */.dz(`--write-baseline ${writeBaseline}: ${errorText(error)}`);
        }
    }
    const partial = values.shard !== undefined && parseShard(values.shard).count > 1;
    const withBaseline = (found) => baseline ? applyBaseline(found, baseline, options.baseline, partial) : found;
    let report = withBaseline(scanned);
    if (explain !== undefined) {
        if (!explained.length)
            throw new model_errors/* InputError */.dz(`--explain ${explain}: no checked role has that id, logical ID, address or name (checked: ${report.roles.map((r) => r.id).join(', ') || 'none'})`);
        process.stdout.write(explained.join('\n'));
        return gateOutcome(report, options.onUnknown, options.leastPrivilege).exitCode;
    }
    if (aws && live && values.simulate)
        report.warnings.push(...(await aws.simulateReport(live.client, report, options.veeamVersion)));
    if (values.fix) {
        // Loaded only for --fix: the diff library is not needed by a checking run.
        const { fixFiles } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(849), __webpack_require__.e(291), __webpack_require__.e(684), __webpack_require__.e(305), __webpack_require__.e(687), __webpack_require__.e(111), __webpack_require__.e(176), __webpack_require__.e(785)]).then(__webpack_require__.bind(__webpack_require__, 7785));
        const fixed = await fixFiles({
            root: scanRequest.root,
            report,
            options,
            dryRun: values['dry-run'] === true,
            rescan: async () => withBaseline(await scan(scanRequest)),
        });
        // The diff goes to stdout beside a text report there; beside JSON or SARIF on stdout, to stderr.
        const onStdout = outputs.filter((o) => o.file === undefined);
        (onStdout.every((o) => o.format === 'text') ? process.stdout : process.stderr).write(fixed.log);
        report = fixed.report;
    }
    const outcome = gateOutcome(report, options.onUnknown, options.leastPrivilege);
    // A closed stdout (`| head -1`) ends the run quietly with the gate's own exit status.
    process.exitCode = outcome.exitCode;
    const context = {
        report,
        outcome,
        text: { quiet: values.quiet === true, compact: values.compact === true },
        rootFromRepository: external_node_path_default().relative(repositoryRoot, process.cwd()).split((external_node_path_default()).sep).join('/'),
    };
    for (const output of outputs) {
        if (output.file === undefined) {
            const colour = output.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
            process.stdout.write(await render(output, context, colour));
            continue;
        }
        try {
            (0,external_node_fs_.writeFileSync)(output.file, await render(output, context, false));
        }
        catch (error) {
            throw new model_errors/* InputError */.dz(`${output.flag} ${output.file}: ${errorText(error)}`);
        }
    }
    return outcome.exitCode;
}
/** `--explain`'s argument: a role id, or a glob over logical ID, Terraform address or role name. */
function roleMatches(role, pattern) {
    const names = [role.id, role.key, typeof role.name === 'string' ? role.name : undefined];
    return names.some((n) => n !== undefined && (0,glob/* globMatches */.m)(pattern, n));
}
function print(text) {
    process.stdout.write(text);
    return 0;
}
function overrides(values) {
    const flags = {};
    if (values['veeam-version'] !== undefined) {
        flags.veeamVersion = (0,src_config/* veeamVersion */.rO)(values['veeam-version'], (what) => {
            throw new model_errors/* InputError */.dz(`--veeam-version ${what}`);
        });
    }
    if (values['on-unknown'] !== undefined) {
        flags.onUnknown = (0,src_config/* oneOf */.yL)(values['on-unknown'], ['fail', 'warn'], (what) => {
            throw new model_errors/* InputError */.dz(`--on-unknown ${what}`);
        });
    }
    if (values['appliance-principal']) {
        flags.appliancePrincipals = values['appliance-principal'].map((p) => (0,src_config/* appliancePrincipal */.c0)(p, (what) => {
            throw new model_errors/* InputError */.dz(`--appliance-principal ${what}`);
        }));
    }
    const parameters = {};
    const file = values['parameters-file'];
    if (file !== undefined)
        Object.assign(parameters, parseParameterFile(run_readText(file, '--parameters-file'), file));
    for (const assignment of values.parameter ?? []) {
        const [key, value] = splitAssignment(assignment, '--parameter');
        parameters[key] = value;
    }
    flags.parameters = parameters;
    if (values.baseline !== undefined)
        flags.baseline = values.baseline;
    if (values.tfvars)
        flags.tfvars = values.tfvars;
    if (values.var) {
        flags.vars = {};
        for (const assignment of values.var) {
            const [key, value] = splitAssignment(assignment, '--var');
            flags.vars[key] = value;
        }
    }
    return flags;
}
function run_readText(file, option) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        const code = error.code;
        throw new model_errors/* InputError */.dz(`${option} ${file}: ${code === 'ENOENT' ? 'file not found' : errorText(error)}`);
    }
    const decoded = (0,decode/* decode */.D)(bytes);
    if (decoded.kind === 'binary')
        throw new model_errors/* InputError */.dz(`${option} ${file}: not a text file (${decoded.reason})`);
    return decoded.text;
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c0: () => (/* binding */ appliancePrincipal),
  At: () => (/* binding */ checkWaiverLengths),
  cX: () => (/* binding */ configFromValue),
  jE: () => (/* reexport */ config_path/* defaultConfigPath */.j),
  yL: () => (/* binding */ oneOf),
  $i: () => (/* binding */ resolveOptions),
  xf: () => (/* binding */ selectorLines),
  rO: () => (/* binding */ veeamVersion)
});

// EXTERNAL MODULE: ./src/closest.ts
var closest = __webpack_require__(2512);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/model/options.ts
const defaultOptions = {
    veeamVersion: '10',
    appliancePrincipals: [],
    onUnknown: 'fail',
    parameters: {},
    roles: [],
    exclude: [],
};

// EXTERNAL MODULE: ./src/requirements/index.ts + 1 modules
var requirements = __webpack_require__(1494);
// EXTERNAL MODULE: ./src/waivers/dates.ts
var dates = __webpack_require__(1028);
// EXTERNAL MODULE: ./src/waivers/rules.ts
var rules = __webpack_require__(486);
// EXTERNAL MODULE: ./src/config-path.ts
var config_path = __webpack_require__(5493);
;// CONCATENATED MODULE: ./src/config.ts







const topKeys = [
    'veeam-version',
    'appliance-principals',
    'on-unknown',
    'parameters',
    'roles',
    'exclude',
    'least-privilege',
    'ignore',
    'waivers',
    'inline-waivers',
    'max-waiver-days',
    'baseline',
    'terraform',
];
const terraformKeys = ['tfvars', 'plans'];
const roleKeys = ['match', 'kind', 'kinds', 'trust', 'policies', 'instance-profile'];
/** The config line of each `roles:` entry, for the error when it matches no role (scan.ts). */
const selectorLines = new WeakMap();
/**
 * Validates the config file's settings, read from YAML by parseConfig (src/config-file.ts, the only
 * part that loads the YAML parser: a run without a config file does without it, issue 16). Any
 * problem is an InputError of one line naming the file, the line (`lineAt`), the key and what to
 * write instead.
 */
function configFromValue(root, fileName, lineAt) {
    const fail = (path, what) => {
        const line = lineAt(path);
        const key = path.length > 0 ? ` ${describePath(path)}` : '';
        throw new errors/* InputError */.dz(`${fileName}${line ? `:${line}` : ''}:${key} ${what}`);
    };
    if (root === null || root === undefined)
        return {};
    if (!isMap(root))
        return fail([], `must be a mapping of settings (got ${typeName(root)})`);
    const config = {};
    for (const [key, value] of Object.entries(root)) {
        const at = [key];
        switch (key) {
            case 'veeam-version':
                config.veeamVersion = veeamVersion(value, (what) => fail(at, what));
                break;
            case 'appliance-principals':
            case 'appliance-principal': // the CLI flag's and the action input's spelling
                config.appliancePrincipals = principalList(value, at, fail).map((p, i) => appliancePrincipal(p, (what) => fail([...at, i], what)));
                break;
            case 'on-unknown':
                config.onUnknown = oneOf(value, ['fail', 'warn'], (what) => fail(at, what));
                break;
            case 'least-privilege':
                config.leastPrivilege = oneOf(value, ['warn', 'fail'], (what) => fail(at, what));
                break;
            case 'parameters':
                config.parameters = parameters(value, at, fail);
                break;
            case 'roles':
                if (!Array.isArray(value))
                    fail(at, `must be a list of { match, kind } entries (got ${typeName(value)})`);
                config.roles = value.map((entry, i) => {
                    const selector = roleSelector(entry, [...at, i], fail);
                    const line = lineAt([...at, i]);
                    if (line !== undefined)
                        selectorLines.set(selector, line);
                    return selector;
                });
                break;
            case 'exclude':
                config.exclude = stringList(value, at, fail);
                break;
            case 'ignore':
                config.ignore = stringList(value, at, fail);
                break;
            case 'waivers':
                if (!Array.isArray(value))
                    fail(at, `must be a list of { role, checks, reason, expires } entries (got ${typeName(value)})`);
                config.waivers = value.map((entry, i) => configWaiver(entry, [...at, i], fail, {
                    file: fileName,
                    line: lineAt([...at, i]) ?? 1,
                    column: 1,
                }));
                break;
            case 'inline-waivers':
                config.inlineWaivers = oneOf(value, ['allow', 'deny'], (what) => fail(at, what));
                break;
            case 'max-waiver-days':
                if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 3650)
                    fail(at, `must be a whole number of days from 1 to 3650 (got ${show(value)})`);
                config.maxWaiverDays = value;
                break;
            case 'baseline':
                if (typeof value !== 'string' || value.trim() === '')
                    fail(at, `must be the path of a baseline file written by --write-baseline (got ${show(value)})`);
                config.baseline = value.trim();
                break;
            case 'terraform':
                config.terraform = terraformSettings(value, at, fail);
                break;
            default:
                fail(at, `is not a known key${(0,closest/* didYouMean */.au)(key, topKeys)} (known: ${topKeys.join(', ')})`);
        }
    }
    return config;
}
/** Flags win over the config, the config over the defaults; parameters merge key by key. */
function resolveOptions(flags, config) {
    const options = {
        veeamVersion: flags.veeamVersion ?? config.veeamVersion ?? defaultOptions.veeamVersion,
        appliancePrincipals: flags.appliancePrincipals && flags.appliancePrincipals.length > 0
            ? [...flags.appliancePrincipals]
            : [...(config.appliancePrincipals ?? defaultOptions.appliancePrincipals)],
        onUnknown: flags.onUnknown ?? config.onUnknown ?? defaultOptions.onUnknown,
        parameters: { ...defaultOptions.parameters, ...config.parameters, ...flags.parameters },
        roles: [...(config.roles ?? defaultOptions.roles)],
        exclude: [...(config.exclude ?? defaultOptions.exclude), ...(flags.exclude ?? [])],
    };
    if (config.leastPrivilege)
        options.leastPrivilege = config.leastPrivilege;
    // Issue 13: opt-outs, waivers and the baseline come from the config (the baseline also from a flag).
    if (config.ignore)
        options.ignore = [...config.ignore];
    if (config.waivers)
        options.waivers = [...config.waivers];
    if (config.inlineWaivers)
        options.inlineWaivers = config.inlineWaivers;
    if (config.maxWaiverDays !== undefined)
        options.maxWaiverDays = config.maxWaiverDays;
    const baseline = flags.baseline ?? config.baseline;
    if (baseline !== undefined)
        options.baseline = baseline;
    const tfvars = [...(config.terraform?.tfvars ?? []), ...(flags.tfvars ?? [])];
    const vars = { ...config.terraform?.vars, ...flags.vars };
    const plans = config.terraform?.plans ?? [];
    if (tfvars.length > 0 || Object.keys(vars).length > 0 || plans.length > 0)
        options.terraform = { tfvars, vars, plans: [...plans] };
    return options;
}
/** A Veeam Backup for AWS major version: "10", 10 or "11". */
function veeamVersion(value, fail) {
    const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    const known = (0,requirements/* knownVersions */.J0)();
    if (typeof text !== 'string' || !known.includes(text.trim())) {
        return fail(`must be a Veeam Backup for AWS version with published requirements: ${known.map((v) => `"${v}"`).join(' or ')} (got ${show(value)})`);
    }
    return text.trim();
}
/** A role ARN, an account ID or an account root ARN (design.md §3 trust-appliance). */
function appliancePrincipal(value, fail) {
    const v = value.trim();
    const ok = /^\d{12}$/.test(v) ||
        /^arn:aws(-[a-z]+)*:iam::\d{12}:root$/.test(v) ||
        /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(v);
    if (!ok) {
        return fail(`must be a role ARN (arn:aws:iam::111122223333:role/Name), an account ID (111122223333) or arn:aws:iam::111122223333:root (got ${show(value)})`);
    }
    return v;
}
function oneOf(value, allowed, fail) {
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    return fail(`must be ${allowed.map((a) => `'${a}'`).join(' or ')} (got ${show(value)})`);
}
function stringList(value, at, fail) {
    if (typeof value === 'string')
        return [value];
    if (!Array.isArray(value))
        return fail(at, `must be a string or a list of strings (got ${typeName(value)})`);
    return value.map((item, i) => typeof item === 'string' ? item : fail([...at, i], `must be a string (got ${typeName(item)})`));
}
/**
 * Account IDs and ARNs. YAML reads an unquoted 012345678901 as the number 12345678901 (the leading
 * zero lost), so a number is never taken as an account ID: the user is told to quote it.
 */
function principalList(value, at, fail) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
        if (typeof item === 'number' || typeof item === 'bigint')
            fail(Array.isArray(value) ? [...at, i] : at, `is a number to YAML, which drops an account ID's leading zeros: quote it ('${String(item).padStart(12, '0')}')`);
    });
    return stringList(value, at, fail);
}
function parameters(value, at, fail) {
    if (!isMap(value))
        return fail(at, `must be a mapping of ParameterName: value (got ${typeName(value)})`);
    const result = {};
    for (const [name, v] of Object.entries(value)) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            result[name] = String(v);
        // A CommaDelimitedList / List<…> parameter may be written as a YAML list.
        else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
            result[name] = v.join(',');
        }
        else
            fail([...at, name], `must be a string, a number or a list of strings (got ${typeName(v)})`);
    }
    return result;
}
function roleSelector(entry, at, fail) {
    if (typeof entry === 'string')
        return { match: entry, kinds: ['production-worker'] };
    if (!isMap(entry))
        return fail(at, `must be a mapping such as { match: "*Worker*", kind: production-worker } (got ${typeName(entry)})`);
    for (const key of Object.keys(entry)) {
        if (!roleKeys.includes(key)) {
            fail([...at, key], `is not a known key of a roles entry${(0,closest/* didYouMean */.au)(key, roleKeys)} (known: ${roleKeys.join(', ')})`);
        }
    }
    const { match } = entry;
    if (typeof match !== 'string' || match.trim() === '') {
        return fail([...at, 'match'], `must be a glob over logical ID, Terraform address or role name, e.g. "*Worker*" (got ${show(match)})`);
    }
    if (entry.kind !== undefined && entry.kinds !== undefined)
        fail([...at, 'kinds'], 'cannot be given together with kind: use one');
    let kinds = ['production-worker'];
    if (entry.kind !== undefined)
        kinds = [kindName(entry.kind, [...at, 'kind'], fail)];
    if (entry.kinds !== undefined) {
        const list = stringList(entry.kinds, [...at, 'kinds'], fail);
        if (list.length === 0)
            fail([...at, 'kinds'], 'must name at least one role kind');
        kinds = list.map((k, i) => kindName(k, [...at, 'kinds', i], fail));
    }
    const selector = { match, kinds };
    if (entry.trust !== undefined) {
        if (typeof entry.trust !== 'string')
            fail([...at, 'trust'], `must be the path of a trust policy file (got ${typeName(entry.trust)})`);
        selector.trust = entry.trust;
    }
    if (entry.policies !== undefined)
        selector.policies = stringList(entry.policies, [...at, 'policies'], fail);
    if (entry['instance-profile'] !== undefined) {
        if (typeof entry['instance-profile'] !== 'boolean') {
            fail([...at, 'instance-profile'], `must be true or false (got ${show(entry['instance-profile'])})`);
        }
        selector.instanceProfile = entry['instance-profile'];
    }
    return selector;
}
const waiverKeys = ['role', 'checks', 'actions', 'reason', 'expires', 'ticket'];
/** A `waivers:` entry: reason and expiry are required; the length limit is checked against today later. */
function configWaiver(entry, at, fail, location) {
    if (!isMap(entry))
        return fail(at, `must be a mapping { role, checks, reason, expires } (got ${typeName(entry)})`);
    for (const key of Object.keys(entry))
        if (!waiverKeys.includes(key))
            fail([...at, key], `is not a known key of a waiver (known: ${waiverKeys.join(', ')})`);
    const { role, reason, expires, ticket } = entry;
    if (typeof role !== 'string' || role.trim() === '')
        fail([...at, 'role'], `must be a glob over role id, logical ID or name, e.g. "*LegacyWorker*" (got ${show(role)})`);
    if (entry.checks === undefined)
        fail([...at, 'checks'], "is required: one or more check ids, or 'all'");
    const checks = stringList(entry.checks, [...at, 'checks'], fail);
    if (checks.length === 0)
        fail([...at, 'checks'], "must name one or more check ids, or 'all'");
    checks.forEach((c, i) => {
        const problem = (0,rules/* checkNameProblem */.fM)(c);
        if (problem)
            fail([...at, 'checks', i], problem);
    });
    if (typeof reason !== 'string' || reason.trim() === '')
        fail([...at, 'reason'], 'is required: say why the gap is accepted');
    if (expires === undefined)
        fail([...at, 'expires'], 'is required: the date the waiver ends (YYYY-MM-DD)');
    if (typeof expires !== 'string' || !(0,dates/* isDay */.N)(expires))
        fail([...at, 'expires'], `must be a date written YYYY-MM-DD (got ${show(expires)})`);
    const waiver = {
        role: role.trim(),
        checks,
        reason: reason.trim(),
        expires: expires,
        location,
    };
    if (entry.actions !== undefined) {
        const actions = stringList(entry.actions, [...at, 'actions'], fail);
        if (actions.length === 0)
            fail([...at, 'actions'], 'must name at least one IAM action');
        waiver.actions = actions;
    }
    if (ticket !== undefined) {
        if (typeof ticket !== 'string' && typeof ticket !== 'number')
            fail([...at, 'ticket'], `must be a ticket id or URL (got ${typeName(ticket)})`);
        waiver.ticket = String(ticket);
    }
    return waiver;
}
/**
 * Config waivers that run longer than `max-waiver-days` from today: exit 2 naming the entry, so a
 * waiver stays temporary. Separate from parseConfig, which knows no date.
 */
function checkWaiverLengths(options, today) {
    const max = options.maxWaiverDays ?? rules/* defaultMaxWaiverDays */.Vh;
    for (const [i, waiver] of (options.waivers ?? []).entries()) {
        const problem = (0,rules/* waiverProblem */.uI)(waiver, today, max);
        if (problem)
            throw new errors/* InputError */.dz(`${waiver.location.file}:${waiver.location.line}: 'waivers[${i}].expires' ${problem}`);
    }
}
/** `terraform: { tfvars: [files], plans: [{ plan, root }] }`. */
function terraformSettings(value, at, fail) {
    if (!isMap(value))
        return fail(at, `must be a mapping with tfvars and/or plans (got ${typeName(value)})`);
    const settings = { tfvars: [], vars: {}, plans: [] };
    for (const [key, v] of Object.entries(value)) {
        if (key === 'tfvars')
            settings.tfvars = stringList(v, [...at, key], fail);
        else if (key === 'plans') {
            if (!Array.isArray(v))
                fail([...at, key], `must be a list of { plan, root } entries (got ${typeName(v)})`);
            settings.plans = v.map((entry, i) => {
                const here = [...at, key, i];
                if (!isMap(entry))
                    return fail(here, `must be a mapping such as { plan: plans/stage.json, root: envs/stage } (got ${typeName(entry)})`);
                for (const k of Object.keys(entry))
                    if (k !== 'plan' && k !== 'root')
                        fail([...here, k], 'is not a known key of a plans entry (known: plan, root)');
                const { plan, root } = entry;
                if (typeof plan !== 'string' || plan.trim() === '')
                    fail([...here, 'plan'], `must be the path of a plan JSON file (got ${show(plan)})`);
                if (typeof root !== 'string' || root.trim() === '')
                    fail([...here, 'root'], `must be the folder of the plan's root module (got ${show(root)})`);
                return { plan: cleanPath(plan), root: cleanPath(root) };
            });
        }
        else
            fail([...at, key], `is not a known key (known: ${terraformKeys.join(', ')})`);
    }
    return settings;
}
/** `./envs/dev/` → `envs/dev`: paths compared with the scan's relative paths. */
function cleanPath(path) {
    return (path
        .trim()
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '') || '.');
}
/** A role kind, or several joined with '+' (a role that must meet each of them). */
function kindName(value, at, fail) {
    const known = (0,requirements/* knownKinds */.T8)();
    if (typeof value === 'string' && value.split('+').every((k) => known.includes(k)))
        return value;
    return fail(at, `must be a role kind (${known.join(', ')}) or several joined with '+' (got ${show(value)})`);
}
function describePath(path) {
    return `'${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')}'`;
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function typeName(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${show(value)}`;
}
function show(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    if (value === null || value === undefined)
        return 'nothing';
    if (typeof value === 'object')
        return Array.isArray(value) ? 'a list' : 'a mapping';
    return String(value);
}


/***/ }),

/***/ 8341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ decode)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Bytes → text. UTF-8 with or without a BOM, UTF-16 LE/BE only with a BOM (PowerShell's `>` writes
 * UTF-16LE with one). Invalid sequences or NUL characters mean the file is not text: templates,
 * plans and policies never contain NUL, and guessing an encoding would misplace every line number.
 */
function decode(bytes) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf)
        return decodeWith(bytes.subarray(3), 'utf-8', 'utf-8-bom');
    if (b0 === 0xff && b1 === 0xfe)
        return decodeWith(bytes.subarray(2), 'utf-16le', 'utf-16le');
    if (b0 === 0xfe && b1 === 0xff)
        return decodeWith(bytes.subarray(2), 'utf-16be', 'utf-16be');
    return decodeWith(bytes, 'utf-8', 'utf-8');
}
function decodeWith(bytes, label, encoding) {
    if (label !== 'utf-8' && bytes.length % 2 !== 0) {
        return { kind: 'binary', reason: `odd number of bytes for ${label.toUpperCase()}` };
    }
    if (label === 'utf-8' && (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes)) {
        // Pure ASCII is valid UTF-8 and decodes to the same characters as Latin-1: a plain byte copy,
        // about twice as fast as the validating decoder (issue 16: 12-15 % of a large plan's run).
        return withoutNul(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), encoding);
    }
    let text;
    try {
        // ignoreBOM: the BOM was already consumed above; a second one is content, not a marker.
        text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return { kind: 'binary', reason: `not valid ${label.toUpperCase()}` };
    }
    return withoutNul(text, encoding);
}
function withoutNul(text, encoding) {
    const nul = text.indexOf('\0');
    if (nul !== -1)
        return { kind: 'binary', reason: `contains a NUL character at offset ${nul}` };
    return { kind: 'text', text, encoding };
}


/***/ }),

/***/ 71:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readDataFile),
/* harmony export */   l: () => (/* binding */ provideDataFiles)
/* harmony export */ });
let reader;
function provideDataFiles(read) {
    reader = read;
}
/** The text of one data file (e.g. 'actions.json'); a missing reader is a packaging bug. */
function readDataFile(name) {
    if (!reader)
        throw new Error(`data file ${name} was needed before the entry point provided a reader`);
    return reader(name);
}


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ actionMatches),
/* harmony export */   Wo: () => (/* binding */ compileWildcard),
/* harmony export */   _W: () => (/* binding */ coversEveryResource)
/* harmony export */ });
/**
 * IAM wildcard matching: `*` is any run of characters (colons and slashes included), `?` exactly one.
 * Compiled patterns are cached: the same few patterns are matched against every required action.
 */
const cache = new Map();
function compileWildcard(pattern, caseInsensitive) {
    const cacheKey = (caseInsensitive ? 'i:' : 's:') + pattern;
    let re = cache.get(cacheKey);
    if (!re) {
        const body = pattern.replace(/[.+^${}()|[\]\\*?]/g, (c) => c === '*' ? '.*' : c === '?' ? '.' : `\\${c}`);
        re = new RegExp(`^${body}$`, caseInsensitive ? 'is' : 's');
        if (cache.size > 10_000)
            cache.clear();
        cache.set(cacheKey, re);
    }
    return re;
}
/** Action names are case-insensitive in IAM (`SSM:getparameter` is `ssm:GetParameter`). */
function actionMatches(pattern, action) {
    if (pattern === '*')
        return true;
    return compileWildcard(pattern, true).test(action);
}
/** True when a resource pattern matches every resource: it is made of wildcards only. */
function coversEveryResource(pattern) {
    return /^\*+$/.test(pattern);
}


/***/ }),

/***/ 1334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mH: () => (/* binding */ settleGateVerdict),
/* harmony export */   n$: () => (/* binding */ countRoles),
/* harmony export */   tC: () => (/* binding */ checkGateVerdict)
/* harmony export */ });
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7088);

/**
 * What the gate counts for one check (design.md §2): a check the baseline records, or a waiver
 * covers wholly, counts as a pass; a partial waiver leaves the actions it does not cover.
 */
function checkGateVerdict(check) {
    if (check.verdict === 'pass' || check.baseline)
        return 'pass';
    const waiver = check.waiver;
    if (!waiver)
        return check.verdict;
    if (!waiver.actions)
        return 'pass';
    const waived = new Set(waiver.actions.map((a) => a.toLowerCase()));
    const left = (list) => (list ?? []).filter((a) => !waived.has(a.toLowerCase()));
    if (left(check.missingActions).length)
        return 'fail';
    if (left(check.unprovenActions).length)
        return 'unknown';
    // A check that fails or is unknown for a reason other than actions is not covered by an action list.
    return check.missingActions?.length || check.unprovenActions?.length ? 'pass' : check.verdict;
}
/** Sets `gateVerdict` on the role when waivers or the baseline make it differ from `verdict`. */
function settleGateVerdict(role) {
    const gate = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .Q)(role.checks.map(checkGateVerdict));
    if (gate === role.verdict)
        delete role.gateVerdict;
    else
        role.gateVerdict = gate;
}
/** Role counts as the gate sees them: `fail` / `unknown` leave out what waivers or the baseline accept. */
function countRoles(roles) {
    const gate = (r) => r.gateVerdict ?? r.verdict;
    const accepted = roles.filter((r) => r.verdict !== 'pass' && gate(r) === 'pass').length;
    return {
        pass: roles.filter((r) => r.verdict === 'pass').length,
        fail: roles.filter((r) => gate(r) === 'fail').length,
        unknown: roles.filter((r) => gate(r) === 'unknown').length,
        ...(accepted > 0 && { accepted }),
    };
}


/***/ }),

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ unresolved),
/* harmony export */   U: () => (/* binding */ isUnresolved)
/* harmony export */ });
function isUnresolved(value) {
    return typeof value === 'object' && value !== null && value.unresolved === true;
}
function unresolved(reason, location, role) {
    const value = location ? { unresolved: true, reason, location } : { unresolved: true, reason };
    if (role)
        value.role = role;
    return value;
}


/***/ }),

/***/ 7088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ worst)
/* harmony export */ });
const rank = { pass: 0, unknown: 1, fail: 2 };
/** The worst verdict: fail > unknown > pass (design.md §2). An empty list is a pass. */
function worst(verdicts) {
    let result = 'pass';
    for (const v of verdicts)
        if (rank[v] > rank[result])
            result = v;
    return result;
}


/***/ }),

/***/ 2295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ compareChecks),
/* harmony export */   Fs: () => (/* binding */ checkOrder),
/* harmony export */   n6: () => (/* binding */ checkInfo)
/* harmony export */ });
const workerPage = 'https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_prod_acc.html';
const beforeYouBegin = 'https://helpcenter.veeam.com/docs/vbaws/guide/byb_roles.html';
const known = {
    'trust-ec2': {
        id: 'trust-ec2',
        title: 'Worker role trusts Amazon EC2',
        help: 'An `Allow` statement of the trust policy must grant `sts:AssumeRole` to the service principal ' +
            '`ec2.amazonaws.com`, and no `Deny` may take it away: worker instances run with this role.',
        source: workerPage,
    },
    'trust-appliance': {
        id: 'trust-appliance',
        title: 'Worker role trusts the backup appliance',
        help: 'An `Allow` statement of the trust policy must grant `sts:AssumeRole` to the backup appliance: the ARN of ' +
            'its impersonation role or its account. An `sts:ExternalId` condition is accepted; `Principal: "*"` is not.',
        source: beforeYouBegin,
    },
    'instance-profile': {
        id: 'instance-profile',
        title: 'Worker role is in an instance profile',
        help: 'The role must be included in at least one instance profile, or Veeam cannot attach it to worker instances.',
        source: workerPage,
    },
    permissions: {
        id: 'permissions',
        title: 'Worker role has every permission Veeam needs',
        help: 'The effective identity permissions (inline and managed policies, minus explicit `Deny`, within the ' +
            'permissions boundary) must allow every action Veeam lists for the role on `Resource: "*"`.',
        source: workerPage,
    },
};
/** The four checks of every worker role, in the order reports list them. */
const checkOrder = ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'];
/** What a check demands; `trust-<service>` checks other than trust-ec2 are described from their id. */
function checkInfo(id) {
    const info = known[id];
    if (info)
        return info;
    const service = id.replace(/^trust-/, '');
    return {
        id,
        title: `Role trusts ${service}.amazonaws.com`,
        help: `An \`Allow\` statement of the trust policy must grant \`sts:AssumeRole\` to the service principal ` +
            `\`${service}.amazonaws.com\`, as Veeam requires for this kind of role.`,
        source: workerPage,
    };
}
/** Sort key: the order above; other trust-<service> checks right after trust-ec2, by name. */
function compareChecks(a, b) {
    const rank = (id) => {
        const i = checkOrder.indexOf(id);
        return i >= 0 ? i * 2 : 1;
    };
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}


/***/ }),

/***/ 5120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ globMatches)
/* harmony export */ });
/* harmony import */ var _iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9499);

/** Config `match:` globs: `*` and `?`, case-insensitive, over logical IDs, addresses and role names. */
function globMatches(pattern, text) {
    return (0,_iam_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .compileWildcard */ .Wo)(pattern, true).test(text);
}


/***/ }),

/***/ 1494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  an: () => (/* binding */ combinedRequirements),
  T8: () => (/* binding */ knownKinds),
  J0: () => (/* binding */ knownVersions),
  hk: () => (/* binding */ requirementSets)
});

// UNUSED EXPORTS: isExtraKind, kindProblem, requirementSet

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/requirements/data/requirements.json
const requirements_namespaceObject = /*#__PURE__*/JSON.parse('{"c":[{"kind":"production-worker","version":"10","title":"Worker Deployment Role Permissions in Production Accounts (worker IAM role / \'Production worker role\' attached to worker instances in production accounts)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_prod_acc.html","actions":["ec2messages:AcknowledgeMessage","ec2messages:DeleteMessage","ec2messages:FailMessage","ec2messages:GetEndpoint","ec2messages:GetMessages","ec2messages:SendReply","iam:GetContextKeysForPrincipalPolicy","iam:GetRole","iam:ListInstanceProfilesForRole","iam:SimulatePrincipalPolicy","sqs:DeleteMessage","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","ssm:DescribeAssociation","ssm:DescribeDocument","ssm:GetDeployablePatchSnapshotForInstance","ssm:GetDocument","ssm:GetManifest","ssm:GetParameter","ssm:GetParameters","ssm:ListAssociations","ssm:ListInstanceAssociations","ssm:PutComplianceItems","ssm:PutConfigurePackageResult","ssm:PutInventory","ssm:UpdateAssociationStatus","ssm:UpdateInstanceAssociationStatus","ssm:UpdateInstanceInformation","ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"trustServices":["ec2.amazonaws.com"],"trustAppliance":true,"instanceProfile":true},{"kind":"production-worker","version":"11","title":"Worker Deployment Role Permissions in Production Accounts (worker IAM role / \'Production worker role\' attached to worker instances in production accounts)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_prod_acc.html","actions":["ec2messages:AcknowledgeMessage","ec2messages:DeleteMessage","ec2messages:FailMessage","ec2messages:GetEndpoint","ec2messages:GetMessages","ec2messages:SendReply","iam:GetContextKeysForPrincipalPolicy","iam:GetRole","iam:ListAccountAliases","iam:ListInstanceProfilesForRole","iam:SimulatePrincipalPolicy","pricing:GetProducts","sqs:DeleteMessage","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","ssm:DescribeAssociation","ssm:DescribeDocument","ssm:GetDeployablePatchSnapshotForInstance","ssm:GetDocument","ssm:GetManifest","ssm:GetParameter","ssm:GetParameters","ssm:ListAssociations","ssm:ListInstanceAssociations","ssm:PutComplianceItems","ssm:PutConfigurePackageResult","ssm:PutInventory","ssm:UpdateAssociationStatus","ssm:UpdateInstanceAssociationStatus","ssm:UpdateInstanceInformation","ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"trustServices":["ec2.amazonaws.com"],"trustAppliance":true,"instanceProfile":true},{"kind":"flr-worker","version":"10","title":"FLR Worker IAM Role Permissions (role used both to deploy and to be attached to FLR worker instances in production accounts)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_flr_prod.html","actions":["ec2:AttachNetworkInterface","ec2:AttachVolume","ec2:CopySnapshot","ec2:CreateKeyPair","ec2:CreateNetworkInterface","ec2:CreateSnapshot","ec2:CreateTags","ec2:CreateVolume","ec2:DeleteKeyPair","ec2:DeleteNetworkInterface","ec2:DeleteSnapshot","ec2:DeleteVolume","ec2:DescribeAccountAttributes","ec2:DescribeAddresses","ec2:DescribeAvailabilityZones","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeKeyPairs","ec2:DescribeNetworkInterfaces","ec2:DescribeRegions","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSnapshotAttribute","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeVolumeAttribute","ec2:DescribeVolumes","ec2:DescribeVpcs","ec2:DetachVolume","ec2:ModifyInstanceAttribute","ec2:RunInstances","ec2:StartInstances","ec2:StopInstances","ec2:TerminateInstances","ec2messages:AcknowledgeMessage","ec2messages:DeleteMessage","ec2messages:FailMessage","ec2messages:GetEndpoint","ec2messages:GetMessages","ec2messages:SendReply","iam:GetContextKeysForPrincipalPolicy","iam:GetRole","iam:ListAccountAliases","iam:ListInstanceProfilesForRole","iam:PassRole","iam:SimulatePrincipalPolicy","kms:CreateGrant","kms:DescribeKey","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","kms:ReEncryptFrom","kms:ReEncryptTo","servicequotas:ListServiceQuotas","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:DescribeAssociation","ssm:DescribeDocument","ssm:GetCommandInvocation","ssm:GetDeployablePatchSnapshotForInstance","ssm:GetDocument","ssm:GetManifest","ssm:GetParameter","ssm:GetParameters","ssm:ListAssociations","ssm:ListInstanceAssociations","ssm:PutComplianceItems","ssm:PutConfigurePackageResult","ssm:PutInventory","ssm:SendCommand","ssm:UpdateAssociationStatus","ssm:UpdateInstanceAssociationStatus","ssm:UpdateInstanceInformation","ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"trustServices":["ec2.amazonaws.com"],"trustAppliance":true,"instanceProfile":true},{"kind":"flr-worker","version":"11","title":"FLR Worker IAM Role Permissions (role used both to deploy and to be attached to FLR worker instances in production accounts)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_flr_prod.html","actions":["ec2:AttachNetworkInterface","ec2:AttachVolume","ec2:CopySnapshot","ec2:CreateKeyPair","ec2:CreateNetworkInterface","ec2:CreateSnapshot","ec2:CreateTags","ec2:CreateVolume","ec2:DeleteKeyPair","ec2:DeleteNetworkInterface","ec2:DeleteSnapshot","ec2:DeleteVolume","ec2:DescribeAccountAttributes","ec2:DescribeAddresses","ec2:DescribeAvailabilityZones","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeKeyPairs","ec2:DescribeNetworkInterfaces","ec2:DescribeRegions","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSnapshotAttribute","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeVolumeAttribute","ec2:DescribeVolumes","ec2:DescribeVpcs","ec2:DetachVolume","ec2:ModifyInstanceAttribute","ec2:RunInstances","ec2:StartInstances","ec2:StopInstances","ec2:TerminateInstances","ec2messages:AcknowledgeMessage","ec2messages:DeleteMessage","ec2messages:FailMessage","ec2messages:GetEndpoint","ec2messages:GetMessages","ec2messages:SendReply","iam:GetContextKeysForPrincipalPolicy","iam:GetRole","iam:ListAccountAliases","iam:ListInstanceProfilesForRole","iam:PassRole","iam:SimulatePrincipalPolicy","kms:CreateGrant","kms:DescribeKey","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","kms:ReEncryptFrom","kms:ReEncryptTo","servicequotas:ListServiceQuotas","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:DescribeAssociation","ssm:DescribeDocument","ssm:GetCommandInvocation","ssm:GetDeployablePatchSnapshotForInstance","ssm:GetDocument","ssm:GetManifest","ssm:GetParameter","ssm:GetParameters","ssm:ListAssociations","ssm:ListInstanceAssociations","ssm:PutComplianceItems","ssm:PutConfigurePackageResult","ssm:PutInventory","ssm:SendCommand","ssm:UpdateAssociationStatus","ssm:UpdateInstanceAssociationStatus","ssm:UpdateInstanceInformation","ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"trustServices":["ec2.amazonaws.com"],"trustAppliance":true,"instanceProfile":true},{"kind":"worker-configuration","version":"10","title":"Worker Configuration IAM Role Permissions (role used to list network settings when adding worker configurations for production accounts)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_service_prod_acc.html","actions":["ec2:DescribeAccountAttributes","ec2:DescribeAvailabilityZones","ec2:DescribeRegions","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcs"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"worker-configuration","version":"11","title":"Worker Configuration IAM Role Permissions (role used to list network settings when adding worker configurations for production accounts)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_service_prod_acc.html","actions":["ec2:DescribeAccountAttributes","ec2:DescribeAvailabilityZones","ec2:DescribeRegions","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcs"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"worker-deployment","version":"10","title":"Worker Deployment Role Permissions in Backup Account (worker deployment role / service IAM role)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_backup_acc.html","actions":["ebs:ListChangedBlocks","ebs:ListSnapshotBlocks","ec2:AttachVolume","ec2:CopySnapshot","ec2:CreateKeyPair","ec2:CreateSnapshot","ec2:CreateTags","ec2:CreateVolume","ec2:DeleteKeyPair","ec2:DeleteSnapshot","ec2:DeleteVolume","ec2:DescribeAccountAttributes","ec2:DescribeAvailabilityZones","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeKeyPairs","ec2:DescribeRegions","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSnapshotAttribute","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeVolumes","ec2:DescribeVpcEndpoints","ec2:DescribeVpcs","ec2:DetachVolume","ec2:GetEbsDefaultKmsKeyId","ec2:ModifyInstanceAttribute","ec2:ModifySnapshotAttribute","ec2:ModifyVolume","ec2:RunInstances","ec2:StartInstances","ec2:StopInstances","ec2:TerminateInstances","iam:AddRoleToInstanceProfile","iam:AttachRolePolicy","iam:CreateInstanceProfile","iam:CreateRole","iam:DeleteInstanceProfile","iam:DeleteRole","iam:DeleteRolePolicy","iam:DetachRolePolicy","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:GetRole","iam:ListAccountAliases","iam:ListAttachedRolePolicies","iam:ListInstanceProfilesForRole","iam:ListRolePolicies","iam:PassRole","iam:PutRolePolicy","iam:RemoveRoleFromInstanceProfile","iam:SimulatePrincipalPolicy","kinesis:CreateStream","kinesis:DeleteStream","kinesis:DescribeStream","kinesis:PutRecord","kms:CreateGrant","kms:DescribeKey","kms:GenerateDataKeyWithoutPlaintext","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","kms:ReEncryptFrom","kms:ReEncryptTo","servicequotas:ListServiceQuotas","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"worker-deployment","version":"11","title":"Worker Deployment Role Permissions in Backup Account (worker deployment role / service IAM role)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_backup_acc.html","actions":["ebs:ListChangedBlocks","ebs:ListSnapshotBlocks","ec2:AttachVolume","ec2:CopySnapshot","ec2:CreateKeyPair","ec2:CreateSnapshot","ec2:CreateTags","ec2:CreateVolume","ec2:DeleteKeyPair","ec2:DeleteSnapshot","ec2:DeleteVolume","ec2:DescribeAccountAttributes","ec2:DescribeAvailabilityZones","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeKeyPairs","ec2:DescribeRegions","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSnapshotAttribute","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeVolumes","ec2:DescribeVpcEndpoints","ec2:DescribeVpcs","ec2:DetachVolume","ec2:GetEbsDefaultKmsKeyId","ec2:ModifyInstanceAttribute","ec2:ModifySnapshotAttribute","ec2:ModifyVolume","ec2:RunInstances","ec2:StartInstances","ec2:StopInstances","ec2:TerminateInstances","iam:AddRoleToInstanceProfile","iam:AttachRolePolicy","iam:CreateInstanceProfile","iam:CreateRole","iam:DeleteInstanceProfile","iam:DeleteRole","iam:DeleteRolePolicy","iam:DetachRolePolicy","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:GetRole","iam:ListAccountAliases","iam:ListAttachedRolePolicies","iam:ListInstanceProfilesForRole","iam:ListRolePolicies","iam:PassRole","iam:PutRolePolicy","iam:RemoveRoleFromInstanceProfile","iam:SimulatePrincipalPolicy","kinesis:CreateStream","kinesis:DeleteStream","kinesis:DescribeStream","kinesis:PutRecord","kms:CreateGrant","kms:DescribeKey","kms:GenerateDataKeyWithoutPlaintext","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","kms:ReEncryptFrom","kms:ReEncryptTo","pricing:GetProducts","servicequotas:ListServiceQuotas","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"ec2-backup","version":"10","title":"EC2 Backup IAM Role Permissions (main list)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_backup_ec2.html","actions":["ebs:ListChangedBlocks","ebs:ListSnapshotBlocks","ec2:CopySnapshot","ec2:CreateSnapshot","ec2:CreateSnapshots","ec2:CreateTags","ec2:DeleteSnapshot","ec2:DeleteTags","ec2:DescribeAddresses","ec2:DescribeAvailabilityZones","ec2:DescribeConversionTasks","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeInstanceTypes","ec2:DescribeNetworkInterfaces","ec2:DescribeRegions","ec2:DescribeSnapshotAttribute","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeTags","ec2:DescribeVolumeAttribute","ec2:DescribeVolumes","ec2:DescribeVpcs","ec2:GetEbsDefaultKmsKeyId","ec2:ModifySnapshotAttribute","events:DeleteRule","events:DescribeRule","events:ListTargetsByRule","events:PutRule","events:PutTargets","events:RemoveTargets","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:ListAccountAliases","iam:ListInstanceProfiles","iam:SimulatePrincipalPolicy","kms:CreateGrant","kms:DescribeKey","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","kms:ReEncryptFrom","kms:ReEncryptTo","servicequotas:ListServiceQuotas","sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptionsByTopic","sns:ListTopics","sns:SetTopicAttributes","sns:Subscribe","sns:Unsubscribe","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SetQueueAttributes","ssm:DescribeInstanceInformation","ssm:GetCommandInvocation","ssm:SendCommand"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"ec2-backup","version":"11","title":"EC2 Backup IAM Role Permissions (main list)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_backup_ec2.html","actions":["ebs:GetSnapshotBlock","ebs:ListChangedBlocks","ebs:ListSnapshotBlocks","ec2:CopySnapshot","ec2:CreateSnapshot","ec2:CreateSnapshots","ec2:CreateTags","ec2:DeleteSnapshot","ec2:DeleteTags","ec2:DescribeAddresses","ec2:DescribeAvailabilityZones","ec2:DescribeConversionTasks","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeInstanceTypes","ec2:DescribeNetworkInterfaces","ec2:DescribeRegions","ec2:DescribeSnapshotAttribute","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeTags","ec2:DescribeVolumeAttribute","ec2:DescribeVolumes","ec2:DescribeVpcs","ec2:GetEbsDefaultKmsKeyId","ec2:ModifySnapshotAttribute","events:DeleteRule","events:DescribeRule","events:ListTargetsByRule","events:PutRule","events:PutTargets","events:RemoveTargets","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:ListAccountAliases","iam:ListInstanceProfiles","iam:SimulatePrincipalPolicy","kms:CreateGrant","kms:Decrypt","kms:DescribeKey","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","kms:ReEncryptFrom","kms:ReEncryptTo","servicequotas:ListServiceQuotas","sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptionsByTopic","sns:ListTopics","sns:SetTopicAttributes","sns:Subscribe","sns:Unsubscribe","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SetQueueAttributes","ssm:DescribeInstanceInformation","ssm:GetCommandInvocation","ssm:SendCommand"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"ec2-restore","version":"10","title":"EC2 Restore IAM Permissions (main list)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_restore_ec2.html","actions":["ec2:AllocateAddress","ec2:AssignPrivateIpAddresses","ec2:AssociateAddress","ec2:AssociateIamInstanceProfile","ec2:AttachNetworkInterface","ec2:AttachVolume","ec2:CopySnapshot","ec2:CreateNetworkInterface","ec2:CreateTags","ec2:CreateVolume","ec2:DeleteNetworkInterface","ec2:DeleteSnapshot","ec2:DeleteTags","ec2:DeleteVolume","ec2:DescribeAddresses","ec2:DescribeAvailabilityZones","ec2:DescribeConversionTasks","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeInstanceStatus","ec2:DescribeInstanceTypes","ec2:DescribeKeyPairs","ec2:DescribeNetworkInterfaces","ec2:DescribeRegions","ec2:DescribeSecurityGroups","ec2:DescribeSnapshotAttribute","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeVolumeAttribute","ec2:DescribeVolumes","ec2:DescribeVpcs","ec2:DetachVolume","ec2:DisassociateAddress","ec2:GetEbsDefaultKmsKeyId","ec2:ModifyInstanceAttribute","ec2:ModifyNetworkInterfaceAttribute","ec2:ModifyVolume","ec2:RunInstances","ec2:StartInstances","ec2:StopInstances","ec2:TerminateInstances","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:ListAccountAliases","iam:listInstanceProfiles","iam:PassRole","iam:SimulatePrincipalPolicy","kms:CreateGrant","kms:DescribeKey","kms:GenerateDataKeyWithoutPlaintext","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","kms:ReEncryptFrom","kms:ReEncryptTo"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"ec2-restore","version":"11","title":"EC2 Restore IAM Permissions (main list)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_restore_ec2.html","actions":["ec2:AllocateAddress","ec2:AssignPrivateIpAddresses","ec2:AssociateAddress","ec2:AssociateIamInstanceProfile","ec2:AttachNetworkInterface","ec2:AttachVolume","ec2:CopySnapshot","ec2:CreateNetworkInterface","ec2:CreateTags","ec2:CreateVolume","ec2:DeleteNetworkInterface","ec2:DeleteSnapshot","ec2:DeleteTags","ec2:DeleteVolume","ec2:DescribeAddresses","ec2:DescribeAvailabilityZones","ec2:DescribeConversionTasks","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeInstanceStatus","ec2:DescribeInstanceTypes","ec2:DescribeKeyPairs","ec2:DescribeNetworkInterfaces","ec2:DescribeRegions","ec2:DescribeSecurityGroups","ec2:DescribeSnapshotAttribute","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeVolumeAttribute","ec2:DescribeVolumes","ec2:DescribeVpcs","ec2:DetachVolume","ec2:DisassociateAddress","ec2:GetEbsDefaultKmsKeyId","ec2:ModifyInstanceAttribute","ec2:ModifyNetworkInterfaceAttribute","ec2:ModifyVolume","ec2:RunInstances","ec2:StartInstances","ec2:StopInstances","ec2:TerminateInstances","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:ListAccountAliases","iam:listInstanceProfiles","iam:PassRole","iam:SimulatePrincipalPolicy","kms:CreateGrant","kms:DescribeKey","kms:GenerateDataKeyWithoutPlaintext","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","kms:ReEncryptFrom","kms:ReEncryptTo"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"rds-backup","version":"10","title":"RDS Backup IAM Role Permissions (main list)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_backup_rds.html","actions":["ec2:DescribeAvailabilityZones","ec2:DescribeRegions","ec2:DescribeVpcs","events:DeleteRule","events:DescribeRule","events:ListTargetsByRule","events:PutRule","events:PutTargets","events:RemoveTargets","iam:GetContextKeysForPrincipalPolicy","iam:ListAccountAliases","iam:SimulatePrincipalPolicy","kms:CreateGrant","kms:DescribeKey","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","rds:AddTagsToResource","rds:CopyDBClusterSnapshot","rds:CopyDBSnapshot","rds:CreateDBClusterSnapshot","rds:CreateDBSnapshot","rds:DeleteDBClusterSnapshot","rds:DeleteDBSnapshot","rds:DescribeDBClusters","rds:DescribeDBClusterSnapshots","rds:DescribeDBInstances","rds:DescribeDBSnapshots","rds:DescribeDBSubnetGroups","rds:ListTagsForResource","rds:ModifyDBClusterSnapshotAttribute","rds:ModifyDBSnapshotAttribute","rds:RemoveTagsFromResource","sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptionsByTopic","sns:ListTopics","sns:SetTopicAttributes","sns:Subscribe","sns:Unsubscribe","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SetQueueAttributes"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"rds-backup","version":"11","title":"RDS Backup IAM Role Permissions (main list)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_backup_rds.html","actions":["ec2:DescribeAvailabilityZones","ec2:DescribeRegions","ec2:DescribeVpcs","events:DeleteRule","events:DescribeRule","events:ListTargetsByRule","events:PutRule","events:PutTargets","events:RemoveTargets","iam:GetContextKeysForPrincipalPolicy","iam:ListAccountAliases","iam:SimulatePrincipalPolicy","kms:CreateGrant","kms:DescribeKey","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","rds:AddTagsToResource","rds:CopyDBClusterSnapshot","rds:CopyDBSnapshot","rds:CreateDBClusterSnapshot","rds:CreateDBSnapshot","rds:DeleteDBClusterSnapshot","rds:DeleteDBSnapshot","rds:DescribeDBClusters","rds:DescribeDBClusterSnapshots","rds:DescribeDBInstances","rds:DescribeDBSnapshots","rds:DescribeDBSubnetGroups","rds:ListTagsForResource","rds:ModifyDBClusterSnapshotAttribute","rds:ModifyDBSnapshotAttribute","rds:RemoveTagsFromResource","sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptionsByTopic","sns:ListTopics","sns:SetTopicAttributes","sns:Subscribe","sns:Unsubscribe","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SetQueueAttributes"],"trustServices":[],"trustAppliance":true,"instanceProfile":false},{"kind":"rds-restore","version":"10","title":"RDS Database Restore IAM Permissions","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_restore_db.html","actions":["ec2:AuthorizeSecurityGroupEgress","ec2:AuthorizeSecurityGroupIngress","ec2:CreateKeyPair","ec2:CreateSecurityGroup","ec2:CreateTags","ec2:DeleteKeyPair","ec2:DeleteSecurityGroup","ec2:DescribeAccountAttributes","ec2:DescribeAvailabilityZones","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeInternetGateways","ec2:DescribeKeyPairs","ec2:DescribeRegions","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcEndpoints","ec2:DescribeVpcs","ec2:ModifyInstanceAttribute","ec2:RevokeSecurityGroupEgress","ec2:RevokeSecurityGroupIngress","ec2:RunInstances","ec2:StartInstances","ec2:TerminateInstances","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:GetRole","iam:ListInstanceProfilesForRole","iam:PassRole","iam:SimulatePrincipalPolicy","rds:DescribeDBInstances","rds:DescribeDBSubnetGroups","rds:ModifyDBInstance","s3:CreateBucket","s3:DeleteBucket","s3:DeleteObject","s3:ListAllMyBuckets","s3:ListBucket","s3:PutBucketPolicy","s3:PutObject","servicequotas:listServiceQuotas","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":["rds.amazonaws.com"],"trustAppliance":true,"instanceProfile":false},{"kind":"rds-restore","version":"11","title":"RDS Database Restore IAM Permissions","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_restore_db.html","actions":["ec2:AuthorizeSecurityGroupEgress","ec2:AuthorizeSecurityGroupIngress","ec2:CreateKeyPair","ec2:CreateSecurityGroup","ec2:CreateTags","ec2:DeleteKeyPair","ec2:DeleteSecurityGroup","ec2:DescribeAccountAttributes","ec2:DescribeAvailabilityZones","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeInternetGateways","ec2:DescribeKeyPairs","ec2:DescribeRegions","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcEndpoints","ec2:DescribeVpcs","ec2:ModifyInstanceAttribute","ec2:RevokeSecurityGroupEgress","ec2:RevokeSecurityGroupIngress","ec2:RunInstances","ec2:StartInstances","ec2:TerminateInstances","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:GetRole","iam:ListInstanceProfilesForRole","iam:PassRole","iam:SimulatePrincipalPolicy","rds:DescribeDBInstances","rds:DescribeDBSubnetGroups","rds:ModifyDBInstance","s3:CreateBucket","s3:DeleteBucket","s3:DeleteObject","s3:ListAllMyBuckets","s3:ListBucket","s3:PutBucketPolicy","s3:PutObject","servicequotas:ListServiceQuotas","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":["rds.amazonaws.com"],"trustAppliance":true,"instanceProfile":false},{"kind":"efs-backup","version":"10","title":"EFS Backup IAM Role Permissions (roles specified in backup policy settings)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_backup_efs.html","actions":["backup:CopyFromBackupVault","backup:CopyIntoBackupVault","backup:DeleteRecoveryPoint","backup:DescribeBackupJob","backup:DescribeCopyJob","backup:DescribeRecoveryPoint","backup:DescribeRegionSettings","backup:ListBackupVaults","backup:ListRecoveryPointsByBackupVault","backup:ListTags","backup:StartBackupJob","backup:StartCopyJob","backup:StopBackupJob","backup:TagResource","backup:UntagResource","ec2:CreateKeyPair","ec2:DeleteKeyPair","ec2:DescribeAvailabilityZones","ec2:DescribeImages","ec2:DescribeInstances","ec2:DescribeInternetGateways","ec2:DescribeKeyPairs","ec2:DescribeNetworkInterfaceAttribute","ec2:DescribeRegions","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcEndpoints","ec2:DescribeVpcs","elasticfilesystem:Backup","elasticfilesystem:DescribeAccessPoints","elasticfilesystem:DescribeBackupPolicy","elasticfilesystem:DescribeFileSystemPolicy","elasticfilesystem:DescribeFileSystems","elasticfilesystem:DescribeLifecycleConfiguration","elasticfilesystem:DescribeMountTargets","elasticfilesystem:DescribeMountTargetSecurityGroups","elasticfilesystem:DescribeTags","elasticfilesystem:ListTagsForResource","events:DeleteRule","events:DescribeRule","events:ListTargetsByRule","events:PutRule","events:PutTargets","events:RemoveTargets","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:GetRole","iam:ListAccountAliases","iam:ListInstanceProfilesForRole","iam:PassRole","iam:SimulatePrincipalPolicy","sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptionsByTopic","sns:ListTopics","sns:SetTopicAttributes","sns:Subscribe","sns:Unsubscribe","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":["backup.amazonaws.com"],"trustAppliance":true,"instanceProfile":false},{"kind":"efs-backup","version":"11","title":"EFS Backup IAM Role Permissions (roles specified in backup policy settings)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_backup_efs.html","actions":["backup:CopyFromBackupVault","backup:CopyIntoBackupVault","backup:DeleteRecoveryPoint","backup:DescribeBackupJob","backup:DescribeCopyJob","backup:DescribeRecoveryPoint","backup:DescribeRegionSettings","backup:ListBackupVaults","backup:ListRecoveryPointsByBackupVault","backup:ListTags","backup:StartBackupJob","backup:StartCopyJob","backup:StopBackupJob","backup:TagResource","backup:UntagResource","ec2:CreateKeyPair","ec2:DeleteKeyPair","ec2:DescribeAvailabilityZones","ec2:DescribeImages","ec2:DescribeInstances","ec2:DescribeInternetGateways","ec2:DescribeKeyPairs","ec2:DescribeNetworkInterfaceAttribute","ec2:DescribeRegions","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcEndpoints","ec2:DescribeVpcs","elasticfilesystem:Backup","elasticfilesystem:DescribeAccessPoints","elasticfilesystem:DescribeBackupPolicy","elasticfilesystem:DescribeFileSystemPolicy","elasticfilesystem:DescribeFileSystems","elasticfilesystem:DescribeLifecycleConfiguration","elasticfilesystem:DescribeMountTargets","elasticfilesystem:DescribeMountTargetSecurityGroups","elasticfilesystem:DescribeTags","elasticfilesystem:ListTagsForResource","events:DeleteRule","events:DescribeRule","events:ListTargetsByRule","events:PutRule","events:PutTargets","events:RemoveTargets","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:GetRole","iam:ListAccountAliases","iam:ListInstanceProfilesForRole","iam:PassRole","iam:SimulatePrincipalPolicy","sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptionsByTopic","sns:ListTopics","sns:SetTopicAttributes","sns:Subscribe","sns:Unsubscribe","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":["backup.amazonaws.com"],"trustAppliance":true,"instanceProfile":false},{"kind":"efs-backup-manual","version":"10","title":"EFS Backup IAM Role Permissions (roles used for manual EFS backups)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_backup_efs.html","actions":["backup-storage:MountCapsule","backup:CopyFromBackupVault","backup:CopyIntoBackupVault","backup:CreateBackupVault","backup:DeleteBackupVault","backup:DeleteRecoveryPoint","backup:DescribeBackupJob","backup:DescribeCopyJob","backup:DescribeRecoveryPoint","backup:DescribeRegionSettings","backup:ListBackupVaults","backup:ListTags","backup:StartBackupJob","backup:StartCopyJob","backup:StopBackupJob","backup:TagResource","backup:UntagResource","ec2:DescribeAvailabilityZones","ec2:DescribeNetworkInterfaceAttribute","ec2:DescribeRegions","elasticfilesystem:Backup","elasticfilesystem:DescribeAccessPoints","elasticfilesystem:DescribeBackupPolicy","elasticfilesystem:DescribeFileSystemPolicy","elasticfilesystem:DescribeFileSystems","elasticfilesystem:DescribeLifecycleConfiguration","elasticfilesystem:DescribeMountTargets","elasticfilesystem:DescribeMountTargetSecurityGroups","elasticfilesystem:DescribeTags","elasticfilesystem:ListTagsForResource","iam:GetContextKeysForPrincipalPolicy","iam:GetRole","iam:PassRole","iam:SimulatePrincipalPolicy","kms:DescribeKey"],"trustServices":["backup.amazonaws.com"],"trustAppliance":true,"instanceProfile":false},{"kind":"efs-backup-manual","version":"11","title":"EFS Backup IAM Role Permissions (roles used for manual EFS backups)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_backup_efs.html","actions":["backup-storage:MountCapsule","backup:CopyFromBackupVault","backup:CopyIntoBackupVault","backup:CreateBackupVault","backup:DeleteBackupVault","backup:DeleteRecoveryPoint","backup:DescribeBackupJob","backup:DescribeCopyJob","backup:DescribeRecoveryPoint","backup:DescribeRegionSettings","backup:ListBackupVaults","backup:ListTags","backup:StartBackupJob","backup:StartCopyJob","backup:StopBackupJob","backup:TagResource","backup:UntagResource","ec2:DescribeAvailabilityZones","ec2:DescribeNetworkInterfaceAttribute","ec2:DescribeRegions","elasticfilesystem:Backup","elasticfilesystem:DescribeAccessPoints","elasticfilesystem:DescribeBackupPolicy","elasticfilesystem:DescribeFileSystemPolicy","elasticfilesystem:DescribeFileSystems","elasticfilesystem:DescribeLifecycleConfiguration","elasticfilesystem:DescribeMountTargets","elasticfilesystem:DescribeMountTargetSecurityGroups","elasticfilesystem:DescribeTags","elasticfilesystem:ListTagsForResource","iam:GetContextKeysForPrincipalPolicy","iam:GetRole","iam:PassRole","iam:SimulatePrincipalPolicy","kms:DescribeKey"],"trustServices":["backup.amazonaws.com"],"trustAppliance":true,"instanceProfile":false},{"kind":"default","version":"10","title":"Full List of IAM Permissions (single role for all operations, e.g. Default Backup Restore role)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/full_list_permissions.html","actions":["backup-storage:MountCapsule","backup:CopyFromBackupVault","backup:CopyIntoBackupVault","backup:CreateBackupVault","backup:DeleteBackupVault","backup:DeleteRecoveryPoint","backup:DescribeBackupJob","backup:DescribeBackupVault","backup:DescribeCopyJob","backup:DescribeRecoveryPoint","backup:DescribeRegionSettings","backup:DescribeRestoreJob","backup:ListBackupVaults","backup:ListRecoveryPointsByBackupVault","backup:ListTags","backup:StartBackupJob","backup:StartCopyJob","backup:StartRestoreJob","backup:StopBackupJob","backup:TagResource","backup:UntagResource","backup:UpdateRegionSettings","ds:DescribeDirectories","dynamodb:DeleteTable","dynamodb:DescribeContinuousBackups","dynamodb:DescribeTable","dynamodb:DescribeTimeToLive","dynamodb:ListTables","dynamodb:ListTagsOfResource","dynamodb:RestoreTableFromAwsBackup","dynamodb:StartAwsBackupJob","dynamodb:TagResource","dynamodb:UpdateContinuousBackups","dynamodb:UpdateTable","dynamodb:UpdateTimeToLive","ebs:ListChangedBlocks","ebs:ListSnapshotBlocks","ec2:AcceptVpcEndpointConnections","ec2:AllocateAddress","ec2:AssignPrivateIpAddresses","ec2:AssociateAddress","ec2:AssociateClientVpnTargetNetwork","ec2:AssociateDhcpOptions","ec2:AssociateIamInstanceProfile","ec2:AssociateRouteTable","ec2:AssociateSubnetCidrBlock","ec2:AssociateTransitGatewayMulticastDomain","ec2:AssociateTransitGatewayRouteTable","ec2:AssociateVpcCidrBlock","ec2:AttachInternetGateway","ec2:AttachNetworkInterface","ec2:AttachVolume","ec2:AttachVpnGateway","ec2:AuthorizeClientVpnIngress","ec2:AuthorizeSecurityGroupEgress","ec2:AuthorizeSecurityGroupIngress","ec2:CopySnapshot","ec2:CreateClientVpnEndpoint","ec2:CreateClientVpnRoute","ec2:CreateCustomerGateway","ec2:CreateDefaultSubnet","ec2:CreateDefaultVpc","ec2:CreateDhcpOptions","ec2:CreateEgressOnlyInternetGateway","ec2:CreateInternetGateway","ec2:CreateKeyPair","ec2:CreateManagedPrefixList","ec2:CreateNatGateway","ec2:CreateNetworkAcl","ec2:CreateNetworkAclEntry","ec2:CreateNetworkInterface","ec2:CreateRoute","ec2:CreateRouteTable","ec2:CreateSecurityGroup","ec2:CreateSnapshot","ec2:CreateSnapshots","ec2:CreateSubnet","ec2:CreateTags","ec2:CreateTransitGateway","ec2:CreateTransitGatewayMulticastDomain","ec2:CreateTransitGatewayPeeringAttachment","ec2:CreateTransitGatewayPrefixListReference","ec2:CreateTransitGatewayRoute","ec2:CreateTransitGatewayRouteTable","ec2:CreateTransitGatewayVpcAttachment","ec2:CreateVolume","ec2:CreateVpc","ec2:CreateVpcEndpoint","ec2:CreateVpcEndpointServiceConfiguration","ec2:CreateVpcPeeringConnection","ec2:CreateVpnConnection","ec2:CreateVpnGateway","ec2:DeleteClientVpnEndpoint","ec2:DeleteClientVpnRoute","ec2:DeleteCustomerGateway","ec2:DeleteDhcpOptions","ec2:DeleteEgressOnlyInternetGateway","ec2:DeleteInternetGateway","ec2:DeleteKeyPair","ec2:DeleteManagedPrefixList","ec2:DeleteNatGateway","ec2:DeleteNetworkAcl","ec2:DeleteNetworkAclEntry","ec2:DeleteNetworkInterface","ec2:DeleteRoute","ec2:DeleteRouteTable","ec2:DeleteSecurityGroup","ec2:DeleteSnapshot","ec2:DeleteSubnet","ec2:DeleteTags","ec2:DeleteTransitGateway","ec2:DeleteTransitGatewayMulticastDomain","ec2:DeleteTransitGatewayPeeringAttachment","ec2:DeleteTransitGatewayPrefixListReference","ec2:DeleteTransitGatewayRoute","ec2:DeleteTransitGatewayRouteTable","ec2:DeleteTransitGatewayVpcAttachment","ec2:DeleteVolume","ec2:DeleteVpc","ec2:DeleteVpcEndpoints","ec2:DeleteVpcEndpointServiceConfigurations","ec2:DeleteVpcPeeringConnection","ec2:DeleteVpnConnection","ec2:DeleteVpnGateway","ec2:DescribeAccountAttributes","ec2:DescribeAddresses","ec2:DescribeAvailabilityZones","ec2:DescribeClientVpnAuthorizationRules","ec2:DescribeClientVpnEndpoints","ec2:DescribeClientVpnRoutes","ec2:DescribeClientVpnTargetNetworks","ec2:DescribeConversionTasks","ec2:DescribeCustomerGateways","ec2:DescribeDhcpOptions","ec2:DescribeEgressOnlyInternetGateways","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeInstanceStatus","ec2:DescribeInstanceTypes","ec2:DescribeInternetGateways","ec2:DescribeKeyPairs","ec2:DescribeManagedPrefixLists","ec2:DescribeNatGateways","ec2:DescribeNetworkAcls","ec2:DescribeNetworkInterfaceAttribute","ec2:DescribeNetworkInterfaces","ec2:DescribeRegions","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSnapshotAttribute","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeTags","ec2:DescribeTransitGatewayAttachments","ec2:DescribeTransitGatewayMulticastDomains","ec2:DescribeTransitGatewayPeeringAttachments","ec2:DescribeTransitGatewayRouteTables","ec2:DescribeTransitGateways","ec2:DescribeTransitGatewayVpcAttachments","ec2:DescribeVolumeAttribute","ec2:DescribeVolumes","ec2:DescribeVpcAttribute","ec2:DescribeVpcEndpoints","ec2:DescribeVpcEndpointServiceConfigurations","ec2:DescribeVpcPeeringConnections","ec2:DescribeVpcs","ec2:DescribeVpnConnections","ec2:DescribeVpnGateways","ec2:DetachInternetGateway","ec2:DetachVolume","ec2:DetachVpnGateway","ec2:DisableTransitGatewayRouteTablePropagation","ec2:DisableVgwRoutePropagation","ec2:DisassociateAddress","ec2:DisassociateClientVpnTargetNetwork","ec2:DisassociateRouteTable","ec2:DisassociateTransitGatewayMulticastDomain","ec2:DisassociateTransitGatewayRouteTable","ec2:EnableTransitGatewayRouteTablePropagation","ec2:EnableVgwRoutePropagation","ec2:GetEbsDefaultKmsKeyId","ec2:GetManagedPrefixListEntries","ec2:GetTransitGatewayMulticastDomainAssociations","ec2:GetTransitGatewayPrefixListReferences","ec2:GetTransitGatewayRouteTableAssociations","ec2:GetTransitGatewayRouteTablePropagations","ec2:ModifyClientVpnEndpoint","ec2:ModifyInstanceAttribute","ec2:ModifyManagedPrefixList","ec2:ModifyNetworkInterfaceAttribute","ec2:ModifySnapshotAttribute","ec2:ModifySubnetAttribute","ec2:ModifyTransitGateway","ec2:ModifyTransitGatewayVpcAttachment","ec2:ModifyVolume","ec2:ModifyVpcAttribute","ec2:ModifyVpcEndpoint","ec2:ModifyVpcEndpointServiceConfiguration","ec2:ModifyVpcPeeringConnectionOptions","ec2:ModifyVpnConnection","ec2:RejectVpcEndpointConnections","ec2:ReleaseAddress","ec2:ReplaceNetworkAclAssociation","ec2:ReplaceRouteTableAssociation","ec2:RevokeClientVpnIngress","ec2:RevokeSecurityGroupEgress","ec2:RevokeSecurityGroupIngress","ec2:RunInstances","ec2:SearchTransitGatewayRoutes","ec2:StartInstances","ec2:StopInstances","ec2:TerminateInstances","ec2messages:AcknowledgeMessage","ec2messages:DeleteMessage","ec2messages:FailMessage","ec2messages:GetEndpoint","ec2messages:GetMessages","ec2messages:SendReply","elasticfilesystem:Backup","elasticfilesystem:CreateAccessPoint","elasticfilesystem:CreateFileSystem","elasticfilesystem:CreateMountTarget","elasticfilesystem:DeleteAccessPoint","elasticfilesystem:DeleteFileSystem","elasticfilesystem:DeleteMountTarget","elasticfilesystem:DescribeAccessPoints","elasticfilesystem:DescribeBackupPolicy","elasticfilesystem:DescribeFileSystemPolicy","elasticfilesystem:DescribeFileSystems","elasticfilesystem:DescribeLifecycleConfiguration","elasticfilesystem:DescribeMountTargets","elasticfilesystem:DescribeMountTargetSecurityGroups","elasticfilesystem:DescribeReplicationConfigurations","elasticfilesystem:DescribeTags","elasticfilesystem:ListTagsForResource","elasticfilesystem:PutBackupPolicy","elasticfilesystem:PutFileSystemPolicy","elasticfilesystem:PutLifecycleConfiguration","elasticfilesystem:Restore","elasticfilesystem:TagResource","elasticfilesystem:UntagResource","elasticfilesystem:UpdateFileSystem","elasticloadbalancing:AddTags","elasticloadbalancing:CreateListener","elasticloadbalancing:CreateLoadBalancer","elasticloadbalancing:CreateTargetGroup","elasticloadbalancing:DeleteListener","elasticloadbalancing:DeleteLoadBalancer","elasticloadbalancing:DeleteTargetGroup","elasticloadbalancing:DeregisterTargets","elasticloadbalancing:DescribeListeners","elasticloadbalancing:DescribeLoadBalancers","elasticloadbalancing:DescribeTags","elasticloadbalancing:DescribeTargetGroups","elasticloadbalancing:DescribeTargetHealth","elasticloadbalancing:ModifyTargetGroup","elasticloadbalancing:RegisterTargets","elasticloadbalancing:RemoveTags","elasticloadbalancing:SetSecurityGroups","elasticloadbalancing:SetSubnets","events:DeleteRule","events:DescribeRule","events:ListTargetsByRule","events:PutRule","events:PutTargets","events:RemoveTargets","fsx:CopyBackup","fsx:CreateBackup","fsx:CreateFileSystemFromBackup","fsx:DeleteFileSystem","fsx:DescribeBackups","fsx:DescribeDataRepositoryAssociations","fsx:DescribeFileSystems","fsx:ListTagsForResource","fsx:TagResource","fsx:UntagResource","iam:AddRoleToInstanceProfile","iam:AttachRolePolicy","iam:CreateInstanceProfile","iam:CreateRole","iam:CreateServiceLinkedRole","iam:DeleteInstanceProfile","iam:DeleteRole","iam:DeleteRolePolicy","iam:DetachRolePolicy","iam:GetContextKeysForPrincipalPolicy","iam:GetInstanceProfile","iam:GetRole","iam:ListAccountAliases","iam:ListAttachedRolePolicies","iam:ListInstanceProfiles","iam:ListInstanceProfilesForRole","iam:ListRolePolicies","iam:ListRoles","iam:PassRole","iam:PutRolePolicy","iam:RemoveRoleFromInstanceProfile","iam:SimulatePrincipalPolicy","kinesis:CreateStream","kinesis:DeleteStream","kinesis:DescribeStream","kinesis:PutRecord","kms:CreateGrant","kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey","kms:GenerateDataKeyWithoutPlaintext","kms:GetKeyPolicy","kms:ListAliases","kms:ListKeys","kms:ReEncryptFrom","kms:ReEncryptTo","lambda:ListFunctions","organizations:DescribeAccount","organizations:DescribeOrganization","organizations:DescribeOrganizationalUnit","organizations:ListChildren","organizations:ListRoots","ram:AssociateResourceShare","ram:CreateResourceShare","ram:DeleteResourceShare","ram:DisassociateResourceShare","ram:GetResourceShareAssociations","ram:GetResourceShares","ram:ListPrincipals","ram:ListResources","ram:ListResourceSharePermissions","ram:TagResource","ram:UntagResource","rds:AddTagsToResource","rds:CopyDBClusterSnapshot","rds:CopyDBSnapshot","rds:CreateDBClusterSnapshot","rds:CreateDbInstance","rds:CreateDBSnapshot","rds:CreateTenantDatabase","rds:DeleteDbCluster","rds:DeleteDBClusterSnapshot","rds:DeleteDBInstance","rds:DeleteDBSnapshot","rds:DescribeAccountAttributes","rds:DescribeDbClusterParameterGroups","rds:DescribeDbClusterParameters","rds:DescribeDBClusters","rds:DescribeDBClusterSnapshots","rds:DescribeDBEngineVersions","rds:DescribeDBInstances","rds:DescribeDBParameterGroups","rds:DescribeDBSnapshots","rds:DescribeDBSubnetGroups","rds:DescribeOptionGroups","rds:DescribeOrderableDbInstanceOptions","rds:ListTagsForResource","rds:ModifyDbCluster","rds:ModifyDBClusterSnapshotAttribute","rds:ModifyDBInstance","rds:ModifyDBSnapshotAttribute","rds:RemoveTagsFromResource","rds:RestoreDbClusterFromSnapshot","rds:RestoreDBInstanceFromDBSnapshot","redshift-serverless:CreateNamespace","redshift-serverless:CreateSnapshot","redshift-serverless:CreateWorkgroup","redshift-serverless:DeleteNamespace","redshift-serverless:DeleteSnapshot","redshift-serverless:DeleteWorkgroup","redshift-serverless:GetNamespace","redshift-serverless:GetSnapshot","redshift-serverless:GetWorkgroup","redshift-serverless:ListNamespaces","redshift-serverless:ListSnapshots","redshift-serverless:ListTagsForResource","redshift-serverless:ListWorkgroups","redshift-serverless:RestoreFromSnapshot","redshift-serverless:TagResource","redshift:CreateClusterSnapshot","redshift:CreateTags","redshift:DeleteCluster","redshift:DeleteClusterSnapshot","redshift:DeleteTags","redshift:DescribeClusterParameterGroups","redshift:DescribeClusters","redshift:DescribeClusterSnapshots","redshift:DescribeClusterSubnetGroups","redshift:DescribeNodeConfigurationOptions","redshift:DescribeTags","redshift:ModifyCluster","redshift:RestoreFromClusterSnapshot","s3:CreateBucket","s3:CreateJob","s3:DeleteBucket","s3:DeleteObject","s3:DeleteObjectVersion","s3:DescribeJob","s3:GetBucketLocation","s3:GetBucketObjectLockConfiguration","s3:GetBucketVersioning","s3:GetObject","s3:GetObjectRetention","s3:GetObjectVersion","s3:ListAllMyBuckets","s3:ListBucket","s3:ListBucketVersions","s3:PutBucketPolicy","s3:PutObject","s3:PutObjectRetention","s3:RestoreObject","secretsmanager:CreateSecret","secretsmanager:DescribeSecret","secretsmanager:RotateSecret","secretsmanager:TagResource","servicequotas:ListServiceQuotas","sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptionsByTopic","sns:ListTopics","sns:SetTopicAttributes","sns:Subscribe","sns:Unsubscribe","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:DescribeAssociation","ssm:DescribeDocument","ssm:DescribeInstanceInformation","ssm:GetCommandInvocation","ssm:GetDeployablePatchSnapshotForInstance","ssm:GetDocument","ssm:GetManifest","ssm:GetParameter","ssm:GetParameters","ssm:ListAssociations","ssm:ListInstanceAssociations","ssm:PutComplianceItems","ssm:PutConfigurePackageResult","ssm:PutInventory","ssm:SendCommand","ssm:UpdateAssociationStatus","ssm:UpdateInstanceAssociationStatus","ssm:UpdateInstanceInformation","ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"trustServices":["backup.amazonaws.com","batchoperations.s3.amazonaws.com","ec2.amazonaws.com"],"trustAppliance":true,"instanceProfile":true},{"kind":"production-worker-deployment","version":"10","title":"EC2 Backup IAM Role Permissions: \'Permissions Required to Deploy Worker Instances in Production Account\' (additional, for the backup-policy role)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_backup_ec2.html","actions":["ec2:AttachVolume","ec2:CreateKeyPair","ec2:CreateVolume","ec2:DeleteKeyPair","ec2:DeleteVolume","ec2:DescribeAccountAttributes","ec2:DescribeKeyPairs","ec2:DescribeSecurityGroups","ec2:DetachVolume","ec2:ModifyInstanceAttribute","ec2:RunInstances","ec2:TerminateInstances","iam:GetRole","iam:ListInstanceProfilesForRole","iam:PassRole","sqs:SendMessage","ssm:GetParameter"],"trustServices":[],"trustAppliance":true,"instanceProfile":false,"extraFor":"ec2-backup"},{"kind":"production-worker-deployment","version":"11","title":"EC2 Backup IAM Role Permissions: \'Permissions Required to Deploy Worker Instances in Production Account\' (additional, for the backup-policy role)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_backup_ec2.html","actions":["ec2:AttachVolume","ec2:CreateKeyPair","ec2:CreateVolume","ec2:DeleteKeyPair","ec2:DeleteVolume","ec2:DescribeAccountAttributes","ec2:DescribeKeyPairs","ec2:DescribeSecurityGroups","ec2:DetachVolume","ec2:ModifyInstanceAttribute","ec2:RunInstances","ec2:TerminateInstances","iam:GetRole","iam:ListInstanceProfilesForRole","iam:PassRole","sqs:SendMessage","ssm:GetParameter"],"trustServices":[],"trustAppliance":true,"instanceProfile":false,"extraFor":"ec2-backup"},{"kind":"production-worker-deployment","version":"10","title":"EC2 Restore IAM Permissions: \'Permissions Required to Deploy Worker Instances in Production Account\' (additional, entire-instance and volume-level restore)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_restore_ec2.html","actions":["ec2:CreateKeyPair","ec2:DeleteKeyPair","ec2:DescribeAccountAttributes","iam:GetRole","iam:ListInstanceProfilesForRole","servicequotas:ListServiceQuotas","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":[],"trustAppliance":true,"instanceProfile":false,"extraFor":"ec2-restore"},{"kind":"production-worker-deployment","version":"11","title":"EC2 Restore IAM Permissions: \'Permissions Required to Deploy Worker Instances in Production Account\' (additional, entire-instance and volume-level restore)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_restore_ec2.html","actions":["ec2:CreateKeyPair","ec2:DeleteKeyPair","ec2:DescribeAccountAttributes","iam:GetRole","iam:ListInstanceProfilesForRole","servicequotas:ListServiceQuotas","sqs:CreateQueue","sqs:DeleteMessage","sqs:DeleteQueue","sqs:ListQueues","sqs:ReceiveMessage","sqs:SendMessage","sqs:SetQueueAttributes","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":[],"trustAppliance":true,"instanceProfile":false,"extraFor":"ec2-restore"},{"kind":"production-worker-deployment","version":"10","title":"RDS Backup IAM Role Permissions: \'Permissions Required to Create RDS Image-Level Backups\' (additional, to deploy workers in production accounts)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_backup_rds.html","actions":["ec2:AuthorizeSecurityGroupEgress","ec2:AuthorizeSecurityGroupIngress","ec2:CreateKeyPair","ec2:CreateSecurityGroup","ec2:CreateTags","ec2:DeleteKeyPair","ec2:DeleteSecurityGroup","ec2:DescribeAccountAttributes","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeInternetGateways","ec2:DescribeKeyPairs","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcEndpoints","ec2:ModifyInstanceAttribute","ec2:RevokeSecurityGroupEgress","ec2:RevokeSecurityGroupIngress","ec2:RunInstances","ec2:StartInstances","ec2:TerminateInstances","iam:GetInstanceProfile","iam:GetRole","iam:ListInstanceProfilesForRole","iam:PassRole","rds:DescribeOptionGroups","rds:ModifyDBInstance","s3:CreateBucket","s3:DeleteBucket","s3:DeleteObject","s3:GetObject","s3:ListAllMyBuckets","s3:ListBucket","s3:PutBucketPolicy","servicequotas:listServiceQuotas","sqs:SendMessage","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":[],"trustAppliance":true,"instanceProfile":false,"extraFor":"rds-backup"},{"kind":"production-worker-deployment","version":"11","title":"RDS Backup IAM Role Permissions: \'Permissions Required to Create RDS Image-Level Backups\' (additional, to deploy workers in production accounts)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_backup_rds.html","actions":["ec2:AuthorizeSecurityGroupEgress","ec2:AuthorizeSecurityGroupIngress","ec2:CreateKeyPair","ec2:CreateSecurityGroup","ec2:CreateTags","ec2:DeleteKeyPair","ec2:DeleteSecurityGroup","ec2:DescribeAccountAttributes","ec2:DescribeImages","ec2:DescribeInstanceAttribute","ec2:DescribeInstances","ec2:DescribeInternetGateways","ec2:DescribeKeyPairs","ec2:DescribeRouteTables","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcEndpoints","ec2:ModifyInstanceAttribute","ec2:RevokeSecurityGroupEgress","ec2:RevokeSecurityGroupIngress","ec2:RunInstances","ec2:StartInstances","ec2:TerminateInstances","iam:GetInstanceProfile","iam:GetRole","iam:ListInstanceProfilesForRole","iam:PassRole","rds:DescribeOptionGroups","rds:ModifyDBInstance","s3:CreateBucket","s3:DeleteBucket","s3:DeleteObject","s3:GetObject","s3:ListAllMyBuckets","s3:ListBucket","s3:PutBucketPolicy","servicequotas:listServiceQuotas","sqs:SendMessage","ssm:GetCommandInvocation","ssm:GetParameter","ssm:SendCommand"],"trustServices":[],"trustAppliance":true,"instanceProfile":false,"extraFor":"rds-backup"},{"kind":"production-worker-deployment","version":"10","title":"EFS Backup IAM Role Permissions: \'Permissions Required to Create Indexes of EFS File Systems\' (additional, to deploy workers in production accounts; has Conditions)","source":"https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_backup_efs.html","actions":["ec2:CreateTags","ec2:RunInstances","ec2:StartInstances","ec2:TerminateInstances","servicequotas:ListServiceQuotas"],"conditional":[{"actions":["ec2:StartInstances","ec2:TerminateInstances"],"condition":{"StringEquals":{"ec2:ResourceTag/EfsIndexWorker":["EfsIndexWorker"]}}},{"actions":["ec2:CreateTags"],"condition":{"StringEquals":{"ec2:CreateAction":["RunInstances"],"aws:RequestTag/EfsIndexWorker":["EfsIndexWorker"]}}}],"trustServices":["backup.amazonaws.com"],"trustAppliance":true,"instanceProfile":false,"extraFor":"efs-backup"},{"kind":"production-worker-deployment","version":"11","title":"EFS Backup IAM Role Permissions: \'Permissions Required to Create Indexes of EFS File Systems\' (additional, to deploy workers in production accounts; has Conditions)","source":"https://helpcenter.veeam.com/docs/vbr/userguide/aws_role_permissions_backup_efs.html","actions":["ec2:CreateTags","ec2:RunInstances","ec2:StartInstances","ec2:TerminateInstances","servicequotas:ListServiceQuotas"],"conditional":[{"actions":["ec2:StartInstances","ec2:TerminateInstances"],"condition":{"StringEquals":{"ec2:ResourceTag/EfsIndexWorker":["EfsIndexWorker"]}}},{"actions":["ec2:CreateTags"],"condition":{"StringEquals":{"ec2:CreateAction":["RunInstances"],"aws:RequestTag/EfsIndexWorker":["EfsIndexWorker"]}}}],"trustServices":["backup.amazonaws.com"],"trustAppliance":true,"instanceProfile":false,"extraFor":"efs-backup"}]}');
;// CONCATENATED MODULE: ./src/requirements/index.ts


const sets = requirements_namespaceObject.c;
const byName = (a, b) => a.toLowerCase().localeCompare(b.toLowerCase());
function knownVersions() {
    return [...new Set(sets.map((s) => s.version))].sort();
}
function knownKinds() {
    return [...new Set(sets.map((s) => s.kind))].sort();
}
/** Kinds that only add to another kind (Veeam's "deploy workers in production accounts" extras). */
function isExtraKind(kind) {
    return sets.some((s) => s.kind === kind && s.extraFor !== undefined);
}
/** Every set of a version, extras included: what the README table and the advice iterate. */
function requirementSets(version) {
    return sets.filter((s) => version === undefined || s.version === version);
}
function unknownVersion(version) {
    return new errors/* InputError */.dz(`veeam-version '${version}' is not known: use one of ${knownVersions().join(', ')}`);
}
function requirementSet(kind, version) {
    const set = sets.find((s) => s.kind === kind && s.version === version && s.extraFor === undefined);
    if (set)
        return set;
    if (!knownVersions().includes(version))
        throw unknownVersion(version);
    if (isExtraKind(kind)) {
        const bases = [...new Set(sets.filter((s) => s.kind === kind).map((s) => s.extraFor))].sort();
        return extraAlone(kind, bases);
    }
    const versions = sets.filter((s) => s.kind === kind).map((s) => s.version);
    throw new errors/* InputError */.dz(versions.length
        ? `role kind '${kind}' has no published requirements for Veeam Backup for AWS ${version} (only ${versions.join(', ')})`
        : `role kind '${kind}' is not known: use one of ${knownKinds().join(', ')}`);
}
function extraAlone(kind, bases) {
    throw new errors/* InputError */.dz(`role kind '${kind}' adds to another kind: combine it with one of ${bases.join(', ')}, e.g. '${bases[0]}+${kind}'`);
}
/** The extra sets a kind brings to the base kinds it is combined with. */
function extrasFor(kind, bases, version) {
    if (!knownVersions().includes(version))
        throw unknownVersion(version);
    const all = sets.filter((s) => s.kind === kind && s.version === version);
    const found = all.filter((s) => bases.includes(s.extraFor));
    if (found.length === 0) {
        const possible = [...new Set(sets.filter((s) => s.kind === kind).map((s) => s.extraFor))].sort();
        extraAlone(kind, possible);
    }
    return found;
}
/**
 * An action stays conditional in a union only when every part that needs it needs it under a
 * condition: one unconditional requirement makes it unconditional.
 */
function mergeConditional(parts) {
    const unconditional = new Set();
    for (const p of parts) {
        const conditional = new Set((p.conditional ?? []).flatMap((c) => c.actions.map((a) => a.toLowerCase())));
        for (const a of p.actions)
            if (!conditional.has(a.toLowerCase()))
                unconditional.add(a.toLowerCase());
    }
    const merged = new Map();
    for (const c of parts.flatMap((p) => p.conditional ?? [])) {
        const actions = c.actions.filter((a) => !unconditional.has(a.toLowerCase()));
        if (actions.length === 0)
            continue;
        const key = JSON.stringify(c.condition);
        const seen = merged.get(key);
        merged.set(key, {
            condition: c.condition,
            actions: [...new Set([...(seen?.actions ?? []), ...actions])].sort(byName),
        });
    }
    return [...merged.values()];
}
/**
 * Several kinds on one role: it must meet all of them (the union of their requirements). An extra
 * kind (`production-worker-deployment`) brings the extra set of each base kind it is combined with.
 */
/** Combined sets by kinds and version: every checked role asks again, the answer never changes. */
const combined = new Map();
function combinedRequirements(given, version) {
    const key = `${given.join('\u0000')}\u0001${version}`;
    let found = combined.get(key);
    if (!found) {
        found = combine(given, version);
        if (combined.size > 1_000)
            combined.clear();
        combined.set(key, found);
    }
    return found;
}
function combine(given, version) {
    // The config and the tag may give 'a+b' as one entry.
    const kinds = given
        .flatMap((k) => k.split('+'))
        .map((k) => k.trim())
        .filter(Boolean);
    const bases = [...new Set(kinds.filter((k) => !isExtraKind(k)))];
    const extras = [...new Set(kinds.filter(isExtraKind))];
    const parts = [
        ...bases.map((k) => requirementSet(k, version)),
        ...extras.flatMap((k) => extrasFor(k, bases, version)),
    ];
    if (parts.length === 1 && kinds.length === 1)
        return parts[0];
    const actions = new Map();
    for (const p of parts)
        for (const a of p.actions)
            if (!actions.has(a.toLowerCase()))
                actions.set(a.toLowerCase(), a);
    const conditional = mergeConditional(parts);
    return {
        kind: kinds.join('+'),
        version,
        title: parts.map((p) => p.title).join(' + '),
        source: [...new Set(parts.map((p) => p.source))].join(' '),
        actions: [...actions.values()].sort(byName),
        ...(conditional.length ? { conditional } : {}),
        trustServices: [...new Set(parts.flatMap((p) => p.trustServices))].sort(),
        trustAppliance: parts.some((p) => p.trustAppliance),
        instanceProfile: parts.some((p) => p.instanceProfile),
    };
}
/**
 * Why these kinds cannot be checked for this version (unknown kind, an extra kind alone, a kind
 * not published for the version), or undefined when they can. For callers that report the problem
 * on the role (a `veeam:role` tag) rather than stop the run.
 */
function kindProblem(kinds, version) {
    try {
        combinedRequirements(kinds, version);
        return undefined;
    }
    catch (error) {
        if (error instanceof InputError)
            return error.message;
        throw error;
    }
}


/***/ }),

/***/ 1450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   em: () => (/* binding */ unmatchedSelectors),
/* harmony export */   kL: () => (/* binding */ classifyRoles),
/* harmony export */   y3: () => (/* binding */ selectRoles)
/* harmony export */ });
/* unused harmony exports VEEAM_ROLE_TAG, OPT_OUT_KIND, veeamMention */
/* harmony import */ var _model_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2904);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5120);


const VEEAM_ROLE_TAG = 'veeam:role';
function candidates(role) {
    const names = [role.key];
    if (typeof role.name === 'string')
        names.push(role.name);
    return names;
}
/** The tag value that opts a role out of checking. */
const OPT_OUT_KIND = 'none';
/**
 * The first place that ties a role to Veeam: its name, logical ID / address, IAM path, description,
 * tags (keys or values), module, or the path of its file, containing "veeam" (any case).
 */
function veeamMention(role) {
    const text = (v) => (typeof v === 'string' ? v : undefined);
    const places = [
        ['name', text(role.name)],
        ['logical ID / address', role.key],
        ['path', text(role.path)],
        ['description', text(role.description)],
        ...Object.entries(role.tags).flatMap(([k, v]) => [
            ['tag', k],
            ['tag', text(v)],
        ]),
        ['module', role.module],
        ['file', role.file],
        ['file', role.location.file],
    ];
    const hit = places.find(([, v]) => v !== undefined && /veeam/i.test(v));
    return hit ? `its ${hit[0]} '${hit[1]}'` : undefined;
}
function selectOne(role, selectors, ignore) {
    const ignored = ignore.findIndex((glob) => [role.id, ...candidates(role)].some((c) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatches */ .m)(glob, c)));
    if (ignored !== -1)
        return { skipped: 'ignored', detail: `config ignore[${ignored}] '${ignore[ignored]}'` };
    for (const [i, s] of selectors.entries()) {
        const hit = candidates(role).find((c) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatches */ .m)(s.match, c));
        if (hit !== undefined) {
            return {
                kinds: s.kinds.length ? s.kinds : ['production-worker'],
                selectedBy: `config roles[${i}] match '${s.match}'`,
            };
        }
    }
    const tag = role.tags[VEEAM_ROLE_TAG];
    if (tag !== undefined) {
        if ((0,_model_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnresolved */ .U)(tag))
            return {
                kinds: ['production-worker'],
                selectedBy: `tag ${VEEAM_ROLE_TAG} (value unresolved: ${tag.reason})`,
            };
        if (tag.trim().toLowerCase() === OPT_OUT_KIND)
            return { skipped: 'opted-out', detail: `tag ${VEEAM_ROLE_TAG}=${tag}` };
        const kinds = tag.split(/[+,\s]+/).filter(Boolean);
        return {
            kinds: kinds.length ? kinds : ['production-worker'],
            selectedBy: `tag ${VEEAM_ROLE_TAG}=${tag}`,
        };
    }
    const named = candidates(role).find((c) => /worker/i.test(c));
    if (named === undefined)
        return undefined;
    // EKS node roles and ECS task roles are named "worker" too: only a role tied to Veeam is judged.
    const veeam = veeamMention(role);
    if (veeam === undefined)
        return { skipped: 'not-veeam', detail: `name contains 'worker' (${named}) but nothing names Veeam` };
    // Said only when the name that contains "worker" does not itself name Veeam.
    const tie = /veeam/i.test(named) ? '' : ` and ${veeam} names Veeam`;
    // Common names of the other worker-related roles, else the production worker (design.md §4).
    const flr = candidates(role)
        .map((c) => /flr|file[-_ ]?level/i.exec(c)?.[0])
        .find((m) => m !== undefined);
    if (flr !== undefined)
        return { kinds: ['flr-worker'], selectedBy: `name contains 'worker' and '${flr}' (${named})${tie}` };
    const config = candidates(role)
        .map((c) => /worker[-_ ]?config/i.exec(c)?.[0])
        .find((m) => m !== undefined);
    if (config !== undefined)
        return { kinds: ['worker-configuration'], selectedBy: `name contains '${config}' (${named})${tie}` };
    return {
        kinds: ['production-worker'],
        selectedBy: `name contains 'worker' (${named})${tie}`,
    };
}
/**
 * Which roles are Veeam roles, and of which kind (design.md §4): config `ignore:` first, then
 * `roles:` entries, then the `veeam:role` tag (`none` opts out), then a name containing "worker"
 * when something names Veeam. The roles seen but not checked are returned with why. Pure.
 */
function classifyRoles(roles, selectors, ignore = []) {
    const selected = new Map();
    const skipped = [];
    for (const role of roles) {
        const outcome = selectOne(role, selectors, ignore);
        if (!outcome)
            continue;
        if ('skipped' in outcome)
            skipped.push({ id: role.id, reason: outcome.skipped, detail: outcome.detail, location: role.location });
        else
            selected.set(role, outcome);
    }
    return { selected, skipped };
}
/** The roles to check and their kinds (see classifyRoles). */
function selectRoles(roles, selectors, ignore = []) {
    return classifyRoles(roles, selectors, ignore).selected;
}
/** Config entries that matched no role: each is itself a failure (a role the user expects is gone). */
function unmatchedSelectors(roles, selectors) {
    return selectors.filter((s) => !roles.some((r) => candidates(r).some((c) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatches */ .m)(s.match, c))));
}


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isDay),
/* harmony export */   XY: () => (/* binding */ todayOf),
/* harmony export */   YM: () => (/* binding */ daysBetween)
/* harmony export */ });
/* unused harmony export todayVariable */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7206);

/** Whether text is a real calendar day written YYYY-MM-DD (2027-02-30 is not). */
function isDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
/** The environment variable that fixes "today" (tests, reproducible runs). */
const todayVariable = 'VEEAM_IAM_GATE_TODAY';
/**
 * Today's date (UTC) for waiver expiry, or the one `VEEAM_IAM_GATE_TODAY` fixes, so that a run can
 * be repeated exactly. Read at the edges (CLI, action) and passed in: the core never reads a clock.
 */
function todayOf(env, now = new Date()) {
    const fixed = env[todayVariable]?.trim();
    if (fixed) {
        if (!isDay(fixed))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${todayVariable}: '${fixed}' is not a date written YYYY-MM-DD`);
        return fixed;
    }
    return now.toISOString().slice(0, 10);
}


/***/ }),

/***/ 486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ defaultMaxWaiverDays),
/* harmony export */   fM: () => (/* binding */ checkNameProblem),
/* harmony export */   uI: () => (/* binding */ waiverProblem)
/* harmony export */ });
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1028);

/** What a waiver may name: `all`, or a check id (`trust-<service>` for any service the kind needs). */
function checkNameProblem(check) {
    if (check === 'all' || ['trust-appliance', 'instance-profile', 'permissions'].includes(check))
        return undefined;
    if (/^trust-[a-z0-9][a-z0-9.-]*$/.test(check))
        return undefined;
    return `'${check}' is not a check (use all, trust-ec2, trust-appliance, instance-profile, permissions or trust-<service>)`;
}
/** The default and the largest allowed `max-waiver-days`. */
const defaultMaxWaiverDays = 365;
/**
 * Why a waiver is not acceptable as written, or undefined: it needs a reason, an expiry date, and
 * an expiry at most `maxDays` after today (so every exception is justified and temporary).
 */
function waiverProblem(waiver, today, maxDays) {
    const badCheck = waiver.checks.map(checkNameProblem).find((p) => p !== undefined);
    if (badCheck)
        return badCheck;
    if (!waiver.reason?.trim())
        return 'a waiver needs a reason (why the gap is accepted)';
    if (waiver.expires === undefined)
        return 'a waiver needs an expiry date (expires: YYYY-MM-DD)';
    if (!(0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .isDay */ .N)(waiver.expires))
        return `expires '${waiver.expires}' is not a date written YYYY-MM-DD`;
    const days = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .daysBetween */ .YM)(today, waiver.expires);
    if (days > maxDays)
        return `expires ${waiver.expires} is ${days} days from today (${today}); waivers may run at most ${maxDays} days (max-waiver-days)`;
    return undefined;
}


/***/ })

};
