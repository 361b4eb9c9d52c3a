// What the calendar's commands send to the city, and the first and last years a ward can edit.
import { describe, expect, it } from 'vitest';
import { expectApiError, wardFixture } from '../support/ward-fixture';
import { completeYear } from '../support/complete-year';
import { outboxRows } from '../support/ward-queries';

const LOCAL_SOURCE = { id: 'ubnd-test', title: 'Thông báo thử của UBND phường', confidence: 'C' as const };

describe('calendar commands', () => {
  it('sends the office hours and each shipped year to the city under their own entity and operation', () => {
    const fx = wardFixture();
    const calendarRows = outboxRows(fx.ward)
      .filter((r) => r.entity.startsWith('calendar'))
      .map((r) => [r.entity, r.entity_id, r.op]);
    expect(calendarRows).toEqual([
      ['calendar_office', 'ward', 'calendar_office.save@1'],
      ['calendar_year', '2025', 'calendar_year.save@1'],
      ['calendar_year', '2026', 'calendar_year.save@1'],
    ]);
  });

  it('lets a ward edit 2021 and 2060, the first and last years the calendar covers, and no year outside them', () => {
    const fx = wardFixture();
    for (const year of [2021, 2060]) {
      const saved = fx.call('saveCalendarYear', completeYear(fx, year, LOCAL_SOURCE));
      expect(saved.year).toMatchObject({ year, derived: false, sources: [LOCAL_SOURCE] });
      expect(outboxRows(fx.ward).at(-1)).toMatchObject({ entity: 'calendar_year', entity_id: String(year), op: 'calendar_year.save@1' });
    }
    const before = outboxRows(fx.ward).length;
    for (const year of [2020, 2061]) {
      const error = expectApiError(
        () => fx.call('saveCalendarYear', { year, sources: [LOCAL_SOURCE], days: [] }),
        'calendar_year_out_of_range',
      );
      expect(error.status).toBe(422);
    }
    expect(outboxRows(fx.ward)).toHaveLength(before);
  });

  it('refuses a swapped day off on a Sunday, naming the day', () => {
    const fx = wardFixture();
    const error = expectApiError(
      () =>
        fx.call('saveCalendarYear', {
          year: 2027,
          sources: [LOCAL_SOURCE],
          days: [{ date: '2027-03-14', kind: 'swapped_off', name: 'Nghỉ hoán đổi', source: LOCAL_SOURCE.id, confidence: 'C' }],
        }),
      'calendar_year_invalid',
    );
    expect(error.message).toContain('Ngày 14/03/2027 là ngày nghỉ hằng tuần; nghỉ bù hoặc nghỉ hoán đổi phải rơi vào ngày làm việc.');
  });

  it("keeps and sends a year's days in date order, however they were typed", () => {
    const fx = wardFixture();
    const day = (date: string) => ({
      date,
      kind: 'holiday' as const,
      name: `Nghỉ ${date}`,
      source: LOCAL_SOURCE.id,
      confidence: 'C' as const,
    });
    const input = completeYear(fx, 2027, LOCAL_SOURCE);
    const typed = [day('2027-05-19'), ...input.days.reverse(), day('2027-03-08'), day('2027-04-02')];
    fx.call('saveCalendarYear', { ...input, days: typed });
    const sent = outboxRows(fx.ward).filter((r) => r.entity === 'calendar_year' && r.entity_id === '2027');
    const dates = (JSON.parse(sent.at(-1)!.payload) as { days: { date: string }[] }).days.map((d) => d.date);
    expect(dates).toEqual(typed.map((d) => d.date).sort());
  });
});
