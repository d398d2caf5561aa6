// HCL syntax → located AST. Inputs are written here; they reproduce constructs of public Terraform
// (terraform-aws-modules/terraform-aws-iam, aws-ia control tower account factory, hashicorp consul
// and terraform-guides; see ../shared/corpus/terraform-source-pointers.tsv), not their text.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadHcl,
  type Expr,
  type HclFile,
  type HclReader,
} from '../../../src/parsers/terraform-source/hcl/index.js';
import { show } from './hcl-helpers.js';

let hcl: HclReader;
beforeAll(async () => {
  hcl = await loadHcl();
});

function parse(text: string): HclFile {
  return hcl.parse(text, 'main.tf');
}

function exprOf(source: string): Expr {
  const file = parse(`x = ${source}\n`);
  expect(file.errors).toEqual([]);
  return file.body.attributes[0]!.expr;
}

describe('expressions', () => {
  it.each([
    // literals
    ['null', 'null'],
    ['true', 'true'],
    ['false', 'false'],
    ['42', '42'],
    ['1.5e3', '1500'],
    ['"plain"', '"plain"'],
    ['"tab\\tquote\\" \\u00e9 \\\\"', '"tab\\tquote\\" é \\\\"'],
    ['""', '""'],
    // traversals
    ['var.name', 'var.name'],
    ['local.policies["ro"]', 'local.policies["ro"]'],
    ['aws_iam_role.appliance.arn', 'aws_iam_role.appliance.arn'],
    ['aws_iam_role.this[0].name', 'aws_iam_role.this[0].name'],
    ['aws_iam_role.this["a"].arn', 'aws_iam_role.this["a"].arn'],
    ['each.key', 'each.key'],
    ['count.index', 'count.index'],
    ['module.roles.arn', 'module.roles.arn'],
    ['data.aws_iam_policy_document.trust.json', 'data.aws_iam_policy_document.trust.json'],
    ['path.module', 'path.module'],
    ['var.list.0', 'var.list[0]'],
    ['var.list.12.name', 'var.list[12].name'],
    ['var.m[var.k].x', 'var.m[var.k].x'],
    // access on non-traversals
    ['f(1)[0]', 'f(1)[0]'],
    ['(var.a).b', '(var.a).b'],
    ['[1, 2][1]', '[1, 2][1]'],
    // splats
    ['aws_iam_role.this.*.name', 'aws_iam_role.this.*.name'],
    ['aws_iam_role.this[*].arn', 'aws_iam_role.this[*].arn'],
    ['var.objs[*].tags["k"]', 'var.objs[*].tags["k"]'],
    // collections
    ['[]', '[]'],
    ['["a", var.b,]', '["a", var.b]'],
    ['{}', '{}'],
    ['{ a = 1, "b" : 2, (var.k) = 3 }', '{"a": 1, "b": 2, (var.k): 3}'],
    ['{\n  a = 1\n  b = 2\n}', '{"a": 1, "b": 2}'],
    // conditionals (right associative)
    ['a ? b : c', '(? a b c)'],
    ['a ? b : c ? d : e', '(? a b (? c d e))'],
    ['a ? b : c ? d : e ? f : g', '(? a b (? c d (? e f g)))'],
    ['(a ? b : c) ? d : e', '(? ((? a b c)) d e)'],
    ['a ? b ? c : d : e', '(? a (? b c d) e)'],
    ['var.n == 1 ? "one" : "other"', '(? (== var.n 1) "one" "other")'],
    // operators and precedence
    ['a + b * c - d', '(- (+ a (* b c)) d)'],
    ['a * b + c', '(+ (* a b) c)'],
    ['a - b - c', '(- (- a b) c)'],
    ['a / b % c * d', '(* (% (/ a b) c) d)'],
    ['!a && b || c', '(|| (&& (!a) b) c)'],
    ['a || b && c', '(|| a (&& b c))'],
    ['a == b && c != d', '(&& (== a b) (!= c d))'],
    ['a < b == c >= d', '(== (< a b) (>= c d))'],
    ['-a * b', '(* (-a) b)'],
    ['-2 + 3', '(+ (-2) 3)'],
    ['!var.enabled', '(!var.enabled)'],
    ['(a + b) * c', '(* ((+ a b)) c)'],
    ['a * (b + c)', '(* a ((+ b c)))'],
    ['length(var.x) > 0 && var.create', '(&& (> length(var.x) 0) var.create)'],
    ['1 + 2 + 3 + 4', '(+ (+ (+ 1 2) 3) 4)'],
    ['a || b || c && d && e', '(|| (|| a b) (&& (&& c d) e))'],
    // for expressions
    ['[for s in var.list : upper(s)]', 'for(s in var.list: upper(s))[]'],
    [
      '[for i, s in var.list : "${i}=${s}" if s != ""]',
      'for(i, s in var.list: tpl(${i} "=" ${s}) if (!= s ""))[]',
    ],
    ['{for k, v in var.map : v => k}', 'for(k, v in var.map: v => k){}'],
    ['{for s in var.list : substr(s, 0, 1) => s...}', 'for(s in var.list: substr(s, 0, 1) => s...){}'],
    ['{for k, v in var.map : k => v if v != null}', 'for(k, v in var.map: k => v if (!= v null)){}'],
    // calls
    ['jsonencode({ Version = "2012-10-17" })', 'jsonencode({"Version": "2012-10-17"})'],
    ['concat(var.a, ["x"])', 'concat(var.a, ["x"])'],
    ['f()', 'f()'],
    ['max(var.list...)', 'max(var.list...)'],
    ['element(concat(aws_iam_role.r.*.name, [""]), 0)', 'element(concat(aws_iam_role.r.*.name, [""]), 0)'],
    ['provider::aws::arn_parse(var.arn)', 'provider::aws::arn_parse(var.arn)'],
    // templates
    [
      '"arn:${var.partition}:iam::${var.account}:root"',
      'tpl("arn:" ${var.partition} ":iam::" ${var.account} ":root")',
    ],
    ['"${var.x}"', 'tpl(${var.x})'],
    ['"$${literal} %%{also}"', '"${literal} %{also}"'],
    ['"a$${b}${c}"', 'tpl("a${b}" ${c})'],
    ['"%{ if var.x }yes%{ else }no%{ endif }"', 'tpl(%if(var.x; "yes"; "no"))'],
    ['"%{ for k, v in var.m }${k}=${v};%{ endfor }"', 'tpl(%for(k, v in var.m; ${k} "=" ${v} ";"))'],
    ['"a ${~ var.x ~} b"', 'tpl("a" ${var.x} "b")'],
    ['"line\\n${var.x}"', 'tpl("line\\n" ${var.x})'],
  ])('%s', (source, expected) => {
    expect(show(exprOf(source))).toBe(expected);
  });
});

