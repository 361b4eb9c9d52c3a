import { dueDateNotice } from '../i18n/vi/calendar';
import { VN_OFFSET_MS } from '../time/local-time';
import type { DueDateCalendar } from './calendar-data';
import { epochDayOf } from './civil-day';
import type { DueDate } from './due-date';
import type { WorkingCalendar } from './working-calendar';

// How sure a due date is: a year without a published schedule has its days off placed by the
// statutory rules alone, and a receipt counted through one must say so rather than look certain.

const MS_PER_DAY = 86_400_000;

/**
 * The calendar years a due date was counted through, from the day the dossier came in (not the day it
 * counts as received: a dossier handed in after hours on 31/12 still read that day's status) to the
 * due day, each confirmed (it has a schedule) or derived.
 */
export function dueDateCalendar(calendar: WorkingCalendar, receivedAtMs: number, due: DueDate): DueDateCalendar {
  const receivedDay = Math.floor((receivedAtMs + VN_OFFSET_MS) / MS_PER_DAY);
  const years = calendar.yearsBetween(receivedDay, epochDayOf(due.date));
  const derived = years.filter((y) => y.status === 'derived').map((y) => y.year);
  return { confirmed: derived.length === 0, years, notice: derived.length > 0 ? dueDateNotice.derivedYears(derived) : null };
}
