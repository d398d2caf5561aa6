// Reads fix snippets back as data, with real parsers where there is one: the project's YAML/JSON
// reader for CloudFormation and IAM JSON, @cdktf/hcl2json (HashiCorp's HCL parser) for the
// syntax of Terraform snippets, and a small reader for the HCL expression inside jsonencode().
import { parse as parseHcl } from '@cdktf/hcl2json';
import { parseJsonLocated, parseYamlLocated, type LNode } from '../../src/parsers/located.js';

/** A located tree as plain data; a `!Ref X` scalar becomes `{ Ref: X }`. */
export function plain(node: LNode): unknown {
  switch (node.kind) {
    case 'map':
      return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
    case 'seq':
      return node.items.map(plain);
    case 'scalar':
      return node.tag ? { [node.tag.slice(1)]: node.value } : node.value;
    default:
      throw new Error(`unresolved node in a snippet: ${node.reason}`);
  }
}

export function readYaml(text: string): unknown {
  const docs = parseYamlLocated(text, 'fix.yaml');
  if (docs.length !== 1) throw new Error(`${docs.length} YAML documents`);
  return plain(docs[0]!);
}

/** A CloudFormation JSON snippet is an object member (`"Name": {…}`) or a whole value. */
export function readJson(text: string): unknown {
  const trimmed = text.trim();
  return plain(parseJsonLocated(trimmed.startsWith('"') ? `{${trimmed}}` : trimmed, 'fix.json'));
}

/** Parses HCL with HashiCorp's parser (throws on a syntax error) and returns its JSON form. */
export async function readHcl(text: string): Promise<Record<string, unknown>> {
  return (await parseHcl('fix.tf', text)) as Record<string, unknown>;
}

/** Evaluates an HCL literal expression (objects, tuples, strings, numbers, bools) as data. */
export function hclLiteral(source: string): unknown {
  const tokens = source.match(/"(?:[^"\\]|\\.)*"|[{}[\]=,:]|\n|[A-Za-z0-9_.+-]+/g) ?? [];
  let i = 0;
  const skip = () => {
    while (tokens[i] === '\n') i++;
  };
  const value = (): unknown => {
    skip();
    const t = tokens[i++];
    if (t === undefined) throw new Error('unexpected end of expression');
    if (t === '{') {
      const out: Record<string, unknown> = {};
      for (;;) {
        skip();
        if (tokens[i] === '}') return (i++, out);
        const k = tokens[i++]!;
        const key = k.startsWith('"') ? (JSON.parse(k) as string) : k;
        if (tokens[i] !== '=' && tokens[i] !== ':') throw new Error(`expected = after ${key}`);
        i++;
        out[key] = value();
        if (tokens[i] === ',') i++;
      }
    }
    if (t === '[') {
      const out: unknown[] = [];
      for (;;) {
        skip();
        if (tokens[i] === ']') return (i++, out);
        out.push(value());
        skip();
        if (tokens[i] === ',') i++;
      }
    }
    if (t.startsWith('"')) return JSON.parse(t.replace(/\$\$\{/g, '${')) as string;
    if (t === 'true' || t === 'false') return t === 'true';
    if (/^-?\d/.test(t)) return Number(t);
    throw new Error(`not a literal: ${t}`);
  };
  const out = value();
  skip();
  if (i !== tokens.length) throw new Error(`trailing tokens: ${tokens.slice(i).join(' ')}`);
  return out;
}

/** The argument of the first `jsonencode(...)` in a snippet, found by balanced parentheses. */
export function jsonencodeArgument(text: string): string {
  const start = text.indexOf('jsonencode(');
  if (start < 0) throw new Error('no jsonencode');
  let depth = 0;
  let inString = false;
  for (let i = start + 'jsonencode'.length; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(start + 'jsonencode('.length, i);
  }
  throw new Error('unbalanced jsonencode(');
}
