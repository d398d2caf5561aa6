// README's "GitHub Action" section documents every input and output of action.yml, and no other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** The rows of the first table under `heading` inside the "## GitHub Action" section: name → cells. */
function table(heading: string): Map<string, string[]> {
  const section = readme.slice(readme.indexOf('## GitHub Action'));
  const start = section.indexOf(`\n${heading}\n`);
  expect(start, `README has no "${heading}"`).toBeGreaterThan(-1);
  const rows = new Map<string, string[]>();
  for (const line of section.slice(start).split('\n').slice(2)) {
    if (rows.size && !line.startsWith('|')) break;
    const cells = line.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, '').trim());
    const name = cells[0]?.match(/^`([a-z-]+)`$/)?.[1];
    if (name) rows.set(name, cells.slice(1));
  }
  return rows;
}

describe('action.yml and README', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('documents every input, and no other', () => {
    expect([...table('### Inputs').keys()].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('documents every output, and no other', () => {
    expect([...table('### Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it.each(Object.entries(action.inputs).filter(([, input]) => input.default))(
    "gives the default of '%s' as action.yml does",
    (name, input) => {
      expect(table('### Inputs').get(name)![0]).toBe(`\`${input.default}\``);
    },
  );

  it.each(Object.entries(action.inputs))("describes '%s' in action.yml", (_name, input) => {
    expect(input.description.length).toBeGreaterThan(20);
  });

  it('shows the workflow snippet with the permissions it needs', () => {
    expect(readme).toContain('permissions: { contents: read, pull-requests: write, checks: write }');
    expect(readme).toContain('appliance-principal: arn:aws:iam::111122223333:role/VeeamImpersonation');
  });

  it('is run by CI on its own examples (uses: ./), next to the tests and a check-dist job', () => {
    const ci = parse(readFileSync(new URL('.github/workflows/ci.yml', root), 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string; run?: string }[] }>;
    };
    expect(Object.keys(ci.jobs)).toEqual(['test', 'check-dist', 'action']);
    expect(ci.jobs.test!.steps.map((s) => s.run).filter(Boolean)).toContain('npm test');
    expect(ci.jobs['check-dist']!.steps.map((s) => s.run).filter(Boolean)).toContain('npm run package');
    expect(ci.jobs.action!.steps.filter((s) => s.uses === './')).toHaveLength(2);
  });
});
