// How pulled ticket changes meet local work: never over a ticket with changes still on their way.
import { describe, expect, it } from 'vitest';
import { SyncStore } from '../../src/main/service/sync/sync-store';
import { WritePath } from '../../src/main/service/write-path';
import { defaultOfficeSettings } from '../../src/shared/calendar/data/office-defaults';
import { statutoryRules } from '../../src/shared/calendar/data/statutory-holidays';
import { cultureDay2026, cultureDayInForce, shipped2026 } from '../support/city-calendar';
import { seedCatalogue } from '../support/seed-catalogue';
import type { PullResponse } from '../../src/shared/sync/wire';
import { issue } from '../support/queue-actions';
import { counterIdByNumber } from '../support/ward-queries';
import { wardFixture } from '../support/ward-fixture';

function page(changes: PullResponse['changes'], nextCursor: number): PullResponse {
  return { changes, nextCursor, hasMore: false, lastSeqForThisDevice: 0, serverTime: new Date().toISOString() };
}

describe('pulled tickets', () => {
  it('keeps the local state while its own change waits, and takes the city state once that change is answered', () => {
    const fx = wardFixture();
    const store = new SyncStore(fx.ward.readDb, new WritePath(fx.ward.db, fx.ward.events, fx.clock.now, fx.ward.health));
    const ticket = issue(fx, 'A');
    const row = fx.ward.db.prepare('SELECT * FROM tickets WHERE id = ?').get(ticket.id) as Record<string, unknown>;
    const counter2 = counterIdByNumber(fx.ward, 2);
    const cityState = { ...row, state: 'called', counter_id: counter2, called_at: '2026-03-10T01:05:00.000Z' };

    store.applyPullPage(page([{ v: 7, entity: 'ticket', entityId: ticket.id, data: cityState, originDeviceId: null }], 7), true);
    expect(fx.ward.db.prepare('SELECT state FROM tickets WHERE id = ?').get(ticket.id)).toEqual({ state: 'waiting' });
    expect(fx.ward.db.prepare('SELECT reason, v FROM sync_shadow WHERE entity_id = ?').get(ticket.id)).toEqual({
      reason: 'pending_local',
      v: 7,
    });

    // The city answers every pending row; the next pull that reaches the head settles the shadow.
    const last = (fx.ward.db.prepare('SELECT MAX(seq) AS s FROM outbox').get() as { s: number }).s;
    store.storePushResults([], last);
    store.applyPullPage(page([], 7), true);
    expect(fx.ward.db.prepare('SELECT state, counter_id FROM tickets WHERE id = ?').get(ticket.id)).toEqual({
      state: 'called',
      counter_id: counter2,
    });
    expect(fx.ward.db.prepare('SELECT COUNT(*) AS n FROM sync_shadow').get()).toEqual({ n: 0 });
    expect(fx.ward.db.prepare('SELECT cursor FROM sync_pull_state').get()).toEqual({ cursor: 7 });
  });

  it('stores the cursor with the rows: a page whose rows cannot be stored leaves the cursor where it was', () => {
    const fx = wardFixture();
    const store = new SyncStore(fx.ward.readDb, new WritePath(fx.ward.db, fx.ward.events, fx.clock.now, fx.ward.health));
    store.applyPullPage(
      page([{ v: 3, entity: 'ward_setting', entityId: 'opening', data: { at: '07:30' }, originDeviceId: null }], 3),
      true,
    );
    // A page the database cannot store in full (a dropped table stands in for a disk fault): nothing of it stays.
    fx.ward.db.exec('DROP TABLE city_dossier_status');
    expect(() =>
      store.applyPullPage(
        page(
          [
            { v: 4, entity: 'ward_setting', entityId: 'closing', data: { at: '17:00' }, originDeviceId: null },
            {
              v: 5,
              entity: 'dossier_status',
              entityId: 'd',
              data: { dossierId: 'd', dossierCode: 'X-261123-0001', status: 'processing', at: '2026-11-23T03:00:00Z' },
              originDeviceId: null,
            },
          ],
          5,
        ),
        true,
      ),
    ).toThrow();
    expect(fx.ward.db.prepare('SELECT cursor FROM sync_pull_state').get()).toEqual({ cursor: 3 });
    expect(fx.ward.db.prepare(`SELECT entity_id FROM city_reference WHERE entity = 'ward_setting'`).all()).toEqual([
      { entity_id: 'opening' },
    ]);
  });
});

