import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '../../src/shared/catalog/deadline-rule';
import { civilServiceSchedules } from '../../src/shared/calendar/data/civil-service-schedules';
import { dueDate } from '../../src/shared/calendar/due-date';
import { dueDateCalendar } from '../../src/shared/calendar/due-date-calendar';
import { shippedCalendar } from '../../src/shared/calendar/shipped-calendar';

// Due dates next to every holiday, compensatory day and swap of the 2025 and 2026 civil-service
// schedules, each worked out by hand on a wall calendar from the notice that set it (named per case,
// with the source id the shipped schedule cites). Every reception is 10:00 on an ordinary working day,
// so the cases do not depend on how a reception outside office hours is counted. Office: Mon–Fri,
// closing 17:00.

const calendar = shippedCalendar();
const wd = (days: number): DeadlineRule => ({ kind: 'working_days', days });
const cd = (days: number): DeadlineRule => ({ kind: 'calendar_days', days });

interface Case {
  notice: string;
  source: string;
  rule: DeadlineRule;
  /** Hanoi day, received at 10:00. */
  received: string;
  due: string;
}

const cases: Case[] = [
  // 2025
  { notice: 'Tết Dương lịch 2025 (Wed 1/1)', source: 'blld-2019', rule: wd(1), received: '2024-12-31', due: '2025-01-02' },
  {
    notice: '8726/VPCP-KGVX: Tết Ất Tỵ, Mon 27/1 – Fri 31/1/2025',
    source: 'vpcp-8726-2024',
    rule: wd(1),
    received: '2025-01-24',
    due: '2025-02-03',
  },
  {
    notice: '8726/VPCP-KGVX: 5 wd from Thu 23/1/2025 over Tết',
    source: 'vpcp-8726-2024',
    rule: wd(5),
    received: '2025-01-23',
    due: '2025-02-06',
  },
  { notice: 'Giỗ Tổ Hùng Vương, Mon 7/4/2025', source: 'thoidai-2025', rule: wd(1), received: '2025-04-04', due: '2025-04-08' },
  { notice: '6150/TB-BLĐTBXH: Sat 26/4/2025 worked', source: 'tb-6150-2024', rule: wd(1), received: '2025-04-25', due: '2025-04-26' },
  {
    notice: '6150/TB-BLĐTBXH: Wed 30/4 – Sun 4/5/2025, Fri 2/5 swapped off',
    source: 'tb-6150-2024',
    rule: wd(1),
    received: '2025-04-29',
    due: '2025-05-05',
  },
  {
    notice: 'Bộ Nội vụ: Quốc khánh 2025, Mon 1/9 and Tue 2/9',
    source: 'bnv-quoc-khanh-2025',
    rule: wd(1),
    received: '2025-08-29',
    due: '2025-09-03',
  },
  // 2026
  {
    notice: '12729/VPCP-KGVX: Thu 1/1/2026 off, Fri 2/1 swapped off',
    source: 'vpcp-12729-2025',
    rule: wd(1),
    received: '2025-12-31',
    due: '2026-01-05',
  },
  { notice: '12729/VPCP-KGVX: Sat 10/1/2026 worked', source: 'vpcp-12729-2025', rule: wd(1), received: '2026-01-09', due: '2026-01-10' },
  { notice: 'Tết Bính Ngọ, Mon 16/2 – Fri 20/2/2026', source: 'congan-tet-2026', rule: wd(1), received: '2026-02-13', due: '2026-02-23' },
  {
    notice: 'Giỗ Tổ on Sun 26/4/2026, compensatory Mon 27/4',
    source: 'thanhnien-2026',
    rule: wd(1),
    received: '2026-04-24',
    due: '2026-04-28',
  },
  { notice: '30/4 and 1/5/2026 on Thu and Fri', source: 'thanhnien-2026', rule: wd(1), received: '2026-04-29', due: '2026-05-04' },
  { notice: '9441/TB-BNV: Sat 22/8/2026 worked', source: 'bnv-9441-2025', rule: wd(1), received: '2026-08-21', due: '2026-08-22' },
  {
    notice: '9441/TB-BNV: the worked Sat 22/8/2026 is a reception day',
    source: 'bnv-9441-2025',
    rule: wd(1),
    received: '2026-08-22',
    due: '2026-08-24',
  },
  // Before the notice was entered, this was Monday 31/8: three working days early.
  {
    notice: '9441/TB-BNV: Sat 29/8 – Wed 2/9/2026, Mon 31/8 swapped off',
    source: 'bnv-9441-2025',
    rule: wd(1),
    received: '2026-08-28',
    due: '2026-09-03',
  },
  { notice: '9441/TB-BNV: 3 wd from Thu 27/8/2026', source: 'bnv-9441-2025', rule: wd(3), received: '2026-08-27', due: '2026-09-04' },
  {
    notice: '9441/TB-BNV: 3 days ending on the swapped-off Mon 31/8/2026',
    source: 'bnv-9441-2025',
    rule: cd(3),
    received: '2026-08-28',
    due: '2026-09-03',
  },
];

describe('due dates around the published 2025 and 2026 schedules', () => {
  it.each(cases)('$notice: received $received → due $due', ({ rule, received, due, source }) => {
    const receivedAt = `${received}T03:00:00.000Z`;
    const result = dueDate(rule, receivedAt, calendar);
    expect(result).toMatchObject({ date: due, time: '17:00' });
    // The schedule cites the notice the case is about.
    const year = civilServiceSchedules.find((y) => y.year === Number(due.slice(0, 4)))!;
    expect(year.sources.map((s) => s.id)).toContain(source);
    expect(dueDateCalendar(calendar, Date.parse(receivedAt), result).confirmed).toBe(received >= '2025-01-01');
  });

  it('lists 2026 National Day exactly as notice 9441/TB-BNV sets it', () => {
    const around = (day: string) => [calendar.isWorkingDay(day), calendar.dayEntry(day)?.kind ?? null];
    expect(['2026-08-22', '2026-08-29', '2026-08-31', '2026-09-01', '2026-09-02', '2026-09-03'].map(around)).toEqual([
      [true, 'swapped_work'],
      [false, null],
      [false, 'swapped_off'],
      [false, 'holiday'],
      [false, 'holiday'],
      [true, null],
    ]);
  });
});
