import { readFileSync } from 'node:fs';
import { provideDataFiles } from './iam/data-files.js';

/**
 * The URL of a file relative to this module: src/ when run from source, dist/ in the bundle. Given
 * as a parameter so that ncc does not relocate the data files itself (scripts/data-files.mjs
 * copies them to dist/iam/data/, where the source has them under src/).
 */
function besideModule(relative: string): URL {
  return new URL(relative, import.meta.url);
}

export function readBundledDataFile(name: string): string {
  return readFileSync(besideModule(`iam/data/${name}`), 'utf8');
}

provideDataFiles(readBundledDataFile);
