import { InputError } from '../model/errors.js';

/** Whether text is a real calendar day written YYYY-MM-DD (2027-02-30 is not). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The environment variable that fixes "today" (tests, reproducible runs). */
export const todayVariable = 'VEEAM_IAM_GATE_TODAY';

/**
 * Today's date (UTC) for waiver expiry, or the one `VEEAM_IAM_GATE_TODAY` fixes, so that a run can
 * be repeated exactly. Read at the edges (CLI, action) and passed in: the core never reads a clock.
 */
export function todayOf(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const fixed = env[todayVariable]?.trim();
  if (fixed) {
    if (!isDay(fixed)) throw new InputError(`${todayVariable}: '${fixed}' is not a date written YYYY-MM-DD`);
    return fixed;
  }
  return now.toISOString().slice(0, 10);
}
