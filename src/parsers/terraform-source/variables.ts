import type { FileError } from '../../model/report.js';
import type { HclBlock, HclReader, Scope, TfValue } from './hcl/index.js';
import { evaluate, makeMap } from './hcl/index.js';

/**
 * Variable values of a root module, in Terraform's order: `terraform.tfvars`,
 * `terraform.tfvars.json`, `*.auto.tfvars(.json)` in lexical order, then the files and `-var`
 * values given on the command line (later wins). A value of `""` overrides a default, as in Terraform.
 */
export interface VariableSources {
  /** Files given with --tfvars / the tfvars input / config, in order: name and text. */
  files: { file: string; text: string }[];
  vars: Record<string, string>;
}

/** Nothing outside a .tfvars file: its values are constants (functions still work). */
const constantScope: Scope = {
  resolve: () => undefined,
  readFile: (path, location) => ({ unresolved: true, reason: `file("${path}") in a .tfvars file`, location }),
};

export function autoLoadedFiles(rootDir: string, files: readonly string[]): string[] {
  const inRoot = files.filter((f) => dirOf(f) === rootDir);
  const base = (f: string): string => f.slice(f.lastIndexOf('/') + 1);
  const named = (name: string): string[] => inRoot.filter((f) => base(f) === name);
  const auto = inRoot
    .filter((f) => /\.auto\.tfvars(\.json)?$/.test(base(f)))
    .sort((a, b) => (base(a) < base(b) ? -1 : base(a) > base(b) ? 1 : 0));
  return [...named('terraform.tfvars'), ...named('terraform.tfvars.json'), ...auto];
}

export function readVariableFile(
  hcl: HclReader,
  file: string,
  text: string,
  into: Map<string, TfValue>,
  errors: FileError[],
): void {
  if (file.endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      errors.push({ file, message: `invalid variables JSON: ${(error as Error).message.split('\n')[0]}` });
      return;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      errors.push({ file, message: 'a .tfvars.json file must hold one JSON object' });
      return;
    }
    for (const [name, value] of Object.entries(data)) into.set(name, fromJson(value));
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
export function readVarFlag(hcl: HclReader, declaration: HclBlock | undefined, raw: string): TfValue {
  const type = declaration?.body.attributes.find((a) => a.name === 'type')?.expr;
  const isString =
    !type ||
    (type.kind === 'traversal' && type.root === 'string' && type.steps.length === 0) ||
    (type.kind === 'literal' && type.value === 'string');
  if (isString) return raw;
  const parsed = hcl.parse(`value = ${raw}\n`, '--var');
  const expr = parsed.body.attributes[0]?.expr;
  if (parsed.errors.length > 0 || !expr) return raw;
  return evaluate(expr, constantScope);
}

function fromJson(value: unknown): TfValue {
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === 'object' && value !== null)
    return makeMap(Object.entries(value).map(([k, v]) => [k, fromJson(v)] as const));
  return value as TfValue;
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}
