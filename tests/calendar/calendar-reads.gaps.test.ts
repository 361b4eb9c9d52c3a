// What the calendar page and the counter read: a year without its own schedule lists the days the law
// places in it, under the "derived" source, and a dossier handed in at closing time counts from the next
// working day. From mutation run 23's survivors (docs/testing.md).
import { describe, expect, it } from 'vitest';
import { wardFixture } from '../support/ward-fixture';

describe('the calendar as the pages read it', () => {
  it('lists a year without a schedule with the statutory days of that year only, under the derived source', () => {
    const fx = wardFixture();
    const year = fx.call('listCalendarYears', {}).years.find((y) => y.year === 2027)!;
    expect(year).toMatchObject({ derived: true, updatedAt: null, sources: [{ id: 'derived', confidence: 'U' }] });
    expect(year.sources).toHaveLength(1);
    expect(year.days[0]).toMatchObject({ date: '2027-01-01', source: 'derived' });
    expect(year.days.every((d) => d.date.startsWith('2027-'))).toBe(true);
    expect(year.days.length).toBeGreaterThan(10);
  });

  it('counts a dossier handed in at closing time from the next working day, and one a minute before from today', () => {
    const fx = wardFixture();
    const rule = { kind: 'working_days' as const, days: 1 };
    // Monday 2 March 2026, Hanoi time (UTC+7); the office closes at 17:00.
    expect(fx.call('getDueDate', { rule, receivedAt: '2026-03-02T09:59:00.000Z' }).receivedOn).toBe('2026-03-02');
    expect(fx.call('getDueDate', { rule, receivedAt: '2026-03-02T10:00:00.000Z' }).receivedOn).toBe('2026-03-03');
  });
});
