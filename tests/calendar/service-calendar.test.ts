import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../src/shared/api/contract';
import { expectApiError, wardFixture, type WardFixture } from '../support/ward-fixture';
import { completeYear } from '../support/complete-year';
import { outboxRows } from '../support/ward-queries';

// The calendar methods against a real ward service. Office hours are the shipped default, Monday to
// Friday 08:00–12:00 and 13:00–17:00 Hanoi time (UTC+7). Expected days are counted by hand on a
// printed 2026 calendar.

type SaveInput = MethodInput<'saveCalendarYear'>;

function year2026(fx: WardFixture): SaveInput {
  const stored = fx.call('listCalendarYears', {}).years.find((y) => y.year === 2026)!;
  return { year: 2026, sources: stored.sources, days: stored.days };
}

const LOCAL_SOURCE = { id: 'ubnd-test', title: 'Thông báo thử của UBND phường', confidence: 'C' as const };

describe('listCalendarYears', () => {
  it('shows the shipped 2026 schedule with Tết, its sources and confidence, and derives later years', () => {
    const fx = wardFixture();
    const list = fx.call('listCalendarYears', {});
    expect([list.firstYear, list.lastYear]).toEqual([2021, 2060]);
    expect(list.workingWeekdays).toEqual([1, 2, 3, 4, 5]);
    const y2026 = list.years.find((y) => y.year === 2026)!;
    expect(y2026.derived).toBe(false);
    expect(y2026.days.filter((d) => d.date.startsWith('2026-02-')).map((d) => [d.date, d.kind, d.source, d.confidence])).toEqual([
      ['2026-02-16', 'holiday', 'congan-tet-2026', 'C'],
      ['2026-02-17', 'holiday', 'congan-tet-2026', 'C'],
      ['2026-02-18', 'holiday', 'congan-tet-2026', 'C'],
      ['2026-02-19', 'holiday', 'congan-tet-2026', 'C'],
      ['2026-02-20', 'holiday', 'congan-tet-2026', 'C'],
    ]);
    expect(y2026.days.find((d) => d.date === '2026-01-10')).toMatchObject({ kind: 'swapped_work', name: 'Làm bù cho thứ Sáu 2/1' });
    expect(y2026.sources.map((s) => s.id)).toContain('congan-tet-2026');

    const y2027 = list.years.find((y) => y.year === 2027)!;
    expect(y2027.derived).toBe(true);
    expect(y2027.updatedAt).toBeNull();
    // Tết Đinh Mùi: mùng 1 is Saturday 6/2/2027.
    expect(y2027.days.find((d) => d.date === '2027-02-06')).toMatchObject({ kind: 'holiday', source: 'derived', confidence: 'U' });
    expect(list.years.filter((y) => !y.derived).map((y) => y.year)).toEqual([2025, 2026]);
  });

  it('seeds the shipped years once, through the sync log', () => {
    const fx = wardFixture();
    const seeded = outboxRows(fx.ward).filter((r) => r.op === 'calendar_year.save@1');
    expect(seeded.map((r) => r.entity_id)).toEqual(['2025', '2026']);
    const again = fx.reopen();
    expect(outboxRows(again.ward).filter((r) => r.op === 'calendar_year.save@1')).toHaveLength(2);
  });
});

describe('getDueDate', () => {
  it('skips the Tết break of 2026', () => {
    const fx = wardFixture();
    // Monday 9/2/2026 10:00: day 1 Tue 10, … day 4 Fri 13, Tết 16–20, weekend, day 5 Mon 23.
    expect(fx.call('getDueDate', { rule: { kind: 'working_days', days: 5 }, receivedAt: '2026-02-09T03:00:00.000Z' })).toEqual({
      date: '2026-02-23',
      time: '17:00',
      at: '2026-02-23T10:00:00.000Z',
      receivedOn: '2026-02-09',
      calendar: { confirmed: true, years: [{ year: 2026, status: 'confirmed', sources: year2026(fx).sources }], notice: null },
    });
  });

  it('moves a same-day procedure received after 15:00 to the next working day', () => {
    const fx = wardFixture();
    const friday1530 = '2026-02-13T08:30:00.000Z';
    expect(fx.call('getDueDate', { rule: { kind: 'same_day_cutoff', cutoff: '15:00' }, receivedAt: friday1530 })).toMatchObject({
      date: '2026-02-23',
      receivedOn: '2026-02-13',
    });
    const friday1430 = '2026-02-13T07:30:00.000Z';
    expect(fx.call('getDueDate', { rule: { kind: 'same_day_cutoff', cutoff: '15:00' }, receivedAt: friday1430 }).date).toBe('2026-02-13');
  });

  it('counts the swapped working Saturday 10/1/2026 and moves an after-hours reception to the next working day', () => {
    const fx = wardFixture();
    expect(fx.call('getDueDate', { rule: { kind: 'working_days', days: 1 }, receivedAt: '2026-01-10T02:00:00.000Z' })).toMatchObject({
      date: '2026-01-12',
      receivedOn: '2026-01-10',
    });
    // Monday 9/3/2026 17:30 counts as received Tuesday 10/3; day 1 is Wednesday 11/3.
    expect(fx.call('getDueDate', { rule: { kind: 'working_days', days: 1 }, receivedAt: '2026-03-09T10:30:00.000Z' })).toMatchObject({
      date: '2026-03-11',
      receivedOn: '2026-03-10',
    });
  });

  it('takes the longer period when verification is needed, and counts from now when no time is given', () => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' }); // Tuesday 10/3/2026 09:00
    const rule = { kind: 'working_days' as const, days: 3, daysIfVerification: 5 };
    expect(fx.call('getDueDate', { rule }).date).toBe('2026-03-13');
    expect(fx.call('getDueDate', { rule, verification: true }).date).toBe('2026-03-17');
  });

  it('answers with its own error past the last year the calendar covers', () => {
    const fx = wardFixture();
    expectApiError(
      () => fx.call('getDueDate', { rule: { kind: 'working_days', days: 3650 }, receivedAt: '2059-12-01T02:00:00.000Z' }),
      'due_date_out_of_range',
    );
  });
});

