import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  IAMClient,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';

export const ACCOUNT = '123456789012'; // moto's default account
export const APPLIANCE = `arn:aws:iam::${ACCOUNT}:role/VeeamImpersonation`;
export const SSM_CORE = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';

export function motoClient(endpoint: string): IAMClient {
  return new IAMClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    maxAttempts: 4,
  });
}

const doc = (statements: object[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
export const workerTrust = doc([
  { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  { Effect: 'Allow', Principal: { AWS: APPLIANCE }, Action: 'sts:AssumeRole' },
]);

/**
 * The account the live tests read: a complete worker role, a role selected only by its veeam:role
 * tag, a bare worker role, an unrelated role, and enough filler roles to need a second ListRoles page.
 */
export async function seedAccount(client: IAMClient): Promise<void> {
  const send = client.send.bind(client) as (c: unknown) => Promise<unknown>;
  await send(
    new CreateRoleCommand({
      RoleName: 'veeam-worker',
      AssumeRolePolicyDocument: workerTrust,
      Path: '/veeam/',
    }),
  );
  await send(
    new PutRolePolicyCommand({
      RoleName: 'veeam-worker',
      PolicyName: 'worker-inline',
      PolicyDocument: doc([
        {
          Effect: 'Allow',
          Action: [
            'iam:GetContextKeysForPrincipalPolicy',
            'iam:GetRole',
            'iam:ListInstanceProfilesForRole',
            'iam:SimulatePrincipalPolicy',
            'sqs:*',
          ],
          Resource: '*',
        },
      ]),
    }),
  );
  await send(new AttachRolePolicyCommand({ RoleName: 'veeam-worker', PolicyArn: SSM_CORE }));
  const extra = (await send(
    new CreatePolicyCommand({
      PolicyName: 'worker-extra',
      PolicyDocument: doc([{ Effect: 'Allow', Action: 'old:Action', Resource: '*' }]),
    }),
  )) as { Policy: { Arn: string } };
  await send(
    new CreatePolicyVersionCommand({
      PolicyArn: extra.Policy.Arn,
      PolicyDocument: doc([{ Effect: 'Allow', Action: 'ec2:CreateSnapshot', Resource: '*' }]),
      SetAsDefault: true,
    }),
  );
  await send(new AttachRolePolicyCommand({ RoleName: 'veeam-worker', PolicyArn: extra.Policy.Arn }));
  await send(new CreateInstanceProfileCommand({ InstanceProfileName: 'veeam-worker-profile' }));
  await send(
    new AddRoleToInstanceProfileCommand({
      InstanceProfileName: 'veeam-worker-profile',
      RoleName: 'veeam-worker',
    }),
  );

  const boundary = (await send(
    new CreatePolicyCommand({
      PolicyName: 'boundary',
      PolicyDocument: doc([{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }]),
    }),
  )) as { Policy: { Arn: string } };
  await send(
    new CreateRoleCommand({
      RoleName: 'backup-helper',
      AssumeRolePolicyDocument: workerTrust,
      PermissionsBoundary: boundary.Policy.Arn,
      Tags: [{ Key: 'veeam:role', Value: 'production-worker' }],
    }),
  );
  await send(new CreateRoleCommand({ RoleName: 'bare-worker', AssumeRolePolicyDocument: workerTrust }));
  await send(new CreateRoleCommand({ RoleName: 'unrelated', AssumeRolePolicyDocument: workerTrust }));
  for (let i = 0; i < 105; i++)
    await send(
      new CreateRoleCommand({
        RoleName: `filler-${String(i).padStart(3, '0')}`,
        AssumeRolePolicyDocument: workerTrust,
      }),
    );
}
