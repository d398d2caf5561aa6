import { describe, expect, it } from 'vitest';
import { shouldCreateComment, touchesScannedInput } from '../../src/github/comment-mode.js';
import type { CommentMode } from '../../src/inputs.js';
import { failing, passing, reportOf } from '../report/sample-reports.js';

describe('touchesScannedInput', () => {
  it.each<[string, string[], string[], boolean]>([
    ['a template under a scanned folder', ['infra/a.yaml'], ['infra/'], true],
    ['a plan', ['tf/plan.json'], ['tf'], true],
    ['a Terraform source', ['tf/main.tf'], ['./tf/'], true],
    ['the whole repository scanned', ['deep/x/stack.template'], ['.'], true],
    ['the config file', ['.github/veeam-iam-gate.yml'], ['infra/'], true],
    ['a file outside the scanned folders', ['docs/a.yaml'], ['infra/'], false],
    ['a folder sharing a prefix', ['infra-old/a.yaml'], ['infra'], false],
    ['code only', ['src/app.ts', 'README.md'], ['.'], false],
    ['nothing', [], ['.'], false],
  ])('%s', (_name, changed, paths, expected) => {
    expect(touchesScannedInput(changed, paths, '.github/veeam-iam-gate.yml')).toBe(expected);
  });
});

describe('shouldCreateComment', () => {
  const unknownOnly = reportOf([{ ...passing.roles[0]!, verdict: 'unknown' }]);
  const none = reportOf([]);
  it.each<
    [CommentMode, string, Parameters<typeof shouldCreateComment>[1]['report'], boolean, boolean, boolean]
  >([
    // mode, case, report, step fails, PR changes scanned files, → create
    ['always', 'pass, untouched', passing, false, false, true],
    ['never', 'fail', failing, true, true, false],
    ['on-failure', 'fail', failing, true, false, true],
    ['on-failure', 'pass, touched', passing, false, true, false],
    ['on-change', 'fail, untouched', failing, true, false, true],
    ['on-change', 'unknown under warn, untouched', unknownOnly, false, false, true],
    ['on-change', 'pass, touched', passing, false, true, true],
    ['on-change', 'pass, untouched', passing, false, false, false],
    ['on-change', 'no worker role, touched', none, false, true, false],
  ])('%s: %s', async (mode, _case, report, stepFails, touched, expected) => {
    let asked = 0;
    const create = await shouldCreateComment(mode, {
      report,
      stepFails,
      changesScannedInput: async () => {
        asked++;
        return touched;
      },
    });
    expect(create).toBe(expected);
    // The changed files (an API call) are asked for only when they decide.
    expect(asked).toBe(mode === 'on-change' && report === passing ? 1 : 0);
  });
});
