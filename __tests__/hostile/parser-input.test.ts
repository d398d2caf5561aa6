import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adviceCodes, passingTemplate, Tree, fileOutcome } from './tree.js';

/**
 * Issue 8 item 1: input that tries to break the parser. Every row scans the hostile file next to
 * a passing worker template (`good.json`) and asserts: the hostile file gets exactly the outcome in
 * the table (an error entry for what looks like infrastructure, silence for what does not), the
 * good role still passes (the rest of the scan is unaffected), and the scan ends (vitest's timeout
 * bounds the time; the node budget in src/parsers/located.ts bounds the memory).
 */
const yamlTemplate = readFileSync(new URL('../../examples/compliant-worker.yaml', import.meta.url), 'utf8');
const header = 'AWSTemplateFormatVersion: "2010-09-09"\n';
const roleHead = 'Resources:\n  WorkerRole:\n    Type: AWS::IAM::Role\n    Properties:\n      Tags: ';

function aliasBomb(levels: number): string {
  const names = 'abcdefghijklmnop';
  let text = `${header}${names[0]}: &${names[0]} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
  for (let i = 1; i < levels; i++) {
    const prev = names[i - 1]!;
    text += `${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
  }
  return `${text}${roleHead}*${names[levels - 1]}\n`;
}

function aliasChain(length: number): string {
  let text = `${header}x0: &a0 [leaf]\n`;
  for (let i = 1; i < length; i++) text += `x${i}: &a${i} [*a${i - 1}]\n`;
  return `${text}${roleHead}*a${length - 1}\n`;
}

/** `count` aliases to one anchored list of 100 items: 101 nodes per alias. */
function aliasFlood(count: number): string {
  const base = `[${Array.from({ length: 100 }, (_, i) => i).join(',')}]`;
  return `${header}base: &b ${base}\nlist: [${Array(count).fill('*b').join(',')}]\n${roleHead}[]\n`;
}

const deep = 100_000;
const deepJson = `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"R":{"Type":"AWS::IAM::Role","Properties":${'['.repeat(deep)}${']'.repeat(deep)}}}}`;
const deepYamlFlow = `${header}${roleHead}${'['.repeat(deep)}${']'.repeat(deep)}\n`;
const deepYamlBlock = `${header}${roleHead}\n        ${'- '.repeat(deep)}x\n`;
const planHead = '{"format_version":"1.2","planned_values":{"root_module":';
const deepPlanModules = `${planHead}{"child_modules":[${'{"address":"module.m","child_modules":['.repeat(20_000)}{"resources":[]}${']}'.repeat(20_000)}]}}}`;
const deepPlanValues = `${planHead}{"resources":[{"address":"aws_iam_role.worker","mode":"managed","type":"aws_iam_role","name":"worker","values":{"tags":${'['.repeat(deep)}${']'.repeat(deep)}}}]}}}`;
const deepJsonNotInfra = `${'['.repeat(deep)}${']'.repeat(deep)}`;

const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');
const bom16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]);
const bom16be = (text: string): Buffer => {
  const le = utf16le(text);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};
const withByte = (text: string, byte: number): Buffer =>
  Buffer.concat([Buffer.from(`# ${'comment'}\n`), Buffer.from([byte]), Buffer.from(`\n${text}`)]);
const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));

const crlf = yamlTemplate.replace(/\n/g, '\r\n');
const tabs = yamlTemplate.replace(/^ {2}VeeamWorkerRole:\n {4}Type/m, '  VeeamWorkerRole:\n\tType');
const jsonTabs = passingTemplate.replace(/ {2}/g, '\t');

