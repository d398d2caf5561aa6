import type { FileError, Warning } from '../../model/report.js';
import type { Role } from '../../model/role.js';
import { buildRoles } from '../terraform/link.js';
import type { Path, Resolution, TerraformInput } from '../terraform/records.js';
import type { Environment } from './configuration.js';
import { ModuleInstance } from './configuration.js';
import { SourceDocuments } from './documents.js';
import type { HclReader, TfRef, TfValue } from './hcl/index.js';
import { isRef } from './hcl/index.js';
import type { ModuleDecl } from './module.js';
import { attribute, dirname, isLocalSource, joinPath, readModule } from './module.js';
import type { Slot, SourceInstance } from './records.js';
import { knownRefText, sourceInstance } from './records.js';
import type { VariableSources } from './variables.js';
import { autoLoadedFiles, readVarFlag, readVariableFile } from './variables.js';
import { addWaiverComments } from '../../waivers/terraform-comment.js';

export type { VariableSources };

/**
 * Terraform without a plan (issue 11): every root module of the scanned tree read from its `.tf`
 * files, its IAM resources evaluated and handed to the same linker as plans. Pure: files come
 * through `readFile`, the HCL parser is passed in (loaded only when a `.tf` file is found).
 */
export interface SourceRequest {
  hcl: HclReader;
  /** Every path of the scanned tree (relative to the scan root). */
  files: readonly string[];
  readFile(path: string): string | undefined;
  variables: VariableSources;
  /** Root folders a scanned plan covers: their roles come from the plan. */
  covered?: ReadonlySet<string>;
}

export interface SourceResult {
  roles: Role[];
  errors: FileError[];
  warnings: Warning[];
  /** The `.tf` files read (for the report's file count). */
  files: string[];
  /** Files read by `file()` / `templatefile()`: policy JSON there belongs to the configuration. */
  readFiles: string[];
}

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

