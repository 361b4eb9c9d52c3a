import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../src/shared/api/contract';
import { expectApiError, wardFixture, type WardFixture } from '../support/ward-fixture';
import { outboxRows, writeCounts } from '../support/ward-queries';

// The reception rules as the ward stores them: the admin changes them through saveOfficeSettings and
// the next due date follows. March 2026 has no holiday: Tue 10 … Fri 13, Sat 14, Mon 16 … Thu 19.

type OfficeInput = MethodInput<'saveOfficeSettings'>['office'];

const SAT_10 = '2026-03-14T03:00:00.000Z'; // Saturday 14/3 10:00 Hanoi
const TUE_23 = '2026-03-10T16:00:00.000Z'; // Tuesday 10/3 23:00 Hanoi
const TUE_1630 = '2026-03-10T09:30:00.000Z'; // Tuesday 10/3 16:30 Hanoi
const threeWorkingDays = { kind: 'working_days', days: 3 } as const;
const WARD_SOURCE = { title: 'Quyết định giờ làm việc của UBND phường (thử)', confidence: 'C' as const };

/** The stored office settings, as the settings page would send them back. */
function storedOffice(fx: WardFixture): OfficeInput {
  const list = fx.call('listCalendarYears', {});
  return {
    workingWeekdays: list.workingWeekdays,
    sessions: list.sessions,
    dayOffOpening: list.dayOffOpening,
    reception: list.reception,
    source: WARD_SOURCE,
  };
}

function due(fx: WardFixture, receivedAt: string, channel?: 'in_person' | 'online' | 'postal') {
  const { date, receivedOn } = fx.call('getDueDate', { rule: threeWorkingDays, receivedAt, ...(channel ? { channel } : {}) });
  return { date, receivedOn };
}

describe('reception rules kept by the ward', () => {
  it('starts with the shipped rules, each with its source, and no counter on Saturday', () => {
    const fx = wardFixture();
    const list = fx.call('listCalendarYears', {});
    expect(list.dayOffOpening).toEqual([]);
    expect(Object.entries(list.reception).map(([channel, rule]) => [channel, rule.dayOff, rule.source.confidence])).toEqual([
      ['in_person', 'that_day', 'U'],
      ['online', 'next_working_day', 'U'],
      ['postal', 'next_working_day', 'U'],
    ]);
    expect(list.reception.in_person.source.title).toContain('Điều 147');
    // Counter closed on Saturday: received Monday 16, due Thursday 19.
    expect(due(fx, SAT_10)).toEqual({ receivedOn: '2026-03-16', date: '2026-03-19' });
  });

  it('counts a Saturday reception from the next day once the counter opens on Saturday morning, and an online filing at 23:00 from the next working day', () => {
    const fx = wardFixture();
    const office = storedOffice(fx);
    fx.call('saveOfficeSettings', { office: { ...office, dayOffOpening: [{ weekday: 6, sessions: [{ start: '08:00', end: '12:00' }] }] } });
    expect(due(fx, SAT_10)).toEqual({ receivedOn: '2026-03-14', date: '2026-03-18' });
    expect(due(fx, SAT_10, 'online')).toEqual({ receivedOn: '2026-03-16', date: '2026-03-19' });
    expect(due(fx, TUE_23, 'online')).toEqual({ receivedOn: '2026-03-11', date: '2026-03-16' });

    // The admin's change of a rule moves the next answer, with no release.
    const saturdayOffice = storedOffice(fx);
    fx.call('saveOfficeSettings', {
      office: {
        ...saturdayOffice,
        reception: {
          ...saturdayOffice.reception,
          in_person: { ...saturdayOffice.reception.in_person, dayOff: 'next_working_day' },
          online: { ...saturdayOffice.reception.online, cutoff: '16:00' },
        },
      },
    });
    expect(due(fx, SAT_10)).toEqual({ receivedOn: '2026-03-16', date: '2026-03-19' });
    expect(due(fx, TUE_1630, 'online')).toEqual({ receivedOn: '2026-03-11', date: '2026-03-16' });
    expect(due(fx, TUE_1630)).toEqual({ receivedOn: '2026-03-10', date: '2026-03-13' });
  });

  it('keeps the saved settings across a restart and sends them to the city', () => {
    const fx = wardFixture();
    const office = { ...storedOffice(fx), dayOffOpening: [{ weekday: 6, sessions: [{ start: '07:30', end: '11:30' }] }] };
    fx.call('saveOfficeSettings', { office });
    expect(outboxRows(fx.ward).at(-1)).toMatchObject({ entity: 'calendar_office', entity_id: 'ward', op: 'calendar_office.save@1' });
    expect(JSON.parse(outboxRows(fx.ward).at(-1)!.payload)).toMatchObject({ dayOffOpening: office.dayOffOpening, source: WARD_SOURCE });
    const again = fx.reopen();
    expect(again.call('listCalendarYears', {}).dayOffOpening).toEqual(office.dayOffOpening);
    expect(due(again, SAT_10)).toEqual({ receivedOn: '2026-03-14', date: '2026-03-18' });
  });

  it('refuses a counter opening on a working weekday whole, and changes nothing', () => {
    const fx = wardFixture();
    const before = writeCounts(fx.ward);
    const error = expectApiError(
      () =>
        fx.call('saveOfficeSettings', {
          office: { ...storedOffice(fx), dayOffOpening: [{ weekday: 1, sessions: [{ start: '08:00', end: '12:00' }] }] },
        }),
      'office_settings_invalid',
    );
    expect(error.message).toContain('ngày nghỉ hằng tuần');
    expect(writeCounts(fx.ward)).toEqual(before);
    expect(fx.call('listCalendarYears', {}).dayOffOpening).toEqual([]);
  });
});