/** A statement whose `Action` is written twice: the second (narrower) one is what IAM gets. */
const duplicateAction = `${header}Resources:
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::111122223333:role/VeeamImpersonation }
            Action: sts:AssumeRole
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore]
      Policies:
        - PolicyName: extra
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [iam:GetContextKeysForPrincipalPolicy, iam:GetRole, iam:ListInstanceProfilesForRole, iam:SimulatePrincipalPolicy, sqs:DeleteMessage, sqs:ListQueues, sqs:ReceiveMessage, sqs:SendMessage]
                Resource: "*"
                Action: sqs:SendMessage
  Profile:
    Type: AWS::IAM::InstanceProfile
    Properties: { Roles: [!Ref WorkerRole] }
`;
const duplicateActionReversed = duplicateAction.replace(
  /( {16}Action: \[.*\]\n)( {16}Resource: "\*"\n)( {16}Action: sqs:SendMessage\n)/,
  (_m, wide: string, res: string, narrow: string) => `${narrow}${res}${wide}`,
);
const duplicateJson = JSON.stringify(JSON.parse(passingTemplate)).replace(
  '"Resource":"*"',
  '"Resource":"*","Action":"sqs:SendMessage"',
);

/** Merge keys: the statement's Effect and Resource come from an anchor. */
const mergeKeys = `${header}x-allow: &allow
  Effect: Allow
  Resource: "*"
x-deny: &deny
  Effect: Deny
Resources:
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - <<: *allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::111122223333:role/VeeamImpersonation }
            Action: sts:AssumeRole
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore]
      Policies:
        - PolicyName: extra
          PolicyDocument:
            Statement:
              - <<: [*deny, *allow]
                Effect: Allow
                Action: [iam:GetContextKeysForPrincipalPolicy, iam:GetRole, iam:ListInstanceProfilesForRole, iam:SimulatePrincipalPolicy, sqs:DeleteMessage, sqs:ListQueues, sqs:ReceiveMessage, sqs:SendMessage]
  Profile:
    Type: AWS::IAM::InstanceProfile
    Properties: { Roles: [!Ref WorkerRole] }
`;
/** The merged Deny wins here because the statement does not set Effect itself. */
const mergeDeny = mergeKeys.replace(
  '- <<: [*deny, *allow]\n                Effect: Allow\n',
  '- <<: [*deny, *allow]\n',
);

interface Expect {
  /** Each must match one error entry of the file; none means no error entry. */
  errors?: RegExp[];
  warnings?: string[];
  roles?: string[];
}
type Row = [name: string, file: string, content: string | Buffer, expected: Expect, maxFileBytes?: number];

