import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultOptions, type GateOptions } from '../../src/model/options.js';
import type { Report } from '../../src/model/report.js';
import { scan, type ScanRequest } from '../../src/scan.js';

/** The appliance every hostile table trusts; templates below use it. */
export const appliance = 'arn:aws:iam::111122223333:role/VeeamImpersonation';

/** The eight actions AmazonSSMManagedInstanceCore lacks for a Veeam 10 production worker. */
export const extraActions = [
  'iam:GetContextKeysForPrincipalPolicy',
  'iam:GetRole',
  'iam:ListInstanceProfilesForRole',
  'iam:SimulatePrincipalPolicy',
  'sqs:DeleteMessage',
  'sqs:ListQueues',
  'sqs:ReceiveMessage',
  'sqs:SendMessage',
];

export interface WorkerParts {
  /** Trust statements as JSON values (default: EC2 and the appliance). */
  trust?: unknown[];
  /** Identity statements added to the inline policy (default: the eight extra actions). */
  statements?: unknown[];
  /** Managed policy ARNs (default: AmazonSSMManagedInstanceCore). */
  managed?: string[];
  logicalId?: string;
  roleName?: string;
  profile?: boolean;
}

const ec2Trust = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' };
const applianceTrust = { Effect: 'Allow', Principal: { AWS: appliance }, Action: 'sts:AssumeRole' };

/** A CloudFormation template (as a JSON value) with one worker role; the defaults make it pass. */
export function workerTemplate(parts: WorkerParts = {}): Record<string, unknown> {
  const id = parts.logicalId ?? 'WorkerRole';
  const resources: Record<string, unknown> = {
    [id]: {
      Type: 'AWS::IAM::Role',
      Properties: {
        ...(parts.roleName ? { RoleName: parts.roleName } : {}),
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: parts.trust ?? [ec2Trust, applianceTrust],
        },
        ManagedPolicyArns: parts.managed ?? ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'],
        Policies: [
          {
            PolicyName: 'extra',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: parts.statements ?? [{ Effect: 'Allow', Action: extraActions, Resource: '*' }],
            },
          },
        ],
      },
    },
  };
  if (parts.profile !== false)
    resources[`${id}Profile`] = { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: id }] } };
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources };
}

export const passingTemplate = JSON.stringify(workerTemplate(), null, 2);

/** A scratch scan root; `put` writes files, `scan` runs the real scanner with the real parsers. */
export class Tree {
  readonly root = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  put(relative: string, content: string | Uint8Array): string {
    const file = path.join(this.root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  }
  scan(
    options: Partial<GateOptions> = {},
    request: Partial<Omit<ScanRequest, 'options' | 'root'>> = {},
  ): Promise<Report> {
    return scan({
      root: this.root,
      paths: [],
      ...request,
      // Issue 13: a "worker" name alone no longer selects a role (nothing here names Veeam), so the
      // hostile tables name their worker roles in the config, as a repository would.
      options: {
        ...defaultOptions,
        appliancePrincipals: [appliance],
        roles: [{ match: '*worker*', kinds: ['production-worker'] }],
        ...options,
      },
    });
  }
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** What a table row says about one file in the report. */
export function fileOutcome(report: Report, file: string) {
  return {
    errors: report.errors.filter((e) => e.file === file).map((e) => e.message),
    warnings: report.warnings
      .filter((w) => w.location?.file === file || w.message.startsWith(file))
      .map((w) => w.code),
    roles: report.roles.filter((r) => r.location.file === file).map((r) => `${r.id}=${r.verdict}`),
  };
}

/**
 * Warning codes a lone passing template already gets (advice such as version drift): the tables
 * assert what the hostile input adds, so these are left out of their comparisons.
 */
export async function adviceCodes(): Promise<Set<string>> {
  const tree = new Tree();
  try {
    tree.put('good.json', passingTemplate);
    const report = await tree.scan();
    return new Set(report.warnings.map((w) => w.code));
  } finally {
    tree.remove();
  }
}
