// Runs one worker role, written in every input format, through parse → select → evaluate (no file
// system) and returns each format's check results: the same rule must give the same verdict and the
// same missing actions whatever the format (issue 12).
import { evaluateRole } from '../../src/evaluate.js';
import type { CheckResult } from '../../src/model/report.js';
import { parseFile, parsers } from '../../src/parsers/index.js';
import { selectRoles } from '../../src/requirements/selection.js';
import { formats, type Format, type PolicyDoc, type RoleSpec } from '../hostile/fuzz-harness.js';
import { appliance } from '../hostile/tree.js';

export const allFormats = Object.keys(formats) as Format[];

export const ec2Trust = {
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
};
export const applianceTrust = { Effect: 'Allow', Principal: { AWS: appliance }, Action: 'sts:AssumeRole' };

/** A worker role whose identity policy is `statements` (nothing else attached) and trust is `trust`. */
export function workerSpec(
  statements: Record<string, unknown>[],
  trust: Record<string, unknown>[] = [ec2Trust, applianceTrust],
): RoleSpec {
  const identity: PolicyDoc = { Version: '2012-10-17', Statement: statements };
  return { identity, managed: [], trust: { Version: '2012-10-17', Statement: trust } };
}

export function checksIn(
  format: Format,
  spec: RoleSpec,
  appliancePrincipals: string[] = [appliance],
): Record<string, CheckResult> {
  const { file, render, text } = formats[format];
  const parsed = parseFile(text(render(spec)), { file, parameters: {} }, parsers);
  if (!parsed || parsed.errors.length) throw new Error(`${format}: ${JSON.stringify(parsed?.errors)}`);
  const [[role, selection]] = [...selectRoles(parsed.roles, [])] as [[never, never]];
  const report = evaluateRole(role, selection, { veeamVersion: '10', appliancePrincipals });
  return Object.fromEntries(report.checks.map((c) => [c.check, c]));
}
