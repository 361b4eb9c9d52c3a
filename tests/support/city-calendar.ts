// The shipped 2026 schedule with one more holiday, as the city would publish it.
import { civilServiceSchedules } from '../../src/shared/calendar/data/civil-service-schedules';

export const shipped2026 = civilServiceSchedules.find((y) => y.year === 2026)!;

/** Ngày Văn hóa Việt Nam (24/11) declared a day off, under the shipped year's first source. */
export const cultureDay2026 = {
  date: '2026-11-24',
  kind: 'holiday' as const,
  name: 'Ngày Văn hóa Việt Nam',
  source: shipped2026.sources[0]!.id,
  confidence: 'C' as const,
};
