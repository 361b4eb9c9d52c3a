import { z } from 'zod';
import { Channel } from '../catalog/procedure';
import {
  CalendarDay,
  CalendarDayKind,
  Confidence,
  DayOffOpening,
  OfficeSettings,
  ReceptionRules,
  ScheduleSource,
  SourceRef,
  DueDateCalendar,
  HolidayDateRule,
  HolidayStatus,
  IsoDay,
  RemovedHoliday,
  StatutoryRules,
} from '../calendar/calendar-data';
import { ClockTime, DeadlineRule } from '../catalog/deadline-rule';
import { Empty, method } from './method';
import { Instant, LocalDayString, Text } from './schemas';

// The working calendar: the yearly civil-service schedules a ward keeps up to date, and the due date
// every receipt prints, computed from them.

/** As the settings page sends a day: the service checks it fully and names the day it refuses. */
const DayInput = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    kind: CalendarDayKind,
    name: Text(200),
    source: z.string().min(1).max(64),
    confidence: Confidence,
  })
  .strict();

/** A short machine id (source ids, holiday ids): letters, digits, dot, dash, underscore. */
const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w.-]+$/);

const SourceInput = z
  .object({
    id: Id,
    title: Text(500),
    // Only web addresses: the settings page shows it as a link.
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    confidence: Confidence,
    note: Text(2000).optional(),
  })
  .strict();

/** A source typed in settings for a fact that has one source (the office hours, a reception rule, a statutory holiday). */
const FactSourceInput = SourceInput.omit({ id: true });

const ChannelReceptionInput = z
  .object({
    cutoff: ClockTime.optional(),
    dayOff: z.enum(['that_day', 'next_working_day']),
    source: FactSourceInput,
  })
  .strict();

const OfficeSessionInput = z.object({ start: ClockTime, end: ClockTime }).strict();

const OfficeSettingsInput = z
  .object({
    workingWeekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    sessions: z.array(OfficeSessionInput).min(1).max(6),
    dayOffOpening: z
      .array(z.object({ weekday: z.number().int().min(0).max(6), sessions: z.array(OfficeSessionInput).min(1).max(6) }).strict())
      .max(7),
    reception: z.object({ in_person: ChannelReceptionInput, online: ChannelReceptionInput, postal: ChannelReceptionInput }).strict(),
    source: FactSourceInput,
  })
  .strict();

/** The statutory rules as the admin or the city sends them; the service then checks them whole with StatutoryRules. */
const StatutoryRulesInput = z
  .object({
    holidays: z
      .array(
        z
          .object({
            id: Id,
            name: Text(200),
            date: HolidayDateRule,
            status: HolidayStatus,
            effectiveFrom: IsoDay,
            effectiveTo: IsoDay.optional(),
            source: FactSourceInput,
            placement: FactSourceInput.optional(),
          })
          .strict(),
      )
      .min(1)
      .max(50),
    compensation: z.object({ nextWorkingDay: z.boolean(), source: FactSourceInput }).strict(),
  })
  .strict();

const StatutoryRulesView = z.object({
  rules: StatutoryRules,
  /** Null while the ward runs on the rules shipped with the app. */
  updatedAt: Instant.nullable(),
});

/** A statutory holiday the year leaves out, and the legal change that removed it. */
const RemovedHolidayInput = z
  .object({
    /** The statutory holiday's id, as listed in the statutory rules (e.g. "tet-am-lich"). */
    holiday: z.string().min(1).max(64),
    legalBasis: Text(1000),
  })
  .strict();

export const CalendarYearView = z.object({
  year: z.number().int(),
  /** True when no schedule is stored for the year: its days come from the statutory rules alone. */
  derived: z.boolean(),
  sources: z.array(ScheduleSource),
  days: z.array(CalendarDay),
  /** The statutory holidays the stored schedule leaves out, each with the legal change stated for it. */
  removedHolidays: z.array(RemovedHoliday).optional(),
  updatedAt: Instant.nullable(),
});
export type CalendarYearView = z.infer<typeof CalendarYearView>;

export const calendarMethods = {
  listCalendarYears: method({
    summary: 'Every year the calendar covers, with its days off, swapped working days, sources and confidence.',
    input: Empty,
    output: z.object({
      firstYear: z.number().int(),
      lastYear: z.number().int(),
      /** Office hours, for the due-date hour. */
      sessions: z.array(z.object({ start: ClockTime, end: ClockTime })),
      workingWeekdays: z.array(z.number().int()),
      /** Where the office week and hours come from. */
      officeSource: SourceRef,
      /** Hours the counter also opens on weekly rest days. */
      dayOffOpening: z.array(DayOffOpening),
      /** When a dossier counts as received, per channel, with sources. */
      reception: ReceptionRules,
      years: z.array(CalendarYearView),
    }),
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  saveCalendarYear: method({
    summary:
      "Replace one year's civil-service schedule; it must list every day off of the year, including every statutory holiday unless removedHolidays states the legal change that removed it. Refused whole if any day is wrong.",
    input: z
      .object({
        year: z.number().int().min(1901).max(2100),
        sources: z.array(SourceInput).min(1).max(50),
        days: z.array(DayInput).max(366),
        removedHolidays: z.array(RemovedHolidayInput).max(20).optional(),
      })
      .strict(),
    output: z.object({ year: CalendarYearView }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  saveOfficeSettings: method({
    summary:
      "Replace the ward's office week and hours, the counter's hours on days off and the reception rule of each channel (when a dossier counts as received). Refused whole if any part is wrong.",
    input: z.object({ office: OfficeSettingsInput }).strict(),
    output: z.object({ office: OfficeSettings }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  getDueDate: method({
    summary:
      "The appointment for a procedure of the catalogue (its deadline for the channel) or for a deadline rule: received now (or at receivedAt) by the channel (in person by default), counted from the day the channel's reception rule says it was received, with the longer period if verification is needed.",
    input: z
      .object({
        rule: DeadlineRule.optional(),
        procedureId: z.uuid().optional(),
        channel: Channel.optional(),
        receivedAt: Instant.optional(),
        verification: z.boolean().optional(),
      })
      .strict()
      .refine((i) => (i.rule === undefined) !== (i.procedureId === undefined), 'give exactly one of rule and procedureId'),
    output: z.object({
      date: LocalDayString,
      time: ClockTime,
      at: Instant,
      /** The day the dossier counts as received under the channel's reception rule; the deadline counts from the day after. */
      receivedOn: LocalDayString,
      /** The calendar years counted through, from the reception day to the due day: confirmed schedules or derived guesses. */
      calendar: DueDateCalendar,
    }),
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  getStatutoryRules: method({
    summary:
      'The statutory holidays (each with its date rule, source and effective dates) and the compensation rule that years without a schedule are derived from.',
    input: Empty,
    output: StatutoryRulesView,
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  saveStatutoryRules: method({
    summary:
      'Replace the statutory holiday rules; years without a schedule follow them at once. A holiday is never deleted: end it with effectiveTo. Refused whole if anything is wrong.',
    input: z.object({ rules: StatutoryRulesInput }).strict(),
    output: StatutoryRulesView,
    roles: ['local'],
    clerks: ['admin'],
  }),
} as const;
