import { describe, expect, it } from 'vitest';
import { appliance } from '../hostile/tree.js';
import { allFormats, applianceTrust, checksIn, ec2Trust, workerSpec } from '../helpers/every-format.js';
import { V10_ACTIONS } from '../helpers/roles.js';

/**
 * Issue 12 rule 4: trust statements are a union. For each trust check: an unconditional Deny → fail;
 * else an unconditional Allow → pass unless a conditional Deny may remove it (unknown); else a
 * conditional Allow → unknown; else fail. In either statement order, in every format.
 */
const grants = [{ Effect: 'Allow', Action: V10_ACTIONS, Resource: '*' }];
const onIp = { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } };
const ec2 = ec2Trust;
const ec2If = { ...ec2Trust, Condition: onIp };
const ec2Deny = { ...ec2Trust, Effect: 'Deny' };
const ec2DenyIf = { ...ec2Deny, Condition: onIp };
const app = applianceTrust;
const appIf = { ...applianceTrust, Condition: onIp };
const appExternalId = { ...applianceTrust, Condition: { StringEquals: { 'sts:ExternalId': 'veeam' } } };
const appDeny = { ...applianceTrust, Effect: 'Deny' };
const appDenyIf = { ...appDeny, Condition: onIp };

type Row = [name: string, statements: Record<string, unknown>[], ec2: string, appliance: string];
const rows: Row[] = [
  ['unconditional Allow beside a conditional Allow', [ec2, ec2If, app, appIf], 'pass', 'pass'],
  ['unconditional Allow with a conditional Deny', [ec2, ec2DenyIf, app, appDenyIf], 'unknown', 'unknown'],
  ['only a conditional Allow', [ec2If, appIf], 'unknown', 'unknown'],
  ['conditional Allow and conditional Deny', [ec2If, ec2DenyIf, appIf, appDenyIf], 'unknown', 'unknown'],
  ['nothing allows, a conditional Deny', [ec2DenyIf, appDenyIf], 'fail', 'fail'],
  ['unconditional Deny beats an unconditional Allow', [ec2, ec2Deny, app, appDeny], 'fail', 'fail'],
  ['unconditional Deny beats a conditional Allow', [ec2If, ec2Deny, appIf, appDeny], 'fail', 'fail'],
  ['external ID is accepted for the appliance only', [ec2, appExternalId], 'pass', 'pass'],
  ['external ID beside a conditional Deny', [ec2, appExternalId, appDenyIf], 'pass', 'unknown'],
];
const reversed: Row[] = rows.map(([name, statements, e, a]) => [
  `${name} (reversed)`,
  [...statements].reverse(),
  e,
  a,
]);

describe.each(allFormats)('trust statements as a union in %s', (format) => {
  it.each([...rows, ...reversed])('%s', (_name, statements, ec2Verdict, applianceVerdict) => {
    const checks = checksIn(format, workerSpec(grants, statements));
    expect([checks['trust-ec2']!.verdict, checks['trust-appliance']!.verdict]).toEqual([
      ec2Verdict,
      applianceVerdict,
    ]);
  });

  it('without a configured appliance the union rule holds too', () => {
    const checks = checksIn(format, workerSpec(grants, [appIf, ec2, app]), []);
    expect(checks['trust-appliance']!.verdict).toBe('pass');
    expect(checks['trust-appliance']!.message).toContain(appliance);
  });
});

describe('messages', () => {
  it('a fail with only a conditional Deny says nothing grants it', () => {
    const checks = checksIn('cloudformation-yaml', workerSpec(grants, [ec2DenyIf, app]));
    expect(checks['trust-ec2']!.message).toMatch(/no Allow statement grants sts:AssumeRole/);
  });
  it('an unknown names the conditional Deny', () => {
    const checks = checksIn('cloudformation-yaml', workerSpec(grants, [ec2, ec2DenyIf, app]));
    expect(checks['trust-ec2']!.message).toMatch(/may deny it/);
  });
});
