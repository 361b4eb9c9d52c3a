// Clerk accounts at the city, run against both engines (clerk.test.ts on embedded PGlite,
// clerk.postgres.integration.test.ts on a real PostgreSQL): every ticket event carries the clerk its
// actor names, `clerk.save@1` keeps the newest record per ward by clock stamp and parks a malformed one,
// and the wire takes actors up to 120 characters.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clerkServedRows } from '../../src/city/dashboard/dashboard-data';
import type { CityDb } from '../../src/city/db/adapter';
import { clerkNames } from '../../src/city/ops/clerk';
import { mutationResultMessages } from '../../src/shared/i18n/vi/city';
import { localDay } from '../../src/shared/time/local-time';
import type { Mutation } from '../../src/shared/sync/wire';
import { cityFixture, count, type CityFixture } from './city-fixture';
import { WardOutbox } from './ward-outbox';

const CLERK_A = '0194f8a2-0000-7000-8000-00000000000a';
const CLERK_B = '0194f8a2-0000-7000-8000-00000000000b';
const LAN_DEVICE = '0194f8a2-0000-7000-8000-0000000000dd';

const as = (actor: string, m: Mutation): Mutation => ({ ...m, actor });

/** A stamp `msAgo` before now on this outbox's node: the order the city compares clerk records by. */
function stampedAgo(m: Mutation, msAgo: number, node: string): Mutation {
  return { ...m, hlc: `${String(Date.now() - msAgo).padStart(15, '0')}-0000-${node}` };
}

function clerk(id: string, change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    username: 'nguyen.van.an',
    fullName: 'Nguyễn Văn An',
    role: 'clerk',
    active: true,
    updatedAt: '2026-11-23T01:00:00.000Z',
    ...change,
  };
}

