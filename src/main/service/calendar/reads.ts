import type { DeadlineRule } from '../../../shared/catalog/deadline-rule';
import type { CalendarYearView } from '../../../shared/api/calendar';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { CalendarDay } from '../../../shared/calendar/calendar-data';
import { epochDay, isoDayOf } from '../../../shared/calendar/civil-day';
import { dueDate } from '../../../shared/calendar/due-date';
import { receptionMoment } from '../../../shared/calendar/reception';
import { dueDateCalendar } from '../../../shared/calendar/due-date-calendar';
import { DERIVED_SOURCE, type WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { ApiError } from '../api-error';
import type { Db } from '../db/open-database';
import { buildCalendar, FIRST_YEAR, LAST_YEAR, storedOffice, storedRules, storedYears } from './calendar-rows';

// The working calendar is built once and kept: a due date is then a few array reads. A saved year
// hands the rebuilt calendar over after its commit, so no request ever sees a half-saved year.

interface Built {
  calendar: WorkingCalendar;
  listing: MethodOutput<'listCalendarYears'> | null;
}

export class CalendarReads {
  private built: Built | null = null;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  calendar(): WorkingCalendar {
    return this.current().calendar;
  }

  /** The stored years changed behind the calendar's back (a city publication): rebuild on next use. */
  invalidate(): void {
    this.built = null;
  }

  /** Called by the save command after its commit, with the calendar it built from the saved rows. */
  install(calendar: WorkingCalendar): void {
    this.built = { calendar, listing: null };
  }

  listCalendarYears(): MethodOutput<'listCalendarYears'> {
    const built = this.current();
    if (built.listing) return built.listing;
    const stored = new Map(storedYears(this.db).map((y) => [y.schedule.year, y]));
    const office = storedOffice(this.db);
    const years: CalendarYearView[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const own = stored.get(year);
      const removed = own?.schedule.removedHolidays;
      years.push(
        own
          ? {
              year,
              derived: false,
              sources: own.schedule.sources,
              days: own.schedule.days,
              ...(removed ? { removedHolidays: removed } : {}),
              updatedAt: own.updatedAt,
            }
          : { year, derived: true, sources: [DERIVED_SOURCE], days: derivedDays(built.calendar, year), updatedAt: null },
      );
    }
    built.listing = {
      firstYear: FIRST_YEAR,
      lastYear: LAST_YEAR,
      sessions: office.sessions,
      workingWeekdays: office.workingWeekdays,
      officeSource: office.source,
      dayOffOpening: office.dayOffOpening,
      reception: office.reception,
      years,
    };
    return built.listing;
  }

  getDueDate(input: ParsedInput<'getDueDate'> & { rule: DeadlineRule }): MethodOutput<'getDueDate'> {
    const calendar = this.calendar();
    const receivedAt = input.receivedAt ?? this.now().toISOString();
    try {
      const channel = input.channel ?? 'in_person';
      const due = dueDate(input.rule, receivedAt, calendar, { verification: input.verification ?? false, channel });
      const receivedMs = Date.parse(receivedAt);
      return {
        ...due,
        receivedOn: isoDayOf(receptionMoment(calendar, receivedMs, channel).receivedOn),
        calendar: dueDateCalendar(calendar, receivedMs, due),
      };
    } catch (error) {
      if (error instanceof RangeError) throw new ApiError('due_date_out_of_range');
      throw error;
    }
  }

  getStatutoryRules(): MethodOutput<'getStatutoryRules'> {
    return storedRules(this.db);
  }

  private current(): Built {
    return (this.built ??= { calendar: buildCalendar(this.db), listing: null });
  }
}

/** The days a year without a schedule gets from the statutory rules, as the calendar placed them. */
function derivedDays(calendar: WorkingCalendar, year: number): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let day = epochDay(year, 1, 1); day < epochDay(year + 1, 1, 1); day++) {
    const date = isoDayOf(day);
    const entry = calendar.dayEntry(date);
    if (entry) days.push({ date, kind: entry.kind, name: entry.name, source: entry.source, confidence: entry.confidence });
  }
  return days;
}
