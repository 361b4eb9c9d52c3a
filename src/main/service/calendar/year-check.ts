import type { ParsedInput } from '../../../shared/api/contract';
import { CalendarYear, type OfficeSettings, type StatutoryRules } from '../../../shared/calendar/calendar-data';
import { epochDayOf, isValidIsoDay, weekdayOf } from '../../../shared/calendar/civil-day';
import { missingStatutoryHolidays, type MissingHoliday } from '../../../shared/calendar/statutory-check';
import { calendarYearProblems as problem, missingHoliday } from '../../../shared/i18n/vi/calendar';
import { transportText } from '../../../shared/i18n/vi/common';
import { ApiError } from '../api-error';

// A year typed on the settings page, checked before anything is written. The first problem found is
// reported in Vietnamese with the day it concerns, so the clerk knows which row to fix. Last comes the
// law: a statutory holiday the year leaves out must be one the admin names as removed, with the change.

export function checkYear(input: ParsedInput<'saveCalendarYear'>, office: OfficeSettings, rules: StatutoryRules): CalendarYear {
  const refuse = (detail: string) => new ApiError('calendar_year_invalid', detail);
  const sourceIds = new Set<string>();
  for (const s of input.sources) {
    if (sourceIds.has(s.id)) throw refuse(problem.duplicateSource(s.id));
    sourceIds.add(s.id);
  }
  const workingWeekdays = new Set(office.workingWeekdays);
  const isWorkingWeekday = (weekday: number) => workingWeekdays.has(weekday);
  const seen = new Set<string>();
  for (const d of input.days) {
    if (!isValidIsoDay(d.date)) throw refuse(problem.noSuchDay(d.date));
    if (!d.date.startsWith(`${input.year}-`)) throw refuse(problem.otherYear(d.date, input.year));
    if (seen.has(d.date)) throw refuse(problem.listedTwice(d.date));
    seen.add(d.date);
    if (!sourceIds.has(d.source)) throw refuse(problem.unknownSource(d.date));
    // Each kind changes a day's status; on a day that already has that status it is surely a mistyped date.
    const usuallyWorking = isWorkingWeekday(weekdayOf(epochDayOf(d.date)));
    if (d.kind === 'swapped_work' && usuallyWorking) throw refuse(problem.swappedWorkOnWorkingDay(d.date));
    if ((d.kind === 'compensatory' || d.kind === 'swapped_off') && !usuallyWorking) throw refuse(problem.dayOffOnRestDay(d.date));
  }

  const names = new Map(rules.holidays.map((h) => [h.id, h.name]));
  const removed = new Set<string>();
  for (const r of input.removedHolidays ?? []) {
    const name = names.get(r.holiday);
    if (name === undefined) throw refuse(problem.unknownHoliday(r.holiday));
    if (removed.has(r.holiday)) throw refuse(problem.holidayRemovedTwice(name));
    removed.add(r.holiday);
  }
  const missing = missingStatutoryHolidays(input, rules, isWorkingWeekday).filter((m) => !removed.has(m.holiday.id));
  if (missing.length > 0) throw refuse(problem.missingHolidays(input.year, missing.map(describe)));

  const { removedHolidays, ...year } = input;
  const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
  const parsed = CalendarYear.safeParse({ ...year, days, ...(removed.size > 0 ? { removedHolidays } : {}) });
  if (!parsed.success) throw refuse(transportText.invalidField(parsed.error.issues[0]?.path.join('.') ?? ''));
  return parsed.data;
}

function describe(m: MissingHoliday): string {
  switch (m.need) {
    case 'day':
      return missingHoliday.onDay(m.holiday.name, m.day);
    case 'next_to':
      return missingHoliday.nextTo(m.holiday.name, m.day);
    case 'working_days_off':
      return missingHoliday.workingDaysOff(m.holiday.name, m.count, m.day);
  }
}
