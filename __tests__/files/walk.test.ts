import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walk } from '../../src/files/walk.js';
import { InputError } from '../../src/model/errors.js';

let root: string;
let outside: string;

function put(relative: string, content = 'Resources: {}\n'): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'walk-'));
  outside = mkdtempSync(path.join(tmpdir(), 'walk-outside-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const paths = async (given: string[] = ['.'], exclude: string[] = []): Promise<string[]> =>
  (await walk(root, given, { exclude })).files.filter((f) => f.candidate).map((f) => f.path);

describe('walk', () => {
  it('lists candidate files in sorted order and skips other extensions', async () => {
    for (const f of ['b.yaml', 'a.json', 'Z.yml', 'c/stack.template', 'readme.md', 'src/app.ts', 'x.YAML'])
      put(f);
    expect(await paths()).toEqual(['Z.yml', 'a.json', 'b.yaml', 'c/stack.template', 'x.YAML']);
  });

  it('never walks .git, node_modules or .terraform, but walks cdk.out', async () => {
    for (const f of [
      '.git/config.json',
      'node_modules/x/package.json',
      'a/node_modules/y.yaml',
      '.terraform/modules/modules.json',
      'cdk.out/Stack.template.json',
      'cdk.out/manifest.json',
    ])
      put(f);
    expect(await paths()).toEqual(['cdk.out/Stack.template.json', 'cdk.out/manifest.json']);
  });

  it('lists .tf files as companions, not candidates', async () => {
    put('main.tf', 'resource "aws_iam_role" "w" {}');
    put('plan.json', '{}');
    const { files } = await walk(root, ['.'], { exclude: [] });
    expect(files.map((f) => [f.path, f.candidate])).toEqual([
      ['main.tf', false],
      ['plan.json', true],
    ]);
  });

  it('applies exclude globs to files and folders', async () => {
    for (const f of ['legacy/a.yaml', 'legacy/b/c.yaml', 'keep/a.yaml', 'keep/a.bak.yaml']) put(f);
    expect(await paths(['.'], ['legacy/**', '*.bak.yaml'])).toEqual(['keep/a.yaml']);
  });

  it('ends on a symlink loop and lists each real file once', async () => {
    put('a/t.yaml');
    symlinkSync('..', path.join(root, 'a', 'up'));
    symlinkSync(path.join(root, 'a'), path.join(root, 'a', 'self'));
    symlinkSync(path.join(root, 'b'), path.join(root, 'c')); // b → c → b
    symlinkSync(path.join(root, 'c'), path.join(root, 'b'));
    expect(await paths()).toEqual(['a/t.yaml']);
  });

  it('does not follow links that leave the scan root, and says so', async () => {
    writeFileSync(path.join(outside, 'secret.json'), '{}');
    symlinkSync(outside, path.join(root, 'out'));
    symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'file.json'));
    put('in.yaml');
    const result = await walk(root, ['.'], { exclude: [] });
    expect(result.files.map((f) => f.path)).toEqual(['in.yaml']);
    expect(result.warnings.map((w) => w.code)).toEqual(['symlink-outside-root', 'symlink-outside-root']);
  });

  it('follows links that stay inside the root, keeping the first name', async () => {
    put('real/t.yaml');
    symlinkSync(path.join(root, 'real'), path.join(root, 'alias'));
    expect(await paths()).toEqual(['alias/t.yaml']);
  });

  it('ignores dangling links', async () => {
    symlinkSync(path.join(root, 'missing.yaml'), path.join(root, 'dangling.yaml'));
    put('t.yaml');
    expect(await paths()).toEqual(['t.yaml']);
  });

  it('reports candidate files over the size limit without reading them', async () => {
    put('big.json', 'x'.repeat(2000));
    put('small.json', '{}');
    put('big.tf', 'x'.repeat(2000));
    const result = await walk(root, ['.'], { exclude: [], maxFileBytes: 1000 });
    expect(result.files.map((f) => f.path)).toEqual(['small.json']);
    expect(result.errors).toEqual([
      { file: 'big.json', message: 'file is 2000 bytes, over the 1000-byte size limit: not read' },
    ]);
  });

  it('takes explicitly named files whatever their extension, and several paths at once', async () => {
    put('Stackfile', 'Resources: {}');
    put('dir/a.yaml');
    put('dir/b.yaml');
    expect(await paths(['Stackfile', 'dir', 'dir/a.yaml'])).toEqual([
      'Stackfile',
      'dir/a.yaml',
      'dir/b.yaml',
    ]);
  });

  it('gives paths relative to the root for absolute and nested paths, names with spaces included', async () => {
    put('my infra/stack, v2.yaml');
    expect(await paths([path.join(root, 'my infra')])).toEqual(['my infra/stack, v2.yaml']);
  });

  it('rejects a path that does not exist with an InputError', async () => {
    await expect(walk(root, ['nope'], { exclude: [] })).rejects.toThrow(InputError);
    await expect(walk(root, ['nope'], { exclude: [] })).rejects.toThrow('path not found: nope');
  });
});
