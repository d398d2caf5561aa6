import { describe, expect, it } from 'vitest';
import { parseWaiverComment, waiversAbove } from '../../src/waivers/terraform-comment.js';

const at = { file: 'main.tf', line: 4, column: 1 };

describe('# veeam-iam-gate:waive comments', () => {
  it.each<[string, string, object | undefined]>([
    [
      'one check, reason, expiry',
      '# veeam-iam-gate:waive permissions reason="SCP grants it" expires=2027-01-31',
      { checks: ['permissions'], reason: 'SCP grants it', expires: '2027-01-31', location: at },
    ],
    [
      'several checks, ticket, // comment',
      '  // veeam-iam-gate:waive trust-appliance,instance-profile reason="later" expires=2027-01-31 ticket=OPS-9',
      {
        checks: ['trust-appliance', 'instance-profile'],
        reason: 'later',
        expires: '2027-01-31',
        ticket: 'OPS-9',
        location: at,
      },
    ],
    [
      'partial actions and an escaped quote',
      '#veeam-iam-gate:waive permissions actions=sqs:SendMessage,sqs:ListQueues reason="the \\"shared\\" policy" expires=2027-01-31',
      {
        checks: ['permissions'],
        actions: ['sqs:SendMessage', 'sqs:ListQueues'],
        reason: 'the "shared" policy',
        expires: '2027-01-31',
        location: at,
      },
    ],
    [
      'all, without reason (the rules judge it)',
      '# veeam-iam-gate:waive all expires=2027-01-31',
      { checks: ['all'], expires: '2027-01-31', location: at },
    ],
    ['not a waiver', '# tflint-ignore: aws_iam_role_invalid', undefined],
    ['code', 'resource "aws_iam_role" "worker" {', undefined],
    ['a different marker', '# veeam-iam-gate:waiver permissions', undefined],
  ])('%s', (_label, line, expected) => {
    expect(parseWaiverComment(line, at)).toEqual(expected);
  });

  it.each([
    ['no check', '# veeam-iam-gate:waive reason="x" expires=2027-01-31', 'name the check'],
    ['unknown field', '# veeam-iam-gate:waive permissions because="x"', 'unknown field because'],
    ['a field twice', '# veeam-iam-gate:waive permissions reason="a" reason="b"', "'reason' is given twice"],
    [
      'unterminated quote',
      '# veeam-iam-gate:waive permissions reason="never closed',
      'unterminated quoted value',
    ],
  ])('a malformed comment is a problem on its line: %s', (_label, line, problem) => {
    const waiver = parseWaiverComment(line, at);
    expect(waiver?.problem).toContain(problem);
    expect(waiver?.location).toEqual(at);
  });

  it('reads the comment block directly above a resource line, and nothing past a blank or code line', () => {
    const text = [
      '# veeam-iam-gate:waive all reason="far away" expires=2027-01-31',
      '',
      '# Worker role of the backup appliance.',
      '# veeam-iam-gate:waive permissions reason="near" expires=2027-01-31',
      '  # veeam-iam-gate:waive instance-profile reason="also near" expires=2027-02-01',
      'resource "aws_iam_role" "worker" {',
      '}',
    ].join('\n');
    expect(
      waiversAbove(text, 'm.tf', 6).map((w) => [w.checks, w.reason, w.location.line, w.location.column]),
    ).toEqual([
      [['permissions'], 'near', 4, 1],
      [['instance-profile'], 'also near', 5, 3],
    ]);
    expect(waiversAbove(text, 'm.tf', 1)).toEqual([]);
  });
});
