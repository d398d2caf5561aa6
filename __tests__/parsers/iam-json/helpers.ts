import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { iamJsonParser } from '../../../src/parsers/iam-json/index.js';
import type { ParsedFile } from '../../../src/parsers/types.js';

export const fixtures = join(import.meta.dirname, '../../fixtures/iam');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [relative(fixtures, full)];
  });
}

export const allFixtureFiles = walk(fixtures).sort();

/** Parses a fixture as the scan would: path relative to the fixtures root, siblings readable. */
export function parseFixture(file: string): ParsedFile | null {
  const text = readFileSync(join(fixtures, file), 'utf8');
  return iamJsonParser.parse(text, {
    file,
    parameters: {},
    files: allFixtureFiles,
    readFile: (f) => readFileSync(join(fixtures, f), 'utf8'),
  });
}
