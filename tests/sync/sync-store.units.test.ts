// The sync module's own tables as the sync page and the engine read them: what is still to send and
// from which number, the run log, the city's answers to each change, a city that lost or reused
// numbers, and a re-snapshot's position. Real SQLite; the PC's clock moved by hand.
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../support/seed-catalogue';
import type { MutationResult } from '../../src/shared/sync/wire';
import { SyncStore } from '../../src/main/service/sync/sync-store';
import { WritePath } from '../../src/main/service/write-path';
import { shipped2026 } from '../support/city-calendar';
import { issue, serveOnly } from '../support/queue-actions';
import { wardFixture } from '../support/ward-fixture';

/** The city's answer to one outbox row. */
function answer(
  row: { seq: number; mutation_id: string },
  status: MutationResult['status'],
  code: string | null = null,
  message: string | null = null,
): MutationResult {
  return { seq: row.seq, mutationId: row.mutation_id, status, code, message, replayed: false };
}

function setup() {
  const fx = wardFixture({ start: '2026-11-23T01:00:00.000Z' });
  const store = new SyncStore(fx.ward.readDb, new WritePath(fx.ward.db, fx.ward.events, fx.clock.now, fx.ward.health));
  const heard: { name: string; at: unknown }[] = [];
  fx.ward.events.subscribe((name, payload) => heard.push({ name, at: (payload as { at?: unknown }).at }));
  const outbox = () =>
    fx.ward.db
      .prepare('SELECT seq, mutation_id, entity, status, result_code, result_message, synced_at FROM outbox ORDER BY seq')
      .all() as {
      seq: number;
      mutation_id: string;
      entity: string;
      status: string;
      result_code: string | null;
      result_message: string | null;
      synced_at: string | null;
    }[];
  const lastSeq = () => (fx.ward.db.prepare('SELECT last_seq AS s FROM sync_state').get() as { s: number }).s;
  /** The city has answered every change written so far; gives the number of the last one. */
  const deliverAll = () => {
    const last = outbox().length;
    store.storePushResults([], last);
    return last;
  };
  return { fx, store, heard, outbox, lastSeq, deliverAll };
}

describe('what is still to send', () => {
  it('is the pending changes, oldest first, as the wire carries them, up to the batch size', () => {
    const { fx, store, outbox, deliverAll } = setup();
    const seeded = deliverAll();
    const ticket = issue(fx, 'A');
    issue(fx, 'B');
    const batch = store.pendingBatch(1);
    expect(batch).toHaveLength(1);
    const stored = fx.ward.db.prepare('SELECT * FROM outbox WHERE seq = ?').get(seeded + 1) as Record<string, string | number>;
    expect(batch[0]).toEqual({
      seq: seeded + 1,
      mutationId: stored.mutation_id,
      entity: 'ticket',
      entityId: ticket.id,
      op: stored.op,
      payload: JSON.parse(stored.payload as string),
      hlc: stored.hlc,
      actor: stored.actor,
      wallTime: '2026-11-23T01:00:01.000Z',
      schemaVersion: stored.schema_version,
    });
    expect(store.pendingBatch(10).map((m) => m.seq)).toEqual(
      outbox()
        .filter((r) => r.status === 'pending')
        .map((r) => r.seq),
    );
  });

  it('is summed up by kind of record, the most first (ties by name), with the oldest change’s time', () => {
    const { fx, store, outbox } = setup();
    store.storePushResults([], outbox().length);
    expect(store.pendingSummary()).toEqual({ total: 0, byEntity: [], oldestAt: null });
    fx.clock.advance(60_000);
    issue(fx, 'A');
    issue(fx, 'A');
    serveOnly(fx, 1, ['A']);
    serveOnly(fx, 2, ['A']);
    const summary = store.pendingSummary();
    const counts = new Map<string, number>();
    for (const r of outbox().filter((r) => r.status === 'pending')) counts.set(r.entity, (counts.get(r.entity) ?? 0) + 1);
    expect(summary.total).toBe([...counts.values()].reduce((a, b) => a + b, 0));
    expect(summary.byEntity).toEqual(
      [...counts].map(([entity, count]) => ({ entity, count })).sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity)),
    );
    expect(summary.byEntity.length).toBeGreaterThan(1);
    expect(summary.oldestAt).toBe('2026-11-23T01:01:01.000Z');
  });

  it('starts a new city identity at the oldest undelivered change, or after the last one written when all are delivered', () => {
    const { fx, store, outbox, lastSeq } = setup();
    const seeded = outbox().length;
    store.storePushResults([], 2);
    expect(store.nextPushSeq()).toBe(3);
    store.storePushResults([], seeded);
    expect(store.nextPushSeq()).toBe(lastSeq() + 1);
    issue(fx, 'A');
    expect(store.nextPushSeq()).toBe(seeded + 1);
  });
});

