import { describe, expect, it } from 'vitest';
import { OfficeSettings, type ReceptionRules } from '../../src/shared/calendar/calendar-data';
import { isoDayOf } from '../../src/shared/calendar/civil-day';
import { defaultOfficeSettings } from '../../src/shared/calendar/data/office-defaults';
import { dueDate } from '../../src/shared/calendar/due-date';
import { receptionMoment } from '../../src/shared/calendar/reception';
import { shippedCalendar } from '../../src/shared/calendar/shipped-calendar';
import type { DeadlineRule } from '../../src/shared/catalog/deadline-rule';
import type { Channel } from '../../src/shared/catalog/procedure';

// The counting start per channel, with the shipped reception rules. March 2026 has no holiday:
// Tue 10, Wed 11, Thu 12, Fri 13, Sat 14, Sun 15, Mon 16, Tue 17, Wed 18, Thu 19. Instants are UTC;
// the Hanoi time is in each comment (UTC+7). Expected days were counted by hand on a paper calendar.

const SATURDAY_MORNING = [{ weekday: 6, sessions: [{ start: '08:00', end: '12:00' }] }];
const openOnSaturday = shippedCalendar({ ...defaultOfficeSettings, dayOffOpening: SATURDAY_MORNING });
const closedOnSaturday = shippedCalendar();

const SAT_10 = '2026-03-14T03:00:00.000Z'; // Saturday 14/3 10:00
const SAT_13 = '2026-03-14T06:00:00.000Z'; // Saturday 14/3 13:00, after the Saturday session
const SUN_10 = '2026-03-15T03:00:00.000Z'; // Sunday 15/3 10:00
const TUE_10 = '2026-03-10T03:00:00.000Z'; // Tuesday 10/3 10:00
const TUE_1630 = '2026-03-10T09:30:00.000Z'; // Tuesday 10/3 16:30
const TUE_23 = '2026-03-10T16:00:00.000Z'; // Tuesday 10/3 23:00
const FRI_23 = '2026-03-13T16:00:00.000Z'; // Friday 13/3 23:00

const threeWorkingDays: DeadlineRule = { kind: 'working_days', days: 3 };

function received(calendar: typeof openOnSaturday, at: string, channel: Channel): string {
  return isoDayOf(receptionMoment(calendar, Date.parse(at), channel).receivedOn);
}

describe('the shipped reception rules, 3 working days', () => {
  const cases: { what: string; channel: Channel; at: string; open: boolean; receivedOn: string; due: string }[] = [
    // In person: the reception day is not counted (Civil Code Art. 147), so a Saturday counter starts Monday.
    {
      what: 'in person, Saturday 10:00 at a counter open Saturday morning',
      channel: 'in_person',
      at: SAT_10,
      open: true,
      receivedOn: '2026-03-14',
      due: '2026-03-18',
    },
    {
      what: 'in person, Saturday 10:00 where the counter is closed on Saturday',
      channel: 'in_person',
      at: SAT_10,
      open: false,
      receivedOn: '2026-03-16',
      due: '2026-03-19',
    },
    {
      what: 'in person, Saturday 13:00, after the Saturday session',
      channel: 'in_person',
      at: SAT_13,
      open: true,
      receivedOn: '2026-03-16',
      due: '2026-03-19',
    },
    {
      what: 'in person, Sunday, a day the counter never opens',
      channel: 'in_person',
      at: SUN_10,
      open: true,
      receivedOn: '2026-03-16',
      due: '2026-03-19',
    },
    { what: 'in person, Tuesday 10:00', channel: 'in_person', at: TUE_10, open: true, receivedOn: '2026-03-10', due: '2026-03-13' },
    {
      what: 'in person, Tuesday 23:00 after closing',
      channel: 'in_person',
      at: TUE_23,
      open: true,
      receivedOn: '2026-03-11',
      due: '2026-03-16',
    },
    // Online: outside office hours the filing is received the next working day, open counter or not.
    { what: 'online, Tuesday 23:00', channel: 'online', at: TUE_23, open: true, receivedOn: '2026-03-11', due: '2026-03-16' },
    { what: 'online, Friday 23:00', channel: 'online', at: FRI_23, open: true, receivedOn: '2026-03-16', due: '2026-03-19' },
    {
      what: 'online, Saturday 10:00 while the counter is open',
      channel: 'online',
      at: SAT_10,
      open: true,
      receivedOn: '2026-03-16',
      due: '2026-03-19',
    },
    { what: 'online, Tuesday 10:00', channel: 'online', at: TUE_10, open: true, receivedOn: '2026-03-10', due: '2026-03-13' },
    // By post: recorded on a day off, it counts from the next working day.
    {
      what: 'by post, Saturday 10:00 while the counter is open',
      channel: 'postal',
      at: SAT_10,
      open: true,
      receivedOn: '2026-03-16',
      due: '2026-03-19',
    },
    { what: 'by post, Tuesday 16:30', channel: 'postal', at: TUE_1630, open: true, receivedOn: '2026-03-10', due: '2026-03-13' },
  ];

  for (const c of cases) {
    it(`${c.what}: received ${c.receivedOn}, due ${c.due}`, () => {
      const calendar = c.open ? openOnSaturday : closedOnSaturday;
      expect(received(calendar, c.at, c.channel)).toBe(c.receivedOn);
      expect(dueDate(threeWorkingDays, c.at, calendar, { channel: c.channel })).toMatchObject({ date: c.due, time: '17:00' });
    });
  }
});

