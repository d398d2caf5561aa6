import type { SourceLocation } from '../../model/location.js';
import type { FileError, Warning } from '../../model/report.js';
import type {
  Expr,
  FileRead,
  HclBlock,
  HclReader,
  ResolvedStep,
  Resolution,
  Scope,
  TfMap,
  TfRef,
  TfUnknown,
  TfValue,
} from './hcl/index.js';
import { evaluate, isMap, isRef, isUnknown, makeMap, unknown } from './hcl/index.js';
import type { ModuleCallDecl, ModuleDecl, ResourceDecl } from './module.js';
import { attribute, isLocalSource, joinPath, relativePath } from './module.js';
import type { Slot } from './records.js';

/**
 * A root module and the local modules it calls, evaluated the way `terraform plan` would before
 * it asks AWS anything: variables from their values or defaults, locals on demand (a cycle is an
 * error, not a hang), `count` / `for_each` over known collections, module inputs and outputs.
 * Computed resource attributes stay references (`TfRef`); what the configuration does not
 * determine is a `TfUnknown` with the reason.
 */
export interface Environment {
  hcl: HclReader;
  /** The module of a folder (parsed once per scan). */
  module(dir: string): ModuleDecl | undefined;
  readFile(path: string): string | undefined;
  errors: FileError[];
  warnings: Warning[];
  /** A resource instance of the configuration by its full address. */
  instance?(address: string): Slot | undefined;
}

/** What `each` / `count` / a dynamic block's iterator stand for where an expression is evaluated. */
export interface Context {
  module: ModuleInstance;
  count?: number;
  each?: { key: TfValue; value: TfValue };
  iterators?: ReadonlyMap<string, { key: TfValue; value: TfValue }>;
}

/** One instance of a resource, data source or module call (`count`/`for_each` give several). */
export interface Expanded {
  key?: number | string;
  context: Context;
}

export type Expansion = { kind: 'known'; items: Expanded[] } | { kind: 'unknown'; reason: string };

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
const pseudoData: Record<string, Record<string, string>> = {
  aws_partition: { partition: '${AWS::Partition}', dns_suffix: '${AWS::URLSuffix}', id: '${AWS::Partition}' },
  aws_caller_identity: { account_id: '${AWS::AccountId}', id: '${AWS::AccountId}' },
  aws_region: { name: '${AWS::Region}', region: '${AWS::Region}', id: '${AWS::Region}' },
};

const maxModuleDepth = 32;

export class ModuleInstance {
  private readonly locals = new Map<string, TfValue>();
  private readonly evaluating = new Set<string>();
  private readonly expansions = new Map<string, Expansion>();
  private readonly children = new Map<
    string,
    { expansion: Expansion; instances: ModuleInstance[] } | undefined
  >();
  private readonly attributeGuard = new Set<string>();

  constructor(
    readonly env: Environment,
    readonly decl: ModuleDecl,
    /** '' for the root, else `module.a`, `module.a["x"].module.b`. */
    readonly address: string,
    readonly rootDir: string,
    /** Root: variable values from files and flags. Child: arguments of the call, in the caller's context. */
    readonly input: (name: string) => TfValue | undefined,
    /** Folders of the calls leading here: a folder met twice is a module cycle. */
    readonly chain: readonly string[],
    /** Set when this instance may not exist (`count`/`for_each` of a caller not known). */
    readonly uncertain?: string,
  ) {}

  get isRoot(): boolean {
    return this.address === '';
  }

  prefix(): string {
    return this.address === '' ? '' : `${this.address}.`;
  }

  scope(context: Context): Scope {
    return {
      resolve: (root, steps, location) => this.resolve(context, root, steps, location),
      readFile: (path, location) => this.readFile(path, location),
      parseTemplate: (text, file) => this.env.hcl.parseTemplate(text, file),
    };
  }

  evaluate(expr: Expr, context: Context): TfValue {
    return evaluate(expr, this.scope(context));
  }