describe("the city's answers", () => {
  it('mark each answered change applied, refused or parked, with the code, message and time, and everything up to the acknowledged number as delivered', () => {
    const { fx, store, outbox, deliverAll } = setup();
    const seeded = deliverAll();
    for (let i = 0; i < 5; i++) issue(fx, 'A');
    const rows = outbox().slice(seeded);
    fx.clock.set('2026-11-23T02:00:00.000Z');
    const left = store.storePushResults(
      [
        answer(rows[0]!, 'applied'),
        answer(rows[1]!, 'rejected', 'illegal_transition', 'Vé đã xong'),
        answer(rows[2]!, 'parked', 'unknown_op', 'Chưa hiểu'),
        // Beyond the acknowledged number: not taken, whatever it says.
        answer(rows[4]!, 'rejected', 'late', 'muộn'),
      ],
      rows[3]!.seq,
    );
    expect(left).toBe(4);
    const at = '2026-11-23T02:00:00.000Z';
    expect(outbox().slice(seeded)).toEqual([
      { ...rows[0], status: 'acked', result_code: null, result_message: null, synced_at: at },
      { ...rows[1], status: 'rejected', result_code: 'illegal_transition', result_message: 'Vé đã xong', synced_at: at },
      { ...rows[2], status: 'parked', result_code: 'unknown_op', result_message: 'Chưa hiểu', synced_at: at },
      { ...rows[3], status: 'acked', synced_at: at },
      rows[4],
    ]);
  });

  it('never change a change already answered, nor one the answer names under another id', () => {
    const { fx, store, outbox, deliverAll } = setup();
    const seeded = deliverAll();
    issue(fx, 'A');
    const [row] = outbox().slice(seeded);
    expect(
      store.storePushResults([answer({ seq: row!.seq, mutation_id: '00000000-0000-4000-8000-000000000000' }, 'rejected', 'x', 'y')], 0),
    ).toBe(0);
    expect(outbox().slice(seeded)).toEqual([row]);
    expect(store.storePushResults([], row!.seq)).toBe(1);
    expect(store.storePushResults([answer(row!, 'rejected', 'x', 'y')], row!.seq)).toBe(0);
    expect(outbox().at(-1)).toMatchObject({ status: 'acked', result_code: null });
  });

  it('take a change refused as malformed as answered: it is listed for the clerk and never sent again, the next one is', () => {
    const { fx, store, deliverAll } = setup();
    const seeded = deliverAll();
    const refused = issue(fx, 'A');
    const next = issue(fx, 'B');
    const [first] = store.pendingBatch(10);
    const malformed = answer({ seq: first!.seq, mutation_id: first!.mutationId }, 'rejected', 'malformed_mutation', 'Sai định dạng');
    store.storePushResults([{ ...malformed, reason: 'schemaVersion: Too big' }], seeded + 1);
    expect(store.pendingBatch(10).map((m) => m.entityId)).toEqual([next.id]);
    expect(store.rejected(5)).toEqual([
      expect.objectContaining({ entityId: refused.id, code: 'malformed_mutation', message: 'Sai định dạng' }),
    ]);
  });

  it('list the refused changes, newest first, and count them', () => {
    const { fx, store, outbox, deliverAll } = setup();
    const seeded = deliverAll();
    const a = issue(fx, 'A');
    const b = issue(fx, 'B');
    const rows = outbox().slice(seeded);
    fx.clock.set('2026-11-23T03:00:00.000Z');
    store.storePushResults(
      rows.map((r) => answer(r, 'rejected', 'no_service', `Từ chối ${r.seq}`)),
      rows.at(-1)!.seq,
    );
    expect(store.rejectedCount()).toBe(2);
    const listed = store.rejected(1);
    expect(listed).toEqual([
      {
        seq: rows[1]!.seq,
        entity: 'ticket',
        entityId: b.id,
        op: 'ticket.issue@1',
        wallTime: '2026-11-23T01:00:02.000Z',
        code: 'no_service',
        message: `Từ chối ${rows[1]!.seq}`,
        syncedAt: '2026-11-23T03:00:00.000Z',
      },
    ]);
    expect(store.rejected(5).map((r) => r.entityId)).toEqual([b.id, a.id]);
  });
});

