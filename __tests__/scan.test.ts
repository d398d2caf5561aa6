import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultOptions, type GateOptions } from '../src/model/options.js';
import type { Role } from '../src/model/role.js';
import type { ParseContext, Parser } from '../src/parsers/types.js';
import { namedAsInfrastructure, scan } from '../src/scan.js';

let root: string;
function put(relative: string, content: string | Buffer): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'scan-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function role(file: string, key: string, line: number): Role {
  const location = { file, line, column: 1 };
  return { id: `${file}#${key}`, key, source: 'cloudformation', file, location, tags: {}, variants: [] };
}

/**
 * A stand-in format, so the scan's own behaviour is tested apart from the real parsers: a file
 * starting with "ROLES:" defines the listed roles (one per line), "BROKEN" is infrastructure with
 * an error on line 2, "THROW" makes the parser throw, "COMPANION x" reads file x through the
 * context, and "LOOSE" holds a policy document bound to no role.
 */
const seen: ParseContext[] = [];
const fakeParser: Parser = {
  format: 'cloudformation',
  sniff: (_file, head) => /^(ROLES:|BROKEN|THROW|COMPANION|LOOSE)/.test(head),
  parse(text, context) {
    seen.push(context);
    const base = { format: 'cloudformation' as const, roles: [] as Role[], errors: [], warnings: [] };
    if (text.startsWith('THROW')) throw new Error('boom');
    if (text.startsWith('BROKEN'))
      return { ...base, errors: [{ file: context.file, line: 2, column: 3, message: 'broken here' }] };
    if (text.startsWith('COMPANION')) {
      const other = context.readFile?.(text.split(' ')[1]?.trim() ?? '');
      return { ...base, warnings: [{ code: 'companion', message: String(other) }] };
    }
    if (text.startsWith('LOOSE')) {
      const document = { statements: [], location: { file: context.file, line: 1, column: 1 } };
      return { ...base, looseDocuments: [{ file: context.file, use: 'identity' as const, document }] };
    }
    const keys = text.split('\n').slice(1).filter(Boolean);
    return { ...base, roles: keys.map((k, i) => role(context.file, k, i + 2)) };
  },
};

const options = (extra: Partial<GateOptions> = {}): GateOptions => ({ ...defaultOptions, ...extra });
const run = (
  extra: Partial<GateOptions> = {},
  more: { only?: string[]; paths?: string[]; maxFileBytes?: number } = {},
) =>
  scan({
    root,
    paths: more.paths ?? [],
    options: options(extra),
    only: more.only,
    maxFileBytes: more.maxFileBytes,
    parsers: [fakeParser],
    configFile: 'gate.yml',
  });

