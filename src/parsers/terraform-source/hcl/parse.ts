import type { Tree } from 'web-tree-sitter';
import type { SourceLocation } from '../../../model/location.js';
import type { FileError } from '../../../model/report.js';
import type {
  BinaryOperator,
  Expr,
  HclAttribute,
  HclBlock,
  HclBody,
  HclComment,
  HclFile,
  HclTemplateFile,
  ObjectItem,
  Position,
  TemplateExpr,
  TraversalStep,
} from './ast.js';
import { capErrors, syntaxErrors } from './syntax-errors.js';
import { dumpTree, type LiteNode as Node } from './tree-dump.js';
import { buildTemplate, decodeQuoted, type TemplateToken } from './template.js';

/** tree-sitter's parse of a text (null when it gave up). */
export type TreeParser = (text: string) => Tree | null;

/** Deeper nesting than this is reported as an error rather than walked (no stack overflow). */
const MAX_DEPTH = 200;

const BINARY_PRECEDENCE: Record<BinaryOperator, number> = {
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
export function convertFile(parse: TreeParser, text: string, file: string): HclFile {
  const result: HclFile = { file, body: { attributes: [], blocks: [] }, errors: [], comments: [] };
  let offset = 0;
  let lineShift = 0;
  for (let round = 0; ; round++) {
    const chunk = convertChunk(parse, offset === 0 ? text : text.slice(offset), file, lineShift);
    const firstError = chunk.errors[0]?.line;
    const resync =
      firstError !== undefined && round < MAX_RESYNCS ? nextBlockStart(text, firstError) : undefined;
    const before = (line: number): boolean => resync === undefined || line < resync.line;
    result.body.attributes.push(...chunk.body.attributes.filter((a) => before(a.end.line)));
    result.body.blocks.push(...chunk.body.blocks.filter((b) => before(b.endLine)));
    result.comments.push(...chunk.comments.filter((c) => before(c.endLine)));
    result.errors.push(...chunk.errors.filter((e) => before(e.line ?? 0)));
    if (!resync) break;
    offset = resync.offset;
    lineShift = resync.line - 1;
  }
  result.errors.push(...duplicateAttributes(result.body, file));
  result.errors = capErrors(sortErrors(result.errors), file);
  return result;
}

/** The first top-level block opener on a line after `errorLine` (1-based, file lines). */
function nextBlockStart(text: string, errorLine: number): { line: number; offset: number } | undefined {
  // Find the offset of the line after the error, then scan line starts from there.
  let line = 1;
  let offset = 0;
  while (line <= errorLine) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return undefined;
    offset = newline + 1;
    line++;
  }
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    if (TOP_LEVEL_BLOCK.test(text.slice(offset, Math.min(end, offset + 500)))) return { line, offset };
    if (newline < 0) return undefined;
    offset = newline + 1;
    line++;
  }
  return undefined;
}

function convertChunk(parse: TreeParser, text: string, file: string, lineShift: number): HclFile {
  const tree = safeParse(parse, text);
  if (!tree) return failed(file, `could not parse ${file}`);
  try {
    const converter = new Converter(text, file, lineShift);
    const root = dumpTree(tree);
    const errors =
      root.hasError || root.isError ? syntaxErrors(root, file, text, (index) => converter.pos(index)) : [];
    const body: HclBody = { attributes: [], blocks: [] };
    for (const child of converter.kids(root)) {
      if (child.type === 'body') {
        const converted = converter.body(child, 0);
        body.attributes.push(...converted.attributes);
        body.blocks.push(...converted.blocks);
      } else if (child.type === 'object') {
        // A JSON-style `{ … }` at the top (some .tfvars): its items become attributes.
        body.attributes.push(...converter.objectAsAttributes(child));
      }
    }
    errors.push(...converter.errors);
    converter.comments.sort((a, b) => a.line - b.line || a.column - b.column);
    return { file, body, errors: sortErrors(errors), comments: converter.comments };
  } finally {
    tree.delete();
  }
}

/**
 * A template file is parsed as the content of a heredoc (same grammar, same escapes: only `$${`
 * and `%%{`), with a closing marker that does not occur in the text; lines are shifted back.
 */
