// Real templates for the fixer's tests: a role spec written as CloudFormation YAML or JSON in
// several styles (short or long tags, indentation, quotes, CRLF, no final newline).
import { diffLines } from 'diff';
import { expect } from 'vitest';
import { evaluateRole } from '../../../src/evaluate.js';
import { yamlText } from '../../../src/fixes/cloudformation.js';
import type { RoleReport } from '../../../src/model/report.js';
import { parseFile } from '../../../src/parsers/index.js';
import { combinedRequirements } from '../../../src/requirements/index.js';
import { selectRoles } from '../../../src/requirements/selection.js';
import { APPLIANCE, type RoleSpec } from '../../helpers/roles.js';
import { compliant, trustFor } from '../../requirements/compliant.js';

type Doc = Record<string, unknown>;

export interface Layout {
  name: string;
  ext: 'yaml' | 'json';
  render(template: Doc): string;
  /** Line ending and final newline as written. */
  crlf?: boolean;
  noFinalNewline?: boolean;
}

const finish = (text: string, l: Pick<Layout, 'crlf' | 'noFinalNewline'>) => {
  let t = l.noFinalNewline ? text.replace(/\n+$/, '') : text;
  if (l.crlf) t = t.replace(/\n/g, '\r\n');
  return t;
};

const yamlLayout = (
  name: string,
  style: Parameters<typeof yamlText>[2],
  extra: Pick<Layout, 'crlf' | 'noFinalNewline'> = {},
): Layout => ({
  name,
  ext: 'yaml',
  ...extra,
  render: (t) =>
    finish(
      `AWSTemplateFormatVersion: "2010-09-09"\n# Kept as written: this comment, key order and quoting.\n` +
        yamlText(t.Resources, 'Resources', style).replace(/\n(\s+)(\w+):\n/, '\n$1# first resource\n$1$2:\n'),
      extra,
    ),
});

const jsonLayout = (
  name: string,
  unit: string | number,
  extra: Pick<Layout, 'crlf' | 'noFinalNewline'> = {},
): Layout => ({
  name,
  ext: 'json',
  ...extra,
  render: (t) =>
    finish(`${JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', ...t }, null, unit)}\n`, extra),
});

export const layouts: Layout[] = [
  yamlLayout('YAML, short tags, 2 spaces', { shortTags: true, indent: 2, indentSequences: true }),
  yamlLayout(
    'YAML, long forms, 4 spaces, flat lists, double quotes, CRLF, no final newline',
    { shortTags: false, indent: 4, indentSequences: false, quote: 'double' },
    { crlf: true, noFinalNewline: true },
  ),
  jsonLayout('JSON, 2 spaces', 2),
  jsonLayout('JSON, tabs, CRLF, no final newline', '\t', { crlf: true, noFinalNewline: true }),
];

export type Route = 'inline' | 'policy resource';

/** A template holding the role as the spec says, its policy written inline or as AWS::IAM::Policy. */
export function template(spec: RoleSpec, route: Route): Doc {
  const key = spec.key ?? 'VeeamRole';
  const properties: Doc = { RoleName: 'veeam-worker' };
  if (spec.trust) properties.AssumeRolePolicyDocument = spec.trust;
  const resources: Doc = { [key]: { Type: 'AWS::IAM::Role', Properties: properties } };
  const inline = spec.inline ?? [];
  if (route === 'inline' && inline.length)
    properties.Policies = inline.map((doc, i) => ({ PolicyName: `veeam-${i}`, PolicyDocument: doc }));
  if (route === 'policy resource')
    inline.forEach((doc, i) => {
      resources[`VeeamPolicy${i}`] = {
        Type: 'AWS::IAM::Policy',
        Properties: { PolicyName: `veeam-${i}`, Roles: [{ Ref: key }], PolicyDocument: doc },
      };
    });
  for (const profile of spec.profiles ?? [])
    resources[profile] = { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: key }] } };
  return { Resources: resources };
}

export const options = { appliancePrincipals: [APPLIANCE], parameters: {} };

/** The role of a one-role template, checked as the gate checks it. */
export function check(file: string, text: string, kinds: string[], version: string): RoleReport {
  const parsed = parseFile(text, { file, parameters: {} });
  expect(parsed?.errors ?? ['no parse']).toEqual([]);
  const [[role, selection]] = [...selectRoles(parsed!.roles, [{ match: '*', kinds }])] as [[never, never]];
  return evaluateRole(role, selection, { veeamVersion: version, appliancePrincipals: [APPLIANCE] });
}

/** Lines the fix removed: only a JSON comma added after the last item, or a YAML scalar made a list. */
export function removedLines(before: string, after: string): string[] {
  return diffLines(before, after)
    .filter((c) => c.removed)
    .flatMap((c) => c.value.split(/\r?\n/).filter(Boolean));
}

export interface Scenario {
  name: string;
  kinds: string[];
  version: string;
  broken(kinds: string[], version: string): RoleSpec;
}

const without = (missing: string[]) => (kinds: string[], version: string) =>
  compliant(combinedRequirements(kinds, version), missing);
const withTrust =
  (make: (kinds: string[], version: string) => unknown) => (kinds: string[], version: string) => ({
    ...compliant(combinedRequirements(kinds, version)),
    trust: make(kinds, version),
  });

export const scenarios: Scenario[] = [
  {
    name: 'two missing actions',
    kinds: ['production-worker'],
    version: '10',
    broken: without(['sqs:SendMessage', 'ssm:PutInventory']),
  },
  {
    name: 'missing conditional and plain actions (EFS indexing)',
    kinds: ['efs-backup', 'production-worker-deployment'],
    version: '11',
    broken: without(['ec2:CreateTags', 'ec2:RunInstances', 'ec2:StartInstances']),
  },
  {
    name: 'no ec2 trust',
    kinds: ['production-worker'],
    version: '11',
    broken: withTrust((k, v) => trustFor(combinedRequirements(k, v), 'ec2.amazonaws.com')),
  },
  {
    name: 'no rds trust',
    kinds: ['rds-restore'],
    version: '10',
    broken: withTrust((k, v) => trustFor(combinedRequirements(k, v), 'rds.amazonaws.com')),
  },
  {
    name: 'no appliance trust',
    kinds: ['ec2-backup'],
    version: '11',
    broken: withTrust(() => ({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'backup.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    })),
  },
  {
    name: 'no instance profile',
    kinds: ['flr-worker'],
    version: '10',
    broken: (k, v) => ({ ...compliant(combinedRequirements(k, v)), profiles: [] }),
  },
  {
    name: 'no trust policy',
    kinds: ['production-worker'],
    version: '11',
    broken: (k, v) => {
      const { trust: _none, ...spec } = compliant(combinedRequirements(k, v));
      return spec;
    },
  },
  {
    name: 'nothing but the role',
    kinds: ['efs-backup'],
    version: '10',
    broken: () => ({ key: 'VeeamRole', profiles: [] }),
  },
];