describe('a city that lost or reused numbers', () => {
  it('gets the changes it lost again: every change from that number back to pending, its answer cleared', () => {
    const { fx, store, outbox } = setup();
    const seeded = outbox().length;
    for (let i = 0; i < 3; i++) issue(fx, 'A');
    const rows = outbox();
    store.storePushResults([answer(rows[seeded]!, 'rejected', 'x', 'y')], seeded + 3);
    expect(store.reopenFrom(seeded + 1)).toBe(3);
    expect(
      outbox()
        .slice(0, seeded)
        .every((r) => r.status === 'acked'),
    ).toBe(true);
    expect(outbox().slice(seeded)).toEqual(
      rows.slice(seeded).map((r) => ({ ...r, status: 'pending', result_code: null, result_message: null, synced_at: null })),
    );
  });

  it('moves the pending changes, in order, to start at the number the city expects, and numbers new ones after them', () => {
    const { fx, store, outbox, lastSeq, deliverAll } = setup();
    const seeded = deliverAll();
    for (let i = 0; i < 3; i++) issue(fx, 'A');
    const pending = outbox().slice(seeded);
    store.renumberPending(seeded + 11);
    expect(outbox().slice(seeded)).toEqual(pending.map((r, i) => ({ ...r, seq: seeded + 11 + i })));
    expect(
      outbox()
        .slice(0, seeded)
        .map((r) => r.seq),
    ).toEqual([...Array(seeded).keys()].map((i) => i + 1));
    expect(lastSeq()).toBe(seeded + 13);
    issue(fx, 'A');
    expect(outbox().at(-1)!.seq).toBe(seeded + 14);
  });

  it('leaves the numbers alone when the pending changes already start at or after the expected number, or none is pending', () => {
    const { fx, store, outbox, lastSeq, deliverAll } = setup();
    const seeded = deliverAll();
    store.renumberPending(seeded + 5);
    expect(lastSeq()).toBe(seeded);
    issue(fx, 'A');
    const before = outbox();
    store.renumberPending(seeded + 1);
    store.renumberPending(seeded);
    expect(outbox()).toEqual(before);
    expect(lastSeq()).toBe(seeded + 1);
  });
});

