import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '../../src/shared/catalog/deadline-rule';
import { dueDate } from '../../src/shared/calendar/due-date';
import { shippedCalendar } from '../../src/shared/calendar/shipped-calendar';

// Every expected date and hour below was worked out by hand on a paper calendar of 2025–2026 with the
// shipped schedules (Mon–Fri, 08:00–12:00 and 13:00–17:00). Weekdays for reference:
// 2025: Fri 24/1, Mon 27/1–Fri 31/1 Tết, Mon 3/2; Mon 7/4 Giỗ Tổ; Sat 26/4 worked; Wed 30/4, Thu 1/5 off,
// Fri 2/5 swapped off; Mon 1/9, Tue 2/9 off; Wed 31/12.
// 2026: Thu 1/1 off, Fri 2/1 swapped off, Sat 10/1 worked; Mon 16/2–Fri 20/2 Tết; Mon 27/4 compensatory;
// Thu 30/4, Fri 1/5 off; Sat 22/8 worked, Mon 31/8 swapped off, Tue 1/9, Wed 2/9 off.

const calendar = shippedCalendar();

/** Hanoi wall-clock time to a UTC instant, written independently of the code under test. */
function hanoi(local: string): string {
  const [day, clock] = local.split(' ') as [string, string];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = clock.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh - 7, mm)).toISOString();
}

const wd = (days: number, daysIfVerification?: number): DeadlineRule =>
  daysIfVerification === undefined ? { kind: 'working_days', days } : { kind: 'working_days', days, daysIfVerification };
const cd = (days: number): DeadlineRule => ({ kind: 'calendar_days', days });
const cutoff15: DeadlineRule = { kind: 'same_day_cutoff', cutoff: '15:00' };
const wh = (hours: number): DeadlineRule => ({ kind: 'working_hours', hours });

interface Case {
  what: string;
  rule: DeadlineRule;
  received: string;
  verification?: boolean;
  due: string;
}

