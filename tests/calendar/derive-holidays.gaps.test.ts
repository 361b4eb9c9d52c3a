import { describe, expect, it } from 'vitest';
import type { StatutoryHoliday, StatutoryRules } from '../../src/shared/calendar/calendar-data';
import { epochDayOf, isoDayOf } from '../../src/shared/calendar/civil-day';
import { statutoryRules } from '../../src/shared/calendar/data/statutory-holidays';
import { deriveYear } from '../../src/shared/calendar/derive-holidays';

// The days off of a year without a published schedule, derived from the Labour Code's rules. The
// expected days are written out by hand from a wall calendar, and checked against the years whose
// schedules were published (2021–2025: the 2/9 bridge day, the compensatory days of 2022 and 2023).

const monToFri = (weekday: number) => weekday >= 1 && weekday <= 5;
const monToSat = (weekday: number) => weekday >= 1 && weekday <= 6;

function derived(year: number, rules: StatutoryRules = statutoryRules, week = monToFri): [string, string, string][] {
  return deriveYear(year, rules, week).map((d) => [isoDayOf(d.day), d.kind, d.name]);
}

function daysOff(year: number, week = monToFri): string[] {
  return deriveYear(year, statutoryRules, week).map((d) => isoDayOf(d.day));
}

describe('a year derived from the statutory rules', () => {
  it('2027: Tết over a weekend gets two compensatory days after it, 1/5 on a Saturday one on Monday, 2/9 bridges to Friday', () => {
    expect(derived(2027)).toEqual([
      ['2027-01-01', 'holiday', 'Tết Dương lịch'],
      ['2027-02-05', 'holiday', 'Tết Âm lịch'],
      ['2027-02-06', 'holiday', 'Tết Âm lịch'],
      ['2027-02-07', 'holiday', 'Tết Âm lịch'],
      ['2027-02-08', 'holiday', 'Tết Âm lịch'],
      ['2027-02-09', 'holiday', 'Tết Âm lịch'],
      ['2027-02-10', 'compensatory', 'Nghỉ bù Tết Âm lịch'],
      ['2027-02-11', 'compensatory', 'Nghỉ bù Tết Âm lịch'],
      ['2027-04-16', 'holiday', 'Giỗ Tổ Hùng Vương'],
      ['2027-04-30', 'holiday', 'Ngày Chiến thắng'],
      ['2027-05-01', 'holiday', 'Ngày Quốc tế lao động'],
      ['2027-05-03', 'compensatory', 'Nghỉ bù Ngày Quốc tế lao động'],
      ['2027-09-02', 'holiday', 'Quốc khánh'],
      ['2027-09-03', 'holiday', 'Quốc khánh (ngày liền kề)'],
    ]);
  });

  it('2028: New Year on a Saturday, 30/4 on a Sunday next to 1/5, 2/9 on a Saturday with the bridge on Friday', () => {
    expect(derived(2028)).toEqual([
      ['2028-01-01', 'holiday', 'Tết Dương lịch'],
      ['2028-01-03', 'compensatory', 'Nghỉ bù Tết Dương lịch'],
      ['2028-01-25', 'holiday', 'Tết Âm lịch'],
      ['2028-01-26', 'holiday', 'Tết Âm lịch'],
      ['2028-01-27', 'holiday', 'Tết Âm lịch'],
      ['2028-01-28', 'holiday', 'Tết Âm lịch'],
      ['2028-01-29', 'holiday', 'Tết Âm lịch'],
      ['2028-01-31', 'compensatory', 'Nghỉ bù Tết Âm lịch'],
      ['2028-04-04', 'holiday', 'Giỗ Tổ Hùng Vương'],
      ['2028-04-30', 'holiday', 'Ngày Chiến thắng'],
      ['2028-05-01', 'holiday', 'Ngày Quốc tế lao động'],
      ['2028-05-02', 'compensatory', 'Nghỉ bù Ngày Chiến thắng'],
      ['2028-09-01', 'holiday', 'Quốc khánh (ngày liền kề)'],
      ['2028-09-02', 'holiday', 'Quốc khánh'],
      ['2028-09-04', 'compensatory', 'Nghỉ bù Quốc khánh'],
    ]);
  });

  it('puts the 2/9 bridge day where the published schedules of 2021–2025 put it', () => {
    const bridge = (year: number) =>
      deriveYear(year, statutoryRules, monToFri)
        .filter((d) => d.name === 'Quốc khánh (ngày liền kề)')
        .map((d) => isoDayOf(d.day));
    expect([2021, 2022, 2023, 2024, 2025].map(bridge)).toEqual([
      ['2021-09-03'], // 2/9 on a Thursday: the Friday after
      ['2022-09-01'], // on a Friday: the Thursday before (a Saturday is no working day to take)
      ['2023-09-01'], // on a Saturday: the Friday before
      ['2024-09-03'], // on a Monday: the Tuesday after (Sunday is already off)
      ['2025-09-01'], // on a Tuesday: the Monday before
    ]);
  });

  it('gives the compensatory days the published 2022 and 2023 schedules gave', () => {
    const off2022 = daysOff(2022);
    // 1/1 on a Saturday → Monday 3/1; Giỗ Tổ on Sunday 10/4 → Monday 11/4; 30/4 and 1/5 on a weekend → 2/5 and 3/5.
    for (const day of ['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03']) expect(off2022).toContain(day);
    // 2/9/2023 on a Saturday: off from Friday 1/9 to Monday 4/9.
    expect(daysOff(2023).filter((d) => d.startsWith('2023-09'))).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
  });

  it('gives no compensatory day for a Saturday holiday at an office that works Saturdays', () => {
    expect(derived(2027, statutoryRules, monToSat).filter(([, kind]) => kind === 'compensatory')).toEqual([
      // Saturday 6/2 and 1/5 fall on this office's working days: only Sunday 7/2 earns one.
      ['2027-02-10', 'compensatory', 'Nghỉ bù Tết Âm lịch'],
    ]);
  });

  it('takes the placement of 2/9 on a Wednesday (no Monday or Friday next to it) on the working day before', () => {
    expect(daysOff(2026).filter((d) => d.startsWith('2026-09'))).toEqual(['2026-09-01', '2026-09-02']);
  });
});

