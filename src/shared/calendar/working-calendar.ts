import type { z } from 'zod';
import { calendarErrors, calendarLabels } from '../i18n/vi/calendar';
import {
  CalendarYear,
  OfficeSettings,
  StatutoryRules,
  type CalendarDayKind,
  type CalendarYearBasis,
  type Confidence,
  type ReceptionRules,
} from './calendar-data';
import { clockMinutes, epochDay, epochDayOf, isoDayOf, weekdayOf, yearOf } from './civil-day';
import { deriveYear } from './derive-holidays';

// Which days a ward's one-stop counter works, built once from the statutory rules, the yearly
// civil-service schedules and the office's week and hours. Every day of the covered years is
// indexed up front (a working flag, a prefix count and the sorted list of working days), so "the
// n-th working day after d" is two array reads whatever n is: a due date 10 years ahead costs the
// same as tomorrow's.

export interface DayEntry {
  kind: CalendarDayKind;
  name: string;
  /** Where the entry comes from: a schedule source id, or "derived" from the statutory rules. */
  source: string;
  confidence: Confidence;
}

/** The source a year without a schedule cites: the statutory rules, placed by the app, unchecked. */
export const DERIVED_SOURCE = { id: 'derived', title: calendarLabels.derivedSource, confidence: 'U' } as const;

export interface Session {
  /** Minutes after local midnight. */
  start: number;
  end: number;
}

export interface WorkingCalendarInput {
  rules: unknown;
  schedules: unknown;
  office: unknown;
  /** First and last Gregorian years indexed; a date outside them is an error, not a guess. */
  firstYear: number;
  lastYear: number;
}

/** Bad calendar data: `message` for logs (English), `messageVi` for the clerk. */
export class CalendarDataError extends Error {
  readonly messageVi: string;
  constructor(message: string, messageVi: string) {
    super(message);
    this.name = 'CalendarDataError';
    this.messageVi = messageVi;
  }
}

export class WorkingCalendar {
  readonly sessions: readonly Session[];
  readonly closingMinute: number;
  readonly minutesPerDay: number;
  readonly reception: ReceptionRules;
  /** Counter sessions on weekly rest days, indexed by weekday. */
  private readonly dayOffSessions: readonly (readonly Session[])[];
  private readonly firstDay: number;
  private readonly working: Uint8Array;
  /** workingBefore[i] = number of working days among the first i indexed days. */
  private readonly workingBefore: Int32Array;
  private readonly workingDays: Int32Array;
  private readonly entries: Map<number, DayEntry>;
  private readonly firstYear: number;
  private readonly lastYear: number;
  /** The sources of each indexed year that has a schedule; a year missing here is derived. */
  private readonly scheduleSources: Map<number, CalendarYear['sources']>;

