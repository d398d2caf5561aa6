import { IAMClient, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIamClient } from '../../src/aws/client.js';
import { ALL_WORKERS, loadLiveRoles } from '../../src/aws/live-roles.js';
import { callPermission } from '../../src/aws/permissions.js';
import { simulateActions } from '../../src/aws/simulate.js';
import { InputError } from '../../src/model/errors.js';
import type { Role } from '../../src/model/role.js';
import { motoInstalled, startFaultProxy, startMoto, type FaultProxy, type Moto } from './moto.js';
import { ACCOUNT, APPLIANCE, motoClient, seedAccount, SSM_CORE } from './seed.js';

const shape = (role: Role) => role.variants[0]!;
const trustPrincipals = (role: Role) =>
  shape(role).trustPolicy!.statements.flatMap((s) =>
    (s.principal ?? []).map((p) => `${p.type}:${String(p.value)}`),
  );
const actionsOf = (role: Role) =>
  shape(role).policies.map((p) => [
    p.kind,
    p.name,
    p.document?.statements.flatMap((s) => s.action ?? []).slice(0, 3),
  ]);

describe.skipIf(!motoInstalled)('loadLiveRoles against moto', () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let client: IAMClient;
  let faulty: IAMClient;

  beforeAll(async () => {
    moto = await startMoto();
    client = motoClient(moto.endpoint);
    await seedAccount(client);
    proxy = await startFaultProxy(moto.endpoint);
    faulty = motoClient(proxy.endpoint);
  });
  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  it('reads a role completely: trust, inline, AWS- and customer-managed (default version), profiles', async () => {
    const { roles, errors, warnings } = await loadLiveRoles(client, ['veeam-worker']);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const [role] = roles;
    expect(role).toMatchObject({
      id: `aws#arn:aws:iam::${ACCOUNT}:role/veeam/veeam-worker`,
      key: `arn:aws:iam::${ACCOUNT}:role/veeam/veeam-worker`,
      name: 'veeam-worker',
      source: 'aws',
      file: 'aws',
    });
    // moto URL-encodes the trust policy like AWS: decoded here.
    expect(trustPrincipals(role!)).toEqual(['Service:ec2.amazonaws.com', `AWS:${APPLIANCE}`]);
    expect(actionsOf(role!)).toEqual([
      [
        'inline',
        'worker-inline',
        ['iam:GetContextKeysForPrincipalPolicy', 'iam:GetRole', 'iam:ListInstanceProfilesForRole'],
      ],
      [
        'managed',
        SSM_CORE,
        ['ssm:DescribeAssociation', 'ssm:GetDeployablePatchSnapshotForInstance', 'ssm:GetDocument'],
      ],
      ['managed', `arn:aws:iam::${ACCOUNT}:policy/worker-extra`, ['ec2:CreateSnapshot']],
    ]);
    expect(shape(role!).instanceProfiles.map((p) => p.name)).toEqual(['veeam-worker-profile']);
    expect(shape(role!).complete).toEqual({ policies: true, instanceProfiles: true });
    expect(shape(role!).openQuestions).toEqual([]);
  });

  it('accepts ARNs, reads the boundary and tags, and reports a missing role as an error', async () => {
    const { roles, errors } = await loadLiveRoles(client, [
      `arn:aws:iam::${ACCOUNT}:role/backup-helper`,
      'backup-helper',
      'no-such-role',
    ]);
    expect(roles.map((r) => r.name)).toEqual(['backup-helper']);
    expect(roles[0]!.tags).toEqual({ 'veeam:role': 'production-worker' });
    expect(shape(roles[0]!).permissionsBoundary).toMatchObject({
      arn: `arn:aws:iam::${ACCOUNT}:policy/boundary`,
      document: { statements: [expect.objectContaining({ action: ['ec2:*'] })] },
    });
    expect(errors).toEqual([{ file: 'aws', message: "role 'no-such-role' does not exist in the account" }]);
  });

  it(`'${ALL_WORKERS}' pages through ListRoles and selects by name and by veeam:role tag`, async () => {
    proxy.seen.length = 0;
    const { roles } = await loadLiveRoles(faulty, [ALL_WORKERS]);
    // Issue 13: 'bare-worker' is named "worker" but nothing ties it to Veeam: not picked.
    expect(roles.map((r) => r.name)).toEqual(['backup-helper', 'veeam-worker']);
    expect(proxy.seen.filter((a) => a === 'ListRoles').length).toBeGreaterThan(1);
    // Every call live mode makes is one the README's least-privilege policy allows.
    expect([...new Set(proxy.seen)].filter((a) => !(a in callPermission))).toEqual([]);
    const bare = (await loadLiveRoles(faulty, ['bare-worker'])).roles[0]!;
    expect(shape(bare)).toMatchObject({
      policies: [],
      instanceProfiles: [],
      complete: { policies: true, instanceProfiles: true },
    });
  });

  it.each([
    ['ListRolePolicies', ['permissions'], 'iam:ListRolePolicies denied: inline policies unknown'],
    [
      'ListAttachedRolePolicies',
      ['permissions'],
      'iam:ListAttachedRolePolicies denied: managed policies unknown',
    ],
    [
      'ListInstanceProfilesForRole',
      ['instance-profile'],
      'iam:ListInstanceProfilesForRole denied: instance profiles unknown',
    ],
  ])('AccessDenied on %s → an open question naming the permission', async (action, checks, reason) => {
    proxy.deny.clear();
    proxy.deny.add(action);
    const { roles, errors } = await loadLiveRoles(faulty, ['veeam-worker']);
    proxy.deny.clear();
    expect(errors).toEqual([]);
    expect(shape(roles[0]!).openQuestions).toEqual([expect.objectContaining({ checks, reason })]);
    expect(trustPrincipals(roles[0]!)).toHaveLength(2);
  });

  it('AccessDenied on GetRolePolicy / GetPolicy → that policy unresolved; AWS-managed falls back to the snapshot', async () => {
    proxy.deny.clear();
    proxy.deny.add('GetRolePolicy');
    proxy.deny.add('GetPolicy');
    const { roles, warnings } = await loadLiveRoles(faulty, ['veeam-worker']);
    proxy.deny.clear();
    const [inline, ssm, extra] = shape(roles[0]!).policies;
    expect(inline!.unresolved?.reason).toBe('iam:GetRolePolicy denied: inline policy worker-inline unknown');
    expect(ssm).toMatchObject({ arn: SSM_CORE });
    expect(ssm!.document).toBeUndefined();
    expect(ssm!.unresolved).toBeUndefined();
    expect(extra!.unresolved?.reason).toMatch(
      /^iam:GetPolicy denied: managed policy .*worker-extra unknown$/,
    );
    expect(warnings).toEqual([
      {
        code: 'aws-access-denied',
        message: `iam:GetPolicy denied: managed policy ${SSM_CORE} unknown: using the bundled snapshot`,
      },
    ]);
  });

  it('AccessDenied on GetRole → every check unknown, never a crash', async () => {
    proxy.deny.clear();
    proxy.deny.add('GetRole');
    const { roles, errors } = await loadLiveRoles(faulty, ['veeam-worker']);
    proxy.deny.clear();
    expect(errors).toEqual([]);
    expect(roles[0]).toMatchObject({ id: 'aws#veeam-worker', source: 'aws' });
    expect(shape(roles[0]!).trustUnresolved?.reason).toMatch(/^iam:GetRole denied/);
    expect(shape(roles[0]!).openQuestions[0]!.checks).toEqual([
      'trust-ec2',
      'trust-appliance',
      'instance-profile',
      'permissions',
    ]);
  });

  it('throttling is retried by the SDK with backoff', async () => {
    proxy.seen.length = 0;
    proxy.throttle.set('GetRole', 2);
    const { roles, errors } = await loadLiveRoles(faulty, ['bare-worker']);
    expect(errors).toEqual([]);
    expect(roles.map((r) => r.name)).toEqual(['bare-worker']);
    expect(proxy.seen.filter((a) => a === 'GetRole')).toHaveLength(3);
  });

  it('no credentials → InputError (one line), whatever role is asked for', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    vi.stubEnv('AWS_PROFILE', '');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/credentials');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    vi.stubEnv('AWS_ENDPOINT_URL_IAM', moto.endpoint);
    try {
      const error = await loadLiveRoles(createIamClient(), ['veeam-worker']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).toMatch(/credentials/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('createIamClient honours AWS_ENDPOINT_URL_IAM with credentials from the environment', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'testing');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'testing');
    vi.stubEnv('AWS_ENDPOINT_URL_IAM', moto.endpoint);
    try {
      const { roles } = await loadLiveRoles(createIamClient({ region: 'eu-west-1' }), ['bare-worker']);
      expect(roles.map((r) => r.name)).toEqual(['bare-worker']);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('simulateActions: SimulatePrincipalPolicy (stubbed at the client edge: moto lacks it)', async () => {
    const stubbed = motoClient(moto.endpoint);
    const asked: unknown[] = [];
    stubbed.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'SimulatePrincipalPolicyCommand') return next(args);
        const input = args.input as { ActionNames: string[] };
        asked.push(args.input);
        return {
          response: {},
          output: {
            $metadata: {},
            IsTruncated: false,
            EvaluationResults: input.ActionNames.map((a) => ({
              EvalActionName: a,
              EvalDecision: a.startsWith('ec2:') ? 'allowed' : 'implicitDeny',
            })),
          },
        } as never;
      },
      { step: 'initialize', name: 'simulateStub' },
    );
    const decisions = await simulateActions(stubbed, 'arn:aws:iam::123456789012:role/x', [
      'ec2:CreateSnapshot',
      'ssm:PutInventory',
    ]);
    expect(decisions).toEqual(
      new Map([
        ['ec2:createsnapshot', 'allowed'],
        ['ssm:putinventory', 'implicitDeny'],
      ]),
    );
    expect(asked).toEqual([
      expect.objectContaining({ ResourceArns: ['*'], PolicySourceArn: 'arn:aws:iam::123456789012:role/x' }),
    ]);
    expect(SimulatePrincipalPolicyCommand).toBeDefined();
  });

  it('simulateActions against moto itself (no SimulatePrincipalPolicy) → a warning, not a crash', async () => {
    const result = await simulateActions(client, 'arn:aws:iam::123456789012:role/x', ['ec2:CreateSnapshot']);
    expect(result).toMatchObject({ code: 'simulate-failed' });
  });
});
