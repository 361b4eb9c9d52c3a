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

export function deriveYear(year: number, rules: StatutoryRules, isWorkingWeekday: (weekday: number) => boolean): DerivedDay[] {
  const holidays: DerivedDay[] = [];
  for (const holiday of rules.holidays) {
    if (holiday.status !== 'in_force') continue;
    for (const day of placeInYear(holiday.date, year, isWorkingWeekday)) {
      if (inForceOn(holiday, day)) holidays.push({ day, kind: 'holiday', name: holiday.name });
    }
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