const f = 'hostile.yaml';
const rows: Row[] = [
  // Alias bombs, alias chains and floods: the node/depth budget stops them, with the line.
  [
    'YAML alias bomb (9^9 nodes)',
    f,
    aliasBomb(9),
    { errors: [/^aliases expand to more than 100000 nodes \(alias bomb\?\)$/] },
  ],
  [
    'alias bomb without template keys',
    'other.yaml',
    aliasBomb(9).replace(header, '').replace('Resources', 'Things'),
    {},
  ],
  ['deep alias chain (1,000 anchors)', f, aliasChain(1000), { errors: [/^nesting deeper than 500 levels/] }],
  [
    '900 aliases to a 100-item list (under the budget)',
    f,
    aliasFlood(900),
    { roles: ['hostile.yaml#WorkerRole=fail'] },
  ],
  ['1,100 aliases to a 100-item list (over the budget)', f, aliasFlood(1100), { errors: [/alias bomb/] }],
  // Nesting far beyond any template.
  ['100,000-level JSON nesting', 'hostile.json', deepJson, { errors: [/nest/] }],
  ['100,000-level JSON nesting, not a template', 'data.json', deepJsonNotInfra, {}],
  [
    '20,000 nested Terraform modules',
    'tfplan.json',
    deepPlanModules,
    { errors: [/^nesting too deep to read$/] },
  ],
  [
    '100,000-level nesting in a planned value',
    'tfplan.json',
    deepPlanValues,
    { roles: ['tfplan.json#aws_iam_role.worker=fail'] },
  ],
  ['100,000-level YAML flow sequences', f, deepYamlFlow, { errors: [/nest/] }],
  ['100,000-level YAML block sequences on one line', f, deepYamlBlock, { errors: [/nest/] }],
  // Bytes that are not text.
  ['binary bytes named .json', 'blob.json', binary, {}],
  ['binary bytes named .yaml', 'blob.yaml', binary, {}],
  ['binary bytes named like a template', 'stack.template', binary, { errors: [/^not a text file/] }],
  [
    'template with an invalid UTF-8 byte',
    f,
    withByte(yamlTemplate, 0xff),
    { errors: [/^not a text file \(not valid UTF-8\)/] },
  ],
  [
    'template with a NUL byte',
    'hostile.json',
    Buffer.concat([Buffer.from(passingTemplate), Buffer.from([0])]),
    { errors: [/^not a text file/] },
  ],
  [
    'template in UTF-16LE without BOM',
    'hostile.json',
    utf16le(passingTemplate),
    { errors: [/^not a text file/] },
  ],
  [
    'template in UTF-16LE with BOM',
    'hostile.json',
    bom16le(passingTemplate),
    { roles: ['hostile.json#WorkerRole=pass'] },
  ],
  [
    'template in UTF-16BE with BOM',
    f,
    bom16be(yamlTemplate),
    { roles: ['hostile.yaml#VeeamWorkerRole=pass'] },
  ],
  [
    'UTF-16LE BOM with an odd byte count',
    'hostile.json',
    Buffer.concat([bom16le(passingTemplate), Buffer.from([0x41])]),
    { errors: [/^not a text file \(odd number of bytes/] },
  ],
  [
    'template with a UTF-8 BOM',
    f,
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(yamlTemplate)]),
    { roles: ['hostile.yaml#VeeamWorkerRole=pass'] },
  ],
  // Size limit (configurable: here 10,000 bytes): reported, not read.
  [
    'template over the size limit',
    f,
    yamlTemplate.padEnd(20_000, '#'),
    { errors: [/^file is 20000 bytes, over the 10000-byte size limit: not read$/] },
    10_000,
  ],
  // Documents that are not templates: silence.
  ['empty file', f, '', {}],
  ['whitespace only', f, ' \n\t\n', {}],
  ['YAML null document', f, 'null\n', {}],
  ['YAML ~ document', f, '~\n', {}],
  ['YAML array document', f, '- Resources\n- AWSTemplateFormatVersion\n', {}],
  ['YAML scalar document', f, 'Resources\n', {}],
  ['JSON null', 'hostile.json', 'null', {}],
  ['JSON array of template keys', 'hostile.json', '["AWSTemplateFormatVersion", "Resources"]', {}],
  ['JSON scalar', 'hostile.json', '"Resources"', {}],
  [
    'template whose Resources is a list',
    f,
    // Names an IAM type: a template that names none is not parsed (names-no-iam.test.ts).
    `${header}Description: an AWS::IAM::Role\nResources: [a, b]\n`,
    { errors: [/^Resources is not a mapping/] },
  ],
  [
    'template whose Resources is null',
    f,
    `${header}Description: an AWS::IAM::Role\nResources:\n`,
    { errors: [/^Resources is not a mapping/] },
  ],
  // Multi-document YAML: the template is read, the file is flagged.
  [
    'multi-document YAML',
    f,
    `---\nkind: ConfigMap\n---\n${yamlTemplate}`,
    { roles: ['hostile.yaml#VeeamWorkerRole=pass'], warnings: ['multiple-documents'] },
  ],
  // Duplicate keys: reported; the last one is what CloudFormation and JSON.parse keep.
  [
    'duplicate Action, narrower last',
    f,
    duplicateAction,
    { roles: ['hostile.yaml#WorkerRole=fail'], warnings: ['duplicate-key'] },
  ],
  [
    'duplicate Action, wider last',
    f,
    duplicateActionReversed,
    { roles: ['hostile.yaml#WorkerRole=pass'], warnings: ['duplicate-key'] },
  ],
  [
    'duplicate Action in JSON',
    'hostile.json',
    duplicateJson,
    { roles: ['hostile.json#WorkerRole=fail'], warnings: ['duplicate-key'] },
  ],
  // Merge keys are applied; explicit keys win over merged ones.
  ['YAML merge keys', f, mergeKeys, { roles: ['hostile.yaml#WorkerRole=pass'] }],
  ['YAML merge key bringing Deny', f, mergeDeny, { roles: ['hostile.yaml#WorkerRole=fail'] }],
  // Line endings and whitespace.
  ['CRLF line endings', f, crlf, { roles: ['hostile.yaml#VeeamWorkerRole=pass'] }],
  ['tab indentation in YAML', f, tabs, { errors: [/^invalid YAML/] }],
  ['tabs in JSON', 'hostile.json', jsonTabs, { roles: ['hostile.json#WorkerRole=pass'] }],
];