describe('scan', () => {
  it('counts infrastructure files and every IAM role, skipping what is not infrastructure', async () => {
    put('b/stack.yaml', 'ROLES:\nAppRole\nLambdaRole\n');
    put('a/stack.json', 'ROLES:\nOther\n');
    put('package.json', '{"name":"x"}');
    put('random.yml', 'key: value');
    const report = await run();
    expect(report.summary).toEqual({
      files: 2,
      iamRoles: 3,
      workerRoles: 0,
      pass: 0,
      fail: 0,
      unknown: 0,
      errors: 0,
    });
    expect(report.roles).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it('reports parse errors sorted by file and line, and goes on', async () => {
    put('z.yaml', 'BROKEN');
    put('a.yaml', 'BROKEN');
    put('m.yaml', 'ROLES:\nX\n');
    const report = await run();
    expect(report.errors.map((e) => `${e.file}:${e.line}`)).toEqual(['a.yaml:2', 'z.yaml:2']);
    expect(report.summary).toMatchObject({ files: 3, iamRoles: 1, errors: 2 });
  });

  it('turns a parser that throws into an error on that file, never a crash', async () => {
    put('t.yaml', 'THROW');
    put('u.yaml', 'ROLES:\nX\n');
    const report = await run();
    expect(report.errors).toEqual([
      { file: 't.yaml', message: 'internal error while parsing (please report): boom' },
    ]);
    expect(report.summary.iamRoles).toBe(1);
  });

  it.each([
    ['binary file with an infrastructure name', 'stack.template', true],
    ['binary plan', 'tfplan.json', true],
    ['binary file under cdk.out', 'cdk.out/x.json', true],
    ['binary file with an ordinary name', 'data.json', false],
  ])('%s: reported %s', async (_name, file, reported) => {
    put(file, Buffer.from([0x7b, 0xff, 0x00, 0x7d]));
    const report = await run();
    expect(report.errors.length).toBe(reported ? 1 : 0);
    if (reported)
      expect(report.errors[0]?.message).toMatch(
        /^not a text file \(not valid UTF-8\): could not be checked$/,
      );
  });

  it('reports files over the size limit', async () => {
    put('huge.json', `ROLES:\n${'x'.repeat(100)}`);
    const report = await run({}, { maxFileBytes: 50 });
    expect(report.errors).toEqual([
      { file: 'huge.json', message: 'file is 107 bytes, over the 50-byte size limit: not read' },
    ]);
    expect(report.summary.errors).toBe(1);
  });

  it('reads UTF-16 files', async () => {
    put('w.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ROLES:\nUtf16Role\n', 'utf16le')]));
    expect((await run()).summary.iamRoles).toBe(1);
  });

  it('gives parsers the tree: file list and companion reads, only inside the walked tree', async () => {
    seen.length = 0;
    put('plan.json', 'COMPANION main.tf');
    put('main.tf', 'resource "aws_iam_role" "w" {}');
    put('outside.json', 'COMPANION ../../etc/passwd');
    const report = await run();
    expect(report.warnings.map((w) => w.message)).toEqual(['resource "aws_iam_role" "w" {}', 'undefined']);
    expect(seen[0]?.files).toEqual(['main.tf', 'outside.json', 'plan.json']);
    expect(seen[0]?.parameters).toEqual({});
  });

  it('passes the CloudFormation parameters to parsers', async () => {
    seen.length = 0;
    put('a.yaml', 'ROLES:\n');
    await run({ parameters: { Env: 'prod' } });
    expect(seen[0]?.parameters).toEqual({ Env: 'prod' });
  });

  it('restricts to the `only` files', async () => {
    put('changed.yaml', 'ROLES:\nA\n');
    put('unchanged.yaml', 'BROKEN');
    const report = await run({}, { only: ['./changed.yaml'] });
    expect(report.summary).toMatchObject({ files: 1, iamRoles: 1, errors: 0 });
  });

  it('applies exclude globs from the options', async () => {
    put('legacy/a.yaml', 'BROKEN');
    put('b.yaml', 'ROLES:\nB\n');
    expect((await run({ exclude: ['legacy/**'] })).summary).toMatchObject({ files: 1, errors: 0 });
  });

  it('fails a config roles entry that matches no role, naming the pattern and the config file', async () => {
    put('a.yaml', 'ROLES:\nAppRole\n');
    const report = await run({ roles: [{ match: '*Veeam*', kinds: ['production-worker'] }] });
    expect(report.errors).toEqual([
      { file: 'gate.yml', message: "roles entry '*Veeam*' matches no IAM role in the scanned files" },
    ]);
    expect(report.summary.errors).toBe(1);
  });

  it('only warns about an unmatched roles entry when restricted to changed files', async () => {
    put('a.yaml', 'ROLES:\nAppRole\n');
    const report = await run(
      { roles: [{ match: '*Veeam*', kinds: ['production-worker'] }] },
      { only: ['a.yaml'] },
    );
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['role-not-in-changed-files']);
  });

  it('warns about policy documents bound to no role', async () => {
    put('policy.json', 'LOOSE');
    const report = await run();
    expect(report.warnings).toEqual([
      {
        code: 'unbound-document',
        message: 'identity policy document bound to no role (bind it with a config roles entry): not checked',
        location: { file: 'policy.json', line: 1, column: 1 },
      },
    ]);
    const bound = await run({
      roles: [{ match: 'x', kinds: ['production-worker'], policies: ['policy.json'] }],
    });
    expect(bound.warnings.map((w) => w.code)).not.toContain('unbound-document');
  });

  it('is deterministic', async () => {
    for (let i = 0; i < 20; i++) put(`d${i % 3}/f${i}.yaml`, i % 4 === 0 ? 'BROKEN' : `ROLES:\nR${i}\n`);
    expect(await run()).toEqual(await run());
  });
});

describe('namedAsInfrastructure', () => {
  it.each([
    ['stack.template', true],
    ['a/b.template.json', true],
    ['Stack.template.YAML', true],
    ['tfplan.json', true],
    ['prod.tfplan.json', true],
    ['plan.json', true],
    ['cloudformation/x.yaml', true],
    ['cdk.out/asset.json', true],
    ['pkg/cdk.out/asset.json', true],
    ['data.json', false],
    ['explanation.json', false],
    ['config.yaml', false],
  ])('%s → %s', (file, expected) => {
    expect(namedAsInfrastructure(file)).toBe(expected);
  });
});

describe('scan with the registered parsers', () => {
  const example = (name: string): string =>
    readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');

  it('checks templates in cdk.out, never in node_modules, .git or .terraform, and reports broken ones', async () => {
    put('cdk.out/App.template.json', example('compliant-worker.json'));
    put('infra/broken.yaml', example('broken-worker.yaml'));
    put('node_modules/pkg/template.yaml', example('broken-worker.yaml'));
    put('.git/x.yaml', example('broken-worker.yaml'));
    put('.terraform/modules/x.json', example('broken-worker.json'));
    put('infra/bad.template', 'Resources:\n  A: [\n');
    put('tsconfig.json', '{ // comments\n "compilerOptions": {} }');
    const report = await scan({ root, paths: [], options: defaultOptions });
    expect(report.roles.map((r) => [r.id, r.verdict])).toEqual([
      ['cdk.out/App.template.json#VeeamWorkerRole', 'pass'],
      ['infra/broken.yaml#VeeamWorkerRole', 'fail'],
    ]);
    expect(report.errors.map((e) => e.file)).toEqual(['infra/bad.template']);
    expect(report.summary).toEqual({
      files: 3,
      iamRoles: 2,
      workerRoles: 2,
      pass: 1,
      fail: 1,
      unknown: 0,
      errors: 1,
    });
  });

  it('evaluates with the options: appliance principals and parameters', async () => {
    put('w.yaml', example('compliant-worker.yaml'));
    const other = { ...defaultOptions, appliancePrincipals: ['444455556666'] };
    expect((await scan({ root, paths: [], options: other })).roles[0]?.verdict).toBe('fail');
    const withParameter = {
      ...other,
      parameters: { ApplianceRoleArn: 'arn:aws:iam::444455556666:role/VeeamImpersonation' },
    };
    expect((await scan({ root, paths: [], options: withParameter })).roles[0]?.verdict).toBe('pass');
  });
});
