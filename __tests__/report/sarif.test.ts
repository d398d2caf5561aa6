import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { renderSarif } from '../../src/report/sarif.js';
import { homepage, version } from '../../src/version.js';
import { sarifValidator } from './sarif-schema.js';
import { failing, manyFailing, noWorkers, passing } from './sample-reports.js';

describe('renderSarif', () => {
  const validate = sarifValidator();

  it.each<[string, Report]>([
    ['failing', failing],
    ['passing', passing],
    ['no worker role', noWorkers],
    ['many roles', manyFailing(30)],
  ])('is valid SARIF 2.1.0 for the %s report', (_name, report) => {
    const log = renderSarif(report);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('matches the snapshot', async () => {
    await expect(JSON.stringify(renderSarif(failing), null, 2) + '\n').toMatchFileSnapshot(
      '__snapshots__/fail.sarif.json',
    );
  });

  it('has one rule per check with help and the Veeam source link', () => {
    const rules = renderSarif(failing).runs[0]!.tool.driver.rules!;
    for (const id of ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions']) {
      const rule = rules.find((r) => r.id === id)!;
      expect(rule.helpUri).toMatch(/^https:\/\/helpcenter\.veeam\.com\/docs\/vbaws\/guide\//);
      expect(rule.help?.markdown).toContain(rule.helpUri);
    }
  });

  it('gives results with levels, locations and rule indexes', () => {
    const run = renderSarif(failing).runs[0]!;
    expect(
      run.results!.map((r) => [r.ruleId, r.level, r.locations![0]!.physicalLocation!.region?.startLine]),
    ).toEqual([
      ['file-error', 'error', 7],
      ['permissions', 'error', 31],
      ['trust-appliance', 'warning', 20],
      ['advice', 'note', 33],
    ]);
    for (const result of run.results!)
      expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('keeps fingerprints stable when lines move, and distinct per role and check', () => {
    const moved = structuredClone(failing);
    for (const role of moved.roles)
      for (const check of role.checks) if (check.location) check.location.line += 40;
    const prints = (r: Report) =>
      renderSarif(r).runs[0]!.results!.map((x) => x.partialFingerprints!['veeamIamGate/v1']);
    expect(prints(moved)).toEqual(prints(failing));
    const many = prints(manyFailing(30));
    expect(new Set(many).size).toBe(many.length);
  });

  it('percent-encodes paths into URI references', () => {
    const report = structuredClone(failing);
    report.errors[0]!.file = 'infra/my stack#1.yaml';
    const uri =
      renderSarif(report).runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri;
    expect(uri).toBe('infra/my%20stack%231.yaml');
  });
});

describe('renderSarif for a deployed role (live mode)', () => {
  it('names the role by its ARN as a logical location and stays schema-valid', () => {
    const arn = 'arn:aws:iam::111122223333:role/veeam-worker';
    const live: Report = {
      ...failing,
      roles: failing.roles.map((r) => ({
        ...r,
        id: `aws#${arn}`,
        source: 'aws' as const,
        location: { file: 'aws', line: 1, column: 1 },
      })),
    };
    const log = renderSarif(live);
    const validate = sarifValidator();
    expect(validate(log)).toBe(true);
    const located = log.runs[0]!.results!.filter((r) => r.properties?.roleId === `aws#${arn}`);
    expect(located.length).toBeGreaterThan(0);
    for (const r of located)
      expect(r.locations).toEqual([{ logicalLocations: [{ fullyQualifiedName: arn, kind: 'resource' }] }]);
  });

  it('names the tool version and home page, and ranks every rule for code scanning', () => {
    const driver = renderSarif(failing).runs[0]!.tool.driver;
    expect(driver.version).toBe(version);
    expect(driver.informationUri).toBe(homepage);
    for (const rule of driver.rules!) {
      const severity = Number(rule.properties?.['security-severity']);
      expect([rule.id, severity >= 0.1 && severity <= 10]).toEqual([rule.id, true]);
    }
  });

  it.each([
    ['', 'infra/broken.yaml'],
    ['stacks/prod', 'stacks/prod/infra/broken.yaml'],
    ['stacks/prod/', 'stacks/prod/infra/broken.yaml'],
  ])('resolves locations against the repository root from a scan in %j', (root, uri) => {
    const log = renderSarif(failing, { rootFromRepository: root });
    const location = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!;
    expect(location).toEqual({ uri, uriBaseId: '%SRCROOT%' });
    expect(sarifValidator()(log)).toBe(true);
  });
});
