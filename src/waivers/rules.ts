import { daysBetween, isDay } from './dates.js';

/** What a waiver may name: `all`, or a check id (`trust-<service>` for any service the kind needs). */
export function checkNameProblem(check: string): string | undefined {
  if (check === 'all' || ['trust-appliance', 'instance-profile', 'permissions'].includes(check))
    return undefined;
  if (/^trust-[a-z0-9][a-z0-9.-]*$/.test(check)) return undefined;
  return `'${check}' is not a check (use all, trust-ec2, trust-appliance, instance-profile, permissions or trust-<service>)`;
}

/** The default and the largest allowed `max-waiver-days`. */
export const defaultMaxWaiverDays = 365;

/**
 * Why a waiver is not acceptable as written, or undefined: it needs a reason, an expiry date, and
 * an expiry at most `maxDays` after today (so every exception is justified and temporary).
 */
export function waiverProblem(
  waiver: { checks: string[]; reason?: string; expires?: string },
  today: string,
  maxDays: number,
): string | undefined {
  const badCheck = waiver.checks.map(checkNameProblem).find((p) => p !== undefined);
  if (badCheck) return badCheck;
  if (!waiver.reason?.trim()) return 'a waiver needs a reason (why the gap is accepted)';
  if (waiver.expires === undefined) return 'a waiver needs an expiry date (expires: YYYY-MM-DD)';
  if (!isDay(waiver.expires)) return `expires '${waiver.expires}' is not a date written YYYY-MM-DD`;
  const days = daysBetween(today, waiver.expires);
  if (days > maxDays)
    return `expires ${waiver.expires} is ${days} days from today (${today}); waivers may run at most ${maxDays} days (max-waiver-days)`;
  return undefined;
}
