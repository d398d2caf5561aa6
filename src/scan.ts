import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decode } from './decode.js';
import { compare, walk, type FoundFile } from './files/walk.js';
import { InputError } from './model/errors.js';
import type { GateOptions } from './model/options.js';
import type { FileError, Report, RoleReport, Summary, Warning } from './model/report.js';
import type { Role } from './model/role.js';
import type { LooseDocument, ParseContext, Parser } from './parsers/types.js';
import { classifyRoles, unmatchedSelectors } from './requirements/selection.js';
import { applyWaivers } from './waivers/apply.js';
import { defaultMaxWaiverDays } from './waivers/rules.js';
import { countRoles, settleGateVerdict } from './model/gate-verdict.js';
import { selectorLines } from './config.js';
import { bindLooseDocuments } from './bind.js';
import { findDrift, type Evaluated } from './drift.js';
import { inShard, type Shard } from './shard.js';
import type { SourceResult } from './parsers/terraform-source/index.js';
import type { HclReader } from './parsers/terraform-source/hcl/index.js';
import { LARGE_INPUT_BYTES, releaseMemory } from './files/release-memory.js';

/** The parsers and checks, loaded on first use (src/scan-engine.ts). */
let engine: typeof import('./scan-engine.js') | undefined;
const loadEngine = async () => (engine ??= await import('./scan-engine.js'));

export interface ScanRequest {
  /** Ids and locations are relative to this folder. */
  root: string;
  /** Files or folders, relative to `root` or absolute; empty means the root itself. */
  paths: string[];
  options: GateOptions;
  /** Relative paths to restrict the check to, e.g. a pull request's changed files. */
  only?: string[];
  /** Files larger than this are reported, not read (default 500 MiB). */
  maxFileBytes?: number;
  /** Where `options.roles` came from, named in the error for an entry that matches no role. */
  configFile?: string;
  /**
   * Check only this part of the candidate files (`--shard N/M`, issue 7). Companion files (`.tf`)
   * stay readable from every shard; live roles are checked in shard 1 only.
   */
  shard?: Shard;
  /** The parsers to use; default: every registered one. */
  parsers?: readonly Parser[];
  /**
   * Deployed roles read by live mode (src/aws): checked with the scanned ones (each named role is
   * checked even when no selection rule picks it), and compared with declared roles of the same name.
   */
  live?: { roles: Role[]; errors: FileError[]; warnings: Warning[] };
  /** YYYY-MM-DD that waiver expiry is judged against (default: today, UTC). */
  today?: string;
  /** Sees each selected role with its kinds before it is checked (`--explain`). */
  inspect?: (role: Role, kinds: readonly string[]) => void;
  /**
   * Receives a re-reader of the tree's Terraform roots (same files, variables and plan-covered
   * roots) in which the overlay's texts replace those files: a `.tf` edit is checked unwritten.
   */
  terraformReread?: (reread: TerraformReread) => void;
}

/** The Terraform roots read again with some files' text (by report path) replaced. */
export type TerraformReread = (overlay: ReadonlyMap<string, string>) => SourceResult;

/**
 * Reads, parses and checks every file under the paths (design.md §1). The only I/O is reading
 * the scanned files; the Report is deterministic for the same tree and options.
 */
