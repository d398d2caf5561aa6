// The expression evaluator: every function with valid and invalid input, unknown propagation,
// symbolic references in templates and jsonencode, try/can, files and templates, limits.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeJson,
  encodeJson,
  evaluate,
  loadHcl,
  locationOf,
  makeMap,
  SUPPORTED_FUNCTIONS,
  type HclReader,
  type Scope,
  type TfValue,
} from '../../../src/parsers/terraform-source/hcl/index.js';
import { plain, testScope } from './hcl-helpers.js';

let hcl: HclReader;
let scope: Scope;
beforeAll(async () => {
  hcl = await loadHcl();
  scope = testScope({
    vars: {
      name: 'veeam-worker',
      empty: '',
      list: ['b', 'a', 'b'],
      nested: [['x', ['y']], 'z'],
      map: makeMap([
        ['k', 'v'],
        ['n', 1],
      ]),
      objs: [makeMap([['name', 'a']]), makeMap([['name', 'b']])],
      flag: true,
      num: 3,
      nothing: null,
      unset: undefined,
      partial: ['known', { unresolved: true, reason: 'var.arn has no value' }],
    },
    locals: { statements: [makeMap([['sid', 'One']])] },
    files: {
      'policy.json': '{"Version":"2012-10-17"}',
      'trust.tpl': '{"AWS": "arn:${partition}:iam::${account}:root"}',
      'list.tpl': '%{ for r in roles ~}\n- ${r}\n%{ endfor ~}\n',
      'oidc.tpl': '[%{ if oidc }"fed"%{ else }"none"%{ endif }]',
      'self.tpl': '${templatefile("self.tpl", {})}',
      'broken.tpl': 'a ${ b',
    },
    parseTemplate: (text, file) => hcl.parseTemplate(text, file),
  });
});

function run(source: string, custom?: Scope): TfValue {
  const file = hcl.parse(`x = ${source}\n`, 'main.tf');
  expect(file.errors).toEqual([]);
  return evaluate(file.body.attributes[0]!.expr, custom ?? scope);
}

const value = (source: string): unknown => plain(run(source));

describe('known values', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['"a"', 'a'],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['7 % 4', 3],
    ['-var.num', -3],
    ['!var.flag', false],
    ['"5" + 1', 6],
    ['1 < 2 && 2 <= 2', true],
    ['var.flag || false', true],
    ['var.name == "veeam-worker"', true],
    ['[1, "a"] == [1, "a"]', true],
    ['var.map != { k = "v", n = 1 }', false],
    ['var.flag ? "yes" : "no"', 'yes'],
    ['var.num > 5 ? "big" : var.num > 1 ? "mid" : "small"', 'mid'],
    ['"${var.name}-role"', 'veeam-worker-role'],
    ['"n=${var.num} f=${var.flag}"', 'n=3 f=true'],
    ['"${var.list}"', ['b', 'a', 'b']],
    ['<<-EOT\n    a ${var.num}\n    EOT', 'a 3\n'],
    ['"%{ if var.flag }on%{ else }off%{ endif }"', 'on'],
    ['"%{ for i, s in var.list }${i}${s}%{ endfor }"', '0b1a2b'],
    ['"%{ for k, v in var.map }${k}=${v};%{ endfor }"', 'k=v;n=1;'],
    ['[for s in var.list : upper(s)]', ['B', 'A', 'B']],
    ['[for i, s in var.list : i if s == "b"]', [0, 2]],
    ['{ for k, v in var.map : k => v if k != "n" }', { k: 'v' }],
    ['{ for s in var.list : s => s... }', { a: ['a'], b: ['b', 'b'] }],
    ['var.objs[*].name', ['a', 'b']],
    ['var.objs.*.name', ['a', 'b']],
    ['var.nothing[*]', []],
    ['"${var.nothing}"', null],
    ['var.name[*]', ['veeam-worker']],
    ['var.list[1]', 'a'],
    ['var.list.0', 'b'],
    ['var.list["2"]', 'b'],
    ['var.map["k"]', 'v'],
    ['var.map.n', 1],
    ['local.statements[0].sid', 'One'],
    ['each.key', 'k1'],
    ['count.index', 0],
    ['"${path.module}/policy.json"', 'modules/iam/policy.json'],
    ['{ a = 1, "b" = 2, (var.name) = 3 }', { a: 1, b: 2, 'veeam-worker': 3 }],
    ['{ "z" = 1, "a" = 2 }', { a: 2, z: 1 }],
  ])('%s', (source, expected) => {
    expect(value(source)).toEqual(expected);
  });
});

