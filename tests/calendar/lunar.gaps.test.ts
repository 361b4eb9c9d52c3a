import { describe, expect, it } from 'vitest';
import { leapMonthOf, lunarToSolar, solarToLunar, tetDay } from '../../src/shared/calendar/lunar';

// The edges of the lunar calendar: the years it covers (both ends work, one step outside is refused
// with a reason), the leap months of recent years, and dates that do not exist.

describe('the years covered', () => {
  it('computes Tết at both ends of 1901–2100', () => {
    expect(tetDay(1901)).toBe('1901-02-19');
    expect(tetDay(2100)).toBe('2100-02-09');
  });

  it('says which years it covers when asked for another', () => {
    const reason = (year: number) => `the lunar calendar is computed for 1901–2100, not ${year}`;
    expect(() => tetDay(1900)).toThrow(reason(1900));
    expect(() => tetDay(2101)).toThrow(reason(2101));
    expect(() => solarToLunar('2101-01-01')).toThrow(reason(2101));
    expect(() => leapMonthOf(2026.5)).toThrow(reason(2026.5));
  });
});

describe('leap months', () => {
  it('finds the leap month of 2020 (4), 2023 (2), 2025 (6) and 2028 (5), and none in 2024', () => {
    expect([2020, 2023, 2024, 2025, 2028].map(leapMonthOf)).toEqual([4, 2, null, 6, 5]);
  });

  it('dates the leap 6th month of 2025 after the ordinary one', () => {
    const ordinary = lunarToSolar({ year: 2025, month: 6, day: 1, leap: false });
    const leap = lunarToSolar({ year: 2025, month: 6, day: 1, leap: true });
    expect(leap > ordinary).toBe(true);
    expect(solarToLunar(leap)).toEqual({ year: 2025, month: 6, day: 1, leap: true });
  });
});

describe('dates that do not exist', () => {
  it('names the month and the days it has', () => {
    expect(() => lunarToSolar({ year: 2026, month: 5, day: 1, leap: true })).toThrow('lunar year 2026 has no leap month 5');
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow('lunar month 12/2025 has 29 days, not day 30');
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 0, leap: false })).toThrow('lunar month 12/2025 has 29 days, not day 0');
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 1.5, leap: false })).toThrow('lunar month 12/2025 has 29 days, not day 1.5');
  });
});