describe('the run log', () => {
  it('lists runs newest first with what each did, and closes a run as ok, failed or stopped', () => {
    const { fx, store } = setup();
    const first = store.startRun('start');
    fx.clock.advance(2000);
    store.endRun(first, { result: 'ok', pushed: 3, pulled: 4 });
    fx.clock.advance(1000);
    const second = store.startRun('manual');
    fx.clock.advance(1000);
    store.endRun(second, { result: 'failed', pushed: 1, pulled: 0, code: 'network', message: 'Không kết nối được' });
    expect(store.runs(5)).toEqual([
      {
        id: second,
        startedAt: '2026-11-23T01:00:03.000Z',
        endedAt: '2026-11-23T01:00:04.000Z',
        trigger: 'manual',
        pushed: 1,
        pulled: 0,
        result: 'failed',
        errorCode: 'network',
        errorMessage: 'Không kết nối được',
      },
      {
        id: first,
        startedAt: '2026-11-23T01:00:00.000Z',
        endedAt: '2026-11-23T01:00:02.000Z',
        trigger: 'start',
        pushed: 3,
        pulled: 4,
        result: 'ok',
        errorCode: null,
        errorMessage: null,
      },
    ]);
    expect(store.runs(1).map((r) => r.id)).toEqual([second]);
  });

  it('gives the last success and, while the latest finished run failed, its error for the clerk', () => {
    const { fx, store } = setup();
    expect(store.lastSuccessAt()).toBeNull();
    expect(store.lastFailure()).toBeNull();
    store.endRun(store.startRun('start'), { result: 'ok', pushed: 0, pulled: 0 });
    fx.clock.advance(1000);
    store.endRun(store.startRun('timer'), { result: 'ok', pushed: 0, pulled: 0 });
    expect(store.lastFailure()).toBeNull();
    fx.clock.advance(1000);
    store.endRun(store.startRun('timer'), { result: 'stopped', pushed: 0, pulled: 0 });
    // A run still going does not hide the finished one before it.
    store.startRun('manual');
    expect(store.lastSuccessAt()).toBe('2026-11-23T01:00:01.000Z');
    expect(store.lastFailure()).toEqual({ code: 'unknown', message: '', at: '2026-11-23T01:00:02.000Z' });
  });

  it('closes at start, as failed and interrupted, the runs a killed process left open, and no other', () => {
    const { fx, store } = setup();
    const done = store.startRun('start');
    store.endRun(done, { result: 'ok', pushed: 0, pulled: 0 });
    const open = store.startRun('timer');
    fx.clock.advance(30_000);
    store.closeAbandonedRuns('Lần đồng bộ bị ngắt khi tắt máy');
    expect(store.runs(5)).toMatchObject([
      {
        id: open,
        result: 'failed',
        errorCode: 'interrupted',
        errorMessage: 'Lần đồng bộ bị ngắt khi tắt máy',
        endedAt: '2026-11-23T01:00:30.000Z',
      },
      { id: done, result: 'ok', errorCode: null, endedAt: '2026-11-23T01:00:00.000Z' },
    ]);
  });

  it('keeps the clock difference to the city, none before it is first learned', () => {
    const { store } = setup();
    expect(store.savedOffset()).toBeNull();
    store.saveOffset(-2500);
    expect(store.savedOffset()).toBe(-2500);
  });

  it('tells the sync page after every write, with the time of the change', () => {
    const { fx, store, heard } = setup();
    store.announce();
    fx.clock.advance(1000);
    store.saveOffset(1);
    expect(heard).toEqual([
      { name: 'sync.changed', at: '2026-11-23T01:00:00.000Z' },
      { name: 'sync.changed', at: '2026-11-23T01:00:01.000Z' },
    ]);
  });
});