describe('functions', () => {
  it.each<[string, unknown]>([
    // jsonencode / jsondecode
    ['jsonencode({ b = [1, true, null], a = "x" })', '{"a":"x","b":[1,true,null]}'],
    ['jsonencode("<&>")', '"\\u003c\\u0026\\u003e"'],
    ['jsonencode(1.5)', '1.5'],
    ['jsondecode("{\\"b\\": [1, {\\"c\\": null}], \\"a\\": true}")', { a: true, b: [1, { c: null }] }],
    ['jsondecode(file("policy.json")).Version', '2012-10-17'],
    // files and templates
    ['file("policy.json")', '{"Version":"2012-10-17"}'],
    [
      'templatefile("trust.tpl", { partition = "aws", account = "111122223333" })',
      '{"AWS": "arn:aws:iam::111122223333:root"}',
    ],
    ['templatefile("list.tpl", { roles = ["a", "b"] })', '- a\n- b\n'],
    ['jsondecode(templatefile("oidc.tpl", { oidc = true }))', ['fed']],
    ['jsondecode(templatefile("oidc.tpl", { oidc = false }))', ['none']],
    // collections
    ['concat(["a"], [], ["b", "c"])', ['a', 'b', 'c']],
    ['concat()', []],
    ['merge({ a = 1, b = 1 }, { b = 2 }, null)', { a: 1, b: 2 }],
    ['merge()', {}],
    ['flatten([["a", ["b"]], [], "c"])', ['a', 'b', 'c']],
    ['flatten(var.nested)', ['x', 'y', 'z']],
    ['distinct(["a", "b", "a", 1, "1"])', ['a', 'b', 1, '1']],
    ['toset(["b", "a", "b"])', ['a', 'b']],
    ['toset([3, 1, 2])', [1, 2, 3]],
    ['tolist(["a"])', ['a']],
    ['tomap({ a = 1 })', { a: 1 }],
    ['length(["a", "b"])', 2],
    ['length({ a = 1 })', 1],
    ['length("héllo👍")', 6],
    ['lookup(var.map, "k")', 'v'],
    ['lookup(var.map, "missing", "default")', 'default'],
    ['element(["a", "b", "c"], 1)', 'b'],
    ['element(["a", "b", "c"], 4)', 'b'],
    ['element(concat(var.objs[*].name, [""]), 0)', 'a'],
    ['coalesce(null, "", "x", "y")', 'x'],
    ['coalesce(var.empty, var.name)', 'veeam-worker'],
    ['coalescelist([], ["a"], ["b"])', ['a']],
    ['one([])', null],
    ['one(["a"])', 'a'],
    ['keys({ b = 1, a = 2 })', ['a', 'b']],
    ['values({ b = 1, a = 2 })', [2, 1]],
    ['contains(["a", "b"], "b")', true],
    ['contains(["a", "b"], "c")', false],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    // strings
    ['join(",", ["a", "b"], ["c"])', 'a,b,c'],
    ['join("-", [1, true])', '1-true'],
    ['split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['format("%s-%d-%05.1f-%q-%t-%v", "a", 7, 3.14159, "q", true, 2)', 'a-7-003.1-"q"-true-2'],
    ['format("%x %X %o %b %e", 255, 255, 8, 5, 1234.5)', 'ff FF 10 101 1.234500e+03'],
    ['format("%-4s|%4s|%%", "ab", "cd")', 'ab  |  cd|%'],
    ['format("%[2]s %[1]s", "a", "b")', 'b a'],
    ['format("%v", ["a", 1])', '["a",1]'],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['replace("arn:aws:iam::123:role/x", "/^arn:([^:]+):.*$/", "$1")', 'aws'],
    ['replace("ab12cd", "/(?P<d>[0-9]+)/", "<$${d}>")', 'ab<12>cd'],
    ['lower("AbC")', 'abc'],
    ['upper("AbC")', 'ABC'],
    ['trimspace("  a b \\n")', 'a b'],
    ['startswith("arn:aws", "arn:")', true],
    ['endswith("role/x", "/y")', false],
    ['tostring(1)', '1'],
    ['tostring(null)', null],
    ['tonumber("42")', 42],
    ['tonumber(null)', null],
    // try / can
    ['try(var.map.missing, "fallback")', 'fallback'],
    ['try(var.map.k, "fallback")', 'v'],
    ['try(var.list[10], var.list[0])', 'b'],
    ['try(jsondecode("not json"), {})', {}],
    ['can(var.map.missing)', false],
    ['can(var.map.k)', true],
  ])('%s', (source, expected) => {
    expect(value(source)).toEqual(expected);
  });

  it('lists what it evaluates', () => {
    expect(SUPPORTED_FUNCTIONS).toEqual(
      expect.arrayContaining([
        'jsonencode',
        'templatefile',
        'try',
        'can',
        'zipmap',
        'coalescelist',
        'format',
        'replace',
      ]),
    );
  });
});

describe('errors (what Terraform would refuse) are error-unknowns with the reason', () => {
  it.each<[string, RegExp]>([
    ['1 / 0', /division by zero/],
    ['"a" + 1', /'a' is not a number/],
    ['!"x"', /is not a bool/],
    ['var.list[3]', /index 3 out of range for a list of 3/],
    ['var.list.name', /cannot read attribute 'name' of a list/],
    ['var.map.missing', /no key 'missing'/],
    ['var.nothing.x', /cannot read x of null/],
    ['var.undeclared', /unknown name 'var'/],
    ['nosuch.thing', /unknown name 'nosuch'/],
    ['{ a = 1, a = 2 }', /duplicate object key 'a'/],
    ['{ for s in ["a", "a"] : s => s }', /duplicate key 'a'/],
    ['[for s in 5 : s]', /needs a list, set, map or object/],
    ['"a${var.nothing}"', /null value cannot be used as a string/],
    ['"${var.list} x"', /list cannot be used as a string/],
    ['concat("a")', /must be a list/],
    ['merge(["a"])', /must be a map/],
    ['length(1)', /needs a list, map or string/],
    ['lookup(var.map, "missing")', /no key 'missing' and no default/],
    ['element([], 0)', /the list is empty/],
    ['element(["a"], -1)', /must be a whole number/],
    ['coalesce(null, "")', /every argument is null/],
    ['one(["a", "b"])', /at most 1 allowed/],
    ['zipmap(["a"], [])', /1 keys but 0 values/],
    ['format("%d", "x")', /%d cannot format a string/],
    ['format("%s %s", "a")', /not enough arguments/],
    ['format("%y", 1)', /unsupported verb %y/],
    ['replace("a", "/(/", "b")', /invalid regular expression/],
    ['jsondecode("{")', /invalid JSON/],
    ['tonumber("x")', /'x' is not a number/],
    ['upper("a", "b")', /takes 1 argument, not 2/],
    ['lookup()', /takes 2 to 3 arguments, not 0/],
    ['try(var.map.missing, var.list[9])', /every argument failed/],
    [
      'templatefile("broken.tpl", {})',
      /templatefile\(\): syntax error in broken\.tpl at 1:3: missing '\}' \(to close line 1\): the file ends first/,
    ],
    ['templatefile("trust.tpl", {})', /unknown name 'partition'/],
    ['concat(1...)', /must be a list/],
  ])('%s', (source, reason) => {
    const result = run(source);
    expect(plain(result)).toMatch(/^<error: /);
    expect((result as { reason: string }).reason).toMatch(reason);
    expect((result as { location?: { line: number } }).location?.line).toBe(1);
  });
});

describe('unknowns propagate, never guessed', () => {
  it.each<[string, unknown]>([
    ['var.unset', '<unknown: var.unset has no value>'],
    ['[var.unset, "a"]', ['<unknown: var.unset has no value>', 'a']],
    ['{ a = var.unset }', { a: '<unknown: var.unset has no value>' }],
    ['var.unset.attr', '<unknown: var.unset has no value>'],
    ['var.unset[0]', '<unknown: var.unset has no value>'],
    ['var.unset ? 1 : 2', '<unknown: condition unknown: var.unset has no value>'],
    ['var.unset ? 1 : 1', 1],
    ['var.unset + 1', '<unknown: var.unset has no value>'],
    ['var.unset && false', false],
    ['var.unset || true', true],
    ['var.unset && true', '<unknown: var.unset has no value>'],
    ['var.unset == "a"', '<unknown: comparison with a value known only after apply>'],
    ['"pre-${var.unset}"', { parts: ['pre-', '<unknown: var.unset has no value>'] }],
    ['upper(var.unset)', '<unknown: var.unset has no value>'],
    ['concat(var.unset, ["a"])', '<unknown: var.unset has no value>'],
    ['concat(var.partial, ["a"])', ['known', '<unknown: var.arn has no value>', 'a']],
    ['length(var.partial)', 2],
    ['flatten(var.partial)', '<unknown: flatten(): an element is unknown (var.arn has no value)>'],
    ['distinct(var.partial)', '<unknown: var.arn has no value>'],
    ['toset(var.partial)', '<unknown: var.arn has no value>'],
    ['compact(var.partial)', '<unknown: var.arn has no value>'],
    ['contains(var.partial, "known")', true],
    ['contains(var.partial, "other")', '<unknown: contains(): depends on a value known only after apply>'],
    ['coalesce(var.unset, "a")', '<unknown: var.unset has no value>'],
    ['coalesce("a", var.unset)', 'a'],
    [
      '[for s in var.unset : s]',
      '<unknown: for expression over an unknown collection: var.unset has no value>',
    ],
    ['[for s in var.partial : s]', ['known', '<unknown: var.arn has no value>']],
    [
      '[for s in var.partial : s if s != "x"]',
      '<unknown: for condition unknown: comparison with a value known only after apply>',
    ],
    ['{ (var.unset) = 1 }', '<unknown: object key unknown: var.unset has no value>'],
    [
      'try(var.unset, "fallback")',
      '<unknown: try(): cannot tell whether an argument fails: var.unset has no value>',
    ],
    ['try(var.partial, [])', '<unknown: try(): cannot tell whether an argument fails: var.arn has no value>'],
    ['can(var.unset)', '<unknown: can(): cannot tell whether the argument fails: var.unset has no value>'],
    [
      '"%{ if var.unset }a%{ endif }b"',
      { parts: ['<unknown: %{if} condition unknown: var.unset has no value>', 'b'] },
    ],
    [
      '"%{ for s in var.unset }${s}%{ endfor }"',
      { parts: ['<unknown: %{for} over a collection known only after apply>'] },
    ],
    [
      'templatefile("trust.tpl", { partition = "aws", account = var.unset })',
      {
        parts: ['{"AWS": "arn:aws:iam::', '<unknown: var.unset has no value>', ':root"}'],
      },
    ],
    ['file("../outside.json")', '<unknown: file ../outside.json is outside the scan root>'],
    ['file("missing.json")', '<unknown: file missing.json not found>'],
    ['templatefile("/etc/passwd", {})', '<unknown: file /etc/passwd is outside the scan root>'],
    ['file(var.unset)', '<unknown: var.unset has no value>'],
    ['regex("a", "b")', '<unknown: function regex() is not evaluated without a plan>'],
    [
      'can(regex("a", "b"))',
      '<unknown: can(): cannot tell whether the argument fails: function regex() is not evaluated without a plan>',
    ],
    [
      'provider::aws::arn_parse("x")',
      '<unknown: function provider::aws::arn_parse() is not evaluated without a plan>',
    ],
  ])('%s', (source, expected) => {
    expect(value(source)).toEqual(expected);
  });
});

describe('references to computed attributes stay symbolic', () => {
  it.each<[string, unknown]>([
    ['aws_iam_role.appliance.arn', '<ref aws_iam_role.appliance.arn>'],
    ['aws_iam_role.this[0].name', '<ref aws_iam_role.this[0].name>'],
    ['aws_iam_role.this["a"].arn', '<ref aws_iam_role.this["a"].arn>'],
    ['aws_iam_role.r.tags_all["k"]', '<ref aws_iam_role.r.tags_all["k"]>'],
    ['"${aws_iam_role.r.arn}"', '<ref aws_iam_role.r.arn>'],
    ['"${aws_iam_role.r.arn}/*"', { parts: ['<ref aws_iam_role.r.arn>', '/*'] }],
    [
      '"arn:${var.name}:${aws_iam_role.r.name}"',
      { parts: ['arn:veeam-worker:', '<ref aws_iam_role.r.name>'] },
    ],
    ['[aws_iam_role.r.arn, "x"]', ['<ref aws_iam_role.r.arn>', 'x']],
    ['join(",", [aws_iam_role.r.arn, "x"])', { parts: ['<ref aws_iam_role.r.arn>', ',x'] }],
    ['format("%s:policy", aws_iam_policy.p.arn)', { parts: ['<ref aws_iam_policy.p.arn>', ':policy'] }],
    ['coalesce(aws_iam_role.r.arn, "x")', '<ref aws_iam_role.r.arn>'],
    ['upper(aws_iam_role.r.name)', '<unknown: upper(): argument 1 is known only after apply>'],
    ['length(aws_iam_role.r.name)', '<unknown: length(): the argument is known only after apply>'],
    ['aws_iam_role.r.arn == aws_iam_role.r.arn', true],
    ['aws_iam_role.r.arn == "x"', '<unknown: comparison with a value known only after apply>'],
    ['distinct([aws_iam_role.r.arn, aws_iam_role.r.arn])', ['<ref aws_iam_role.r.arn>']],
    [
      'jsonencode({ Principal = { AWS = aws_iam_role.r.arn }, Resource = "arn:${aws_iam_role.r.arn}/*" })',
      {
        parts: [
          '{"Principal":{"AWS":"',
          '<ref aws_iam_role.r.arn>',
          '"},"Resource":"arn:',
          '<ref aws_iam_role.r.arn>',
          '/*"}',
        ],
      },
    ],
    [
      'jsondecode(jsonencode({ Principal = { AWS = [aws_iam_role.r.arn, var.unset] }, Resource = "arn:${aws_iam_role.r.arn}/*" }))',
      {
        Principal: { AWS: ['<ref aws_iam_role.r.arn>', '<unknown: var.unset has no value>'] },
        Resource: { parts: ['arn:', '<ref aws_iam_role.r.arn>', '/*'] },
      },
    ],
    [
      'jsondecode(<<EOF\n{"Resource": ${jsonencode(var.unset)}, "AWS": "${aws_iam_role.r.arn}"}\nEOF\n)',
      { AWS: '<ref aws_iam_role.r.arn>', Resource: '<unknown: var.unset has no value>' },
    ],
    ['jsondecode(aws_iam_role.r.arn)', '<unknown: jsondecode(): the JSON text is known only after apply>'],
  ])('%s', (source, expected) => {
    expect(value(source)).toEqual(expected);
  });

  it('round-trips a symbolic string through encodeJson/decodeJson', () => {
    const ref = { ref: 'aws_iam_role.appliance', attribute: 'arn' };
    const document = makeMap([
      ['Principal', makeMap([['AWS', ref]])],
      ['Sid', 'quote " and \\ backslash'],
    ]);
    const encoded = encodeJson(document);
    expect(typeof encoded).toBe('object');
    expect(plain(decodeJson(encoded))).toEqual({
      Principal: { AWS: '<ref aws_iam_role.appliance.arn>' },
      Sid: 'quote " and \\ backslash',
    });
  });
});

describe('locations of built values', () => {
  it('remembers where a statement object was written', () => {
    const file = hcl.parse('x = {\n  Statement = [\n    { Sid = "A" },\n  ]\n}\n', 'main.tf');
    const result = evaluate(file.body.attributes[0]!.expr, scope) as Map<string, TfValue>;
    const statement = (result.get('Statement') as TfValue[])[0]!;
    expect(locationOf(statement)).toEqual({ file: 'main.tf', line: 3, column: 5 });
    expect(locationOf(result)).toEqual({ file: 'main.tf', line: 1, column: 5 });
  });
});

describe('limits end hostile evaluation with an error, not a hang', () => {
  const wide = testScope({ vars: { big: Array.from({ length: 3_000_000 }, (_, i) => i) } });

  it.each<[string, string, Scope | undefined, RegExp]>([
    ['a for over millions of elements', '[for i in var.big : i * 2]', wide, /exceeds \d+ steps/],
    ['nested fors', '[for a in var.big : [for b in var.big : 1]]', wide, /exceeds \d+ steps/],
    [
      'a recursive template',
      'templatefile("self.tpl", {})',
      undefined,
      /nested more than \d+ levels|exceeds/,
    ],
  ])('%s', (_name, source, custom, reason) => {
    const started = Date.now();
    const result = run(source, custom);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(plain(result)).toMatch(/^<error: /);
    expect((result as { reason: string }).reason).toMatch(reason);
  });

  it('bounds expression depth', () => {
    const file = hcl.parse(`x = ${'['.repeat(180)}1${']'.repeat(180)}\n`, 'main.tf');
    const result = evaluate(file.body.attributes[0]!.expr, scope, { maxDepth: 100 });
    expect((result as { reason: string }).reason).toMatch(/nested more than 100 levels deep/);
  });

  it('bounds string length', () => {
    const file = hcl.parse('x = join("", [for i in var.big : "0123456789"])\n', 'main.tf');
    const big = testScope({ vars: { big: Array.from({ length: 2_000 }, (_, i) => i) } });
    const result = evaluate(file.body.attributes[0]!.expr, big, { maxStringLength: 1_000 });
    expect((result as { reason: string }).reason).toMatch(/string longer than 1000 characters/);
  });
});