export function convertTemplate(parse: TreeParser, text: string, file: string): HclTemplateFile {
  let marker = 'VEEAM_IAM_GATE_TEMPLATE_END';
  while (text.includes(marker)) marker += '_';
  const endsWithNewline = text === '' || text.endsWith('\n');
  const wrapped = `x = <<${marker}\n${text}${endsWithNewline ? '' : '\n'}${marker}\n`;
  const start: SourceLocation = { file, line: 1, column: 1 };
  const tree = safeParse(parse, wrapped);
  if (!tree)
    return { file, template: emptyTemplate(start), errors: [{ file, message: `could not parse ${file}` }] };
  try {
    const converter = new Converter(wrapped, file, -1);
    const root = dumpTree(tree);
    const errors =
      root.hasError || root.isError ? syntaxErrors(root, file, wrapped, (index) => converter.pos(index)) : [];
    const heredoc = findFirst(root, 'heredoc_template');
    let template = heredoc ? converter.heredoc(heredoc, 0) : emptyTemplate(start);
    if (!endsWithNewline) template = dropFinalNewline(template);
    delete template.end; // a position in the wrapper, not in the template file
    // Errors tree-sitter places on the wrapper's lines are put on the template's first or last line.
    const lastLine = text.split('\n').length;
    const located = [...errors, ...converter.errors].map((error) => {
      const line = error.line ?? 1;
      if (line >= 1 && line <= lastLine) return error;
      const at = line < 1 ? { line: 1, column: 1 } : { line: lastLine, column: 1 };
      const problem =
        line < 1
          ? 'the template cannot be parsed (an unclosed ${ or %{?)'
          : error.message.replace(/^.*? at \d+:\d+: /, '');
      return { file, ...at, message: `syntax error in ${file} at ${at.line}:${at.column}: ${problem}` };
    });
    return { file, template: { ...template, location: start }, errors: sortErrors(located) };
  } finally {
    tree.delete();
  }
}

