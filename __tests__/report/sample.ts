import type { Report } from '../../src/model/report.js';

/** A small report with one role of each verdict, an error and a warning. */
export function sampleReport(): Report {
  return {
    version: 1,
    summary: { files: 2, iamRoles: 4, workerRoles: 3, pass: 1, fail: 1, unknown: 1, errors: 1 },
    roles: [
      {
        id: 'infra/broken.yaml#WorkerRole',
        name: 'veeam-worker',
        source: 'cloudformation',
        kind: 'production-worker',
        veeamVersion: '10',
        selectedBy: "name contains 'worker'",
        location: { file: 'infra/broken.yaml', line: 4, column: 3 },
        verdict: 'fail',
        checks: [
          {
            check: 'trust-ec2',
            verdict: 'pass',
            message: 'ec2.amazonaws.com may assume the role.',
            location: { file: 'infra/broken.yaml', line: 12, column: 15 },
          },
          {
            check: 'trust-appliance',
            verdict: 'pass',
            message: 'arn:aws:iam::111122223333:role/VeeamImpersonation may assume the role.',
          },
          { check: 'instance-profile', verdict: 'pass', message: 'In instance profile WorkerProfile.' },
          {
            check: 'permissions',
            verdict: 'fail',
            message: '2 of 33 required actions are not granted.',
            location: { file: 'infra/broken.yaml', line: 20, column: 9 },
            missingActions: ['sqs:ListQueues', 'ssm:PutInventory'],
            unprovenActions: [],
            fix: {
              format: 'cloudformation-yaml',
              description: "Add this statement to the role's Policies:",
              text: '- Effect: Allow\n  Action:\n    - sqs:ListQueues\n    - ssm:PutInventory\n  Resource: "*"\n',
            },
          },
        ],
      },
      {
        id: 'infra/ok.json#VeeamWorker',
        name: null,
        source: 'cloudformation',
        kind: 'production-worker',
        veeamVersion: '10',
        selectedBy: "config roles entry '*Worker*'",
        location: { file: 'infra/ok.json', line: 3, column: 5 },
        verdict: 'pass',
        checks: [{ check: 'trust-ec2', verdict: 'pass', message: 'ec2.amazonaws.com may assume the role.' }],
      },
      {
        id: 'infra/ok.json#WorkerCond',
        name: null,
        source: 'cloudformation',
        kind: 'production-worker',
        veeamVersion: '10',
        selectedBy: 'tag veeam:role=production-worker',
        location: { file: 'infra/ok.json', line: 30, column: 5 },
        verdict: 'unknown',
        checks: [
          {
            check: 'permissions',
            verdict: 'unknown',
            message: 'Granted only when condition UseSsm is true.',
            missingActions: [],
            unprovenActions: ['ssm:GetDocument'],
          },
        ],
      },
    ],
    errors: [{ file: 'infra/bad.yaml', line: 7, column: 3, message: 'not valid YAML: bad indentation' }],
    warnings: [
      {
        code: 'duplicate-key',
        message: "duplicate key 'Action'",
        location: { file: 'infra/ok.json', line: 40, column: 7 },
      },
    ],
  };
}
