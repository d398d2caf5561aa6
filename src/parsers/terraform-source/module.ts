import type { FileError } from '../../model/report.js';
import type { HclAttribute, HclBlock, HclFile, HclReader } from './hcl/index.js';

/**
 * One Terraform module as Terraform reads it: every `.tf` file of a folder, merged into its
 * variables, locals, outputs, resources, data sources and module calls.
 */
export interface ResourceDecl {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: HclBlock;
}

export interface ModuleCallDecl {
  name: string;
  block: HclBlock;
  /** The `source` string as written (Terraform requires a literal). */
  source?: string;
}

export interface ModuleDecl {
  dir: string;
  variables: Map<string, HclBlock>;
  locals: Map<string, HclAttribute>;
  outputs: Map<string, HclBlock>;
  /** `aws_iam_role.x` or `data.aws_iam_policy_document.y` → its block. */
  resources: Map<string, ResourceDecl>;
  calls: Map<string, ModuleCallDecl>;
  errors: FileError[];
}

export function readModule(
  hcl: HclReader,
  dir: string,
  files: readonly string[],
  readFile: (path: string) => string | undefined,
): ModuleDecl {
  const module: ModuleDecl = {
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
    const parsed: HclFile = hcl.parse(text, file);
    module.errors.push(...parsed.errors);
    for (const block of parsed.body.blocks) {
      const [first, second] = block.labels;
      switch (block.type) {
        case 'variable':
          if (first) module.variables.set(first, block);
          break;
        case 'locals':
          for (const attribute of block.body.attributes) module.locals.set(attribute.name, attribute);
          break;
        case 'output':
          if (first) module.outputs.set(first, block);
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
            const call: ModuleCallDecl = { name: first, block };
            if (source?.kind === 'literal' && typeof source.value === 'string') call.source = source.value;
            module.calls.set(first, call);
          }
          break;
      }
    }
  }
  return module;
}

export function attribute(block: HclBlock, name: string): HclAttribute | undefined {
  return block.body.attributes.find((a) => a.name === name);
}

/** `./x`, `../x`: a module in this repository; anything else (registry, git, http) is not read. */
export function isLocalSource(source: string): boolean {
  return /^\.\.?(\/|$)/.test(source);
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Joins a relative path onto a folder, resolving `.` and `..`; undefined above the scan root. */
export function joinPath(dir: string, relative: string): string | undefined {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** The relative path from one folder to another (`path.module` as Terraform gives it). */
export function relativePath(from: string, to: string): string {
  const a = from === '' ? [] : from.split('/');
  const b = to === '' ? [] : to.split('/');
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const up = a.slice(common).map(() => '..');
  const parts = [...up, ...b.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}