describe('heredocs', () => {
  it.each([
    ['plain', 'x = <<EOT\n  Foo\n    Bar\nEOT\n', 'heredoc("  Foo\\n    Bar\\n")'],
    [
      'flush strips the common indent',
      'x = <<-EOT\n    Foo\n      Bar\n    Baz\n    EOT\n',
      'heredoc("Foo\\n  Bar\\nBaz\\n")',
    ],
    [
      'flush: least indented line decides',
      'x = <<-EOT\n      Foo\n    Bar\n      Baz\n  EOT\n',
      'heredoc("  Foo\\nBar\\n  Baz\\n")',
    ],
    [
      'flush: blank lines do not count',
      'x = <<-EOT\n    Foo\n\n    Bar\nEOT\n',
      'heredoc("Foo\\n\\nBar\\n")',
    ],
    [
      'flush: a line of spaces is blank and kept',
      'x = <<-EOT\n    Foo\n  \n    Bar\nEOT\n',
      'heredoc("Foo\\n  \\nBar\\n")',
    ],
    [
      'flush with interpolation',
      'x = <<-EOT\n    Foo ${var.a}\n    Bar\n    EOT\n',
      'heredoc("Foo " ${var.a} "\\nBar\\n")',
    ],
    [
      'flush: an interpolation at line start has no indent',
      'x = <<-EOT\n    Foo\n${var.a}\n    EOT\n',
      'heredoc("    Foo\\n" ${var.a} "\\n")',
    ],
    ['flush: tabs count as one each', 'x = <<-EOT\n\t\tFoo\n\t\t Bar\nEOT\n', 'heredoc("Foo\\n Bar\\n")'],
    ['no escapes but $${ and %%{', 'x = <<EOT\na\\nb $${c} %%{d}\nEOT\n', 'heredoc("a\\\\nb ${c} %{d}\\n")'],
    [
      'comment markers are text',
      'x = <<EOT\n# not a comment\n// nor this ${var.v}\nEOT\n',
      'heredoc("# not a comment\\n// nor this " ${var.v} "\\n")',
    ],
    [
      'JSON policy with interpolation',
      'x = <<EOF\n{\n  "Principal": { "Service": "ec2.${var.suffix}" }\n}\nEOF\n',
      'heredoc("{\\n  \\"Principal\\": { \\"Service\\": \\"ec2." ${var.suffix} "\\" }\\n}\\n")',
    ],
    [
      'directives with strip markers',
      'x = <<EOT\n%{ for r in var.roles ~}\n- ${r}\n%{ endfor ~}\nend\nEOT\n',
      'heredoc(%for(r in var.roles; "- " ${r} "\\n") "end\\n")',
    ],
    [
      'if/else directive',
      'x = <<EOT\n%{ if var.a ~}\nA\n%{~ else ~}\nB\n%{~ endif ~}\nEOT\n',
      'heredoc(%if(var.a; "A"; "B"))',
    ],
    ['empty', 'x = <<EOT\nEOT\n', 'heredoc()'],
    ['indented closing marker', 'x = <<EOT\n  a\n  EOT\n', 'heredoc("  a\\n")'],
  ])('%s', (_name, source, expected) => {
    const file = parse(source);
    expect(file.errors).toEqual([]);
    expect(show(file.body.attributes[0]!.expr)).toBe(expected);
  });
});

