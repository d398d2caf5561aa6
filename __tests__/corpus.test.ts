import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';
import type { Report } from '../src/model/report.js';

// The acceptance run: the built CLI over the whole real corpus, every role selected.
const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const corpus = path.join(repo, '__tests__', 'fixtures', 'corpus');
const invalid = 'cfn/checkov-triple-quotes-invalid.json';
let work: string;
let result: { status: number | null; stdout: string; stderr: string };
let report: Report;

/** AWS::IAM::Role resources per template, counted from the text alone (independent of the parser). */
function rolesWritten(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const dir of ['cfn', 'veeam']) {
    for (const name of readdirSync(path.join(corpus, dir))) {
      const decoded = decode(readFileSync(path.join(corpus, dir, name)));
      if (decoded.kind !== 'text') continue;
      const n = decoded.text.match(/["']?Type["']?\s*:\s*["']?AWS::IAM::Role["']?\s*[,}\r\n]/g)?.length ?? 0;
      if (n > 0) counts.set(`${dir}/${name}`, n);
    }
  }
  return counts;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  writeFileSync(path.join(work, 'all-roles.yml'), 'roles:\n  - match: "*"\n');
  result = spawnSync(
    process.execPath,
    [
      path.join(repo, 'dist', 'cli.js'),
      '.',
      '--format',
      'json',
      '--config',
      path.join(work, 'all-roles.yml'),
    ],
    {
      cwd: corpus,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  report = JSON.parse(result.stdout) as Report;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the CLI over the shared corpus', () => {
  it('runs to a verdict without crashing: exit 1 (the invalid file fails the gate), nothing on stderr', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  });

  it('reports every AWS::IAM::Role of every template', () => {
    const reported = new Map<string, number>();
    for (const role of report.roles.filter((r) => r.source === 'cloudformation')) {
      const file = role.id.split('#')[0] as string;
      reported.set(file, (reported.get(file) ?? 0) + 1);
    }
    const expected = rolesWritten();
    expected.delete(invalid);
    expect(Object.fromEntries([...reported].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it('reports roles from every Terraform plan that defines an aws_iam_role', () => {
    const withRoles = readdirSync(path.join(corpus, 'tfplan')).filter((name) => {
      const decoded = decode(readFileSync(path.join(corpus, 'tfplan', name)));
      return decoded.kind === 'text' && /"type"\s*:\s*"aws_iam_role"/.test(decoded.text);
    });
    const reported = new Set(
      report.roles.filter((r) => r.source === 'terraform-plan').map((r) => r.id.split('#')[0]),
    );
    expect(withRoles.length).toBeGreaterThan(0);
    expect([...reported].sort()).toEqual(withRoles.map((name) => `tfplan/${name}`).sort());
  });

  it('reports the unparsable file as an error with its line', () => {
    const errors = report.errors.filter((e) => e.file === invalid);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBeGreaterThan(0);
  });

  it('has no internal errors and gives every role a verdict with checks', () => {
    expect(report.errors.filter((e) => /internal error/.test(e.message))).toEqual([]);
    for (const role of report.roles) {
      expect(['pass', 'fail', 'unknown']).toContain(role.verdict);
      expect(role.checks.length).toBeGreaterThan(0);
    }
    expect(report.summary.workerRoles).toBe(report.roles.length);
    expect(report.summary.iamRoles).toBeGreaterThanOrEqual(report.roles.length);
  });

  it('sorts roles by id and errors by file', () => {
    const ids = report.roles.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const files = report.errors.map((e) => e.file);
    expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
