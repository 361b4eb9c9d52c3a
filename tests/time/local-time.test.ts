import { describe, expect, it } from 'vitest';
import { localClock, localDateVi, localDay, localParts } from '../../src/shared/time/local-time';

describe('localDay (Hanoi, UTC+7)', () => {
  it('changes day at local midnight, which is 17:00 UTC', () => {
    expect(localDay('2026-03-14T16:59:59.999Z')).toBe('2026-03-14');
    expect(localDay('2026-03-14T17:00:00.000Z')).toBe('2026-03-15');
  });

  it('is already the next day in Hanoi while UTC is still on the previous one', () => {
    expect(localDay('2026-03-14T23:30:00.000Z')).toBe('2026-03-15');
    expect(localDay('2026-03-15T00:00:00.000Z')).toBe('2026-03-15');
  });

  it('crosses the year boundary at 17:00 UTC on 31 December', () => {
    expect(localDay('2025-12-31T16:59:59.999Z')).toBe('2025-12-31');
    expect(localDay('2025-12-31T17:00:00.000Z')).toBe('2026-01-01');
  });

  it('crosses month ends and leap days', () => {
    expect(localDay('2028-02-28T17:00:00.000Z')).toBe('2028-02-29');
    expect(localDay('2028-02-29T17:00:00.000Z')).toBe('2028-03-01');
    expect(localDay('2026-02-28T17:00:00.000Z')).toBe('2026-03-01');
  });

  it('gives the same answer for a Date, epoch milliseconds and an ISO string', () => {
    const iso = '2026-06-30T17:00:00.000Z';
    expect(localDay(new Date(iso))).toBe('2026-07-01');
    expect(localDay(Date.parse(iso))).toBe('2026-07-01');
    expect(localDay(iso)).toBe('2026-07-01');
  });

  it('honours an explicit offset in the input string', () => {
    expect(localDay('2026-03-15T00:00:00+07:00')).toBe('2026-03-15');
    expect(localDay('2026-03-14T23:59:59+07:00')).toBe('2026-03-14');
  });
});

describe('local clock and date', () => {
  it('shows Hanoi wall time', () => {
    expect(localClock('2026-03-14T16:59:59.999Z')).toBe('23:59');
    expect(localClock('2026-03-14T17:00:00.000Z')).toBe('00:00');
    expect(localClock('2026-03-14T01:05:00.000Z')).toBe('08:05');
  });

  it('formats the Vietnamese day/month/year order', () => {
    expect(localDateVi('2025-12-31T17:00:00.000Z')).toBe('01/01/2026');
    expect(localParts('2025-12-31T17:00:00.000Z')).toEqual({ year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
  });
});
