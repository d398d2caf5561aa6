import type { SourceLocation } from '../../../model/location.js';
import type { FileError } from '../../../model/report.js';

/**
 * The located, pure-data syntax tree of one HCL file (Terraform `.tf`, `.tfvars`, template files).
 * Built from tree-sitter's concrete tree and then detached from it: plain objects, no wasm handles,
 * safe to keep, share and serialise. Every node carries a 1-based `SourceLocation`.
 */

/** A 1-based line and column (column in UTF-16 code units, as JavaScript strings count). */
export interface Position {
  line: number;
  column: number;
}

export interface HclFile {
  /** As given to `parse` (the scan-root-relative path): copied into every location. */
  file: string;
  body: HclBody;
  /**
   * Syntax errors, each with line and column (`syntax error in main.tf at 12:5: unexpected '}'`).
   * The body still holds every attribute and block tree-sitter could recover around them.
   */
  errors: FileError[];
  /**
   * Every comment in source order (`#`, `//` and `/* *\/`): inline waivers such as
   * `# veeam-iam-gate:waive …` are read from the lines above a block. Text inside strings and
   * heredocs is never a comment.
   */
  comments: HclComment[];
}

export interface HclComment {
  /** Line of the comment's first character. */
  line: number;
  column: number;
  /** Last line (differs from `line` for a multi-line `/* *\/` comment). */
  endLine: number;
  /** The comment as written, markers included (`# veeam-iam-gate:waive …`). */
  text: string;
}

/** Attributes and blocks in source order. Duplicate attribute names are kept (and reported as errors). */
export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclAttribute {
  name: string;
  expr: Expr;
  /** Where the attribute name starts. */
  location: SourceLocation;
  /** Just past the end of the expression. */
  end: Position;
}

export interface HclBlock {
  /** `resource`, `data`, `module`, `variable`, `statement`, `dynamic`, … */
  type: string;
  /** Labels with quotes removed: `resource "aws_iam_role" "this"` → `['aws_iam_role', 'this']`. */
  labels: string[];
  body: HclBody;
  /** Where the block type keyword starts. */
  location: SourceLocation;
  /** Line of the closing `}`. */
  endLine: number;
  /** Just past the closing `}`. */
  end: Position;
}

/** Every expression node. `location` is where the expression starts. */
export type Expr =
  | LiteralExpr
  | TemplateExpr
  | TupleExpr
  | ObjectExpr
  | TraversalExpr
  | IndexExpr
  | GetAttrExpr
  | SplatExpr
  | ConditionalExpr
  | UnaryExpr
  | BinaryExpr
  | ForExpr
  | CallExpr
  | ParenExpr
  | InvalidExpr;

/** `null`, `true`, `42`, `1.5e3`, `0x1F`, or a quoted string without interpolation (escapes decoded). */
export interface LiteralExpr {
  kind: 'literal';
  value: null | boolean | number | string;
  location: SourceLocation;
  /** Just past the expression as written (for text edits); absent on values made up by the reader. */
  end?: Position;
}

/**
 * A quoted template with interpolation or directives, or a heredoc. Literal parts are final text:
 * escapes decoded (`\n`, `\"`, `\u00e9` in quoted templates), `$${` → `${`, `%%{` → `%{`, `~` strip
 * markers applied, `<<-` indentation removed.
 */
export interface TemplateExpr {
  kind: 'template';
  parts: TemplatePart[];
  /** `<<EOT` / `<<-EOT` (true) or `"…"` (false). */
  heredoc: boolean;
  location: SourceLocation;
  /** Just past the expression as written (for text edits); absent on values made up by the reader. */
  end?: Position;
}

export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateIf | TemplateFor;

export interface TemplateLiteral {
  kind: 'literal';
  text: string;
  location: SourceLocation;
}

/** `${expr}`. */
export interface TemplateInterpolation {
  kind: 'interpolation';
  expr: Expr;
  location: SourceLocation;
}

/** `%{ if cond }…%{ else }…%{ endif }`. */
export interface TemplateIf {
  kind: 'if';
  condition: Expr;
  then: TemplatePart[];
  else: TemplatePart[];
  location: SourceLocation;
}

/** `%{ for k, v in coll }…%{ endfor }` (`keyVar` only in the two-variable form). */
export interface TemplateFor {
  kind: 'for';
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  body: TemplatePart[];
  location: SourceLocation;
}

