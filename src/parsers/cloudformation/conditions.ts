import type { LNode } from '../located.js';
import { argList, asIntrinsic } from './intrinsic.js';
import type { Scope } from './scope.js';
import { walk } from './walk.js';

/** At most this many undecided conditions per role are enumerated (2^6 = 64 variants). */
export const maxUndecidedConditions = 6;

/** Condition names used by `Fn::If` anywhere in a raw tree, in source order. */
export function ifConditions(root: LNode): string[] {
  const names: string[] = [];
  walk(root, (node) => {
    // Most nodes are not `Fn::If`: tell so before building the call.
    if (node.tag ? node.tag !== '!If' : node.kind !== 'map' || node.entries.length !== 1) return;
    const call = asIntrinsic(node);
    if (call?.fn !== 'Fn::If') return;
    const first = argList(call)?.[0];
    if (first?.kind === 'scalar' && first.value !== null) names.push(String(first.value));
  });
  return names;
}

export interface Variant {
  assumptions: Record<string, boolean>;
  scope: Scope;
}

/**
 * One scope per assignment of the given undecided conditions, skipping assignments that
 * contradict the conditions' own definitions (e.g. `IsProd` true and `NotProd: !Not [IsProd]` true).
 */
export function enumerateVariants(names: string[], makeScope: (a: Map<string, boolean>) => Scope): Variant[] {
  const variants: Variant[] = [];
  for (let mask = 0; mask < 1 << names.length; mask++) {
    const assumed = new Map(names.map((name, i) => [name, ((mask >> i) & 1) === 0]));
    const scope = makeScope(assumed);
    const consistent = names.every((name) => {
      const own = scope.evaluateCondition(name);
      return own === undefined || own === assumed.get(name);
    });
    if (consistent) variants.push({ assumptions: Object.fromEntries(assumed), scope });
  }
  // Conditions that contradict every assignment (a circular definition): leave them undecided.
  if (!variants.length) variants.push({ assumptions: {}, scope: makeScope(new Map()) });
  return variants;
}