  static build(input: WorkingCalendarInput): WorkingCalendar {
    const rules = parse(StatutoryRules, input.rules, 'statutory rules');
    const schedules = parse(CalendarYear.array(), input.schedules, 'civil-service schedules');
    const office = parse(OfficeSettings, input.office, 'office settings');
    const { firstYear, lastYear } = input;
    if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear < 1901 || lastYear > 2100 || firstYear > lastYear) {
      throw new CalendarDataError(`bad year range ${firstYear}–${lastYear} (the lunar calendar covers 1901–2100)`, calendarErrors.badRange);
    }
    const years = new Set(schedules.map((s) => s.year));
    if (years.size !== schedules.length) throw new CalendarDataError('two schedules for the same year', calendarErrors.duplicateYear);
    return new WorkingCalendar(rules, schedules, office, firstYear, lastYear);
  }

  private constructor(rules: StatutoryRules, schedules: CalendarYear[], office: OfficeSettings, firstYear: number, lastYear: number) {
    this.sessions = office.sessions.map((s) => ({ start: clockMinutes(s.start), end: clockMinutes(s.end) }));
    this.closingMinute = this.sessions[this.sessions.length - 1]!.end;
    this.minutesPerDay = this.sessions.reduce((sum, s) => sum + s.end - s.start, 0);
    this.reception = office.reception;
    const dayOffSessions: Session[][] = [[], [], [], [], [], [], []];
    for (const o of office.dayOffOpening)
      dayOffSessions[o.weekday] = o.sessions.map((s) => ({ start: clockMinutes(s.start), end: clockMinutes(s.end) }));
    this.dayOffSessions = dayOffSessions;

    this.firstDay = epochDay(firstYear, 1, 1);
    const length = epochDay(lastYear + 1, 1, 1) - this.firstDay;
    const weekdays = new Set(office.workingWeekdays);
    const isWorkingWeekday = (weekday: number) => weekdays.has(weekday);
    this.working = new Uint8Array(length);
    for (let i = 0; i < length; i++) this.working[i] = isWorkingWeekday(weekdayOf(this.firstDay + i)) ? 1 : 0;

    this.entries = new Map();
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.scheduleSources = new Map();
    const byYear = new Map(schedules.map((s) => [s.year, s]));
    for (let year = firstYear; year <= lastYear; year++) {
      const schedule = byYear.get(year);
      if (schedule) {
        this.scheduleSources.set(year, schedule.sources);
        for (const d of schedule.days)
          this.mark(epochDayOf(d.date), { kind: d.kind, name: d.name, source: d.source, confidence: d.confidence });
      } else {
        for (const d of deriveYear(year, rules, isWorkingWeekday))
          this.mark(d.day, { kind: d.kind, name: d.name, source: 'derived', confidence: 'U' });
      }
    }

    this.workingBefore = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) this.workingBefore[i + 1] = this.workingBefore[i]! + this.working[i]!;
    this.workingDays = new Int32Array(this.workingBefore[length]!);
    for (let i = 0, n = 0; i < length; i++) if (this.working[i]) this.workingDays[n++] = this.firstDay + i;
  }

  private mark(day: number, entry: DayEntry): void {
    const i = day - this.firstDay;
    if (i < 0 || i >= this.working.length) return;
    this.entries.set(day, entry);
    this.working[i] = entry.kind === 'swapped_work' ? 1 : 0;
  }

  isWorkingDay(isoDay: string): boolean {
    return this.isWorkingOn(epochDayOf(isoDay));
  }

  /** The first working day strictly after the given day. */
  nextWorkingDay(isoDay: string): string {
    return isoDayOf(this.nthWorkingDayAfter(epochDayOf(isoDay), 1));
  }

  /** The n-th working day strictly after the given day (n ≥ 1): day 1 is the first working day after it. */
  addWorkingDays(isoDay: string, n: number): string {
    return isoDayOf(this.nthWorkingDayAfter(epochDayOf(isoDay), n));
  }

  /** Why a day is special (holiday, swap …), or null for an ordinary working or rest day. */
  dayEntry(isoDay: string): DayEntry | null {
    return this.entries.get(epochDayOf(isoDay)) ?? null;
  }

  /** The same as isWorkingDay on an epoch day number (days since 1970-01-01). */
  isWorkingOn(day: number): boolean {
    return this.working[this.indexOf(day)] === 1;
  }

  /**
   * Whether the counter takes dossiers at that minute of a day off: only on a weekly rest day it opens
   * (never on a holiday or a day off of the year's schedule).
   */
  counterOpenOnDayOff(day: number, minute: number): boolean {
    if (this.isWorkingOn(day) || this.entries.has(day)) return false;
    return this.dayOffSessions[weekdayOf(day)]!.some((s) => minute >= s.start && minute < s.end);
  }

  /** The same as addWorkingDays on epoch day numbers. */
  nthWorkingDayAfter(day: number, n: number): number {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, not ${n}`);
    const rank = this.workingBefore[this.indexOf(day) + 1]! + n - 1;
    const found = this.workingDays[rank];
    if (found === undefined) throw new RangeError(`${n} working days after ${isoDayOf(day)} runs past the calendar's last year`);
    return found;
  }

  /** Whether a year's days come from a schedule (and which sources it cites) or from the statutory rules alone. */
  yearBasis(year: number): CalendarYearBasis {
    if (!Number.isInteger(year) || year < this.firstYear || year > this.lastYear) {
      throw new RangeError(`${year} is outside the calendar's years`);
    }
    const sources = this.scheduleSources.get(year);
    return sources
      ? { year, status: 'confirmed', sources: sources.map((s) => ({ ...s })) }
      : { year, status: 'derived', sources: [{ ...DERIVED_SOURCE }] };
  }

  /** yearBasis of every year from the one holding the first day to the one holding the last (epoch days). */
  yearsBetween(firstDay: number, lastDay: number): CalendarYearBasis[] {
    const years: CalendarYearBasis[] = [];
    for (let year = yearOf(firstDay); year <= yearOf(lastDay); year++) years.push(this.yearBasis(year));
    return years;
  }

  private indexOf(day: number): number {
    const i = day - this.firstDay;
    if (!Number.isInteger(i) || i < 0 || i >= this.working.length) {
      throw new RangeError(`${isoDayOf(day)} is outside the calendar's years`);
    }
    return i;
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new CalendarDataError(`invalid ${what}: ${issues}`, calendarErrors.invalidData);
}