export function readTerraformSource(request: SourceRequest): SourceResult {
  const tfFiles = request.files.filter((f) => f.endsWith('.tf') && !/(^|\/)\.terraform\//.test(f)).sort();
  const byDir = new Map<string, string[]>();
  for (const f of tfFiles) byDir.set(dirname(f), [...(byDir.get(dirname(f)) ?? []), f]);
  const result: SourceResult = { roles: [], errors: [], warnings: [], files: tfFiles, readFiles: [] };
  const modules = new Map<string, ModuleDecl>();
  const moduleOf = (dir: string): ModuleDecl | undefined => {
    let found = modules.get(dir);
    if (!found && byDir.has(dir)) {
      found = readModule(request.hcl, dir, byDir.get(dir) ?? [], request.readFile);
      modules.set(dir, found);
      result.errors.push(...found.errors);
    }
    return found;
  };
  // A folder another folder calls as a local module is not a root of its own.
  const called = new Set<string>();
  for (const dir of byDir.keys())
    for (const call of moduleOf(dir)?.calls.values() ?? [])
      if (call.source && isLocalSource(call.source)) {
        const target = joinPath(dir, call.source);
        if (target !== undefined && target !== dir) called.add(target);
      }
  for (const dir of [...byDir.keys()].sort()) {
    if (called.has(dir) || request.covered?.has(dir)) continue;
    const read = readRoot(request, dir, moduleOf, result.readFiles);
    result.roles.push(...read.roles);
    result.errors.push(...read.errors);
    result.warnings.push(...read.warnings);
  }
  // Waiver comments above each role's resource block (issue 13), as for plans.
  addWaiverComments(result.roles, request.readFile);
  return result;
}

function readRoot(
  request: SourceRequest,
  dir: string,
  moduleOf: (dir: string) => ModuleDecl | undefined,
  readFiles: string[],
): { roles: Role[]; errors: FileError[]; warnings: Warning[] } {
  const rootDecl = moduleOf(dir)!;
  const slots = new Map<string, Slot>();
  const env: Environment = {
    hcl: request.hcl,
    module: moduleOf,
    readFile: (path) => {
      const text = request.readFile(path);
      if (text !== undefined && !readFiles.includes(path)) readFiles.push(path);
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
  const pending: { slot: Slot; uncertain?: string }[] = [];
  const visit = (module: ModuleInstance): void => {
    for (const [key, decl] of module.decl.resources) {
      if (!linked.has(decl.mode === 'data' ? `data.${decl.type}` : decl.type)) continue;
      const expansion = module.expand(key, decl.block);
      const items = expansion.kind === 'known' ? expansion.items : [{ context: { module } }];
      const uncertain = expansion.kind === 'unknown' ? expansion.reason : module.uncertain;
      for (const item of items) {
        const slot: Slot = { type: decl.type, decl, owner: module, item, location: decl.block.location };
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
      for (const child of module.childInstances(name)?.instances ?? []) visit(child);
    }
  };
  visit(root);
  const records = pending.map(({ slot, uncertain }) =>
    sourceInstance(slot.owner, slot.decl, slot.item, uncertain),
  );
  const byAddress = new Map(records.map((r) => [r.address, r] as const));
  for (const r of records) {
    // A role's or policy's ARN is known (account and partition symbolic) when its name is.
    if (r.mode === 'managed' && (r.type === 'aws_iam_role' || r.type === 'aws_iam_policy')) {
      const arn = knownRefText(r, { ref: r.address, attribute: 'arn' });
      if (arn) r.values['arn'] = arn;
    }
  }
  const documents = new SourceDocuments((address) => byAddress.get(address));
  const asSource = (i: unknown): SourceInstance => i as SourceInstance;
  const input: TerraformInput = {
    source: 'terraform-source',
    instances: records,
    idFile: (i) => asSource(i).file,
    locate: (i) => asSource(i).location,
    locateAttribute: (i, path) => locateAttribute(asSource(i), path),
    resolveAttribute: (i, path) => resolveAttribute(asSource(i), path, records),
    configured: (i, name) => {
      const body = asSource(i).decl.block.body;
      return (
        attribute(asSource(i).decl.block, name) !== undefined ||
        body.blocks.some((b) => b.type === name || (b.type === 'dynamic' && b.labels[0] === name))
      );
    },
    documentAt: (i, path) => documents.documentAt(asSource(i), path),
    dataDocument: (i) => documents.dataDocument(asSource(i)),
  };
  const { roles, warnings } = buildRoles(input);
  for (const role of roles) {
    const record = byAddress.get(role.key);
    if (record) role.style = { terraformPolicies: policyStyle(record, records) };
  }
  return { roles, errors: env.errors, warnings: [...env.warnings, ...warnings] };
}

/** How the role's trust policy is written (else whether its module uses policy document data sources). */
function policyStyle(
  role: SourceInstance,
  records: readonly SourceInstance[],
): 'policy-document' | 'jsonencode' | 'heredoc' {
  const trust = role.raw.get('assume_role_policy');
  if (trust?.expr?.kind === 'call' && trust.expr.name === 'jsonencode') return 'jsonencode';
  if (trust?.expr?.kind === 'template' && trust.expr.heredoc) return 'heredoc';
  if (isRef(trust?.value ?? null) && (trust!.value as TfRef).ref.includes('data.aws_iam_policy_document.'))
    return 'policy-document';
  const documents = records.some(
    (r) => r.module === role.module && r.mode === 'data' && r.type === 'aws_iam_policy_document',
  );
  return documents ? 'policy-document' : 'jsonencode';
}

/** Variable values of a root: auto-loaded files, then the given files, then `--var` (later wins). */
function rootVariables(
  request: SourceRequest,
  dir: string,
  decl: ModuleDecl,
  errors: FileError[],
): Map<string, TfValue> {
  const values = new Map<string, TfValue>();
  for (const file of autoLoadedFiles(dir, request.files)) {
    const text = request.readFile(file);
    if (text !== undefined) readVariableFile(request.hcl, file, text, values, errors);
  }
  for (const { file, text } of request.variables.files)
    readVariableFile(request.hcl, file, text, values, errors);
  for (const [name, raw] of Object.entries(request.variables.vars))
    values.set(name, readVarFlag(request.hcl, decl.variables.get(name), raw));
  return values;
}

/** The line of the attribute or block a path names, or of the nearest one written. */
function locateAttribute(record: SourceInstance, path: Path) {
  for (let n = path.length; n > 0; n--) {
    const found = record.locations.get(path.slice(0, n).join('.'));
    if (found) return found;
  }
  return record.location;
}

/** The instances an unknown value names, and what else keeps it open. */
function resolveAttribute(
  record: SourceInstance,
  path: Path,
  records: readonly SourceInstance[],
): Resolution {
  const key = path.join('.');
  const related = (p: string): boolean => p === key || p.startsWith(`${key}.`) || key.startsWith(`${p}.`);
  const result: Resolution = { instances: [], deadEnds: [] };
  for (const { path: p, ref } of record.refs) {
    if (!related(p)) continue;
    const matches = records.filter((r) => r.address === ref.ref || r.address.startsWith(`${ref.ref}[`));
    for (const m of matches) if (!result.instances.includes(m)) result.instances.push(m);
    if (matches.length === 0) result.deadEnds.push(`${ref.ref}.${ref.attribute}`);
  }
  for (const { path: p, reason } of record.unknowns)
    if (related(p) && !result.deadEnds.includes(reason)) result.deadEnds.push(reason);
  return result;
}
