import type { Tree } from 'web-tree-sitter';

/**
 * tree-sitter's tree copied into plain objects in one cursor walk. Every property read on a
 * web-tree-sitter `Node` is a call into wasm; reading each node's type and range once, here, made
 * the conversion several times cheaper than walking `Node`s.
 */
export interface LiteNode {
  type: string;
  isNamed: boolean;
  isMissing: boolean;
  isError: boolean;
  /** This node or one inside it is an ERROR or MISSING node. */
  hasError: boolean;
  /** UTF-16 offsets into the parsed text. */
  startIndex: number;
  endIndex: number;
  children: LiteNode[];
  parent: LiteNode | undefined;
}

const ERROR_TYPE_ID = 65535;

/** Named tokens of the grammar: never a child to look for (saves a call per leaf). */
const NAMED_TOKENS = new Set([
  'identifier',
  'numeric_lit',
  'comment',
  'heredoc_identifier',
  'template_literal',
  'quoted_template_start',
  'quoted_template_end',
  'template_interpolation_start',
  'template_interpolation_end',
  'template_directive_start',
  'template_directive_end',
  'strip_marker',
  'ellipsis',
]);

export function dumpTree(tree: Tree): LiteNode {
  const language = tree.language;
  const names = language.types;
  const named: (boolean | undefined)[] = [];
  const cursor = tree.walk();
  const all: LiteNode[] = [];
  /** A node with its type; its range is read later (leaves) or taken from its children. */
  const make = (parent: LiteNode | undefined): LiteNode => {
    const typeId = cursor.nodeTypeId;
    const isError = typeId === ERROR_TYPE_ID;
    let isNamed = named[typeId];
    if (isNamed === undefined) isNamed = named[typeId] = isError || language.nodeTypeIsNamed(typeId);
    const node: LiteNode = {
      type: isError ? 'ERROR' : (names[typeId] ?? 'ERROR'),
      isNamed,
      isMissing: false,
      isError,
      hasError: false,
      startIndex: -1,
      endIndex: -1,
      children: [],
      parent,
    };
    // `.0` ends in a token tree-sitter does not list as a child: its range is read.
    if (node.type === 'legacy_index') {
      node.startIndex = cursor.startIndex;
      node.endIndex = cursor.endIndex;
    }
    parent?.children.push(node);
    all.push(node);
    return node;
  };
  /** Only leaves are asked for their range: a parent spans from its first child to its last. */
  const leaf = (node: LiteNode): void => {
    node.startIndex = cursor.startIndex;
    node.endIndex = cursor.endIndex;
    // Only a zero-width node can be missing: ask tree-sitter only then.
    node.isMissing = node.startIndex === node.endIndex && cursor.nodeIsMissing;
  };
  try {
    const root = make(undefined);
    let current = root;
    for (;;) {
      const mayHaveChildren = current.isNamed && !NAMED_TOKENS.has(current.type);
      if (mayHaveChildren && cursor.gotoFirstChild()) {
        current = make(current);
        continue;
      }
      leaf(current);
      let moved = false;
      while (!moved) {
        if (cursor.gotoNextSibling()) {
          current = make(current.parent);
          moved = true;
        } else if (cursor.gotoParent()) current = current.parent!;
        else break;
      }
      if (!moved) break;
    }
    // Children were made after their parents: walking backwards reaches them first.
    for (let i = all.length - 1; i > 0; i--) {
      const node = all[i]!;
      const parent = node.parent!;
      if (node.isError || node.isMissing || node.hasError) parent.hasError = true;
      if (parent.startIndex < 0 || node.startIndex < parent.startIndex) parent.startIndex = node.startIndex;
      if (node.endIndex > parent.endIndex) parent.endIndex = node.endIndex;
    }
    if (root.startIndex < 0) leaf(root);
    return root;
  } finally {
    cursor.delete();
  }
}
