import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { configFromValue, type ConfigPath } from './config.js';
import { InputError } from './model/errors.js';
import type { GateOptions } from './model/options.js';

/**
 * Parses and validates the config file's text (design.md §4, issue 2 item 7). Pure: the caller
 * reads the file (from disk, or from a pull request's base commit). Any problem is an InputError
 * of one line naming the file, the line, the key and what to write instead. A module of its own:
 * the YAML parser is loaded only when there is a config file (start-up, issue 16).
 */
export function parseConfig(text: string, fileName: string): Partial<GateOptions> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0].line;
    const what = syntax.message.split('\n', 1)[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`${fileName}${line ? `:${line}` : ''}: not valid YAML: ${what}`);
  }
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(`${fileName}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return configFromValue(root, fileName, (path) => lineOf(doc, lineCounter, path));
}

/** The line of the key (or list item) a path names, or of its nearest existing parent. */
function lineOf(doc: Document, lineCounter: LineCounter, path: ConfigPath): number | undefined {
  const line = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const last = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
      if (pair && isScalar(pair.key)) return line(pair.key);
    } else if (isSeq(parent) && typeof last === 'number') {
      const found = line(parent.items[last] as Node | undefined);
      if (found) return found;
    }
  }
  return line(doc.contents);
}