describe('blocks, attributes, lines and columns', () => {
  const source = [
    '# veeam-iam-gate:waive permissions until 2027-01-01 because migrating', // 1
    'resource "aws_iam_role" "veeam_worker" {', // 2
    '  name               = "veeam-worker"', // 3
    '  assume_role_policy = data.aws_iam_policy_document.trust.json', // 4
    '', // 5
    '  inline_policy {', // 6
    '    name = "sqs"', // 7
    '    policy = jsonencode({', // 8
    '      Statement = [', // 9
    '        { Effect = "Allow", Action = ["sqs:*"], Resource = "*" },', // 10
    '      ]', // 11
    '    })', // 12
    '  }', // 13
    '}', // 14
    '', // 15
    'data "aws_iam_policy_document" "trust" {', // 16
    '  dynamic "statement" {', // 17
    '    for_each = var.trusted', // 18
    '    content {', // 19
    '      actions = ["sts:AssumeRole"]', // 20
    '    }', // 21
    '  }', // 22
    '}', // 23
    'locals { a = 1 }', // 24
    'variable env {}', // 25
  ].join('\n');

  it('keeps types, labels and exact positions', () => {
    const file = parse(source);
    expect(file.errors).toEqual([]);
    const [role, doc, locals, variable] = file.body.blocks;
    expect(role).toMatchObject({
      type: 'resource',
      labels: ['aws_iam_role', 'veeam_worker'],
      location: { file: 'main.tf', line: 2, column: 1 },
      endLine: 14,
      end: { line: 14, column: 2 },
    });
    expect(
      role!.body.attributes.map((a) => [a.name, a.location.line, a.location.column, a.end.line]),
    ).toEqual([
      ['name', 3, 3, 3],
      ['assume_role_policy', 4, 3, 4],
    ]);
    const inline = role!.body.blocks[0]!;
    expect([inline.type, inline.location.line, inline.endLine]).toEqual(['inline_policy', 6, 13]);
    const policy = inline.body.attributes[1]!;
    expect([policy.name, policy.location.line, policy.end.line]).toEqual(['policy', 8, 12]);
    // The statement object inside jsonencode keeps its own line.
    const call = policy.expr as Extract<Expr, { kind: 'call' }>;
    const object = call.args[0] as Extract<Expr, { kind: 'object' }>;
    const statements = object.items[0]!.value as Extract<Expr, { kind: 'tuple' }>;
    expect(statements.items[0]!.location).toEqual({ file: 'main.tf', line: 10, column: 9 });
    expect(doc).toMatchObject({
      type: 'data',
      labels: ['aws_iam_policy_document', 'trust'],
      location: { line: 16 },
    });
    const dynamic = doc!.body.blocks[0]!;
    expect([dynamic.type, dynamic.labels, dynamic.location.line, dynamic.location.column]).toEqual([
      'dynamic',
      ['statement'],
      17,
      3,
    ]);
    expect(dynamic.body.blocks[0]!.body.attributes[0]!.location).toEqual({
      file: 'main.tf',
      line: 20,
      column: 7,
    });
    expect(locals).toMatchObject({ type: 'locals', labels: [], endLine: 24 });
    expect(locals!.body.attributes[0]!.name).toBe('a');
    expect(variable).toMatchObject({ type: 'variable', labels: ['env'] });
  });

  it.each([
    ['a = var.x', 'var.x', 1, 5],
    ['a = [\n  1,\n  var.y,\n]', '[1, var.y]', 1, 5],
    ['a = {\n  k = 1\n}', '{"k": 1}', 1, 5],
    ['    a = 1 + 2', '(+ 1 2)', 1, 9],
  ])('expression of %j starts where it is written', (source, shown, line, column) => {
    const attribute = parse(source).body.attributes[0]!;
    expect(show(attribute.expr)).toBe(shown);
    expect([attribute.expr.location.line, attribute.expr.location.column]).toEqual([line, column]);
  });

  it('columns count UTF-16 code units, as JavaScript strings do', () => {
    const file = parse('a = "é€𝄞" \nb = 1');
    expect(file.body.attributes[1]!.location).toEqual({ file: 'main.tf', line: 2, column: 1 });
    const c = parse('x = ["é", var.z]').body.attributes[0]!.expr as Extract<Expr, { kind: 'tuple' }>;
    expect(c.items[1]!.location.column).toBe(11);
  });

  it('reads a JSON-style object at the top of a .tfvars file', () => {
    const file = parse('{\n  "region": "eu-west-1",\n  "tags": { "a": "b" }\n}\n');
    expect(file.body.attributes.map((a) => [a.name, show(a.expr), a.location.line])).toEqual([
      ['region', '"eu-west-1"', 2],
      ['tags', '{"a": "b"}', 3],
    ]);
  });
});