class Converter {
  readonly comments: HclComment[] = [];
  readonly errors: FileError[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly file: string,
    /** Added to every line (the template wrapper's extra first line). */
    private readonly lineShift: number,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** Children with comments taken out (and recorded). */
  kids(node: Node): Node[] {
    const out: Node[] = [];
    for (const child of node.children) {
      if (child.type === 'comment') this.comment(child);
      else out.push(child);
    }
    return out;
  }

  body(node: Node, depth: number): HclBody {
    const body: HclBody = { attributes: [], blocks: [] };
    if (depth > MAX_DEPTH) {
      this.tooDeep(node);
      return body;
    }
    for (const child of this.kids(node)) {
      if (child.type === 'attribute') {
        const attribute = this.attribute(child, depth);
        if (attribute) body.attributes.push(attribute);
      } else if (child.type === 'block') {
        const block = this.block(child, depth);
        if (block) body.blocks.push(block);
      }
    }
    return body;
  }

  private attribute(node: Node, depth: number): HclAttribute | undefined {
    const kids = this.kids(node);
    const name = kids[0];
    const value = kids.find((k) => k.type === 'expression');
    if (!name || name.type !== 'identifier') return undefined;
    const location = this.loc(node);
    return {
      name: this.src(name),
      expr: value ? this.expr(value, depth + 1) : this.invalid('missing value', location),
      location,
      end: this.pos(node.endIndex),
    };
  }

  private block(node: Node, depth: number): HclBlock | undefined {
    const kids = this.kids(node);
    const type = kids[0];
    if (!type || type.type !== 'identifier') return undefined;
    const labels: string[] = [];
    let body: HclBody = { attributes: [], blocks: [] };
    let endLine = this.pos(node.endIndex).line;
    for (const child of kids.slice(1)) {
      if (child.type === 'identifier') labels.push(this.src(child));
      else if (child.type === 'string_lit') labels.push(this.stringLit(child));
      else if (child.type === 'body') body = this.body(child, depth + 1);
      else if (child.type === 'block_end' && !child.isMissing) endLine = this.pos(child.startIndex).line;
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

  objectAsAttributes(node: Node): HclAttribute[] {
    const object = this.collection(node, 1);
    if (object.kind !== 'object') return [];
    const out: HclAttribute[] = [];
    for (const item of object.items) {
      if (item.key.kind === 'literal' && typeof item.key.value === 'string') {
        out.push({ name: item.key.value, expr: item.value, location: item.location, end: item.location });
      }
    }
    return out;
  }

  /** An `expression` node, or any node that stands for one. */
  expr(node: Node, depth: number): Expr {
    if (depth > MAX_DEPTH) return this.tooDeep(node);
    if (node.type === 'expression') {
      const kids = this.kids(node);
      if (kids.length === 1 && kids[0]!.type === 'conditional') return this.conditional(kids[0]!, depth + 1);
      return this.term(kids, node, depth + 1);
    }
    return this.term([node], node, depth + 1);
  }

  /** A primary followed by `[index]`, `.attr`, `.0`, `.*` / `[*]` postfixes. */
  private term(kids: Node[], whole: Node, depth: number): Expr {
    if (depth > MAX_DEPTH) return this.tooDeep(whole);
    const first = kids[0];
    if (!first) return this.invalid('missing expression', this.loc(whole));
    let index = 1;
    let expr: Expr;
    if (first.type === '(') {
      const inner = kids[1];
      expr = {
        kind: 'paren',
        expr: inner ? this.expr(inner, depth + 1) : this.invalid('missing expression', this.loc(first)),
        location: this.loc(first),
      };
      index = kids[2]?.type === ')' ? 3 : 2;
    } else expr = this.primary(first, depth + 1);
    for (; index < kids.length; index++) {
      const postfix = kids[index]!;
      if (postfix.type === 'splat') expr = this.splat(expr, postfix, depth + 1);
      else {
        const step = this.step(postfix, depth + 1);
        if (!step) expr = this.invalid(`unexpected ${this.describe(postfix)}`, this.loc(postfix));
        else if (expr.kind === 'traversal') expr.steps.push(step);
        else if (step.kind === 'attr')
          expr = { kind: 'getattr', target: expr, name: step.name, location: expr.location };
        else expr = { kind: 'index', target: expr, key: step.key, location: expr.location };
      }
    }
    return expr;
  }

  private primary(node: Node, depth: number): Expr {
    const location = this.loc(node);
    switch (node.type) {
      case 'literal_value':
        return this.literal(node);
      case 'variable_expr':
        return { kind: 'traversal', root: this.src(node), steps: [], location };
      case 'template_expr': {
        const inner = this.kids(node)[0];
        if (inner?.type === 'heredoc_template') return this.heredoc(inner, depth);
        if (inner?.type === 'quoted_template') return this.quoted(inner, depth);
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

  private literal(node: Node): Expr {
    const location = this.loc(node);
    const end = this.pos(node.endIndex);
    const inner = this.kids(node)[0];
    if (!inner) return this.invalid('missing literal', location);
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
  private stringLit(node: Node): string {
    const kids = node.children;
    const open = kids[0];
    const close = kids[kids.length - 1];
    if (!open || !close || kids.length < 2) return '';
    return decodeQuoted(this.text.slice(open.endIndex, close.isMissing ? node.endIndex : close.startIndex));
  }

  private step(node: Node, depth: number): TraversalStep | undefined {
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

  private splat(target: Expr, node: Node, depth: number): Expr {
    const inner = this.kids(node)[0];
    const steps: TraversalStep[] = [];
    for (const child of inner ? this.kids(inner).slice(1) : []) {
      const step = this.step(child, depth);
      if (step) steps.push(step);
    }
    return {
      kind: 'splat',
      form: inner?.type === 'attr_splat' ? 'attr' : 'full',
      target,
      steps,
      location: target.location,
    };
  }

  private collection(node: Node, depth: number): Expr {
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
      const items: ObjectItem[] = [];
      for (const elem of kids) {
        if (elem.type !== 'object_elem') continue;
        const parts = this.kids(elem).filter((k) => k.type === 'expression');
        const [key, value] = parts;
        if (!key) continue;
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
  private objectKey(node: Node, depth: number): Expr {
    const kids = this.kids(node);
    if (kids.length === 1 && kids[0]!.type === 'variable_expr') {
      return { kind: 'literal', value: this.src(kids[0]!), location: this.loc(kids[0]!) };
    }
    return this.expr(node, depth);
  }

  private call(node: Node, depth: number): Expr {
    const kids = this.kids(node);
    const args: Expr[] = [];
    let expandFinal = false;
    const argsNode = kids.find((k) => k.type === 'function_arguments');
    for (const arg of argsNode ? this.kids(argsNode) : []) {
      if (arg.type === 'expression') args.push(this.expr(arg, depth));
      else if (arg.type === 'ellipsis') expandFinal = true;
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

  private forExpr(node: Node, depth: number): Expr {
    const location = this.loc(node);
    const kids = this.kids(node);
    const intro = kids.find((k) => k.type === 'for_intro');
    if (!intro) return this.invalid('missing for clause', location);
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
  private conditional(node: Node, depth: number): Expr {
    const location = this.loc(node);
    const parts = this.kids(node).filter((k) => k.type === 'expression');
    const [condition, then, otherwise] = parts.map((p) => this.expr(p, depth + 1));
    if (!condition || !then || !otherwise) return this.invalid('incomplete conditional', location);
    return rotateConditional(condition, then, otherwise, location);
  }

  /**
   * Unary and binary operations. tree-sitter inlines each operand's pieces into the operation
   * node (split at the operator token): the whole chain is flattened, then rebuilt with HCL's
   * precedence, left associative; unary operators bind tighter than any binary one.
   */
  private operation(node: Node, depth: number): Expr {
    const operands: Expr[] = [];
    const operators: { op: BinaryOperator; location: SourceLocation }[] = [];
    this.flatten(node, operands, operators, depth);
    if (operands.length !== operators.length + 1) return this.invalid('incomplete operation', this.loc(node));
    // Precedence climbing: operand k stands before operator k.
    let position = 0;
    const precedence = (at: number): number => BINARY_PRECEDENCE[operators[at]!.op];
    const climb = (start: Expr, minPrecedence: number): Expr => {
      let left = start;
      while (position < operators.length && precedence(position) >= minPrecedence) {
        const { op } = operators[position]!;
        const own = precedence(position);
        position++;
        let right = operands[position]!;
        while (position < operators.length && precedence(position) > own) right = climb(right, own + 1);
        left = { kind: 'binary', op, left, right, location: left.location };
      }
      return left;
    };
    return climb(operands[0]!, 0);
  }

  private flatten(
    node: Node,
    operands: Expr[],
    operators: { op: BinaryOperator; location: SourceLocation }[],
    depth: number,
  ): void {
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
      const op = kids[0]!.type as '-' | '!';
      const firstOperand = operands.length;
      this.side(kids.slice(1), inner, operands, operators, depth + 1);
      const operand = operands[firstOperand];
      if (operand) operands[firstOperand] = { kind: 'unary', op, operand, location: this.loc(kids[0]!) };
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
    operators.push({ op: kids[at]!.type as BinaryOperator, location: this.loc(kids[at]!) });
    this.side(kids.slice(at + 1), inner, operands, operators, depth + 1);
  }

  private side(
    kids: Node[],
    parent: Node,
    operands: Expr[],
    operators: { op: BinaryOperator; location: SourceLocation }[],
    depth: number,
  ): void {
    if (kids.length === 1 && kids[0]!.type === 'operation')
      this.flatten(kids[0]!, operands, operators, depth);
    else if (kids.length === 0) operands.push(this.invalid('missing operand', this.loc(parent)));
    else operands.push(this.term(kids, parent, depth));
  }

  private quoted(node: Node, depth: number): Expr {
    const kids = node.children;
    const open = kids[0]!;
    const close = kids[kids.length - 1]!;
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

  heredoc(node: Node, depth: number): TemplateExpr {
    const location = this.loc(node);
    const kids = node.children;
    const flush = (kids[0] ? this.src(kids[0]) : '') === '<<-';
    const ids = kids.filter((k) => k.type === 'heredoc_identifier');
    const opener = ids[0];
    const closer = ids.length > 1 ? ids[ids.length - 1] : undefined;
    if (!opener) return emptyTemplate(location);
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
  private templateTokens(
    kids: Node[],
    from: number,
    fromPosition: Position,
    to: number,
    depth: number,
  ): TemplateToken[] {
    const tokens: TemplateToken[] = [];
    let cursor = from;
    let cursorPosition = fromPosition;
    const literalUntil = (index: number): void => {
      if (index > cursor)
        tokens.push({
          kind: 'literal',
          text: this.text.slice(cursor, index),
          location: this.at(cursorPosition),
        });
    };
    const visit = (node: Node): void => {
      if (node.startIndex < cursor || node.endIndex > to) return;
      if (node.type === 'template_interpolation' || isDirectiveTag(node.type)) {
        literalUntil(node.startIndex);
        tokens.push(this.templateTag(node, depth));
        cursor = node.endIndex;
        cursorPosition = this.pos(node.endIndex);
      } else if (
        node.type === 'template_directive' ||
        node.type === 'template_if' ||
        node.type === 'template_for'
      ) {
        for (const child of node.children) visit(child);
      }
    };
    for (const child of kids) visit(child);
    literalUntil(to);
    return tokens;
  }

  private templateTag(node: Node, depth: number): TemplateToken {
    const location = this.loc(node);
    const kids = node.children;
    const stripLeft = kids[1]?.type === 'strip_marker';
    const stripRight = kids.length > 2 && kids[kids.length - 2]?.type === 'strip_marker';
    const strip = { stripLeft, stripRight: stripRight && !(stripLeft && kids.length === 3) };
    const expression = kids.find((k) => k.type === 'expression');
    const expr = (): Expr =>
      expression ? this.expr(expression, depth + 1) : this.invalid('missing expression', location);
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

  private comment(node: Node): void {
    const start = this.pos(node.startIndex);
    this.comments.push({
      line: start.line,
      column: start.column,
      endLine: this.pos(node.endIndex).line,
      text: this.src(node),
    });
  }

  private tooDeep(node: Node): Expr {
    const location = this.loc(node);
    this.errors.push({
      file: this.file,
      line: location.line,
      column: location.column,
      message: `syntax error in ${this.file} at ${location.line}:${location.column}: nested more than ${MAX_DEPTH} levels deep`,
    });
    return this.invalid('nested too deeply', location);
  }

  private invalid(reason: string, location: SourceLocation): Expr {
    return { kind: 'invalid', reason, location };
  }

  /** Line and column of an offset: a binary search in the line starts (no call into wasm). */
  pos(index: number): Position {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1 + this.lineShift, column: index - starts[low]! + 1 };
  }

  /** The source text of a node. */
  src(node: Node): string {
    return this.text.slice(node.startIndex, node.endIndex);
  }

  private describe(node: Node): string {
    const text = this.src(node);
    return `'${text.length > 20 ? `${text.slice(0, 20)}…` : text}'`;
  }

  private at(position: Position): SourceLocation {
    return { file: this.file, line: position.line, column: position.column };
  }

  private loc(node: Node): SourceLocation {
    return this.at(this.pos(node.startIndex));
  }
}

function rotateConditional(condition: Expr, then: Expr, otherwise: Expr, location: SourceLocation): Expr {
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

function isDirectiveTag(type: string): boolean {
  return (
    type === 'template_if_intro' ||
    type === 'template_else_intro' ||
    type === 'template_if_end' ||
    type === 'template_for_start' ||
    type === 'template_for_end'
  );
}

function findFirst(root: Node, type: string): Node | undefined {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === type) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return undefined;
}

function emptyTemplate(location: SourceLocation): TemplateExpr {
  return { kind: 'template', parts: [], heredoc: true, location };
}

function dropFinalNewline(template: TemplateExpr): TemplateExpr {
  const parts = [...template.parts];
  const last = parts[parts.length - 1];
  if (last?.kind === 'literal' && last.text.endsWith('\n')) {
    const text = last.text.slice(0, -1);
    if (text === '') parts.pop();
    else parts[parts.length - 1] = { ...last, text };
  }
  return { ...template, parts };
}

function duplicateAttributes(body: HclBody, file: string): FileError[] {
  const errors: FileError[] = [];
  const stack: HclBody[] = [body];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const seen = new Map<string, number>();
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
      } else seen.set(attribute.name, line);
    }
    for (const block of current.blocks) stack.push(block.body);
  }
  return errors;
}

function sortErrors(errors: FileError[]): FileError[] {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function safeParse(parse: TreeParser, text: string): Tree | null {
  try {
    return parse(text);
  } catch {
    return null;
  }
}

function failed(file: string, message: string): HclFile {
  return {
    file,
    body: { attributes: [], blocks: [] },
    errors: [{ file, line: 1, column: 1, message }],
    comments: [],
  };
}
