// The shipped 2026 schedule with one more holiday, and the statutory rules with one more holiday in
// force, as the city would publish them.
import type { StatutoryRules } from '../../src/shared/calendar/calendar-data';
import { civilServiceSchedules } from '../../src/shared/calendar/data/civil-service-schedules';
import { statutoryRules } from '../../src/shared/calendar/data/statutory-holidays';

export const shipped2026 = civilServiceSchedules.find((y) => y.year === 2026)!;

/** Ngày Văn hóa Việt Nam (24/11) declared a day off, under the shipped year's first source. */
export const cultureDay2026 = {
  date: '2026-11-24',
  kind: 'holiday' as const,
  name: 'Ngày Văn hóa Việt Nam',
  source: shipped2026.sources[0]!.id,
  confidence: 'C' as const,
};

/** The shipped statutory rules as they would read once Ngày Văn hóa Việt Nam becomes law from `effectiveFrom`. */
export function cultureDayInForce(effectiveFrom: string): StatutoryRules {
  return {
    ...statutoryRules,
    holidays: statutoryRules.holidays.map((h) => (h.id === 'ngay-van-hoa-viet-nam' ? { ...h, status: 'in_force', effectiveFrom } : h)),
  };
}