  variable(name: string, location: SourceLocation): TfValue | undefined {
    const declaration = this.decl.variables.get(name);
    if (!declaration) return undefined;
    const given = this.input(name);
    if (given !== undefined) return given;
    const fallback = attribute(declaration, 'default');
    if (fallback) return this.evaluate(fallback.expr, { module: this });
    return unknown(
      this.isRoot
        ? `var.${name} has no value (give it with --tfvars or --var)`
        : `var.${name} is not set by ${this.address} and has no default`,
      location,
    );
  }

  local(name: string, location: SourceLocation): TfValue | undefined {
    const cached = this.locals.get(name);
    if (cached !== undefined) return cached;
    const declaration = this.decl.locals.get(name);
    if (!declaration) return undefined;
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
  expand(key: string, block: HclBlock): Expansion {
    let expansion = this.expansions.get(key);
    if (!expansion) {
      expansion = this.expandBlock(block, `${this.prefix()}${key}`);
      this.expansions.set(key, expansion);
    }
    return expansion;
  }

  expandBlock(block: HclBlock, what: string): Expansion {
    const count = attribute(block, 'count');
    const forEach = attribute(block, 'for_each');
    if (!count && !forEach) return { kind: 'known', items: [{ context: { module: this } }] };
    if (count) {
      const value = this.evaluate(count.expr, { module: this });
      if (typeof value !== 'number')
        return { kind: 'unknown', reason: `count of ${what} ${reasonOf(value, 'is not a known number')}` };
      const items: Expanded[] = [];
      for (let i = 0; i < Math.min(value, 10_000); i++)
        items.push({ key: i, context: { module: this, count: i } });
      return { kind: 'known', items };
    }
    const value = this.evaluate(forEach!.expr, { module: this });
    const items: Expanded[] = [];
    if (isMap(value)) {
      for (const [k, v] of value)
        items.push({ key: k, context: { module: this, each: { key: k, value: v } } });
      return { kind: 'known', items };
    }
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      for (const k of [...new Set(value as string[])].sort())
        items.push({ key: k, context: { module: this, each: { key: k, value: k } } });
      return { kind: 'known', items };
    }
    return {
      kind: 'unknown',
      reason: `for_each of ${what} ${reasonOf(value, 'is not a known map or set of strings')}`,
    };
  }

  /** The instances of a local module call; undefined for a call that is not read (registry, git, cycle). */
  childInstances(name: string): { expansion: Expansion; instances: ModuleInstance[] } | undefined {
    if (this.children.has(name)) return this.children.get(name);
    this.children.set(name, undefined);
    const call = this.decl.calls.get(name);
    const result = call ? this.instantiate(call) : undefined;
    this.children.set(name, result);
    return result;
  }

