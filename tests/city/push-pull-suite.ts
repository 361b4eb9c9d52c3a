// The core push/pull behaviour, run against both engines the city server supports: embedded PGlite
// (push-pull.test.ts) and a real PostgreSQL (push-pull.postgres.integration.test.ts).
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityDb } from '../../src/city/db/adapter';
import { publishReference } from '../../src/city/sync/reference';
import { createProcessingToken } from '../../src/city/admin';
import { cityFixture, count, type CityFixture } from './city-fixture';
import type { TestDevice } from './device-client';
import { WardOutbox } from './ward-outbox';

export function pushPullSuite(engine: string, openDb: () => Promise<{ db: CityDb; close: () => Promise<void> }>): void {
  describe(`push and pull on ${engine}`, () => {
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

    /** Where a new device's pull stands after the city-wide reference data every ward starts with. */
    async function startCursor(device: TestDevice): Promise<number> {
      let cursor = 0;
      for (;;) {
        const res = await device.pull(cursor);
        cursor = res.body.nextCursor;
        if (!res.body.hasMore) return cursor;
      }
    }

    async function deviceWithOutbox(ward?: string) {
      const w = ward ?? (await city.newWard());
      const device = await city.newDevice(w);
      return { ward: w, device, outbox: new WardOutbox(device.deviceId) };
    }

    it('applies a pushed ticket and returns it to the ward by pull, with the device last seq', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const issue = outbox.issue('A001');
      const res = await device.push([issue]);
      expect(res.status).toBe(200);
      expect(res.body.ackedThroughSeq).toBe(1);
      expect(res.body.results).toEqual([
        { seq: 1, mutationId: issue.mutationId, status: 'applied', code: null, message: null, replayed: false },
      ]);
      expect(Date.parse(res.body.serverTime)).toBeGreaterThan(0);

      const pulled = await device.pull(0);
      expect(pulled.status).toBe(200);
      expect(pulled.body.changes).toHaveLength(1);
      expect(pulled.body.changes[0]).toMatchObject({ v: 1, entity: 'ticket', entityId: issue.entityId, originDeviceId: device.deviceId });
      expect(pulled.body.changes[0].data).toMatchObject({ display_number: 'A001', state: 'waiting' });
      expect(pulled.body).toMatchObject({ nextCursor: 1, hasMore: false, lastSeqForThisDevice: 1 });

      const status = await device.status();
      expect(status.body).toMatchObject({ deviceId: device.deviceId, lastSeq: 1, slot: 0 });
    });

    it('answers a replayed batch with the stored results and changes nothing', async () => {
      const { ward, device, outbox } = await deviceWithOutbox();
      const t = outbox.issue('A001');
      const batch = [t, outbox.act(t.entityId, 'call', 'waiting', 'called', 'counter-1')];
      const first = await device.push(batch);
      const again = await device.push(batch);
      expect(again.status).toBe(200);
      expect(again.body.ackedThroughSeq).toBe(2);
      expect(again.body.results.map((r: { status: string; replayed: boolean }) => [r.status, r.replayed])).toEqual([
        ['applied', true],
        ['applied', true],
      ]);
      expect(first.body.results.map((r: { replayed: boolean }) => r.replayed)).toEqual([false, false]);
      expect(await count(city.db, 'SELECT 1 FROM mutations WHERE device_id = $1', [device.deviceId])).toBe(2);
      expect(await count(city.db, 'SELECT 1 FROM ticket_events WHERE ticket_id = $1', [t.entityId])).toBe(2);
      expect(await count(city.db, 'SELECT 1 FROM ward_state WHERE ward_code = $1', [ward])).toBe(1);
      // What each event said is kept as sent: the issue's service, and no detail at all (SQL NULL) for the call.
      expect(
        await city.db.query('SELECT action, detail, detail IS NULL AS none FROM ticket_events WHERE ticket_id = $1 ORDER BY seq', [
          t.entityId,
        ]),
      ).toEqual([
        { action: 'issue', detail: { serviceId: 'svc-a', priorityCategoryId: null }, none: false },
        { action: 'call', detail: null, none: true },
      ]);
    });

    it('takes a batch that starts with replays and ends with new rows', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const rows = [outbox.issue('A001'), outbox.issue('A002'), outbox.issue('A003')];
      await device.push(rows.slice(0, 2));
      const res = await device.push(rows);
      expect(res.body.ackedThroughSeq).toBe(3);
      expect(res.body.results.map((r: { replayed: boolean }) => r.replayed)).toEqual([true, true, false]);
    });

    it('refuses a gap with 409 and the seq it expects, applying nothing', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const rows = [outbox.issue('A001'), outbox.issue('A002'), outbox.issue('A003')];
      await device.push([rows[0]!]);
      const res = await device.push([rows[2]!]);
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'seq_gap', expectedSeq: 2 });
      expect(res.body.serverTime).toBeTypeOf('string');
      expect(await count(city.db, 'SELECT 1 FROM tickets WHERE id = $1', [rows[2]!.entityId])).toBe(0);
      expect((await device.status()).body.lastSeq).toBe(1);
    });

    it('refuses a reused seq carrying another mutation with 409 seq_regression', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const first = outbox.issue('A001');
      await device.push([first]);
      // The PC lost its last commit to a power cut and numbered a new change 1 again (sync research §5.3).
      const reborn = new WardOutbox(device.deviceId).issue('A001');
      const res = await device.push([reborn]);
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'seq_regression', expectedSeq: 2 });
      expect(await count(city.db, 'SELECT 1 FROM tickets WHERE id = $1', [reborn.entityId])).toBe(0);
    });

    it('lets the first accepted claim win: a second counter calling the same ticket is rejected, not an error', async () => {
      const ward = await city.newWard();
      const a = await deviceWithOutbox(ward);
      const b = await deviceWithOutbox(ward);
      const issue = a.outbox.issue('A001');
      await a.device.push([issue]);
      const pulled = await b.device.pull(0);
      b.outbox.adopt(issue.entityId, pulled.body.changes[0].data);

      const aCall = await a.device.push([a.outbox.act(issue.entityId, 'call', 'waiting', 'called', 'counter-a')]);
      const bCall = await b.device.push([b.outbox.act(issue.entityId, 'call', 'waiting', 'called', 'counter-b')]);
      expect(aCall.body.results[0].status).toBe('applied');
      expect(bCall.status).toBe(200);
      expect(bCall.body.results[0]).toMatchObject({ status: 'rejected', code: 'illegal_transition' });
      expect(bCall.body.results[0].message).toMatch(/quầy khác/);
      expect(bCall.body.ackedThroughSeq).toBe(1);
      const [ticket] = await city.db.query<{ state: string; counter_id: string }>('SELECT state, counter_id FROM tickets WHERE id = $1', [
        issue.entityId,
      ]);
      expect(ticket).toEqual({ state: 'called', counter_id: 'counter-a' });
    });

    it('keeps terminal states final', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const t = outbox.issue('A001');
      const id = t.entityId;
      const res = await device.push([
        t,
        outbox.act(id, 'call', 'waiting', 'called', 'c1'),
        outbox.act(id, 'start', 'called', 'serving', 'c1'),
        outbox.act(id, 'finish', 'serving', 'done', 'c1'),
        outbox.act(id, 'cancel', 'done', 'cancelled', 'c1'),
      ]);
      expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'rejected']);
      const pulled = await device.pull(0);
      expect(pulled.body.changes.at(-1).data.state).toBe('done');
    });

    it('parks an unknown op and later mutations of the same entity; other entities go on', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const dossierId = crypto.randomUUID();
      const rows = [outbox.unknown(dossierId), outbox.issue('A001'), outbox.unknown(dossierId, 'dossier.transfer@2')];
      const res = await device.push(rows);
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { status: string; code: string | null }) => [r.status, r.code])).toEqual([
        ['parked', 'unknown_op'],
        ['applied', null],
        ['parked', 'entity_parked'],
      ]);
      const [stored] = await city.db.query<{ payload: unknown }>('SELECT payload FROM mutations WHERE mutation_id = $1', [
        rows[0]!.mutationId,
      ]);
      expect(stored!.payload).toEqual({ anything: true });
    });

    it('parks a known op whose payload does not have the shape of its version', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const bad = { ...outbox.issue('A001'), payload: { eventId: 'nope' } };
      const res = await device.push([bad]);
      expect(res.body.results[0]).toMatchObject({ status: 'parked', code: 'payload_schema' });
    });

    it('parks a ticket row whose payload names another ticket than its entity id', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const first = outbox.issue('A001');
      await device.push([first]);
      const other = outbox.issue('A002');
      const res = await device.push([{ ...other, entityId: crypto.randomUUID() }]);
      expect(res.body.results[0]).toMatchObject({ status: 'parked', code: 'payload_schema' });
      expect(await count(city.db, 'SELECT 1 FROM tickets WHERE id = $1', [other.entityId])).toBe(0);
    });

    it('sends city-wide reference data to every ward, including one created afterwards', async () => {
      const before = await deviceWithOutbox();
      const key = `1.00${crypto.randomInt(1000, 9999)}`;
      await publishReference(city.db, { entity: 'procedure', key, data: { name: 'Đăng ký khai sinh', deadlineDays: 1 } }, null);
      const after = await deviceWithOutbox();
      for (const device of [before.device, after.device]) {
        const changes = (await device.pull(0)).body.changes as { entity: string; entityId: string; data: unknown }[];
        expect(changes.find((c) => c.entity === 'procedure' && c.entityId === key)?.data).toEqual({
          name: 'Đăng ký khai sinh',
          deadlineDays: 1,
        });
      }
    });

    it('flags two tickets with one display number on one day as an incident and keeps both', async () => {
      const ward = await city.newWard();
      const a = await deviceWithOutbox(ward);
      const b = await deviceWithOutbox(ward);
      const ta = a.outbox.issue('B007');
      const tb = b.outbox.issue('B007');
      await a.device.push([ta]);
      const res = await b.device.push([tb]);
      expect(res.body.results[0].status).toBe('applied');
      const incidents = await city.db.query<{ number: string; holder_entity_id: string; colliding_entity_id: string }>(
        'SELECT number, holder_entity_id, colliding_entity_id FROM incidents WHERE ward_code = $1',
        [ward],
      );
      expect(incidents).toEqual([{ number: '2026-11-23/B007', holder_entity_id: ta.entityId, colliding_entity_id: tb.entityId }]);
      expect(await count(city.db, 'SELECT 1 FROM tickets WHERE ward_code = $1', [ward])).toBe(2);
    });

    it('flags two tickets with one number in the same batch too (a PC restored from an old backup reissues its numbers)', async () => {
      const ward = await city.newWard();
      const { device, outbox } = await deviceWithOutbox(ward);
      const first = outbox.issue('C001');
      const again = outbox.issue('C001');
      const other = outbox.issue('C002');
      const res = await device.push([first, again, other]);
      expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
      const incidents = await city.db.query<{ number: string; holder_entity_id: string; colliding_entity_id: string }>(
        'SELECT number, holder_entity_id, colliding_entity_id FROM incidents WHERE ward_code = $1',
        [ward],
      );
      expect(incidents).toEqual([{ number: '2026-11-23/C001', holder_entity_id: first.entityId, colliding_entity_id: again.entityId }]);
    });

    it('lets a PC enrolled again go on from where its outbox stands, and answers an older seq with the expected one', async () => {
      const ward = await city.newWard();
      const device = await city.newDevice(ward, 0, { nextSeq: 41 });
      const outbox = new WardOutbox(device.deviceId);
      outbox.seq = 40;
      const first = outbox.issue('A041');
      expect((await device.push([first])).body).toMatchObject({ ackedThroughSeq: 41, results: [{ seq: 41, status: 'applied' }] });

      const fresh = await city.newDevice(ward, 1);
      const early = new WardOutbox(fresh.deviceId);
      early.seq = 40;
      const res = await fresh.push([early.issue('B041')]);
      expect([res.status, res.body.error]).toEqual([409, expect.objectContaining({ code: 'seq_gap', expectedSeq: 1 })]);
    });

    it('flags a dossier code handed out twice (two PCs set to one slot) and keeps the first allocation', async () => {
      const ward = await city.newWard();
      const a = await deviceWithOutbox(ward);
      const b = await deviceWithOutbox(ward);
      const code = '1.01.2026.1123.0001';
      const allocation = (issuedAt: string) => ({ code, unitCode: '1.01', day: '2026-11-23', number: 1, issuedAt });
      const first = a.outbox.record('dossier_code', code, 'dossier_code.allocate@1', allocation('2026-11-23T01:00:00.000Z'));
      const second = b.outbox.record('dossier_code', code, 'dossier_code.allocate@1', allocation('2026-11-23T01:05:00.000Z'));
      const other = b.outbox.record('dossier_code', '1.01.2026.1123.0002', 'dossier_code.allocate@1', {
        ...allocation('2026-11-23T01:06:00.000Z'),
        code: '1.01.2026.1123.0002',
        number: 2,
      });
      expect((await a.device.push([first])).body.results[0]).toMatchObject({ status: 'applied' });
      expect((await b.device.push([second, other])).body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);

      const incidents = await city.db.query<{ kind: string; number: string; holder_entity_id: string; colliding_entity_id: string }>(
        'SELECT kind, number, holder_entity_id, colliding_entity_id FROM incidents WHERE ward_code = $1',
        [ward],
      );
      expect(incidents).toEqual([
        { kind: 'dossier_code', number: code, holder_entity_id: first.mutationId, colliding_entity_id: second.mutationId },
      ]);
      const records = await city.db.query<{ entity_id: string; payload: { issuedAt: string } }>(
        `SELECT entity_id, payload FROM ward_records WHERE ward_code = $1 AND entity = 'dossier_code' ORDER BY entity_id`,
        [ward],
      );
      expect(records.map((r) => [r.entity_id, r.payload.issuedAt])).toEqual([
        [code, '2026-11-23T01:00:00.000Z'],
        ['1.01.2026.1123.0002', '2026-11-23T01:06:00.000Z'],
      ]);
    });

    it('parks a dossier code allocation whose payload names another code', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const row = outbox.record('dossier_code', '1.01.2026.1123.0001', 'dossier_code.allocate@1', {
        code: '1.01.2026.1123.0009',
        unitCode: '1.01',
        day: '2026-11-23',
        number: 9,
        issuedAt: '2026-11-23T01:00:00.000Z',
      });
      expect((await device.push([row])).body.results[0]).toMatchObject({ status: 'parked', code: 'payload_schema' });
    });

    it("keeps each PC's own dossier-code block, which every PC sends as 'this-pc'", async () => {
      const ward = await city.newWard();
      const a = await deviceWithOutbox(ward);
      const b = await deviceWithOutbox(ward);
      const op = 'dossier_code_settings.save@1';
      await a.device.push([a.outbox.record('dossier_code_settings', 'this-pc', op, { unitCode: '1.01', slot: 1 })]);
      await b.device.push([b.outbox.record('dossier_code_settings', 'this-pc', op, { unitCode: '1.01', slot: 2 })]);
      const records = await city.db.query<{ entity_id: string; payload: unknown }>(
        `SELECT entity_id, payload FROM ward_records WHERE ward_code = $1 AND entity = 'dossier_code_settings'`,
        [ward],
      );
      expect(new Map(records.map((r) => [r.entity_id, r.payload]))).toEqual(
        new Map([
          [a.device.deviceId, { unitCode: '1.01', slot: 1 }],
          [b.device.deviceId, { unitCode: '1.01', slot: 2 }],
        ]),
      );
    });

    it('rejects a mutation id already stored under another seq, applies nothing of it, and the rest of its batch once', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const first = outbox.issue('A001');
      await device.push([first]);
      const copy = { ...outbox.issue('A002'), mutationId: first.mutationId };
      const next = outbox.issue('A003');
      const res = await device.push([copy, next]);
      expect(res.body.results.map((r: { seq: number; status: string; code: string | null }) => [r.seq, r.status, r.code])).toEqual([
        [2, 'rejected', 'duplicate_mutation'],
        [3, 'applied', null],
      ]);
      expect(res.body.ackedThroughSeq).toBe(3);
      expect(await count(city.db, 'SELECT 1 FROM tickets WHERE id = $1', [copy.entityId])).toBe(0);
      expect(await count(city.db, 'SELECT 1 FROM ticket_events WHERE ticket_id = $1', [next.entityId])).toBe(1);
      expect(await count(city.db, 'SELECT 1 FROM mutations WHERE device_id = $1', [device.deviceId])).toBe(3);
    });

    it('stores client wall time and server time, and clamps a stamp from a clock running ahead', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const row = outbox.issue('A001');
      const future = Date.now() + 24 * 3600_000;
      row.hlc = `${String(future).padStart(15, '0')}-0003-${device.deviceId}`;
      await device.push([row]);
      const [stored] = await city.db.query<{ hlc: string; hlc_effective: string; client_wall_time: Date; server_received_at: Date }>(
        'SELECT hlc, hlc_effective, client_wall_time, server_received_at FROM mutations WHERE mutation_id = $1',
        [row.mutationId],
      );
      expect(stored!.hlc).toBe(row.hlc);
      const wall = Number(stored!.hlc_effective.slice(0, 15));
      expect(wall).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
      expect(wall).toBeGreaterThan(Date.now() + 4 * 60_000);
      expect(stored!.hlc_effective.slice(15)).toBe(`-0003-${device.deviceId}`);
      expect(stored!.client_wall_time.toISOString()).toBe(row.wallTime);
      expect(Math.abs(stored!.server_received_at.getTime() - Date.now())).toBeLessThan(60_000);
    });

    it('pages pull in commit order and reports hasMore until the end', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const start = await startCursor(device);
      await device.push(Array.from({ length: 5 }, (_, i) => outbox.issue(`A00${i + 1}`)));
      const seen: string[] = [];
      let cursor = start;
      const pages: boolean[] = [];
      for (;;) {
        const res = await device.pull(cursor, 2);
        seen.push(...res.body.changes.map((c: { data: { display_number: string } }) => c.data.display_number));
        pages.push(res.body.hasMore);
        cursor = res.body.nextCursor;
        if (!res.body.hasMore) break;
      }
      expect(seen).toEqual(['A001', 'A002', 'A003', 'A004', 'A005']);
      expect(pages).toEqual([true, true, false]);
      expect(cursor).toBe(start + 5);
      const empty = await device.pull(cursor);
      expect(empty.body).toMatchObject({ changes: [], nextCursor: start + 5, hasMore: false, lastSeqForThisDevice: 5 });
    });

    it('delivers city reference data and processing-system statuses through pull', async () => {
      const { ward, device } = await deviceWithOutbox();
      const token = await createProcessingToken(city.db, ward);
      await publishReference(city.db, { entity: 'ward_setting', key: 'opening_hours', data: { from: '07:30', to: '17:00' } }, ward);
      const dossierId = crypto.randomUUID();
      const post = await city.transport.send('POST', '/v1/processing/status', {
        headers: { authorization: `Bearer ${token}` },
        body: {
          eventId: crypto.randomUUID(),
          dossierId,
          dossierCode: `${ward}-261123-0001`,
          status: 'result_ready',
          at: '2026-11-24T03:00:00Z',
        },
      });
      expect(post.status).toBe(200);
      const pulled = await device.pull(0);
      const kinds = pulled.body.changes.map((c: { entity: string; entityId: string }) => `${c.entity}:${c.entityId}`);
      expect(kinds).toContain('ward_setting:opening_hours');
      expect(kinds).toContain(`dossier_status:${dossierId}`);
      const status = pulled.body.changes.find((c: { entity: string }) => c.entity === 'dossier_status');
      expect(status.data).toMatchObject({ status: 'result_ready', at: '2026-11-24T03:00:00.000Z' });
      expect(status.originDeviceId).toBeNull();
    });

    it('sends each entity once, at its newest state, whatever the cursor between its changes', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const start = await startCursor(device);
      const t = outbox.issue('D001');
      await device.push([t]);
      const afterIssue = (await device.pull(start)).body.nextCursor;
      await device.push([outbox.act(t.entityId, 'call', 'waiting', 'called', 'counter-1')]);
      await device.push([outbox.act(t.entityId, 'start', 'called', 'serving', 'counter-1')]);
      for (const cursor of [start, afterIssue]) {
        const pulled = (await device.pull(cursor)).body;
        expect(pulled.changes.map((c: { entityId: string; data: { state: string } }) => [c.entityId, c.data.state])).toEqual([
          [t.entityId, 'serving'],
        ]);
        expect(pulled.changes[0].originDeviceId).toBe(device.deviceId);
        expect(pulled.nextCursor).toBe(start + 3);
      }
      expect((await device.pull(start + 3)).body.changes).toEqual([]);
    });

    it('answers 410 for a cursor ahead of the ward (a restored server), and the snapshot restores everything in resumable pages', async () => {
      const { device, outbox } = await deviceWithOutbox();
      const start = await startCursor(device);
      const rows = Array.from({ length: 5 }, (_, i) => outbox.issue(`C00${i + 1}`));
      await device.push(rows);
      // The PC saw changes up to a version this database never reached: it was restored from an older backup.
      const expired = await device.pull(start + 6);
      expect(expired.status).toBe(410);
      expect(expired.body.error.code).toBe('cursor_expired');
      expect((await device.pull(start + 5)).status).toBe(200);

      const ids: string[] = [];
      let page: string | undefined;
      let cursor = -1;
      do {
        const res = await device.snapshot(page, 2);
        expect(res.status).toBe(200);
        ids.push(...res.body.items.filter((i: { entity: string }) => i.entity === 'ticket').map((i: { entityId: string }) => i.entityId));
        cursor = res.body.cursor;
        page = res.body.nextPage ?? undefined;
      } while (page);
      expect(ids.sort()).toEqual(rows.map((r) => r.entityId).sort());
      expect(cursor).toBe(start + 5);
      expect((await device.pull(cursor)).body.changes).toEqual([]);
    });
  });
}
