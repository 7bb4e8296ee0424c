/**
 * "Hoeveel zorgverlof?": the most care leave per 12 months for a number of working hours a week.
 * Wet arbeid en zorg, status 2025: kortdurend zorgverlof at most 2× and langdurend zorgverlof at most
 * 6× the weekly working hours per 12 consecutive months (see ../shared/DOMAIN.md).
 */

/** More hours a week than this is not a plausible contract. */
export const MAX_WEEKLY_HOURS = 60;

export type LeaveCalculation =
  | { ok: true; weeklyHours: number; shortTermHours: number; longTermHours: number }
  | { ok: false; error: 'empty' | 'not-a-number' | 'not-positive' | 'too-many' };

/** Rounds to at most two decimals, so 24,5 × 2 stays 49 and 0,1 × 6 stays 0,6. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Calculates the maximum hours of care leave per 12 months.
 *
 * @param input the weekly working hours as typed: "24", "32,5" (Dutch decimal comma) or "32.5"
 */
export function calculateCareLeave(input: string): LeaveCalculation {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return { ok: false, error: 'not-a-number' };
  const hours = Number(text.replace(',', '.'));
  if (!Number.isFinite(hours)) return { ok: false, error: 'not-a-number' };
  if (hours <= 0) return { ok: false, error: 'not-positive' };
  if (hours > MAX_WEEKLY_HOURS) return { ok: false, error: 'too-many' };
  return { ok: true, weeklyHours: hours, shortTermHours: round(hours * 2), longTermHours: round(hours * 6) };
}
