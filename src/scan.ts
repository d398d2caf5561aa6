import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { decode } from './decode.js';
import { evaluateRole } from './evaluate.js';
import { compare, walk, type FoundFile } from './files/walk.js';
import { InputError } from './model/errors.js';
import type { GateOptions } from './model/options.js';
import type { FileError, Report, RoleReport, Summary, Warning } from './model/report.js';
import type { Role } from './model/role.js';
import { parseFile } from './parsers/index.js';
import type { LooseDocument, ParseContext, Parser } from './parsers/types.js';
import { selectorLines } from './config.js';
import { selectRoles, unmatchedSelectors } from './requirements/selection.js';
import { combinedRequirements } from './requirements/index.js';
import { adviseRole } from './advice/index.js';
import { sourceStyle } from './fixes/index.js';
import { bindLooseDocuments } from './bind.js';
import { findDrift, type Evaluated } from './drift.js';
import { inShard, type Shard } from './shard.js';

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
  /** Sees each selected role with its kinds before it is checked (`--explain`). */
  inspect?: (role: Role, kinds: readonly string[]) => void;
}

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
  const infrastructureFiles = new Set<string>(errors.map((e) => e.file));

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

  for (const file of walked.files) {
    if (!file.candidate || !wanted(file.path)) continue;
    const text = await readText(file);
    if (typeof text !== 'string') {
      if (text) {
        errors.push(text);
        infrastructureFiles.add(file.path);
      }
      continue;
    }
    const context: ParseContext = {
      file: file.path,
      parameters: options.parameters,
      readFile: readCompanion,
      files: allPaths,
    };
    try {
      const parsed = parseFile(text, context, request.parsers);
      if (!parsed) continue;
      infrastructureFiles.add(file.path);
      // Fixes are written in the file's own style (short tags, indentation): read it once per file.
      const style = parsed.roles.length ? sourceStyle(text) : undefined;
      roles.push(...parsed.roles.map((r) => (r.style || !style ? r : { ...r, style })));
      errors.push(...parsed.errors);
      warnings.push(...parsed.warnings);
      looseDocuments.push(...(parsed.looseDocuments ?? []));
    } catch (error) {
      // A parser must never throw on input: this is a bug, reported on the file, never a crash.
      infrastructureFiles.add(file.path);
      errors.push({
        file: file.path,
        message: `internal error while parsing (please report): ${message(error)}`,
      });
    }
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

  const selections = selectRoles(roles, options.roles);
  for (const role of live?.roles ?? [])
    if (!selections.has(role))
      selections.set(role, {
        kinds: ['production-worker'],
        selectedBy: 'named for live mode (--role / aws-roles)',
      });
  const reports: RoleReport[] = [];
  const evaluated: Evaluated[] = [];
  for (const [role, selection] of selections) {
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

  reports.sort((a, b) => compare(a.id, b.id));
  errors.sort(byFileLine);
  warnings.sort(byWarning);
  const summary: Summary = {
    files: infrastructureFiles.size,
    iamRoles: roles.length,
    workerRoles: reports.length,
    pass: reports.filter((r) => r.verdict === 'pass').length,
    fail: reports.filter((r) => r.verdict === 'fail').length,
    unknown: reports.filter((r) => r.verdict === 'unknown').length,
    errors: errors.length,
  };
  return { version: 1, summary, roles: reports, errors, warnings };
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

/** The file's text; a FileError when it cannot be read; undefined for binary files skipped silently. */
async function readText(file: FoundFile): Promise<string | FileError | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file.absolute);
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
