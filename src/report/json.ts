import type { SourceLocation } from '../model/location.js';
import type { CheckResult, FileError, Report, RoleReport, Warning } from '../model/report.js';

/**
 * The JSON report, version 1 (design.md §5). Keys are written in a fixed order, whatever order
 * the objects were built in, so reports diff cleanly and snapshot tests stay stable.
 */
export function renderJson(report: Report): string {
  const s = report.summary;
  const ordered = {
    version: report.version,
    summary: {
      files: s.files,
      iamRoles: s.iamRoles,
      workerRoles: s.workerRoles,
      pass: s.pass,
      fail: s.fail,
      unknown: s.unknown,
      errors: s.errors,
    },
    roles: report.roles.map(role),
    errors: report.errors.map(fileError),
    warnings: report.warnings.map(warning),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function role(r: RoleReport): object {
  return {
    id: r.id,
    name: r.name,
    source: r.source,
    kind: r.kind,
    veeamVersion: r.veeamVersion,
    selectedBy: r.selectedBy,
    location: location(r.location),
    verdict: r.verdict,
    checks: r.checks.map(check),
  };
}

function check(c: CheckResult): object {
  return {
    check: c.check,
    verdict: c.verdict,
    message: c.message,
    ...(c.location && { location: location(c.location) }),
    ...(c.missingActions && { missingActions: c.missingActions }),
    ...(c.unprovenActions && { unprovenActions: c.unprovenActions }),
    ...(c.notes?.length && { notes: c.notes }),
    ...(c.fix && { fix: { format: c.fix.format, description: c.fix.description, text: c.fix.text } }),
  };
}

function fileError(e: FileError): object {
  return {
    file: e.file,
    ...(e.line !== undefined && { line: e.line }),
    ...(e.column !== undefined && { column: e.column }),
    message: e.message,
  };
}

function warning(w: Warning): object {
  return { code: w.code, message: w.message, ...(w.location && { location: location(w.location) }) };
}

function location(l: SourceLocation): SourceLocation {
  return { file: l.file, line: l.line, column: l.column };
}
