import { readHclWasm, type HclWasm } from '../../../files/hcl-wasm.js';
import type { HclFile, HclTemplateFile } from './ast.js';
import { convertFile, convertTemplate, type TreeParser } from './parse.js';

/** Parses HCL text into the located AST. Loaded once per process by `loadHcl()`. */
export interface HclReader {
  /** Parses a `.tf` / `.tfvars` file. Never throws: syntax errors are in `errors`, with lines. */
  parse(text: string, file: string): HclFile;
  /** Parses a template file (`templatefile()`): the whole text is one template. Never throws. */
  parseTemplate(text: string, file: string): HclTemplateFile;
  /** Bare tree-sitter parse with nothing walked: the speed floor for benchmarks. */
  parseOnly(text: string): void;
}

let loading: Promise<HclReader> | undefined;

/**
 * Loads web-tree-sitter and the Terraform grammar the first time it is called (a run without `.tf`
 * files pays nothing), then returns the same reader. `wasm` is for tests that bring their own bytes.
 */
export function loadHcl(wasm: () => Promise<HclWasm> = readHclWasm): Promise<HclReader> {
  loading ??= create(wasm).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function create(wasm: () => Promise<HclWasm>): Promise<HclReader> {
  // Imported here, not at the top: the runtime's code is its own chunk of the bundle, read only
  // by runs that meet a .tf file.
  const [{ default: treeSitter }, { runtime, grammar }] = await Promise.all([
    import('./tree-sitter.cjs'),
    wasm(),
  ]);
  await treeSitter.Parser.init({ wasmBinary: runtime });
  const language = await treeSitter.Language.load(grammar);
  const parser = new treeSitter.Parser();
  parser.setLanguage(language);
  const treeParser: TreeParser = (text) => parser.parse(text);
  return {
    parse: (text, file) => convertFile(treeParser, text, file),
    parseTemplate: (text, file) => convertTemplate(treeParser, text, file),
    parseOnly: (text) => parser.parse(text)?.delete(),
  };
}
