import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexPlan } from '../../../src/parsers/terraform-plan/plan.js';
import { readPlanJson } from '../../../src/parsers/terraform-plan/plan-sections.js';
import { arrayElements, topLevelSections } from '../../../src/parsers/json-sections.js';
import type { Json } from '../../../src/parsers/terraform/records.js';
import { fixtureDir, readFixture } from './helpers.js';

/** What the plan reader sees: the index built from the plan, whatever way it was read. */
function indexed(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? indexPlan(value as Json) : value;
}

function outcome(read: () => unknown): { value?: unknown; error?: string } {
  try {
    return { value: read() };
  } catch (error) {
    return { error: String(error) };
  }
}

const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, readFixture(f).replace(/^\uFEFF/, '')] as const);

describe('the plan read section by section (issue 16)', () => {
  it.each(fixtures)('%s: the index equals the one of a whole JSON.parse', (_, text) => {
    expect(indexed(readPlanJson(text))).toEqual(indexed(JSON.parse(text)));
  });

  it('keeps the sections the reader uses and drops the others', () => {
    const plan = {
      format_version: '1.2',
      variables: { region: { value: 'eu-west-1' } },
      planned_values: { root_module: { resources: [] } },
      output_changes: { x: { actions: ['create'] } },
      resource_changes: [],
      configuration: { root_module: {} },
      relevant_attributes: [],
      timestamp: '2026-01-01T00:00:00Z',
    };
    expect(readPlanJson(JSON.stringify(plan))).toEqual({
      format_version: '1.2',
      planned_values: plan.planned_values,
      resource_changes: [],
      configuration: plan.configuration,
    });
  });

  it('slims each change: before and sensitivity dropped, after only when planned_values lacks it', () => {
    const resource = (address: string) => ({ address, mode: 'managed', type: 'aws_iam_role', name: 'r' });
    const change = (address: string) => ({
      ...resource(address),
      provider_name: 'registry.terraform.io/hashicorp/aws',
      module_address: 'module.m',
      change: {
        actions: ['update'],
        before: { name: 'old' },
        after: { name: 'new' },
        after_unknown: { arn: true },
        before_sensitive: false,
        after_sensitive: {},
      },
    });
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ ...resource('a.b'), values: { name: 'new' } }] } },
      resource_changes: [change('a.b'), change('c.d'), 'not an object', { address: 'e.f', change: null }],
    };
    const slim = readPlanJson(JSON.stringify(plan, null, 2)) as Json;
    expect(slim['resource_changes']).toEqual([
      {
        ...resource('a.b'),
        module_address: 'module.m',
        change: { actions: ['update'], after_unknown: { arn: true } },
      },
      {
        ...resource('c.d'),
        module_address: 'module.m',
        change: { actions: ['update'], after_unknown: { arn: true }, after: { name: 'new' } },
      },
      'not an object',
      { address: 'e.f', change: null },
    ]);
  });

  const tricky: [string, string][] = [
    ['braces and brackets inside strings', '{"a":"}{][","b":{"c":"]"}}'],
    ['escaped quotes and backslashes', String.raw`{"a":"x\"}\\","b":"\\\\","c":["\"]"]}`],
    ['a string ending in an escaped backslash', String.raw`{"a":"\\","b":1}`],
    ['unicode and escapes', '{"ключ":"värde ✓ 😀","b":"\\u007d\\u005d","c":"\u2028"}'],
    ['escaped keys', String.raw`{"form\u0061t_version":"1.2","x\"y":{}}`],
    [
      'deep nesting',
      `{"a":${'['.repeat(200)}${']'.repeat(200)},"b":${'{"c":'.repeat(50)}1${'}'.repeat(50)}}`,
    ],
    ['numbers and literals', '{"a":-1.5e3,"b":true,"c":false,"d":null,"e":0}'],
    ['whitespace everywhere', ' \r\n\t{ "a" : [ 1 , { } , [ ] ] ,\n"b"\t:\t"" } \n'],
    ['an empty object', '{}'],
    ['a __proto__ key', '{"__proto__":{"planned_values":1},"format_version":"1.2"}'],
  ];

  it.each(tricky)('%s: every section is the value JSON.parse gives', (_, text) => {
    const sections = topLevelSections(text);
    expect(sections).toBeDefined();
    const whole = JSON.parse(text) as Record<string, unknown>;
    expect([...sections!.keys()]).toEqual(Object.keys(whole));
    for (const [key, span] of sections!)
      expect(JSON.parse(text.slice(span.start, span.end))).toEqual(whole[key]);
  });

  it('splits an array into its elements, strings with brackets included', () => {
    const text = '[ {"a":"]"} ,"[" , 1,[[]] ,null]';
    const spans = arrayElements(text, { start: 0, end: text.length });
    expect(spans?.map((s) => JSON.parse(text.slice(s.start, s.end)))).toEqual(JSON.parse(text));
  });

  const malformed: [string, string][] = [
    ['truncated', '{"format_version":"1.2","planned_values":{"root_module":{'],
    ['a missing comma', '{"format_version":"1.2" "planned_values":{}}'],
    ['a stray brace', '{"format_version":"1.2","planned_values":{}}}'],
    ['a mismatched bracket', '{"format_version":"1.2","resource_changes":[{"a":1]]}'],
    ['a bad element of resource_changes', '{"format_version":"1.2","resource_changes":[{"a":1},{"a":tru}]}'],
    ['a trailing comma in resource_changes', '{"format_version":"1.2","resource_changes":[1,]}'],
    [
      'bad JSON in a dropped section',
      '{"format_version":"1.2","variables":{"a":[1,,2]},"planned_values":{}}',
    ],
    [
      'a bad first of two repeated keys',
      '{"resource_changes":[x],"format_version":"1.2","resource_changes":[]}',
    ],
    ['an unterminated string', '{"format_version":"1.2,"planned_values":{}}'],
    ['a control character in a string', '{"format_version":"1.\n2","planned_values":{}}'],
    ['a bad number', '{"format_version":"1.2","errored":01}'],
    ['text after the end', '{"format_version":"1.2"} x'],
    ['not an object, and broken', '["format_version",}'],
  ];

  it.each(malformed)('%s: the same error as JSON.parse of the whole text', (_, text) => {
    const expected = outcome(() => JSON.parse(text));
    expect(expected.error).toBeDefined();
    expect(outcome(() => readPlanJson(text))).toEqual(expected);
  });

  const planLike = fc.record(
    {
      format_version: fc.constant('1.2'),
      planned_values: fc.jsonValue(),
      resource_changes: fc.array(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            address: fc.string(),
            mode: fc.constantFrom('managed', 'data'),
            type: fc.string(),
            name: fc.string(),
            change: fc.record({ actions: fc.jsonValue(), after: fc.jsonValue(), before: fc.jsonValue() }),
          }),
        ),
      ),
      prior_state: fc.jsonValue(),
      configuration: fc.jsonValue(),
      variables: fc.jsonValue(),
    },
    { requiredKeys: ['format_version'] },
  );

  it('any plan-shaped JSON, compact or indented: the same index as a whole JSON.parse', () => {
    fc.assert(
      fc.property(planLike, fc.constantFrom(0, 2, '\t'), (plan, indent) => {
        const text = JSON.stringify(plan, null, indent);
        expect(indexed(readPlanJson(text))).toEqual(indexed(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('any damaged plan text: the same error as JSON.parse, or both read it alike', () => {
    const damage = fc.tuple(
      fc.nat(),
      fc.constantFrom('', '{', '}', '[', ']', '"', '\\', ',', ':', 'x', ' ', '1'),
    );
    fc.assert(
      fc.property(planLike, damage, (plan, [at, insert]) => {
        const good = JSON.stringify(plan);
        const cut = at % (good.length + 1);
        // Replace one character (or insert, when the replacement is empty at the end).
        const text = good.slice(0, cut) + insert + good.slice(cut + 1);
        const expected = outcome(() => JSON.parse(text));
        const actual = outcome(() => readPlanJson(text));
        if (expected.error !== undefined) expect(actual).toEqual(expected);
        else expect(indexed(actual.value)).toEqual(indexed(expected.value));
      }),
      { numRuns: 400 },
    );
  });
});
