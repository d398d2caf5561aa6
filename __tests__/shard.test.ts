import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/model/errors.js';
import { defaultOptions, type GateOptions } from '../src/model/options.js';
import type { Report } from '../src/model/report.js';
import { scan } from '../src/scan.js';
import { inShard, parseShard } from '../src/shard.js';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('%j → %j', (text, expected) => expect(parseShard(text)).toEqual(expected));

  it.each(['0/3', '4/3', '1/0', '1', '1/2/3', 'a/b', '-1/2', '1.5/2', ''])('rejects %j', (text) => {
    expect(() => parseShard(text)).toThrow(InputError);
    expect(() => parseShard(text)).toThrow(/--shard .*expected N\/M/);
  });
});

describe('inShard', () => {
  it('puts every path in exactly one of M shards', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 12 }), (file, count) => {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) =>
          inShard(file, { index, count }),
        );
        expect(owners).toHaveLength(1);
      }),
    );
  });

  it('spreads many files over the shards', () => {
    const files = Array.from({ length: 4000 }, (_, i) => `team-${i % 20}/service-${i}/stack.yaml`);
    for (let index = 1; index <= 4; index++) {
      const mine = files.filter((f) => inShard(f, { index, count: 4 })).length;
      expect(mine).toBeGreaterThan(800);
      expect(mine).toBeLessThan(1200);
    }
  });
});

// The real fixtures (CloudFormation, plans, IAM JSON, broken files): M sharded scans together give
// exactly the unsharded report — same roles, errors, counts — each file checked by one shard.
describe('scan with --shard', () => {
  const root = path.join(import.meta.dirname, 'fixtures');
  const options: GateOptions = { ...defaultOptions, roles: [{ match: '*', kinds: ['production-worker'] }] };
  const run = (shard?: { index: number; count: number }): Promise<Report> =>
    scan({ root, paths: ['cfn', 'tfplan', 'corpus'], options, ...(shard && { shard }) });

  it.each([1, 2, 3])('%i shard(s) together equal the whole scan', async (count) => {
    const whole = await run();
    const parts = await Promise.all(Array.from({ length: count }, (_, i) => run({ index: i + 1, count })));
    const ids = parts.flatMap((p) => p.roles.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(parts.flatMap((p) => p.roles).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))).toEqual(
      whole.roles,
    );
    const key = (e: object): string => JSON.stringify(e);
    expect(
      parts
        .flatMap((p) => p.errors)
        .map(key)
        .sort(),
    ).toEqual(whole.errors.map(key).sort());
    for (const field of ['files', 'iamRoles', 'workerRoles', 'pass', 'fail', 'unknown', 'errors'] as const)
      expect(parts.reduce((n, p) => n + p.summary[field], 0)).toBe(whole.summary[field]);
    expect(whole.roles.length).toBeGreaterThan(20);
    if (count > 1) expect(parts.every((p) => p.roles.length < whole.roles.length)).toBe(true);
  });

  it('a roles entry missing from a shard is a warning there, an error only unsharded', async () => {
    const missing: GateOptions = {
      ...options,
      roles: [{ match: 'NoSuchRole', kinds: ['production-worker'] }],
    };
    const whole = await scan({ root, paths: ['cfn'], options: missing });
    expect(whole.errors.some((e) => /NoSuchRole/.test(e.message))).toBe(true);
    const part = await scan({ root, paths: ['cfn'], options: missing, shard: { index: 1, count: 2 } });
    expect(part.errors.some((e) => /NoSuchRole/.test(e.message))).toBe(false);
    expect(part.warnings.filter((w) => w.code === 'role-not-in-shard')).toHaveLength(1);
  });
});