describe('which rules apply', () => {
  const holiday = (over: Partial<StatutoryHoliday>): StatutoryHoliday => ({
    id: 'thu-nghiem',
    name: 'Ngày thử nghiệm',
    date: { type: 'solar', month: 11, day: 24 },
    status: 'in_force',
    effectiveFrom: '2021-01-01',
    source: { title: 'thử nghiệm', url: 'https://example.invalid/', confidence: 'U' },
    ...over,
  });
  const rules = (holidays: StatutoryHoliday[], nextWorkingDay = true): StatutoryRules => ({
    holidays,
    compensation: { ...statutoryRules.compensation, nextWorkingDay },
  });
  // 24/11/2027 is a Wednesday.
  const on2027 = (h: StatutoryHoliday) => daysOf(deriveYear(2027, rules([h]), monToFri));
  const daysOf = (days: { day: number }[]) => days.map((d) => isoDayOf(d.day));

  it('leaves out a holiday that is only announced (Ngày Văn hóa Việt Nam, 24/11)', () => {
    expect(daysOff(2027)).not.toContain('2027-11-24');
    expect(on2027(holiday({ status: 'announced' }))).toEqual([]);
    expect(on2027(holiday({}))).toEqual(['2027-11-24']);
  });

  it('applies a holiday from its first effective day to its last, both included', () => {
    expect(on2027(holiday({ effectiveFrom: '2027-11-24' }))).toEqual(['2027-11-24']);
    expect(on2027(holiday({ effectiveFrom: '2027-11-25' }))).toEqual([]);
    expect(on2027(holiday({ effectiveTo: '2027-11-24' }))).toEqual(['2027-11-24']);
    expect(on2027(holiday({ effectiveTo: '2027-11-23' }))).toEqual([]);
  });

  it('gives no compensatory day when the rules grant none', () => {
    const weekend = holiday({ date: { type: 'solar', month: 11, day: 27 } }); // a Saturday
    expect(daysOf(deriveYear(2027, rules([weekend], false), monToFri))).toEqual(['2027-11-27']);
    expect(daysOf(deriveYear(2027, rules([weekend], true), monToFri))).toEqual(['2027-11-27', '2027-11-29']);
  });

  it('names each compensatory day after the holiday it makes up for, in whatever order the rules list the holidays', () => {
    // 2022: 30/4 on a Saturday and 1/5 on a Sunday; the published schedule moved them to Monday 2/5 and Tuesday 3/5.
    const reversed = rules([...statutoryRules.holidays].reverse());
    for (const listed of [statutoryRules, reversed])
      expect(derived(2022, listed).filter(([, kind]) => kind === 'compensatory')).toEqual([
        ['2022-01-03', 'compensatory', 'Nghỉ bù Tết Dương lịch'],
        ['2022-04-11', 'compensatory', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
        ['2022-05-02', 'compensatory', 'Nghỉ bù Ngày Chiến thắng'],
        ['2022-05-03', 'compensatory', 'Nghỉ bù Ngày Quốc tế lao động'],
      ]);
  });

  it('places a lunar-date holiday on its solar day (10/3 Âm lịch 2027 = 16/4)', () => {
    expect(on2027(holiday({ date: { type: 'lunar', month: 3, day: 10 } }))).toEqual(['2027-04-16']);
    expect(epochDayOf('2027-04-16')).toBe(deriveYear(2027, statutoryRules, monToFri).find((d) => d.name === 'Giỗ Tổ Hùng Vương')!.day);
  });
});
