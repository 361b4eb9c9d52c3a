import type { CalendarYearView } from '../../shared/api/calendar';
import type { MethodInput } from '../../shared/api/contract';
import type { CalendarDay } from '../../shared/calendar/calendar-data';
import { epochDay, isoDayOf, weekdayOf } from '../../shared/calendar/civil-day';

// The year being edited on the settings page: a copy of the stored (or derived) year that the clerk
// changes day by day, then saves whole.

export type YearDraft = MethodInput<'saveCalendarYear'>;
export type DraftDay = YearDraft['days'][number];

export function draftOf(view: CalendarYearView): YearDraft {
  return {
    year: view.year,
    sources: view.sources.map((s) => ({ ...s })),
    days: view.days.map((d) => ({ ...d })),
    // Kept so that saving the year again does not forget the legal change that removed a holiday.
    ...(view.removedHolidays ? { removedHolidays: view.removedHolidays.map((r) => ({ ...r })) } : {}),
  };
}

/** Adds the day, or replaces the one on the same date (or on `replacing`, when the date itself was edited). */
export function withDay(draft: YearDraft, day: DraftDay, replacing: string | null): YearDraft {
  const rest = draft.days.filter((d) => d.date !== day.date && d.date !== replacing);
  return { ...draft, days: [...rest, day].sort((a, b) => a.date.localeCompare(b.date)) };
}

export function withoutDay(draft: YearDraft, date: string): YearDraft {
  return { ...draft, days: draft.days.filter((d) => d.date !== date) };
}

export function withSource(draft: YearDraft, title: string, url: string): YearDraft {
  const taken = new Set(draft.sources.map((s) => s.id));
  let n = draft.sources.length + 1;
  while (taken.has(`nguon-${n}`)) n++;
  const source = { id: `nguon-${n}`, title, confidence: 'C' as const, ...(url ? { url } : {}) };
  return { ...draft, sources: [...draft.sources, source] };
}

export interface MonthCell {
  date: string;
  dayOfMonth: number;
  weekday: number;
}

/** The weeks of a month, Monday first as Vietnamese wall calendars print them; null pads the edges. */
export function monthWeeks(year: number, month: number): (MonthCell | null)[][] {
  const first = epochDay(year, month, 1);
  const end = month === 12 ? epochDay(year + 1, 1, 1) : epochDay(year, month + 1, 1);
  const cells: (MonthCell | null)[] = Array.from({ length: (weekdayOf(first) + 6) % 7 }, () => null);
  for (let day = first; day < end; day++) cells.push({ date: isoDayOf(day), dayOfMonth: day - first + 1, weekday: weekdayOf(day) });
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (MonthCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function dayByDate(days: readonly CalendarDay[] | readonly DraftDay[]): Map<string, DraftDay> {
  return new Map(days.map((d) => [d.date, d]));
}

export function sameDraft(a: YearDraft, b: YearDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
