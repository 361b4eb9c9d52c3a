import type { StatutoryHoliday, StatutoryRules } from '../../shared/calendar/calendar-data';

// Changes the settings page makes to the statutory rules before saving them whole. A holiday is never
// removed here: the law ends one with an effectiveTo, which the service also insists on.

/** Replaces the holiday with the same id, or adds it at the end. */
export function withHoliday(rules: StatutoryRules, holiday: StatutoryHoliday): StatutoryRules {
  const known = rules.holidays.some((h) => h.id === holiday.id);
  return {
    ...rules,
    holidays: known ? rules.holidays.map((h) => (h.id === holiday.id ? holiday : h)) : [...rules.holidays, holiday],
  };
}

/** A new holiday on a fixed solar day, under an id no holiday of the rules has. */
export function newHoliday(rules: StatutoryRules, today: string): StatutoryHoliday {
  const taken = new Set(rules.holidays.map((h) => h.id));
  let n = rules.holidays.length + 1;
  while (taken.has(`ngay-le-${n}`)) n++;
  return {
    id: `ngay-le-${n}`,
    name: '',
    date: { type: 'solar', month: 1, day: 1 },
    status: 'in_force',
    effectiveFrom: today,
    source: { title: '', confidence: 'C' },
  };
}
