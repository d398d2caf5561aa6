import { describe, expect, it } from 'vitest';
import { isExcluded, pathGlob } from '../src/glob.js';

describe('pathGlob / isExcluded', () => {
  it.each([
    ['legacy/**', 'legacy/a.yaml', true],
    ['legacy/**', 'legacy/deep/b/c.json', true],
    ['legacy/**', 'src/legacy/a.yaml', false],
    ['legacy', 'src/legacy/a.yaml', true],
    ['legacy/', 'legacy/a.yaml', true],
    ['./legacy/*.yaml', 'legacy/a.yaml', true],
    ['/legacy/*.yaml', 'legacy/sub/a.yaml', false],
    ['*.bak.json', 'x/y/z.bak.json', true],
    ['**/test/**', 'a/test/b.yaml', true],
    ['**/test/**', 'test/b.yaml', true],
    ['infra/*.yaml', 'infra/x/a.yaml', false],
    ['infra/**/*.yaml', 'infra/a.yaml', true],
    ['infra/**/*.yaml', 'infra/x/y/a.yaml', true],
    ['stack-?.yaml', 'stack-1.yaml', true],
    ['stack-?.yaml', 'stack-10.yaml', false],
    ['stack-[ab].yaml', 'stack-b.yaml', true],
    ['stack-[!ab].yaml', 'stack-b.yaml', false],
    ['*.{yml,yaml}', 'a/b.yml', true],
    ['*.{yml,yaml}', 'a/b.json', false],
    ['a+b (1).yaml', 'a+b (1).yaml', true],
    ['cdk.out/**', 'cdk.out/Stack.template.json', true],
    ['cdk.out/**', 'cdkXout/Stack.template.json', false],
  ])('%s excludes %s: %s', (pattern, path, expected) => {
    expect(isExcluded(path, [pathGlob(pattern)])).toBe(expected);
  });

  it('excludes nothing without patterns', () => {
    expect(isExcluded('a/b.yaml', [])).toBe(false);
  });
});
