import type { ParsedInput } from '../../../shared/api/contract';
import { CalendarYear, type OfficeSettings } from '../../../shared/calendar/calendar-data';
import { epochDayOf, isValidIsoDay, weekdayOf } from '../../../shared/calendar/civil-day';
import { calendarYearProblems as problem } from '../../../shared/i18n/vi/calendar';
import { transportText } from '../../../shared/i18n/vi/common';
import { ApiError } from '../api-error';

// A year typed on the settings page, checked before anything is written. The first problem found is
// reported in Vietnamese with the day it concerns, so the clerk knows which row to fix.

export function checkYear(input: ParsedInput<'saveCalendarYear'>, office: OfficeSettings): CalendarYear {
  const refuse = (detail: string) => new ApiError('calendar_year_invalid', detail);
  const sourceIds = new Set<string>();
  for (const s of input.sources) {
    if (sourceIds.has(s.id)) throw refuse(problem.duplicateSource(s.id));
    sourceIds.add(s.id);
  }
  const workingWeekdays = new Set(office.workingWeekdays);
  const seen = new Set<string>();
  for (const d of input.days) {
    if (!isValidIsoDay(d.date)) throw refuse(problem.noSuchDay(d.date));
    if (!d.date.startsWith(`${input.year}-`)) throw refuse(problem.otherYear(d.date, input.year));
    if (seen.has(d.date)) throw refuse(problem.listedTwice(d.date));
    seen.add(d.date);
    if (!sourceIds.has(d.source)) throw refuse(problem.unknownSource(d.date));
    // Each kind changes a day's status; on a day that already has that status it is surely a mistyped date.
    const usuallyWorking = workingWeekdays.has(weekdayOf(epochDayOf(d.date)));
    if (d.kind === 'swapped_work' && usuallyWorking) throw refuse(problem.swappedWorkOnWorkingDay(d.date));
    if ((d.kind === 'compensatory' || d.kind === 'swapped_off') && !usuallyWorking) throw refuse(problem.dayOffOnRestDay(d.date));
  }
  const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
  const parsed = CalendarYear.safeParse({ ...input, days });
  if (!parsed.success) throw refuse(transportText.invalidField(parsed.error.issues[0]?.path.join('.') ?? ''));
  return parsed.data;
}
