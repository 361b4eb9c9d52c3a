// What a pulled change does to this PC's tables, field by field: the city's copy of a ticket taken
// whole, or kept aside (unresolved) when it is damaged, names rows this PC lacks or clashes with a
// local number; kept waiting (pending_local) while this PC's own changes to it are on their way, and
// settled only when a pull reaches the city's head. Dossier statuses and reference data are upserts.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../support/seed-catalogue';
import type { PullResponse } from '../../src/shared/sync/wire';
import { SyncStore } from '../../src/main/service/sync/sync-store';
import { WritePath } from '../../src/main/service/write-path';
import { issue } from '../support/queue-actions';
import { counterIdByNumber, serviceIdByLetter } from '../support/ward-queries';
import { wardFixture, type WardFixture } from '../support/ward-fixture';

type Incoming = Omit<PullResponse['changes'][number], 'originDeviceId'>;

function setup() {
  const fx = wardFixture({ start: '2026-11-23T01:00:00.000Z' });
  const store = new SyncStore(fx.ward.readDb, new WritePath(fx.ward.db, fx.ward.events, fx.clock.now, fx.ward.health));
  const heard: string[] = [];
  fx.ward.events.subscribe((name) => heard.push(name));
  const pull = (changes: Incoming[], atHead = true) =>
    store.applyPullPage(
      {
        changes: changes.map((c) => ({ ...c, originDeviceId: null })),
        nextCursor: Math.max(0, ...changes.map((c) => c.v)),
        hasMore: !atHead,
        lastSeqForThisDevice: 0,
        serverTime: fx.clock.now().toISOString(),
      },
      atHead,
    );
  /** The city has answered every change this PC has made so far. */
  const ackAll = () => store.storePushResults([], (fx.ward.db.prepare('SELECT MAX(seq) AS s FROM outbox').get() as { s: number }).s);
  /** A ticket issued here and already delivered to the city, as it stands now. */
  const delivered = () => {
    const t = issue(fx, 'A');
    ackAll();
    return { t, before: row(fx, t.id) };
  };
  return { fx, store, heard, pull, ackAll, delivered };
}

const row = (fx: WardFixture, id: string) => fx.ward.db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as Record<string, unknown>;
const shadowOf = (fx: WardFixture, id: string) =>
  fx.ward.db.prepare('SELECT entity, reason, v, data, received_at FROM sync_shadow WHERE entity_id = ?').get(id) as
    { entity: string; reason: string; v: number; data: string; received_at: string } | undefined;

/** A ticket row as the city stores it: every column but this PC's own place in line. */
function cityCopy(local: Record<string, unknown>): Record<string, unknown> {
  const { queue_seq: _place, ...rest } = local;
  return rest;
}