describe('saveCalendarYear', () => {
  it('changes the due date at once: a new day off and a swapped working Saturday', () => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    const rule = { kind: 'working_days' as const, days: 3 };
    expect(fx.call('getDueDate', { rule }).date).toBe('2026-03-13');
    const input = year2026(fx);
    input.sources = [...input.sources, LOCAL_SOURCE];
    input.days = [
      ...input.days,
      { date: '2026-03-12', kind: 'swapped_off', name: 'Nghỉ hoán đổi thử', source: 'ubnd-test', confidence: 'C' },
      { date: '2026-03-14', kind: 'swapped_work', name: 'Làm bù thứ Bảy thử', source: 'ubnd-test', confidence: 'C' },
    ];
    const saved = fx.call('saveCalendarYear', input).year;
    expect(saved.derived).toBe(false);
    expect(saved.updatedAt).toBe('2026-03-10T02:00:00.000Z');
    // Day 1 Wed 11, Thu 12 off, day 2 Fri 13, day 3 the swapped Saturday 14.
    expect(fx.call('getDueDate', { rule }).date).toBe('2026-03-14');
    expect(outboxRows(fx.ward).at(-1)).toMatchObject({ op: 'calendar_year.save@1', entity_id: '2026' });

    const again = fx.reopen();
    expect(again.call('getDueDate', { rule }).date).toBe('2026-03-14');
    expect(
      again
        .call('listCalendarYears', {})
        .years.find((y) => y.year === 2026)!
        .days.map((d) => d.date),
    ).toContain('2026-03-14');
  });

  it('makes a derived year a stored one', () => {
    const fx = wardFixture();
    const input = completeYear(fx, 2030, LOCAL_SOURCE);
    fx.call('saveCalendarYear', input);
    const y = fx.call('listCalendarYears', {}).years.find((y) => y.year === 2030)!;
    expect(y.derived).toBe(false);
    expect(y.sources).toEqual([LOCAL_SOURCE]);
    expect(y.days.map((d) => [d.date, d.source])).toEqual(input.days.map((d) => [d.date, 'ubnd-test']));
  });

  const refused: [string, (input: SaveInput) => void, string][] = [
    ['a day that does not exist', (i) => i.days.push({ ...i.days[0]!, date: '2026-02-30' }), 'Ngày "2026-02-30" không có thật'],
    ['a day of another year', (i) => i.days.push({ ...i.days[0]!, date: '2025-12-31' }), 'Ngày 31/12/2025 không thuộc năm 2026'],
    ['a day listed twice', (i) => i.days.push({ ...i.days[4]! }), '17/02/2026 được nhập hai lần'],
    [
      'a day citing no listed source',
      (i) => i.days.push({ ...i.days[0]!, date: '2026-06-01', source: 'nowhere' }),
      'Ngày 01/06/2026: nguồn',
    ],
    [
      'a swapped working day on a Wednesday',
      (i) => i.days.push({ ...i.days[0]!, date: '2026-06-03', kind: 'swapped_work' }),
      'Ngày 03/06/2026 vốn là ngày làm việc',
    ],
    [
      'a compensatory day on a Sunday',
      (i) => i.days.push({ ...i.days[0]!, date: '2026-06-07', kind: 'compensatory' }),
      'Ngày 07/06/2026 là ngày nghỉ hằng tuần',
    ],
    ['two sources with one id', (i) => i.sources.push({ ...i.sources[0]! }), 'được dùng cho hai nguồn'],
  ];

  it.each(refused)('refuses %s with a Vietnamese message naming it, and changes nothing', (_label, spoil, message) => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    const before = { list: fx.call('listCalendarYears', {}), outbox: outboxRows(fx.ward).length };
    const input = year2026(fx);
    spoil(input);
    const error = expectApiError(() => fx.call('saveCalendarYear', input), 'calendar_year_invalid');
    expect(error.status).toBe(422);
    expect(error.message).toContain(message);
    expect(fx.call('listCalendarYears', {})).toEqual(before.list);
    expect(outboxRows(fx.ward)).toHaveLength(before.outbox);
  });

  it('refuses a year outside the calendar', () => {
    const fx = wardFixture();
    expectApiError(() => fx.call('saveCalendarYear', { year: 2061, sources: [LOCAL_SOURCE], days: [] }), 'calendar_year_out_of_range');
  });
});
