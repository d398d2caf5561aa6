// What --fix leaves alone: the file stays byte for byte, and the reason is given.
import { describe, expect, it } from 'vitest';
import { fixFile } from '../../../src/fixes/apply/plan.js';
import type { RoleReport } from '../../../src/model/report.js';
import { combinedRequirements } from '../../../src/requirements/index.js';
import { compliant, trustFor } from '../../requirements/compliant.js';
import { check, layouts, options, template } from './template-builder.js';

const requirement = combinedRequirements(['production-worker'], '10');
const yaml = layouts[0]!;

interface Case {
  name: string;
  text: string;
  options?: typeof options;
  /** check → reason (a fragment). */
  expected: Record<string, string>;
}

const cases: Case[] = [
  {
    name: 'the appliance is not named: no placeholder ARN is written',
    text: yaml.render(
      template(
        {
          ...compliant(requirement),
          trust: trustFor(requirement) && {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
            ],
          },
        },
        'inline',
      ),
    ),
    options: { appliancePrincipals: [], parameters: {} },
    expected: { 'trust-appliance': 'set --appliance-principal' },
  },
  {
    name: 'a Deny takes the actions away again: the added Allow would not help',
    text: yaml.render(
      template(
        {
          ...compliant(requirement, ['sqs:SendMessage']),
          inline: [
            ...compliant(requirement, ['sqs:SendMessage']).inline!,
            { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'sqs:*', Resource: '*' }] },
          ],
        },
        'inline',
      ),
    ),
    expected: { permissions: 'after the edit, permissions still fails' },
  },
  {
    name: 'the trust policy is a JSON string',
    text: yaml.render(
      template(
        {
          ...compliant(requirement),
          trust: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
            ],
          }),
        },
        'inline',
      ),
    ),
    expected: { 'trust-appliance': 'not written as a list of statements' },
  },
];

describe('not fixed', () => {
  it.each(cases)('$name', (c) => {
    const before = check('stack.yaml', c.text, ['production-worker'], '10');
    const result = fixFile('stack.yaml', c.text, [before], c.options ?? options);
    expect(result.after).toBe(c.text);
    const reasons = Object.fromEntries(result.roles[0]!.notFixed.map((n) => [n.check, n.reason]));
    expect(Object.keys(reasons).sort()).toEqual(Object.keys(c.expected).sort());
    for (const [id, fragment] of Object.entries(c.expected)) expect(reasons[id]).toContain(fragment);
  });

  it('writes nothing for an unknown check (a grant under a condition the gate cannot prove)', () => {
    const policy = compliant(requirement, ['sqs:SendMessage']).inline!;
    const text = yaml.render(
      template(
        {
          ...compliant(requirement),
          inline: [
            ...policy,
            {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: 'sqs:SendMessage',
                  Resource: '*',
                  Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
                },
              ],
            },
          ],
        },
        'inline',
      ),
    );
    const before = check('stack.yaml', text, ['production-worker'], '10');
    expect(before.checks.find((c) => c.check === 'permissions')!.verdict).toBe('unknown');
    const result = fixFile('stack.yaml', text, [before], options);
    expect(result.after).toBe(text);
    expect(result.roles[0]).toEqual({ id: before.id, fixed: [], notFixed: [] });
  });

  it.each<[RoleReport['source'], string]>([
    ['terraform-plan', 'a Terraform plan is generated: change the .tf source'],
    ['iam-json', 'IAM JSON is generated or fetched from AWS'],
  ])('a %s role gets the snippet, not an edit', (source, reason) => {
    const text = yaml.render(template({ ...compliant(requirement), profiles: [] }, 'inline'));
    const before = { ...check('stack.yaml', text, ['production-worker'], '10'), source };
    const result = fixFile('stack.yaml', text, [before], options);
    expect(result.after).toBe(text);
    expect(result.roles[0]!.notFixed).toEqual([
      { check: 'instance-profile', reason: expect.stringContaining(reason) },
    ]);
  });
});
