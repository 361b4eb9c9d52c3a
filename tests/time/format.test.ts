import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatDayLong, parseDayText } from '../../src/shared/time/format';

// Every page writes dates through these: day/month/year and Hanoi time whatever the PC's locale,
// and a typed day is read the same way back.

const dayOf = (typed: string): string | null => {
  const parsed = parseDayText(typed);
  return parsed.ok ? parsed.day : null;
};

describe('dates as written in Vietnam', () => {
  it('writes a day as dd/mm/yyyy and spells it with Vietnamese words', () => {
    expect(formatDay('2026-12-07')).toBe('07/12/2026');
    expect(formatDayLong('2026-12-07')).toBe('ngày 7 tháng 12 năm 2026');
    expect(formatDayLong('2027-01-31')).toBe('ngày 31 tháng 1 năm 2027');
  });

  it('writes an instant in Hanoi time, which is already the next day from 17:00 UTC', () => {
    expect(formatDateTime('2026-12-07T05:21:00Z')).toBe('12:21 07/12/2026');
    expect(formatDateTime('2026-12-31T17:05:00Z')).toBe('00:05 01/01/2027');
    expect(formatDate('2026-07-11T17:00:00Z')).toBe('12/07/2026');
  });

  it('tells a day that does not exist from text that is not a day', () => {
    expect(parseDayText('31/02/2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDayText('2026-02-03')).toEqual({ ok: false, reason: 'format' });
    expect(parseDayText('07/12/2026')).toEqual({ ok: true, day: '2026-12-07' });
  });
});

describe('a typed day (dd/mm/yyyy) as the service takes it (yyyy-mm-dd)', () => {
  it('reads a day as people write it, with or without leading zeros', () => {
    expect(dayOf('23/11/2026')).toBe('2026-11-23');
    expect(dayOf('3/2/2026')).toBe('2026-02-03');
    expect(dayOf('03/02/2026')).toBe('2026-02-03');
    expect(dayOf('1/12/2026')).toBe('2026-12-01');
    expect(dayOf('31/12/2026')).toBe('2026-12-31');
    expect(dayOf('01/01/2027')).toBe('2027-01-01');
  });

  it('ignores spaces and tabs around the day, not inside it', () => {
    expect(dayOf('  23/11/2026  ')).toBe('2026-11-23');
    expect(dayOf('\t23/11/2026\n')).toBe('2026-11-23');
    expect(dayOf('23 /11/2026')).toBeNull();
    expect(dayOf('23/11/ 2026')).toBeNull();
  });

  it('has no day for a blank field', () => {
    expect(dayOf('')).toBeNull();
    expect(dayOf('   ')).toBeNull();
  });

  it('refuses a day the month does not have', () => {
    expect(dayOf('31/02/2026')).toBeNull();
    expect(dayOf('30/02/2024')).toBeNull();
    expect(dayOf('31/04/2026')).toBeNull();
    expect(dayOf('31/06/2026')).toBeNull();
    expect(dayOf('31/09/2026')).toBeNull();
    expect(dayOf('31/11/2026')).toBeNull();
    expect(dayOf('30/04/2026')).toBe('2026-04-30');
    expect(dayOf('31/01/2026')).toBe('2026-01-31');
  });

  it('takes 29/02 only in a leap year (every fourth, not a century unless it divides by 400)', () => {
    expect(dayOf('29/02/2024')).toBe('2024-02-29');
    expect(dayOf('29/02/2028')).toBe('2028-02-29');
    expect(dayOf('29/02/2000')).toBe('2000-02-29');
    expect(dayOf('29/02/2026')).toBeNull();
    expect(dayOf('29/02/2100')).toBeNull();
    expect(dayOf('29/02/1900')).toBeNull();
    expect(dayOf('28/02/2026')).toBe('2026-02-28');
  });

  it('refuses day or month zero, month 13, and numbers too long', () => {
    expect(dayOf('00/11/2026')).toBeNull();
    expect(dayOf('23/00/2026')).toBeNull();
    expect(dayOf('23/13/2026')).toBeNull();
    expect(dayOf('32/01/2026')).toBeNull();
    expect(dayOf('123/11/2026')).toBeNull();
    expect(dayOf('23/011/2026')).toBeNull();
  });

  it('refuses other ways of writing a day', () => {
    expect(dayOf('2026-11-23')).toBeNull();
    expect(dayOf('23-11-2026')).toBeNull();
    expect(dayOf('23.11.2026')).toBeNull();
    expect(dayOf('23/11/26')).toBeNull();
    expect(dayOf('23/11/20266')).toBeNull();
    expect(dayOf('23/11')).toBeNull();
    expect(dayOf('hôm nay')).toBeNull();
    expect(dayOf('２３/１１/２０２６')).toBeNull();
  });
});
