import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarYear, OfficeSettings, StatutoryRules } from '../../src/shared/calendar/calendar-data';
import { civilServiceSchedules } from '../../src/shared/calendar/data/civil-service-schedules';
import { defaultOfficeSettings } from '../../src/shared/calendar/data/office-defaults';
import { statutoryRules } from '../../src/shared/calendar/data/statutory-holidays';
import { dueDate } from '../../src/shared/calendar/due-date';
import { shippedCalendar } from '../../src/shared/calendar/shipped-calendar';
import { CalendarDataError, WorkingCalendar } from '../../src/shared/calendar/working-calendar';
import { calendarErrors } from '../../src/shared/i18n/vi/calendar';

const calendar = shippedCalendar();

function build(overrides: { rules?: unknown; schedules?: unknown; office?: unknown } = {}): WorkingCalendar {
  return WorkingCalendar.build({
    rules: overrides.rules ?? statutoryRules,
    schedules: overrides.schedules ?? civilServiceSchedules,
    office: overrides.office ?? defaultOfficeSettings,
    firstYear: 2021,
    lastYear: 2060,
  });
}

/** A day-by-day walk, the slow obvious way, to check the index arithmetic against. */
function walkWorkingDays(cal: WorkingCalendar, from: string, n: number): string {
  let t = Date.parse(`${from}T00:00:00Z`);
  let left = n;
  for (;;) {
    t += 86_400_000;
    const iso = new Date(t).toISOString().slice(0, 10);
    if (cal.isWorkingDay(iso) && --left === 0) return iso;
  }
}

describe('WorkingCalendar from the shipped data', () => {
  it('follows the 2026 civil-service schedule', () => {
    const off = ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02'];
    const on = ['2026-01-10', '2026-02-13', '2026-02-23', '2026-04-28', '2026-09-03'];
    for (const d of off) expect(calendar.isWorkingDay(d), d).toBe(false);
    for (const d of on) expect(calendar.isWorkingDay(d), d).toBe(true);
    expect(calendar.dayEntry('2026-04-27')).toMatchObject({ kind: 'compensatory', source: 'thanhnien-2026', confidence: 'C' });
    expect(calendar.dayEntry('2026-01-10')).toMatchObject({ kind: 'swapped_work' });
  });

  it('follows the 2025 schedule, including the Saturday worked for the 30/4 swap', () => {
    for (const d of ['2025-01-27', '2025-01-31', '2025-04-07', '2025-05-02', '2025-09-01']) expect(calendar.isWorkingDay(d), d).toBe(false);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-04-19')).toBe(false);
  });

  it('does not apply 24/11 (announced, not law) and shows it as an ordinary Tuesday', () => {
    expect(calendar.isWorkingDay('2026-11-24')).toBe(true);
    expect(calendar.dayEntry('2026-11-24')).toBeNull();
    expect(calendar.isWorkingDay('2027-11-24')).toBe(true);
  });

  it('applies 24/11 in years without a schedule once the data says it is in force', () => {
    const rules: StatutoryRules = {
      ...statutoryRules,
      holidays: statutoryRules.holidays.map((h) =>
        h.id === 'ngay-van-hoa-viet-nam' ? { ...h, status: 'in_force', effectiveFrom: '2027-01-01' } : h,
      ),
    };
    const amended = build({ rules });
    expect(amended.isWorkingDay('2027-11-24')).toBe(false);
    expect(amended.isWorkingDay('2026-11-24')).toBe(true);
  });

  it('derives 2027, which has no schedule yet: Tết 6/2 on a Saturday gives two compensatory days', () => {
    for (const d of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']) expect(calendar.isWorkingDay(d), d).toBe(false);
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-04')).toBe(true);
    expect(calendar.dayEntry('2027-02-10')).toEqual({
      kind: 'compensatory',
      name: 'Nghỉ bù Tết Âm lịch',
      source: 'derived',
      confidence: 'U',
    });
  });

  it('derives the other 2027 holidays: Giỗ Tổ 16/4, 1/5 on a Saturday → Monday 3/5, 2/9 Thursday with Friday 3/9', () => {
    for (const d of ['2027-01-01', '2027-04-16', '2027-04-30', '2027-05-03', '2027-09-02', '2027-09-03']) {
      expect(calendar.isWorkingDay(d), d).toBe(false);
    }
    expect(calendar.isWorkingDay('2027-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2027-09-01')).toBe(true);
  });

  it('counts Saturdays when the office works them', () => {
    const office: OfficeSettings = { ...defaultOfficeSettings, workingWeekdays: [1, 2, 3, 4, 5, 6] };
    const sixDays = build({ office });
    expect(sixDays.isWorkingDay('2026-01-17')).toBe(true);
    expect(sixDays.isWorkingDay('2026-01-18')).toBe(false);
    expect(dueDate({ kind: 'working_days', days: 1 }, '2026-01-16T03:00:00Z', sixDays).date).toBe('2026-01-17');
    expect(sixDays.isWorkingDay('2026-02-21')).toBe(true);
  });

  it('uses the office closing time as the due hour', () => {
    const office: OfficeSettings = {
      ...defaultOfficeSettings,
      sessions: [
        { start: '07:30', end: '11:30' },
        { start: '13:00', end: '16:30' },
      ],
    };
    const due = dueDate({ kind: 'working_days', days: 1 }, '2026-03-02T03:00:00Z', build({ office }));
    expect(due).toEqual({ date: '2026-03-03', time: '16:30', at: '2026-03-03T09:30:00.000Z' });
  });

  it('gives the next working day and the n-th working day after a day', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(calendar.nextWorkingDay('2026-01-09')).toBe('2026-01-10');
    expect(calendar.addWorkingDays('2026-02-12', 10)).toBe('2026-03-05');
  });

  it('agrees with a day-by-day walk for any day and count', () => {
    const days = fc.integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2040, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 400 }), (day, n) => {
        expect(calendar.addWorkingDays(day, n)).toBe(walkWorkingDays(calendar, day, n));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses days outside its years instead of guessing', () => {
    expect(() => calendar.isWorkingDay('2020-12-31')).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2060-12-30', 5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-03-02', 0)).toThrow(RangeError);
  });
});

