import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode.js';
import { defaultLimits, parseYamlDocument, type LNode } from '../../src/parsers/located.js';
import { readYamlEvents } from '../../src/parsers/yaml-events.js';

// The differential test of the fast YAML reader (issue 16): wherever the js-yaml event reader
// builds a tree, the `yaml` reader of record builds the same one, node for node (kinds, values,
// tags, lines, columns, key locations), and does not report an error. Where the event reader
// declines, the `yaml` reader is used, so its errors and expansions stay as they were.

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const roots = [
  path.join(repo, '__tests__', 'fixtures'),
  path.join(repo, '..', 'shared', 'corpus'),
  '/work/shared/corpus',
].filter((p) => existsSync(p));

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.(ya?ml|template)$/i.test(name)) out.push(p);
  }
  return out;
}

function textOf(file: string): string {
  const decoded = decode(readFileSync(file));
  return decoded.kind === 'text' ? decoded.text.replace(/^\uFEFF/, '') : '';
}

type Outcome = { tree: LNode[] } | { error: unknown };
function reference(text: string): Outcome {
  try {
    return { tree: parseYamlDocument(text, 'f.yaml') };
  } catch (error) {
    return { error };
  }
}

/** Checks the property on one text; returns whether the event reader took it. */
function agree(text: string): boolean {
  const fast = readYamlEvents(text, 'f.yaml', defaultLimits);
  if (fast === undefined) return false;
  const slow = reference(text);
  if ('error' in slow) throw new Error(`the event reader accepted what yaml rejects: ${String(slow.error)}`);
  expect(fast).toStrictEqual(slow.tree);
  return true;
}

