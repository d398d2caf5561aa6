// Live mode under faults (issue 17): the IAM client as the action builds it (createIamClient, adaptive
// retry, bounded attempts) through a loopback proxy in front of moto that throttles and fails calls the
// way IAM does. Every role is still read, within a time budget; AccessDenied is never retried.
import type { IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIamClient, iamMaxAttempts } from '../../src/aws/client.js';
import { ALL_WORKERS, loadLiveRoles, type LiveResult } from '../../src/aws/live-roles.js';
import { motoInstalled, startFaultProxy, startMoto, type FaultProxy, type Moto } from './moto.js';
import { motoClient, seedAccount } from './seed.js';

describe.skipIf(!motoInstalled)('live mode through a throttling, failing IAM', () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let reference: LiveResult;
  /** How many calls of each action a fault-free run of all-workers makes through the proxy. */
  let healthyCalls: Record<string, number>;

  /** The client the action and the CLI build, pointed at the proxy through the environment. */
  const actionClient = (maxAttempts?: number): IAMClient =>
    createIamClient(maxAttempts ? { maxAttempts } : {});

  async function timed(roles: string[], client = actionClient()) {
    proxy.seen.length = 0;
    const started = Date.now();
    const result = await loadLiveRoles(client, roles);
    const calls: Record<string, number> = {};
    for (const action of proxy.seen) calls[action] = (calls[action] ?? 0) + 1;
    return { result, calls, seconds: (Date.now() - started) / 1000 };
  }

  beforeAll(async () => {
    moto = await startMoto();
    const direct = motoClient(moto.endpoint);
    await seedAccount(direct);
    reference = await loadLiveRoles(direct, [ALL_WORKERS]);
    proxy = await startFaultProxy(moto.endpoint);
    // The SDK reads credentials and the endpoint when it first sends: stubbed for the whole file.
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'testing');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'testing');
    vi.stubEnv('AWS_ENDPOINT_URL_IAM', proxy.endpoint);
    healthyCalls = (await timed([ALL_WORKERS])).calls;
  }, 120_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await proxy?.close();
    await moto?.stop();
  });

  it('the healthy account: every worker role read, ListRoles in two pages', () => {
    expect(reference.errors).toEqual([]);
    // Issue 13: 'bare-worker' is named "worker" but nothing ties it to Veeam, so all-workers skips it.
    expect(reference.roles.map((r) => r.name)).toEqual(['backup-helper', 'veeam-worker']);
    expect(healthyCalls.ListRoles).toBe(2); // 109 roles: a later page exists to be throttled
  });

  it.each<[string, (p: FaultProxy) => void, string, number]>([
    [
      'the first four calls: Throttling, 500, Throttling, 500',
      (p) => p.next.push('throttling', 'server-error', 'throttling', 'server-error'),
      'ListRoles',
      4,
    ],
    [
      'the second ListRoles page, throttled twice',
      (p) => p.throttleLaterPages.set('ListRoles', 2),
      'ListRoles',
      2,
    ],
    [
      'ListAttachedRolePolicies, throttled three times',
      (p) => p.throttle.set('ListAttachedRolePolicies', 3),
      'ListAttachedRolePolicies',
      3,
    ],
    ['ListRoleTags, throttled twice', (p) => p.throttle.set('ListRoleTags', 2), 'ListRoleTags', 2],
    [
      'GetPolicyVersion, throttled twice',
      (p) => p.throttle.set('GetPolicyVersion', 2),
      'GetPolicyVersion',
      2,
    ],
  ])(
    '%s: every role still read, as without faults',
    async (_name, inject, action, faults) => {
      inject(proxy);
      const { result, calls, seconds } = await timed([ALL_WORKERS]);
      expect(result).toEqual(reference);
      // Each fault cost one more call of that action, no more: a throttled page is retried alone.
      expect(calls[action]).toBe(healthyCalls[action]! + faults);
      expect(seconds).toBeLessThan(30);
    },
    60_000,
  );

  it('AccessDenied is not retried: one call, and what it would show stays unknown', async () => {
    proxy.deny.add('ListAttachedRolePolicies');
    try {
      const { result, calls } = await timed(['veeam-worker']);
      expect(calls.ListAttachedRolePolicies).toBe(1);
      expect(result.roles[0]!.variants[0]!.openQuestions.map((q) => q.reason)).toEqual([
        'iam:ListAttachedRolePolicies denied: managed policies unknown',
      ]);
    } finally {
      proxy.deny.clear();
    }
  });

  it(`throttling that never ends: bounded attempts (${iamMaxAttempts} by default), then an error, never a pass`, async () => {
    proxy.throttle.set('GetRole', 1000);
    try {
      // Three attempts keep the test short; the default bound is the same setting.
      const { result, calls, seconds } = await timed(['bare-worker'], actionClient(3));
      expect(calls.GetRole).toBe(3);
      expect(result.roles).toEqual([]);
      expect(result.errors).toEqual([
        { file: 'aws', message: 'GetRole bare-worker failed: Throttling: Rate exceeded' },
      ]);
      expect(seconds).toBeLessThan(10);
    } finally {
      proxy.throttle.clear();
    }
  }, 30_000);
});
