import type { DeadlineRule } from '../catalog/deadline-rule';
import { VN_OFFSET_MS } from '../time/local-time';
import { clockMinutes, isoDayOf, pad2 } from './civil-day';
import type { WorkingCalendar } from './working-calendar';

// The appointment printed on the receipt (Mẫu 01) for every kind of deadline (one-stop-rules §3.2).
// Choices that no text found so far confirms, all [U]:
// - A dossier received after closing time or on a day off counts as received on the next working
//   day; one received before opening or over lunch counts as received that day.
// - "N working days": day 1 is the first working day after the (effective) reception day.
// - "N days" (calendar_days): the reception day is not counted (Civil Code 2015 Art. 147); when the
//   last day is a day off the deadline moves to the next working day, as Civil Code Art. 148 does.
// - The hour is the office's closing time unless the rule counts hours.

export interface DueDate {
  /** Hanoi calendar day, YYYY-MM-DD. */
  date: string;
  /** Hanoi clock time, HH:MM. */
  time: string;
  /** The same moment as a UTC ISO instant. */
  at: string;
}

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

export function dueDate(
  rule: DeadlineRule,
  receivedAt: Date | number | string,
  calendar: WorkingCalendar,
  options: { verification?: boolean } = {},
): DueDate {
  const local = toMillis(receivedAt) + VN_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const minute = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
  const receivedInHours = calendar.isWorkingOn(day) && minute < calendar.closingMinute;
  const receptionDay = receivedInHours ? day : calendar.nthWorkingDayAfter(day, 1);
  const closing = calendar.closingMinute;

  switch (rule.kind) {
    case 'working_days': {
      const n = options.verification && rule.daysIfVerification !== undefined ? rule.daysIfVerification : rule.days;
      return at(calendar.nthWorkingDayAfter(receptionDay, n), closing);
    }
    case 'calendar_days': {
      const last = receptionDay + rule.days;
      return at(calendar.isWorkingOn(last) ? last : calendar.nthWorkingDayAfter(last, 1), closing);
    }
    case 'same_day_cutoff': {
      const cutoff = Math.min(clockMinutes(rule.cutoff), closing);
      const sameDay = calendar.isWorkingOn(day) && minute < cutoff;
      return at(sameDay ? day : calendar.nthWorkingDayAfter(day, 1), closing);
    }
    case 'working_hours':
      return addWorkingMinutes(calendar, receivedInHours ? day : receptionDay, receivedInHours ? minute : 0, rule.hours * 60);
  }
}

/** Counts office minutes forward from a moment on a working day. */
function addWorkingMinutes(calendar: WorkingCalendar, day: number, fromMinute: number, minutes: number): DueDate {
  const leftToday = officeMinutesFrom(calendar, fromMinute);
  if (minutes <= leftToday) return at(day, clockAfter(calendar, fromMinute, minutes));
  const rest = minutes - leftToday;
  const wholeDays = Math.ceil(rest / calendar.minutesPerDay);
  const intoLastDay = rest - (wholeDays - 1) * calendar.minutesPerDay;
  return at(calendar.nthWorkingDayAfter(day, wholeDays), clockAfter(calendar, 0, intoLastDay));
}

function officeMinutesFrom(calendar: WorkingCalendar, fromMinute: number): number {
  let total = 0;
  for (const s of calendar.sessions) total += Math.max(0, s.end - Math.max(s.start, fromMinute));
  return total;
}

/** The clock minute at which `minutes` of office time, counted from `fromMinute`, run out. */
function clockAfter(calendar: WorkingCalendar, fromMinute: number, minutes: number): number {
  let left = minutes;
  for (const s of calendar.sessions) {
    const start = Math.max(s.start, fromMinute);
    if (start >= s.end) continue;
    if (left <= s.end - start) return start + left;
    left -= s.end - start;
  }
  return calendar.closingMinute;
}

function at(day: number, minute: number): DueDate {
  const localMs = day * MS_PER_DAY + minute * MS_PER_MINUTE;
  return {
    date: isoDayOf(day),
    time: `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`,
    at: new Date(localMs - VN_OFFSET_MS).toISOString(),
  };
}

function toMillis(instant: Date | number | string): number {
  const ms = typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return ms;
}
