import { instanceProfileCheck } from './checks/instance-profile.js';
import { permissionsCheck } from './checks/permissions.js';
import { trustApplianceCheck } from './checks/trust-appliance.js';
import { trustServiceCheck } from './checks/trust-service.js';
import type { Check, CheckContext, CheckOutcome } from './checks/types.js';
import { fixFor } from './fixes/index.js';
import type { GateOptions } from './model/options.js';
import type { CheckResult, RoleReport } from './model/report.js';
import type { CheckId, Role, RoleShape } from './model/role.js';
import { isUnresolved } from './model/value.js';
import { worst } from './model/verdict.js';
import { combinedRequirements } from './requirements/index.js';
import type { RequirementSet, Selection } from './requirements/types.js';

/** The checks a requirement set calls for, in report order. Requirements are data; checks are code. */
export function checksFor(requirement: RequirementSet): Check[] {
  return [
    ...requirement.trustServices.map(trustServiceCheck),
    ...(requirement.trustAppliance ? [trustApplianceCheck] : []),
    ...(requirement.instanceProfile ? [instanceProfileCheck] : []),
    permissionsCheck,
  ];
}

/** Open questions of the variant turn a fail (and, unless they can only add, a pass) into unknown. */
function applyOpenQuestions(check: Check, shape: RoleShape, outcome: CheckOutcome): CheckOutcome {
  const questions = shape.openQuestions.filter((q) => q.checks.includes(check.id));
  // An unknown keeps its verdict but names every open question, so the reason is never lost.
  const relevant = questions.filter((q) => outcome.verdict !== 'pass' || !q.onlyAdds);
  if (relevant.length === 0) return outcome;
  const reasons = relevant.map((q) => q.reason).join('; ');
  const moved =
    outcome.verdict === 'fail'
      ? {
          missingActions: [],
          unprovenActions: [...(outcome.unprovenActions ?? []), ...(outcome.missingActions ?? [])],
        }
      : {};
  return {
    ...outcome,
    ...moved,
    verdict: 'unknown',
    message:
      outcome.verdict === 'unknown'
        ? `${outcome.message}; also open: ${reasons}`
        : `${outcome.message}; but this cannot be decided statically: ${reasons}`,
    location: outcome.location ?? relevant[0]?.location,
  };
}

function describeAssumptions(shape: RoleShape): string {
  const entries = Object.entries(shape.assumptions);
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(', ') : 'as written';
}

function sortedUnion(lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))].sort((a, b) =>
    a.toLowerCase().localeCompare(b.toLowerCase()),
  );
}

/**
 * One check over every variant of a role: it holds when it holds in every variant, fails when it
 * fails in every variant, and is unknown otherwise (issue 2: undecidable CloudFormation conditions).
 */
function combineVariants(shapes: readonly RoleShape[], outcomes: readonly CheckOutcome[]): CheckOutcome {
  if (outcomes.length === 1) return outcomes[0]!;
  const verdicts = new Set(outcomes.map((o) => o.verdict));
  const first = outcomes[0]!;
  if (verdicts.size === 1 && !verdicts.has('unknown')) {
    const every = outcomes.every((o) => o.message === first.message)
      ? ''
      : ` (and in the other condition branches)`;
    return {
      ...first,
      message: `${first.message}${every}`,
      missingActions:
        first.verdict === 'fail' ? sortedUnion(outcomes.map((o) => o.missingActions)) : first.missingActions,
    };
  }
  const missingEverywhere = sortedUnion(outcomes.map((o) => o.missingActions)).filter((a) =>
    outcomes.every((o) => o.missingActions?.includes(a)),
  );
  const unproven = sortedUnion([
    ...outcomes.map((o) => o.missingActions),
    ...outcomes.map((o) => o.unprovenActions),
  ]).filter((a) => !missingEverywhere.includes(a));
  const branches = outcomes.map(
    (o, i) => `${o.verdict} when ${describeAssumptions(shapes[i]!)}: ${o.message}`,
  );
  const deciding = outcomes.find((o) => o.verdict !== 'pass') ?? first;
  return {
    verdict:
      outcomes.some((o) => o.verdict === 'fail') && outcomes.every((o) => o.verdict !== 'pass')
        ? 'fail'
        : 'unknown',
    location: deciding.location,
    message: `depends on template conditions the parameters do not decide — ${branches.join(' | ')}`,
    ...(first.missingActions ? { missingActions: missingEverywhere, unprovenActions: unproven } : {}),
  };
}

function notesFor(check: CheckId, shapes: readonly RoleShape[]): string[] {
  const texts = shapes.flatMap((s) =>
    (s.notes ?? []).filter((n) => n.checks.includes(check)).map((n) => n.text),
  );
  return [...new Set(texts)];
}

/**
 * Runs every check that the role's kind(s) need, on every variant of the role, and combines them
 * (design.md §2). Pure.
 */
export function evaluateRole(
  role: Role,
  selection: Selection,
  options: Pick<GateOptions, 'veeamVersion' | 'appliancePrincipals'>,
): RoleReport {
  const requirement = combinedRequirements(selection.kinds, options.veeamVersion);
  const context: CheckContext = { role, requirement, appliancePrincipals: options.appliancePrincipals };
  const variants = role.variants;
  const checks: CheckResult[] = checksFor(requirement).map((check) => {
    if (variants.length === 0) {
      return {
        check: check.id,
        verdict: 'unknown',
        message: 'the role has no variant to check (the parser produced none)',
        location: role.location,
      };
    }
    const outcomes = variants.map((shape) => applyOpenQuestions(check, shape, check.run(shape, context)));
    const combined = combineVariants(variants, outcomes);
    const result: CheckResult = { check: check.id, ...combined };
    const notes = notesFor(check.id, variants);
    // A pass stands whatever may be attached elsewhere; a fail or unknown says what might change it.
    if (result.verdict !== 'pass' && notes.length) result.notes = notes;
    if (result.verdict === 'fail') {
      const fix = fixFor({
        role,
        check: check.id,
        requirement,
        missingActions: result.missingActions ?? [],
        appliancePrincipals: options.appliancePrincipals,
      });
      if (fix) result.fix = fix;
    }
    return result;
  });
  return {
    id: role.id,
    name: role.name === undefined ? null : isUnresolved(role.name) ? `<${role.name.reason}>` : role.name,
    source: role.source,
    kind: selection.kinds.join('+'),
    veeamVersion: options.veeamVersion,
    selectedBy: selection.selectedBy,
    location: role.location,
    verdict: worst(checks.map((c) => c.verdict)),
    checks,
  };
}
