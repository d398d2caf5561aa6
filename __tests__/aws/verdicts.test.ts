import type { IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLiveRoles } from '../../src/aws/live-roles.js';
import { evaluateRole } from '../../src/evaluate.js';
import type { Verdict } from '../../src/model/verdict.js';
import type { RoleReport } from '../../src/model/report.js';
import type { Role } from '../../src/model/role.js';
import { selectRoles } from '../../src/requirements/selection.js';
import { motoInstalled, startFaultProxy, startMoto, type FaultProxy, type Moto } from './moto.js';
import { APPLIANCE, motoClient, seedAccount } from './seed.js';

/** Live roles through the same engine as templates: selection, then evaluateRole. */
// Named explicitly, as live mode names its roles: since issue 13 a name with "worker" alone is not
// enough for the default selection (these roles' names do not mention Veeam).
const named = [{ match: '*', kinds: [] }];

function evaluateOnly(roles: Role[]): RoleReport {
  const [entry] = [...selectRoles(roles, named)];
  if (!entry) throw new Error('no role selected');
  return evaluateRole(entry[0], entry[1], { veeamVersion: '10', appliancePrincipals: [APPLIANCE] });
}

async function verdicts(
  client: IAMClient,
  names: string[],
): Promise<Record<string, Record<string, Verdict | string>>> {
  const { roles } = await loadLiveRoles(client, names);
  const out: Record<string, Record<string, Verdict | string>> = {};
  for (const [role, selection] of selectRoles(roles, named)) {
    const report = evaluateRole(role, selection, { veeamVersion: '10', appliancePrincipals: [APPLIANCE] });
    out[report.name!] = {
      verdict: report.verdict,
      ...Object.fromEntries(report.checks.map((c) => [c.check, c.verdict])),
    };
  }
  return out;
}

describe.skipIf(!motoInstalled)('live roles get the same verdicts as templates', () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let client: IAMClient;

  beforeAll(async () => {
    moto = await startMoto();
    client = motoClient(moto.endpoint);
    await seedAccount(client);
    proxy = await startFaultProxy(moto.endpoint);
  });
  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  it.each([
    [
      'veeam-worker',
      {
        verdict: 'pass',
        'trust-ec2': 'pass',
        'trust-appliance': 'pass',
        'instance-profile': 'pass',
        permissions: 'pass',
      },
    ],
    [
      'bare-worker',
      {
        verdict: 'fail',
        'trust-ec2': 'pass',
        'trust-appliance': 'pass',
        'instance-profile': 'fail',
        permissions: 'fail',
      },
    ],
    // Selected by its veeam:role tag; its boundary (ec2:* only) takes every required action away.
    [
      'backup-helper',
      {
        verdict: 'fail',
        'trust-ec2': 'pass',
        'trust-appliance': 'pass',
        'instance-profile': 'fail',
        permissions: 'fail',
      },
    ],
  ])('%s', async (name, expected) => {
    expect((await verdicts(client, [name]))[name]).toEqual(expected);
  });

  it('bare-worker: the permissions finding lists every required action as missing', async () => {
    const { roles } = await loadLiveRoles(client, ['bare-worker']);
    const report = evaluateOnly(roles);
    expect(report.checks.find((c) => c.check === 'permissions')!.missingActions).toHaveLength(33);
  });

  it.each([
    ['ListInstanceProfilesForRole', 'instance-profile', /iam:ListInstanceProfilesForRole denied/],
    ['ListRolePolicies', 'permissions', /iam:ListRolePolicies denied/],
    ['GetRole', 'trust-ec2', /iam:GetRole denied/],
  ])('AccessDenied on %s makes %s unknown, naming the permission', async (action, check, reason) => {
    proxy.deny.clear();
    proxy.deny.add(action);
    const { roles } = await loadLiveRoles(motoClient(proxy.endpoint), ['bare-worker']);
    proxy.deny.clear();
    const report = evaluateOnly(roles);
    const result = report.checks.find((c) => c.check === check)!;
    expect(result.verdict).toBe('unknown');
    expect(result.message).toMatch(reason);
  });
});