describe('WorkingCalendar rejects bad data with a clerk-readable message', () => {
  const schedule2026 = civilServiceSchedules.find((s) => s.year === 2026)!;

  function rejection(overrides: { rules?: unknown; schedules?: unknown; office?: unknown }): CalendarDataError {
    try {
      build(overrides);
    } catch (error) {
      if (error instanceof CalendarDataError) return error;
      throw error;
    }
    throw new Error('expected the data to be rejected');
  }

  it('rejects a day outside its schedule year', () => {
    const bad: CalendarYear = { ...schedule2026, days: [...schedule2026.days, { ...schedule2026.days[0]!, date: '2027-01-01' }] };
    const error = rejection({ schedules: [bad] });
    expect(error.message).toContain('2027-01-01 is not in 2026');
    expect(error.messageVi).toBe(calendarErrors.invalidData);
  });

  it('rejects a day listed twice, a day that does not exist and an unknown source', () => {
    expect(rejection({ schedules: [{ ...schedule2026, days: [...schedule2026.days, schedule2026.days[0]!] }] }).message).toContain(
      'listed twice',
    );
    expect(rejection({ schedules: [{ ...schedule2026, days: [{ ...schedule2026.days[0]!, date: '2026-02-30' }] }] }).message).toContain(
      'YYYY-MM-DD',
    );
    expect(rejection({ schedules: [{ ...schedule2026, days: [{ ...schedule2026.days[0]!, source: 'nowhere' }] }] }).message).toContain(
      'unknown source nowhere',
    );
  });

  it('rejects two schedules for one year', () => {
    expect(rejection({ schedules: [schedule2026, schedule2026] }).messageVi).toBe(calendarErrors.duplicateYear);
  });

  it('rejects overlapping office sessions and an unknown day kind', () => {
    const office = {
      ...defaultOfficeSettings,
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ],
    };
    expect(rejection({ office }).message).toContain('sessions must be in order');
    const kind = { ...schedule2026, days: [{ ...schedule2026.days[0]!, kind: 'half_day' }] };
    expect(rejection({ schedules: [kind] }).message).toContain('days.0.kind');
  });
});

describe('WorkingCalendar year range', () => {
  it('rejects a range the lunar calendar does not cover', () => {
    const input = { rules: statutoryRules, schedules: [], office: defaultOfficeSettings };
    expect(() => WorkingCalendar.build({ ...input, firstYear: 1900, lastYear: 2030 })).toThrow(CalendarDataError);
    expect(() => WorkingCalendar.build({ ...input, firstYear: 2030, lastYear: 2029 })).toThrow(CalendarDataError);
  });
});