describe("the city's copy of a ticket", () => {
  it('replaces every field the city may change on a ticket this PC knows, and tells the board once', () => {
    const { fx, heard, pull, delivered } = setup();
    const { t, before } = delivered();
    const changed = {
      service_id: serviceIdByLetter(fx.ward, 'B'),
      state: 'serving',
      counter_id: counterIdByNumber(fx.ward, 2),
      target_counter_id: counterIdByNumber(fx.ward, 3),
      called_at: '2026-11-23T01:10:00.000Z',
      announced_at: '2026-11-23T01:11:00.000Z',
      serving_at: '2026-11-23T01:12:00.000Z',
      finished_at: '2026-11-23T01:20:00.000Z',
      recall_count: 2,
      print_status: 'failed',
      print_error: 'Máy in hết giấy',
      updated_at: '2026-11-23T01:20:00.000Z',
    };
    // A stale note about this ticket from an earlier pull goes once the city's copy is taken.
    fx.ward.db
      .prepare(`INSERT INTO sync_shadow (entity, entity_id, data, v, reason, received_at) VALUES ('ticket', ?, '{}', 1, 'unresolved', 'x')`)
      .run(t.id);
    heard.length = 0;
    pull([{ v: 9, entity: 'ticket', entityId: t.id, data: { ...cityCopy(before), ...changed } }]);
    expect(row(fx, t.id)).toEqual({ ...before, ...changed });
    expect(shadowOf(fx, t.id)).toBeUndefined();
    expect(heard.filter((n) => n === 'board.changed')).toHaveLength(1);
  });

  it('keeps the numbers this PC gave the ticket (service issued, day, number, issue time) whatever the copy says', () => {
    const { fx, pull, delivered } = setup();
    const { t, before } = delivered();
    pull([
      {
        v: 2,
        entity: 'ticket',
        entityId: t.id,
        data: {
          ...cityCopy(before),
          local_day: '2026-11-24',
          number: 77,
          display_number: 'A077',
          issued_at: '2026-11-24T01:00:00.000Z',
          priority: 1,
        },
      },
    ]);
    expect(row(fx, t.id)).toEqual(before);
  });

  it('takes a ticket this PC has lost (restored from the city) at the end of its line, every field as sent', () => {
    const { fx, heard, pull, ackAll } = setup();
    const first = issue(fx, 'A');
    const second = issue(fx, 'A');
    ackAll();
    const lost = row(fx, first.id);
    fx.ward.db.prepare('DELETE FROM ticket_events WHERE ticket_id = ?').run(first.id);
    fx.ward.db.prepare('DELETE FROM tickets WHERE id = ?').run(first.id);
    heard.length = 0;
    pull([{ v: 3, entity: 'ticket', entityId: first.id, data: cityCopy(lost) }]);
    expect(row(fx, first.id)).toEqual({ ...lost, queue_seq: (row(fx, second.id).queue_seq as number) + 1 });
    expect(heard).toContain('board.changed');
  });

  it("keeps aside a new ticket whose number that day this PC's own ticket already holds, and adds nothing", () => {
    const { fx, heard, pull, ackAll } = setup();
    const t = issue(fx, 'A');
    ackAll();
    const clash = { ...cityCopy(row(fx, t.id)), id: crypto.randomUUID() };
    heard.length = 0;
    pull([{ v: 4, entity: 'ticket', entityId: clash.id as string, data: clash }]);
    expect(fx.ward.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 1 });
    expect(shadowOf(fx, clash.id as string)).toMatchObject({ entity: 'ticket', reason: 'unresolved', v: 4 });
    expect(heard).not.toContain('board.changed');
  });

  const damaged: [string, Record<string, unknown>][] = [
    ['an id that is no UUID', { id: 'ticket-1' }],
    ['a service of the wrong type', { service_id: 5 }],
    ['no service issued', { issued_service_id: undefined }],
    ['a day that does not exist', { local_day: '2026-02-30' }],
    ['a fractional number', { number: 1.5 }],
    ['a display number of the wrong type', { display_number: 1 }],
    ['a category of the wrong type', { priority_category_id: 3 }],
    ['a priority other than 0 or 1', { priority: 2 }],
    ['an unknown state', { state: 'lost' }],
    ['a counter of the wrong type', { counter_id: 2 }],
    ['a target counter of the wrong type', { target_counter_id: 3 }],
    ['an issue time that is no time', { issued_at: 'sáng nay' }],
    ['a call time that is no time', { called_at: '25:00' }],
    ['an announcement time that is no time', { announced_at: 'x' }],
    ['a serving time that is no time', { serving_at: '' }],
    ['a finish time that is no time', { finished_at: 'hôm qua' }],
    ['a negative recall count', { recall_count: -1 }],
    ['a fractional recall count', { recall_count: 0.5 }],
    ['an unknown print status', { print_status: 'jammed' }],
    ['a print error of the wrong type', { print_error: 404 }],
    ['no update time', { updated_at: undefined }],
  ];
  for (const [what, fields] of damaged) {
    it(`with ${what} is kept aside, unresolved, and the ticket stays as it was`, () => {
      const { fx, heard, pull, delivered } = setup();
      const { t, before } = delivered();
      const data: Record<string, unknown> = { ...cityCopy(before), state: 'called', counter_id: counterIdByNumber(fx.ward, 1), ...fields };
      const entityId = typeof data.id === 'string' ? data.id : t.id;
      heard.length = 0;
      pull([{ v: 5, entity: 'ticket', entityId, data }]);
      expect(row(fx, t.id)).toEqual(before);
      expect(shadowOf(fx, entityId)).toEqual({
        entity: 'ticket',
        reason: 'unresolved',
        v: 5,
        data: JSON.stringify(data),
        received_at: '2026-11-23T01:00:01.000Z',
      });
      expect(heard).not.toContain('board.changed');
    });
  }

  it('sent under another id than its own is kept aside, and neither ticket changes', () => {
    const { fx, pull, delivered } = setup();
    const { t, before } = delivered();
    const other = crypto.randomUUID();
    pull([{ v: 6, entity: 'ticket', entityId: other, data: { ...cityCopy(before), state: 'cancelled' } }]);
    expect(row(fx, t.id)).toEqual(before);
    expect(shadowOf(fx, other)).toMatchObject({ reason: 'unresolved' });
  });

  for (const field of ['service_id', 'issued_service_id', 'priority_category_id', 'counter_id', 'target_counter_id']) {
    it(`naming a ${field.replace(/_id$/, '').replace(/_/g, ' ')} this PC does not have is kept aside, unresolved`, () => {
      const { fx, heard, pull, delivered } = setup();
      const { t, before } = delivered();
      heard.length = 0;
      pull([{ v: 7, entity: 'ticket', entityId: t.id, data: { ...cityCopy(before), state: 'called', [field]: crypto.randomUUID() } }]);
      expect(row(fx, t.id)).toEqual(before);
      expect(shadowOf(fx, t.id)).toMatchObject({ reason: 'unresolved', v: 7 });
      expect(heard).not.toContain('board.changed');
    });
  }

  it("naming this PC's own category and counters is taken", () => {
    const { fx, pull, ackAll } = setup();
    const t = issue(fx, 'A', { priority: true });
    ackAll();
    const before = row(fx, t.id);
    expect(before.priority_category_id).not.toBeNull();
    const moved = { state: 'transferred', counter_id: counterIdByNumber(fx.ward, 1), target_counter_id: counterIdByNumber(fx.ward, 2) };
    pull([{ v: 8, entity: 'ticket', entityId: t.id, data: { ...cityCopy(before), ...moved } }]);
    expect(row(fx, t.id)).toEqual({ ...before, ...moved });
  });
});