const cases: Case[] = [
  // Working days across Tết Ất Tỵ 2025
  { what: '1 wd on the Friday before Tết 2025 skips the whole break', rule: wd(1), received: '2025-01-24 10:00', due: '2025-02-03 17:00' },
  { what: '3 wd from Thursday before Tết', rule: wd(3), received: '2025-01-23 09:00', due: '2025-02-04 17:00' },
  { what: '5 wd from Monday before Tết', rule: wd(5), received: '2025-01-20 08:30', due: '2025-02-03 17:00' },
  { what: 'received on the Saturday of the break counts from Mon 3/2', rule: wd(2), received: '2025-01-25 10:00', due: '2025-02-05 17:00' },
  {
    what: 'received after closing on Fri 24/1 counts as received Mon 3/2',
    rule: wd(1),
    received: '2025-01-24 17:30',
    due: '2025-02-04 17:00',
  },
  { what: 'received one minute before closing still counts that day', rule: wd(1), received: '2025-01-24 16:59', due: '2025-02-03 17:00' },
  // Giỗ Tổ and 30/4–1/5 2025 with the swap
  { what: '1 wd from Friday before Giỗ Tổ 2025', rule: wd(1), received: '2025-04-04 10:00', due: '2025-04-08 17:00' },
  { what: 'the swapped Saturday 26/4/2025 is counted', rule: wd(3), received: '2025-04-24 10:00', due: '2025-04-28 17:00' },
  { what: 'due on the swapped Saturday itself', rule: wd(1), received: '2025-04-25 15:00', due: '2025-04-26 17:00' },
  { what: '2 wd over 30/4, 1/5 and the swapped-off Friday 2/5', rule: wd(2), received: '2025-04-29 09:00', due: '2025-05-06 17:00' },
  { what: 'received on the swapped Saturday counts that day', rule: wd(1), received: '2025-04-26 10:00', due: '2025-04-28 17:00' },
  // Quốc khánh 2025
  { what: '1 wd over Quốc khánh 2025 (Mon 1/9, Tue 2/9 off)', rule: wd(1), received: '2025-08-29 11:00', due: '2025-09-03 17:00' },
  { what: 'received Sunday 31/8/2025 counts from Wed 3/9', rule: wd(2), received: '2025-08-31 10:00', due: '2025-09-05 17:00' },
  // New Year 2026 with its swap
  { what: '3 wd over New Year 2026 (1/1 off, 2/1 swapped off)', rule: wd(3), received: '2025-12-31 10:00', due: '2026-01-07 17:00' },
  { what: '5 wd counting the swapped Saturday 10/1/2026', rule: wd(5), received: '2026-01-07 10:00', due: '2026-01-13 17:00' },
  { what: 'due on the swapped Saturday 10/1/2026', rule: wd(1), received: '2026-01-09 16:00', due: '2026-01-10 17:00' },
  { what: 'received on Saturday 3/1/2026 counts from Mon 5/1', rule: wd(1), received: '2026-01-03 09:00', due: '2026-01-06 17:00' },
  // Tết Bính Ngọ 2026
  { what: '1 wd from Friday 13/2/2026 skips Tết', rule: wd(1), received: '2026-02-13 10:00', due: '2026-02-23 17:00' },
  { what: '10 wd across Tết 2026', rule: wd(10), received: '2026-02-12 10:00', due: '2026-03-05 17:00' },
  { what: 'received online on mùng 1 Tết counts from Mon 23/2', rule: wd(1), received: '2026-02-17 09:00', due: '2026-02-24 17:00' },
  // Giỗ Tổ 2026 on a Sunday, then 30/4–1/5
  { what: 'the compensatory Monday 27/4/2026 is skipped', rule: wd(1), received: '2026-04-24 10:00', due: '2026-04-28 17:00' },
  { what: '2 wd over 30/4–1/5/2026', rule: wd(2), received: '2026-04-29 14:00', due: '2026-05-05 17:00' },
  {
    what: '1 wd over Quốc khánh 2026 (29/8–2/9, Mon 31/8 swapped off)',
    rule: wd(1),
    received: '2026-08-28 10:00',
    due: '2026-09-03 17:00',
  },
  // Verification extension
  {
    what: 'verification uses the longer period',
    rule: wd(3, 8),
    received: '2026-03-02 10:00',
    verification: true,
    due: '2026-03-12 17:00',
  },
  { what: 'without verification the normal period applies', rule: wd(3, 8), received: '2026-03-02 10:00', due: '2026-03-05 17:00' },
  {
    what: 'verification without a longer period keeps the normal one',
    rule: wd(3),
    received: '2026-03-02 10:00',
    verification: true,
    due: '2026-03-05 17:00',
  },
  { what: 'received exactly at closing counts as the next day', rule: wd(1), received: '2026-03-02 17:00', due: '2026-03-04 17:00' },
  {
    what: 'received at 00:30 Hanoi time (17:30 UTC the day before) is Monday',
    rule: wd(1),
    received: '2026-03-02 00:30',
    due: '2026-03-03 17:00',
  },
  // Same day with a 15:00 cut-off
  { what: 'before 15:00: today', rule: cutoff15, received: '2026-03-02 14:59', due: '2026-03-02 17:00' },
  { what: 'at 15:00: next working day', rule: cutoff15, received: '2026-03-02 15:00', due: '2026-03-03 17:00' },
  {
    what: 'after 15:00 on the Friday before Tết 2026: after the break',
    rule: cutoff15,
    received: '2026-02-13 15:30',
    due: '2026-02-23 17:00',
  },
  { what: 'morning of the Friday before Tết: same day', rule: cutoff15, received: '2026-02-13 08:00', due: '2026-02-13 17:00' },
  { what: 'on the swapped Saturday 10/1/2026: same day', rule: cutoff15, received: '2026-01-10 10:00', due: '2026-01-10 17:00' },
  { what: 'on an ordinary Saturday: Monday', rule: cutoff15, received: '2026-01-17 10:00', due: '2026-01-19 17:00' },
  { what: 'on the swapped-off Friday 2/5/2025: Monday 5/5', rule: cutoff15, received: '2025-05-02 09:00', due: '2025-05-05 17:00' },
  { what: 'after 15:00 the day before 30/4/2025: Monday 5/5', rule: cutoff15, received: '2025-04-29 16:00', due: '2025-05-05 17:00' },
  { what: 'before opening: same day', rule: cutoff15, received: '2026-03-02 07:30', due: '2026-03-02 17:00' },
  { what: 'after closing: next working day', rule: cutoff15, received: '2026-03-02 17:45', due: '2026-03-03 17:00' },
  { what: 'after 15:00 on 31/12/2025: Monday 5/1/2026', rule: cutoff15, received: '2025-12-31 15:01', due: '2026-01-05 17:00' },
  // Calendar days: the reception day is not counted; a last day off moves to the next working day
  { what: '5 days ending on a Saturday move to Monday', rule: cd(5), received: '2026-03-02 10:00', due: '2026-03-09 17:00' },
  { what: '5 days ending on a Sunday move to Monday', rule: cd(5), received: '2026-03-03 10:00', due: '2026-03-09 17:00' },
  { what: '3 days ending on a weekday', rule: cd(3), received: '2026-03-02 10:00', due: '2026-03-05 17:00' },
  { what: '7 days ending on mùng 1 Tết move after the break', rule: cd(7), received: '2026-02-10 10:00', due: '2026-02-23 17:00' },
  { what: 'received during Tết counts from Monday 23/2', rule: cd(5), received: '2026-02-14 10:00', due: '2026-03-02 17:00' },
  { what: '10 days from 25/4/2025 end on Monday 5/5', rule: cd(10), received: '2025-04-25 10:00', due: '2025-05-05 17:00' },
  { what: '1 day ending on New Year 2026 moves to Monday 5/1', rule: cd(1), received: '2025-12-31 10:00', due: '2026-01-05 17:00' },
  // Working hours: only office hours count
  { what: '4 h from opening end at noon', rule: wh(4), received: '2026-03-02 08:00', due: '2026-03-02 12:00' },
  { what: '4 h from 10:00 skip the lunch break', rule: wh(4), received: '2026-03-02 10:00', due: '2026-03-02 15:00' },
  { what: '8 h from 10:00 run into the next morning', rule: wh(8), received: '2026-03-02 10:00', due: '2026-03-03 10:00' },
  { what: 'received over lunch starts at 13:00', rule: wh(2), received: '2026-03-02 12:30', due: '2026-03-02 15:00' },
  { what: '3 h from 16:00 on the Friday before Tết 2026', rule: wh(3), received: '2026-02-13 16:00', due: '2026-02-23 10:00' },
  { what: 'received after hours starts next morning', rule: wh(1), received: '2026-03-02 18:00', due: '2026-03-03 09:00' },
  { what: '16 h from opening end at the next closing', rule: wh(16), received: '2026-03-02 08:00', due: '2026-03-03 17:00' },
  { what: '16 h from 10:00 end two days on, mid-morning', rule: wh(16), received: '2026-03-02 10:00', due: '2026-03-04 10:00' },
  { what: '40 h from a Saturday: the whole next week', rule: wh(40), received: '2026-01-03 10:00', due: '2026-01-09 17:00' },
  { what: '48 h run onto the swapped Saturday 10/1/2026', rule: wh(48), received: '2026-01-05 08:00', due: '2026-01-10 17:00' },
  { what: '4 h from 14:00 on the swapped Saturday', rule: wh(4), received: '2026-01-10 14:00', due: '2026-01-12 09:00' },
];

