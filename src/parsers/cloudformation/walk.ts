import type { LNode } from '../located.js';

/** Visits every node of a tree without recursion (hostile input may nest deeply). */
export function walk(root: LNode, visit: (node: LNode) => void): void {
  const stack: LNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    if (node.kind === 'map')
      for (let i = node.entries.length - 1; i >= 0; i--) stack.push(node.entries[i]!.value);
    else if (node.kind === 'seq') for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!);
  }
}