describe('the event reader builds the `yaml` tree or declines', () => {
  const files = [...new Set(roots.flatMap(yamlFiles))];
  it.each(files.map((f) => [path.relative(repo, f), f]))('%s', (_name, file) => {
    agree(textOf(file));
  });

  it('takes most real templates (it is the fast path, not a curiosity)', () => {
    const templates = files.filter((f) =>
      /AWSTemplateFormatVersion|Resources:/.test(readFileSync(f, 'utf8')),
    );
    const taken = templates.filter((f) => agree(textOf(f)));
    expect(templates.length).toBeGreaterThan(20);
    expect(taken.length / templates.length).toBeGreaterThan(0.8);
  });

  it.each([
    [
      'short tags, scalar, sequence and mapping forms',
      'A:\n  B: !Ref X\n  C: !GetAtt [R, Arn]\n  D: !Sub\n    - "${A}"\n    - {A: !Ref B}\n',
    ],
    [
      'core-schema numbers and YAML 1.1 words that are strings',
      'a: 0x1F\nb: 1e3\nc: .inf\nd: -.Inf\ne: .NaN\nf: ~\ng: yes\nh: no\ni: 0o17\nj: +12\nk: 1.50\nl: 012\nm: 1_000\nn: Null\no: TRUE\n',
    ],
    ['numeric and null keys', '1: a\n1.0: b\n0x1F: c\n~: d\ntrue: e\n.inf: f\n'],
    ['quoted scalars', `a: 'it''s'\nb: "tab\\there \\u00e9 \\x41"\nc: "multi\n  line"\nd: ''\n`],
    [
      'block scalars',
      'a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: |+\n  keep\n\nd: !Sub |\n  ${X}\ne:\n  - |\n    item\n',
    ],
    ['empty values and comments', 'a:\nb:   # note\nc: # x\n  d: 1\n# whole line\ne: [1, 2] # end\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\nc: |\r\n  z\r\n'],
    ['explicit keys and flow mappings', '? a\n: b\nc: {d: e, "f": [g, h]}\n'],
    ['document markers', '---\na: 1\n...\n'],
  ])('%s', (_name, text) => {
    expect(agree(text)).toBe(true);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['merge keys', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['!! tags', 'a: !!str 1\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a syntax error', 'a: [1, 2\nb: 3\n'],
    ['complex keys', '? [a]\n: b\n'],
    ['tagged keys', '!Ref a: b\n'],
    ['an empty flow value', '{a, b: }\n'],
    ['an empty document', '# nothing\n'],
    // js-yaml reads "\n\n", `yaml` "\n" (found by the damaged-text property below).
    ['a kept block scalar ending the text in a line of spaces', 'A: |+\n    \n '],
    ['a kept block scalar with an indent indicator at the end', 'A: >2+\n  x\n\n'],
    // `yaml`: "Implicit keys need to be on a single line" (found by the damaged-text property).
    ['a comment between a tag and its value', '-\n  a b: !bang\n#c\n          .\n'],
    ['a comment between a tag and its list', 'a: !If # c\n  - x\n'],
  ])('declines %s', (_name, text) => {
    expect(readYamlEvents(text, 'f.yaml', defaultLimits)).toBeUndefined();
  });
});

// ---- generated YAML -----------------------------------------------------------------------------

const words = [
  'a',
  'b',
  'Ref',
  'Arn',
  'x y',
  "it's",
  'a#b',
  'a:b',
  '0x1F',
  '1e3',
  '.inf',
  '-.inf',
  '.nan',
  '~',
  'null',
  'yes',
  'no',
  'true',
  'False',
  '12',
  '-0',
  '+7',
  '0o17',
  '012',
  '1.0',
  '1.',
  '.5',
  '1_000',
  '2001-12-14',
  'é',
  '${AWS::Region}',
  'arn:aws:iam::123456789012:role/x',
  '*',
  '',
  ' lead',
  'trail ',
  'tab\there',
  'line\nbreak',
  '"q"',
  '- dash',
  '@at',
  '%pct',
  '`tick`',
  '|',
  '>',
  '[',
  '{x}',
  ',',
  '?',
  '!bang',
  '&amp',
  '#hash',
];
const keys = [
  'A',
  'B',
  'Type',
  'Resources',
  'Properties',
  'a b',
  '1',
  '1.0',
  '0x1F',
  '~',
  'true',
  'x:y',
  'Fn::Sub',
  '"quoted"',
  '<<',
  'A',
  'B',
  'Type',
];
const tags = ['!Ref ', '!Sub ', '!GetAtt ', '!If ', '!!str ', '! ', '!<tag:x> ', '!a%21 ', '&anchor '];
const tag = fc.oneof(
  { weight: 12, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(...tags) },
);
/** Words that can be written plain in block and flow context. */
const plainSafe = (w: string): boolean => /^[A-Za-z0-9.~+$*_-][^:#,[\]{}\n]*$/.test(w) && !/\s$|^- /.test(w);

type Gen =
  | { kind: 'scalar'; word: string; style: number; tag: string; comment: boolean }
  | {
      kind: 'map' | 'seq';
      flow: boolean;
      tag: string;
      items: { key: string; keyQuote: number; value: Gen }[];
    };

const scalarGen: fc.Arbitrary<Gen> = fc.record({
  kind: fc.constant('scalar' as const),
  word: fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })),
  style: fc.integer({ min: 0, max: 9 }),
  tag,
  comment: fc.boolean(),
});

