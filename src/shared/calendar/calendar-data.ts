import { z } from 'zod';
import { ClockTime } from '../catalog/deadline-rule';
import { isValidIsoDay } from './civil-day';
import { defaultReceptionRules } from './data/reception-rules';

// The shapes of the calendar's legal and local data. The holiday rules, the yearly civil-service
// schedules and the office hours are edited in settings and updated by the city, so they are plain
// validated data; nothing legal is a constant in the code (one-stop-rules §0).

/** How sure we are of a fact: C seen in the cited source, S third-party only, U inferred (one-stop-rules §0). */
export const Confidence = z.enum(['C', 'S', 'U']);
export type Confidence = z.infer<typeof Confidence>;

export const IsoDay = z.string().refine(isValidIsoDay, 'expected an existing day as YYYY-MM-DD');

export const SourceRef = z
  .object({
    title: z.string().min(1),
    url: z.url().optional(),
    confidence: Confidence,
    note: z.string().optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRef>;

const DayOfMonth = { month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) };

/** Where a statutory holiday falls in a year that has no published schedule. */
export const HolidayDateRule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('solar'), ...DayOfMonth }).strict(),
  z.object({ type: z.literal('lunar'), ...DayOfMonth }).strict(),
  /** A block around 1/1 lunar: the last `daysBefore` days of the old lunar year, then the first `daysFrom` of the new one. */
  z
    .object({ type: z.literal('lunar_new_year'), daysBefore: z.number().int().min(0).max(10), daysFrom: z.number().int().min(1).max(10) })
    .strict(),
  /** The day next to a solar date (Quốc khánh's second day), on whichever side bridges to the weekly rest. */
  z.object({ type: z.literal('adjacent_to_solar'), ...DayOfMonth }).strict(),
]);
export type HolidayDateRule = z.infer<typeof HolidayDateRule>;

export const HolidayStatus = z.enum(['in_force', 'announced']);

export const StatutoryHoliday = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    date: HolidayDateRule,
    /** Only `in_force` rules are applied; an `announced` one is kept so the settings page can show it. */
    status: HolidayStatus,
    effectiveFrom: IsoDay,
    effectiveTo: IsoDay.optional(),
    source: SourceRef,
    /** Where the rule's placement in a year comes from when the law leaves it to a yearly decision. */
    placement: SourceRef.optional(),
  })
  .strict();
export type StatutoryHoliday = z.infer<typeof StatutoryHoliday>;

export const StatutoryRules = z
  .object({
    holidays: z.array(StatutoryHoliday).min(1),
    /** A holiday on a weekly rest day is taken on the next working day (applied only to derived years). */
    compensation: z.object({ nextWorkingDay: z.boolean(), source: SourceRef }).strict(),
  })
  .strict()
  .superRefine((rules, ctx) => {
    const ids = new Set<string>();
    rules.holidays.forEach((h, i) => {
      if (ids.has(h.id)) ctx.addIssue({ code: 'custom', message: `duplicate holiday id ${h.id}`, path: ['holidays'] });
      ids.add(h.id);
      if (h.effectiveTo !== undefined && h.effectiveTo < h.effectiveFrom)
        ctx.addIssue({ code: 'custom', message: `${h.id} ends before it takes effect`, path: ['holidays', i, 'effectiveTo'] });
    });
  });
export type StatutoryRules = z.infer<typeof StatutoryRules>;

export const CalendarDayKind = z.enum(['holiday', 'compensatory', 'swapped_off', 'swapped_work']);
export type CalendarDayKind = z.infer<typeof CalendarDayKind>;

export const ScheduleSource = SourceRef.extend({ id: z.string().min(1) }).strict();

export const CalendarDay = z
  .object({
    date: IsoDay,
    kind: CalendarDayKind,
    name: z.string().min(1),
    /** The id of one of the year's sources. */
    source: z.string().min(1),
    confidence: Confidence,
  })
  .strict();
export type CalendarDay = z.infer<typeof CalendarDay>;

/**
 * A statutory holiday that a year's schedule leaves out on purpose, with the legal change that took it
 * away: without one, a schedule missing a holiday is a typing slip, and saving it is refused.
 */
export const RemovedHoliday = z
  .object({
    /** The id of one of the statutory rules' holidays. */
    holiday: z.string().min(1),
    legalBasis: z.string().min(1),
  })
  .strict();
export type RemovedHoliday = z.infer<typeof RemovedHoliday>;

/**
 * One year's civil-service schedule (holidays, compensatory days and swaps). When a year has one it
 * replaces the derivation from the statutory rules for that year, so it must list every day off.
 */
