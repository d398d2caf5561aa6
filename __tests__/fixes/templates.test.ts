// End to end on real templates: the CloudFormation parser reads the example, the fix is pasted
// into the template text where its description says, and the parser and checks run again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRole } from '../../src/evaluate.js';
import { sourceStyle } from '../../src/fixes/index.js';
import type { RoleReport } from '../../src/model/report.js';
import { parseFile } from '../../src/parsers/index.js';
import { selectRoles } from '../../src/requirements/selection.js';
import { APPLIANCE } from '../helpers/roles.js';

function check(file: string, text: string, kinds?: string[]): RoleReport {
  const parsed = parseFile(text, { file, parameters: {} });
  const roles = parsed!.roles.map((r) => ({ ...r, style: sourceStyle(text) }));
  const selectors = kinds ? [{ match: '*', kinds }] : [];
  const [role, selection] = [...selectRoles(roles, selectors)][0]!;
  return evaluateRole(role, selection, { veeamVersion: '10', appliancePrincipals: [APPLIANCE] });
}

const indent = (text: string, n: number) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');

describe('fixes pasted into the example templates', () => {
  it('YAML: a policy resource, an instance profile and a trust statement make the broken worker pass', () => {
    let text = readFileSync('examples/broken-worker.yaml', 'utf8');
    const before = check('broken-worker.yaml', text);
    const fixes = Object.fromEntries(before.checks.filter((c) => c.fix).map((c) => [c.check, c.fix!]));
    expect(Object.keys(fixes).sort()).toEqual(['instance-profile', 'permissions', 'trust-appliance']);
    expect(fixes.permissions!.text).toContain('- !Ref VeeamWorkerRole');
    // Resources is the last top-level key: its members go at the end, two spaces in.
    text = `${text.trimEnd()}\n${indent(fixes.permissions!.text, 2)}\n${indent(fixes['instance-profile']!.text, 2)}\n`;
    // The trust statement goes into the Statement list, at the column of its items.
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^\s*- Effect: Allow/.test(l));
    const column = /^(\s*)/.exec(lines[at]!)![1]!.length;
    lines.splice(at, 0, indent(fixes['trust-appliance']!.text, column));
    const after = check('broken-worker.yaml', lines.join('\n'));
    expect(after.checks.map((c) => [c.check, c.verdict])).toEqual(
      before.checks.map((c) => [c.check, 'pass']),
    );
  });

  it('JSON: a policy resource makes the broken worker pass', () => {
    const text = readFileSync('examples/broken-worker.json', 'utf8');
    const before = check('broken-worker.json', text);
    const failing = before.checks.filter((c) => c.verdict === 'fail');
    expect(failing.map((c) => c.check)).toEqual(['permissions']);
    const fix = failing[0]!.fix!;
    expect(fix.format).toBe('cloudformation-json');
    const pasted = text.replace('"Resources": {', `"Resources": {\n${fix.text.trimEnd()},`);
    const after = check('broken-worker.json', pasted);
    expect(after.verdict).toBe('pass');
  });

  it('YAML: the EFS indexing conditions pasted as printed satisfy an efs-backup+production-worker-deployment role', () => {
    const text = readFileSync('examples/compliant-worker.yaml', 'utf8');
    const kinds = ['efs-backup', 'production-worker-deployment'];
    const before = check('compliant-worker.yaml', text, kinds);
    const permissions = before.checks.find((c) => c.check === 'permissions')!;
    expect(permissions.verdict).toBe('fail');
    const pasted = `${text.trimEnd()}\n${indent(permissions.fix!.text, 2)}\n`;
    const after = check('compliant-worker.yaml', pasted, kinds);
    expect(after.checks.find((c) => c.check === 'permissions')!.verdict).toBe('pass');
    expect(permissions.fix!.text).toContain('ec2:ResourceTag/EfsIndexWorker: EfsIndexWorker');
  });
});
