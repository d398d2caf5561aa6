import { describe, expect, it } from 'vitest';
import {
  annotationsOf,
  hiddenCounts,
  workflowCommand,
  type Annotation,
} from '../../src/report/annotations.js';
import { failing, manyFailing, passing } from './sample-reports.js';

describe('annotationsOf', () => {
  it('orders file errors, failing checks, unknown checks, then advice, on the exact lines', () => {
    expect(annotationsOf(failing).map((a) => [a.level, a.file, a.line, a.column, a.title])).toEqual([
      ['error', 'infra/broken.yaml', 7, 1, 'infra/broken.yaml could not be checked'],
      ['error', 'infra/workers.yaml', 31, 11, 'VeeamWorkerRole: permissions fails'],
      ['warning', 'infra/workers.yaml', 20, 15, 'VeeamWorkerRole: trust-appliance is unknown'],
      ['notice', 'infra/workers.yaml', 33, 11, 'veeam-iam-gate: duplicate-key'],
    ]);
  });

  it('puts the missing actions in the message', () => {
    const permissions = annotationsOf(failing)[1]!;
    expect(permissions.message).toBe(
      'The role lacks 3 of the 33 actions Veeam needs on Resource "*". ' +
        'Missing: ssm:PutInventory, ssm:UpdateInstanceInformation, ssmmessages:CreateControlChannel.',
    );
  });

  it('does not repeat actions the message already names', () => {
    const report = structuredClone(failing);
    const check = report.roles[1]!.checks[0]!;
    check.message = `missing 3 of 33 actions: ${check.missingActions!.join(', ')}`;
    expect(annotationsOf(report)[1]!.message).toBe(check.message);
  });

  it('gives nothing for a passing report', () => {
    expect(annotationsOf(passing)).toEqual([]);
  });

  it.each([
    [3, { error: 0, warning: 0, notice: 0 }],
    [10, { error: 0, warning: 0, notice: 0 }],
    [11, { error: 1, warning: 1, notice: 0 }],
    [30, { error: 20, warning: 20, notice: 0 }],
  ])('with %i failing roles, hides %o beyond 10 per level', (n, hidden) => {
    expect(hiddenCounts(annotationsOf(manyFailing(n)))).toEqual(hidden);
  });
});

describe('workflowCommand', () => {
  const base: Annotation = {
    level: 'error',
    file: 'a.yaml',
    line: 3,
    column: 5,
    title: 'R: permissions fails',
    message: 'm',
  };
  it.each<[string, Partial<Annotation>, string]>([
    ['plain', {}, '::error file=a.yaml,line=3,col=5,title=R%3A permissions fails::m'],
    ['no column', { column: undefined }, '::error file=a.yaml,line=3,title=R%3A permissions fails::m'],
    ['warning', { level: 'warning' }, '::warning file=a.yaml,line=3,col=5,title=R%3A permissions fails::m'],
    [
      'properties with , : % and newlines',
      { file: 'dir,x/a:b%.yaml', title: 'T,1:2\r\n3' },
      '::error file=dir%2Cx/a%3Ab%25.yaml,line=3,col=5,title=T%2C1%3A2%0D%0A3::m',
    ],
    [
      'data keeps : and , but escapes % and line breaks',
      { message: '100% of a, b: c\nnext\r' },
      '::error file=a.yaml,line=3,col=5,title=R%3A permissions fails::100%25 of a, b: c%0Anext%0D',
    ],
    [
      'a message that looks like a command',
      { message: '::add-mask::x' },
      '::error file=a.yaml,line=3,col=5,title=R%3A permissions fails::::add-mask::x',
    ],
  ])('%s', (_name, change, expected) => {
    const line = workflowCommand({ ...base, ...change });
    expect(line).toBe(expected);
    expect(line).not.toMatch(/[\r\n]/);
  });
});

describe('annotations for a deployed role (live mode)', () => {
  it('are not file annotations', () => {
    const live = { ...failing, roles: failing.roles.map((r) => ({ ...r, source: 'aws' as const })) };
    expect(annotationsOf(live).filter((a) => a.file === 'aws')).toEqual([]);
  });
});