export const CalendarYear = z
  .object({
    year: z.number().int().min(1901).max(2100),
    sources: z.array(ScheduleSource).min(1),
    days: z.array(CalendarDay),
    removedHolidays: z.array(RemovedHoliday).optional(),
  })
  .strict()
  .superRefine((y, ctx) => {
    const sourceIds = new Set(y.sources.map((s) => s.id));
    const seen = new Set<string>();
    y.days.forEach((d, i) => {
      if (!d.date.startsWith(`${y.year}-`))
        ctx.addIssue({ code: 'custom', message: `${d.date} is not in ${y.year}`, path: ['days', i, 'date'] });
      if (seen.has(d.date)) ctx.addIssue({ code: 'custom', message: `${d.date} is listed twice`, path: ['days', i, 'date'] });
      if (!sourceIds.has(d.source)) ctx.addIssue({ code: 'custom', message: `unknown source ${d.source}`, path: ['days', i, 'source'] });
      seen.add(d.date);
    });
  });
export type CalendarYear = z.infer<typeof CalendarYear>;

/**
 * How sure a calendar year is: `confirmed` when it has a civil-service schedule (published, or kept by
 * the ward), `derived` when its days were placed by the statutory rules alone and nobody has checked them.
 */
export const CalendarYearStatus = z.enum(['confirmed', 'derived']);
export type CalendarYearStatus = z.infer<typeof CalendarYearStatus>;

export const CalendarYearBasis = z
  .object({
    year: z.number().int(),
    status: CalendarYearStatus,
    sources: z.array(ScheduleSource),
  })
  .strict();
export type CalendarYearBasis = z.infer<typeof CalendarYearBasis>;

/** The calendar years a due date was counted through, so a receipt can say when it rests on a guess. */
export const DueDateCalendar = z
  .object({
    /** True when every year counted through is confirmed. */
    confirmed: z.boolean(),
    years: z.array(CalendarYearBasis).min(1),
    /** A plain Vietnamese line for the screen and the receipt when the calendar is not confirmed; null when it is. */
    notice: z.string().nullable(),
  })
  .strict();
export type DueDateCalendar = z.infer<typeof DueDateCalendar>;

export const OfficeSession = z.object({ start: ClockTime, end: ClockTime }).strict();

/** Hours the counter also takes dossiers on a weekly rest day (several Hanoi wards open on Saturday mornings). */
export const DayOffOpening = z
  .object({
    /** 0 = Sunday … 6 = Saturday; a weekday the office does not work. */
    weekday: z.number().int().min(0).max(6),
    sessions: z.array(OfficeSession).min(1),
  })
  .strict();
export type DayOffOpening = z.infer<typeof DayOffOpening>;

/**
 * When a dossier that came by one channel counts as received, the day its deadline is counted from
 * (one-stop-rules §3.2). On a working day before `cutoff` (the office's closing time when absent) it
 * is received that day, later the next working day; on a day off it is received that day only if the
 * rule says so and it came while the counter was open (`dayOffOpening`), else the next working day.
 */
export const ChannelReception = z
  .object({
    cutoff: ClockTime.optional(),
    dayOff: z.enum(['that_day', 'next_working_day']),
    source: SourceRef,
  })
  .strict();
export type ChannelReception = z.infer<typeof ChannelReception>;

/** One rule per reception channel of the catalogue (`Channel`). */
export const ReceptionRules = z.object({ in_person: ChannelReception, online: ChannelReception, postal: ChannelReception }).strict();
export type ReceptionRules = z.infer<typeof ReceptionRules>;

export const OfficeSettings = z
  .object({
    /** 0 = Sunday … 6 = Saturday. Saturday counts only where the office chooses so. */
    workingWeekdays: z.array(z.number().int().min(0).max(6)).min(1),
    /** Sessions in order, e.g. 08:00–12:00 and 13:00–17:00; the last end is the closing time. */
    sessions: z.array(OfficeSession).min(1),
    source: SourceRef,
    // Settings stored before these two existed take the shipped defaults.
    dayOffOpening: z.array(DayOffOpening).default([]),
    reception: ReceptionRules.default(defaultReceptionRules),
  })
  .strict()
  .superRefine((o, ctx) => {
    sessionProblems(o.sessions, ['sessions'], ctx);
    const seen = new Set<number>();
    o.dayOffOpening.forEach((opening, i) => {
      if (o.workingWeekdays.includes(opening.weekday) || seen.has(opening.weekday)) {
        ctx.addIssue({
          code: 'custom',
          message: 'a day-off opening names a working weekday or one already listed',
          path: ['dayOffOpening', i],
        });
      }
      seen.add(opening.weekday);
      sessionProblems(opening.sessions, ['dayOffOpening', i, 'sessions'], ctx);
    });
  });
export type OfficeSettings = z.infer<typeof OfficeSettings>;

function sessionProblems(sessions: readonly { start: string; end: string }[], path: (string | number)[], ctx: z.RefinementCtx): void {
  let previousEnd = '';
  sessions.forEach((s, i) => {
    if (s.start >= s.end || s.start < previousEnd) {
      ctx.addIssue({ code: 'custom', message: 'sessions must be in order and not overlap', path: [...path, i] });
    }
    previousEnd = s.end;
  });
}
