import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloudFormationParser } from '../../../src/parsers/cloudformation/index.js';
import { fixtures, parseFixture } from './parse.js';
import { summarize, type RoleSummary } from './summary.js';

/**
 * Every AWS::IAM::Role of every corpus template (fixtures/cfn, origin in ORIGIN.md), with its links
 * in the first variant. Checked by hand against the templates; `?…` marks an unresolved value.
 */
const expected: [string, RoleSummary[]][] = [
  [
    'awscft-adconnector.json',
    [
      {
        key: 'ADConnectorLambdaRole',
        name: 'CR-ADConnector-LambdaRole',
        line: 521,
        variants: 2,
        inline: ['CloudWatchLogGroup', 'ADConnector', 'ADConnectorServiceAccountSecret', 'KMSKeyForSecret'],
        managed: [],
        profiles: [],
      },
      {
        key: 'ADConnectorLinuxEC2DomainJoinRole',
        name: "?parameter 'DomainNetBiosName' has",
        line: 705,
        variants: 2,
        inline: ['SSMAgent', 'ADConnectorLinuxEC2SeamlessDomainJoinSecret', 'KMSKeyForSecret'],
        managed: [
          'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore',
          'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMDirectoryServiceAccess',
        ],
        profiles: ['ADConnectorLinuxEC2DomainJoinInstanceProfile'],
      },
      {
        key: 'ADConnectorWindowsEC2DomainJoinRole',
        name: "?parameter 'DomainNetBiosName' has",
        line: 981,
        variants: 1,
        inline: ['SSMAgent'],
        managed: [
          'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore',
          'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMDirectoryServiceAccess',
        ],
        profiles: ['ADConnectorWindowsEC2DomainJoinInstanceProfile'],
      },
    ],
  ],
  [
    'awscft-adconnector.yaml',
    [
      {
        key: 'ADConnectorLambdaRole',
        name: 'CR-ADConnector-LambdaRole',
        line: 364,
        variants: 2,
        inline: ['CloudWatchLogGroup', 'ADConnector', 'ADConnectorServiceAccountSecret', 'KMSKeyForSecret'],
        managed: [],
        profiles: [],
      },
      {
        key: 'ADConnectorLinuxEC2DomainJoinRole',
        name: "?parameter 'DomainNetBiosName' has",
        line: 469,
        variants: 2,
        inline: ['SSMAgent', 'ADConnectorLinuxEC2SeamlessDomainJoinSecret', 'KMSKeyForSecret'],
        managed: [
          'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore',
          'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMDirectoryServiceAccess',
        ],
        profiles: ['ADConnectorLinuxEC2DomainJoinInstanceProfile'],
      },
      {
        key: 'ADConnectorWindowsEC2DomainJoinRole',
        name: "?parameter 'DomainNetBiosName' has",
        line: 598,
        variants: 1,
        inline: ['SSMAgent'],
        managed: [
          'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore',
          'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMDirectoryServiceAccess',
        ],
        profiles: ['ADConnectorWindowsEC2DomainJoinInstanceProfile'],
      },
    ],
  ],
  [
    'awscft-asg-rolling.json',
    [
      {
        key: 'DescribeHealthRole',
        line: 533,
        variants: 1,
        inline: ['describe-instance-health-policy'],
        managed: [],
        profiles: ['WebServerInstanceProfile'],
      },
    ],
  ],
  [
    'awscft-ecs-private-vpc.yaml',
    [
      {
        key: 'AutoscalingRole',
        line: 367,
        variants: 1,
        inline: ['service-autoscaling'],
        managed: [],
        profiles: [],
      },
      {
        key: 'EC2Role',
        line: 402,
        variants: 1,
        inline: ['ecs-service'],
        managed: [],
        profiles: ['EC2InstanceProfile'],
      },
      { key: 'ECSRole', line: 573, variants: 1, inline: ['ecs-service'], managed: [], profiles: [] },
    ],
  ],
  [
    'awscft-ecs-schedule.json',
    [
      { key: 'ECSEventRole', line: 476, variants: 1, inline: ['ecs-service'], managed: [], profiles: [] },
      { key: 'ECSServiceRole', line: 513, variants: 1, inline: ['ecs-service'], managed: [], profiles: [] },
      {
        key: 'EC2Role',
        line: 637,
        variants: 1,
        inline: ['ecs-service'],
        managed: [],
        profiles: ['EC2InstanceProfile'],
      },
      {
        key: 'AutoscalingRole',
        line: 682,
        variants: 1,
        inline: ['service-autoscaling'],
        managed: [],
        profiles: [],
      },
    ],
  ],
  [
    'awscft-emr-ganglia.yaml',
    [
      {
        key: 'EMRClusterServiceRole',
        line: 115,
        variants: 1,
        inline: [],
        managed: ['arn:aws:iam::aws:policy/service-role/AmazonElasticMapReduceRole'],
        profiles: [],
      },
      {
        key: 'EMRClusterinstanceProfileRole',
        line: 131,
        variants: 1,
        inline: [],
        managed: ['arn:aws:iam::aws:policy/service-role/AmazonElasticMapReduceforEC2Role'],
        profiles: ['EMRClusterinstanceProfile'],
      },
    ],
  ],
  [
    'awscft-endpoint-creationpolicy.yaml',
    [
      {
        key: 'RootRole',
        line: 197,
        variants: 1,
        inline: ['root'],
        managed: [],
        profiles: ['BastionProfile', 'PrivateProfile'],
      },
    ],
  ],
  [
    'awscft-gitlab-pkg.yaml',
    [
      {
        key: 'InstanceRole',
        line: 68,
        variants: 1,
        inline: ['InstanceRolePolicy'],
        managed: [],
        profiles: ['InstanceProfile'],
      },
    ],
  ],
  [
    'awscft-macro-executionrolebuilder.yaml',
    [
      {
        key: 'ExecutionRoleBuilderMacroTestRole',
        line: 11,
        variants: 1,
        inline: [],
        managed: [],
        boundary: "?parameter 'PermissionBoundaryArn' has",
        profiles: [],
      },
    ],
  ],
  [
    'awscft-neptune.yaml',
    [
      {
        key: 'NeptuneRole',
        name: 'dev-appname-neptune-iam-role-${AWS::Region}',
        line: 489,
        variants: 1,
        inline: [],
        managed: ['template:NeptuneCloudWatchPolicy', 'template:NeptuneS3Policy'],
        profiles: [],
      },
    ],
  ],
  [
    'cdk-integ-ec2-instance.template.json',
    [
      {
        key: 'InstanceInstanceRoleE9785DE5',
        line: 424,
        variants: 1,
        inline: ['InstanceInstanceRoleDefaultPolicy4ACE9290'],
        managed: [],
        profiles: ['InstanceInstanceProfileAB5AEF02'],
      },
    ],
  ],
  [
    'cfnguard-assets-cfn-template.json',
    [{ key: 'IamRoleLambda', line: 253, variants: 1, inline: ['root'], managed: [], profiles: [] }],
  ],
  [
    'cfnlint-bad-circular-dependency.yaml',
    [
      {
        key: 'myRoleToWriteToS3',
        name: 'WriteToS3',
        line: 96,
        variants: 1,
        inline: ["?parameter 'myBucketName' has"],
        managed: [],
        profiles: ['myInstanceProfile'],
      },
    ],
  ],
  [
    'cfnlint-good-conditions.yaml',
    [
      {
        key: 'LambdaExecutionRole',
        line: 76,
        variants: 2,
        inline: [],
        managed: [],
        profiles: ['InstanceProfile'],
      },
    ],
  ],
  [
    'cfnlint-good-generic.yaml',
    [
      {
        key: 'RootRole',
        line: 33,
        variants: 1,
        inline: ['root', 'root'],
        managed: [],
        profiles: ['RootInstanceProfile'],
      },
    ],
  ],
  [
    'cfnlint-quickstart-cis-benchmark-98k.yaml',
    [
      {
        key: 'MasterConfigRole',
        line: 76,
        variants: 1,
        inline: ['KmsReadOnly', 'S3ReadOnly'],
        managed: [
          'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
          'arn:aws:iam::aws:policy/AWSCloudTrailReadOnlyAccess',
          'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
          'arn:aws:iam::aws:policy/service-role/AWSConfigRulesExecutionRole',
          'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
        ],
        profiles: [],
      },
      {
        key: 'RoleForCloudWatchEvents',
        line: 1828,
        variants: 1,
        inline: ['AllowSnsPublish'],
        managed: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        profiles: [],
      },
      {
        key: 'RoleForDisableUnusedCredentialsFunction',
        line: 2218,
        variants: 1,
        inline: ['DisableCredentials'],
        managed: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        profiles: [],
      },
    ],
  ],
  [
    'cfnlint-quickstart-iam.json',
    [
      {
        key: 'rSysAdminRole',
        line: 22,
        variants: 1,
        inline: [],
        managed: ['template:rSysAdminPolicy'],
        profiles: ['rSysAdminProfile'],
      },
      {
        key: 'rIAMAdminRole',
        line: 117,
        variants: 1,
        inline: [],
        managed: ['template:rIAMAdminPolicy'],
        profiles: ['rIAMAdminProfile'],
      },
      {
        key: 'rInstanceOpsRole',
        line: 189,
        variants: 1,
        inline: [],
        managed: ['template:rInstanceOpsPolicy'],
        profiles: ['rInstanceOpsProfile'],
      },
      {
        key: 'rReadOnlyAdminRole',
        line: 302,
        variants: 1,
        inline: [],
        managed: ['template:rReadOnlyAdminPolicy'],
        profiles: ['rReadOnlyAdminProfile'],
      },
    ],
  ],
  [
    'cfnlint-quickstart-nist-application.yaml',
    [
      {
        key: 'rPostProcInstanceRole',
        line: 959,
        variants: 1,
        inline: ['PostProcePermissions'],
        managed: [],
        profiles: ['rPostProcInstanceProfile'],
      },
    ],
  ],
  [
    'cfnlint-quickstart-nist-iam.yaml',
    [
      {
        key: 'rIAMAdminRole',
        line: 63,
        variants: 1,
        inline: [],
        managed: ['template:rIAMAdminPolicy'],
        profiles: ['rIAMAdminProfile'],
      },
      {
        key: 'rInstanceOpsRole',
        line: 143,
        variants: 1,
        inline: [],
        managed: ['template:rInstanceOpsPolicy'],
        profiles: ['rInstanceOpsProfile'],
      },
      {
        key: 'rReadOnlyAdminRole',
        line: 242,
        variants: 1,
        inline: [],
        managed: ['template:rReadOnlyAdminPolicy'],
        profiles: ['rReadOnlyAdminProfile'],
      },
      {
        key: 'rSysAdminRole',
        line: 318,
        variants: 1,
        inline: [],
        managed: ['template:rSysAdminPolicy'],
        profiles: ['rSysAdminProfile'],
      },
    ],
  ],
  [
    'cfnlint-quickstart-nist-logging.yaml',
    [
      {
        key: 'rCloudTrailRole',
        line: 186,
        variants: 2,
        inline: ['cloudtrail-limited-actions'],
        managed: [],
        profiles: ['rCloudTrailProfile'],
      },
      {
        key: 'rCloudWatchLogsRole',
        line: 324,
        variants: 2,
        inline: ['cloudwatchlogsrole'],
        managed: [],
        profiles: [],
      },
    ],
  ],
  [
    'cfnlint-quickstart-openshift.yaml',
    [
      {
        key: 'LambdaExecutionRole',
        line: 813,
        variants: 1,
        inline: ['lambda_policy'],
        managed: [],
        profiles: [],
      },
      {
        key: 'SetupRole',
        line: 1656,
        variants: 1,
        inline: ['aws-quick-start-s3-policy', 'WorkloadSetup'],
        managed: [],
        profiles: ['SetupRoleProfile'],
      },
    ],
  ],
  [
    'cfnpv-test-file-2.yaml',
    [
      { key: 'CodePipelineServiceRole', line: 102, variants: 1, inline: ['root'], managed: [], profiles: [] },
      {
        key: 'CodeBuildServiceRole',
        line: 147,
        variants: 1,
        inline: ['root'],
        managed: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        profiles: [],
      },
    ],
  ],
  [
    'checkov-cfn-bad-iam.yaml',
    [{ key: 'rIamRole', line: 6, variants: 1, inline: ['String'], managed: [], profiles: [] }],
  ],
  [
    'checkov-cloudsplaining-role-failed.yaml',
    [
      {
        key: 'PolicyOnePassPolicyTwoFailAdmin',
        line: 4,
        variants: 1,
        inline: ['a', 'b'],
        managed: [],
        profiles: [],
      },
      {
        key: 'PolicyOneFailPolicyTwoFailPermissionsWildcard',
        line: 33,
        variants: 1,
        inline: ['a', 'b'],
        managed: [],
        profiles: [],
      },
    ],
  ],
  [
    'checkov-ec2-role-admin-ip.json',
    [
      {
        key: 'RootRole',
        line: 4,
        variants: 1,
        inline: ['root'],
        managed: [],
        profiles: ['RootInstanceProfile'],
      },
    ],
  ],
  [
    'checkov-ecs-cluster-ec2role.yaml',
    [
      {
        key: 'Role',
        name: "?parameter 'ClusterName' has",
        line: 420,
        variants: 1,
        inline: ['?pseudo parameter AWS::StackName'],
        managed: [],
        profiles: ['InstanceProfile'],
      },
      {
        key: 'ServiceAutoScalingRole',
        name: "?parameter 'ClusterName' has",
        line: 638,
        variants: 1,
        inline: ["?parameter 'ClusterName' has"],
        managed: [],
        profiles: [],
      },
      {
        key: 'ScalingLambdaRole',
        line: 663,
        variants: 1,
        inline: ['ecs-scaling'],
        managed: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        profiles: [],
      },
    ],
  ],
  [
    'checkov-role-policies-if-sub-json.yaml',
    [
      {
        key: 'RootRole',
        line: 7,
        variants: 1,
        inline: ['root'],
        managed: [],
        profiles: ['RootInstanceProfile'],
      },
    ],
  ],
  [
    'checkov-trust-as-json-string.yaml',
    [
      { key: 'ServiceRole2', line: 4, variants: 1, inline: [], managed: [], profiles: [] },
      { key: 'DenyIgnore2', line: 19, variants: 1, inline: [], managed: [], profiles: [] },
    ],
  ],
  [
    'veeam/vbawslab-backup-main-lab.template.json',
    [
      {
        key: 'BackupVpcDeleteTgwAttachmentsLambdaRole',
        line: 626,
        variants: 1,
        inline: ['BackupVpcDeleteTgwAttachmentsLambdaPolicy'],
        managed: [],
        profiles: [],
      },
      {
        key: 'BackupBucketEmptyOnDeleteLambdaRole',
        line: 782,
        variants: 1,
        inline: ['BackupBucketEmptyOnDeleteLambdaPolicy'],
        managed: [],
        profiles: [],
      },
      {
        key: 'VeeamInstanceBackupRestoreAccessRoleV1',
        line: 829,
        variants: 1,
        inline: ['vcb-policy'],
        managed: [],
        profiles: [],
      },
      {
        key: 'VeeamImpersonationRoleV1',
        line: 1214,
        variants: 1,
        inline: ['vcb-assume'],
        managed: [],
        profiles: ['VcbInstanceProfile'],
      },
    ],
  ],
  [
    'veeam/vbawslab-backup-main.template.json',
    [
      {
        key: 'BackupBucketEmptyOnDeleteLambdaRole',
        line: 694,
        variants: 1,
        inline: ['BackupBucketEmptyOnDeleteLambdaPolicy'],
        managed: [],
        profiles: [],
      },
      {
        key: 'VeeamInstanceBackupRestoreAccessRoleV1',
        line: 741,
        variants: 1,
        inline: ['vcb-policy'],
        managed: [],
        profiles: [],
      },
      {
        key: 'VeeamImpersonationRoleV1',
        line: 1126,
        variants: 1,
        inline: ['vcb-assume'],
        managed: [],
        profiles: ['VcbInstanceProfile'],
      },
    ],
  ],
  [
    'veeam/vbawslab-backup-primary-master.template.json',
    [
      {
        key: 'BackupPrimaryBucketEmptyOnDeleteLambdaRole',
        line: 451,
        variants: 1,
        inline: ['BackupPrimaryBucketEmptyOnDeleteLambdaPolicy'],
        managed: [],
        profiles: [],
      },
      {
        key: 'VeeamInstanceBackupRestoreAccessRoleV1',
        line: 498,
        variants: 1,
        inline: ['vcb-ec2-policy', 'vcb-policy'],
        managed: [],
        profiles: [],
      },
      {
        key: 'VeeamImpersonationRoleV1',
        line: 900,
        variants: 1,
        inline: ['vcb-assume'],
        managed: [],
        profiles: ['VcbInstanceProfile'],
      },
    ],
  ],
  [
    'veeam/vbawslab-backup-secondary.template.json',
    [
      {
        key: 'BackupSecondaryBucketEmptyOnDeleteLambdaRole',
        line: 230,
        variants: 1,
        inline: ['BackupSecondaryBucketEmptyOnDeleteLambdaPolicy'],
        managed: [],
        profiles: [],
      },
      {
        key: 'BackupSecondaryDeleteS3EndpointLambdaRole',
        line: 397,
        variants: 1,
        inline: ['BackupSecondaryDeleteS3EndpointLambdaPolicy'],
        managed: [],
        profiles: [],
      },
    ],
  ],
  [
    'veeam/vbawslab-core-network-lab.template.json',
    [
      {
        key: 'CoreTransitGatewayRtAssociationPropagationChangerLambdaRole',
        line: 395,
        variants: 1,
        inline: ['tgw-rt-changer-lambda-policy'],
        managed: [],
        profiles: [],
      },
    ],
  ],
  [
    'veeam/vbawslab-prod.template.json',
    [
      {
        key: 'VeeamCrossAccountRole',
        name: "?parameter 'UserName' has",
        line: 317,
        variants: 1,
        inline: ['vcb-policy'],
        managed: [],
        profiles: [],
      },
    ],
  ],
];

