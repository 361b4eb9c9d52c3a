import { describe, expect, it } from 'vitest';
import type { CalendarDayKind } from '../../src/shared/calendar/calendar-data';
import { isoDayOf } from '../../src/shared/calendar/civil-day';
import { civilServiceSchedules } from '../../src/shared/calendar/data/civil-service-schedules';
import { statutoryRules } from '../../src/shared/calendar/data/statutory-holidays';
import { deriveYear } from '../../src/shared/calendar/derive-holidays';
import { missingStatutoryHolidays } from '../../src/shared/calendar/statutory-check';
import { cultureDayInForce } from '../support/city-calendar';

// Which statutory holidays a year's schedule leaves out. Where the law fixes the day (1/1, 10/3 lunar,
// 30/4, 1/5, 2/9) that day must be a holiday; where the yearly decision places it (the 2/9 bridge day,
// the five days of Tết) only what the law fixes is required. Weekdays: 2028 has Tết on Wednesday 26/1,
// Giỗ Tổ on Tuesday 4/4, 2/9 on a Saturday.

const monToFri = (weekday: number) => weekday >= 1 && weekday <= 5;
type Day = { date: string; kind: CalendarDayKind };

function missing(year: number, days: Day[], rules = statutoryRules): [string, string, string][] {
  return missingStatutoryHolidays({ year, days }, rules, monToFri).map((m) => [m.holiday.id, m.need, m.day]);
}

function derivedDays(year: number, rules = statutoryRules): Day[] {
  return deriveYear(year, rules, monToFri).map((d) => ({ date: isoDayOf(d.day), kind: d.kind }));
}

describe('missingStatutoryHolidays', () => {
  it('finds nothing missing in the shipped 2025 and 2026 schedules', () => {
    for (const schedule of civilServiceSchedules) expect(missing(schedule.year, schedule.days)).toEqual([]);
  });

  it('finds nothing missing in any year as the rules derive it, 2021–2060', () => {
    for (let year = 2021; year <= 2060; year++) expect(missing(year, derivedDays(year)), String(year)).toEqual([]);
  });

  it('lists every holiday of a year with no days at all, Tết counted in working days off around mùng 1', () => {
    expect(missing(2028, [])).toEqual([
      ['tet-duong-lich', 'day', '2028-01-01'],
      ['tet-am-lich', 'working_days_off', '2028-01-26'],
      ['gio-to-hung-vuong', 'day', '2028-04-04'],
      ['ngay-chien-thang', 'day', '2028-04-30'],
      ['quoc-te-lao-dong', 'day', '2028-05-01'],
      ['quoc-khanh', 'day', '2028-09-02'],
      ['quoc-khanh-ngay-lien-ke', 'next_to', '2028-09-02'],
    ]);
  });

  it('takes the Tết days wherever the yearly decision puts them, but not four working days for five', () => {
    // 2025 as published: 28 Chạp – mùng 3, one day earlier than the rules' default.
    const tet2025 = civilServiceSchedules.find((y) => y.year === 2025)!.days;
    expect(missing(2025, tet2025)).toEqual([]);
    const fourDays = tet2025.filter((d) => d.date !== '2025-01-31');
    expect(missing(2025, fourDays)).toEqual([['tet-am-lich', 'working_days_off', '2025-01-29']]);
    // A weekend Tết day is made up by a compensatory day: 2027 lists two, and they count.
    const y2027 = derivedDays(2027);
    expect(
      missing(
        2027,
        y2027.filter((d) => d.kind !== 'compensatory'),
      ),
    ).toEqual([['tet-am-lich', 'working_days_off', '2027-02-06']]);
  });

  it('takes the 2/9 bridge day on either side, and only a holiday as the day itself', () => {
    const y2028 = derivedDays(2028).filter((d) => d.date !== '2028-09-01' && d.date !== '2028-09-03');
    expect(missing(2028, [...y2028, { date: '2028-09-03', kind: 'holiday' }])).toEqual([]);
    expect(missing(2028, [...y2028, { date: '2028-09-01', kind: 'holiday' }])).toEqual([]);
    expect(missing(2028, y2028)).toEqual([['quoc-khanh-ngay-lien-ke', 'next_to', '2028-09-02']]);
    const swapped = derivedDays(2028).map((d) => (d.date === '2028-04-04' ? { ...d, kind: 'swapped_off' as const } : d));
    expect(missing(2028, swapped)).toEqual([['gio-to-hung-vuong', 'day', '2028-04-04']]);
  });

  it('requires a holiday only in the years it is in force', () => {
    const rules = cultureDayInForce('2027-01-01');
    expect(missing(2026, civilServiceSchedules.find((y) => y.year === 2026)!.days, rules)).toEqual([]);
    expect(missing(2027, derivedDays(2027), rules)).toEqual([['ngay-van-hoa-viet-nam', 'day', '2027-11-24']]);
    expect(missing(2027, derivedDays(2027, rules), rules)).toEqual([]);
  });
});
