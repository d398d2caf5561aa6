import type { SourceLocation } from '../../model/location.js';
import type { LNode } from '../located.js';

/** One intrinsic function call, whatever way it was written (`!Sub x`, `{"Fn::Sub": x}`). */
export interface Intrinsic {
  /** Long name: 'Ref', 'Condition', 'Fn::Sub', 'Fn::GetAtt', … */
  fn: string;
  arg: LNode;
  loc: SourceLocation;
}

/**
 * Recognises an intrinsic function: a YAML short tag (`!GetAtt`, in scalar, sequence or mapping
 * form) or a one-key mapping `Ref` / `Fn::*`. `{Condition: Name}` is an intrinsic only inside a
 * condition expression (elsewhere it is an ordinary key, e.g. a policy statement's Condition).
 */
export function asIntrinsic(node: LNode, inCondition = false): Intrinsic | undefined {
  if (node.tag) {
    const name = node.tag.slice(1);
    const fn = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
    // A copy without the tag (rest, not `delete`: a deleted property makes the object slow).
    const { tag: _tag, ...arg } = node;
    return { fn, arg: arg as LNode, loc: node.loc };
  }
  if (node.kind === 'map' && node.entries.length === 1) {
    const entry = node.entries[0]!;
    if (entry.key === 'Ref' || entry.key.startsWith('Fn::') || (inCondition && entry.key === 'Condition'))
      return { fn: entry.key, arg: entry.value, loc: node.loc };
  }
  return undefined;
}

/** The argument list of a function that takes a list (`!Join [",", [a, b]]`), or undefined. */
export function argList(call: Intrinsic): LNode[] | undefined {
  return call.arg.kind === 'seq' ? call.arg.items : undefined;
}