const { tree } = fc.letrec<{ tree: Gen; coll: Gen }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarGen, tie('coll')),
  coll: fc.record({
    kind: fc.constantFrom('map' as const, 'seq' as const),
    flow: fc.boolean(),
    tag,
    items: fc.array(
      fc.record({
        key: fc.constantFrom(...keys),
        keyQuote: fc.integer({ min: 0, max: 2 }),
        value: tie('tree'),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
}));

function scalarText(g: Extract<Gen, { kind: 'scalar' }>, indent: string, flow: boolean): string {
  const w = g.word;
  switch (g.style) {
    case 1:
      return `'${w.replace(/'/g, "''")}'`;
    case 2:
      return JSON.stringify(w);
    case 3:
      return flow
        ? JSON.stringify(w)
        : `|\n${w
            .split('\n')
            .map((l) => `${indent}  ${l}`)
            .join('\n')}`;
    case 4:
      return flow
        ? `'${w}'`
        : `>-\n${w
            .split('\n')
            .map((l) => `${indent}  ${l}`)
            .join('\n')}`;
    case 5:
      return flow ? w : `|+\n${indent}  ${w}\n`;
    case 6:
      return ''; // empty
    case 7:
      return w; // plain, whatever it holds
    default:
      return plainSafe(w) ? w : JSON.stringify(w);
  }
}

function keyText(k: { key: string; keyQuote: number }): string {
  return k.keyQuote === 1 ? `'${k.key}'` : k.keyQuote === 2 ? JSON.stringify(k.key) : k.key;
}

function render(g: Gen, indent: string, flow: boolean): string {
  if (g.kind === 'scalar') {
    const body = scalarText(g, indent, flow);
    return `${g.tag}${body}${!flow && g.comment && !body.includes('\n') ? ' # c' : ''}`;
  }
  if (flow || g.flow) {
    const parts = g.items.map((it) =>
      g.kind === 'map' ? `${keyText(it)}: ${render(it.value, indent, true)}` : render(it.value, indent, true),
    );
    return g.kind === 'map' ? `${g.tag}{${parts.join(', ')}}` : `${g.tag}[${parts.join(', ')}]`;
  }
  const inner = `${indent}  `;
  const lines = g.items.map((it) => {
    const child = it.value;
    const nested = child.kind !== 'scalar' && !child.flow;
    const value = render(child, inner, false);
    const lead = g.kind === 'map' ? `${indent}${keyText(it)}:` : `${indent}-`;
    if (nested)
      return `${lead}${child.tag ? ` ${child.tag.trim()}` : ''}\n${render({ ...child, tag: '' }, inner, false)}`;
    return value === '' ? lead : `${lead} ${value}`;
  });
  return (g.tag ? `${indent}# tagged\n` : '') + lines.join('\n');
}

const document = fc
  .record({
    root: tree.filter((g) => g.kind !== 'scalar'),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    marker: fc.boolean(),
  })
  .map(({ root, crlf, bom, marker }) => {
    let text = `${marker ? '---\n' : ''}${render({ ...root, tag: '' }, '', false)}\n`;
    if (crlf) text = text.replace(/\n/g, '\r\n');
    return bom ? `\uFEFF${text}` : text;
  });

const edit = fc.record({
  at: fc.nat(),
  cut: fc.integer({ min: 0, max: 3 }),
  insert: fc.constantFrom(
    '',
    ':',
    '-',
    '#',
    '\t',
    ' ',
    '\n',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    '&a',
    '*a',
    '!',
    '|',
    '>',
    '%',
    '@',
    ',',
    '? ',
    '\r',
  ),
});

describe('generated YAML', () => {
  it('the event reader agrees with `yaml` on generated documents', () => {
    fc.assert(
      fc.property(document, (text) => void agree(text)),
      { numRuns: Number(process.env.YAML_EVENTS_RUNS ?? 1500) },
    );
  });

  it('and on damaged ones (it must never accept what `yaml` rejects)', () => {
    fc.assert(
      fc.property(document, fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        let t = text;
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          t = t.slice(0, at) + e.insert + t.slice(at + e.cut);
        }
        agree(t);
      }),
      { numRuns: 2 * Number(process.env.YAML_EVENTS_RUNS ?? 1500) },
    );
  });
});

it('generated documents mostly take the fast path (the property is not vacuous)', () => {
  const sample = fc.sample(document, { numRuns: 400, seed: 16 });
  const taken = sample.filter((t) => readYamlEvents(t, 'f.yaml', defaultLimits) !== undefined).length;
  expect(taken).toBeGreaterThan(60);
});