/** `[a, b, c]`. */
export interface TupleExpr {
  kind: 'tuple';
  items: Expr[];
  location: SourceLocation;
  /** Just past the expression as written (for text edits); absent on values made up by the reader. */
  end?: Position;
}

/**
 * `{ k = v, "k2" : v2, (expr) = v3 }`. A bare identifier key is a literal string (as in HCL);
 * a parenthesised key is an expression.
 */
export interface ObjectExpr {
  kind: 'object';
  items: ObjectItem[];
  location: SourceLocation;
  /** Just past the expression as written (for text edits); absent on values made up by the reader. */
  end?: Position;
}

export interface ObjectItem {
  key: Expr;
  value: Expr;
  location: SourceLocation;
}

/** One step of a traversal: `.name`, `[expr]`, or the legacy `.0` (an index with a number literal). */
export type TraversalStep =
  | { kind: 'attr'; name: string; location: SourceLocation }
  | { kind: 'index'; key: Expr; location: SourceLocation };

/**
 * A name and the attribute/index steps that follow it, up to the first splat or call:
 * `var.x`, `local.y["k"]`, `aws_iam_role.r.arn`, `aws_iam_role.r[0].arn`, `each.key`,
 * `count.index`, `module.m.out`, `data.aws_iam_policy_document.d.json`, `path.module`, or a bare
 * name bound by a `for` (`x`). The evaluator hands `root` and the evaluated steps to the `Scope`.
 */
export interface TraversalExpr {
  kind: 'traversal';
  root: string;
  steps: TraversalStep[];
  location: SourceLocation;
}

/** `expr[key]` on something that is not a traversal (a call, a tuple, a parenthesised expression…). */
export interface IndexExpr {
  kind: 'index';
  target: Expr;
  key: Expr;
  location: SourceLocation;
}

/** `expr.name` on something that is not a traversal. */
export interface GetAttrExpr {
  kind: 'getattr';
  target: Expr;
  name: string;
  location: SourceLocation;
}

/**
 * `target.*.a.b` (`attr` form) or `target[*].a[0]` (`full` form): `steps` apply to each element.
 * A splat on a non-list value wraps it in a one-element list (null → empty list), as in HCL.
 */
export interface SplatExpr {
  kind: 'splat';
  form: 'attr' | 'full';
  target: Expr;
  steps: TraversalStep[];
  location: SourceLocation;
}

export interface ConditionalExpr {
  kind: 'conditional';
  condition: Expr;
  then: Expr;
  else: Expr;
  location: SourceLocation;
}

export interface UnaryExpr {
  kind: 'unary';
  op: '-' | '!';
  operand: Expr;
  location: SourceLocation;
}

export type BinaryOperator =
  '*' | '/' | '%' | '+' | '-' | '>' | '>=' | '<' | '<=' | '==' | '!=' | '&&' | '||';

/** Rebuilt with HCL's precedence and left associativity (`a - b - c` is `(a - b) - c`). */
export interface BinaryExpr {
  kind: 'binary';
  op: BinaryOperator;
  left: Expr;
  right: Expr;
  location: SourceLocation;
}

/**
 * `[for k, v in coll : value if cond]` (`form: 'tuple'`) or
 * `{for k, v in coll : key => value... if cond}` (`form: 'object'`, `grouping` for `...`).
 */
export interface ForExpr {
  kind: 'for';
  form: 'tuple' | 'object';
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  /** Object form only. */
  keyExpr?: Expr;
  valueExpr: Expr;
  condition?: Expr;
  grouping: boolean;
  location: SourceLocation;
}

/** `name(args…)`; `expandFinal` for `f(a, list...)`. */
export interface CallExpr {
  kind: 'call';
  name: string;
  args: Expr[];
  expandFinal: boolean;
  location: SourceLocation;
  /** Just past the expression as written (for text edits); absent on values made up by the reader. */
  end?: Position;
}

/** `(expr)`: kept so fixes and messages can tell; evaluates to `expr`. */
export interface ParenExpr {
  kind: 'paren';
  expr: Expr;
  location: SourceLocation;
}

/** What tree-sitter could not parse (the file's `errors` say why); evaluates to an unknown. */
export interface InvalidExpr {
  kind: 'invalid';
  reason: string;
  location: SourceLocation;
}

/** A template file read by `templatefile()`, parsed with the template grammar. */
export interface HclTemplateFile {
  file: string;
  template: TemplateExpr;
  errors: FileError[];
}