export function clerkSuite(engine: string, openDb: () => Promise<{ db: CityDb; close: () => Promise<void> }>): void {
  describe(`clerks at the city on ${engine}`, () => {
    let city: CityFixture;
    let closeDb: () => Promise<void>;

    beforeAll(async () => {
      const opened = await openDb();
      closeDb = opened.close;
      city = await cityFixture(opened.db);
    }, 60_000);
    afterAll(async () => {
      await city?.close();
      await closeDb?.();
    });

    async function deviceWithOutbox(day?: string) {
      const ward = await city.newWard();
      const device = await city.newDevice(ward);
      return { ward, device, outbox: new WardOutbox(device.deviceId, day) };
    }

    async function pushApplied(device: Awaited<ReturnType<typeof deviceWithOutbox>>['device'], rows: Mutation[]): Promise<void> {
      const res = await device.push(rows);
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { status: string; code: string | null }) => [r.status, r.code])).toEqual(
        rows.map(() => ['applied', null]),
      );
    }

    async function eventClerks(ticketId: string): Promise<{ action: string; clerk_id: string | null }[]> {
      return city.db.query(`SELECT action, clerk_id::text AS clerk_id FROM ticket_events WHERE ticket_id = $1 ORDER BY seq`, [ticketId]);
    }

    describe('ticket events carry the clerk named by their actor', () => {
      it('a ticket called by clerk A and finished by clerk B shows A on the call and B on the finish, pushed one by one', async () => {
        const { device, outbox } = await deviceWithOutbox();
        const t = outbox.issue('A001');
        await pushApplied(device, [t]);
        await pushApplied(device, [as(`local;clerk:${CLERK_A}`, outbox.act(t.entityId, 'call', 'waiting', 'called', 'counter-1'))]);
        await pushApplied(device, [as(`local;clerk:${CLERK_A}`, outbox.act(t.entityId, 'start', 'called', 'serving', 'counter-1'))]);
        await pushApplied(device, [
          as(`device:${LAN_DEVICE};clerk:${CLERK_B}`, outbox.act(t.entityId, 'finish', 'serving', 'done', 'counter-1')),
        ]);
        expect(await eventClerks(t.entityId)).toEqual([
          { action: 'issue', clerk_id: null },
          { action: 'call', clerk_id: CLERK_A },
          { action: 'start', clerk_id: CLERK_A },
          { action: 'finish', clerk_id: CLERK_B },
        ]);
      });

      it('keeps each event with its own clerk when one batch mixes actors, and stores none for an actor without a clerk', async () => {
        const { device, outbox } = await deviceWithOutbox();
        const t = outbox.issue('A001');
        const other = outbox.issue('A002');
        await pushApplied(device, [
          as(`device:${LAN_DEVICE}`, t),
          as(`local;clerk:${CLERK_B}`, other),
          as(`local;clerk:${CLERK_A}`, outbox.act(t.entityId, 'call', 'waiting', 'called', 'counter-1')),
          as('local', outbox.act(t.entityId, 'start', 'called', 'serving', 'counter-1')),
          as(`device:${LAN_DEVICE};clerk:${CLERK_B}`, outbox.act(t.entityId, 'finish', 'serving', 'done', 'counter-1')),
          as(`device:${LAN_DEVICE};clerk:${CLERK_A}`, outbox.act(other.entityId, 'cancel', 'waiting', 'cancelled', null)),
        ]);
        expect(await eventClerks(t.entityId)).toEqual([
          { action: 'issue', clerk_id: null },
          { action: 'call', clerk_id: CLERK_A },
          { action: 'start', clerk_id: null },
          { action: 'finish', clerk_id: CLERK_B },
        ]);
        expect(await eventClerks(other.entityId)).toEqual([
          { action: 'issue', clerk_id: CLERK_B },
          { action: 'cancel', clerk_id: CLERK_A },
        ]);
      });

      it('applies an event whose actor is malformed, with no clerk: the actor never refuses a ward change', async () => {
        const { device, outbox } = await deviceWithOutbox();
        const t = outbox.issue('A001');
        await pushApplied(device, [as(`local;clerk:${CLERK_A.toUpperCase()}`, t)]);
        await pushApplied(device, [as(`local;clerk:${CLERK_A};x`, outbox.act(t.entityId, 'call', 'waiting', 'called', 'counter-1'))]);
        expect(await eventClerks(t.entityId)).toEqual([
          { action: 'issue', clerk_id: null },
          { action: 'call', clerk_id: null },
        ]);
      });
    });

    describe('clerk.save@1', () => {
      const saved = async (ward: string, id: string) =>
        (
          await city.db.query<{ payload: unknown }>(
            `SELECT payload FROM ward_records WHERE ward_code = $1 AND entity = 'clerk' AND entity_id = $2`,
            [ward, id],
          )
        ).map((r) => r.payload);

      it('stores the record, lets a later clock stamp overwrite it and an older one arriving late not', async () => {
        const { ward, device, outbox } = await deviceWithOutbox();
        const id = crypto.randomUUID();
        const node = outbox.nodeId;
        const first = clerk(id);
        const renamed = clerk(id, { fullName: 'Nguyễn Văn Ân', role: 'head', updatedAt: '2026-11-23T02:00:00.000Z' });
        const stale = clerk(id, { fullName: 'Tên cũ', active: false, updatedAt: '2026-11-23T01:30:00.000Z' });

        await pushApplied(device, [stampedAgo(outbox.record('clerk', id, 'clerk.save@1', first), 60_000, node)]);
        expect(await saved(ward, id)).toEqual([first]);
        await pushApplied(device, [stampedAgo(outbox.record('clerk', id, 'clerk.save@1', renamed), 30_000, node)]);
        expect(await saved(ward, id)).toEqual([renamed]);
        // Stamped between the two: the ward sent it late (another PC, offline). Applied, not stored.
        await pushApplied(device, [stampedAgo(outbox.record('clerk', id, 'clerk.save@1', stale), 45_000, node)]);
        expect(await saved(ward, id)).toEqual([renamed]);
        expect(await clerkNames(city.db, ward)).toEqual(new Map([[id, { id, username: 'nguyen.van.an', fullName: 'Nguyễn Văn Ân' }]]));
      });

      it('keeps the newest of several saves of one clerk in one batch, whatever their order in the batch', async () => {
        const { ward, device, outbox } = await deviceWithOutbox();
        const id = crypto.randomUUID();
        const newest = clerk(id, { fullName: 'Mới nhất' });
        await pushApplied(device, [
          stampedAgo(outbox.record('clerk', id, 'clerk.save@1', clerk(id, { fullName: 'Giữa' })), 20_000, outbox.nodeId),
          stampedAgo(outbox.record('clerk', id, 'clerk.save@1', newest), 10_000, outbox.nodeId),
          stampedAgo(outbox.record('clerk', id, 'clerk.save@1', clerk(id, { fullName: 'Cũ nhất' })), 30_000, outbox.nodeId),
        ]);
        expect(await saved(ward, id)).toEqual([newest]);
      });

      it('accepts the edges of each field', async () => {
        const { ward, device, outbox } = await deviceWithOutbox();
        const edges = [
          clerk(crypto.randomUUID(), { username: 'abc', fullName: 'A' }),
          clerk(crypto.randomUUID(), { username: `a.b_c-9${'z'.repeat(25)}`, fullName: 'Ấ'.repeat(100), role: 'admin', active: false }),
          clerk(crypto.randomUUID(), { role: 'head', updatedAt: '2026-11-23T08:00:00+07:00' }),
        ];
        expect((edges[1]!.username as string).length).toBe(32);
        await pushApplied(
          device,
          edges.map((p) => outbox.record('clerk', p.id as string, 'clerk.save@1', p)),
        );
        for (const p of edges) expect(await saved(ward, p.id as string)).toEqual([p]);
      });

      it('parks a malformed record as payload_schema with its message, stores nothing of it, and keeps what the ward sent', async () => {
        const { ward, device, outbox } = await deviceWithOutbox();
        const bad: [string, (id: string) => unknown][] = [
          ['upper-case username', (id) => clerk(id, { username: 'Nguyen.An' })],
          ['username of 2', (id) => clerk(id, { username: 'an' })],
          ['username of 33', (id) => clerk(id, { username: 'a'.repeat(33) })],
          ['username with a space', (id) => clerk(id, { username: 'nguyen an' })],
          ['empty full name', (id) => clerk(id, { fullName: '' })],
          ['full name of 101', (id) => clerk(id, { fullName: 'A'.repeat(101) })],
          ['unknown role', (id) => clerk(id, { role: 'boss' })],
          ['active as text', (id) => clerk(id, { active: 'true' })],
          ['updatedAt not an instant', (id) => clerk(id, { updatedAt: '23/11/2026' })],
          ['updatedAt without offset', (id) => clerk(id, { updatedAt: '2026-11-23T01:00:00' })],
          ['a field it does not define', (id) => clerk(id, { secretHash: 'scrypt$…' })],
          [
            'a missing field',
            (id) => ({ id, username: 'nguyen.van.an', fullName: 'An', role: 'clerk', updatedAt: '2026-11-23T01:00:00Z' }),
          ],
          ['upper-case id', (id) => clerk(id.toUpperCase())],
          ['another clerk’s id', () => clerk(crypto.randomUUID())],
          ['not an object', () => 'nguyen.van.an'],
          ['null', () => null],
        ];
        const rows = bad.map(([, make]) => {
          const id = crypto.randomUUID();
          return outbox.record('clerk', id, 'clerk.save@1', make(id));
        });
        const res = await device.push(rows);
        expect(res.status).toBe(200);
        expect(res.body.ackedThroughSeq).toBe(rows.length);
        expect(
          res.body.results.map((r: { status: string; code: string; message: string }, i: number) => [
            bad[i]![0],
            r.status,
            r.code,
            r.message,
          ]),
        ).toEqual(bad.map(([name]) => [name, 'parked', 'payload_schema', mutationResultMessages.payload_schema]));
        expect(await count(city.db, `SELECT 1 FROM ward_records WHERE ward_code = $1`, [ward])).toBe(0);
        expect(await clerkNames(city.db, ward)).toEqual(new Map());
        const kept = await city.db.query<{ payload: unknown }>(`SELECT payload FROM mutations WHERE device_id = $1 ORDER BY seq`, [
          device.deviceId,
        ]);
        expect(kept.map((r) => r.payload)).toEqual(rows.map((r) => r.payload));

        // As for any parked entity, the clerk's later saves wait behind the parked one for an operator.
        const later = outbox.record('clerk', rows[0]!.entityId, 'clerk.save@1', clerk(rows[0]!.entityId));
        const after = await device.push([later]);
        expect(after.body.results[0]).toMatchObject({ status: 'parked', code: 'entity_parked' });
        expect(await saved(ward, rows[0]!.entityId)).toEqual([]);
      });

      it('keeps each ward’s clerks apart, even under one id', async () => {
        const one = await deviceWithOutbox();
        const two = await deviceWithOutbox();
        const id = crypto.randomUUID();
        await pushApplied(one.device, [one.outbox.record('clerk', id, 'clerk.save@1', clerk(id, { fullName: 'Phường Một' }))]);
        await pushApplied(two.device, [two.outbox.record('clerk', id, 'clerk.save@1', clerk(id, { fullName: 'Phường Hai' }))]);
        expect((await clerkNames(city.db, one.ward)).get(id)?.fullName).toBe('Phường Một');
        expect((await clerkNames(city.db, two.ward)).get(id)?.fullName).toBe('Phường Hai');
      });
    });

    it('counts today’s tickets served per clerk for each ward, named from its clerk records or by id', async () => {
      const today = localDay(new Date());
      const { ward, device, outbox } = await deviceWithOutbox(today);
      const unnamed = crypto.randomUUID();
      const serve = (displayNumber: string, finisher: string | null): Mutation[] => {
        const t = outbox.issue(displayNumber);
        return [
          t,
          as(`local;clerk:${CLERK_A}`, outbox.act(t.entityId, 'call', 'waiting', 'called', 'counter-1')),
          as(`local;clerk:${CLERK_A}`, outbox.act(t.entityId, 'start', 'called', 'serving', 'counter-1')),
          as(finisher ? `local;clerk:${finisher}` : 'local', outbox.act(t.entityId, 'finish', 'serving', 'done', 'counter-1')),
        ];
      };
      await pushApplied(device, [
        outbox.record('clerk', CLERK_B, 'clerk.save@1', clerk(CLERK_B, { username: 'tran.thi.binh', fullName: 'Trần Thị Bình' })),
        ...serve('A001', CLERK_B),
        ...serve('A002', CLERK_B),
        ...serve('A003', unnamed),
        ...serve('A004', null),
      ]);
      // Another day's ticket of the same clerk does not count today.
      const yesterday = new WardOutbox(device.deviceId, '2020-01-01');
      yesterday.seq = outbox.seq;
      const old = yesterday.issue('A001');
      await pushApplied(device, [
        old,
        yesterday.act(old.entityId, 'call', 'waiting', 'called', 'counter-1'),
        yesterday.act(old.entityId, 'start', 'called', 'serving', 'counter-1'),
        as(`local;clerk:${CLERK_B}`, yesterday.act(old.entityId, 'finish', 'serving', 'done', 'counter-1')),
      ]);

      const rows = (await clerkServedRows(city.db, new Date())).filter((r) => r.wardCode === ward);
      expect(rows).toEqual([
        { wardCode: ward, clerkId: CLERK_B, name: 'Trần Thị Bình', served: 2 },
        { wardCode: ward, clerkId: unnamed, name: unnamed, served: 1 },
      ]);
    });

    describe('actor length at the door', () => {
      it('applies a row whose actor has 120 characters and stores it whole', async () => {
        const { device, outbox } = await deviceWithOutbox();
        const actor = `local;clerk:${CLERK_A};`.padEnd(120, 'x');
        expect(actor).toHaveLength(120);
        const t = as(actor, outbox.issue('A001'));
        await pushApplied(device, [t]);
        expect(await city.db.query(`SELECT actor FROM mutations WHERE device_id = $1`, [device.deviceId])).toEqual([{ actor }]);
        // Not in the documented shape: stored as sent for audit, but names no clerk.
        expect(await eventClerks(t.entityId)).toEqual([{ action: 'issue', clerk_id: null }]);
      });

      it('rejects a row with a 121-character actor alone as malformed, stores nothing it carried, and applies the rest', async () => {
        const { device, outbox } = await deviceWithOutbox();
        const fine = outbox.issue('A001');
        const long = as('x'.repeat(121), outbox.issue('A002'));
        const res = await device.push([fine, long]);
        expect(res.status).toBe(200);
        expect(res.body.results.map((r: { status: string; code: string | null }) => [r.status, r.code])).toEqual([
          ['applied', null],
          ['rejected', 'malformed_mutation'],
        ]);
        expect(res.body.results[1].reason).toMatch(/^actor: /);
        expect(await city.db.query(`SELECT seq, actor FROM mutations WHERE device_id = $1 ORDER BY seq`, [device.deviceId])).toEqual([
          { seq: 1, actor: 'local' },
          { seq: 2, actor: '' },
        ]);
        expect((await device.status()).body.lastSeq).toBe(2);
      });
    });
  });
}
