// Vitest global setup: the whole run gets a temporary folder of its own (TMPDIR, inherited by the
// test workers and every process they start), and at the end it must be empty. A test that leaves
// a folder behind fails the run, naming what it left; the folder is removed either way, so a run
// never litters the system's temporary folder.
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(path.join(os.tmpdir(), 'veeam-iam-gate-tests-'));
  // mkdtemp makes it 0700: the unreadable-files tests run the CLI as `nobody`, which must reach it.
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => {
    const left = readdirSync(root);
    rmSync(root, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (left.length)
      throw new Error(`the tests left ${left.length} temporary entries behind: ${left.sort().join(', ')}`);
  };
}
