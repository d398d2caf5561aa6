import { createHash } from 'node:crypto';
import type { Report } from '../model/report.js';
import { findingsOf, type Finding } from './findings.js';

/** One issue of GitLab's Code Quality report (a subset of the Code Climate format). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

const severity: Record<Finding['severity'], CodeQualityIssue['severity']> = {
  fail: 'critical',
  unknown: 'major',
  advice: 'info',
};

/**
 * GitLab Code Quality JSON (artifacts:reports:codequality): every failing or unknown check, file
 * error and located advice, with a fingerprint stable across pushes that only move lines. Pure.
 */
export function renderGitlab(report: Report): string {
  const issues: CodeQualityIssue[] = findingsOf(report)
    .filter((f) => f.role?.source !== 'aws')
    .map((finding) => ({
      description: `${finding.title}: ${finding.message}`,
      check_name: finding.ruleId,
      fingerprint: createHash('sha256')
        .update(
          finding.role
            ? `${finding.ruleId}|${finding.role.id}`
            : `${finding.ruleId}|${finding.file}|${finding.message}`,
        )
        .digest('hex'),
      severity: severity[finding.severity],
      location: { path: finding.file, lines: { begin: finding.line ?? 1 } },
    }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