describe('dueDate on the shipped 2025–2026 calendar', () => {
  it.each(cases)('$what', ({ rule, received, verification, due }) => {
    const result = dueDate(rule, hanoi(received), calendar, verification === undefined ? {} : { verification });
    expect(`${result.date} ${result.time}`).toBe(due);
    expect(result.at).toBe(hanoi(due));
  });

  it('refuses a reception time that is no time, naming it', () => {
    expect(() => dueDate(wd(1), 'sáng thứ hai', calendar)).toThrow(new RangeError('not an instant: sáng thứ hai'));
    expect(() => dueDate(wd(1), Number.NaN, calendar)).toThrow(new RangeError('not an instant: NaN'));
  });

  it('prints the appointment instant in UTC (17:00 Hanoi is 10:00Z)', () => {
    expect(dueDate(wd(1), '2025-01-24T03:00:00Z', calendar)).toEqual({ date: '2025-02-03', time: '17:00', at: '2025-02-03T10:00:00.000Z' });
  });

  it('accepts a Date and epoch milliseconds as well as an ISO string', () => {
    const iso = hanoi('2026-03-02 10:00');
    const expected = dueDate(wd(2), iso, calendar);
    expect(dueDate(wd(2), new Date(iso), calendar)).toEqual(expected);
    expect(dueDate(wd(2), Date.parse(iso), calendar)).toEqual(expected);
  });

  it('rejects an instant that is not one', () => {
    expect(() => dueDate(wd(1), 'not a date', calendar)).toThrow(RangeError);
  });

  it('refuses a due date beyond the last indexed year rather than guessing', () => {
    expect(() => dueDate(wd(3650), hanoi('2055-01-05 10:00'), calendar)).toThrow(RangeError);
  });
});
