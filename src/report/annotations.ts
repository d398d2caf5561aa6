import type { Report } from '../model/report.js';
import { findingsOf, type Finding } from './findings.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One annotation on a line: the same data serves workflow commands and the Checks API. */
export interface Annotation {
  level: AnnotationLevel;
  file: string;
  line: number;
  column?: number;
  title: string;
  message: string;
}

/** GitHub shows at most this many annotations of each level per step (the rest are dropped). */
export const shownPerLevel = 10;

const levelOf: Record<Finding['severity'], AnnotationLevel> = {
  fail: 'error',
  unknown: 'warning',
  advice: 'notice',
};

/** The report's file annotations, most important first: errors for fail, warnings for unknown, notices for advice. */
export function annotationsOf(report: Report): Annotation[] {
  // A deployed role (live mode) has no line in the repository: it is reported in the log, the
  // summary and the comment, not as a file annotation.
  return findingsOf(report)
    .filter((finding) => finding.role?.source !== 'aws')
    .map((finding) => ({
      // Waived or baselined: still shown, as a notice, so the gap stays visible on its line.
      level: finding.accepted ? 'notice' : levelOf[finding.severity],
      file: finding.file,
      line: finding.line ?? 1,
      ...(finding.column !== undefined && { column: finding.column }),
      title: finding.title,
      message: finding.message,
    }));
}

/** How many annotations of each level workflow commands cannot show. */
export function hiddenCounts(annotations: readonly Annotation[]): Record<AnnotationLevel, number> {
  const count = (level: AnnotationLevel) => annotations.filter((a) => a.level === level).length;
  return {
    error: Math.max(0, count('error') - shownPerLevel),
    warning: Math.max(0, count('warning') - shownPerLevel),
    notice: Math.max(0, count('notice') - shownPerLevel),
  };
}

// The runner splits a command at '::' and its properties at ',' and '=': escape as @actions/core does
// (src/github/runner.ts issues its other workflow commands with these two).
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow command line, e.g. `::error file=a.yaml,line=3,col=5,title=…::message`. */
export function workflowCommand(annotation: Annotation): string {
  const properties = [
    `file=${escapeProperty(annotation.file)}`,
    `line=${annotation.line}`,
    ...(annotation.column !== undefined ? [`col=${annotation.column}`] : []),
    `title=${escapeProperty(annotation.title)}`,
  ];
  return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
}
