import { readFile } from 'node:fs/promises';

/** The two WebAssembly modules the HCL parser needs: tree-sitter's runtime and the Terraform grammar. */
export interface HclWasm {
  runtime: Uint8Array;
  grammar: Uint8Array;
}

/**
 * Reads the wasm files. The `new URL(…, import.meta.url)` form is what ncc recognises: it copies
 * both files beside the bundle and rewrites the URLs, so the bundle works from any folder; from
 * `src` (vitest, tsx) the same URLs point into node_modules.
 */
export async function readHclWasm(): Promise<HclWasm> {
  const [runtime, grammar] = await Promise.all([
    readFile(new URL('../../node_modules/web-tree-sitter/web-tree-sitter.wasm', import.meta.url)),
    readFile(
      new URL(
        '../../node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
        import.meta.url,
      ),
    ),
  ]);
  return { runtime, grammar };
}
