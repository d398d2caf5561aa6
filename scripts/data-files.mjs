// Copies the data files the bundle reads on first use (src/data-files.ts) beside a bundle:
// <out>/iam/data/. Used by scripts/package.mjs for dist/ and by tests that build a bundle of their own.
// Usage: node scripts/data-files.mjs <out-dir>
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const dataFiles = ['managed-policies.json', 'actions.json', 'action-resources.json'];

export function copyDataFiles(out) {
  const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  mkdirSync(path.join(out, 'iam', 'data'), { recursive: true });
  for (const name of dataFiles)
    copyFileSync(path.join(repo, 'src', 'iam', 'data', name), path.join(out, 'iam', 'data', name));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) throw new Error('usage: node scripts/data-files.mjs <out-dir>');
  copyDataFiles(process.argv[2]);
}