describe('hostile parser input (issue 8 item 1)', () => {
  let tree: Tree;
  let advice: Set<string>;
  beforeAll(async () => {
    advice = await adviceCodes();
  });
  beforeEach(() => {
    tree = new Tree();
  });
  afterEach(() => tree.remove());

  it.each(rows)('%s', async (_name, file, content, expected, maxFileBytes) => {
    tree.put('good.json', passingTemplate);
    tree.put(file, content);
    const report = await tree.scan({}, { maxFileBytes });
    const outcome = fileOutcome(report, file);
    expect(outcome.errors).toHaveLength(expected.errors?.length ?? 0);
    for (const re of expected.errors ?? [])
      expect(
        outcome.errors.some((m) => re.test(m)),
        `${re} in ${outcome.errors.join(' | ')}`,
      ).toBe(true);
    expect(outcome.roles).toEqual(expected.roles ?? []);
    for (const code of expected.warnings ?? []) expect(outcome.warnings).toContain(code);
    // The rest of the scan is unaffected.
    const good = fileOutcome(report, 'good.json');
    expect({ ...good, warnings: good.warnings.filter((c) => !advice.has(c)) }).toEqual({
      errors: [],
      warnings: [],
      roles: ['good.json#WorkerRole=pass'],
    });
  });

  it.each([
    ['an unexpected token', '{"format_version":"1.2","planned_values":{"x":"hunter2-secret","y":tru}}'],
    ['a truncated plan', '{"format_version":"1.2","planned_values":{"x":"hunter2-secret"'],
    ['trailing text', '{"format_version":"1.2","planned_values":{"x":"hunter2-secret"}} hunter2'],
  ])('never prints plan contents in an error: %s', async (_name, text) => {
    tree.put('tfplan.json', text);
    const report = await tree.scan({ roles: [] });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.message).toMatch(/^invalid Terraform plan JSON: /);
    expect(JSON.stringify(report)).not.toMatch(/hunter|secret|tru\b/);
  });

  it('points errors at a line', async () => {
    tree.put(f, tabs);
    const report = await tree.scan({ roles: [] });
    expect(report.errors[0]).toMatchObject({ file: f, line: expect.any(Number) });
  });

  it('reports the line of the second Action key', async () => {
    tree.put(f, duplicateAction);
    const report = await tree.scan();
    const warning = report.warnings.find((w) => w.code === 'duplicate-key');
    expect(warning?.location).toEqual({ file: f, line: 22, column: 17 });
    expect(warning?.message).toMatch(/Action/);
  });

  it('keeps CRLF line numbers', async () => {
    tree.put(f, crlf);
    const report = await tree.scan();
    expect(report.roles[0]?.location.line).toBe(yamlTemplate.split('\n').indexOf('  VeeamWorkerRole:') + 1);
  });
});