const allFiles = [
  ...readdirSync(fixtures).filter((f) => f !== 'ORIGIN.md' && f !== 'veeam'),
  ...readdirSync(`${fixtures}veeam`).map((f) => `veeam/${f}`),
];

describe('real templates', () => {
  it.each(expected)('%s: every role with its links', (file, roles) => {
    const parsed = parseFixture(file);
    expect(parsed.errors).toEqual([]);
    expect(parsed.roles.map(summarize)).toEqual(roles);
    for (const role of parsed.roles) expect(role.id).toBe(`${file}#${role.key}`);
  });

  it.each(allFiles)('%s never throws', (file) => {
    const text = readFileSync(fixtures + file, 'utf8');
    expect(() => cloudFormationParser.parse(text, { file, parameters: {} })).not.toThrow();
  });

  it.each([
    ['awscft-vpcflowlogs-main-nested.yaml'],
    ['cfnlint-public-watchmaker-80k.json'],
    ['checkov-iam-policy-roles-literal.yaml'],
  ])('%s is a template without roles', (file) => {
    expect(parseFixture(file)).toMatchObject({ roles: [], errors: [] });
  });

  it.each(allFiles.filter((f) => f.startsWith('veeam/vbaws-')))(
    '%s (an IAM policy) is not a template',
    (file) => {
      expect(
        cloudFormationParser.parse(readFileSync(fixtures + file, 'utf8'), { file, parameters: {} }),
      ).toBeNull();
    },
  );
});

