import type { HolidayDateRule, StatutoryHoliday, StatutoryRules } from './calendar-data';
import { epochDay, epochDayOf, weekdayOf } from './civil-day';
import { lunarToSolar, tetDay } from './lunar';
import { compensatoryDayName } from '../i18n/vi/calendar';

// The days off of a year that has no published civil-service schedule, derived from the statutory
// rules: the holidays in force that year, then a compensatory day for each one that falls on a
// weekly rest day. Where the law leaves the placement to a yearly decision (which 5 days of Tết,
// which side of 2/9) the rule's own placement data decides, tagged [U] there.

export interface DerivedDay {
  day: number;
  kind: 'holiday' | 'compensatory';
  name: string;
}

/** A statutory holiday in force in a year, with the days the rules place it on (before compensation). */
export interface PlacedHoliday {
  holiday: StatutoryHoliday;
  days: number[];
}

/** The statutory holidays in force in a year, each on the days its rule places it; none in force on any of them is left out. */
export function placeHolidays(year: number, rules: StatutoryRules, isWorkingWeekday: (weekday: number) => boolean): PlacedHoliday[] {
  const placed: PlacedHoliday[] = [];
  for (const holiday of rules.holidays) {
    if (holiday.status !== 'in_force') continue;
    const days = placeInYear(holiday.date, year, isWorkingWeekday).filter((day) => inForceOn(holiday, day));
    if (days.length > 0) placed.push({ holiday, days });
  }
  return placed;
}

export function deriveYear(year: number, rules: StatutoryRules, isWorkingWeekday: (weekday: number) => boolean): DerivedDay[] {
  const holidays: DerivedDay[] = [];
  for (const { holiday, days } of placeHolidays(year, rules, isWorkingWeekday)) {
    for (const day of days) holidays.push({ day, kind: 'holiday', name: holiday.name });
  }
  holidays.sort((a, b) => a.day - b.day);
  if (!rules.compensation.nextWorkingDay) return holidays;

  const off = new Set(holidays.map((h) => h.day));
  const compensatory: DerivedDay[] = [];
  for (const h of holidays) {
    if (isWorkingWeekday(weekdayOf(h.day))) continue;
    let day = h.day + 1;
    while (off.has(day) || !isWorkingWeekday(weekdayOf(day))) day++;
    off.add(day);
    compensatory.push({ day, kind: 'compensatory', name: compensatoryDayName(h.name) });
  }
  return [...holidays, ...compensatory].sort((a, b) => a.day - b.day);
}

function inForceOn(holiday: StatutoryHoliday, day: number): boolean {
  if (day < epochDayOf(holiday.effectiveFrom)) return false;
  return holiday.effectiveTo === undefined || day <= epochDayOf(holiday.effectiveTo);
}

function placeInYear(rule: HolidayDateRule, year: number, isWorkingWeekday: (weekday: number) => boolean): number[] {
  switch (rule.type) {
    case 'solar':
      return [epochDay(year, rule.month, rule.day)];
    case 'lunar':
      return [epochDayOf(lunarToSolar({ year, month: rule.month, day: rule.day, leap: false }))];
    case 'lunar_new_year': {
      const first = epochDayOf(tetDay(year)) - rule.daysBefore;
      return Array.from({ length: rule.daysBefore + rule.daysFrom }, (_, i) => first + i);
    }
    case 'adjacent_to_solar': {
      const anchor = epochDay(year, rule.month, rule.day);
      const bridges = (day: number) => isWorkingWeekday(weekdayOf(day)) && [1, 5].includes(weekdayOf(day));
      if (bridges(anchor - 1)) return [anchor - 1];
      if (bridges(anchor + 1)) return [anchor + 1];
      return [isWorkingWeekday(weekdayOf(anchor - 1)) ? anchor - 1 : anchor + 1];
    }
  }
}
