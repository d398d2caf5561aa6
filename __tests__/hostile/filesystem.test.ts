import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotationsOf, workflowCommand } from '../../src/report/annotations.js';
import { renderSarif } from '../../src/report/sarif.js';
import { sarifValidator } from '../report/sarif-schema.js';
import { adviceCodes, passingTemplate, Tree } from './tree.js';

/**
 * Issue 8 item 3: the filesystem. Each row builds a tree around a passing template and states
 * which roles the scan reports, which errors and which warnings: loops end, links leaving the
 * root are reported and not followed, odd names survive into ids unchanged.
 */
let tree: Tree;
let outside: string;
beforeEach(() => {
  tree = new Tree();
  outside = mkdtempSync(path.join(tmpdir(), 'hostile-outside-'));
  writeFileSync(path.join(outside, 'secret.json'), passingTemplate);
});
afterEach(() => {
  tree.remove();
  rmSync(outside, { recursive: true, force: true });
});

const link = (target: string, at: string): void => {
  const file = path.join(tree.root, at);
  mkdirSync(path.dirname(file), { recursive: true });
  symlinkSync(target, file);
};

interface Expect {
  roles: string[];
  errors?: string[];
  warnings?: string[];
}
type Row = [name: string, build: () => void, expected: Expect, paths?: string[]];

const oddNames = [
  'a b.json',
  'a,b.json',
  'a:b.json',
  'new\nline.json',
  'ünïcödé-日本.json',
  '%25 and ::.json',
];

const rows: Row[] = [
  ['a link to its own folder', () => link('.', 'loop/self'), { roles: ['good.json#WorkerRole'] }],
  ['a link to the parent folder', () => link('..', 'loop/up'), { roles: ['good.json#WorkerRole'] }],
  [
    'two links pointing at each other',
    () => (link('b', 'a'), link('a', 'b')),
    { roles: ['good.json#WorkerRole'] },
  ],
  [
    'a link to a folder outside the root',
    () => link(outside, 'out'),
    { roles: ['good.json#WorkerRole'], warnings: ['out: link leaves the scanned folder; not followed'] },
  ],
  [
    'a link to a file outside the root',
    () => link(path.join(outside, 'secret.json'), 'stolen.json'),
    {
      roles: ['good.json#WorkerRole'],
      warnings: ['stolen.json: link leaves the scanned folder; not followed'],
    },
  ],
  [
    'a relative link climbing out of the root',
    () => link(path.relative(path.join(tree.root, 'sub'), path.join(outside, 'secret.json')), 'sub/x.json'),
    {
      roles: ['good.json#WorkerRole'],
      warnings: ['sub/x.json: link leaves the scanned folder; not followed'],
    },
  ],
  [
    'a link to /etc/passwd named .json',
    () => link('/etc/passwd', 'passwd.json'),
    {
      roles: ['good.json#WorkerRole'],
      warnings: ['passwd.json: link leaves the scanned folder; not followed'],
    },
  ],
  [
    'a link inside the root to the template',
    () => link('good.json', 'alias.json'),
    { roles: ['alias.json#WorkerRole'] },
  ],
  ['a dangling link', () => link('nowhere.json', 'dangling.json'), { roles: ['good.json#WorkerRole'] }],
  [
    'a FIFO named like a template (reading it would block)',
    () => {
      const fifo = spawnSync('mkfifo', [path.join(tree.root, 'pipe.yaml')]);
      if (fifo.status !== 0) throw new Error('mkfifo failed');
    },
    { roles: ['good.json#WorkerRole'] },
  ],
  [
    'a folder named like a template',
    () => tree.put('dir.yaml/inner.json', passingTemplate),
    { roles: ['dir.yaml/inner.json#WorkerRole', 'good.json#WorkerRole'] },
  ],
  [
    'templates under node_modules, .git and .terraform',
    () => ['node_modules', '.git', '.terraform'].forEach((d) => tree.put(`${d}/t.json`, passingTemplate)),
    { roles: ['good.json#WorkerRole'] },
  ],
  [
    'templates under cdk.out',
    () => tree.put('cdk.out/Stack.template.json', passingTemplate),
    { roles: ['cdk.out/Stack.template.json#WorkerRole', 'good.json#WorkerRole'] },
  ],
  [
    'odd file names: spaces, commas, colons, newlines, non-ASCII, %',
    () => oddNames.forEach((n) => tree.put(n, passingTemplate)),
    { roles: [...oddNames.map((n) => `${n}#WorkerRole`), 'good.json#WorkerRole'].sort() },
  ],
  [
    'case-only duplicate names',
    () => tree.put('GOOD.json', passingTemplate),
    { roles: ['GOOD.json#WorkerRole', 'good.json#WorkerRole'] },
  ],
  [
    'a path given with ..',
    () => tree.put('sub/x.txt', 'not a template'),
    { roles: ['good.json#WorkerRole'] },
    ['sub/../good.json'],
  ],
  [
    'the root given as sub/..',
    () => tree.put('sub/x.txt', ''),
    { roles: ['good.json#WorkerRole'] },
    ['sub/..'],
  ],
  [
    'the same file given twice',
    () => undefined,
    { roles: ['good.json#WorkerRole'] },
    ['good.json', './good.json', '.'],
  ],
  [
    'a file named explicitly is read whatever its name',
    () => tree.put('stack.cfn', passingTemplate),
    { roles: ['stack.cfn#WorkerRole'] },
    ['stack.cfn'],
  ],
];

