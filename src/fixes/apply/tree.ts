/**
 * A source document as the fixer reads it: every node with its text offsets, YAML or JSON alike.
 * `end` is where the node's own content ends (a trailing comment or blank line is not part of it).
 */
export type ENode = EMap | ESeq | EScalar;

interface EBase {
  start: number;
  end: number;
  /** A YAML local tag as written (`!Ref`); absent in JSON. */
  tag?: string;
  /** Written inline (`[a, b]`, `{ a: 1 }`, and all of JSON), as opposed to a YAML block. */
  flow: boolean;
}

export interface EEntry {
  key: string;
  keyStart: number;
  value?: ENode;
}

export interface EMap extends EBase {
  kind: 'map';
  entries: EEntry[];
}

export interface ESeq extends EBase {
  kind: 'seq';
  items: ENode[];
}

export interface EScalar extends EBase {
  kind: 'scalar';
  value: unknown;
  quote: 'plain' | 'single' | 'double' | 'block';
}

export type Path = readonly (string | number)[];

/** The last entry of that key, as CloudFormation reads a mapping. */
export function entryOf(node: ENode | undefined, key: string): EEntry | undefined {
  if (node?.kind !== 'map') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i]!.key === key) return node.entries[i];
  return undefined;
}

export function at(root: ENode | undefined, path: Path): ENode | undefined {
  let node = root;
  for (const step of path) {
    if (typeof step === 'number') node = node?.kind === 'seq' ? node.items[step] : undefined;
    else node = entryOf(node, step)?.value;
  }
  return node;
}

/** A plain, untagged string scalar's value. */
export function text(node: ENode | undefined): string | undefined {
  return node?.kind === 'scalar' && !node.tag && typeof node.value === 'string' ? node.value : undefined;
}
