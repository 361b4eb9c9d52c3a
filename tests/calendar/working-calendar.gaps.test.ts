import { beforeEach, describe, expect, it } from 'vitest';
import { civilServiceSchedules } from '../../src/shared/calendar/data/civil-service-schedules';
import { defaultOfficeSettings } from '../../src/shared/calendar/data/office-defaults';
import { statutoryRules } from '../../src/shared/calendar/data/statutory-holidays';
import { CalendarDataError, WorkingCalendar } from '../../src/shared/calendar/working-calendar';

// The edges of the working calendar: its first and last days, the years it accepts, and the length
// of an office day (docs/testing.md, gaps).

function build(firstYear: number, lastYear: number, office: unknown = defaultOfficeSettings): WorkingCalendar {
  return WorkingCalendar.build({ rules: statutoryRules, schedules: civilServiceSchedules, office, firstYear, lastYear });
}

function refusal(firstYear: number, lastYear: number): string | undefined {
  try {
    build(firstYear, lastYear);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarDataError);
    return (error as CalendarDataError).message;
  }
}

describe('the years a calendar covers', () => {
  // Built in each test, not when the file loads, so that mutation testing sees the build too.
  let cal: WorkingCalendar;
  beforeEach(() => {
    cal = build(2026, 2027);
  });

  it('run from 1 January of the first to 31 December of the last, both included', () => {
    expect(cal.isWorkingDay('2026-01-01')).toBe(false); // New Year's Day, the very first day
    expect(cal.isWorkingDay('2026-01-05')).toBe(true); // a Monday
    expect(cal.isWorkingDay('2027-12-31')).toBe(true); // a Friday
    expect(cal.isWorkingDay('2027-12-25')).toBe(false); // a Saturday
    expect(cal.addWorkingDays('2027-12-29', 2)).toBe('2027-12-31');
  });

  it('end with a clear error one day beyond either end, and for a deadline that runs past the last day', () => {
    expect(() => cal.isWorkingDay('2025-12-31')).toThrow(new RangeError("2025-12-31 is outside the calendar's years"));
    expect(() => cal.isWorkingDay('2028-01-01')).toThrow(new RangeError("2028-01-01 is outside the calendar's years"));
    expect(() => cal.addWorkingDays('2027-12-30', 2)).toThrow(
      new RangeError("2 working days after 2027-12-30 runs past the calendar's last year"),
    );
    expect(() => cal.addWorkingDays('2027-12-01', 0)).toThrow(new RangeError('n must be a whole number ≥ 1, not 0'));
  });

  it("follow a year's own schedule: the Saturday 10 January 2026 worked in exchange for Friday 2 January off", () => {
    expect(cal.isWorkingDay('2026-01-10')).toBe(true);
    expect(cal.dayEntry('2026-01-10')).toMatchObject({ kind: 'swapped_work' });
  });

  it('derive the holidays of a year without a schedule, marked as derived and unconfirmed: Quốc khánh 2027', () => {
    expect(cal.isWorkingDay('2027-09-02')).toBe(false);
    expect(cal.dayEntry('2027-09-02')).toMatchObject({ source: 'derived', confidence: 'U' });
  });

  it('may be 1901 to 2100, the lunar calendar’s range, and one year alone; nothing else', () => {
    expect(refusal(1901, 1901)).toBeUndefined();
    expect(refusal(2100, 2100)).toBeUndefined();
    expect(refusal(2030, 2030)).toBeUndefined();
    for (const [first, last] of [
      [1900, 2026],
      [2026, 2101],
      [2027, 2026],
      [2026.5, 2027],
      [2026, 2027.5],
    ] as const)
      expect(refusal(first, last), `${first}–${last}`).toBe(`bad year range ${first}–${last} (the lunar calendar covers 1901–2100)`);
  });
});

describe('an office day', () => {
  it('lasts the sum of its sessions: 8 hours for 08:00–12:00 and 13:00–17:00', () => {
    expect(build(2026, 2026).minutesPerDay).toBe(480);
  });
});

describe('bad calendar data', () => {
  function failure(input: { schedules?: unknown; office?: unknown }): CalendarDataError {
    try {
      WorkingCalendar.build({
        rules: statutoryRules,
        schedules: input.schedules ?? civilServiceSchedules,
        office: input.office ?? defaultOfficeSettings,
        firstYear: 2025,
        lastYear: 2026,
      });
    } catch (error) {
      if (error instanceof CalendarDataError) return error;
      throw error;
    }
    throw new Error('the calendar was built');
  }

  it('says in Vietnamese that a year has two schedules, and names the fault in English for the log', () => {
    const error = failure({ schedules: [...civilServiceSchedules, civilServiceSchedules[0]!] });
    expect([error.name, error.message, error.messageVi]).toEqual([
      'CalendarDataError',
      'two schedules for the same year',
      'Mỗi năm chỉ được có một lịch nghỉ lễ, Tết.',
    ]);
  });

  it('names the part and the field of invalid office settings', () => {
    const error = failure({ office: { ...defaultOfficeSettings, sessions: [] } });
    expect(error.message).toMatch(/^invalid office settings: sessions: /);
    expect(error.messageVi).toBe('Dữ liệu lịch làm việc không hợp lệ. Lịch chưa bị thay đổi; hãy kiểm tra lại các ngày đã nhập.');
  });

  it('a bad year range says so in Vietnamese too', () => {
    expect(() => build(2027, 2026)).toThrow(expect.objectContaining({ messageVi: 'Khoảng năm của lịch làm việc không hợp lệ.' }));
  });
});

describe('which years a stretch of days rests on', () => {
  it('names each year from the first day to the last, confirmed with its schedule’s sources or derived, and none outside the calendar', () => {
    const calendar = build(2025, 2027);
    const dayOf = (iso: string) => Date.parse(iso) / 86_400_000;
    const years = calendar.yearsBetween(dayOf('2025-12-31'), dayOf('2027-01-04'));
    expect(years.map((y) => [y.year, y.status, y.sources.length])).toEqual([
      [2025, 'confirmed', 5],
      [2026, 'confirmed', 5],
      [2027, 'derived', 1],
    ]);
    expect(calendar.yearsBetween(dayOf('2026-03-02'), dayOf('2026-03-02')).map((y) => y.year)).toEqual([2026]);
    expect(() => calendar.yearBasis(2028)).toThrow(RangeError);
    expect(() => calendar.yearBasis(2024)).toThrow(RangeError);
  });
});
