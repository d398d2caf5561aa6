import { createRequire } from 'node:module';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Report } from '../model/report.js';
import type { CheckId } from '../model/role.js';
import { homepage, version } from '../version.js';
import { checkInfo, checkOrder, compareChecks } from './check-info.js';
import { findingsOf, type Finding } from './findings.js';

// node:crypto is loaded only when SARIF is written: most runs never hash, and start-up counts.
const requireBuiltin = createRequire(import.meta.url);
let crypto: typeof import('node:crypto') | undefined;

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

const extraRules: ReportingDescriptor[] = [
  {
    id: 'file-error',
    name: 'FileCouldNotBeChecked',
    shortDescription: { text: 'A file that looks like infrastructure could not be read' },
    fullDescription: {
      text: 'The file could not be parsed, so the roles it defines were not checked. This fails the gate.',
    },
    help: {
      text: 'Fix the syntax error at the reported line.',
      markdown: 'Fix the syntax error at the reported line.',
    },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['veeam'], 'security-severity': '5.0' },
  },
  {
    id: 'advice',
    name: 'Advice',
    shortDescription: { text: 'Advice that does not fail the gate' },
    fullDescription: { text: 'Something worth a look, such as a duplicate key or a changed config file.' },
    help: { text: 'Read the message.', markdown: 'Read the message.' },
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['veeam'], 'security-severity': '2.0' },
  },
];

/**
 * How GitHub ranks each rule in code scanning (9.0+ critical, 7.0+ high, 4.0+ medium, below low):
 * a trust policy open to the wrong principal is the security risk; a missing permission or
 * instance profile breaks backups without exposing anything.
 */
const securitySeverity: Record<string, string> = {
  'trust-appliance': '8.0',
  'trust-ec2': '7.0',
  permissions: '6.0',
  'instance-profile': '5.0',
};

function checkRule(id: CheckId): ReportingDescriptor {
  const info = checkInfo(id);
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: info.title },
    fullDescription: { text: info.help.replace(/`/g, '') },
    helpUri: info.source,
    help: {
      text: `${info.help.replace(/`/g, '')} Veeam's requirement: ${info.source}`,
      markdown: `${info.help}\n\nVeeam's requirement: [${info.source}](${info.source})`,
    },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['security', 'iam', 'veeam'], 'security-severity': securitySeverity[id] ?? '7.0' },
  };
}

const levelOf: Record<Finding['severity'], Result.level> = {
  fail: 'error',
  unknown: 'warning',
  advice: 'note',
};

export interface SarifOptions {
  /**
   * The scan root relative to the repository root ('' or undefined: the same folder). Code scanning
   * resolves URIs against the repository root (%SRCROOT%), so a scan from a subfolder prefixes it.
   */
  rootFromRepository?: string;
}

/** SARIF 2.1.0 for code scanning: one rule per check, one result per failing or unknown check. Pure. */
export function renderSarif(report: Report, options: SarifOptions = {}): Log {
  const prefix = options.rootFromRepository ? `${options.rootFromRepository.replace(/\/+$/, '')}/` : '';
  // The four checks always, plus any other trust-<service> check the report holds, sorted.
  const ids = new Set<CheckId>(checkOrder);
  for (const role of report.roles) for (const check of role.checks) ids.add(check.check);
  const rules = [...[...ids].sort(compareChecks).map(checkRule), ...extraRules];
  const results = findingsOf(report).map((finding): Result => {
    const ruleIndex = rules.findIndex((rule) => rule.id === finding.ruleId);
    return {
      ruleId: finding.ruleId,
      ruleIndex,
      level: levelOf[finding.severity],
      message: { text: `${finding.title}. ${finding.message}` },
      locations: [
        finding.role?.source === 'aws'
          ? // A deployed role has no file: name it by its ARN.
            {
              logicalLocations: [
                { fullyQualifiedName: finding.role.id.replace(/^aws#/, ''), kind: 'resource' },
              ],
            }
          : {
              physicalLocation: {
                artifactLocation: {
                  uri: uriOf(repositoryPath(prefix, finding.file)),
                  uriBaseId: '%SRCROOT%',
                },
                ...(finding.line !== undefined && {
                  region: {
                    startLine: finding.line,
                    ...(finding.column !== undefined && { startColumn: finding.column }),
                  },
                }),
              },
            },
      ],
      // Stable across pushes that only move lines: the role and the check, not the position.
      partialFingerprints: { 'veeamIamGate/v1': fingerprint(finding) },
      // Issue 13: a waived result is dismissed in code scanning, with the waiver's reason.
      // A partial waiver that leaves actions missing is not dismissed: the result still fails the gate.
      ...(finding.check?.waiver &&
        finding.accepted && {
          suppressions: [
            {
              kind: finding.check.waiver.source === 'inline' ? ('inSource' as const) : ('external' as const),
              status: 'accepted' as const,
              justification: finding.check.waiver.reason,
              location: {
                physicalLocation: {
                  artifactLocation: {
                    uri: uriOf(finding.check.waiver.location.file),
                    uriBaseId: '%SRCROOT%',
                  },
                  region: { startLine: finding.check.waiver.location.line },
                },
              },
            },
          ],
        }),
      ...(finding.check?.baseline && { baselineState: 'unchanged' as const }),
      ...(finding.role && {
        properties: {
          roleId: finding.role.id,
          verdict: finding.check?.verdict,
          ...(finding.check?.missingActions?.length && { missingActions: finding.check.missingActions }),
          ...(finding.check?.unprovenActions?.length && { unprovenActions: finding.check.unprovenActions }),
        },
      }),
    };
  });
  return {
    version: '2.1.0',
    $schema: sarifSchema,
    runs: [
      {
        tool: {
          driver: {
            name: 'veeam-iam-gate',
            version,
            semanticVersion: version,
            informationUri: homepage,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned repository.' } } },
        results,
      },
    ],
  };
}

function fingerprint(finding: Finding): string {
  const identity = finding.role
    ? `${finding.ruleId}|${finding.role.id}`
    : `${finding.ruleId}|${finding.file}|${finding.message}`;
  crypto ??= requireBuiltin('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

/** A scan-root path as a repository-root path: `../x` segments of the prefix resolved. */
function repositoryPath(prefix: string, file: string): string {
  const parts: string[] = [];
  for (const part of `${prefix}${file}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function uriOf(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
