import type { CalendarDayKind, StatutoryHoliday, StatutoryRules } from './calendar-data';
import { epochDay, epochDayOf, isoDayOf, weekdayOf } from './civil-day';
import { placeHolidays } from './derive-holidays';
import { tetDay } from './lunar';

// A schedule replaces the derivation for its whole year, so a statutory holiday it forgets becomes a
// working day on every receipt (a year typed with no days at all puts due dates on mùng 1 Tết). Each
// holiday in force that year must therefore be in it. Where the law leaves the placement to the yearly
// decision, only what the law fixes is required: some day next to 2/9, and as many working days off
// around Tết as the law grants, wherever the decision puts them.

/** How far from the derived Tết block the yearly decision may move its days: a weekend either side. */
const TET_SLACK_DAYS = 7;

export type MissingHoliday =
  /** The holiday's own day is not listed as a holiday. */
  | { holiday: StatutoryHoliday; need: 'day'; day: string }
  /** Neither the day before nor the day after `day` is listed as a holiday. */
  | { holiday: StatutoryHoliday; need: 'next_to'; day: string }
  /** Fewer than `count` working days off (holiday or compensatory) around mùng 1 Tết, `day`. */
  | { holiday: StatutoryHoliday; need: 'working_days_off'; count: number; day: string };

export interface ScheduleToCheck {
  year: number;
  days: readonly { date: string; kind: CalendarDayKind }[];
}

export function missingStatutoryHolidays(
  schedule: ScheduleToCheck,
  rules: StatutoryRules,
  isWorkingWeekday: (weekday: number) => boolean,
): MissingHoliday[] {
  const kinds = new Map(schedule.days.map((d) => [epochDayOf(d.date), d.kind]));
  const isHoliday = (day: number) => kinds.get(day) === 'holiday';
  const missing: MissingHoliday[] = [];
  for (const { holiday, days } of placeHolidays(schedule.year, rules, isWorkingWeekday)) {
    const rule = holiday.date;
    switch (rule.type) {
      case 'solar':
      case 'lunar':
        if (!isHoliday(days[0]!)) missing.push({ holiday, need: 'day', day: isoDayOf(days[0]!) });
        break;
      case 'adjacent_to_solar': {
        const anchor = epochDay(schedule.year, rule.month, rule.day);
        if (!isHoliday(anchor - 1) && !isHoliday(anchor + 1)) missing.push({ holiday, need: 'next_to', day: isoDayOf(anchor) });
        break;
      }
      case 'lunar_new_year': {
        // A Tết day on a weekend is made up by a compensatory day, so what the law grants is counted
        // in working days off, not in listed days.
        const from = days[0]! - TET_SLACK_DAYS;
        const to = days[days.length - 1]! + TET_SLACK_DAYS;
        let off = 0;
        for (const [day, kind] of kinds) {
          if (day < from || day > to || !isWorkingWeekday(weekdayOf(day))) continue;
          if (kind === 'holiday' || kind === 'compensatory') off++;
        }
        if (off < days.length) missing.push({ holiday, need: 'working_days_off', count: days.length, day: tetDay(schedule.year) });
        break;
      }
    }
  }
  return missing;
}
