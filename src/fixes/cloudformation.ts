import { Document, isScalar, Scalar, visit } from 'yaml';
import type { Fix } from '../model/report.js';
import type { SourceStyle } from '../model/role.js';
import { missingStatements, statementJson, trustPolicyJson, trustStatementJson } from './statements.js';
import { policyName, type FixNeed, type FixRequest } from './request.js';
import { styleOf } from './style.js';
import { yamlBlockText } from './yaml-block.js';

const ref = (logicalId: string) => ({ Ref: logicalId });

/** The resource or list entry a fix adds, as data. `entry` is a `Resources` member or a list item. */
function content(
  r: FixRequest,
  need: FixNeed,
): { entry: 'resource' | 'item'; name?: string; value: unknown; where: string } {
  const key = r.role.key;
  if (need.kind === 'permissions') {
    return {
      entry: 'resource',
      name: `${key}VeeamPermissions`,
      where: "Add this resource to the template's Resources",
      value: {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: policyName(r.requirement),
          Roles: [ref(key)],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: missingStatements(r.requirement, r.missingActions).map(statementJson),
          },
        },
      },
    };
  }
  if (need.kind === 'instance-profile') {
    return {
      entry: 'resource',
      name: `${key}InstanceProfile`,
      where: "Add this resource to the template's Resources",
      value: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(key)] } },
    };
  }
  if (need.kind === 'trust-policy') {
    return {
      entry: 'resource',
      name: 'AssumeRolePolicyDocument',
      where: `Add this to ${key}.Properties`,
      value: trustPolicyJson(need.principals),
    };
  }
  return {
    entry: 'item',
    where: `Add this statement to ${key}.Properties.AssumeRolePolicyDocument.Statement`,
    value: trustStatementJson(need.principal),
  };
}

/** How a YAML block is written: the file's style, and its quote character for strings that need one. */
export type YamlStyle = Pick<Required<SourceStyle>, 'shortTags' | 'indent' | 'indentSequences'> & {
  quote?: 'single' | 'double';
};

/** Plain data as a YAML block in the file's style (`{ Ref: X }` as `!Ref X` when it uses short tags). */
export function yamlText(value: unknown, name: string | undefined, style: YamlStyle): string {
  return yamlBlockText(value, name, style) ?? yamlDocumentText(value, name, style);
}

/** `yamlText` through a `yaml` Document: the definition, for what the hand-written writer leaves. */
export function yamlDocumentText(value: unknown, name: string | undefined, style: YamlStyle): string {
  const double = style.quote === 'double';
  const doc = new Document(name === undefined ? [value] : { [name]: value });
  visit(doc, {
    // Short tags when the file uses them: `{ Ref: X }` becomes `!Ref X`.
    Map(_, map) {
      const [only] = map.items;
      if (!style.shortTags || map.items.length !== 1 || !isScalar(only?.key) || !isScalar(only.value)) return;
      if (only.key.value !== 'Ref') return;
      const tagged = new Scalar(only.value.value);
      tagged.tag = '!Ref';
      return tagged;
    },
    // The policy language version is a string: quote it as CloudFormation examples do.
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'Version' && isScalar(pair.value))
        pair.value.type = double ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
    },
  });
  return doc.toString({
    indent: style.indent,
    indentSeq: style.indentSequences,
    singleQuote: !double,
    lineWidth: 0,
  });
}

function jsonText(value: unknown, name: string | undefined, indent: number): string {
  const body = JSON.stringify(value, null, indent);
  return name === undefined ? `${body}\n` : `${JSON.stringify(name)}: ${body}\n`;
}

/** A CloudFormation fix in the template's own syntax: YAML (short tags when used) or JSON. */
export function cloudFormationFix(r: FixRequest, need: FixNeed): Fix {
  const style = styleOf(r.role);
  const c = content(r, need);
  if (style.json) {
    return {
      format: 'cloudformation-json',
      description: `${c.where} (mind the comma before it):`,
      text: jsonText(c.value, c.name, style.indent),
    };
  }
  return {
    format: 'cloudformation-yaml',
    description: `${c.where}:`,
    text: yamlText(c.value, c.name, style),
  };
}
