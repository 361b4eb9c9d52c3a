import { epochDayOf, isValidIsoDay } from './civil-day';

// A range of local days picked for a report (the register, the sync log): both ends included, and
// checked the same way on the page, before asking, and in the contract, which decides.

export type DayRangeProblem = 'reversed' | 'too_long';

/** What is wrong with `from`..`to` (YYYY-MM-DD, both included) for a report of at most `maxDays`; null when nothing is. */
export function dayRangeProblem(from: string, to: string, maxDays: number): DayRangeProblem | null {
  if (!isValidIsoDay(from) || !isValidIsoDay(to)) return null;
  const days = epochDayOf(to) - epochDayOf(from) + 1;
  if (days < 1) return 'reversed';
  return days > maxDays ? 'too_long' : null;
}