  private instantiate(
    call: ModuleCallDecl,
  ): { expansion: Expansion; instances: ModuleInstance[] } | undefined {
    const at = call.block.location;
    if (!call.source || !isLocalSource(call.source)) return undefined;
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
    const items = expansion.kind === 'known' ? expansion.items : [{ context: { module: this } as Context }];
    const instances = items.map((item) => {
      const address = `${this.prefix()}module.${call.name}${keyText(item.key)}`;
      const args = new Map(call.block.body.attributes.map((a) => [a.name, a] as const));
      const cache = new Map<string, TfValue>();
      const input = (name: string): TfValue | undefined => {
        if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(name))
          return undefined;
        const argument = args.get(name);
        if (!argument) return undefined;
        let value = cache.get(name);
        if (value === undefined) {
          value = this.evaluate(argument.expr, item.context);
          cache.set(name, value);
        }
        return value;
      };
      const uncertain = expansion.kind === 'unknown' ? expansion.reason : this.uncertain;
      return new ModuleInstance(
        this.env,
        child,
        address,
        this.rootDir,
        input,
        [...this.chain, dir],
        uncertain,
      );
    });
    return { expansion, instances };
  }

  private resolve(
    context: Context,
    root: string,
    steps: readonly ResolvedStep[],
    location: SourceLocation,
  ): Resolution | undefined {
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
        if (!context.each || (name !== 'key' && name !== 'value')) return undefined;
        return { value: context.each[name], consumed: 1 };
      case 'count':
        if (context.count === undefined || name !== 'index') return undefined;
        return { value: context.count, consumed: 1 };
      case 'path': {
        if (name === 'module') return { value: relativePath(this.rootDir, this.decl.dir), consumed: 1 };
        if (name === 'root' || name === 'cwd') return { value: '.', consumed: 1 };
        return undefined;
      }
      case 'terraform':
        return name === 'workspace' ? { value: 'default', consumed: 1 } : undefined;
      case 'module':
        return name === undefined ? undefined : this.moduleOutput(name, steps.slice(1), location);
      case 'data': {
        const second = steps[1];
        if (name === undefined || second?.kind !== 'attr') return undefined;
        const resolved = this.resourceValue(`data.${name}.${second.name}`, steps.slice(2), location);
        return resolved && { value: resolved.value, consumed: resolved.consumed + 2 };
      }
      case 'self':
        return { value: unknown('self is not known without a plan', location), consumed: steps.length };
      default: {
        if (name === undefined) return undefined;
        const resolved = this.resourceValue(`${root}.${name}`, steps.slice(1), location);
        return resolved && { value: resolved.value, consumed: resolved.consumed + 1 };
      }
    }
  }

  /** A resource or data source named in an expression: one instance's attribute, or its instances. */
  private resourceValue(
    key: string,
    steps: readonly ResolvedStep[],
    location: SourceLocation,
  ): Resolution | undefined {
    const decl = this.decl.resources.get(key);
    if (!decl) return undefined;
    const expansion = this.expand(key, decl.block);
    const counted =
      attribute(decl.block, 'count') !== undefined || attribute(decl.block, 'for_each') !== undefined;
    const address = `${this.prefix()}${key}`;
    if (expansion.kind === 'unknown')
      return { value: unknown(expansion.reason, location), consumed: steps.length };
    let item: Expanded | undefined;
    let consumed = 0;
    if (counted) {
      const first = steps[0];
      if (first?.kind !== 'index') {
        // The whole list (count) or map (for_each) of instances: splats and for expressions walk it.
        const objects = expansion.items.map((i) => [i.key, this.objectOf(decl, i, location)] as const);
        const value = attribute(decl.block, 'count')
          ? objects.map(([, o]) => o)
          : makeMap(objects.map(([k, o]) => [String(k), o] as const));
        return { value, consumed: 0 };
      }
      const wanted = first.key;
      item = expansion.items.find(
        (i) => i.key === wanted || (typeof wanted === 'number' && i.key === wanted),
      );
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
    } else item = expansion.items[0];
    if (!item) return undefined;
    const next = steps[consumed];
    if (next?.kind !== 'attr') return { value: this.objectOf(decl, item, location), consumed };
    return { value: this.attributeOf(decl, item, next.name, location), consumed: consumed + 1 };
  }

  instanceAddress(decl: ResourceDecl, item: Expanded): string {
    return `${this.prefix()}${decl.mode === 'data' ? 'data.' : ''}${decl.type}.${decl.name}${keyText(item.key)}`;
  }

  /** One attribute of one instance: configured ones evaluated, computed ones a reference. */
  attributeOf(decl: ResourceDecl, item: Expanded, name: string, location: SourceLocation): TfValue {
    const address = this.instanceAddress(decl, item);
    const ref: TfRef = { ref: address, attribute: name, location };
    if (decl.mode === 'data') {
      const pseudo = pseudoData[decl.type]?.[name];
      if (pseudo !== undefined) return pseudo;
      if (decl.type === 'aws_iam_policy_document')
        return name === 'json' || name === 'minified_json' ? { ...ref, attribute: 'json' } : ref;
      if (decl.type === 'aws_iam_policy') {
        if (name === 'arn') {
          const arn = attribute(decl.block, 'arn');
          if (arn) return this.evaluate(arn.expr, item.context);
          const policyName = attribute(decl.block, 'name');
          const text = policyName ? this.evaluate(policyName.expr, item.context) : undefined;
          // By name: only AWS-managed policies can be named without an account; the snapshot has them.
          if (typeof text === 'string') return `arn:\${AWS::Partition}:iam::aws:policy/${text}`;
          return unknown(`${address}.arn is read from AWS at plan time`, location);
        }
        return ref;
      }
      return unknown(`${address}.${name} is read from AWS at plan time (data source ${decl.type})`, location);
    }
    if (computed.has(name)) return ref;
    const configured = attribute(decl.block, name);
    if (!configured) return ref;
    const guard = `${address}.${name}`;
    if (this.attributeGuard.has(guard))
      return { ...unknown(`${guard} refers to itself`, location), error: true };
    this.attributeGuard.add(guard);
    const value = this.evaluate(configured.expr, item.context);
    this.attributeGuard.delete(guard);
    return value;
  }

  /** A whole instance as an object: its top-level configured attributes and its computed ones. */
  private objectOf(decl: ResourceDecl, item: Expanded, location: SourceLocation): TfMap {
    const names = new Set([...decl.block.body.attributes.map((a) => a.name), 'arn', 'id', 'name']);
    if (decl.type === 'aws_iam_policy_document') names.add('json');
    for (const meta of ['count', 'for_each', 'provider', 'depends_on', 'lifecycle']) names.delete(meta);
    return makeMap([...names].map((n) => [n, this.attributeOf(decl, item, n, location)] as const));
  }

  private moduleOutput(
    name: string,
    steps: readonly ResolvedStep[],
    location: SourceLocation,
  ): Resolution | undefined {
    const call = this.decl.calls.get(name);
    if (!call) return undefined;
    const children = this.childInstances(name);
    if (!children)
      return {
        value: unknown(
          `module.${name} (source "${call.source ?? '?'}") is not read without a plan`,
          location,
        ),
        consumed: steps.length + 1,
      };
    if (children.expansion.kind === 'unknown')
      return { value: unknown(children.expansion.reason, location), consumed: steps.length + 1 };
    const counted =
      attribute(call.block, 'count') !== undefined || attribute(call.block, 'for_each') !== undefined;
    const outputsOf = (child: ModuleInstance): TfMap =>
      makeMap([...child.decl.outputs.keys()].map((o) => [o, child.output(o, location)] as const));
    let child: ModuleInstance | undefined;
    let consumed = 1;
    if (counted) {
      const first = steps[0];
      const items = children.expansion.items;
      if (first?.kind !== 'index') {
        const value = attribute(call.block, 'count')
          ? children.instances.map(outputsOf)
          : makeMap(items.map((item, i) => [String(item.key), outputsOf(children.instances[i]!)] as const));
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
    } else child = children.instances[0];
    if (!child) return undefined;
    const next = steps[consumed - 1];
    if (next?.kind !== 'attr') return { value: outputsOf(child), consumed };
    const value = child.output(next.name, location);
    return value === undefined ? undefined : { value, consumed: consumed + 1 };
  }

  output(name: string, location: SourceLocation): TfValue {
    const block = this.decl.outputs.get(name);
    const value = block && attribute(block, 'value');
    if (!value) return { ...unknown(`${this.address} has no output "${name}"`, location), error: true };
    const guard = `output.${name}`;
    if (this.attributeGuard.has(guard))
      return { ...unknown(`output ${name} of ${this.address} refers to itself`, location), error: true };
    this.attributeGuard.add(guard);
    const result = this.evaluate(value.expr, { module: this });
    this.attributeGuard.delete(guard);
    return result;
  }

  /** `file()` / `templatefile()`: paths relative to the root module, inside the scan root only. */
  private readFile(path: string, location: SourceLocation): FileRead | TfUnknown {
    const relative = path.startsWith('/') ? undefined : joinPath(this.rootDir, path);
    if (relative === undefined) return unknown(`file "${path}" is outside the scanned folder`, location);
    const text = this.env.readFile(relative);
    if (text === undefined)
      return unknown(`file "${path}" (${relative}) is not in the scanned folder`, location);
    return { file: relative, text };
  }
}

/** `[0]`, `["a"]`, or '' for a block without count/for_each. */
export function keyText(key: number | string | undefined): string {
  return key === undefined ? '' : `[${JSON.stringify(key)}]`;
}

function reasonOf(value: TfValue, otherwise: string): string {
  if (isUnknown(value)) return `is not known without a plan (${value.reason})`;
  if (isRef(value)) return `depends on ${value.ref}.${value.attribute}, known only after apply`;
  return otherwise;
}
