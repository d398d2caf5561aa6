import type { Report } from '../model/report.js';
import { compareChecks } from './check-info.js';
import { checkMessage, roleKey } from './findings.js';

/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure DevOps): one test suite
 * per role, one test case per check; `fail` is a failure, `unknown` an error (not proven), file
 * errors a suite of their own. Pure and deterministic (no timestamps, no durations).
 */
export function renderJunit(report: Report): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const role of report.roles) {
    const cases: string[] = [];
    let roleFailures = 0;
    let roleErrors = 0;
    for (const check of [...role.checks].sort((a, b) => compareChecks(a.check, b.check))) {
      const where = check.location ?? role.location;
      const open = `    <testcase name="${attr(check.check)}" classname="${attr(role.id)}" file="${attr(where.file)}" line="${where.line}"`;
      if (check.verdict === 'pass') cases.push(`${open}/>`);
      else {
        const tag = check.verdict === 'fail' ? 'failure' : 'error';
        if (tag === 'failure') roleFailures++;
        else roleErrors++;
        const body = [
          checkMessage(check),
          ...(check.fix ? ['', `Fix: ${check.fix.description}`, check.fix.text] : []),
        ];
        cases.push(
          `${open}>\n      <${tag} message="${attr(check.message)}" type="${check.verdict}">${text(body.join('\n'))}</${tag}>\n    </testcase>`,
        );
      }
    }
    tests += cases.length;
    failures += roleFailures;
    errors += roleErrors;
    suites.push(
      `  <testsuite name="${attr(`${roleKey(role)} (${role.location.file})`)}" tests="${cases.length}" failures="${roleFailures}" errors="${roleErrors}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  if (report.errors.length) {
    const cases = report.errors.map(
      (e) =>
        `    <testcase name="parse" classname="${attr(e.file)}" file="${attr(e.file)}"${e.line ? ` line="${e.line}"` : ''}>\n      <error message="${attr(e.message)}" type="file-error">${text(e.message)}</error>\n    </testcase>`,
    );
    tests += cases.length;
    errors += cases.length;
    suites.push(
      `  <testsuite name="files that could not be checked" tests="${cases.length}" failures="0" errors="${cases.length}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="veeam-iam-gate" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** XML 1.0 cannot carry most control characters at all: they are dropped. */
function text(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
