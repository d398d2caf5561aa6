import type { ConditionTest } from '../model/policy.js';
import type { RequiredCondition, RequirementSet } from './types.js';

/** A Condition block as printed, as the model's tests. */
export function conditionTests(condition: RequiredCondition): ConditionTest[] {
  return Object.entries(condition).flatMap(([operator, tests]) =>
    Object.entries(tests).map(([key, values]) => ({ operator, key, values: [...values] })),
  );
}

/** The condition under which a required action is needed; undefined when it is needed outright. */
export function requiredCondition(
  requirement: RequirementSet,
  action: string,
): RequiredCondition | undefined {
  const a = action.toLowerCase();
  return requirement.conditional?.find((c) => c.actions.some((x) => x.toLowerCase() === a))?.condition;
}