describe('pulled reference data', () => {
  function pulled() {
    const fx = wardFixture();
    const store = new SyncStore(fx.ward.readDb, new WritePath(fx.ward.db, fx.ward.events, fx.clock.now, fx.ward.health));
    const heard: string[] = [];
    fx.ward.events.subscribe((name) => heard.push(name));
    const apply = (change: Omit<PullResponse['changes'][number], 'originDeviceId'>) =>
      store.applyPullPage(page([{ ...change, originDeviceId: null }], change.v), true);
    return { fx, heard, apply };
  }
  const seed = seedCatalogue[0]!;
  const days2026 = (fx: ReturnType<typeof wardFixture>) =>
    fx
      .call('listCalendarYears', {})
      .years.find((y) => y.year === 2026)!
      .days.map((d) => d.date);

  it('takes a city procedure into the catalogue and tells the open pages; keeps an invalid one aside, changing nothing', () => {
    const { fx, heard, apply } = pulled();
    apply({ v: 1, entity: 'procedure', entityId: seed.id, data: { ...seed, name: 'Đăng ký khai sinh (bản thành phố)' } });
    expect(fx.call('getProcedure', { id: seed.id }).procedure.name).toBe('Đăng ký khai sinh (bản thành phố)');
    expect(heard.filter((n) => n === 'catalogue.changed')).toHaveLength(1);

    apply({ v: 2, entity: 'procedure', entityId: seed.id, data: { ...seed, name: '', channels: [] } });
    expect(fx.call('getProcedure', { id: seed.id }).procedure.name).toBe('Đăng ký khai sinh (bản thành phố)');
    expect(heard.filter((n) => n === 'catalogue.changed')).toHaveLength(1);
    expect(fx.ward.db.prepare(`SELECT v FROM city_reference WHERE entity = 'procedure' AND entity_id = ?`).get(seed.id)).toEqual({ v: 2 });
  });

  it('takes a city calendar year and tells the open pages; keeps one that is no valid calendar year (a day of 2027 in 2026) aside', () => {
    const { fx, heard, apply } = pulled();
    const year2026 = shipped2026;
    const extra = cultureDay2026;
    apply({ v: 1, entity: 'calendar_year', entityId: '2026', data: { ...year2026, days: [...year2026.days, extra] } });
    expect(days2026(fx)).toContain('2026-11-24');
    expect(heard.filter((n) => n === 'calendar.changed')).toHaveLength(1);

    apply({ v: 2, entity: 'calendar_year', entityId: '2026', data: { ...year2026, days: [{ ...extra, date: '2027-01-01' }] } });
    expect(days2026(fx)).toContain('2026-11-24');
    expect(heard.filter((n) => n === 'calendar.changed')).toHaveLength(1);
  });

  it("takes the city's office settings for this ward, so the next due date counts a Saturday reception from Monday; keeps invalid ones aside", () => {
    const { fx, heard, apply } = pulled();
    // Saturday 14/3/2026 10:00 Hanoi, 3 working days: with the counter closed on Saturday it counts as
    // received Monday 16 and is due Thursday 19; with the counter open Saturday morning, due Wednesday 18.
    const saturday = { rule: { kind: 'working_days', days: 3 } as const, receivedAt: '2026-03-14T03:00:00.000Z' };
    expect(fx.call('getDueDate', saturday).date).toBe('2026-03-19');
    const office = { ...defaultOfficeSettings, dayOffOpening: [{ weekday: 6, sessions: [{ start: '08:00', end: '12:00' }] }] };
    apply({ v: 1, entity: 'ward_setting', entityId: 'calendar_office', data: office });
    expect(heard.filter((n) => n === 'calendar.changed')).toHaveLength(1);
    expect(fx.call('getDueDate', saturday)).toMatchObject({ receivedOn: '2026-03-14', date: '2026-03-18' });

    apply({
      v: 2,
      entity: 'ward_setting',
      entityId: 'calendar_office',
      data: { ...office, dayOffOpening: [{ weekday: 1, sessions: [] }] },
    });
    expect(heard.filter((n) => n === 'calendar.changed')).toHaveLength(1);
    expect(fx.call('getDueDate', saturday).date).toBe('2026-03-18');
  });

  it('takes the city statutory rules, so derived years follow them at once; keeps rules the calendar cannot use aside', () => {
    const { fx, heard, apply } = pulled();
    // Tuesday 23/11/2027 + 1 working day, in a year with no schedule.
    const due = () => fx.call('getDueDate', { rule: { kind: 'working_days', days: 1 }, receivedAt: '2027-11-23T03:00:00.000Z' }).date;
    expect(due()).toBe('2027-11-24');
    apply({ v: 1, entity: 'statutory_rules', entityId: 'city', data: cultureDayInForce('2027-01-01') });
    expect(due()).toBe('2027-11-25');
    expect(fx.call('getStatutoryRules', {}).rules).toEqual(cultureDayInForce('2027-01-01'));
    expect(heard.filter((n) => n === 'calendar.changed')).toHaveLength(1);

    apply({ v: 2, entity: 'statutory_rules', entityId: 'city', data: { ...statutoryRules, holidays: [] } });
    expect(due()).toBe('2027-11-25');
    expect(heard.filter((n) => n === 'calendar.changed')).toHaveLength(1);
    expect(fx.ward.db.prepare(`SELECT v FROM city_reference WHERE entity = 'statutory_rules'`).get()).toEqual({ v: 2 });
  });
});
