// cfn-lint (Python, preinstalled on these machines and in CI) as the independent judge that a
// fixed template is still a valid CloudFormation template.
import { spawnSync } from 'node:child_process';

export const cfnLintMissing = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).status !== 0;
if (cfnLintMissing && process.env.CI)
  throw new Error('cfn-lint is not installed: CI must have it (pip install cfn-lint)');
export const cfnLintNote = 'cfn-lint is not installed (pip install cfn-lint): the templates are not linted';

/** The rule ids cfn-lint reports for each file, in one run over all of them. */
export function lintCodes(files: readonly string[]): Map<string, Set<string>> {
  const result = spawnSync('cfn-lint', ['--format', 'json', '--', ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const matches = JSON.parse(result.stdout || '[]') as { Filename: string; Rule: { Id: string } }[];
  const codes = new Map<string, Set<string>>(files.map((f) => [f, new Set()]));
  for (const m of matches) codes.get(m.Filename)?.add(m.Rule.Id);
  return codes;
}
