import type { LNode } from '../located.js';
import { walk } from './walk.js';

/**
 * The names a raw tree may refer to: `!Ref X` and literals give `X`, `!GetAtt X.Arn` gives `X`,
 * `!Sub "${X}…${Y.Arn}"` gives `X` and `Y`. Read once per resource so that linking a role looks
 * only at the resources that could name it (templates with thousands of resources stay linear).
 */
export function mentionedNames(root: LNode): Set<string> {
  const names = new Set<string>();
  walk(root, (node) => {
    if (node.kind !== 'scalar' || typeof node.value !== 'string') return;
    const value = node.value;
    names.add(value);
    const dot = value.indexOf('.');
    if (dot > 0) names.add(value.slice(0, dot));
    if (value.includes('${')) for (const m of value.matchAll(/\$\{([^}.!]+)[}.]/g)) names.add(m[1]!.trim());
  });
  return names;
}
