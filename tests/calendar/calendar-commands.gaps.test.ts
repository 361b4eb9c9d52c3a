// What the calendar's commands send to the city, and the first and last years a ward can edit.
import { describe, expect, it } from 'vitest';
import { expectApiError, wardFixture } from '../support/ward-fixture';
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
      const saved = fx.call('saveCalendarYear', { year, sources: [LOCAL_SOURCE], days: [] });
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
});
