import { describe, expect, it } from 'vitest';
import { gioToDay, leapMonthOf, lunarToSolar, solarToLunar, tetDay } from '../../src/shared/calendar/lunar';
import { leapMonths, leapMonthStarts, lunarFixtures, vietnamChinaDifferences } from './lunar-fixtures';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('puts Tết Bính Ngọ on 17 February 2026', () => {
    expect(tetDay(2026)).toBe('2026-02-17');
    expect(solarToLunar('2026-02-17')).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
  });

  it.each(lunarFixtures)('gives the published Tết and Giỗ Tổ of $year', ({ year, tet, gioTo }) => {
    expect(tetDay(year)).toBe(tet);
    expect(gioToDay(year)).toBe(gioTo);
  });

  it.each(vietnamChinaDifferences)('keeps the Vietnamese Tết of $year where China differs', ({ year, vietnam, china }) => {
    expect(tetDay(year)).toBe(vietnam);
    expect(tetDay(year)).not.toBe(china);
    expect(solarToLunar(china)).not.toMatchObject({ month: 1, day: 1 });
  });

  it('gives 1985 a leap second month, which is why its Tết came a month before China’s', () => {
    expect(leapMonthOf(1985)).toBe(2);
    expect(solarToLunar('1985-02-20')).toEqual({ year: 1985, month: 2, day: 1, leap: false });
  });

  it('checks the 2007 difference on the day itself: China’s Tết is mùng 2 in Vietnam', () => {
    expect(solarToLunar('2007-02-18')).toEqual({ year: 2007, month: 1, day: 2, leap: false });
  });

  it.each(leapMonthStarts)('starts the leap month $month of $year on $day', ({ day, year, month }) => {
    expect(solarToLunar(day)).toEqual({ year, month, day: 1, leap: true });
    expect(lunarToSolar({ year, month, day: 1, leap: true })).toBe(day);
    expect(leapMonthOf(year)).toBe(month);
  });

  it.each(leapMonths)('gives lunar year $year the leap month $month', ({ year, month }) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it('reports no leap month in an ordinary year', () => {
    expect(leapMonthOf(2026)).toBeNull();
    expect(() => lunarToSolar({ year: 2026, month: 5, day: 1, leap: true })).toThrow(RangeError);
  });

  it('rejects a 30th in a 29-day month (month 12 of Ất Tỵ ends on 16/2/2026)', () => {
    expect(lunarToSolar({ year: 2025, month: 12, day: 29, leap: false })).toBe('2026-02-16');
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(RangeError);
  });

  it('refuses years outside 1901–2100 and days that do not exist', () => {
    expect(() => tetDay(1900)).toThrow(RangeError);
    expect(() => solarToLunar('2101-01-01')).toThrow(RangeError);
    expect(() => solarToLunar('2026-02-30')).toThrow(RangeError);
  });

  it('counts every day of 2000–2040 once: lunar days run 1, 2, … and months last 29 or 30 days', () => {
    let previous = solarToLunar('1999-12-31');
    let monthLength = Number.NaN;
    for (let t = Date.UTC(2000, 0, 1); t <= Date.UTC(2040, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const current = solarToLunar(iso);
      if (current.day === 1) {
        if (!Number.isNaN(monthLength)) expect([29, 30]).toContain(monthLength);
        monthLength = 1;
      } else {
        expect(current.day).toBe(previous.day + 1);
        expect([current.month, current.leap, current.year]).toEqual([previous.month, previous.leap, previous.year]);
        monthLength++;
      }
      expect(lunarToSolar(current)).toBe(iso);
      previous = current;
    }
  });
});
