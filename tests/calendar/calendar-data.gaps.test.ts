import { describe, expect, it } from 'vitest';
import { CalendarYear, OfficeSettings, StatutoryRules } from '../../src/shared/calendar/calendar-data';
import { civilServiceSchedules } from '../../src/shared/calendar/data/civil-service-schedules';
import { defaultOfficeSettings } from '../../src/shared/calendar/data/office-defaults';
import { statutoryRules } from '../../src/shared/calendar/data/statutory-holidays';

// Calendar data an administrator edits or the city sends is refused with the exact place of each
// mistake (the settings page points at it): a holiday id used twice, a day of another year, a day
// listed twice, a day citing no source of its year, office sessions out of order or overlapping.

type Issue = { path: PropertyKey[]; message: string };
const issuesOf = (result: { success: boolean; error?: { issues: Issue[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => ({ path: i.path, message: i.message }));

const year2026 = civilServiceSchedules.find((y) => y.year === 2026)!;

describe('calendar data refused with the place of each mistake', () => {
  it('accepts the shipped rules, schedules and office hours', () => {
    expect(issuesOf(StatutoryRules.safeParse(statutoryRules))).toEqual([]);
    for (const y of civilServiceSchedules) expect(issuesOf(CalendarYear.safeParse(y))).toEqual([]);
    expect(issuesOf(OfficeSettings.safeParse(defaultOfficeSettings))).toEqual([]);
  });

  it('names a holiday id used twice', () => {
    const first = statutoryRules.holidays[0]!;
    const twice = { ...statutoryRules, holidays: [first, statutoryRules.holidays[1]!, { ...first, name: 'Bản sao' }] };
    expect(issuesOf(StatutoryRules.safeParse(twice))).toEqual([{ path: ['holidays'], message: `duplicate holiday id ${first.id}` }]);
  });

  it('names each day of a schedule that is in another year, listed twice, or cites an unknown source', () => {
    const day = year2026.days[0]!;
    const bad = {
      ...year2026,
      days: [day, { ...day, date: '2025-12-31' }, { ...day }, { ...day, date: '2026-12-30', source: 'khong-co' }],
    };
    expect(issuesOf(CalendarYear.safeParse(bad))).toEqual([
      { path: ['days', 1, 'date'], message: '2025-12-31 is not in 2026' },
      { path: ['days', 2, 'date'], message: `${day.date} is listed twice` },
      { path: ['days', 3, 'source'], message: 'unknown source khong-co' },
    ]);
  });

  it('takes sessions that touch, and names one that ends before it starts, is empty, or overlaps the one before', () => {
    const sessions = (...pairs: [string, string][]) => ({
      ...defaultOfficeSettings,
      sessions: pairs.map(([start, end]) => ({ start, end })),
    });
    const mistake = (i: number) => ({ path: ['sessions', i], message: 'sessions must be in order and not overlap' });
    expect(issuesOf(OfficeSettings.safeParse(sessions(['08:00', '12:00'], ['12:00', '17:00'])))).toEqual([]);
    expect(issuesOf(OfficeSettings.safeParse(sessions(['12:00', '08:00'])))).toEqual([mistake(0)]);
    expect(issuesOf(OfficeSettings.safeParse(sessions(['08:00', '08:00'])))).toEqual([mistake(0)]);
    expect(issuesOf(OfficeSettings.safeParse(sessions(['08:00', '12:00'], ['11:59', '17:00'])))).toEqual([mistake(1)]);
  });
});