export async function scan(request: ScanRequest): Promise<Report> {
  const { options } = request;
  const walked = await walk(request.root, request.paths.length > 0 ? request.paths : ['.'], {
    exclude: options.exclude,
    maxFileBytes: request.maxFileBytes,
  });
  const only = request.only ? new Set(request.only.map(normalise)) : undefined;
  const wanted = (file: string): boolean => (!only || only.has(file)) && inShard(file, request.shard);
  const live = request.shard && request.shard.index !== 1 ? undefined : request.live;

  const errors: FileError[] = walked.errors.filter((e) => wanted(e.file));
  const warnings: Warning[] = [...walked.warnings];
  const roles: Role[] = [];
  const looseDocuments: LooseDocument[] = [];
  /** Terraform root folders a scanned plan covers: their roles come from the plan. */
  const coveredRoots = new Set<string>();
  const infrastructureFiles = new Set<string>(errors.map((e) => e.file));
  let filesWithoutIam = 0;

  const byPath = new Map(walked.files.map((f) => [f.path, f]));
  const allPaths = walked.files.map((f) => f.path);
  // Parsers read companions (a plan's .tf sources) through this: only files of the walked tree.
  const readCompanion = (relativePath: string): string | undefined => {
    const found = byPath.get(normalise(relativePath));
    if (!found) return undefined;
    try {
      const decoded = decode(readFileSync(found.absolute));
      return decoded.kind === 'text' ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  };

  const contextFor = (file: string): ParseContext => ({
    file,
    parameters: options.parameters,
    readFile: readCompanion,
    files: allPaths,
    ...(options.terraform && { terraformPlans: options.terraform.plans }),
  });

  // One file in a function of its own: its text (a plan may be hundreds of MB) is released when it
  // returns; held in this async function's frame it would stay alive until the scan ends.
  const parseOne = async (file: FoundFile, loaded: NonNullable<typeof engine>): Promise<void> => {
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
      if (!parsed) return;
      infrastructureFiles.add(file.path);
      if (parsed.withoutIam) filesWithoutIam++;
      // Fixes are written in the file's own style (short tags, indentation): read it once per file.
      const style = parsed.roles.length ? sourceStyle(text) : undefined;
      roles.push(...parsed.roles.map((r) => (r.style || !style ? r : { ...r, style })));
      errors.push(...parsed.errors);
      warnings.push(...parsed.warnings);
      looseDocuments.push(...(parsed.looseDocuments ?? []));
      for (const root of parsed.terraformRoots ?? []) coveredRoots.add(root);
    } catch (error) {
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
    for (const file of scanned) await parseOne(file, loaded);
  }
  // Large inputs: the texts and parse objects are garbage now; collect them before checking.
  const large = scanned.reduce((sum, f) => sum + f.size, 0) > LARGE_INPUT_BYTES;
  if (large) releaseMemory();

  const hasTerraformSource = walked.files.some((f) => f.path.endsWith('.tf'));
  // Each shard checks a plan in one shard only, but every shard must know which roots the plans
  // cover: else a root's roles would come from its plan in one shard and its .tf files in another.
  if (hasTerraformSource && request.shard && request.shard.count > 1) {
    const { terraformPlanParser, planCoveredRoots } = await loadEngine();
    for (const file of walked.files) {
      if (!file.candidate || wanted(file.path) || !file.path.toLowerCase().endsWith('.json')) continue;
      const text = await readText(file);
      if (typeof text !== 'string' || !terraformPlanParser.sniff(file.path, text.slice(0, 8192))) continue;
      // Only which roots it covers: its roles are built and checked in its own shard.
      for (const root of planCoveredRoots(text, contextFor(file.path))) coveredRoots.add(root);
    }
  }

  // Terraform source without a plan (issue 11): roots no scanned plan covers.
  if (hasTerraformSource) {
    const source = await readTerraformRoots(request, allPaths, readCompanion, coveredRoots);
    // Policy files a configuration reads with file()/templatefile() are bound to its roles.
    const read = new Set(source.readFiles);
    for (let i = looseDocuments.length - 1; i >= 0; i--)
      if (read.has(looseDocuments[i]!.file)) looseDocuments.splice(i, 1);
    for (const file of source.files) if (wanted(file)) infrastructureFiles.add(file);
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

  const classified = classifyRoles(roles, options.roles, options.ignore);
  const selections = classified.selected;
  const liveNamed = new Set((live?.roles ?? []).map((r) => r.id));
  const skipped = classified.skipped.filter((s) => !liveNamed.has(s.id));
  for (const role of live?.roles ?? [])
    if (!selections.has(role))
      selections.set(role, {
        kinds: ['production-worker'],
        selectedBy: 'named for live mode (--role / aws-roles)',
      });
  const reports: RoleReport[] = [];
  const evaluated: Evaluated[] = [];
  for (const [role, selection] of selections) {
    const { evaluateRole, adviseRole, combinedRequirements } = await loadEngine();
    request.inspect?.(role, selection.kinds);
    try {
      const report = evaluateRole(role, selection, options);
      reports.push(report);
      evaluated.push({ role, report });
      // Advice never changes a verdict; `least-privilege: fail` lets the gate act on it.
      warnings.push(...adviseRole(role, combinedRequirements(selection.kinds, options.veeamVersion)));
    } catch (error) {
      // An InputError here is about this role (a veeam:role tag naming an unknown kind): report it
      // on the role. Anything else is a bug, still reported on the role rather than crashing.
      const why =
        error instanceof InputError ? message(error) : `internal error (please report): ${message(error)}`;
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
    maxDays: options.maxWaiverDays ?? defaultMaxWaiverDays,
    partial: only !== undefined || (request.shard !== undefined && request.shard.count > 1),
  });
  warnings.push(...waived.warnings);
  errors.push(...waived.errors);
  for (const report of reports) settleGateVerdict(report);

  for (const selector of unmatchedSelectors(roles, options.roles)) {
    const text = `roles entry '${selector.match}' matches no IAM role in the scanned files`;
    // With a file restriction the role may live in an unchanged file: not proven missing.
    if (only) warnings.push({ code: 'role-not-in-changed-files', message: text });
    // A shard sees part of the files: the entry is missing only if every shard says so.
    else if (request.shard && request.shard.count > 1)
      warnings.push({ code: 'role-not-in-shard', message: text });
    else
      errors.push({
        file: request.configFile ?? '(config)',
        line: selectorLines.get(selector),
        message: text,
      });
  }

  if (live) {
    const isLive = (e: Evaluated): boolean => e.role.source === 'aws';
    warnings.push(
      ...findDrift(
        evaluated.filter((e) => !isLive(e)),
        evaluated.filter(isLive),
      ),
    );
  }

  // And what checking left behind, before the report is rendered.
  if (large) releaseMemory();
  reports.sort((a, b) => compare(a.id, b.id));
  errors.sort(byFileLine);
  warnings.sort(byWarning);
  const summary: Summary = {
    files: infrastructureFiles.size,
    iamRoles: roles.length,
    workerRoles: reports.length,
    ...countRoles(reports),
    errors: errors.length,
    ...(filesWithoutIam > 0 && { filesWithoutIam }),
  };
  // Key order of the summary is fixed by the JSON renderer; `accepted` only when there are some.
  skipped.sort((a, b) => compare(a.id, b.id));
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
async function readTerraformRoots(
  request: ScanRequest,
  files: readonly string[],
  readFile: (path: string) => string | undefined,
  covered: ReadonlySet<string>,
) {
  const terraform = request.options.terraform;
  const variableFiles = (terraform?.tfvars ?? []).map((file) => {
    const absolute = path.resolve(request.root, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(`--tfvars ${file}: ${code === 'ENOENT' ? 'file not found' : message(error)}`);
    }
    const decoded = decode(bytes);
    if (decoded.kind !== 'text') throw new InputError(`--tfvars ${file}: not a text file`);
    return { file: normalise(path.relative(request.root, absolute)), text: decoded.text };
  });
  const { loadHcl, readTerraformSource } = await import('./parsers/terraform-source/entry.js');
  const hcl = await loadHcl();
  // file() and templatefile() may read any file inside the scan root (templates are not walked).
  const root = path.resolve(request.root);
  const readInside = (relative: string): string | undefined => {
    const known = readFile(relative);
    if (known !== undefined) return known;
    const absolute = path.resolve(root, relative);
    if (!absolute.startsWith(root + path.sep)) return undefined;
    try {
      const decoded = decode(readFileSync(absolute));
      return decoded.kind === 'text' ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  };
  const variables = { files: variableFiles, vars: terraform?.vars ?? {} };
  if (request.terraformReread) {
    // Each re-read changes one file: the others' syntax trees (never modified) are parsed once.
    const trees = new Map<string, { text: string; tree: ReturnType<HclReader['parse']> }>();
    const parse: HclReader['parse'] = (text, file) => {
      const known = trees.get(file);
      if (known?.text === text) return known.tree;
      const tree = hcl.parse(text, file);
      trees.set(file, { text, tree });
      return tree;
    };
    request.terraformReread((overlay) =>
      readTerraformSource({
        hcl: { ...hcl, parse },
        files,
        readFile: (relative) => overlay.get(relative) ?? readInside(relative),
        variables,
        covered,
      }),
    );
  }
  return readTerraformSource({ hcl, files, readFile: readInside, variables, covered });
}

/** File names that say "infrastructure" even when the content cannot be read as text. */
export function namedAsInfrastructure(file: string): boolean {
  const lower = file.toLowerCase();
  return (
    lower.endsWith('.template') ||
    /\.template\.(json|ya?ml)$/.test(lower) ||
    /(^|[/._-])(tf)?plan\.json$/.test(lower) ||
    /(^|\/)(cloudformation|cfn)([/._-]|$)/.test(lower) ||
    lower.startsWith('cdk.out/') ||
    lower.includes('/cdk.out/')
  );
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
export function mentionsInfrastructure(bytes: Uint8Array): boolean {
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
async function readText(file: FoundFile): Promise<string | FileError | undefined> {
  let bytes: Buffer;
  try {
    // Small files synchronously (a promise read per file costs a thread-pool round trip); large
    // ones through the promise API, measured to peak ~340 MB lower on a 330 MB plan (its bytes are
    // released before the parse's peak).
    bytes = file.size > LARGE_INPUT_BYTES ? await readFile(file.absolute) : readFileSync(file.absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' ? 'permission denied' : message(error);
    return { file: file.path, message: `could not read: ${reason}` };
  }
  const decoded = decode(bytes);
  if (decoded.kind === 'text') return decoded.text;
  if (namedAsInfrastructure(file.path) || mentionsInfrastructure(bytes)) {
    return { file: file.path, message: `not a text file (${decoded.reason}): could not be checked` };
  }
  return undefined;
}

function normalise(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function byFileLine(a: FileError, b: FileError): number {
  return (
    compare(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compare(a.message, b.message)
  );
}

function byWarning(a: Warning, b: Warning): number {
  return (
    compare(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    compare(a.code, b.code) ||
    compare(a.message, b.message)
  );
}