describe('a re-snapshot', () => {
  it('remembers its next page and the lowest cursor seen, and pulls from that cursor once the last page is in', () => {
    const { fx, store } = setup();
    expect(store.pullState()).toEqual({ cursor: 0, snapshotActive: false, snapshotPage: null, snapshotCursor: null });
    store.startSnapshot();
    expect(store.pullState()).toEqual({ cursor: 0, snapshotActive: true, snapshotPage: null, snapshotCursor: null });
    const at = fx.clock.now().toISOString();
    const item = (id: string) => ({ entity: 'ward_setting' as const, entityId: id, data: { id } });
    store.applySnapshotPage({ items: [item('a')], nextPage: 'p2', cursor: 50, serverTime: at });
    expect(store.pullState()).toEqual({ cursor: 0, snapshotActive: true, snapshotPage: 'p2', snapshotCursor: 50 });
    store.applySnapshotPage({ items: [item('b')], nextPage: 'p3', cursor: 60, serverTime: at });
    expect(store.pullState()).toMatchObject({ snapshotPage: 'p3', snapshotCursor: 50 });
    store.applySnapshotPage({ items: [item('c')], nextPage: null, cursor: 40, serverTime: at });
    expect(store.pullState()).toEqual({ cursor: 40, snapshotActive: false, snapshotPage: null, snapshotCursor: null });
    // Snapshot items carry no change number of their own.
    expect(fx.ward.db.prepare('SELECT entity_id, v FROM city_reference ORDER BY entity_id').all()).toEqual([
      { entity_id: 'a', v: 0 },
      { entity_id: 'b', v: 0 },
      { entity_id: 'c', v: 0 },
    ]);
  });

  it('tells the board, the catalogue and the calendar pages what a pulled page changed, with the time it was stored', () => {
    const { fx, store, heard, deliverAll } = setup();
    const ticket = issue(fx, 'A');
    deliverAll();
    const ticketRow = fx.ward.db.prepare('SELECT * FROM tickets WHERE id = ?').get(ticket.id) as Record<string, unknown>;
    const { queue_seq: _place, ...cityTicket } = ticketRow;
    fx.clock.set('2026-11-23T05:00:00.000Z');
    heard.length = 0;
    store.applyPullPage(
      {
        changes: [
          { v: 1, entity: 'ticket', entityId: ticket.id, data: { ...cityTicket, state: 'cancelled' }, originDeviceId: null },
          {
            v: 2,
            entity: 'procedure',
            entityId: seedCatalogue[0]!.id,
            data: { ...seedCatalogue[0]!, name: 'Tên mới' },
            originDeviceId: null,
          },
          { v: 3, entity: 'calendar_year', entityId: '2026', data: shipped2026, originDeviceId: null },
        ],
        nextCursor: 3,
        hasMore: false,
        lastSeqForThisDevice: 0,
        serverTime: '2026-11-23T05:00:00.000Z',
      },
      true,
    );
    const at = '2026-11-23T05:00:00.000Z';
    expect(heard).toEqual([
      { name: 'board.changed', at },
      { name: 'catalogue.changed', at },
      { name: 'calendar.changed', at },
      { name: 'sync.changed', at },
    ]);
  });

  it('tells no page of a change its items did not make', () => {
    const { fx, store, heard } = setup();
    const at = fx.clock.now().toISOString();
    store.startSnapshot();
    heard.length = 0;
    store.applySnapshotPage({
      items: [{ entity: 'ward_setting', entityId: 'opening', data: { at: '07:30' } }],
      nextPage: null,
      cursor: 3,
      serverTime: at,
    });
    expect(heard.map((e) => e.name)).toEqual(['sync.changed']);
  });

  it('of one page takes that page’s cursor; a new snapshot forgets the position of the last one', () => {
    const { fx, store } = setup();
    const at = fx.clock.now().toISOString();
    store.startSnapshot();
    store.applySnapshotPage({ items: [], nextPage: 'p2', cursor: 70, serverTime: at });
    store.startSnapshot();
    expect(store.pullState()).toEqual({ cursor: 0, snapshotActive: true, snapshotPage: null, snapshotCursor: null });
    store.applySnapshotPage({ items: [], nextPage: null, cursor: 90, serverTime: at });
    expect(store.pullState()).toEqual({ cursor: 90, snapshotActive: false, snapshotPage: null, snapshotCursor: null });
  });

  it('is followed by pulls that store the cursor and the last number the city holds from this PC', () => {
    const { fx, store } = setup();
    store.applyPullPage(
      { changes: [], nextCursor: 12, hasMore: false, lastSeqForThisDevice: 7, serverTime: fx.clock.now().toISOString() },
      true,
    );
    expect(store.pullState().cursor).toBe(12);
    expect(fx.ward.db.prepare('SELECT last_seq_for_this_device AS n FROM sync_pull_state').get()).toEqual({ n: 7 });
  });
});
