import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import { sampleReport } from './sample.js';

describe('renderText', () => {
  it('renders roles, failing checks, missing actions, the fix, errors, warnings and a summary', async () => {
    await expect(
      renderText(sampleReport(), { outcome: { verdict: 'fail', reason: '1 role failed.' } }),
    ).toMatchFileSnapshot('__snapshots__/report.txt');
  });

  it('has no colour codes unless asked', () => {
    expect(renderText(sampleReport())).not.toContain('\u001b[');
    expect(renderText(sampleReport(), { colour: true })).toContain('\u001b[31mFAIL');
  });

  it.each([
    ['missing actions', 'missing (2): sqs:ListQueues, ssm:PutInventory'],
    ['unproven actions', 'not proven (1): ssm:GetDocument'],
    ['fix snippet, indented', '                - sqs:ListQueues'],
    ['file:line of the failing check', '(infra/broken.yaml:20:9)'],
    ['file error with line', 'infra/bad.yaml:7:3  not valid YAML: bad indentation'],
    ['summary', 'Summary: 2 files, 4 IAM roles, 3 Veeam roles checked: 1 pass, 1 fail, 1 unknown; 1 error.'],
  ])('shows the %s', (_name, text) => {
    expect(renderText(sampleReport())).toContain(text);
  });

  it('says so when nothing was found', () => {
    const empty = {
      version: 1 as const,
      summary: { files: 0, iamRoles: 0, workerRoles: 0, pass: 0, fail: 0, unknown: 0, errors: 0 },
      roles: [],
      errors: [],
      warnings: [],
    };
    expect(renderText(empty)).toBe(
      'Summary: 0 files, 0 IAM roles, 0 Veeam roles checked: 0 pass, 0 fail, 0 unknown; 0 errors.\n',
    );
  });
});