describe('comments', () => {
  it('collects all three styles with their lines, never text inside strings', () => {
    const file = parse(
      [
        '# hash', // 1
        '// slashes', // 2
        '/* block', // 3
        '   over lines */', // 4
        'resource "aws_iam_role" "r" { # trailing', // 5
        '  name = "a # not a comment" // after', // 6
        '  p = <<EOT', // 7
        '# inside heredoc', // 8
        'EOT', // 9
        '  tags = { /* inline */ a = 1 }', // 10
        '}', // 11
      ].join('\n'),
    );
    expect(file.errors).toEqual([]);
    expect(file.comments.map((c) => [c.line, c.column, c.endLine, c.text])).toEqual([
      [1, 1, 1, '# hash'],
      [2, 1, 2, '// slashes'],
      [3, 1, 4, '/* block\n   over lines */'],
      [5, 31, 5, '# trailing'],
      [6, 30, 6, '// after'],
      [10, 12, 10, '/* inline */'],
    ]);
  });
});

describe('syntax errors', () => {
  it.each([
    ['an unexpected closing brace', 'a = 1\n}\nb = 2\n', 2, /unexpected '}'/],
    ['an unclosed block', 'resource "a" "b" {\n  x = 1\n', 3, /missing '}'|unexpected/],
    ['a missing value', 'a = \nb = 2\n', 1, /syntax error/],
    ['an unterminated string', 'a = "abc\nb = 2\n', 1, /unterminated string/],
    ['a stray token', 'a = 1 2\n', 1, /unexpected '2'/],
    ['binary junk', '\u0000\u0001\u0002\u00ff{{{', 1, /syntax error/],
    // A truncated file: the error is where the unclosed bracket opens, not "unexpected" at line 1.
    [
      'a tuple the file ends in',
      'locals {\n  x = [\n',
      2,
      /missing '\]' \(to close line 2\): the file ends first/,
    ],
    ['a bare tuple at the end', 'x = [\n', 1, /missing '\]' \(to close line 1\)/],
    [
      'a role block cut short',
      'resource "aws_iam_role" "r" {\n  name = "veeam-worker"\n  x = [\n',
      3,
      /missing '\]'/,
    ],
    ['an interpolation the file ends in', 'x = "${a\n', 1, /missing '\}' \(to close line 1\)/],
    ['parentheses the file ends in', 'x = {\n a = (1 + \n', 2, /missing '\)'/],
  ])('%s: reported with its line', (_name, source, line, message) => {
    const file = parse(source);
    expect(file.errors.length).toBeGreaterThan(0);
    expect(file.errors[0]!.line).toBe(line);
    expect(file.errors[0]!.column).toBeGreaterThan(0);
    expect(file.errors[0]!.message).toMatch(message);
    expect(file.errors[0]!.message).toMatch(/^syntax error in main\.tf at \d+:\d+: /);
  });

  it('reads the blocks after a broken one (parsing starts again at the next top-level block)', () => {
    const file = parse(
      'resource "aws_iam_role" "ok" {\n  name = "ok"\n}\nbroken = = 3\nresource "aws_iam_role" "after" {\n  name = "after"\n}\n',
    );
    expect(file.errors[0]).toMatchObject({ line: 4 });
    expect(file.body.blocks.map((b) => b.labels[1])).toEqual(['ok', 'after']);
  });

  it('reports a duplicate attribute', () => {
    const file = parse('a = 1\nb = 2\na = 3\n');
    expect(file.errors).toEqual([
      {
        file: 'main.tf',
        line: 3,
        column: 1,
        message: "duplicate attribute 'a' in main.tf at 3:1 (first set at line 1)",
      },
    ]);
  });

  it('caps the number of errors reported for one file', () => {
    const file = parse('resource "a" "b" {\n  x = = 1\n}\n'.repeat(500));
    expect(file.errors.length).toBeLessThanOrEqual(21);
    expect(file.errors[file.errors.length - 1]!.message).toMatch(/more syntax errors/);
  });
});