describe('the filesystem (issue 8 item 3)', () => {
  let advice: Set<string>;
  beforeAll(async () => {
    advice = await adviceCodes();
  });
  it.each(rows)('%s', async (_name, build, expected, paths) => {
    tree.put('good.json', passingTemplate);
    build();
    const report = await tree.scan({}, { paths: paths ?? [] });
    expect(report.roles.map((r) => r.id)).toEqual(expected.roles);
    expect(report.roles.every((r) => r.verdict === 'pass')).toBe(true);
    expect(report.errors.map((e) => `${e.file}: ${e.message}`)).toEqual(expected.errors ?? []);
    expect(report.warnings.filter((w) => !advice.has(w.code)).map((w) => w.message)).toEqual(
      expected.warnings ?? [],
    );
  });

  it('a path outside the root keeps ../ in its ids (CLI: the root is the working directory)', async () => {
    const report = await tree.scan({}, { paths: [path.join(outside, 'secret.json')] });
    const rel = path.relative(tree.root, path.join(outside, 'secret.json'));
    expect(rel.startsWith('../')).toBe(true);
    expect(report.roles.map((r) => r.id)).toEqual([`${rel}#WorkerRole`]);
  });

  it('a path that does not exist is an InputError (exit 2)', async () => {
    await expect(tree.scan({}, { paths: ['missing/../nothing.json'] })).rejects.toThrow(/path not found/);
  });
});

/**
 * Unreadable files and folders. chmod does not stop root, and these machines run the tests as
 * root: the scan then runs in a child process that drops to the `nobody` user (uid 65534) before
 * it starts. On a non-root runner the child runs as the same user and chmod works as is.
 */
describe('unreadable files and folders (issue 8 item 3)', () => {
  const repo = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
  const cli = path.join(repo, 'dist', 'cli.js');
  const asRoot = process.getuid?.() === 0;

  it('reports an unreadable template and an unreadable folder, and checks the rest', () => {
    tree.put('good.json', passingTemplate);
    const locked = tree.put('locked.json', passingTemplate);
    tree.put('closed/inner.json', passingTemplate);
    // Issue 13: the worker role is named in the config (nothing in its name says Veeam).
    chmodSync(tree.put('gate.yml', 'roles: ["*worker*"]\n'), 0o644);
    chmodSync(tree.root, 0o755);
    chmodSync(path.join(tree.root, 'good.json'), 0o644);
    chmodSync(locked, 0o000);
    chmodSync(path.join(tree.root, 'closed'), 0o000);
    const drop = asRoot ? 'process.setgid(65534); process.setuid(65534);' : '';
    const script = `${drop} process.argv = [process.argv[0], ${JSON.stringify(cli)}, '--format', 'json', '--config', 'gate.yml', '--appliance-principal', 'arn:aws:iam::111122223333:role/VeeamImpersonation']; await import(${JSON.stringify(cli)});`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: tree.root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    chmodSync(locked, 0o644);
    chmodSync(path.join(tree.root, 'closed'), 0o755);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as {
      roles: { id: string; verdict: string }[];
      errors: { file: string; message: string }[];
      warnings?: { code: string; message: string }[];
    };
    expect(report.warnings).toContainEqual({
      code: 'unreadable-folder',
      message: 'closed: permission denied',
    });
    expect(report.roles.map((r) => [r.id, r.verdict])).toEqual([['good.json#WorkerRole', 'pass']]);
    expect(report.errors).toEqual([{ file: 'locked.json', message: 'could not read: permission denied' }]);
    expect(result.status).toBe(1);
  });
});

/**
 * Odd file names reach GitHub through workflow commands and SARIF: each annotation must stay one
 * command line with its file property intact, and each SARIF URI must decode back to the name.
 */
describe('odd file names in annotations and SARIF (issue 8 item 3)', () => {
  const names = [...oddNames, 'x::error file=evil.yaml::forged.json', 'dir with space/ä,b:c.json'];

  it.each(names)('%j', async (name) => {
    const failing = JSON.parse(passingTemplate) as {
      Resources: { WorkerRole: { Properties: Record<string, unknown> } };
    };
    failing.Resources.WorkerRole.Properties.Policies = [];
    tree.put(name, JSON.stringify(failing, null, 2));
    const report = await tree.scan();
    expect(report.roles.map((r) => [r.id, r.verdict])).toEqual([[`${name}#WorkerRole`, 'fail']]);

    const commands = annotationsOf(report).map(workflowCommand);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      expect(command).not.toMatch(/[\r\n]/);
      const match = /^::(error|warning|notice) (.*?)::(.*)$/.exec(command);
      const properties = Object.fromEntries(
        match![2]!.split(',').map((p) => {
          // The runner splits each property at its first '=' (as @actions/core, '=' is not escaped).
          const at = p.indexOf('=');
          return [p.slice(0, at), decodeURIComponent(p.slice(at + 1))];
        }),
      );
      expect(properties.file).toBe(name);
    }

    const sarif = renderSarif(report);
    expect(sarifValidator()(sarif)).toBe(true);
    const uris = sarif.runs[0]!.results!.map(
      (r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!,
    );
    for (const uri of uris) {
      expect(uri).not.toMatch(/[\s,:]/);
      expect(uri.split('/').map(decodeURIComponent).join('/')).toBe(name);
    }
  });
});