describe('other kinds of deadline after a Saturday reception at an open counter', () => {
  it('counts calendar days from the Saturday itself', () => {
    // 5 days: Sun 15 … Thu 19. Where the counter is closed the count starts after Monday 16 and ends
    // on Saturday 21, a day off, so it moves to Monday 23.
    expect(dueDate({ kind: 'calendar_days', days: 5 }, SAT_10, openOnSaturday).date).toBe('2026-03-19');
    expect(dueDate({ kind: 'calendar_days', days: 5 }, SAT_10, closedOnSaturday).date).toBe('2026-03-23');
  });

  it('returns a same-day procedure on the next working day', () => {
    expect(dueDate({ kind: 'same_day_cutoff', cutoff: '15:00' }, SAT_10, openOnSaturday)).toMatchObject({
      date: '2026-03-16',
      time: '17:00',
    });
  });

  it('counts office hours from Monday morning', () => {
    expect(dueDate({ kind: 'working_hours', hours: 4 }, SAT_10, openOnSaturday)).toMatchObject({ date: '2026-03-16', time: '12:00' });
  });
});

describe('a counter open on Sunday mornings', () => {
  const openOnSunday = shippedCalendar({
    ...defaultOfficeSettings,
    dayOffOpening: [{ weekday: 0, sessions: [{ start: '08:00', end: '12:00' }] }],
  });

  it('takes dossiers on an ordinary Sunday but not on a holiday that falls on Sunday', () => {
    // Sunday 19/4/2026 10:00: received that day. Sunday 26/4/2026 is Giỗ Tổ (and Monday 27 its
    // compensatory day off), so a dossier recorded then counts as received Tuesday 28.
    expect(received(openOnSunday, '2026-04-19T03:00:00.000Z', 'in_person')).toBe('2026-04-19');
    expect(received(openOnSunday, '2026-04-26T03:00:00.000Z', 'in_person')).toBe('2026-04-28');
  });
});

describe('reception rules as data', () => {
  function withReception(change: Partial<ReceptionRules>) {
    return shippedCalendar({
      ...defaultOfficeSettings,
      dayOffOpening: SATURDAY_MORNING,
      reception: { ...defaultOfficeSettings.reception, ...change },
    });
  }

  it('moves an online filing after the cut-off to the next working day', () => {
    const rule = { ...defaultOfficeSettings.reception.online, cutoff: '16:00' };
    expect(received(withReception({ online: rule }), TUE_1630, 'online')).toBe('2026-03-11');
    expect(received(withReception({ online: rule }), TUE_1630, 'in_person')).toBe('2026-03-10');
  });

  it("returns a same-day procedure filed online after the channel's cut-off on the next working day", () => {
    const calendar = withReception({ online: { ...defaultOfficeSettings.reception.online, cutoff: '14:00' } });
    const tue1430 = '2026-03-10T07:30:00.000Z'; // Tuesday 10/3 14:30, before the procedure's 15:00
    const sameDay = { kind: 'same_day_cutoff', cutoff: '15:00' } as const;
    expect(dueDate(sameDay, tue1430, calendar, { channel: 'online' }).date).toBe('2026-03-11');
    expect(dueDate(sameDay, tue1430, calendar).date).toBe('2026-03-10');
  });

  it('counts a Saturday reception from the next working day when the in-person rule says so', () => {
    const calendar = withReception({ in_person: { ...defaultOfficeSettings.reception.in_person, dayOff: 'next_working_day' } });
    expect(dueDate(threeWorkingDays, SAT_10, calendar).date).toBe('2026-03-19');
  });

  it('takes postal dossiers on an open Saturday when the postal rule says so', () => {
    const calendar = withReception({ postal: { ...defaultOfficeSettings.reception.postal, dayOff: 'that_day' } });
    expect(dueDate(threeWorkingDays, SAT_10, calendar, { channel: 'postal' }).date).toBe('2026-03-18');
  });
});

describe('office settings with reception rules', () => {
  it('gives settings stored before the rules existed the shipped rules and no day-off opening', () => {
    const { dayOffOpening: _opening, reception: _reception, ...older } = defaultOfficeSettings;
    const parsed = OfficeSettings.parse(older);
    expect(parsed.dayOffOpening).toEqual([]);
    expect(parsed.reception).toEqual(defaultOfficeSettings.reception);
  });

  it('refuses a day-off opening on a working weekday, twice the same weekday, or with sessions out of order', () => {
    const paths = (dayOffOpening: unknown) =>
      OfficeSettings.safeParse({ ...defaultOfficeSettings, dayOffOpening }).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths(SATURDAY_MORNING)).toEqual([]);
    expect(paths([{ weekday: 1, sessions: [{ start: '08:00', end: '12:00' }] }])).toEqual(['dayOffOpening.0']);
    expect(paths([...SATURDAY_MORNING, ...SATURDAY_MORNING])).toEqual(['dayOffOpening.1']);
    expect(paths([{ weekday: 6, sessions: [{ start: '12:00', end: '08:00' }] }])).toEqual(['dayOffOpening.0.sessions.0']);
  });
});
