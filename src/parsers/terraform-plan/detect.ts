/** Content tests for `terraform show -json` output (a plan or a state), any file name. */

const formatKey = /"format_version"\s*:/;
const planKey = /"(?:planned_values|resource_changes|prior_state|configuration|terraform_version)"\s*:/;

/** The first bytes look like plan or state JSON: cheap, used by sniff and to decide on bad JSON. */
export function looksLikePlanText(head: string): boolean {
  const start = head.slice(0, 8192);
  return /^\s*\{/.test(start.replace(/^\uFEFF/, '')) && formatKey.test(start) && planKey.test(start);
}

export function isPlanObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const plan = value as Record<string, unknown>;
  if (typeof plan['format_version'] !== 'string') return false;
  if ('planned_values' in plan || 'resource_changes' in plan || 'configuration' in plan) return true;
  const values = plan['values'];
  return typeof values === 'object' && values !== null && 'root_module' in values;
}