describe('hostile input never throws or hangs', () => {
  it.each([
    ['deep tuples', `x = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
    ['deep parentheses', `x = ${'('.repeat(20_000)}1${')'.repeat(20_000)}\n`],
    ['deep blocks', `${'a {\n'.repeat(5_000)}${'}\n'.repeat(5_000)}`],
    ['a long operator chain', `x = ${Array.from({ length: 20_000 }, (_, i) => `v${i}`).join(' + ')}\n`],
    ['deep unclosed', `x = ${'{a = '.repeat(20_000)}`],
    ['deep interpolation', `x = ${'"${'.repeat(3_000)}1${'}"'.repeat(3_000)}\n`],
    [
      'random bytes',
      Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''),
    ],
  ])('%s', (_name, source) => {
    const started = Date.now();
    const file = parse(source);
    expect(Date.now() - started).toBeLessThan(20_000);
    for (const error of file.errors) expect(error.line).toBeGreaterThan(0);
  });

  it('reports nesting deeper than the walker follows as an error with a line', () => {
    const file = parse(`x = ${'['.repeat(1_000)}${']'.repeat(1_000)}\n`);
    expect(file.errors[0]!.message).toMatch(/nested more than \d+ levels deep/);
    expect(file.errors[0]!.line).toBe(1);
  });

  it('parses a large file of many roles', () => {
    const role = (i: number) =>
      `resource "aws_iam_role" "r${i}" {\n  name = "worker-${i}"\n  assume_role_policy = data.aws_iam_policy_document.t.json\n}\n`;
    const file = parse(Array.from({ length: 5_000 }, (_, i) => role(i)).join('\n'));
    expect(file.errors).toEqual([]);
    expect(file.body.blocks).toHaveLength(5_000);
    expect(file.body.blocks[4_999]!.location.line).toBe(4_999 * 5 + 1);
  });
});

describe('template files', () => {
  it.each([
    [
      'a policy template',
      '{\n  "AWS": "arn:${partition}:iam::${account}:root"\n}\n',
      'heredoc("{\\n  \\"AWS\\": \\"arn:" ${partition} ":iam::" ${account} ":root\\"\\n}\\n")',
    ],
    ['no final newline', 'a ${b}', 'heredoc("a " ${b})'],
    ['a directive', '%{ if oidc ~}\nX\n%{ endif ~}\n', 'heredoc(%if(oidc; "X\\n"; ))'],
    ['empty', '', 'heredoc()'],
    [
      'text that looks like the wrapper marker',
      'VEEAM_IAM_GATE_TEMPLATE_END\n',
      'heredoc("VEEAM_IAM_GATE_TEMPLATE_END\\n")',
    ],
  ])('%s', (_name, text, expected) => {
    const parsed = hcl.parseTemplate(text, 'policy.tpl');
    expect(parsed.errors).toEqual([]);
    expect(show(parsed.template)).toBe(expected);
  });

  it('locates template pieces on the template file lines', () => {
    const parsed = hcl.parseTemplate('line one\n  ${var_x}\n', 'iam/p.tpl');
    const interpolation = parsed.template.parts[1]!;
    expect(interpolation.location).toEqual({ file: 'iam/p.tpl', line: 2, column: 3 });
  });

  it('reports a broken template with its line', () => {
    const parsed = hcl.parseTemplate('ok\n${ unclosed\nmore\n', 'bad.tpl');
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.errors[0]!.line).toBeGreaterThanOrEqual(1);
    expect(parsed.errors[0]!.message).toMatch(/^syntax error in bad\.tpl at /);
  });
});
