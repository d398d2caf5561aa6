import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadHcl } from '../../../src/parsers/terraform-source/hcl/index.js';
import type { SourceResult } from '../../../src/parsers/terraform-source/index.js';
import { readTerraformSource } from '../../../src/parsers/terraform-source/index.js';

export const fixtureRoot = fileURLToPath(new URL('../../fixtures/terraform-source/', import.meta.url));

/** Every file of a folder, relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir + prefix)
    .sort()
    .flatMap((name) => {
      const rel = prefix + name;
      return statSync(dir + rel).isDirectory() ? listFiles(dir, `${rel}/`) : [rel];
    });
}

/** Reads a fixture folder (or an in-memory tree) the way the scan hands it over. */
export async function readSource(
  tree: string | Record<string, string>,
  variables: { files?: { file: string; text: string }[]; vars?: Record<string, string> } = {},
): Promise<SourceResult> {
  const hcl = await loadHcl();
  const files = typeof tree === 'string' ? listFiles(`${fixtureRoot}${tree}/`) : Object.keys(tree);
  const readFile = (path: string): string | undefined => {
    if (typeof tree !== 'string') return tree[path];
    try {
      return readFileSync(`${fixtureRoot}${tree}/${path}`, 'utf8');
    } catch {
      return undefined;
    }
  };
  return readTerraformSource({
    hcl,
    files,
    readFile,
    variables: { files: variables.files ?? [], vars: variables.vars ?? {} },
  });
}
