import { ParseError } from '../../model/errors.js';
import { parseJsonLocated, parseYamlLocated, type LNode } from '../located.js';
import { largeJsonBytes, readLargeJson } from './large-json.js';

const yamlFile = /\.ya?ml$/i;

/** The located tree of a JSON or YAML file; a YAML stream with several documents is not IAM JSON. */
export function readTree(text: string, file: string): LNode | undefined {
  if (!yamlFile.test(file)) {
    if (text.length > largeJsonBytes) {
      try {
        return readLargeJson(text, file);
      } catch {
        // Broken or absurdly nested: the located reader says where.
      }
    }
    return parseJsonLocated(text, file);
  }
  const docs = parseYamlLocated(text, file);
  if (docs.length !== 1) {
    if (docs.length === 0) throw new ParseError('empty document', 1, 1);
    return undefined;
  }
  return docs[0];
}

export function isIamCandidate(file: string): boolean {
  return /\.(json|ya?ml)$/i.test(file);
}