describe('a ticket with changes of its own still on their way', () => {
  it('keeps its local state and only the latest city copy, with when it came', () => {
    const { fx, heard, pull } = setup();
    const t = issue(fx, 'A');
    const before = row(fx, t.id);
    heard.length = 0;
    pull([
      { v: 5, entity: 'ticket', entityId: t.id, data: { ...cityCopy(before), state: 'called', counter_id: counterIdByNumber(fx.ward, 1) } },
    ]);
    fx.clock.advance(60_000);
    const latest = { ...cityCopy(before), state: 'cancelled', finished_at: '2026-11-23T01:05:00.000Z' };
    pull([{ v: 6, entity: 'ticket', entityId: t.id, data: latest }]);
    expect(row(fx, t.id)).toEqual(before);
    expect(shadowOf(fx, t.id)).toEqual({
      entity: 'ticket',
      reason: 'pending_local',
      v: 6,
      data: JSON.stringify(latest),
      received_at: '2026-11-23T01:01:01.000Z',
    });
    expect(heard).not.toContain('board.changed');
  });

  it("takes the city's copy once its changes are answered, at the first pull that reaches the city's head", () => {
    const { fx, heard, pull, ackAll } = setup();
    const t = issue(fx, 'A');
    const before = row(fx, t.id);
    const cityState = { ...cityCopy(before), state: 'cancelled', finished_at: '2026-11-23T01:05:00.000Z' };
    pull([{ v: 5, entity: 'ticket', entityId: t.id, data: cityState }]);
    ackAll();
    pull([], false);
    expect(row(fx, t.id)).toEqual(before);
    heard.length = 0;
    pull([], true);
    expect(row(fx, t.id)).toEqual({ ...before, state: 'cancelled', finished_at: '2026-11-23T01:05:00.000Z' });
    expect(shadowOf(fx, t.id)).toBeUndefined();
    expect(heard).toContain('board.changed');
  });

  it('still waits at the head while one of its changes is unanswered; another ticket whose changes are answered settles', () => {
    const { fx, store, pull } = setup();
    const first = issue(fx, 'A');
    const firstSeq = (fx.ward.db.prepare('SELECT MAX(seq) AS s FROM outbox').get() as { s: number }).s;
    const second = issue(fx, 'A');
    for (const t of [first, second])
      pull([{ v: 5, entity: 'ticket', entityId: t.id, data: { ...cityCopy(row(fx, t.id)), state: 'cancelled' } }]);
    store.storePushResults([], firstSeq);
    fx.clock.advance(60_000);
    pull([], true);
    expect(row(fx, first.id).state).toBe('cancelled');
    expect(row(fx, second.id).state).toBe('waiting');
    // Still the copy that came at the second pull, a second after the second ticket was issued.
    expect(shadowOf(fx, second.id)).toMatchObject({ reason: 'pending_local', received_at: '2026-11-23T01:00:02.000Z' });
  });

  it('once answered, is not settled from a copy kept aside as unresolved', () => {
    const { fx, pull, ackAll } = setup();
    const t = issue(fx, 'A');
    ackAll();
    pull([
      { v: 5, entity: 'ticket', entityId: t.id, data: { ...cityCopy(row(fx, t.id)), state: 'called', counter_id: crypto.randomUUID() } },
    ]);
    pull([], true);
    expect(row(fx, t.id).state).toBe('waiting');
    expect(shadowOf(fx, t.id)).toMatchObject({ reason: 'unresolved' });
  });
});

