import type { Role, SourceStyle } from '../model/role.js';

const SHORT_TAG =
  /(^|[\s:[,-])!(Ref|Sub|GetAtt|Join|If|Select|Split|FindInMap|ImportValue|Base64|Equals|Not|And|Or|Condition|GetAZs|Cidr|Transform)\b/m;

/** Reads how a source file is written: JSON or YAML, short tags, indentation unit. Pure. */
export function sourceStyle(text: string): SourceStyle {
  const json = /^\s*[{[]/.test(text);
  const lines = text.split(/\r?\n/, 2000).filter((l) => l.trim() !== '' && !/^\s*#/.test(l));
  const indents = lines.map((l) => /^( *)/.exec(l)![1]!.length).filter((n) => n > 0);
  const indent = indents.length ? Math.min(...indents) : 2;
  const style: SourceStyle = { json, indent: indent >= 2 && indent <= 8 ? indent : 2 };
  if (!json) {
    style.shortTags = SHORT_TAG.test(text);
    // `key:` followed by `- item` at the same column: sequences are not indented.
    const flat = lines.some((l, i) => {
      const next = lines[i + 1];
      return /:\s*$/.test(l) && next !== undefined && /^( *)- /.exec(next)?.[1] === /^( *)/.exec(l)![1];
    });
    style.indentSequences = !flat;
  }
  return style;
}

/** The style to write a fix in: the role's own when the parser recorded it, else from its file name. */
export function styleOf(role: Role): Required<Omit<SourceStyle, 'terraformPolicies'>> {
  const json = role.style?.json ?? /\.json$/i.test(role.file);
  return {
    json,
    shortTags: role.style?.shortTags ?? true,
    indent: role.style?.indent ?? 2,
    indentSequences: role.style?.indentSequences ?? true,
  };
}
