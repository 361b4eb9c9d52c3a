// Days as the calendar data writes them: a malformed or non-existent day is refused with its reason,
// never rolled over or thrown as a crash. From mutation run 21's survivors (docs/testing.md).
import { describe, expect, it } from 'vitest';
import { IsoDay } from '../../src/shared/calendar/calendar-data';
import { epochDayOf } from '../../src/shared/calendar/civil-day';

describe('a day in the calendar data', () => {
  it('that is not written YYYY-MM-DD, or does not exist, is refused as data, not a crash', () => {
    for (const day of ['2026-1-5', '05/01/2026', '2026-02-30', '2026-13-01', ''])
      expect(IsoDay.safeParse(day), day).toMatchObject({
        success: false,
        error: { issues: [{ message: 'expected an existing day as YYYY-MM-DD' }] },
      });
    expect(IsoDay.safeParse('2028-02-29').success).toBe(true);
  });

  it('is read to a day number only when it exists, the error naming the text', () => {
    for (const text of ['2026-1-5', '2026-01-05T00:00', ' 2026-01-05'])
      expect(() => epochDayOf(text)).toThrow(new RangeError(`not a YYYY-MM-DD day: ${text}`));
    expect(() => epochDayOf('2026-02-30')).toThrow(new RangeError('no such day: 2026-02-30'));
    expect(epochDayOf('1970-01-02')).toBe(1);
  });
});