describe('dossier statuses and reference data from the city', () => {
  const status = (at: string, value: string) => ({ dossierId: 'd-1', dossierCode: '00001-261123-0001', status: value, at, note: 'từ Sở' });

  it('keeps the latest status of each dossier, with the whole message and its change number', () => {
    const { fx, pull } = setup();
    pull([{ v: 3, entity: 'dossier_status', entityId: 'd-1', data: status('2026-11-23T03:00:00.000Z', 'processing') }]);
    fx.clock.advance(1000);
    const latest = { ...status('2026-11-24T03:00:00.000Z', 'returned'), dossierCode: '00001-261123-0002' };
    pull([{ v: 8, entity: 'dossier_status', entityId: 'd-1', data: latest }]);
    expect(fx.ward.db.prepare('SELECT * FROM city_dossier_status').all()).toEqual([
      {
        dossier_id: 'd-1',
        dossier_code: '00001-261123-0002',
        status: 'returned',
        at: '2026-11-24T03:00:00.000Z',
        data: JSON.stringify(latest),
        v: 8,
        received_at: '2026-11-23T01:00:01.000Z',
        // No dossier d-1 on this PC: nothing for its lifecycle to take.
        pending: 0,
      },
    ]);
  });

  for (const [what, data] of [
    ['no dossier id', { ...status('2026-11-23T03:00:00.000Z', 'x'), dossierId: '' }],
    ['a time that is no time', status('ba giờ chiều', 'processing')],
    ['no status', { dossierId: 'd-1', dossierCode: 'c', at: '2026-11-23T03:00:00.000Z' }],
  ] as const) {
    it(`with ${what} is kept aside, unresolved, and no status is stored`, () => {
      const { fx, pull } = setup();
      pull([{ v: 3, entity: 'dossier_status', entityId: 'd-1', data }]);
      expect(fx.ward.db.prepare('SELECT COUNT(*) AS n FROM city_dossier_status').get()).toEqual({ n: 0 });
      expect(shadowOf(fx, 'd-1')).toMatchObject({ entity: 'dossier_status', reason: 'unresolved', v: 3 });
    });
  }

  it("keeps aside a city procedure whose national code one of this PC's other procedures holds, for a person to settle", () => {
    const { fx, heard, pull } = setup();
    const held = seedCatalogue.find((p) => p.nationalCode.code !== null)!;
    const twin = { ...held, id: crypto.randomUUID(), name: 'Bản trùng mã của thành phố' };
    heard.length = 0;
    pull([{ v: 9, entity: 'procedure', entityId: twin.id, data: twin }]);
    expect(fx.ward.db.prepare('SELECT COUNT(*) AS n FROM procedures WHERE id = ?').get(twin.id)).toEqual({ n: 0 });
    expect(fx.call('getProcedure', { id: held.id }).procedure.name).toBe(held.name);
    expect(fx.ward.db.prepare(`SELECT v FROM city_reference WHERE entity = 'procedure' AND entity_id = ?`).get(twin.id)).toEqual({ v: 9 });
    expect(heard).not.toContain('catalogue.changed');
  });

  it('keeps the latest copy of a ward setting, with its change number and when it came', () => {
    const { fx, heard, pull } = setup();
    pull([{ v: 3, entity: 'ward_setting', entityId: 'opening', data: { at: '07:30' } }]);
    fx.clock.advance(5000);
    heard.length = 0;
    pull([{ v: 4, entity: 'ward_setting', entityId: 'opening', data: { at: '07:00' } }]);
    expect(fx.ward.db.prepare('SELECT * FROM city_reference').all()).toEqual([
      { entity: 'ward_setting', entity_id: 'opening', data: '{"at":"07:00"}', v: 4, received_at: '2026-11-23T01:00:05.000Z' },
    ]);
    expect(heard).toEqual(['sync.changed']);
  });
});