describe('the NASTY corpus templates', () => {
  it('macro template: the role is kept, the Transform makes every check an open question', () => {
    const parsed = parseFixture('awscft-macro-executionrolebuilder.yaml');
    const [role] = parsed.roles;
    expect(role?.key).toBe('ExecutionRoleBuilderMacroTestRole');
    expect(role?.variants[0]?.openQuestions[0]?.reason).toContain('Transform ExecutionRoleBuilder');
    expect(role?.variants[0]?.complete).toEqual({ policies: false, instanceProfiles: false });
    expect(role?.variants[0]?.permissionsBoundary?.unresolved?.reason).toContain(
      "parameter 'PermissionBoundaryArn'",
    );
    expect(parsed.warnings.map((w) => w.code)).toContain('transform');
  });

  it.each([
    ['cfnlint-good-foreach.yaml'],
    ['cfnlint-sam-w-conditions.yaml'],
    ['cfnlint-sam-serverless-function.yaml'],
  ])('%s: transformed, no AWS::IAM::Role before the transform', (file) => {
    const parsed = parseFixture(file);
    expect(parsed.roles).toEqual([]);
    expect(parsed.warnings.map((w) => w.code)).toContain('transform');
    // References to resources the transform creates (a SAM function's role) are not mistakes.
    expect(parsed.warnings.map((w) => w.code)).not.toContain('unknown-reference');
  });

  it('circular Ref dependencies: terminates, the role and its profile are linked', () => {
    const [role] = parseFixture('cfnlint-bad-circular-dependency.yaml').roles;
    expect(role?.variants[0]?.instanceProfiles.map((p) => p.name)).toEqual(['myInstanceProfile']);
  });

  it('malformed IAM: kept with problems, never guessed', () => {
    const [role] = parseFixture('checkov-cfn-bad-iam.yaml').roles;
    const shape = role!.variants[0]!;
    expect(shape.trustPolicy?.problems).toContain('policy document has no Statement');
    expect(shape.policies[0]?.document?.problems).toContain('Statement is neither a mapping nor a list');
  });

  it('Policies: !If [cond, [..!Sub JSON..], !Ref AWS::NoValue] with a decided condition', () => {
    const [role] = parseFixture('checkov-role-policies-if-sub-json.yaml').roles;
    expect(role?.variants).toHaveLength(1);
    expect(role?.variants[0]?.policies[0]?.document?.statements[0]).toMatchObject({
      effect: 'Allow',
      action: ['*'],
      resource: ['*'],
    });
  });

  it('trust policies given as JSON strings', () => {
    const [allow, deny] = parseFixture('checkov-trust-as-json-string.yaml').roles;
    expect(allow!.variants[0]!.trustPolicy!.statements[0]).toMatchObject({
      effect: 'Allow',
      action: ['sts:AssumeRole'],
      principal: [{ type: 'Service', value: 'ec2.amazonaws.com' }],
    });
    expect(deny!.variants[0]!.trustPolicy!.statements[0]).toMatchObject({
      effect: 'Deny',
      principal: [{ type: 'AWS', value: '*' }],
    });
  });

  it('invalid JSON that checkov tolerates is a file error with its line', () => {
    expect(parseFixture('checkov-triple-quotes-invalid.json')).toMatchObject({
      roles: [],
      errors: [{ file: 'checkov-triple-quotes-invalid.json', line: 17 }],
    });
  });

  it('a role that parameter defaults switch off is still checked, with a warning', () => {
    const parsed = parseFixture('awscft-adconnector.yaml');
    expect(parsed.warnings.filter((w) => w.code === 'role-condition-default-false')).toHaveLength(2);
    const linux = parsed.roles.find((r) => r.key === 'ADConnectorLinuxEC2DomainJoinRole')!;
    expect(linux.variants.map((v) => v.assumptions)).toEqual([
      {
        LinuxEC2DomainJoinResourcesCondition: true,
        SecretsManagerDomainCredentialsSecretsKMSKeyCondition: true,
      },
      {
        LinuxEC2DomainJoinResourcesCondition: true,
        SecretsManagerDomainCredentialsSecretsKMSKeyCondition: false,
      },
    ]);
  });

  it('given parameters decide conditions and names', () => {
    const parsed = parseFixture('awscft-adconnector.yaml', {
      DomainNetBiosName: 'corp',
      CreateLinuxEC2DomainJoinResources: 'Yes',
      SecretsManagerDomainCredentialsSecretsKMSKey: '',
    });
    const linux = parsed.roles.find((r) => r.key === 'ADConnectorLinuxEC2DomainJoinRole')!;
    expect(linux.name).toBe('corp-LinuxEC2DomainJoinRole-ADConnector');
    expect(linux.variants.map((v) => v.assumptions)).toEqual([{}]);
    expect(
      parseFixture('awscft-adconnector.yaml', { CreateWindowsEC2DomainJoinResources: 'No' }).roles.map(
        (r) => r.key,
      ),
    ).not.toContain('ADConnectorWindowsEC2DomainJoinRole');
  });

  it('the Veeam lab appliance role trusts ec2 and has its instance profile', () => {
    const parsed = parseFixture('veeam/vbawslab-backup-main.template.json');
    const role = parsed.roles.find((r) => r.key === 'VeeamImpersonationRoleV1')!;
    const shape = role.variants[0]!;
    expect(shape.trustPolicy?.statements[0]?.principal).toEqual([
      expect.objectContaining({ type: 'Service', value: 'ec2.amazonaws.com' }),
    ]);
    expect(shape.policies[0]?.document?.statements[0]).toMatchObject({
      action: ['sts:AssumeRole'],
      resource: ['*'],
    });
  });
});
